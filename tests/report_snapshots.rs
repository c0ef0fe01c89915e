//! Snapshots of every report in every format: the example production
//! (`examples/lighthouse`) and the report fixtures. Update with
//! `INSTA_UPDATE=always cargo test --test report_snapshots`, then read the
//! changed files under tests/snapshots/ before committing them.

mod report_common;

use report_common::{fixture, lighthouse, report};
use std::path::Path;

const FORMATS: [&str; 4] = ["table", "csv", "json", "markdown"];

/// Snapshots one report in every format under `name_kind_format`.
fn snapshot_all_formats(project: &Path, name: &str, kind: &str) {
    for format in FORMATS {
        let run = report(project, &[kind, "--format", format, "--color", "never"]);
        assert_eq!(run.code, 0, "{name} {kind} {format}: {}", run.stderr);
        assert!(run.stderr.is_empty(), "{}", run.stderr);
        let text = if format == "csv" {
            // RFC 4180: records end in CRLF (a line break inside a quoted
            // cell stays as written).
            let header_end = run.stdout.find('\n').expect("a header line");
            assert!(run.stdout[..header_end].ends_with('\r'), "CRLF");
            assert!(run.stdout.ends_with("\r\n"), "CRLF");
            run.stdout.replace("\r\n", "\n")
        } else {
            run.stdout
        };
        insta::assert_snapshot!(format!("{name}_{kind}_{format}"), text);
    }
}

macro_rules! lighthouse_snapshots {
    ($($test:ident => $kind:literal),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                snapshot_all_formats(&lighthouse(), "lighthouse", $kind);
            }
        )*
    };
}

lighthouse_snapshots! {
    lighthouse_dood => "dood",
    lighthouse_budget => "budget",
    lighthouse_cost => "cost",
    lighthouse_schedule => "schedule",
    lighthouse_oneliner => "oneliner",
    lighthouse_cast => "cast",
    lighthouse_crew => "crew",
    lighthouse_locations => "locations",
    lighthouse_elements => "elements",
}

#[test]
fn fixture_dood_two_units() {
    snapshot_all_formats(&fixture("dood-units"), "units", "dood");
}

#[test]
fn fixture_budget_and_cost() {
    snapshot_all_formats(&fixture("budget-rounding"), "rounding", "budget");
    snapshot_all_formats(&fixture("budget-rounding"), "rounding", "cost");
}

#[test]
fn fixture_travel_schedule() {
    snapshot_all_formats(&fixture("dood-travel"), "travel", "schedule");
}
