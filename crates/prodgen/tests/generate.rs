//! Tests of the generator: determinism, counts, and that what it writes is
//! valid TOML that keeps the invariants a clean production needs.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

use toml::{Table, Value};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("prodgen-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Parses every rendered file and collects the array-of-tables entries by key.
fn parsed(factor: u32, seed: u64) -> BTreeMap<String, Vec<Table>> {
    let (files, _) = prodgen::render(factor, seed);
    let mut out: BTreeMap<String, Vec<Table>> = BTreeMap::new();
    for (path, text) in &files {
        let table: Table = toml::from_str(text).unwrap_or_else(|e| panic!("{path}: {e}"));
        for (key, value) in table {
            match value {
                Value::Array(items) => out.entry(key).or_default().extend(
                    items
                        .into_iter()
                        .map(|v| v.as_table().cloned().expect("array of tables")),
                ),
                Value::Table(t) => out.entry(key).or_default().push(t),
                other => panic!("{path}: unexpected top-level {key} = {other}"),
            }
        }
    }
    out
}

fn s<'a>(t: &'a Table, key: &str) -> &'a str {
    t.get(key)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("missing string {key} in {t}"))
}

fn strings(t: &Table, key: &str) -> Vec<String> {
    t.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|v| v.as_str().expect("string").to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Money or number as cents (the generator writes at most 2 decimals).
fn cents(v: &Value) -> i128 {
    match v {
        Value::Integer(i) => i128::from(*i) * 100,
        Value::Float(f) => (f * 100.0).round() as i128,
        other => panic!("not a number: {other}"),
    }
}

fn eighths(v: &Value) -> u32 {
    match v {
        Value::Integer(i) => u32::try_from(*i).expect("pages") * 8,
        Value::String(p) => p
            .split(' ')
            .map(|part| match part.split_once('/') {
                Some((n, "8")) => n.parse::<u32>().expect("eighths"),
                Some(_) => panic!("denominator"),
                None => part.parse::<u32>().expect("pages") * 8,
            })
            .sum(),
        other => panic!("pages {other}"),
    }
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    let (a, sa) = prodgen::render(1, 7);
    let (b, sb) = prodgen::render(1, 7);
    assert_eq!(a, b);
    assert_eq!(sa, sb);
    let (c, _) = prodgen::render(1, 8);
    assert_ne!(a, c);
    // Same set of files though: the layout does not depend on the seed.
    let names = |f: &[(String, String)]| f.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(&a), names(&c));
}

#[test]
fn counts_at_scale_1_and_2() {
    let (files, st) = prodgen::render(1, 42);
    assert_eq!(st.scenes, 300);
    assert_eq!(st.omitted_scenes, 3);
    assert_eq!((st.cast, st.crew, st.people), (30, 150, 180));
    assert_eq!(st.locations, 30);
    assert_eq!(st.units, 2);
    assert_eq!(st.shoot_days, 120);
    assert_eq!(
        st.days, 122,
        "120 shoot days plus a rehearsal and a travel day"
    );
    assert_eq!((st.accounts, st.lines, st.expenses), (30, 800, 3000));
    assert_eq!(st.files, files.len());
    assert_eq!(
        st.bytes,
        files.iter().map(|(_, t)| t.len() as u64).sum::<u64>()
    );
    for kind in [
        "prodcoord.toml",
        "cast.toml",
        "locations.toml",
        "schedule/main.toml",
        "schedule/second.toml",
    ] {
        assert!(files.iter().any(|(p, _)| p == kind), "{kind} missing");
    }
    for dir in ["scenes/", "crew/", "budget/", "expenses/"] {
        assert!(
            files.iter().filter(|(p, _)| p.starts_with(dir)).count() >= 4,
            "few files in {dir}"
        );
    }

    let d = parsed(1, 42);
    assert_eq!(d["scene"].len(), 300);
    assert_eq!(d["cast"].len() + d["crew"].len(), 180);
    let main = d["day"]
        .iter()
        .filter(|t| {
            t.get("kind").is_none()
                && t.get("unit").and_then(Value::as_str).unwrap_or("main") == "main"
        })
        .count();
    let second = d["day"]
        .iter()
        .filter(|t| t.get("unit").and_then(Value::as_str) == Some("second"))
        .count();
    assert_eq!((main, second), (90, 30));
    assert_eq!(d["expense"].len(), 3000);

    let (_, st2) = prodgen::render(2, 42);
    assert_eq!(
        (
            st2.scenes,
            st2.people,
            st2.shoot_days,
            st2.lines,
            st2.expenses
        ),
        (600, 360, 240, 1600, 6000)
    );
    assert_eq!((st2.accounts, st2.locations, st2.units), (60, 60, 4));
}

