//! Schema errors at every depth (format.md: "any key not listed on this page,
//! at any depth, is an `unknown-field` error"), each checked for rule,
//! `subjects.field`, file, line and column in the JSON output, plus the
//! did-you-mean help in the human output.
//!
//! Fixtures: tests/fixtures/schema/<case>/ (one production each).
//! Snapshot: tests/fixtures/schema/snapshots/.

use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;

fn fixture(case: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/schema")
        .join(case)
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(case: &str, args: &[&str]) -> Run {
    let dir = fixture(case);
    let out = Command::cargo_bin("prodcoord")
        .expect("binary")
        .arg("--project")
        .arg(&dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("run prodcoord");
    let run = Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "{case}: panic:\n{}",
        run.stderr
    );
    run
}

fn human(case: &str) -> Run {
    run(case, &["--color", "never", "check", "--format", "human"])
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Found {
    file: String,
    line: usize,
    column: usize,
    rule: String,
    field: Option<String>,
}

fn json(case: &str) -> (Vec<Found>, Vec<Value>) {
    let run = run(case, &["check", "--format", "json"]);
    assert_eq!(
        run.code,
        Some(1),
        "{case}: exit 1 for schema errors\n{}\n{}",
        run.stdout,
        run.stderr
    );
    let doc: Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    let raw = doc["diagnostics"].as_array().expect("diagnostics").clone();
    let found = raw
        .iter()
        .map(|d| Found {
            file: d["file"].as_str().expect("file").to_owned(),
            line: d["line"].as_u64().expect("line") as usize,
            column: d["column"].as_u64().expect("column") as usize,
            rule: d["rule"].as_str().expect("rule").to_owned(),
            field: d["subjects"]["field"].as_str().map(str::to_owned),
        })
        .collect();
    (found, raw)
}

/// An expected finding: `rule` about `field`, pointing at the `nth`
/// occurrence of `needle` in `file` of the fixture.
struct Expect {
    rule: &'static str,
    field: &'static str,
    file: &'static str,
    needle: &'static str,
    nth: usize,
}

const fn at(
    rule: &'static str,
    field: &'static str,
    file: &'static str,
    needle: &'static str,
) -> Expect {
    Expect {
        rule,
        field,
        file,
        needle,
        nth: 0,
    }
}

const fn at_nth(
    rule: &'static str,
    field: &'static str,
    file: &'static str,
    needle: &'static str,
    nth: usize,
) -> Expect {
    Expect {
        rule,
        field,
        file,
        needle,
        nth,
    }
}

/// 1-based line and character column of the `nth` occurrence of `needle`.
fn position(text: &str, needle: &str, nth: usize) -> (usize, usize) {
    let offset = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("`{needle}` #{nth} not found"))
        .0;
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        text[line_start..offset].chars().count() + 1,
    )
}

/// Asserts that `case` yields exactly the `expected` findings (no more), at
/// the expected places; returns the raw JSON diagnostics for further checks.
fn assert_findings(case: &str, expected: &[Expect]) -> Vec<Value> {
    let (found, raw) = json(case);
    let mut want: Vec<Found> = expected
        .iter()
        .map(|e| {
            let text = std::fs::read_to_string(fixture(case).join(e.file)).expect("fixture file");
            let (line, column) = position(&text, e.needle, e.nth);
            Found {
                file: e.file.to_owned(),
                line,
                column,
                rule: e.rule.to_owned(),
                field: Some(e.field.to_owned()).filter(|f| !f.is_empty()),
            }
        })
        .collect();
    want.sort();
    let mut got = found.clone();
    got.sort();
    assert_eq!(got, want, "{case}: findings differ");
    for d in &raw {
        if let Some(field) = d["subjects"]["field"].as_str() {
            assert!(
                !field
                    .chars()
                    .any(|c| c.is_ascii_digit() || c == '[' || c == ']'),
                "{case}: `field` is a dotted key path without indices: {field}"
            );
        }
    }
    raw
}

