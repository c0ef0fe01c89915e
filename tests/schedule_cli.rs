//! `prodcoord schedule` as a user runs it: nothing is written without
//! `--write` or `-o`; `--write` keeps locked days, other days and every
//! comment byte for byte and the result passes `prodcoord check`; the same
//! seed writes the same bytes; infeasible input is explained with exit 1.

mod schedule_common;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/schedule")
        .join(name)
}

fn copy(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    schedule_common::copy_dir(&fixture(name), dir.path());
    dir
}

fn prodcoord(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("prodcoord").expect("the binary");
    cmd.arg("--project").arg(dir).env("NO_COLOR", "1");
    cmd
}

/// Runs `prodcoord` in `dir` with `args`, expecting success.
fn succeeds<I, S>(dir: &Path, args: I) -> std::process::Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let out = prodcoord(dir).args(args).output().expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("readable")
}

/// Every file under `dir`, with its bytes.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push((path.clone(), std::fs::read(&path).expect("read")));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn without_write_nothing_is_written() {
    let dir = copy("locked");
    let before = snapshot(dir.path());
    let out = succeeds(dir.path(), ["schedule"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("shoot days"), "{stdout}");
    assert!(stdout.contains("strip sort"), "{stdout}");
    assert!(stdout.contains("locked: house: 6"), "{stdout}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing written"));
    assert_eq!(before, snapshot(dir.path()));
}

/// The parts of the schedule file that `--write` must not touch.
const KEPT: &[&str] = &[
    "# Shooting schedule — the first AD's file.\n# Keep this header.\n\n# --- Prep ---\n\n[[day]]\ndate = 2027-03-01\nkind = \"rehearsal\"\ncrew_call = 10:00\nwrap = 16:00\ncast = [\"ana\", \"bruno\"]   # read-through\n",
    "[[day]]\ndate = 2027-03-03\nlocked = true            # the house is booked for this date only\ncrew_call = 08:00\nwrap = 19:00\nscenes = [\"6\"]\ncast_calls = { kid = 10:00 }\nnotes = \"Locked: agreed with the owners.\"\n",
    "# --- Week 1 ---\n",
    "# A comment between days, about the day below.\n",
    "# Trailing comment at the end of the file.\n",
];

#[test]
fn write_keeps_locked_days_and_comments_and_passes_check() {
    let dir = copy("locked");
    let file = dir.path().join("schedule.toml");
    for kept in KEPT {
        assert!(read(&file).contains(kept), "fixture holds {kept:?}");
    }
    succeeds(dir.path(), ["schedule", "--write"]);
    let written = read(&file);
    for kept in KEPT {
        assert!(written.contains(kept), "{kept:?} kept in\n{written}");
    }
    // The replaced day and its comment are gone; the header is still first.
    assert!(!written.contains("an old guess"));
    assert!(written.starts_with("# Shooting schedule"));
    // Only schedule.toml changed.
    for name in [
        "prodcoord.toml",
        "scenes.toml",
        "cast.toml",
        "crew.toml",
        "locations.toml",
    ] {
        assert_eq!(
            read(&dir.path().join(name)),
            read(&fixture("locked").join(name)),
            "{name}"
        );
    }
    // The check that failed before (a minor's long day, crew unavailable)
    // passes now.
    let check = prodcoord(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&check.stdout).expect("json");
    assert_eq!(json["errors"], 0, "{json:#}");
    assert_eq!(check.status.code(), Some(0));
    // Writing again with the same seed changes nothing.
    let again = prodcoord(dir.path())
        .args(["schedule", "--write"])
        .output()
        .expect("runs");
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(read(&file), written);
}

#[test]
fn output_file_is_created_once() {
    let dir = copy("pages");
    let target = dir.path().join("draft.toml");
    succeeds(
        dir.path(),
        [
            std::ffi::OsStr::new("schedule"),
            "-o".as_ref(),
            target.as_os_str(),
        ],
    );
    let text = read(&target);
    assert!(text.starts_with("# Shooting schedule of unit main"));
    assert_eq!(text.matches("[[day]]").count(), 5);
    let doc: toml::Table = text.parse().expect("valid TOML");
    assert!(doc.contains_key("day"));
    // Never overwritten.
    let again = prodcoord(dir.path())
        .args(["schedule", "-o"])
        .arg(&target)
        .output()
        .expect("runs");
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists"));
    assert_eq!(read(&target), text);
}

#[test]
fn same_seed_same_bytes() {
    let a = copy("locked");
    let b = copy("locked");
    let run = |dir: &Path| {
        prodcoord(dir)
            .args(["schedule", "--seed", "11", "--write"])
            .output()
            .expect("runs")
    };
    let (oa, ob) = (run(a.path()), run(b.path()));
    assert_eq!(oa.stdout, ob.stdout);
    assert_eq!(
        read(&a.path().join("schedule.toml")),
        read(&b.path().join("schedule.toml"))
    );
}

#[test]
fn infeasible_scenes_are_explained_and_nothing_is_written() {
    let dir = copy("infeasible");
    let before = snapshot(dir.path());
    let out = prodcoord(dir.path())
        .args(["schedule", "--write"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("Could not place 1 scene:\n  scene 41 needs The Beach and Bruno Reis, never both available"),
        "{stdout}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing written"));
    assert_eq!(before, snapshot(dir.path()));
}

#[test]
fn bad_arguments_exit_2() {
    let dir = copy("pages");
    let out = prodcoord(dir.path())
        .args(["schedule", "--unit", "second"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no unit `second`"));
    let out = prodcoord(dir.path())
        .args(["schedule", "--time-limit", "0"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    // No start date anywhere.
    let root = dir.path().join("prodcoord.toml");
    std::fs::write(&root, read(&root).replace("start = 2027-03-01\n", "")).expect("write");
    let out = prodcoord(dir.path())
        .arg("schedule")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--start"));
    let out = prodcoord(dir.path())
        .args(["schedule", "--start", "2027-04-05"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Mon 5 Apr 2027"));
}

#[test]
fn integrity_errors_stop_it() {
    let dir = copy("pages");
    let scenes = dir.path().join("scenes.toml");
    std::fs::write(
        &scenes,
        read(&scenes).replace("cast = [\"ana\"]", "cast = [\"nobody\"]"),
    )
    .expect("write");
    let out = prodcoord(dir.path())
        .arg("schedule")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown-reference"));
}

/// Re-scheduling after a change: a performer becomes unavailable; the new
/// schedule moves their scenes and still passes the check.
#[test]
fn reschedule_after_a_change() {
    let dir = copy("locked");
    let run = |dir: &Path| {
        prodcoord(dir)
            .args(["schedule", "--write"])
            .output()
            .expect("runs")
    };
    assert_eq!(run(dir.path()).status.code(), Some(0));
    let cast = dir.path().join("cast.toml");
    std::fs::write(
        &cast,
        read(&cast).replace(
            "rate = 800\n",
            "rate = 800\nunavailable = [{ from = 2027-03-04, to = 2027-03-06 }]\n",
        ),
    )
    .expect("write");
    // Now the schedule on disk books Bruno while he is away.
    let check = prodcoord(dir.path()).arg("check").output().expect("runs");
    assert_eq!(check.status.code(), Some(1));
    assert_eq!(run(dir.path()).status.code(), Some(0));
    let check = prodcoord(dir.path()).arg("check").output().expect("runs");
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let written = read(&dir.path().join("schedule.toml"));
    for kept in KEPT {
        assert!(written.contains(kept));
    }
}
