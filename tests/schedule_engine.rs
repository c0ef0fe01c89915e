//! The scheduler on productions: every hard constraint of commands.md
//! ("schedule") holds where it binds, checked independently of the engine;
//! the engine's hold cost and moves equal the day out of days and a plain
//! count; the result passes the real `prodcoord check`; the same seed gives
//! the same schedule; and a talent scheduling benchmark mapped to a
//! production reaches its proven optimum.

mod schedule_common;

use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeDelta};
use prodcoord::model::{DayKind, Production, TimeOfDay};
use prodcoord::schedule::calendar::Shift;
use prodcoord::schedule::talent;
use prodcoord::schedule::{self, Options, Schedule, verify};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/schedule")
        .join(name)
}

fn load(dir: &Path) -> Production {
    let loaded = prodcoord::load::load(dir);
    assert!(loaded.failures.is_empty(), "{:?}", loaded.failures);
    loaded.production
}

fn options(seed: u64) -> Options {
    Options {
        unit: "main".into(),
        start: None,
        seed,
        time_limit: Duration::from_secs(120),
    }
}

fn build(production: &Production, seed: u64) -> Schedule {
    schedule::build(production, &options(seed), &mut |_, _| {}).expect("a schedule")
}

fn hours(h: rust_decimal::Decimal) -> TimeDelta {
    prodcoord::text::hours(h)
}