fn message_of<'v>(raw: &'v [Value], field: &str) -> &'v str {
    raw.iter()
        .find(|d| d["subjects"]["field"] == field)
        .and_then(|d| d["message"].as_str())
        .unwrap_or_else(|| panic!("no finding about {field}"))
}

fn assert_human_contains(case: &str, pieces: &[&str]) {
    let run = human(case);
    assert_eq!(run.code, Some(1), "{case}");
    for piece in pieces {
        assert!(
            run.stdout.contains(piece),
            "{case}: human output lacks {piece:?}:\n{}",
            run.stdout
        );
    }
}

// ---------------------------------------------------------------------------

#[test]
fn top_level_unknown_table() {
    let raw = assert_findings(
        "top_level_unknown",
        &[at("unknown-field", "cats", "cast.toml", "cats")],
    );
    assert!(message_of(&raw, "cats").contains("cats"));
    assert_human_contains(
        "top_level_unknown",
        &["cast.toml:2:3", "did you mean `cast`?"],
    );
}

#[test]
fn entry_key_typo_suggests_the_known_key() {
    let raw = assert_findings(
        "entry_key_typo",
        &[at(
            "unknown-field",
            "cast.unavailible",
            "cast.toml",
            "unavailible",
        )],
    );
    let message = message_of(&raw, "cast.unavailible");
    assert!(message.contains("`unavailible`"), "{message}");
    assert_human_contains(
        "entry_key_typo",
        &["cast.toml:5:1", "did you mean `unavailable`?"],
    );
}

#[test]
fn key_inside_an_inline_table_of_a_list() {
    let raw = assert_findings(
        "inline_table_key",
        &[at(
            "unknown-field",
            "cast.unavailable.until",
            "cast.toml",
            "until",
        )],
    );
    assert!(message_of(&raw, "cast.unavailable.until").contains("until"));
    assert_human_contains(
        "inline_table_key",
        &["cast.toml:5:37", "`from`, `to`, `reason`"],
    );
}

#[test]
fn key_inside_scene_elements() {
    assert_findings(
        "elements_key",
        &[
            at(
                "unknown-field",
                "scene.elements.propz",
                "scenes.toml",
                "propz",
            ),
            at(
                "unknown-field",
                "scene.elements.vehicle",
                "scenes.toml",
                "vehicle",
            ),
        ],
    );
    assert_human_contains(
        "elements_key",
        &[
            "scenes.toml:10:1",
            "did you mean `props`?",
            "scenes.toml:18:39",
            "did you mean `vehicles`?",
        ],
    );
}

#[test]
fn key_inside_cast_calls_has_no_index_or_cast_id_in_its_path() {
    assert_findings(
        "cast_calls_key",
        &[
            at(
                "unknown-field",
                "day.cast_calls.pickpu",
                "schedule.toml",
                "pickpu",
            ),
            at(
                "unknown-field",
                "day.cast_calls.seet",
                "schedule.toml",
                "seet",
            ),
        ],
    );
    assert_human_contains(
        "cast_calls_key",
        &["did you mean `pickup`?", "did you mean `set`?"],
    );
}

#[test]
fn key_inside_rules_and_check() {
    assert_findings(
        "rules_key",
        &[
            at(
                "unknown-field",
                "rules.max_day_hourz",
                "prodcoord.toml",
                "max_day_hourz",
            ),
            at("unknown-field", "check.alow", "prodcoord.toml", "alow"),
        ],
    );
    assert_human_contains(
        "rules_key",
        &["did you mean `max_day_hours`?", "did you mean `allow`?"],
    );
}

#[test]
fn keys_inside_location_contact_hospital_and_permit() {
    assert_findings(
        "location_nested",
        &[
            at(
                "unknown-field",
                "location.contact.cell",
                "locations.toml",
                "cell",
            ),
            at(
                "unknown-field",
                "location.hospital.fax",
                "locations.toml",
                "fax",
            ),
            at(
                "unknown-field",
                "location.permit.expires",
                "locations.toml",
                "expires",
            ),
            at(
                "unknown-field",
                "location.hospital.adress",
                "locations.toml",
                "adress",
            ),
        ],
    );
    assert_human_contains("location_nested", &["did you mean `address`?"]);
}

