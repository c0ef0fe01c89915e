//! Property tests for the loader, through the library (fast): arbitrary bytes
//! and arbitrary TOML documents built from the real key names never make
//! `check_production` panic or fail to run, and every finding points inside
//! its file.

use prodcoord::diagnostics::render;
use prodcoord::source::SourceMap;
use prodcoord::{CheckOutcome, Diagnostic};
use proptest::prelude::*;
use proptest::test_runner::Config;

const ROOT: &str = "[production]\ntitle = \"Fuzz\"\nunits = [\"main\", \"second\"]\n";

/// `cases` by default; `PROPTEST_CASES=N` runs more (or fewer).
fn config(cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        // do not write proptest-regressions/ files next to the tests
        failure_persistence: None,
        max_shrink_iters: 4096,
        ..Config::default()
    }
}

/// Writes `files` (path relative to the root, bytes) into a fresh production
/// and checks it through the library.
fn check(files: &[(String, Vec<u8>)]) -> CheckOutcome {
    let dir = tempfile::tempdir().expect("temp dir");
    if !files.iter().any(|(p, _)| p == "prodcoord.toml") {
        std::fs::write(dir.path().join("prodcoord.toml"), ROOT).expect("write root");
    }
    for (rel, bytes) in files {
        let path = dir.path().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&path, bytes).expect("write");
    }
    let outcome = prodcoord::check_production(dir.path()).expect("a production root is there");
    assert!(
        outcome.failures.is_empty(),
        "every file is readable, so the run must not stop (exit 2): {:?}",
        outcome.failures
    );
    outcome
}

/// Every finding (and every place related to it) lies inside its file.
fn assert_positions_inside(outcome: &CheckOutcome, written: &[&str]) {
    let sources: &SourceMap = &outcome.production.sources;
    let check_span = |d: &Diagnostic, span: prodcoord::source::Span| {
        let file = sources.get(span.file);
        assert!(
            written.contains(&file.path.as_str()) || file.path == "prodcoord.toml",
            "{}: unexpected file {}",
            d.rule.name(),
            file.path
        );
        let len = file.text.len();
        assert!(
            span.start as usize <= len && span.end as usize <= len && span.start <= span.end,
            "{} in {}: span {:?} outside the file ({len} bytes)",
            d.rule.name(),
            file.path,
            span
        );
        let (line, column) = sources.line_col(span);
        let lines: Vec<&str> = file.text.split('\n').collect();
        assert!(
            line >= 1 && line <= lines.len(),
            "{} in {}: line {line} of {}",
            d.rule.name(),
            file.path,
            lines.len()
        );
        let width = lines[line - 1].chars().count();
        assert!(
            column >= 1 && column <= width + 1,
            "{} in {}: column {column} on line {line} of {width} characters",
            d.rule.name(),
            file.path
        );
    };
    for d in &outcome.diagnostics {
        check_span(d, d.span);
        for related in &d.related {
            check_span(d, related.span);
        }
    }
}

fn assert_json_renders(outcome: &CheckOutcome) {
    let text = render::render_json(&outcome.diagnostics, &outcome.production.sources);
    let doc: serde_json::Value = serde_json::from_str(&text).expect("one JSON document");
    assert_eq!(doc["version"], 1);
    assert_eq!(
        doc["diagnostics"].as_array().map(Vec::len),
        Some(outcome.diagnostics.len())
    );
    let github = render::render_github(&outcome.diagnostics, &outcome.production.sources);
    assert_eq!(
        github.lines().count(),
        outcome.diagnostics.len(),
        "one line per finding:\n{github}"
    );
}

/// The human output renders without panicking and names each finding's
/// `file:line:`. (Its column on very long lines is checked in schema.rs:
/// `human_output_columns_match_json_on_long_lines`.)
fn assert_human_renders(outcome: &CheckOutcome) {
    let text = render::render_human(&outcome.diagnostics, &outcome.production.sources);
    for d in &outcome.diagnostics {
        let (line, _) = outcome.production.sources.line_col(d.span);
        let place = format!("{}:{line}:", outcome.production.sources.path(d.span));
        assert!(text.contains(&place), "human output lacks {place}");
    }
}