/// Every hard constraint of the spec, read straight from the production
/// and the days (not from the engine's own tables).
fn assert_hard_constraints(p: &Production, s: &Schedule) {
    let settings = &p.settings;
    let rules = &settings.rules;
    let unit = &s.problem.unit;
    let max = rules.max_pages_per_day.eighths();
    let kept: Vec<&prodcoord::model::Day> = p
        .days
        .iter()
        .enumerate()
        .filter(|(i, d)| d.unit.value == *unit && s.problem.replaced.binary_search(i).is_err())
        .map(|(_, d)| d)
        .collect();
    let mut dates: Vec<NaiveDate> = s.days.iter().map(|d| d.date).collect();
    assert!(dates.is_sorted(), "days in date order");
    dates.dedup();
    assert_eq!(dates.len(), s.days.len(), "one day per date");
    for day in &s.days {
        assert!(
            !settings.days_off.contains(&day.date.weekday()),
            "{} is a day off",
            day.date
        );
        assert!(
            kept.iter().all(|k| k.date.value != day.date),
            "{} is a kept day's date",
            day.date
        );
        let night = day.shift == Shift::Night;
        let call = if night {
            settings.night_crew_call
        } else {
            settings.default_crew_call
        };
        assert_eq!(day.times.call, call);
        assert_eq!(
            day.times.wrap,
            call.overflowing_add_signed(hours(settings.default_day_hours))
                .0
        );
        let scenes: Vec<&prodcoord::model::Scene> =
            day.scenes.iter().map(|&i| &p.scenes[i]).collect();
        for scene in &scenes {
            match scene.time {
                TimeOfDay::Night => {
                    assert!(night, "night scene {} on a day shoot", scene.number.value)
                }
                TimeOfDay::Day => {
                    assert!(!night, "day scene {} on a night shoot", scene.number.value)
                }
                _ => {}
            }
        }
        let pages: u64 = scenes.iter().map(|s| s.pages.eighths()).sum();
        if scenes.len() == 1 && pages > max {
            assert!(day.pages <= max);
        } else {
            assert!(pages <= max, "{} pages on {}", pages, day.date);
        }
        let mut locations: Vec<usize> = scenes
            .iter()
            .filter_map(|s| s.location.as_ref())
            .filter_map(|l| p.index.locations.get(&l.value).copied())
            .collect();
        locations.sort_unstable();
        locations.dedup();
        assert!(locations.len() as u64 <= rules.max_locations_per_day);
        for &l in &locations {
            let location = &p.locations[l];
            if let Some(a) = &location.available {
                assert!(
                    a.value.iter().any(|r| r.contains(day.date)),
                    "{} unavailable {}",
                    location.name,
                    day.date
                );
            }
            if let Some(permit) = &location.permit {
                assert!(
                    permit.from.is_none_or(|f| f <= day.date)
                        && permit.to.is_none_or(|t| day.date <= t)
                );
            }
        }
        let (crew_call, wrap) = window(day.date, day.times.call, day.times.wrap);
        for c in cast_of(p, &day.scenes) {
            let member = &p.cast[c];
            let call = day
                .cast_calls
                .iter()
                .find(|(k, _)| *k == c)
                .map(|&(_, t)| place(day.date, day.times.call, day.times.wrap, t))
                .unwrap_or(crew_call);
            let window = prodcoord::model::Window { call, wrap };
            for d in window.dates() {
                assert!(
                    !member.unavailable.iter().any(|r| r.contains(d)),
                    "{} works {d}",
                    member.name
                );
            }
            let limit = member
                .max_hours
                .or(member.minor.then_some(rules.minor_max_hours));
            if let Some(limit) = limit {
                assert!(
                    wrap - call <= hours(limit),
                    "{} works too long",
                    member.name
                );
            }
        }
    }
    // Every scene to place is on one day, or a long scene on consecutive
    // days of its own.
    let mut counted: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for (k, day) in s.days.iter().enumerate() {
        for &scene in &day.scenes {
            counted.entry(scene).or_default().push(k);
        }
    }
    for item in &s.problem.items {
        if s.unplaced.iter().any(|u| u.scene == item.scene) {
            continue;
        }
        let on = counted.get(&item.scene).cloned().unwrap_or_default();
        assert_eq!(
            on.len(),
            item.days,
            "scene {} days",
            p.scenes[item.scene].number.value
        );
        assert!(on.windows(2).all(|w| w[1] == w[0] + 1));
        if item.days > 1 {
            assert!(on.iter().all(|&k| s.days[k].scenes == vec![item.scene]));
        }
    }
    // Turnaround between consecutive days of the unit, kept ones included.
    let mut all: Vec<(NaiveDateTime, NaiveDateTime, Vec<usize>)> = s
        .days
        .iter()
        .map(|d| {
            let (c, w) = window(d.date, d.times.call, d.times.wrap);
            (c, w, cast_of(p, &d.scenes))
        })
        .collect();
    for k in &kept {
        if k.kind == DayKind::Travel {
            continue;
        }
        let (Some(c), Some(w)) = (&k.crew_call, &k.wrap) else {
            continue;
        };
        let (c, w) = window(k.date.value, c.value, w.value);
        all.push((c, w, Vec::new()));
    }
    all.sort_by_key(|(c, _, _)| *c);
    let has_crew = p
        .crew
        .iter()
        .any(|m| m.units.iter().any(|u| u.value == *unit));
    for pair in all.windows(2) {
        let rest = pair[1].0 - pair[0].1;
        assert!(rest >= TimeDelta::zero(), "overlapping days");
        if has_crew {
            assert!(
                rest >= hours(rules.crew_turnaround_hours),
                "crew turnaround before {}",
                pair[1].0
            );
        }
        if pair[0].2.iter().any(|c| pair[1].2.contains(c)) {
            assert!(
                rest >= hours(rules.cast_turnaround_hours),
                "cast turnaround before {}",
                pair[1].0
            );
        }
    }
}

fn window(
    date: NaiveDate,
    call: chrono::NaiveTime,
    wrap: chrono::NaiveTime,
) -> (NaiveDateTime, NaiveDateTime) {
    let next = if wrap <= call {
        date.succ_opt().unwrap_or(date)
    } else {
        date
    };
    (date.and_time(call), next.and_time(wrap))
}

fn place(
    date: NaiveDate,
    call: chrono::NaiveTime,
    wrap: chrono::NaiveTime,
    t: chrono::NaiveTime,
) -> NaiveDateTime {
    let next = wrap <= call && t < call && t <= wrap;
    if next {
        date.succ_opt().unwrap_or(date).and_time(t)
    } else {
        date.and_time(t)
    }
}

fn cast_of(p: &Production, scenes: &[usize]) -> Vec<usize> {
    let mut cast: Vec<usize> = scenes
        .iter()
        .flat_map(|&s| p.scenes[s].cast.iter())
        .filter_map(|id| p.index.cast(&id.value))
        .collect();
    cast.sort_unstable();
    cast.dedup();
    cast
}

