//! `prodcoord export ics`: RFC 5545 output read back by an independent
//! parser (the `ical` crate) and checked against the schedule file itself
//! (read with `toml`, not through prodcoord): the same events, times and
//! UIDs; UIDs stable across exports; per-person windows from call to wrap;
//! local times with a VTIMEZONE, or UTC for a UTC production; snapshots.
//!
//! Refresh the snapshots with `INSTA_UPDATE=always cargo test --test ics`.

use assert_cmd::Command;
use std::collections::{BTreeMap, HashSet};

const LIGHTHOUSE: &str = "examples/lighthouse";

/// `export ics` with a fixed DTSTAMP (SOURCE_DATE_EPOCH), or the clock's.
fn export(project: &str, args: &[&str], epoch: Option<&str>) -> (i32, String, String) {
    let mut cmd = Command::cargo_bin("prodcoord").expect("binary");
    cmd.env_remove("SOURCE_DATE_EPOCH");
    if let Some(epoch) = epoch {
        cmd.env("SOURCE_DATE_EPOCH", epoch);
    }
    let output = cmd
        .args(["--project", project, "export", "ics"])
        .args(args)
        .output()
        .expect("runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).expect("UTF-8"),
        String::from_utf8(output.stderr).expect("UTF-8"),
    )
}

fn ics(project: &str, args: &[&str]) -> String {
    let (code, stdout, stderr) = export(project, args, Some("1800000000"));
    assert_eq!(code, 0, "{stderr}");
    stdout
}

/// One event as read back: property name → (parameters, unescaped value).
type Props = BTreeMap<String, (Vec<(String, Vec<String>)>, String)>;

fn parse(text: &str) -> (Props, Vec<Props>, usize) {
    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = calendars
        .next()
        .expect("one calendar")
        .expect("the ical crate reads it");
    assert!(calendars.next().is_none(), "exactly one VCALENDAR");
    let props = |list: &[ical::property::Property]| -> Props {
        list.iter()
            .map(|p| {
                (
                    p.name.clone(),
                    (
                        p.params.clone().unwrap_or_default(),
                        unescape(p.value.as_deref().unwrap_or("")),
                    ),
                )
            })
            .collect()
    };
    (
        props(&calendar.properties),
        calendar
            .events
            .iter()
            .map(|e| props(&e.properties))
            .collect(),
        calendar.timezones.len(),
    )
}

/// RFC 5545 TEXT unescaping.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn value<'a>(event: &'a Props, name: &str) -> &'a str {
    event.get(name).map_or("", |(_, v)| v.as_str())
}

fn param<'a>(event: &'a Props, name: &str, key: &str) -> Option<&'a str> {
    event
        .get(name)?
        .0
        .iter()
        .find(|(k, _)| k == key)
        .and_then(|(_, v)| v.first())
        .map(String::as_str)
}

/// Every line ends in CRLF and holds at most 75 octets.
fn assert_well_formed(text: &str) {
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(
        text.matches('\n').count(),
        text.matches("\r\n").count(),
        "bare LF"
    );
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
}

/// A day entry as the file says: date, unit, kind, and the crew call and
/// wrap as iCalendar local times.
type DayEntry = (String, String, String, Option<String>, Option<String>);

/// The schedule as the file says, read with `toml`, not through prodcoord.
fn schedule_days(path: &str) -> Vec<DayEntry> {
    let text = std::fs::read_to_string(path).expect("schedule.toml");
    let doc: toml::Table = toml::from_str(&text).expect("TOML");
    let compact = |s: &str| s.replace(['-', ':'], "");
    doc["day"]
        .as_array()
        .expect("days")
        .iter()
        .map(|day| {
            let date = day["date"].to_string();
            let unit = day.get("unit").and_then(|u| u.as_str()).unwrap_or("main");
            let kind = day.get("kind").and_then(|k| k.as_str()).unwrap_or("shoot");
            let call = day.get("crew_call").map(|t| t.to_string());
            let wrap = day.get("wrap").map(|t| t.to_string());
            let times = call.zip(wrap).map(|(call, wrap)| {
                let date_of_wrap = if wrap <= call {
                    let d = chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d").expect("date");
                    d.succ_opt().expect("next").to_string()
                } else {
                    date.clone()
                };
                (
                    format!("{}T{}00", compact(&date), compact(&call)),
                    format!("{}T{}00", compact(&date_of_wrap), compact(&wrap)),
                )
            });
            (
                date.clone(),
                unit.to_string(),
                kind.to_string(),
                times.as_ref().map(|t| t.0.clone()),
                times.map(|t| t.1),
            )
        })
        .collect()
}