// ---------------------------------------------------------------------------
// (a) Arbitrary bytes.

const TOKENS: &[&str] = &[
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "=",
    ",",
    ".",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "\\",
    "\n",
    "\r\n",
    " ",
    "\t",
    "#",
    "cast",
    "crew",
    "day",
    "scene",
    "id",
    "name",
    "character",
    "rate",
    "date",
    "crew_call",
    "wrap",
    "unavailable",
    "from",
    "to",
    "cast_calls",
    "scenes",
    "2027-03-01",
    "07:00",
    "18:00:60",
    "2027-02-30",
    "nan",
    "inf",
    "-0.0",
    "1e300",
    "99999999999999999999",
    "9223372036854775807",
    "-9223372036854775808",
    "0x7fffffffffffffff",
    "true",
    "\u{feff}",
    "é",
    "\u{2028}",
    "\u{0}",
    "1_000",
    "+1",
    "T",
    "Z",
    ":",
];

fn bytes_strategy() -> impl Strategy<Value = Vec<u8>> {
    let tokenish = prop::collection::vec(
        prop_oneof![
            8 => prop::sample::select(TOKENS).prop_map(|t| t.as_bytes().to_vec()),
            1 => any::<u8>().prop_map(|b| vec![b]),
        ],
        0..80,
    )
    .prop_map(|parts| parts.concat());
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        tokenish.clone(),
        // a valid start, then hostile bytes
        tokenish.prop_map(|tail| {
            let mut bytes =
                b"[[cast]]\nid = \"elena\"\nname = \"Elena\"\ncharacter = \"ELENA\"\n".to_vec();
            bytes.extend(tail);
            bytes
        }),
    ]
}

fn bytes_case(file: &str, bytes: Vec<u8>) -> CheckOutcome {
    let outcome = check(&[(file.to_owned(), bytes)]);
    assert_positions_inside(&outcome, &[file]);
    assert_json_renders(&outcome);
    outcome
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_bytes_as_cast_toml_never_panic(bytes in bytes_strategy()) {
        bytes_case("cast.toml", bytes);
    }

    #[test]
    fn arbitrary_bytes_as_schedule_toml_never_panic(bytes in bytes_strategy()) {
        bytes_case("schedule.toml", bytes);
    }
}

proptest! {
    #![proptest_config(config(128))]

    /// The default output (human) of the same findings: must not panic
    /// either (today it does on files that are not UTF-8).
    #[test]
    fn arbitrary_bytes_render_as_human_output(bytes in bytes_strategy()) {
        let outcome = bytes_case("cast.toml", bytes);
        assert_human_renders(&outcome);
    }
}

// ---------------------------------------------------------------------------
// (b) Arbitrary TOML documents from the real key names.