/// Company moves counted plainly: each change of location from one scene
/// to the next over the unit's shoot days in date order.
fn count_moves(p: &Production, s: &Schedule) -> usize {
    let unit = &s.problem.unit;
    let mut days: Vec<(NaiveDate, Vec<usize>)> =
        s.days.iter().map(|d| (d.date, d.scenes.clone())).collect();
    for (i, d) in p.days.iter().enumerate() {
        if d.unit.value == *unit
            && d.kind == DayKind::Shoot
            && s.problem.replaced.binary_search(&i).is_err()
        {
            let scenes = d
                .scenes
                .iter()
                .flat_map(|v| v.value.iter())
                .filter_map(|n| p.index.scenes.get(&n.value).copied())
                .collect();
            days.push((d.date.value, scenes));
        }
    }
    days.sort_by_key(|(d, _)| *d);
    let mut previous: Option<&str> = None;
    let mut moves = 0;
    for (_, scenes) in &days {
        for &sc in scenes {
            if let Some(l) = &p.scenes[sc].location {
                if previous.is_some_and(|prev| prev != l.value) {
                    moves += 1;
                }
                previous = Some(&l.value);
            }
        }
    }
    moves
}

/// Builds, checks every constraint, and checks the figures against the day
/// out of days and the real checker. Returns the schedule.
fn schedule_and_verify(dir: &Path, seed: u64) -> (Production, Schedule) {
    let production = load(dir);
    let s = build(&production, seed);
    assert_hard_constraints(&production, &s);
    assert_eq!(
        s.figures.moves,
        count_moves(&production, &s),
        "moves in {}",
        dir.display()
    );
    let (production, measured) = verify::measure(production, &s);
    assert!(measured.new_errors.is_empty(), "{:#?}", measured.new_errors);
    assert_eq!(
        s.figures.hold_days, measured.hold_days,
        "hold days: engine vs day out of days"
    );
    assert_eq!(
        prodcoord::model::Money(rust_decimal::Decimal::from_i128_with_scale(
            s.figures.hold_cost,
            2
        )),
        measured.hold_cost,
        "hold cost: engine vs day out of days"
    );
    (production, s)
}

#[test]
fn pages_per_day_and_a_long_scene_on_days_of_its_own() {
    let (p, s) = schedule_and_verify(&fixture("pages"), 0);
    assert!(s.unplaced.is_empty());
    assert_eq!(s.days.len(), s.days_lower_bound);
    let long: Vec<_> = s
        .days
        .iter()
        .filter(|d| d.scenes.iter().any(|&x| p.scenes[x].number.value == "4"))
        .collect();
    assert_eq!(long.len(), 3, "9 pages at 4 a day: 3 days");
    assert_eq!(long.iter().map(|d| d.pages).sum::<u64>(), 72);
}

#[test]
fn a_performer_is_never_called_while_unavailable() {
    let (p, s) = schedule_and_verify(&fixture("cast-unavailable"), 0);
    let bruno = p.index.cast("bruno").expect("bruno");
    for d in &s.days {
        if cast_of(&p, &d.scenes).contains(&bruno) {
            assert!(d.date > NaiveDate::from_ymd_opt(2027, 3, 6).expect("date"));
        }
    }
    assert!(s.unplaced.is_empty());
}

#[test]
fn locations_are_used_only_when_available_and_permitted() {
    let (_, s) = schedule_and_verify(&fixture("location"), 0);
    assert!(s.unplaced.is_empty());
    assert_eq!(s.days.len(), 3);
}

#[test]
fn at_most_max_locations_a_day() {
    let (_, s) = schedule_and_verify(&fixture("locations-per-day"), 0);
    assert_eq!(s.days.len(), 2);
    assert_eq!(s.days_lower_bound, 2);
}

#[test]
fn night_scenes_on_night_shoots_and_turnaround_back_to_days() {
    let (p, s) = schedule_and_verify(&fixture("night"), 0);
    assert!(s.days.iter().any(|d| d.shift == Shift::Night));
    assert!(s.days.iter().any(|d| d.shift == Shift::Day));
    // A night shoot wrapping at 05:00 is never followed by a 07:00 call.
    for pair in s.days.windows(2) {
        if pair[0].shift == Shift::Night && pair[1].shift == Shift::Day {
            assert!(pair[1].date - pair[0].date >= TimeDelta::days(2));
        }
    }
    assert_eq!(s.days.len(), p.scenes.len());
}