#[test]
fn entries_in_the_wrong_file_point_to_the_right_one() {
    let raw = assert_findings(
        "wrong_file",
        &[
            at("unknown-field", "scene", "cast.toml", "scene"),
            at("unknown-field", "rules", "cast.toml", "rules"),
        ],
    );
    assert!(message_of(&raw, "scene").contains("cast"));
    assert_human_contains(
        "wrong_file",
        &[
            "cast.toml:6:3",
            "scenes.toml",
            "cast.toml:13:2",
            "belongs in prodcoord.toml",
        ],
    );
}

#[test]
fn missing_required_field_at_depth_points_at_the_inline_table() {
    let raw = assert_findings(
        "missing_nested",
        &[
            at(
                "missing-field",
                "location.hospital.name",
                "locations.toml",
                "{ address",
            ),
            // lat without lon: about the whole entry, so at its header
            at_nth(
                "missing-field",
                "location.lon",
                "locations.toml",
                "[[location]]",
                1,
            ),
        ],
    );
    assert!(message_of(&raw, "location.hospital.name").contains("`name`"));
}

#[test]
fn quoted_dates_and_times_say_to_drop_the_quotes() {
    let raw = assert_findings(
        "quoted_values",
        &[
            at(
                "invalid-value",
                "cast.unavailable.from",
                "cast.toml",
                "\"2027-03-15\"",
            ),
            at(
                "invalid-value",
                "day.date",
                "schedule.toml",
                "\"2027-03-01\"",
            ),
            at(
                "invalid-value",
                "day.crew_call",
                "schedule.toml",
                "\"07:00\"",
            ),
            at(
                "invalid-value",
                "day.cast_calls",
                "schedule.toml",
                "\"06:30\"",
            ),
        ],
    );
    for d in &raw {
        let message = d["message"].as_str().expect("message");
        assert!(
            message.contains("quotes"),
            "message says to drop the quotes: {message}"
        );
    }
    assert_human_contains(
        "quoted_values",
        &["drop the quotes: `2027-03-15`", "drop the quotes: `07:00`"],
    );
}

#[test]
fn ranges_that_end_before_they_start() {
    assert_findings(
        "backwards_ranges",
        &[
            at(
                "invalid-value",
                "crew.unavailable.to",
                "crew.toml",
                "2027-03-18",
            ),
            at(
                "invalid-value",
                "location.available.to",
                "locations.toml",
                "2027-04-01",
            ),
            at_nth(
                "invalid-value",
                "location.permit.to",
                "locations.toml",
                "2027-03-01",
                0,
            ),
        ],
    );
}

#[test]
fn budget_and_expense_keys() {
    let (found, _) = json("budget_keys");
    let text = std::fs::read_to_string(fixture("budget_keys/budget.toml")).expect("fixture");
    let expenses = std::fs::read_to_string(fixture("budget_keys/expenses.toml")).expect("fixture");
    for (file, text, needle, rule, field) in [
        ("budget.toml", &text, "capp", "unknown-field", "budget.capp"),
        (
            "budget.toml",
            &text,
            "rate = 1\n",
            "unknown-field",
            "fringe.rate",
        ),
        (
            "budget.toml",
            &text,
            "rat = 1350",
            "unknown-field",
            "line.rat",
        ),
        (
            "budget.toml",
            &text,
            "[[line]]",
            "missing-field",
            "line.rate",
        ),
        (
            "expenses.toml",
            &expenses,
            "vender",
            "unknown-field",
            "expense.vender",
        ),
    ] {
        let (line, column) = position(text, needle, 0);
        let want = Found {
            file: file.into(),
            line,
            column,
            rule: rule.into(),
            field: Some(field.into()),
        };
        assert!(found.contains(&want), "missing {want:?} in {found:#?}");
    }
    assert_human_contains(
        "budget_keys",
        &[
            "did you mean `cap`?",
            "did you mean `rate`?",
            "did you mean `vendor`?",
        ],
    );
}

