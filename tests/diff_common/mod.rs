//! Helpers shared by the `diff_*` integration tests: real temporary git
//! repositories made with the `git` binary, independent of the machine's
//! git configuration.
#![allow(dead_code)]

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture of the diff tests.
pub fn fixture(name: &str) -> PathBuf {
    manifest_dir().join("tests/fixtures/diff").join(name)
}

pub fn lighthouse() -> PathBuf {
    manifest_dir().join("examples/lighthouse")
}

/// The environment every git and prodcoord run gets: a fixed identity and
/// clock (so commit ids are the same on every run), no system or user
/// configuration, no colour, no pager.
pub fn isolate(command: &mut Command, clock: u64) {
    let date = format!("{} +0000", 1_800_000_000 + clock * 60);
    command
        .env("GIT_AUTHOR_NAME", "Rita Almeida")
        .env("GIT_AUTHOR_EMAIL", "rita@example.com")
        .env("GIT_COMMITTER_NAME", "Rita Almeida")
        .env("GIT_COMMITTER_EMAIL", "rita@example.com")
        .env("GIT_AUTHOR_DATE", &date)
        .env("GIT_COMMITTER_DATE", &date)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("NO_COLOR", "1")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE");
}

/// What a run printed and how it ended.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", self.stdout, self.stderr))
    }
}

/// A temporary git repository.
pub struct Repo {
    pub dir: tempfile::TempDir,
    clock: Cell<u64>,
}

impl Repo {
    /// `git init` with `main` as the first branch.
    pub fn new() -> Repo {
        let repo = Repo {
            dir: tempfile::tempdir().expect("temporary folder"),
            clock: Cell::new(0),
        };
        repo.git(&["-c", "init.defaultBranch=main", "init", "-q"]);
        repo
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Runs git in the repository; panics when it fails.
    pub fn git(&self, args: &[&str]) -> String {
        self.git_in(self.path(), args)
    }

    pub fn git_in(&self, dir: &Path, args: &[&str]) -> String {
        let mut command = Command::new("git");
        command.current_dir(dir).args(args);
        isolate(&mut command, self.clock.get());
        let output = command.output().expect("git runs");
        assert!(
            output.status.success(),
            "git {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("folder");
        std::fs::write(path, text).expect("written");
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).expect("readable")
    }

    pub fn remove(&self, rel: &str) {
        std::fs::remove_file(self.path().join(rel)).expect("removed");
    }

    /// Replaces `old` (which must occur exactly once) in a file.
    pub fn edit(&self, rel: &str, old: &str, new: &str) {
        let text = self.read(rel);
        assert_eq!(text.matches(old).count(), 1, "`{old}` once in {rel}");
        self.write(rel, &text.replacen(old, new, 1));
    }

    /// Copies a folder into the repository at `rel`.
    pub fn copy(&self, from: &Path, rel: &str) {
        copy_dir(from, &self.path().join(rel));
    }

    /// Stages everything and commits; the clock moves a minute on.
    pub fn commit(&self, message: &str) -> String {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "--no-gpg-sign", "-m", message]);
        self.clock.set(self.clock.get() + 1);
        self.git(&["rev-parse", "HEAD"]).trim().to_string()
    }

    /// `prodcoord ARGS...` run in `rel` (a folder of the repository).
    pub fn prodcoord(&self, rel: &str, args: &[&str]) -> Run {
        prodcoord_in(&self.path().join(rel), args)
    }
}

/// `prodcoord ARGS...` run in `dir`.
pub fn prodcoord_in(dir: &Path, args: &[&str]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_prodcoord"));
    command.current_dir(dir).args(args);
    isolate(&mut command, 0);
    let output = command.output().expect("prodcoord runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("UTF-8 on stdout"),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("folder");
    for entry in std::fs::read_dir(from).expect("readable folder") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copied");
        }
    }
}

/// Applies the 1st AD's revision of the example (a patch relative to the
/// production root) with `git apply`, run in `dir`; `directory` is the
/// production's folder from the top of the repository, when `dir` is in
/// one (`git apply` reads paths from the top there).
pub fn apply_revision(dir: &Path, directory: Option<&str>) {
    let mut command = Command::new("git");
    command.current_dir(dir).arg("apply");
    if let Some(directory) = directory {
        command.arg(format!("--directory={directory}"));
    }
    command.arg(fixture("lighthouse-revision.patch"));
    isolate(&mut command, 0);
    let output = command.output().expect("git apply runs");
    assert!(
        output.status.success(),
        "the revision patch applies: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}