#[test]
fn no_shoot_on_days_off() {
    let (_, s) = schedule_and_verify(&fixture("days-off"), 0);
    assert_eq!(s.days.len(), 8);
    assert!(
        s.days
            .iter()
            .all(|d| d.date.weekday().number_from_monday() <= 5)
    );
    assert_eq!(s.figures.score.dark, 0);
}

#[test]
fn locked_days_stay_and_minors_are_called_late() {
    let (p, s) = schedule_and_verify(&fixture("locked"), 0);
    let locked = NaiveDate::from_ymd_opt(2027, 3, 3).expect("date");
    let rehearsal = NaiveDate::from_ymd_opt(2027, 3, 1).expect("date");
    assert!(
        s.days
            .iter()
            .all(|d| d.date != locked && d.date != rehearsal)
    );
    // Scene 6 is on the locked day: not scheduled again.
    assert!(
        s.days
            .iter()
            .all(|d| d.scenes.iter().all(|&x| p.scenes[x].number.value != "6"))
    );
    // The minor (9 h at most) is called later than the crew on an 11-hour day.
    let kid = p.index.cast("kid").expect("kid");
    for d in s
        .days
        .iter()
        .filter(|d| cast_of(&p, &d.scenes).contains(&kid))
    {
        assert!(d.cast_calls.iter().any(|&(c, _)| c == kid));
    }
    // Eva is off on the day she is unavailable.
    let eva = p
        .crew
        .iter()
        .position(|c| c.id.value == "eva")
        .expect("eva");
    let dentist = NaiveDate::from_ymd_opt(2027, 3, 2).expect("date");
    for d in &s.days {
        assert_eq!(d.off_crew.contains(&eva), d.date == dentist);
    }
}

#[test]
fn dates_of_another_units_shared_crew_are_avoided() {
    let (_, s) = schedule_and_verify(&fixture("other-unit"), 0);
    for d in &s.days {
        assert!(d.date.day() != 2 && d.date.day() != 3, "{}", d.date);
    }
}

#[test]
fn a_scene_that_fits_nowhere_is_explained() {
    let production = load(&fixture("infeasible"));
    let s = build(&production, 0);
    assert_eq!(s.unplaced.len(), 1);
    assert_eq!(
        s.unplaced[0].reason,
        "scene 41 needs The Beach and Bruno Reis, never both available"
    );
    assert_hard_constraints(&production, &s);
}

#[test]
fn the_same_seed_gives_the_same_schedule() {
    let production = load(&fixture("locked"));
    let a = build(&production, 7);
    let b = build(&production, 7);
    assert_eq!(a.days, b.days);
    assert_eq!(a.figures, b.figures);
    let lighthouse = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/lighthouse"));
    let a = build(&lighthouse, 3);
    let b = build(&lighthouse, 3);
    assert_eq!(a.days, b.days);
    assert_eq!(a.unplaced, b.unplaced);
}

/// Splitting a visit would save 40,000 EUR of holds for one move of
/// 2,000 EUR, but each location stays in one visit: moves come before
/// money (docs/schedule.md, "the figures").
#[test]
fn each_location_is_visited_once_when_that_costs_no_day() {
    let (p, s) = schedule_and_verify(&fixture("grouping"), 0);
    assert_eq!(s.figures.score.days, 6);
    assert_eq!(s.figures.moves, 2);
    assert_eq!(count_moves(&p, &s), 2);
    assert_eq!(s.figures.hold_cost, 4_000_000, "40,000.00 EUR in cents");
}

/// Three locations of a day and a half, a day and a half and half a day:
/// the part-filled days are shared, so four days and two moves do.
#[test]
fn part_filled_days_are_shared_between_locations() {
    let (_, s) = schedule_and_verify(&fixture("sharing"), 0);
    assert_eq!(s.figures.score.days, 4);
    assert_eq!(s.days_lower_bound, 4);
    assert_eq!(s.figures.moves, 2);
}