#[test]
fn generate_writes_files_that_parse_with_the_toml_crate() {
    let dir = temp_dir("parse");
    let stats = prodgen::generate(&dir, 1, 42).expect("generate");
    let files = prodgen::toml_files(&dir).expect("walk");
    assert_eq!(files.len(), stats.files);
    let mut bytes = 0u64;
    for path in &files {
        let text = std::fs::read_to_string(path).expect("read");
        bytes += text.len() as u64;
        toml::from_str::<Table>(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    assert_eq!(bytes, stats.bytes);
    // A second run into the same, now full, folder is refused.
    assert!(prodgen::generate(&dir, 1, 42).is_err());
    std::fs::remove_dir_all(&dir).expect("cleanup");
}

#[test]
fn scale_zero_is_refused() {
    let dir = temp_dir("zero");
    assert!(prodgen::generate(&dir, 0, 1).is_err());
    assert!(!dir.exists());
}

/// The invariants that keep `prodcoord check` quiet, at a scale with two
/// blocks.
#[test]
fn production_is_clean_by_construction() {
    let d = parsed(2, 3);
    let units: HashSet<String> = strings(&d["production"][0], "units").into_iter().collect();

    // One namespace for people; ids unique everywhere.
    let mut people = HashSet::new();
    for p in d["cast"].iter().chain(&d["crew"]) {
        assert!(
            people.insert(s(p, "id").to_string()),
            "duplicate person {}",
            s(p, "id")
        );
    }
    let cast: HashSet<&str> = d["cast"].iter().map(|c| s(c, "id")).collect();
    let crew: HashMap<&str, &Table> = d["crew"].iter().map(|c| (s(c, "id"), c)).collect();
    for c in &d["crew"] {
        for u in strings(c, "units") {
            assert!(units.contains(&u), "crew unit {u}");
        }
    }
    let departments: HashSet<&str> = d["crew"].iter().map(|c| s(c, "department")).collect();
    let locations: HashMap<&str, &Table> = d["location"].iter().map(|l| (s(l, "id"), l)).collect();
    assert_eq!(locations.len(), d["location"].len());
    for l in d["location"].iter() {
        assert!(l.contains_key("hospital") && l.contains_key("lat") && l.contains_key("permit"));
    }
    let mut scenes: HashMap<&str, &Table> = HashMap::new();
    for sc in &d["scene"] {
        assert!(
            scenes.insert(s(sc, "number"), sc).is_none(),
            "duplicate scene"
        );
        assert!(locations.contains_key(s(sc, "location")));
        for c in strings(sc, "cast") {
            assert!(cast.contains(c.as_str()), "scene cast {c}");
        }
        if s(sc, "int_ext") != "INT" {
            assert_eq!(s(sc, "time"), "DAY", "exteriors are day scenes");
        }
    }

    // Schedule: no duplicate days, one unit per date, pages and locations in
    // bounds, each scene once.
    let mut dates = HashSet::new();
    let mut scheduled: HashMap<String, usize> = HashMap::new();
    for day in &d["day"] {
        let date = day["date"].as_datetime().expect("date").to_string();
        assert!(dates.insert(date.clone()), "two days on {date}");
        let unit = day.get("unit").and_then(Value::as_str).unwrap_or("main");
        assert!(units.contains(unit));
        if let Some(Value::Table(calls)) = day.get("department_calls") {
            for k in calls.keys() {
                assert!(departments.contains(k.as_str()), "department {k}");
            }
        }
        for c in strings(day, "add_crew")
            .iter()
            .chain(&strings(day, "off_crew"))
        {
            assert!(crew.contains_key(c.as_str()), "crew {c}");
        }
        let (mut pages, mut locs) = (0, HashSet::new());
        for n in strings(day, "scenes") {
            let sc = scenes[n.as_str()];
            assert!(sc.get("omitted").is_none(), "omitted scene {n} scheduled");
            pages += eighths(&sc["pages"]);
            locs.insert(s(sc, "location"));
            *scheduled.entry(n).or_default() += 1;
        }
        assert!(pages <= 64, "{date}: {pages} eighths");
        assert!(locs.len() <= 2, "{date}: {} locations", locs.len());
    }
    for (n, sc) in &scenes {
        let want = usize::from(sc.get("omitted").is_none());
        assert_eq!(scheduled.get(*n).copied().unwrap_or(0), want, "scene {n}");
    }

    // Budget: expenses stay under lines, accounts and the cap.
    let accounts: HashSet<&str> = d["account"].iter().map(|a| s(a, "code")).collect();
    let mut line_total: HashMap<&str, (i128, &str)> = HashMap::new();
    let mut account_total: HashMap<&str, i128> = HashMap::new();
    let mut grand = 0i128;
    for l in &d["line"] {
        let acct = s(l, "account");
        assert!(accounts.contains(acct));
        let q = l.get("quantity").map_or(100, cents);
        let u = l.get("units").map_or(100, cents);
        let total = (q * u * cents(&l["rate"]) + 5000) / 10_000;
        assert!(line_total.insert(s(l, "id"), (total, acct)).is_none());
        *account_total.entry(acct).or_default() += total;
        grand += total;
    }
    let mut line_actual: HashMap<&str, i128> = HashMap::new();
    let mut account_actual: HashMap<&str, i128> = HashMap::new();
    let mut spent = 0;
    for e in &d["expense"] {
        let a = cents(&e["amount"]);
        spent += a;
        match (e.get("line"), e.get("account")) {
            (Some(Value::String(l)), None) => {
                let (_, acct) = line_total[l.as_str()];
                *line_actual.entry(l).or_default() += a;
                *account_actual.entry(acct).or_default() += a;
            }
            (None, Some(Value::String(acct))) => *account_actual.entry(acct).or_default() += a,
            _ => panic!("expense needs exactly one of line, account"),
        }
    }
    for (l, a) in &line_actual {
        assert!(*a <= line_total[l].0, "line {l} over");
    }
    for (acct, a) in &account_actual {
        assert!(*a <= account_total[acct], "account {acct} over");
    }
    let cap = cents(&d["budget"][0]["cap"]);
    assert!(grand < cap && spent < cap);
}