#[test]
fn every_day_comes_back_with_its_times_and_a_unique_uid() {
    let text = ics(LIGHTHOUSE, &[]);
    assert_well_formed(&text);
    let (calendar, events, timezones) = parse(&text);
    assert_eq!(value(&calendar, "VERSION"), "2.0");
    assert_eq!(value(&calendar, "X-WR-TIMEZONE"), "Europe/Lisbon");
    assert_eq!(timezones, 1, "one VTIMEZONE");
    let days = schedule_days("examples/lighthouse/schedule.toml");
    assert_eq!(events.len(), days.len(), "one event per day entry");
    let mut uids = HashSet::new();
    for (event, (date, unit, kind, call, wrap)) in events.iter().zip(&days) {
        let uid = value(event, "UID");
        assert!(uids.insert(uid.to_string()), "duplicate UID {uid}");
        assert!(
            uid.starts_with(&format!("{}-{unit}@", date.replace('-', ""))),
            "{uid}"
        );
        assert!(!value(event, "DTSTAMP").is_empty());
        match kind.as_str() {
            "travel" => {
                assert_eq!(param(event, "DTSTART", "VALUE"), Some("DATE"));
                assert_eq!(value(event, "DTSTART"), date.replace('-', ""));
                assert!(value(event, "SUMMARY").ends_with("Travel day (main unit)"));
            }
            _ => {
                assert_eq!(param(event, "DTSTART", "TZID"), Some("Europe/Lisbon"));
                assert_eq!(param(event, "DTEND", "TZID"), Some("Europe/Lisbon"));
                assert_eq!(
                    Some(value(event, "DTSTART")),
                    call.as_deref(),
                    "{date} {unit}"
                );
                assert_eq!(
                    Some(value(event, "DTEND")),
                    wrap.as_deref(),
                    "{date} {unit}"
                );
            }
        }
        let summary = value(event, "SUMMARY");
        assert!(summary.starts_with("The Lighthouse Keeper — "), "{summary}");
        if kind == "shoot" {
            assert!(summary.contains("Day "), "{summary}");
            assert!(value(event, "DESCRIPTION").contains("Scenes ("), "{date}");
            assert!(!value(event, "LOCATION").is_empty(), "{date}");
        }
    }
}

#[test]
fn the_night_shoot_ends_the_next_morning() {
    let (_, events, _) = parse(&ics(LIGHTHOUSE, &["--unit", "main"]));
    let night = events
        .iter()
        .find(|e| value(e, "UID").starts_with("20270313-main@"))
        .expect("Sat 13 Mar");
    assert_eq!(value(night, "DTSTART"), "20270313T200000");
    assert_eq!(value(night, "DTEND"), "20270314T074500");
    assert_eq!(
        value(night, "SUMMARY"),
        "The Lighthouse Keeper — Day 12 of 22 (main unit)"
    );
    assert_eq!(
        value(night, "LOCATION"),
        "Estrada do Cabo da Roca s/n, 2705-001 Colares, Sintra"
    );
    let description = value(night, "DESCRIPTION");
    assert!(description.contains("Crew call 20:00 · Shooting call 21:00 · Wrap 07:45 next day"));
    assert!(description.contains("\n64 EXT LIGHTHOUSE - YARD DAWN 1 6/8 · cast 1, 2, 4, 5 — "));
    assert!(events.iter().all(|e| !value(e, "UID").contains("-second@")));
}