/// "`vender` is not a field of a expense": the article is wrong for words
/// starting with a vowel ("an expense", "an expenses file").
#[test]
fn messages_use_the_right_article() {
    let (_, raw) = json("budget_keys");
    for d in &raw {
        let message = d["message"].as_str().expect("message");
        assert!(!message.contains(" a expense"), "{message}");
    }
}

/// The `file:line:col` of the human output must be the position in the file,
/// also when a very long source line is shown cut to a window around the
/// marker (today the column inside the cut window is printed instead).
#[test]
fn human_output_columns_match_json_on_long_lines() {
    let (found, _) = json("long_line");
    assert_eq!(found.len(), 3, "{found:#?}");
    let run = human("long_line");
    for f in &found {
        let place = format!("{}:{}:{}", f.file, f.line, f.column);
        assert!(
            run.stdout.contains(&place),
            "human output lacks {place}:\n{}",
            run.stdout
        );
    }
}

#[test]
fn json_and_human_positions_agree() {
    for case in [
        "top_level_unknown",
        "entry_key_typo",
        "inline_table_key",
        "elements_key",
        "cast_calls_key",
        "rules_key",
        "location_nested",
        "wrong_file",
        "missing_nested",
        "quoted_values",
        "backwards_ranges",
        "budget_keys",
        "multi",
    ] {
        let (found, _) = json(case);
        let run = human(case);
        for f in &found {
            let place = format!("--> {}:{}:{}", f.file, f.line, f.column);
            assert!(
                run.stdout.contains(&place),
                "{case}: human output lacks {place}"
            );
        }
        let github = run_github(case);
        for f in &found {
            let place = format!(
                "file={},line={},col={},title={}",
                f.file, f.line, f.column, f.rule
            );
            assert!(
                github.contains(&place),
                "{case}: github output lacks {place}:\n{github}"
            );
        }
    }
}

fn run_github(case: &str) -> String {
    let run = run(case, &["check", "--format", "github"]);
    assert_eq!(run.code, Some(1));
    run.stdout
}

#[test]
fn multi_error_production_human_snapshot() {
    let raw = assert_findings(
        "multi",
        &[
            at("invalid-value", "cast.minor", "cast/leads.toml", "\"no\""),
            at(
                "unknown-field",
                "cast.unavailible",
                "cast/leads.toml",
                "unavailible",
            ),
            at(
                "missing-field",
                "location.hospital.name",
                "locations.toml",
                "{ address",
            ),
            at(
                "invalid-value",
                "location.available.to",
                "locations.toml",
                "2027-03-01",
            ),
            at(
                "unknown-field",
                "rules.max_pages_per_dya",
                "prodcoord.toml",
                "max_pages_per_dya",
            ),
            at(
                "unknown-field",
                "scene.elements.propz",
                "scenes/ep101.toml",
                "propz",
            ),
            at_nth(
                "missing-field",
                "scene.pages",
                "scenes/ep101.toml",
                "[[scene]]",
                1,
            ),
            at_nth("unscheduled-scene", "", "scenes/ep101.toml", "[[scene]]", 1),
            at(
                "invalid-value",
                "scene.int_ext",
                "scenes/ep101.toml",
                "\"EXTERIOR\"",
            ),
            at(
                "invalid-value",
                "day.crew_call",
                "schedule.toml",
                "\"07:00\"",
            ),
            at(
                "unknown-field",
                "day.cast_calls.pickpu",
                "schedule.toml",
                "pickpu",
            ),
        ],
    );
    // sorted by file, line, column, rule
    let keys: Vec<(String, u64, u64, String)> = raw
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap_or_default().to_owned(),
                d["line"].as_u64().unwrap_or_default(),
                d["column"].as_u64().unwrap_or_default(),
                d["rule"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "diagnostics are sorted");

    let run = human("multi");
    assert_eq!(run.code, Some(1));
    insta::with_settings!({
        snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema/snapshots"),
        prepend_module_to_snapshot => false,
    }, {
        insta::assert_snapshot!("multi_human", run.stdout);
    });
}
