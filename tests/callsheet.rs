//! `prodcoord callsheet`: each format of a normal day, a night shoot, a
//! day at two locations and a day with a minor (snapshots of the real
//! binary on `examples/lighthouse`), small fixtures for what the example
//! does not have, the refusal of dates that are not shoot days, and `-o`.
//!
//! Refresh the snapshots with `INSTA_UPDATE=always cargo test --test
//! callsheet`, then review them.

use assert_cmd::Command;
use serde_json::Value;

const LIGHTHOUSE: &str = "examples/lighthouse";

fn prodcoord() -> Command {
    let mut cmd = Command::cargo_bin("prodcoord").expect("binary");
    cmd.env_remove("NO_COLOR").env_remove("SOURCE_DATE_EPOCH");
    cmd
}

/// Runs `callsheet` and returns (exit status, stdout, stderr).
fn callsheet(project: &str, args: &[&str]) -> (i32, String, String) {
    let output = prodcoord()
        .args(["--project", project, "callsheet"])
        .args(args)
        .output()
        .expect("runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).expect("UTF-8"),
        String::from_utf8(output.stderr).expect("UTF-8"),
    )
}

fn sheet(project: &str, date: &str, unit: &str, format: &str) -> String {
    let (code, stdout, stderr) = callsheet(project, &[date, "--unit", unit, "--format", format]);
    assert_eq!(code, 0, "callsheet {date} --format {format}: {stderr}");
    stdout
}

fn json(project: &str, date: &str, unit: &str) -> Value {
    serde_json::from_str(&sheet(project, date, unit, "json")).expect("one JSON document")
}

/// The four days of the issue, each in every format.
const DAYS: &[(&str, &str)] = &[
    // Café Maré Alta: one location, no minor, a day scene and a night scene.
    ("normal", "2027-03-09"),
    // Saturday night at Cabo da Roca: wrap Sunday 07:45, Tomás called 03:30 Sunday.
    ("night", "2027-03-13"),
    // Ericeira harbour, then a company move to Azenhas do Mar.
    ("two_locations", "2027-03-22"),
    // The dawn day: Leonor (10) on her own 9-hour call.
    ("minor", "2027-03-08"),
];

#[test]
fn snapshots_of_each_format() {
    for (name, date) in DAYS {
        for format in ["text", "markdown", "html", "json"] {
            let text = sheet(LIGHTHOUSE, date, "main", format);
            insta::assert_snapshot!(format!("lighthouse_{name}_{format}"), text);
        }
    }
}

#[test]
fn small_fixtures_in_text() {
    for (project, date) in [
        ("new-york", "2027-03-13"),
        ("new-york", "2027-03-15"),
        ("utc", "2027-06-21"),
    ] {
        let path = format!("tests/fixtures/callsheet/{project}");
        // Every format renders what the example does not have (no
        // coordinates, no location, polar day, no contacts...).
        for format in ["markdown", "html", "json"] {
            assert!(!sheet(&path, date, "main", format).is_empty());
        }
        let text = sheet(&path, date, "main", "text");
        insta::assert_snapshot!(
            format!("fixture_{}_{date}_text", project.replace('-', "_")),
            text
        );
    }
}

#[test]
fn json_has_version_and_every_part_of_the_sheet() {
    let doc = json(LIGHTHOUSE, "2027-03-09", "main");
    assert_eq!(doc["version"], 1);
    for key in [
        "title",
        "company",
        "date",
        "weekday",
        "unit",
        "day_number",
        "shoot_days",
        "timezone",
        "night",
        "crew_call",
        "shooting_call",
        "wrap",
        "sun",
        "weather",
        "locations",
        "scenes",
        "pages",
        "cast",
        "background",
        "crew",
        "elements",
        "notes",
        "contacts",
        "advance",
    ] {
        assert!(doc.get(key).is_some(), "missing `{key}`");
    }
    assert_eq!(doc["title"], "The Lighthouse Keeper");
    assert_eq!(doc["company"], "North Pier Pictures");
    assert_eq!(doc["weekday"], "Tuesday");
    assert_eq!(doc["day_number"], 8);
    assert_eq!(doc["shoot_days"], 22);
    assert_eq!(doc["crew_call"], "2027-03-09T07:00");
    assert_eq!(doc["wrap"], "2027-03-09T18:00");
    let scenes: Vec<&str> = doc["scenes"]
        .as_array()
        .expect("scenes")
        .iter()
        .map(|s| s["number"].as_str().expect("number"))
        .collect();
    assert_eq!(scenes, ["10", "30", "41", "31"], "shooting order");
    // The production contacts with their phones.
    let contacts = doc["contacts"].as_array().expect("contacts");
    assert_eq!(contacts.len(), 2);
    assert!(contacts.iter().all(|c| c["phone"].is_string()));
    // Crew departments in call-sheet order, as crew.toml spells them.
    let departments: Vec<&str> = doc["crew"]
        .as_array()
        .expect("crew")
        .iter()
        .map(|d| d["department"].as_str().expect("department"))
        .collect();
    assert_eq!(departments.first(), Some(&"production"));
    let position = |d: &str| departments.iter().position(|x| *x == d).expect(d);
    assert!(position("camera") < position("grip"));
    assert!(position("catering") < position("script"));
    assert!(position("script") < position("medic"));
    // The advance schedule is the unit's next shoot day.
    assert_eq!(doc["advance"]["date"], "2027-03-10");
    assert_eq!(doc["advance"]["day_number"], 9);
}