const CAST_KEYS: &[&str] = &[
    "id",
    "number",
    "name",
    "character",
    "phone",
    "email",
    "agent",
    "rate",
    "minor",
    "max_hours",
    "unavailable",
];
const CREW_KEYS: &[&str] = &[
    "id",
    "name",
    "role",
    "department",
    "phone",
    "email",
    "rate",
    "units",
    "unavailable",
];
const LOCATION_KEYS: &[&str] = &[
    "id",
    "name",
    "address",
    "parking",
    "notes",
    "lat",
    "lon",
    "contact",
    "hospital",
    "available",
    "permit",
];
const SCENE_KEYS: &[&str] = &[
    "number",
    "int_ext",
    "time",
    "set",
    "location",
    "pages",
    "synopsis",
    "cast",
    "background",
    "episode",
    "script_day",
    "omitted",
    "elements",
];
const DAY_KEYS: &[&str] = &[
    "date",
    "unit",
    "kind",
    "crew_call",
    "shooting_call",
    "wrap",
    "scenes",
    "cast",
    "cast_calls",
    "department_calls",
    "add_crew",
    "off_crew",
    "weather",
    "notes",
    "locked",
];
const BUDGET_KEYS: &[&str] = &["cap", "contingency_percent"];
const FRINGE_KEYS: &[&str] = &["id", "name", "percent"];
const ACCOUNT_KEYS: &[&str] = &["code", "name", "group"];
const LINE_KEYS: &[&str] = &[
    "id",
    "account",
    "description",
    "quantity",
    "units",
    "unit",
    "rate",
    "fringes",
];
const EXPENSE_KEYS: &[&str] = &[
    "date",
    "amount",
    "line",
    "account",
    "vendor",
    "reference",
    "note",
];
const PRODUCTION_KEYS: &[&str] = &[
    "title",
    "company",
    "currency",
    "timezone",
    "start",
    "units",
    "contacts",
    "default_crew_call",
    "night_crew_call",
    "default_day_hours",
    "days_off",
];
const RULES_KEYS: &[&str] = &[
    "crew_turnaround_hours",
    "cast_turnaround_hours",
    "max_day_hours",
    "minor_max_hours",
    "max_pages_per_day",
    "max_locations_per_day",
    "allow_drop_pickup",
    "drop_pickup_min_days",
    "move_cost",
];
const CHECK_KEYS: &[&str] = &["allow", "warn", "deny"];
/// Keys of nested tables: ranges, contact, hospital, permit, cast calls,
/// element categories, and ids used as cast_calls / department_calls keys.
const NESTED_KEYS: &[&str] = &[
    "from",
    "to",
    "reason",
    "name",
    "address",
    "phone",
    "email",
    "number",
    "pickup",
    "makeup",
    "set",
    "props",
    "set_dressing",
    "wardrobe",
    "makeup",
    "vehicles",
    "animals",
    "stunts",
    "sfx",
    "vfx",
    "special_equipment",
    "music",
    "sound",
    "greenery",
    "security",
    "notes",
    "elena",
    "tomas",
    "ana",
    "camera",
    "grip",
];
const JUNK_KEYS: &[&str] = &[
    "unavailible",
    "propz",
    "pickpu",
    "",
    "\"quoted key\"",
    "\"é\"",
    "\"a.b\"",
    "a.b",
    "x-1",
    "_",
    "-",
    "1",
    "true",
];

fn key(own: &'static [&'static str]) -> BoxedStrategy<String> {
    prop_oneof![
        12 => prop::sample::select(own).prop_map(str::to_owned),
        3 => prop::sample::select(NESTED_KEYS).prop_map(str::to_owned),
        2 => prop::sample::select(JUNK_KEYS).prop_map(|k| if k.is_empty() { "\"\"".to_owned() } else { k.to_owned() }),
        1 => "[a-z_]{1,10}",
    ]
    .boxed()
}

/// A TOML basic string with everything that needs it escaped.
fn quote(text: &str) -> String {
    let mut out = String::from("\"");
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

const WORDS: &[&str] = &[
    "elena",
    "tomas",
    "ana",
    "rui",
    "main",
    "second",
    "1",
    "2",
    "12",
    "12A",
    "A12",
    "INT",
    "EXT",
    "INT/EXT",
    "DAY",
    "NIGHT",
    "DAWN",
    "DUSK",
    "1 3/8",
    "5/8",
    "3",
    "0",
    "8/8",
    "7/8",
    "2027-03-01",
    "07:00",
    "shoot",
    "rehearsal",
    "travel",
    "flat",
    "day",
    "week",
    "payroll",
    "3300",
    "camera",
    "grip",
    "below-the-line",
    "post",
    "Europe/Lisbon",
    "Mars/Olympus",
    "EUR",
    "usd",
    "long-day",
    "syntax",
    "double-booking",
    "sat",
    "sun",
    "mill",
    "lighthouse",
    "",
    " ",
    "Elena Marques",
    "ELENA",
    "x y",
    "UPPER",
    "é",
    "\u{0}",
    "🎬",
];

fn string_value() -> BoxedStrategy<String> {
    prop_oneof![
        6 => prop::sample::select(WORDS).prop_map(quote),
        2 => "\\PC{0,24}".prop_map(|s| quote(&s)),
        1 => "[a-z ]{200,400}".prop_map(|s| quote(&s)),
        1 => prop::sample::select(&["'literal'", "'''multi\nline'''", "\"\"\"multi\nbasic\"\"\""][..]).prop_map(str::to_owned),
    ]
    .boxed()
}

fn int_value() -> BoxedStrategy<String> {
    prop_oneof![
        2 => Just(i64::MIN.to_string()),
        2 => Just(i64::MAX.to_string()),
        2 => Just("0x7FFFFFFFFFFFFFFF".to_owned()),
        4 => (-3i64..40).prop_map(|n| n.to_string()),
        2 => any::<i64>().prop_map(|n| n.to_string()),
        1 => Just("1_000".to_owned()),
        1 => Just("+7".to_owned()),
        1 => Just("4294967296".to_owned()),
        1 => Just("2305843009213693951".to_owned()),
    ]
    .boxed()
}

const FLOATS: &[&str] = &[
    "nan",
    "+nan",
    "-nan",
    "inf",
    "+inf",
    "-inf",
    "-0.0",
    "0.0",
    "1e300",
    "-1e300",
    "1e-300",
    "5e-324",
    "1.7976931348623157e308",
    "0.125",
    "1234.567",
    "1234.56",
    "7.65",
    "1.5",
    "38.7804",
    "-9.5",
    "90.0",
    "180.5",
    "7e28",
    "1e28",
    "12.5",
    "0.01",
    "1_000.5",
];

fn float_value() -> BoxedStrategy<String> {
    prop_oneof![
        4 => prop::sample::select(FLOATS).prop_map(str::to_owned),
        1 => any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| {
                let text = format!("{f:?}");
                if text.contains(['.', 'e', 'E']) { text } else { format!("{text}.0") }
            }),
    ]
    .boxed()
}