#[test]
fn a_person_gets_only_their_days_from_call_to_wrap() {
    let (calendar, events, _) = parse(&ics(LIGHTHOUSE, &["--person", "tomas"]));
    assert_eq!(
        value(&calendar, "X-WR-CALNAME"),
        "The Lighthouse Keeper — Henrique Valadares"
    );
    let get = |date: &str| {
        events
            .iter()
            .find(|e| value(e, "UID").starts_with(&format!("{date}-main-tomas@")))
    };
    // Day 1: his pickup at 11:00 is his call.
    let day1 = get("20270301").expect("Day 1");
    assert_eq!(value(day1, "DTSTART"), "20270301T110000");
    assert_eq!(value(day1, "DTEND"), "20270301T180000");
    assert!(
        value(day1, "DESCRIPTION")
            .contains("Your call 11:00 (pickup 11:00 · makeup 11:30 · on set 13:30)")
    );
    // Saturday night: called for 03:30 Sunday, wraps 07:45 Sunday.
    let night = get("20270313").expect("night");
    assert_eq!(value(night, "DTSTART"), "20270314T033000");
    assert_eq!(value(night, "DTEND"), "20270314T074500");
    // His scenes are at the stage: the event is where his first scene is.
    let day6 = get("20270306").expect("6 Mar");
    assert_eq!(
        value(day6, "LOCATION"),
        "Rua do Açúcar 88, 1950-010 Lisboa (Marvila)"
    );
    // Not on the days he does not work (Tue 2 Mar, second unit days).
    assert!(get("20270302").is_none());
    assert!(events.iter().all(|e| !value(e, "UID").contains("-second-")));

    // As many events as days he is involved in (the day out of days).
    let dood = Command::cargo_bin("prodcoord")
        .expect("binary")
        .args([
            "--project",
            LIGHTHOUSE,
            "report",
            "dood",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    if let Ok(dood) = serde_json::from_slice::<serde_json::Value>(&dood.stdout)
        && let Some(row) = dood["cast"]
            .as_array()
            .and_then(|rows| rows.iter().find(|r| r["id"] == "tomas"))
    {
        let days = ["work_days", "travel_days", "rehearsal_days"]
            .iter()
            .map(|k| row[k].as_u64().unwrap_or(0))
            .sum::<u64>();
        assert_eq!(events.len() as u64, days);
    }
}

#[test]
fn a_crew_member_gets_their_department_call() {
    let (_, events, _) = parse(&ics(LIGHTHOUSE, &["--person", "sandra"]));
    let day1 = events
        .iter()
        .find(|e| value(e, "UID").starts_with("20270301-main-sandra@"))
        .expect("Day 1");
    // "hair & makeup" = 06:30 on Day 1.
    assert_eq!(value(day1, "DTSTART"), "20270301T063000");
    assert!(
        value(day1, "DESCRIPTION").contains("Your call 06:30 (Key Makeup Artist, hair & makeup)")
    );
    // A day player: only the days they are added to.
    let (_, events, _) = parse(&ics(LIGHTHOUSE, &["--person", "daniel"]));
    let dates: Vec<&str> = events.iter().map(|e| &value(e, "DTSTART")[..8]).collect();
    assert_eq!(dates, ["20270319", "20270320"]);
}

#[test]
fn travel_days_are_all_day_events_for_the_traveller() {
    let (_, events, _) = parse(&ics(LIGHTHOUSE, &["--person", "pieter"]));
    let travel = events
        .iter()
        .find(|e| value(e, "SUMMARY").contains("Travel day"))
        .expect("travel day");
    assert_eq!(value(travel, "DTSTART"), "20270314");
    assert_eq!(value(travel, "DTEND"), "20270315");
    assert!(value(travel, "DESCRIPTION").contains("Bram de Vries lands LIS 14:35"));
}

#[test]
fn uids_are_stable_across_exports() {
    let uids = |args: &[&str]| {
        let (code, text, stderr) = export(LIGHTHOUSE, args, None);
        assert_eq!(code, 0, "{stderr}");
        let (_, events, _) = parse(&text);
        events
            .iter()
            .map(|e| value(e, "UID").to_string())
            .collect::<Vec<_>>()
    };
    let first = uids(&[]);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert_eq!(first, uids(&[]));
    let person = uids(&["--person", "ines"]);
    assert_eq!(person, uids(&["--person", "ines"]));
    assert!(
        person.iter().all(|u| !first.contains(u)),
        "personal UIDs differ"
    );
    // Only DTSTAMP changes between two exports.
    let strip = |text: String| {
        text.lines()
            .filter(|l| !l.starts_with("DTSTAMP:"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        strip(export(LIGHTHOUSE, &[], Some("0")).1),
        strip(export(LIGHTHOUSE, &[], Some("1900000000")).1)
    );
}

#[test]
fn a_dst_change_inside_a_night_shoot() {
    let text = ics("tests/fixtures/callsheet/new-york", &["--person", "max"]);
    assert_well_formed(&text);
    let (calendar, events, timezones) = parse(&text);
    assert_eq!(value(&calendar, "X-WR-TIMEZONE"), "America/New_York");
    assert_eq!(timezones, 1);
    assert!(text.contains(
        "BEGIN:DAYLIGHT\r\nDTSTART:20270314T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n"
    ));
    assert_eq!(events.len(), 1);
    assert_eq!(
        param(&events[0], "DTSTART", "TZID"),
        Some("America/New_York")
    );
    assert_eq!(value(&events[0], "DTSTART"), "20270313T170000");
    assert_eq!(value(&events[0], "DTEND"), "20270314T050000");
    insta::assert_snapshot!("new_york_max", text.replace("\r\n", "\n"));
}

#[test]
fn a_utc_production_gets_utc_times() {
    let text = ics("tests/fixtures/callsheet/utc", &[]);
    assert_well_formed(&text);
    let (_, events, timezones) = parse(&text);
    assert_eq!(timezones, 0);
    assert_eq!(value(&events[0], "DTSTART"), "20270621T220000Z");
    assert_eq!(value(&events[0], "DTEND"), "20270622T060000Z");
    assert_eq!(value(&events[0], "GEO"), "69.649200;18.955300");
}

#[test]
fn snapshots() {
    let text = ics(LIGHTHOUSE, &[]);
    insta::assert_snapshot!("lighthouse_all", text.replace("\r\n", "\n"));
    let text = ics(LIGHTHOUSE, &["--person", "leonor"]);
    insta::assert_snapshot!("lighthouse_leonor", text.replace("\r\n", "\n"));
}

#[test]
fn an_unknown_person_or_unit_is_a_usage_error() {
    let (code, stdout, stderr) = export(LIGHTHOUSE, &["--person", "tomsa"], None);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("nobody in the cast or crew has the id `tomsa` (did you mean `tomas`?)"),
        "{stderr}"
    );
    let (code, _, stderr) = export(LIGHTHOUSE, &["--unit", "third"], None);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown unit `third`"), "{stderr}");
    let (code, _, stderr) = export(LIGHTHOUSE, &[], Some("yesterday"));
    assert_eq!(code, 2);
    assert!(stderr.contains("SOURCE_DATE_EPOCH"), "{stderr}");
}

#[test]
fn someone_with_no_days_gets_an_empty_but_valid_calendar() {
    let (code, text, stderr) = export(
        LIGHTHOUSE,
        &["--person", "jaime", "--unit", "main"],
        Some("0"),
    );
    assert_eq!(code, 0);
    assert!(
        stderr.contains("`jaime` works no day in this selection"),
        "{stderr}"
    );
    assert_well_formed(&text);
    let (_, events, timezones) = parse(&text);
    assert!(events.is_empty());
    assert_eq!(timezones, 1, "the VTIMEZONE keeps the calendar non-empty");
}

#[test]
fn output_file_is_never_overwritten_without_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("lighthouse.ics");
    let path_text = path.to_str().expect("UTF-8 path");
    let (code, stdout, stderr) = export(LIGHTHOUSE, &["-o", path_text], Some("0"));
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.is_empty());
    let written = std::fs::read_to_string(&path).expect("written");
    let (code, _, stderr) = export(
        LIGHTHOUSE,
        &["-o", path_text, "--person", "ines"],
        Some("0"),
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("already exists"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&path).expect("kept"), written);
    let (code, _, _) = export(
        LIGHTHOUSE,
        &["-o", path_text, "--person", "ines", "--force"],
        Some("0"),
    );
    assert_eq!(code, 0);
    assert!(
        std::fs::read_to_string(&path)
            .expect("replaced")
            .contains("-main-ines@")
    );
}
