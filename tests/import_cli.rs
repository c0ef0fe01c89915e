//! The printed breakdown (insta snapshots) and how the command behaves
//! with and without a production.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs prodcoord in `dir` (a folder with no production above it unless
/// `--project` is given).
fn prodcoord(dir: &Path, args: &[&str]) -> Run {
    let output = Command::cargo_bin("prodcoord")
        .expect("binary")
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn path(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn breakdown_of_the_fountain_script_without_a_production() {
    let dir = tempfile::tempdir().expect("temp dir");
    let script = fixture("lighthouse/lighthouse.fountain");
    let run = prodcoord(dir.path(), &["import", "fountain", path(&script)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("No production found in"),
        "{}",
        run.stderr
    );
    insta::assert_snapshot!("lighthouse_fountain", run.stdout);
}

#[test]
fn breakdown_of_the_fdx_script_without_a_production() {
    let dir = tempfile::tempdir().expect("temp dir");
    let script = fixture("lighthouse/lighthouse.fdx");
    let run = prodcoord(dir.path(), &["import", "fdx", path(&script)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!("lighthouse_fdx", run.stdout);
}

#[test]
fn breakdown_of_the_revision_against_the_production() {
    let dir = tempfile::tempdir().expect("temp dir");
    let script = fixture("lighthouse/lighthouse-pink.fountain");
    let project = fixture("lighthouse/production");
    let run = prodcoord(
        dir.path(),
        &[
            "--project",
            path(&project),
            "import",
            "fountain",
            path(&script),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!("lighthouse_pink_dry_run", run.stdout);
}

#[test]
fn corner_cases_print() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["headings", "characters", "numbering", "times", "syntax"] {
        let script = fixture(&format!("corners/{name}.fountain"));
        let run = prodcoord(dir.path(), &["import", "fountain", path(&script)]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        insta::assert_snapshot!(format!("corners_{name}"), run.stdout);
    }
}

#[test]
fn quiet_prints_the_table_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let script = fixture("corners/headings.fountain");
    let run = prodcoord(dir.path(), &["-q", "import", "fountain", path(&script)]);
    assert_eq!(run.code, 0);
    assert!(!run.stdout.contains("Notes:"));
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn write_needs_a_production() {
    let dir = tempfile::tempdir().expect("temp dir");
    let script = fixture("lighthouse/lighthouse.fountain");
    let run = prodcoord(
        dir.path(),
        &["import", "fountain", path(&script), "--write"],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no production found"), "{}", run.stderr);
    assert!(run.stderr.contains("prodcoord init"), "{}", run.stderr);
}

#[test]
fn an_explicit_project_must_exist() {
    let dir = tempfile::tempdir().expect("temp dir");
    let script = fixture("lighthouse/lighthouse.fountain");
    let run = prodcoord(
        dir.path(),
        &[
            "--project",
            path(dir.path()),
            "import",
            "fountain",
            path(&script),
        ],
    );
    assert_eq!(run.code, 2);
}

#[test]
fn a_missing_script() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = prodcoord(dir.path(), &["import", "fountain", "nope.fountain"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("cannot read nope.fountain"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_fdx_that_is_not_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let script = fixture("corners/times.fountain");
    let run = prodcoord(dir.path(), &["import", "fdx", path(&script)]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("not a Final Draft file"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_script_that_is_not_utf8() {
    let dir = tempfile::tempdir().expect("temp dir");
    let script = dir.path().join("latin1.fountain");
    std::fs::write(&script, b"INT. CAF\xc9 - DAY\n\nJOS\xc9\nBom dia.\n").expect("write");
    let run = prodcoord(dir.path(), &["import", "fountain", path(&script)]);
    assert_eq!(run.code, 0);
    assert!(run.stderr.contains("is not UTF-8 text"), "{}", run.stderr);
    assert!(run.stdout.contains("CAF\u{fffd}"), "{}", run.stdout);
}