fn date_text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => (1u32..=6).prop_map(|d| format!("2027-03-{d:02}")),
        1 => prop::sample::select(&["0000-01-01", "9999-12-31", "2028-02-29", "2027-12-31", "1970-01-01"][..])
            .prop_map(str::to_owned),
        1 => (0u32..=9999, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
    ]
    .boxed()
}

fn time_text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => prop::sample::select(&["06:00", "07:00", "07:30", "12:00", "18:00", "23:59", "00:00", "05:00"][..])
            .prop_map(str::to_owned),
        2 => (0u32..24, 0u32..60).prop_map(|(h, m)| format!("{h:02}:{m:02}")),
        1 => (0u32..24, 0u32..60, 0u32..=60).prop_map(|(h, m, s)| format!("{h:02}:{m:02}:{s:02}")),
        1 => (0u32..24, 0u32..60, 0u32..60, 0u32..1_000_000_000).prop_map(|(h, m, s, n)| format!("{h:02}:{m:02}:{s:02}.{n:09}")),
    ]
    .boxed()
}

fn leaf() -> BoxedStrategy<String> {
    prop_oneof![
        5 => string_value(),
        3 => int_value(),
        3 => float_value(),
        1 => any::<bool>().prop_map(|b| b.to_string()),
        3 => date_text(),
        3 => time_text(),
        1 => (date_text(), time_text(), prop::sample::select(&["", "Z", "+01:00", "-23:59"][..]))
            .prop_map(|(d, t, z)| format!("{d}T{t}{z}")),
    ]
    .boxed()
}

fn dedupe(pairs: Vec<(String, String)>) -> Vec<(String, String)> {
    let mut seen = std::collections::HashSet::new();
    pairs
        .into_iter()
        .filter(|(k, _)| seen.insert(k.clone()))
        .collect()
}

fn value() -> BoxedStrategy<String> {
    leaf()
        .prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                // a list
                prop::collection::vec(inner.clone(), 0..5)
                    .prop_map(|items| format!("[{}]", items.join(", "))),
                // an inline table, e.g. a range or a hospital
                prop::collection::vec((key(NESTED_KEYS), inner.clone()), 0..4).prop_map(|pairs| {
                    let body: Vec<String> = dedupe(pairs)
                        .into_iter()
                        .map(|(k, v)| format!("{k} = {v}"))
                        .collect();
                    format!("{{ {} }}", body.join(", "))
                }),
                // a list of ranges, the shape `unavailable` and `available` take
                prop::collection::vec((date_text(), prop::option::of(date_text())), 0..3).prop_map(
                    |ranges| {
                        let items: Vec<String> = ranges
                            .into_iter()
                            .map(|(from, to)| match to {
                                Some(to) => format!("{{ from = {from}, to = {to} }}"),
                                None => format!("{{ from = {from} }}"),
                            })
                            .collect();
                        format!("[{}]", items.join(", "))
                    }
                ),
            ]
        })
        .boxed()
}

