//! Shared by the schedule tests and benchmarks: a production folder made
//! from a talent scheduling instance, as `docs/schedule.md` describes the
//! mapping (one location, each scene `8 × duration` pages with
//! `max_pages_per_day = "8"`, no days off, no drop/pickup), so that the day
//! out of days' hold cost is exactly the instance's objective.
#![allow(dead_code)]

use prodcoord::schedule::talent::Instance;
use std::fmt::Write as _;
use std::path::Path;

pub fn write_production(instance: &Instance, dir: &Path) {
    std::fs::create_dir_all(dir).expect("create the production folder");
    let root = "[production]\ntitle = \"Talent benchmark\"\nstart = 2027-03-01\ndays_off = []\n\n\
        [rules]\nmax_pages_per_day = \"8\"\nmax_locations_per_day = 1\nallow_drop_pickup = false\nmove_cost = 0\n";
    std::fs::write(dir.join("prodcoord.toml"), root).expect("write prodcoord.toml");
    let mut cast = String::new();
    for (a, cost) in instance.costs.iter().enumerate() {
        let _ = write!(
            cast,
            "[[cast]]\nid = \"actor-{}\"\nname = \"Actor {}\"\ncharacter = \"A{}\"\nrate = {cost}\n\n",
            a + 1,
            a + 1,
            a + 1
        );
    }
    std::fs::write(dir.join("cast.toml"), cast).expect("write cast.toml");
    std::fs::write(
        dir.join("locations.toml"),
        "[[location]]\nid = \"stage\"\nname = \"Stage\"\n",
    )
    .expect("write locations.toml");
    let mut scenes = String::new();
    for (s, (members, days)) in instance.cast.iter().zip(&instance.durations).enumerate() {
        let ids: Vec<String> = members
            .iter()
            .map(|a| format!("\"actor-{}\"", a + 1))
            .collect();
        let _ = write!(
            scenes,
            "[[scene]]\nnumber = \"{}\"\nint_ext = \"INT\"\ntime = \"DAY\"\nset = \"STAGE\"\nlocation = \"stage\"\npages = \"{}\"\ncast = [{}]\n\n",
            s + 1,
            8 * days.max(&1),
            ids.join(", ")
        );
    }
    std::fs::write(dir.join("scenes.toml"), scenes).expect("write scenes.toml");
}

/// Copies a folder (files and subfolders).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the copy");
    for entry in std::fs::read_dir(from).expect("read the folder") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a file");
        }
    }
}
