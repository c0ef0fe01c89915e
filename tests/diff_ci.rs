//! The repository's CI files, exercised without a network: the GitHub
//! Actions workflow's own shell commands run against a real temporary git
//! repository with a base branch and a pull-request branch (a fake `gh`
//! stands in for GitHub), and the pre-commit hook's entry run on a
//! production.

mod diff_common;

use diff_common::{Repo, apply_revision, copy_dir, fixture, isolate, lighthouse, manifest_dir};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// One step of a workflow job, as written.
#[derive(Debug, Default)]
struct Step {
    name: String,
    uses: Option<String>,
    run: Option<String>,
    condition: Option<String>,
    env: BTreeMap<String, String>,
    with: BTreeMap<String, String>,
}

/// A job: its keys (`runs-on`, ...), permissions and steps.
#[derive(Debug, Default)]
struct Job {
    permissions: BTreeMap<String, String>,
    steps: Vec<Step>,
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

fn key_value(text: &str) -> (String, String) {
    let (key, value) = text.split_once(':').unwrap_or((text, ""));
    (key.trim().to_string(), value.trim().to_string())
}

/// Reads the jobs of a workflow: just enough YAML for the file this
/// repository has (block mappings, step lists, `run: |` blocks), checked
/// strictly so that a change the reader does not understand fails here.
fn jobs(workflow: &str) -> BTreeMap<String, Job> {
    let lines: Vec<&str> = workflow.lines().collect();
    let start = lines
        .iter()
        .position(|l| *l == "jobs:")
        .expect("a jobs: section");
    let mut jobs = BTreeMap::new();
    let mut i = start + 1;
    let mut job_name = String::new();
    let mut section = "";
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            i += 1;
            continue;
        }
        match indent(line) {
            0 => break,
            2 => {
                job_name = trimmed.trim_end_matches(':').to_string();
                jobs.insert(job_name.clone(), Job::default());
            }
            4 => {
                let (key, _) = key_value(trimmed);
                section = match key.as_str() {
                    "permissions" => "permissions",
                    "steps" => "steps",
                    _ => "",
                };
            }
            6 if section == "permissions" => {
                let (key, value) = key_value(trimmed);
                let job = jobs.get_mut(&job_name).expect("a job");
                job.permissions.insert(key, value);
            }
            6 if section == "steps" => {
                let item = trimmed.strip_prefix("- ").expect("a step starts with `- `");
                let job = jobs.get_mut(&job_name).expect("a job");
                job.steps.push(Step::default());
                i = step_key(&lines, i, item, 8, job.steps.last_mut().expect("a step"));
                continue;
            }
            8 if section == "steps" => {
                let job = jobs.get_mut(&job_name).expect("a job");
                let step = job.steps.last_mut().expect("a step");
                i = step_key(&lines, i, trimmed, 8, step);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    jobs
}

/// Reads one `key: value` of a step (at `level`) and what belongs to it;
/// returns the next line to read.
fn step_key(lines: &[&str], at: usize, text: &str, level: usize, step: &mut Step) -> usize {
    let (key, value) = key_value(text);
    let mut i = at + 1;
    let nested = |i: &mut usize| {
        let mut block = Vec::new();
        while *i < lines.len() && (lines[*i].trim().is_empty() || indent(lines[*i]) > level) {
            block.push(lines[*i]);
            *i += 1;
        }
        while block.last().is_some_and(|l| l.trim().is_empty()) {
            block.pop();
        }
        block
    };
    match key.as_str() {
        "name" => step.name = value,
        "uses" => step.uses = Some(value),
        "if" => step.condition = Some(value),
        "run" if value == "|" => {
            let block = nested(&mut i);
            let cut = block
                .iter()
                .filter(|l| !l.trim().is_empty())
                .map(|l| indent(l))
                .min()
                .unwrap_or(0);
            let script: Vec<&str> = block.iter().map(|l| l.get(cut..).unwrap_or("")).collect();
            step.run = Some(script.join("\n") + "\n");
        }
        "run" => step.run = Some(value + "\n"),
        "env" | "with" => {
            for line in nested(&mut i) {
                let (k, v) = key_value(line.trim());
                let map = if key == "env" {
                    &mut step.env
                } else {
                    &mut step.with
                };
                map.insert(k, v);
            }
        }
        other => panic!("a step key this test does not know: {other}"),
    }
    i
}

/// `${{ expression }}` replaced from `values`; an expression the test does
/// not know fails.
fn substitute(text: &str, values: &BTreeMap<&str, &str>) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("${{") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("}}").expect("a closing }}") + start;
        let expression = rest[start + 3..end].trim();
        let value = values
            .get(expression)
            .unwrap_or_else(|| panic!("an expression this test does not know: {expression}"));
        out.push_str(value);
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    out
}

fn workflow() -> String {
    std::fs::read_to_string(manifest_dir().join(".github/workflows/prodcoord.yml"))
        .expect("the workflow")
}

/// What GitHub would put in the expressions on a pull request from a
/// branch of the same repository into `main`.
fn github_context() -> BTreeMap<&'static str, &'static str> {
    BTreeMap::from([
        ("github.base_ref", "main"),
        ("github.token", "fake-token"),
        ("github.repository", "north-pier/prodcoord"),
        ("github.event.pull_request.number", "7"),
    ])
}

/// Runs a step's script as GitHub does (`bash -e -o pipefail`), with the
/// built prodcoord and a fake `gh` first on the PATH.
fn run_step(step: &Step, dir: &Path, tools: &Path, extra_env: &[(&str, &Path)]) -> (i32, String) {
    let script = substitute(step.run.as_deref().expect("a run step"), &github_context());
    let bin = Path::new(env!("CARGO_BIN_EXE_prodcoord"))
        .parent()
        .expect("the binary's folder");
    let path = format!(
        "{}:{}:{}",
        bin.display(),
        tools.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut command = Command::new("bash");
    command
        .args([
            "--noprofile",
            "--norc",
            "-e",
            "-o",
            "pipefail",
            "-c",
            &script,
        ])
        .current_dir(dir);
    isolate(&mut command, 0);
    command.env("PATH", path);
    for (key, value) in &step.env {
        command.env(key, substitute(value, &github_context()));
    }
    for (key, value) in extra_env {
        command.env(key, value);
    }
    let output = command.output().expect("bash runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A stand-in for the GitHub CLI: logs its arguments; `--edit-last` fails
/// until a comment was posted, as `gh` does on a pull request without one.
const FAKE_GH: &str = r#"#!/usr/bin/env bash
set -e
echo "gh $*" >> "$FAKE_GH_DIR/calls"
body=""
while [ $# -gt 0 ]; do
  case "$1" in
    --body-file) body="$2"; shift ;;
    --edit-last) edit=1 ;;
  esac
  shift
done
if [ -n "$edit" ] && [ ! -f "$FAKE_GH_DIR/comment" ]; then
  echo "no comments found for current user" >&2
  exit 1
fi
cp "$body" "$FAKE_GH_DIR/comment"
"#;

/// The origin repository with the example on `main`, and a clone checked
/// out on the pull-request branch with the full history (`fetch-depth: 0`).
fn pull_request() -> (Repo, tempfile::TempDir) {
    let origin = Repo::new();
    // The repository as it is: the example production, and the workflow.
    origin.copy(&lighthouse(), "examples/lighthouse");
    origin.write(".github/workflows/prodcoord.yml", &workflow());
    origin.commit("The example production");
    origin.git(&["checkout", "-q", "-b", "blue-revision"]);
    apply_revision(origin.path(), Some("examples/lighthouse"));
    origin.commit("Blue revision");
    origin.git(&["checkout", "-q", "main"]);

    let runner = tempfile::tempdir().expect("temporary folder");
    let checkout = runner.path().join("checkout");
    let source = origin.path().to_str().expect("UTF-8 path");
    let target = checkout.to_str().expect("UTF-8 path");
    origin.git_in(
        runner.path(),
        &["clone", "-q", "--no-checkout", source, target],
    );
    origin.git_in(
        &checkout,
        &["checkout", "-q", "--detach", "origin/blue-revision"],
    );
    (origin, runner)
}

#[test]
fn the_workflow_posts_the_diff_of_a_pull_request() {
    let workflow = workflow();
    let jobs = jobs(&workflow);
    assert!(
        workflow.contains("\non:\n  pull_request:\n"),
        "runs on pull requests"
    );

    let diff = jobs.get("diff").expect("a diff job");
    assert_eq!(
        diff.permissions.get("pull-requests").map(String::as_str),
        Some("write")
    );
    assert_eq!(
        diff.permissions.get("contents").map(String::as_str),
        Some("read")
    );
    let checkout = &diff.steps[0];
    assert_eq!(checkout.uses.as_deref(), Some("actions/checkout@v5"));
    assert_eq!(
        checkout.with.get("fetch-depth").map(String::as_str),
        Some("0"),
        "the base branch must be fetched"
    );
    let runs: Vec<&Step> = diff.steps.iter().filter(|s| s.run.is_some()).collect();
    assert_eq!(runs.len(), 3, "{runs:#?}");
    assert_eq!(
        runs[0].run.as_deref(),
        Some("cargo install --path . --locked\n")
    );
    let (make, post) = (runs[1], runs[2]);
    assert!(
        make.run
            .as_deref()
            .is_some_and(|r| r.contains("diff \"origin/$BASE_REF\" HEAD --format markdown")),
        "{make:#?}"
    );
    assert_eq!(
        post.condition.as_deref(),
        Some("github.event.pull_request.head.repo.full_name == github.repository"),
        "no comment from forks, whose token cannot write"
    );

    let (_origin, runner) = pull_request();
    let dir = runner.path().join("checkout");
    let tools = runner.path().join("tools");
    std::fs::create_dir(&tools).expect("folder");
    std::fs::write(tools.join("gh"), FAKE_GH).expect("written");
    let status = Command::new("chmod")
        .arg("+x")
        .arg(tools.join("gh"))
        .status()
        .expect("chmod runs");
    assert!(status.success());
    let summary = runner.path().join("step-summary.md");
    let env = [
        ("GITHUB_STEP_SUMMARY", summary.as_path()),
        ("FAKE_GH_DIR", runner.path()),
    ];

    let (code, stderr) = run_step(make, &dir, &tools, &env);
    assert_eq!(code, 0, "{stderr}");
    let markdown = std::fs::read_to_string(dir.join("prodcoord-diff.md")).expect("the diff");
    assert!(
        markdown.starts_with(
            "<!-- prodcoord diff -->\n## The Lighthouse Keeper: what changed\n\nFrom `origin/main` ("
        ),
        "{markdown}"
    );
    assert!(markdown.contains("| 42 | moved from Thu 18 Mar 2027 to Wed 24 Mar 2027 |"));
    assert!(
        markdown
            .contains("| **Grand total** | **1,240,995.28** | **1,242,205.28** | **+1,210.00** |")
    );
    assert_eq!(
        std::fs::read_to_string(&summary).expect("the job summary"),
        markdown
    );

    // First run: no comment yet, so `--edit-last` fails and one is posted.
    let (code, stderr) = run_step(post, &dir, &tools, &env);
    assert_eq!(code, 0, "{stderr}");
    let comment = runner.path().join("comment");
    assert_eq!(std::fs::read_to_string(&comment).expect("posted"), markdown);
    // A later push: the same comment is edited.
    let (code, stderr) = run_step(post, &dir, &tools, &env);
    assert_eq!(code, 0, "{stderr}");
    let calls = std::fs::read_to_string(runner.path().join("calls")).expect("gh was called");
    assert_eq!(
        calls,
        "gh pr comment 7 --edit-last --body-file prodcoord-diff.md\n\
         gh pr comment 7 --body-file prodcoord-diff.md\n\
         gh pr comment 7 --edit-last --body-file prodcoord-diff.md\n"
    );
}

#[test]
fn the_workflow_fails_clearly_without_the_base_branch() {
    let jobs = jobs(&workflow());
    let diff = jobs.get("diff").expect("a diff job");
    let make = diff
        .steps
        .iter()
        .filter(|s| s.run.is_some())
        .nth(1)
        .expect("the diff step");
    // A shallow checkout (`fetch-depth: 1`) has no `origin/main`.
    let (origin, runner) = pull_request();
    let dir = runner.path().join("checkout");
    origin.git_in(&dir, &["update-ref", "-d", "refs/remotes/origin/main"]);
    let summary = runner.path().join("step-summary.md");
    let (code, stderr) = run_step(
        make,
        &dir,
        runner.path(),
        &[("GITHUB_STEP_SUMMARY", &summary)],
    );
    assert_ne!(code, 0, "the step fails");
    assert!(
        stderr.contains("`origin/main` is not a revision of this repository"),
        "{stderr}"
    );
    assert!(stderr.contains("git fetch origin"), "{stderr}");
}

#[test]
fn the_check_job_runs_the_check() {
    let jobs = jobs(&workflow());
    let check = jobs.get("check").expect("a check job");
    let step = check
        .steps
        .iter()
        .find(|s| s.run.as_deref().is_some_and(|r| r.contains("check")))
        .expect("the check step");
    assert_eq!(
        step.run.as_deref(),
        Some("prodcoord check --project examples/lighthouse --format github\n")
    );
    let runner = tempfile::tempdir().expect("temporary folder");
    copy_dir(&lighthouse(), &runner.path().join("examples/lighthouse"));
    let (code, stderr) = run_step(step, runner.path(), runner.path(), &[]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn the_docs_show_the_workflow_as_it_is() {
    let docs = std::fs::read_to_string(manifest_dir().join("docs/ci.md")).expect("docs/ci.md");
    assert!(
        docs.contains(&format!("```yaml\n{}```", workflow())),
        "docs/ci.md shows .github/workflows/prodcoord.yml verbatim"
    );
}

#[test]
fn the_pre_commit_hook_runs_the_check_on_the_whole_production() {
    let hooks =
        std::fs::read_to_string(manifest_dir().join(".pre-commit-hooks.yaml")).expect("the hooks");
    let hook: BTreeMap<String, String> = hooks
        .lines()
        .filter(|l| !l.trim_start().starts_with('#') && l.contains(':'))
        .map(|l| key_value(l.trim_start_matches("- ").trim()))
        .collect();
    assert_eq!(hook["id"], "prodcoord-check");
    assert_eq!(hook["entry"], "prodcoord check");
    assert_eq!(hook["language"], "rust");
    assert_eq!(hook["pass_filenames"], "false");
    assert_eq!(hook["files"], r"'\.toml$'");

    // pre-commit runs the entry at the top of the repository.
    let repo = Repo::new();
    repo.copy(&fixture("small"), ".");
    repo.commit("The production");
    let entry: Vec<&str> = hook["entry"].split_whitespace().collect();
    let run = |repo: &Repo| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_prodcoord"));
        command.args(&entry[1..]).current_dir(repo.path());
        isolate(&mut command, 0);
        command.output().expect("runs").status.code()
    };
    assert_eq!(entry[0], "prodcoord");
    assert_eq!(run(&repo), Some(0));
    repo.edit(
        "schedule.toml",
        "scenes = [\"4\"]",
        "scenes = [\"4\", \"99\"]",
    );
    assert_eq!(run(&repo), Some(1), "a commit with an error is stopped");
}