/// `[[header]]` (or `[header]`) and its key = value lines.
fn entry(
    header: &'static str,
    double: bool,
    keys: &'static [&'static str],
) -> BoxedStrategy<String> {
    prop::collection::vec((key(keys), value()), 0..10)
        .prop_map(move |pairs| {
            let mut text = if double {
                format!("[[{header}]]\n")
            } else {
                format!("[{header}]\n")
            };
            for (k, v) in dedupe(pairs) {
                text.push_str(&format!("{k} = {v}\n"));
            }
            text
        })
        .boxed()
}

/// A valid entry of each kind, with the values that vary between entries
/// drawn from small pools so that entries refer to each other (scenes to
/// cast and locations, days to scenes, expenses to lines...).
fn base(header: &'static str) -> BoxedStrategy<Vec<(String, String)>> {
    fn pick(pool: &'static [&'static str]) -> BoxedStrategy<String> {
        prop::sample::select(pool).prop_map(str::to_owned).boxed()
    }
    let pairs = |items: Vec<(&str, String)>| {
        items
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect::<Vec<_>>()
    };
    match header {
        "cast" => (
            pick(&["\"elena\"", "\"tomas\"", "\"leonor\""]),
            pick(&["1", "2", "3"]),
            pick(&["false", "true"]),
        )
            .prop_map(move |(id, number, minor)| {
                pairs(vec![
                    ("id", id),
                    ("number", number),
                    ("name", "\"Elena Marques\"".into()),
                    ("character", "\"ELENA\"".into()),
                    ("rate", "1500".into()),
                    ("minor", minor),
                    (
                        "unavailable",
                        "[{ from = 2027-03-03, to = 2027-03-04, reason = \"matinee\" }]".into(),
                    ),
                ])
            })
            .boxed(),
        "crew" => (
            pick(&["\"ana\"", "\"rui\"", "\"elena\""]),
            pick(&["\"camera\"", "\"grip\""]),
            pick(&["[\"main\"]", "[\"second\"]", "[]", "[\"main\", \"second\"]"]),
        )
            .prop_map(move |(id, department, units)| {
                pairs(vec![
                    ("id", id),
                    ("name", "\"Ana Costa\"".into()),
                    ("role", "\"Operator\"".into()),
                    ("department", department),
                    ("units", units),
                    ("rate", "450.50".into()),
                ])
            })
            .boxed(),
        "location" => (
            pick(&["\"mill\"", "\"lighthouse\""]),
            pick(&["38.78", "-9.5", "69.6", "0"]),
        )
            .prop_map(move |(id, lat)| {
                pairs(vec![
                    ("id", id),
                    ("name", "\"The Old Mill\"".into()),
                    ("lat", lat),
                    ("lon", "-9.49".into()),
                    (
                        "hospital",
                        "{ name = \"Hospital de Cascais\", phone = \"112\" }".into(),
                    ),
                    (
                        "permit",
                        "{ number = \"P-1\", from = 2027-03-01, to = 2027-03-04 }".into(),
                    ),
                    (
                        "available",
                        "[{ from = 2027-03-01, to = 2027-03-05 }]".into(),
                    ),
                ])
            })
            .boxed(),
        "scene" => (
            pick(&["\"1\"", "\"2\"", "\"3\"", "4"]),
            pick(&["\"EXT\"", "\"INT\"", "\"INT/EXT\""]),
            pick(&["\"DAY\"", "\"NIGHT\"", "\"DAWN\"", "\"DUSK\""]),
            pick(&["\"mill\"", "\"lighthouse\""]),
            pick(&["\"1 3/8\"", "\"5/8\"", "\"9\"", "3"]),
            pick(&[
                "[\"elena\"]",
                "[\"elena\", \"tomas\"]",
                "[\"leonor\"]",
                "[]",
            ]),
        )
            .prop_map(move |(number, int_ext, time, location, pages, cast)| {
                pairs(vec![
                    ("number", number),
                    ("int_ext", int_ext),
                    ("time", time),
                    ("set", "\"LIGHTHOUSE - LAMP ROOM\"".into()),
                    ("location", location),
                    ("pages", pages),
                    ("cast", cast),
                    ("elements", "{ props = [\"oil lamp\"] }".into()),
                ])
            })
            .boxed(),
        "day" => (
            (1u32..=5).prop_map(|d| format!("2027-03-{d:02}")),
            pick(&["\"main\"", "\"second\""]),
            pick(&["06:00", "07:00", "18:00", "20:00"]),
            pick(&["19:00", "02:00", "06:00", "23:59"]),
            pick(&["[\"1\", \"2\"]", "[\"3\"]", "[\"2\", 4]", "[]"]),
            pick(&[
                "{ elena = 05:30 }",
                "{ elena = { pickup = 04:00, set = 06:00 }, tomas = 21:00 }",
                "{}",
            ]),
        )
            .prop_map(move |(date, unit, call, wrap, scenes, calls)| {
                pairs(vec![
                    ("date", date),
                    ("unit", unit),
                    ("crew_call", call),
                    ("wrap", wrap),
                    ("scenes", scenes),
                    ("cast_calls", calls),
                    ("department_calls", "{ camera = 06:30 }".into()),
                ])
            })
            .boxed(),
        "fringe" => Just(pairs(vec![
            ("id", "\"payroll\"".into()),
            ("percent", "7.65".into()),
        ]))
        .boxed(),
        "account" => pick(&["\"3300\"", "\"1100\""])
            .prop_map(move |code| {
                pairs(vec![
                    ("code", code),
                    ("name", "\"Camera\"".into()),
                    ("group", "\"post\"".into()),
                ])
            })
            .boxed(),
        "line" => (
            pick(&["\"cam\"", "\"grip\""]),
            pick(&["1350", "0.01", "9223372036854775807", "1e28"]),
        )
            .prop_map(move |(id, rate)| {
                pairs(vec![
                    ("id", id),
                    ("account", "\"3300\"".into()),
                    ("description", "\"Camera package\"".into()),
                    ("quantity", "2".into()),
                    ("units", "10".into()),
                    ("unit", "\"day\"".into()),
                    ("rate", rate),
                    ("fringes", "[\"payroll\"]".into()),
                ])
            })
            .boxed(),
        "expense" => (
            pick(&["100", "-50.25", "99999.99", "7e28"]),
            pick(&["line = \"cam\"", "account = \"3300\"", "line = \"nope\""]),
        )
            .prop_map(move |(amount, charge)| {
                let (k, v) = charge.split_once(" = ").unwrap_or(("line", "\"cam\""));
                pairs(vec![
                    ("date", "2027-03-01".into()),
                    ("amount", amount),
                    (k, v.to_owned()),
                ])
            })
            .boxed(),
        _ => Just(Vec::new()).boxed(),
    }
}

