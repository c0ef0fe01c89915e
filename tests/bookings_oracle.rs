//! Property test: the `double-booking` and `turnaround` findings of
//! `prodcoord check` equal a brute-force reading of format.md §8 over random
//! schedules (night days, department and cast calls, add/off crew, two
//! units, duplicate days).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use proptest::prelude::*;
use std::collections::{BTreeSet, HashSet};
use std::fmt::Write;

const UNITS: [&str; 2] = ["main", "second"];
const DEPARTMENTS: [&str; 2] = ["camera", "grip"];
const CAST: usize = 3;
const CREW: usize = 4;

#[derive(Debug, Clone)]
struct CastCall {
    person: usize,
    times: [Option<u32>; 3], // pickup, makeup, set (minutes after midnight)
}

#[derive(Debug, Clone)]
struct Day {
    date: u32,
    unit: usize,
    kind: usize, // 0 shoot, 1 rehearsal, 2 travel
    crew_call: u32,
    wrap: u32,
    cast: Vec<usize>,
    cast_calls: Vec<CastCall>,
    department_calls: Vec<(usize, u32)>,
    add_crew: Vec<usize>,
    off_crew: Vec<usize>,
}

#[derive(Debug, Clone)]
struct Case {
    crew_units: Vec<Vec<usize>>,
    crew_departments: Vec<usize>,
    cast_turnaround: u32,
    crew_turnaround: u32,
    days: Vec<Day>,
}

fn time() -> impl Strategy<Value = u32> {
    (0u32..48).prop_map(|half_hours| half_hours * 30)
}

fn day() -> impl Strategy<Value = Day> {
    (
        (
            0u32..6,
            0usize..2,
            prop_oneof![6 => Just(0usize), 1 => Just(1), 1 => Just(2)],
            time(),
            time(),
        ),
        proptest::sample::subsequence((0..CAST).collect::<Vec<_>>(), 0..=CAST),
        proptest::collection::vec(
            (
                0..CAST,
                [
                    proptest::option::of(time()),
                    proptest::option::of(time()),
                    proptest::option::of(time()),
                ],
            ),
            0..3,
        ),
        proptest::collection::vec((0..DEPARTMENTS.len(), time()), 0..2),
        proptest::sample::subsequence((0..CREW).collect::<Vec<_>>(), 0..=2),
        proptest::sample::subsequence((0..CREW).collect::<Vec<_>>(), 0..=2),
    )
        .prop_map(
            |(
                (date, unit, kind, crew_call, wrap),
                cast,
                calls,
                departments,
                add_crew,
                off_crew,
            )| {
                let mut seen = HashSet::new();
                let cast_calls = calls
                    .into_iter()
                    .filter(|(p, _)| seen.insert(*p))
                    .map(|(person, times)| CastCall { person, times })
                    .collect();
                let mut seen = HashSet::new();
                let department_calls = departments
                    .into_iter()
                    .filter(|(d, _)| seen.insert(*d))
                    .collect();
                Day {
                    date,
                    unit,
                    kind,
                    crew_call,
                    wrap,
                    cast,
                    cast_calls,
                    department_calls,
                    add_crew,
                    off_crew,
                }
            },
        )
}

fn case() -> impl Strategy<Value = Case> {
    (
        proptest::collection::vec(proptest::sample::subsequence(vec![0usize, 1], 0..=2), CREW),
        proptest::collection::vec(0..DEPARTMENTS.len(), CREW),
        prop_oneof![Just(8u32), Just(10), Just(12)],
        prop_oneof![Just(8u32), Just(10), Just(12)],
        proptest::collection::vec(day(), 1..9),
    )
        .prop_map(
            |(crew_units, crew_departments, cast_turnaround, crew_turnaround, days)| Case {
                crew_units,
                crew_departments,
                cast_turnaround,
                crew_turnaround,
                days,
            },
        )
}

fn hm(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

fn base_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 3, 1).expect("valid date")
}