#[test]
fn the_lighthouse_example() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/lighthouse");
    let (_, s) = schedule_and_verify(&dir, 0);
    assert!(s.unplaced.is_empty(), "{:?}", s.unplaced);
    assert_eq!(s.figures.score.days, s.days_lower_bound);
    assert!(s.figures.score <= s.naive_figures.score);
    assert!(s.figures.hold_cost < s.naive_figures.hold_cost);
}

/// Without its lock, the example's café day cannot be rebuilt: scene 41
/// is a night scene at the café, whose only permitted date goes to its day
/// scenes. It is not placed, and the reason says so.
#[test]
fn the_lighthouse_example_without_its_locked_day() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/lighthouse");
    let temp = tempfile::tempdir().expect("tempdir");
    schedule_common::copy_dir(&example, temp.path());
    let schedule_file = temp.path().join("schedule.toml");
    let text = std::fs::read_to_string(&schedule_file).expect("schedule");
    let unlocked: String = text
        .lines()
        .filter(|l| !l.starts_with("locked = true"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(unlocked.len(), text.len(), "the example locks a day");
    std::fs::write(&schedule_file, unlocked).expect("write");
    let (p, s) = schedule_and_verify(temp.path(), 0);
    assert_eq!(s.unplaced.len(), 1);
    assert_eq!(p.scenes[s.unplaced[0].scene].number.value, "41");
    assert!(
        s.unplaced[0]
            .reason
            .contains("Tue 9 Mar 2027 as a night shoot"),
        "{}",
        s.unplaced[0].reason
    );
    assert!(s.figures.score <= s.naive_figures.score);
}

/// The benchmark mapping: one location, every scene whole days, no days
/// off, no drop/pickup: the day out of days' hold cost is the instance's
/// hold cost, and the scheduler reaches the published optimum.
#[test]
fn a_talent_benchmark_as_a_production_reaches_its_optimum() {
    for (name, optimum) in [
        ("concert", 111),
        ("film-12", 401),
        ("film103.dat", 1031),
        ("film105.dat", 849),
        ("film114.dat", 867),
        ("film116.dat", 541),
        ("film118.dat", 853),
        ("film119.dat", 790),
        ("Warwick1201", 222),
        ("Shaw2020", 877),
        ("MobStory", 871),
    ] {
        let text = std::fs::read_to_string(fixture("talent").join(name)).expect("instance");
        let instance = talent::text::parse(&text).expect("valid");
        let dir = tempfile::tempdir().expect("temp dir");
        schedule_common::write_production(&instance, dir.path());
        let (_, s) = schedule_and_verify(dir.path(), 0);
        let work = instance.work_cost();
        assert_eq!(
            s.figures.hold_cost,
            i128::from(optimum - work) * 100,
            "{name}"
        );
        assert_eq!(
            s.days.len(),
            instance.durations.iter().sum::<u32>() as usize
        );
        assert_eq!(s.figures.moves, 0);
    }
}

/// A random small production, as TOML files.
#[derive(Debug, Clone)]
struct Random {
    scenes: Vec<(u64, u8, usize, Vec<usize>)>, // pages (eighths), time, location, cast
    away: Vec<Option<(u32, u32)>>,             // per cast: unavailable day range
    windows: Vec<Option<(u32, u32)>>,          // per location: available day range
    max_pages: u64,
    days_off: bool,
    locked: Option<usize>,
    max_locations: u8,
}

fn random_productions() -> impl Strategy<Value = Random> {
    (2usize..=3, 2usize..=4, 3usize..=10).prop_flat_map(|(locations, cast, n)| {
        (
            prop::collection::vec(
                (
                    1u64..=40,
                    0u8..4,
                    0..locations,
                    prop::collection::vec(0..cast, 0..=3),
                ),
                n,
            ),
            prop::collection::vec(prop::option::of((0u32..20, 0u32..6)), cast),
            prop::collection::vec(prop::option::of((0u32..15, 3u32..20)), locations),
            prop_oneof![Just(8u64), Just(16), Just(32), Just(64)],
            any::<bool>(),
            prop::option::of(0..n),
            1u8..=3,
        )
            .prop_map(
                |(scenes, away, windows, max_pages, days_off, locked, max_locations)| Random {
                    scenes,
                    away,
                    windows,
                    max_pages,
                    days_off,
                    locked,
                    max_locations,
                },
            )
    })
}

fn write_random(r: &Random, dir: &Path) {
    let start = NaiveDate::from_ymd_opt(2027, 3, 1).expect("date");
    let day = |k: u32| start + TimeDelta::days(i64::from(k));
    let pages = |e: u64| {
        format!("\"{} {}/8\"", e / 8, e % 8)
            .replace("\"0 ", "\"")
            .replace(" 0/8", "")
    };
    let mut root = format!(
        "[production]\ntitle = \"Random\"\nstart = 2027-03-01\ndays_off = {}\n\n[rules]\nmax_pages_per_day = {}\n",
        if r.days_off {
            "[\"sat\", \"sun\"]"
        } else {
            "[\"sun\"]"
        },
        pages(r.max_pages)
    );
    root.push_str("drop_pickup_min_days = 3\n");
    root.push_str(&format!("max_locations_per_day = {}\n", r.max_locations));
    std::fs::write(dir.join("prodcoord.toml"), root).expect("write");
    let mut cast = String::new();
    for (c, away) in r.away.iter().enumerate() {
        cast.push_str(&format!(
            "[[cast]]\nid = \"c{c}\"\nname = \"Cast {c}\"\ncharacter = \"C{c}\"\nrate = {}\n",
            100 * (c + 1)
        ));
        if c == 0 {
            cast.push_str("minor = true\n");
        }
        if let Some((from, len)) = away {
            cast.push_str(&format!(
                "unavailable = [{{ from = {}, to = {} }}]\n",
                day(*from),
                day(from + len)
            ));
        }
        cast.push('\n');
    }
    std::fs::write(dir.join("cast.toml"), cast).expect("write");
    std::fs::write(
        dir.join("crew.toml"),
        "[[crew]]\nid = \"dop\"\nname = \"Dee\"\nrole = \"DP\"\ndepartment = \"camera\"\n",
    )
    .expect("write");
    let mut locations = String::new();
    for (l, w) in r.windows.iter().enumerate() {
        locations.push_str(&format!(
            "[[location]]\nid = \"l{l}\"\nname = \"Place {l}\"\n"
        ));
        if let Some((from, len)) = w {
            locations.push_str(&format!(
                "available = [{{ from = {}, to = {} }}]\n",
                day(*from),
                day(from + len)
            ));
        }
        locations.push('\n');
    }
    std::fs::write(dir.join("locations.toml"), locations).expect("write");
    let times = ["DAY", "NIGHT", "DAWN", "DUSK"];
    let mut scenes = String::new();
    for (s, (p, t, l, c)) in r.scenes.iter().enumerate() {
        let mut c = c.clone();
        c.sort_unstable();
        c.dedup();
        let ids: Vec<String> = c.iter().map(|c| format!("\"c{c}\"")).collect();
        scenes.push_str(&format!(
            "[[scene]]\nnumber = \"{}\"\nint_ext = \"INT\"\ntime = \"{}\"\nset = \"SET\"\nlocation = \"l{l}\"\npages = {}\ncast = [{}]\n\n",
            s + 1,
            times[*t as usize],
            pages(*p),
            ids.join(", ")
        ));
    }
    std::fs::write(dir.join("scenes.toml"), scenes).expect("write");
    if let Some(k) = r.locked {
        std::fs::write(
            dir.join("schedule.toml"),
            format!(
                "[[day]]\ndate = 2027-03-03\nlocked = true\ncrew_call = 10:00\nwrap = 15:00\nscenes = [\"{}\"]\n",
                k + 1
            ),
        )
        .expect("write");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// On random small productions every hard constraint holds, nothing is
    /// left out without a reason, the figures equal the day out of days
    /// and `prodcoord check` finds no new error.
    #[test]
    fn random_productions_are_scheduled_within_the_rules(r in random_productions()) {
        let dir = tempfile::tempdir().expect("temp dir");
        write_random(&r, dir.path());
        let loaded = prodcoord::load::load(dir.path());
        prop_assume!(loaded.diagnostics.iter().all(|d| d.severity != prodcoord::diagnostics::Severity::Error));
        let (_, s) = schedule_and_verify(dir.path(), 1);
        for u in &s.unplaced {
            prop_assert!(!u.reason.is_empty());
        }
        prop_assert!(s.figures.score <= s.naive_figures.score);
    }
}