/// A valid entry with up to three keys replaced or added and up to two
/// removed: deep enough to reach the check rules with hostile values.
fn mutated_entry(header: &'static str, keys: &'static [&'static str]) -> BoxedStrategy<String> {
    (
        base(header),
        prop::collection::vec((key(keys), value()), 0..4),
        prop::collection::vec(prop::sample::select(keys), 0..3),
    )
        .prop_map(move |(mut pairs, changes, removals)| {
            pairs.retain(|(k, _)| !removals.contains(&k.as_str()));
            for (k, v) in changes {
                match pairs.iter_mut().find(|(key, _)| *key == k) {
                    Some(pair) => pair.1 = v,
                    None => pairs.push((k, v)),
                }
            }
            let mut text = format!("[[{header}]]\n");
            for (k, v) in pairs {
                text.push_str(&format!("{k} = {v}\n"));
            }
            text
        })
        .boxed()
}

fn kind_entry(header: &'static str, keys: &'static [&'static str]) -> BoxedStrategy<String> {
    prop_oneof![
        1 => entry(header, true, keys),
        3 => mutated_entry(header, keys),
    ]
    .boxed()
}

fn document(entries: BoxedStrategy<String>) -> BoxedStrategy<String> {
    prop::collection::vec(
        prop_oneof![
            12 => entries,
            1 => entry("cats", true, CAST_KEYS),
            1 => prop::sample::select(&["[[scene]]\nnumber = 1\n", "x = 1\n", "# comment only\n", "\n"][..])
                .prop_map(str::to_owned),
        ],
        0..6,
    )
    .prop_map(|entries| entries.join("\n"))
    .boxed()
}

fn root_document() -> BoxedStrategy<String> {
    (
        prop::option::weighted(0.9, entry("production", false, PRODUCTION_KEYS)),
        prop::option::of(entry("rules", false, RULES_KEYS)),
        prop::option::of(entry("check", false, CHECK_KEYS)),
    )
        .prop_map(|(p, r, c)| {
            [p, r, c]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("\n")
        })
        .boxed()
}

#[derive(Debug, Clone)]
struct Production {
    files: Vec<(String, String)>,
}

fn production() -> impl Strategy<Value = Production> {
    let kinds: Vec<(&'static str, BoxedStrategy<String>)> = vec![
        ("cast", document(kind_entry("cast", CAST_KEYS))),
        ("crew", document(kind_entry("crew", CREW_KEYS))),
        ("locations", document(kind_entry("location", LOCATION_KEYS))),
        ("scenes", document(kind_entry("scene", SCENE_KEYS))),
        ("schedule", document(kind_entry("day", DAY_KEYS))),
        (
            "budget",
            document(
                prop_oneof![
                    1 => kind_entry("fringe", FRINGE_KEYS),
                    1 => kind_entry("account", ACCOUNT_KEYS),
                    3 => kind_entry("line", LINE_KEYS),
                ]
                .boxed(),
            )
            .prop_flat_map(|doc| {
                prop::option::of(entry("budget", false, BUDGET_KEYS))
                    .prop_map(move |settings| format!("{}\n{doc}", settings.unwrap_or_default()))
            })
            .boxed(),
        ),
        ("expenses", document(kind_entry("expense", EXPENSE_KEYS))),
    ];
    let per_kind: Vec<BoxedStrategy<Option<(String, String)>>> = kinds
        .into_iter()
        .map(|(stem, doc)| {
            prop::option::weighted(0.8, (doc, any::<bool>()))
                .prop_map(move |file| {
                    file.map(|(text, in_folder)| {
                        let path = if in_folder {
                            format!("{stem}/part/one.toml")
                        } else {
                            format!("{stem}.toml")
                        };
                        (path, text)
                    })
                })
                .boxed()
        })
        .collect();
    (root_document(), per_kind).prop_map(|(root, files)| {
        let mut all = vec![("prodcoord.toml".to_owned(), root)];
        all.extend(files.into_iter().flatten());
        Production { files: all }
    })
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_documents_from_real_keys_never_panic(prod in production()) {
        let files: Vec<(String, Vec<u8>)> =
            prod.files.iter().map(|(p, t)| (p.clone(), t.clone().into_bytes())).collect();
        let outcome = check(&files);
        let written: Vec<&str> = prod.files.iter().map(|(p, _)| p.as_str()).collect();
        assert_positions_inside(&outcome, &written);
        assert_json_renders(&outcome);
        assert_human_renders(&outcome);
        // two runs give the same bytes
        let again = check(&files);
        prop_assert_eq!(
            render::render_json(&outcome.diagnostics, &outcome.production.sources),
            render::render_json(&again.diagnostics, &again.production.sources)
        );
    }
}

/// A smoke test of the strategy itself: the generated documents are mostly
/// valid TOML, so the loader's reading code (not only the parser) is
/// exercised.
#[test]
fn generated_documents_are_mostly_valid_toml() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = production();
    let (mut valid, mut total) = (0, 0);
    for _ in 0..200 {
        let prod = strategy.new_tree(&mut runner).expect("tree").current();
        for (_, text) in &prod.files {
            total += 1;
            if text.parse::<toml::Table>().is_ok() {
                valid += 1;
            }
        }
    }
    assert!(
        valid * 2 > total,
        "only {valid} of {total} generated files parse as TOML"
    );
}