fn write_production(case: &Case, dir: &std::path::Path) {
    let mut p =
        String::from("[production]\ntitle = \"Oracle\"\nunits = [\"main\", \"second\"]\n[rules]\n");
    let _ = writeln!(
        p,
        "cast_turnaround_hours = {}\ncrew_turnaround_hours = {}",
        case.cast_turnaround, case.crew_turnaround
    );
    std::fs::write(dir.join("prodcoord.toml"), p).expect("write");
    let mut cast = String::new();
    for c in 0..CAST {
        let _ = writeln!(
            cast,
            "[[cast]]\nid = \"c{c}\"\nname = \"Cast {c}\"\ncharacter = \"C{c}\"\n"
        );
    }
    std::fs::write(dir.join("cast.toml"), cast).expect("write");
    let mut crew = String::new();
    for w in 0..CREW {
        let units: Vec<String> = case.crew_units[w]
            .iter()
            .map(|u| format!("\"{}\"", UNITS[*u]))
            .collect();
        let _ = writeln!(
            crew,
            "[[crew]]\nid = \"w{w}\"\nname = \"Crew {w}\"\nrole = \"R\"\ndepartment = \"{}\"\nunits = [{}]\n",
            DEPARTMENTS[case.crew_departments[w]],
            units.join(", ")
        );
    }
    for (d, department) in DEPARTMENTS.iter().enumerate() {
        // Every department exists even when no random crew member is in it.
        let _ = writeln!(
            crew,
            "[[crew]]\nid = \"d{d}\"\nname = \"Dept {d}\"\nrole = \"R\"\ndepartment = \"{department}\"\nunits = []\n"
        );
    }
    std::fs::write(dir.join("crew.toml"), crew).expect("write");
    let mut schedule = String::new();
    for day in &case.days {
        let date = base_date() + TimeDelta::days(i64::from(day.date));
        let _ = writeln!(
            schedule,
            "[[day]]\ndate = {date}\nunit = \"{}\"",
            UNITS[day.unit]
        );
        let _ = writeln!(
            schedule,
            "kind = \"{}\"",
            ["shoot", "rehearsal", "travel"][day.kind]
        );
        let _ = writeln!(
            schedule,
            "crew_call = {}\nwrap = {}",
            hm(day.crew_call),
            hm(day.wrap)
        );
        if day.kind == 0 {
            let _ = writeln!(schedule, "scenes = [\"1\"]");
        }
        let ids = |v: &[usize], prefix: &str| {
            v.iter()
                .map(|i| format!("\"{prefix}{i}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(schedule, "cast = [{}]", ids(&day.cast, "c"));
        let _ = writeln!(
            schedule,
            "add_crew = [{}]\noff_crew = [{}]",
            ids(&day.add_crew, "w"),
            ids(&day.off_crew, "w")
        );
        let calls: Vec<String> = day
            .cast_calls
            .iter()
            .map(|c| {
                let parts: Vec<String> = ["pickup", "makeup", "set"]
                    .iter()
                    .zip(c.times)
                    .filter_map(|(k, t)| t.map(|t| format!("{k} = {}", hm(t))))
                    .collect();
                format!("c{} = {{ {} }}", c.person, parts.join(", "))
            })
            .collect();
        let _ = writeln!(schedule, "cast_calls = {{ {} }}", calls.join(", "));
        let departments: Vec<String> = day
            .department_calls
            .iter()
            .map(|(d, t)| format!("{} = {}", DEPARTMENTS[*d], hm(*t)))
            .collect();
        let _ = writeln!(
            schedule,
            "department_calls = {{ {} }}\n",
            departments.join(", ")
        );
    }
    std::fs::write(dir.join("schedule.toml"), schedule).expect("write");
    std::fs::write(
        dir.join("scenes.toml"),
        "[[scene]]\nnumber = \"1\"\nint_ext = \"INT\"\ntime = \"DAY\"\nset = \"ROOM\"\npages = \"1/8\"\n",
    )
    .expect("write");
}

/// A window as format.md §8 describes it, with the day it belongs to.
#[derive(Debug, Clone, Copy)]
struct Window {
    call: NaiveDateTime,
    wrap: NaiveDateTime,
    date: NaiveDate,
    unit: usize,
}

fn brute_force(case: &Case) -> BTreeSet<(String, String, String)> {
    // Only the first entry of a (date, unit) counts.
    let mut seen = HashSet::new();
    let days: Vec<&Day> = case
        .days
        .iter()
        .filter(|d| seen.insert((d.date, d.unit)))
        .collect();
    let at = |m: u32| NaiveTime::from_hms_opt(m / 60, m % 60, 0).expect("valid time");
    let mut people: Vec<(String, bool, Vec<Window>)> = Vec::new();
    for person in 0..CAST + CREW {
        let is_cast = person < CAST;
        let mut windows = Vec::new();
        for day in &days {
            if day.kind == 2 {
                continue; // travel days give no window
            }
            let date = base_date() + TimeDelta::days(i64::from(day.date));
            let night = day.wrap <= day.crew_call;
            let place = |m: u32| {
                let next = night && m < day.crew_call && m <= day.wrap;
                (if next {
                    date + TimeDelta::days(1)
                } else {
                    date
                })
                .and_time(at(m))
            };
            let wrap = if night {
                (date + TimeDelta::days(1)).and_time(at(day.wrap))
            } else {
                date.and_time(at(day.wrap))
            };
            let call = if is_cast {
                let works =
                    day.cast.contains(&person) || day.cast_calls.iter().any(|c| c.person == person);
                if !works {
                    continue;
                }
                day.cast_calls
                    .iter()
                    .find(|c| c.person == person)
                    .and_then(|c| c.times.iter().flatten().map(|&t| place(t)).min())
                    .unwrap_or(date.and_time(at(day.crew_call)))
            } else {
                let w = person - CAST;
                let works = day.add_crew.contains(&w)
                    || (case.crew_units[w].contains(&day.unit) && !day.off_crew.contains(&w));
                if !works {
                    continue;
                }
                day.department_calls
                    .iter()
                    .find(|(d, _)| *d == case.crew_departments[w])
                    .map(|(_, t)| place(*t))
                    .unwrap_or(date.and_time(at(day.crew_call)))
            };
            if wrap > call {
                windows.push(Window {
                    call,
                    wrap,
                    date,
                    unit: day.unit,
                });
            }
        }
        let id = if is_cast {
            format!("c{person}")
        } else {
            format!("w{}", person - CAST)
        };
        people.push((id, is_cast, windows));
    }
    let mut found = BTreeSet::new();
    for (id, is_cast, windows) in &people {
        let key = |w: &Window| (w.call, w.wrap, w.date, w.unit);
        let needed = TimeDelta::hours(i64::from(if *is_cast {
            case.cast_turnaround
        } else {
            case.crew_turnaround
        }));
        for w in windows {
            let earlier: Vec<&Window> = windows.iter().filter(|e| key(e) < key(w)).collect();
            if earlier.iter().any(|e| e.call < w.wrap && w.call < e.wrap) {
                found.insert(("double-booking".to_string(), id.clone(), w.date.to_string()));
            } else if let Some(latest) = earlier.iter().map(|e| e.wrap).max()
                && w.call - latest < needed
            {
                found.insert(("turnaround".to_string(), id.clone(), w.date.to_string()));
            }
        }
    }
    found
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn bookings_match_brute_force(case in case()) {
        let dir = tempfile::tempdir().expect("temp dir");
        write_production(&case, dir.path());
        let outcome = prodcoord::check_production(dir.path()).expect("production loads");
        let integrity: Vec<_> = outcome.diagnostics.iter().filter(|d| d.rule.is_integrity() && d.rule.name() != "duplicate-day").collect();
        prop_assert!(integrity.is_empty(), "generated production is invalid: {integrity:?}");
        let actual: BTreeSet<(String, String, String)> = outcome
            .diagnostics
            .iter()
            .filter(|d| matches!(d.rule.name(), "double-booking" | "turnaround"))
            .map(|d| {
                let subject = |k: &str| d.subjects.iter().find(|(key, _)| *key == k).map(|(_, v)| v.clone()).unwrap_or_default();
                (d.rule.name().to_string(), subject("person"), subject("date"))
            })
            .collect();
        let expected = brute_force(&case);
        prop_assert_eq!(actual, expected);
    }
}
