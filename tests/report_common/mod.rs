//! Helpers shared by the `report_*` integration tests.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// A fixture of the report tests.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/reports")
        .join(name)
}

/// The example production.
pub fn lighthouse() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/lighthouse")
}

/// What a run printed and how it ended.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// `prodcoord --project DIR report ARGS...`, with no colour from the
/// environment.
pub fn report(project: &Path, args: &[&str]) -> Run {
    run_with(project, args, &[])
}

/// As [`report`], with extra environment variables.
pub fn run_with(project: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::cargo_bin("prodcoord").expect("the prodcoord binary");
    cmd.arg("--project").arg(project).arg("report").args(args);
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR");
    for (key, value) in env {
        cmd.env(key, value);
    }
    let output = cmd.output().expect("prodcoord runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    }
}

/// A report as JSON; the run must succeed.
pub fn json(project: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let run = report(project, &all);
    assert_eq!(run.code, 0, "{args:?} failed: {}", run.stderr);
    serde_json::from_str(&run.stdout).expect("valid JSON")
}

/// A copy of a fixture in a temporary folder, to change a file of it.
pub fn copy_fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&fixture(name), dir.path());
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read fixture") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// The performer with this id in a dood document.
pub fn performer<'a>(dood: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    dood["cast"]
        .as_array()
        .expect("cast array")
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no performer {id}"))
}

/// A performer's codes, joined with spaces, `.` for empty cells.
pub fn codes(dood: &serde_json::Value, id: &str) -> String {
    performer(dood, id)["codes"]
        .as_array()
        .expect("codes")
        .iter()
        .map(|c| match c.as_str().expect("code") {
            "" => ".",
            code => code,
        })
        .collect::<Vec<_>>()
        .join(" ")
}