#[test]
fn a_night_day_wraps_on_the_next_date() {
    let doc = json(LIGHTHOUSE, "2027-03-13", "main");
    assert_eq!(doc["night"], true);
    assert_eq!(doc["crew_call"], "2027-03-13T20:00");
    assert_eq!(doc["wrap"], "2027-03-14T07:45");
    // Sunset that evening, sunrise the next morning (the dawn scene's).
    assert_eq!(doc["sun"]["sunset"], "2027-03-13T18:42");
    assert_eq!(doc["sun"]["sunrise"], "2027-03-14T06:51");
    let tomas = doc["cast"]
        .as_array()
        .expect("cast")
        .iter()
        .find(|c| c["id"] == "tomas")
        .expect("Tomás works");
    assert_eq!(tomas["pickup"], "2027-03-14T03:30");
    assert_eq!(tomas["call"], "2027-03-14T03:30");
    let text = sheet(LIGHTHOUSE, "2027-03-13", "main", "text");
    assert!(text.contains("Estimated wrap  07:45 next day"), "{text}");
    assert!(text.contains("03:30 next day"), "{text}");
}

#[test]
fn a_day_at_two_locations_lists_both_with_their_hospitals() {
    let doc = json(LIGHTHOUSE, "2027-03-22", "main");
    let locations = doc["locations"].as_array().expect("locations");
    let ids: Vec<&str> = locations
        .iter()
        .map(|l| l["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, ["ericeira-harbour", "azenhas-do-mar"]);
    for l in locations {
        assert!(l["address"].is_string() && l["parking"].is_string());
        assert!(l["contact"]["phone"].is_string());
        assert!(l["hospital"]["name"].is_string());
    }
    assert_eq!(doc["sun"]["location"], "ericeira-harbour", "first location");
}

#[test]
fn a_minor_is_marked_with_her_own_calls_and_dood_codes() {
    let doc = json(LIGHTHOUSE, "2027-03-08", "main");
    let cast = doc["cast"].as_array().expect("cast");
    let leonor = cast.iter().find(|c| c["id"] == "leonor").expect("Leonor");
    assert_eq!(leonor["minor"], true);
    assert_eq!(leonor["pickup"], "2027-03-08T05:45");
    assert_eq!(leonor["set"], "2027-03-08T06:40");
    // Cast in board order, each with a day-out-of-days code.
    let numbers: Vec<u64> = cast.iter().filter_map(|c| c["number"].as_u64()).collect();
    let mut sorted = numbers.clone();
    sorted.sort_unstable();
    assert_eq!(numbers, sorted);
    assert!(
        cast.iter()
            .all(|c| !c["code"].as_str().unwrap_or("").is_empty())
    );
    let text = sheet(LIGHTHOUSE, "2027-03-08", "main", "text");
    assert!(text.contains("LEONOR (minor)"), "{text}");
    let html = sheet(LIGHTHOUSE, "2027-03-08", "main", "html");
    assert!(html.contains(r#"<span class="minor">MINOR</span>"#));
}

#[test]
fn dood_codes_come_from_the_day_out_of_days() {
    // Tomás starts on Day 1; the postman (#13) works only on 4 Mar.
    let first = json(LIGHTHOUSE, "2027-03-01", "main");
    let code = |doc: &Value, id: &str| {
        doc["cast"]
            .as_array()
            .expect("cast")
            .iter()
            .find(|c| c["id"] == id)
            .map(|c| c["code"].as_str().expect("code").to_string())
    };
    assert_eq!(code(&first, "tomas").as_deref(), Some("SW"));
    let fourth = json(LIGHTHOUSE, "2027-03-04", "main");
    assert_eq!(code(&fourth, "carteiro").as_deref(), Some("SWF"));
    let last = json(LIGHTHOUSE, "2027-03-25", "main");
    assert_eq!(code(&last, "tomas").as_deref(), Some("WF"));
    assert!(last["advance"].is_null(), "the unit's last shoot day");
}

#[test]
fn second_unit_days_are_numbered_among_the_units_days() {
    let doc = json(LIGHTHOUSE, "2027-03-11", "second");
    assert_eq!(doc["unit"], "second");
    assert_eq!(doc["day_number"], 2);
    assert_eq!(doc["shoot_days"], 5);
}

#[test]
fn a_date_without_a_day_names_the_nearest_shoot_days() {
    let (code, stdout, stderr) = callsheet(LIGHTHOUSE, &["2027-03-07"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("Sun 7 Mar 2027 is not a shoot day of unit `main`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("2027-03-06 (Sat 6 Mar 2027, Day 6) before"),
        "{stderr}"
    );
    assert!(
        stderr.contains("2027-03-08 (Mon 8 Mar 2027, Day 7) after"),
        "{stderr}"
    );
}

#[test]
fn a_rehearsal_or_travel_day_is_not_a_shoot_day() {
    let (code, _, stderr) = callsheet(LIGHTHOUSE, &["2027-02-27"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("is a rehearsal day of unit `main`, not a shoot day"),
        "{stderr}"
    );
    assert!(
        stderr.contains("2027-03-01 (Mon 1 Mar 2027, Day 1) after (the unit's first)"),
        "{stderr}"
    );
    let (code, _, stderr) = callsheet(LIGHTHOUSE, &["2027-03-14"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("is a travel day"), "{stderr}");
    assert!(
        stderr.contains("2027-03-13 (Sat 13 Mar 2027, Day 12) before"),
        "{stderr}"
    );
    assert!(
        stderr.contains("2027-03-15 (Mon 15 Mar 2027, Day 13) after"),
        "{stderr}"
    );
}

#[test]
fn a_date_after_the_last_day_names_the_last_one() {
    let (code, _, stderr) = callsheet(LIGHTHOUSE, &["2027-05-01", "--unit", "second"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("2027-03-23 (Tue 23 Mar 2027, Day 5) before (the unit's last)"),
        "{stderr}"
    );
}

#[test]
fn an_unknown_unit_is_a_usage_error() {
    let (code, _, stderr) = callsheet(LIGHTHOUSE, &["2027-03-09", "--unit", "secnod"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("unknown unit `secnod` (did you mean `second`?)"),
        "{stderr}"
    );
}

#[test]
fn integrity_errors_stop_it() {
    let (code, stdout, stderr) = callsheet("examples/lighthouse-conflicts", &["2027-03-09"]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert!(stderr.contains("must be fixed first"), "{stderr}");
}

#[test]
fn output_file_is_written_and_never_overwritten_without_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("day8.html");
    let path_text = path.to_str().expect("UTF-8 path");
    let (code, stdout, stderr) = callsheet(
        LIGHTHOUSE,
        &["2027-03-09", "--format", "html", "-o", path_text],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.is_empty());
    let written = std::fs::read_to_string(&path).expect("written");
    assert!(written.starts_with("<!DOCTYPE html>"));

    std::fs::write(&path, "the coordinator's own notes").expect("write");
    let (code, _, stderr) = callsheet(
        LIGHTHOUSE,
        &["2027-03-09", "--format", "html", "-o", path_text],
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("already exists: not overwritten (add --force to replace it)"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("kept"),
        "the coordinator's own notes"
    );

    let (code, _, stderr) = callsheet(
        LIGHTHOUSE,
        &["2027-03-09", "--format", "html", "-o", path_text, "--force"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(std::fs::read_to_string(&path).expect("replaced"), written);
    // No temporary file is left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn every_format_is_deterministic() {
    for format in ["text", "markdown", "html", "json"] {
        assert_eq!(
            sheet(LIGHTHOUSE, "2027-03-01", "main", format),
            sheet(LIGHTHOUSE, "2027-03-01", "main", format)
        );
    }
}
