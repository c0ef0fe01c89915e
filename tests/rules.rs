//! One small production per check rule, run through the real binary.
//!
//! For every rule of checks.md there is a folder
//! `tests/fixtures/rules/<rule>/` holding:
//!
//! - `fires/` (and optionally more `fires-<what>/`): a complete production
//!   in which the rule fires. Its `expect.json` lists exactly the findings
//!   of *this* rule, each as `{"rule", "subjects", "file", "line"}`
//!   (findings of other rules are not compared). The exit status must be 1
//!   for a rule that is an error by default and 0 for a warning.
//! - `near-miss*/`: a production as close as possible to firing, in which
//!   the rule must not fire. A near miss is otherwise clean: it has no
//!   findings at all, unless its own `expect.json` lists the complete set
//!   of findings (of other rules) it is expected to have, e.g. the `syntax`
//!   finding of a broken file. Its exit status follows from those.
//!
//! `expect.json` sits at the production root, where prodcoord reads only
//! `prodcoord.toml`, `K.toml` and `K/**/*.toml`, so it is never loaded.
//!
//! Each rule is one `#[test]`; it runs every folder of that rule and
//! reports every mismatch at once, with the actual JSON.

use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// Every rule of checks.md's table, with its default severity.
const RULES: [(&str, Severity); 24] = [
    ("syntax", Severity::Error),
    ("unknown-field", Severity::Error),
    ("missing-field", Severity::Error),
    ("invalid-value", Severity::Error),
    ("duplicate-id", Severity::Error),
    ("unknown-reference", Severity::Error),
    ("duplicate-day", Severity::Error),
    ("double-booking", Severity::Error),
    ("unavailable", Severity::Error),
    ("location-unavailable", Severity::Error),
    ("permit", Severity::Error),
    ("turnaround", Severity::Error),
    ("max-hours", Severity::Error),
    ("long-day", Severity::Warning),
    ("overfull-day", Severity::Warning),
    ("company-moves", Severity::Warning),
    ("empty-day", Severity::Warning),
    ("scene-split", Severity::Warning),
    ("unscheduled-scene", Severity::Warning),
    ("daylight", Severity::Warning),
    ("missing-hospital", Severity::Warning),
    ("over-budget-line", Severity::Error),
    ("over-budget-account", Severity::Error),
    ("over-cap", Severity::Error),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Severity {
    Error,
    Warning,
}

fn default_severity(rule: &str) -> Option<Severity> {
    RULES
        .iter()
        .find(|(name, _)| *name == rule)
        .map(|(_, s)| *s)
}

fn fixtures_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules")
}

/// A finding as compared here: rule, subjects, file and line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Finding {
    file: String,
    line: u64,
    rule: String,
    subjects: BTreeMap<String, String>,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let subjects: serde_json::Map<String, Value> = self
            .subjects
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect();
        write!(
            f,
            r#"{{"rule": {}, "subjects": {}, "file": {}, "line": {}}}"#,
            Value::String(self.rule.clone()),
            Value::Object(subjects),
            Value::String(self.file.clone()),
            self.line
        )
    }
}

fn list(findings: &[Finding]) -> String {
    if findings.is_empty() {
        return "  (none)".to_string();
    }
    findings
        .iter()
        .map(|f| format!("  {f}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `a` without the items of `b`, counting repeats (a multiset difference).
fn minus(a: &[Finding], b: &[Finding]) -> Vec<Finding> {
    let mut rest = b.to_vec();
    a.iter()
        .filter(|f| match rest.iter().position(|g| g == *f) {
            Some(i) => {
                rest.remove(i);
                false
            }
            None => true,
        })
        .cloned()
        .collect()
}

/// Reads one finding, either from `expect.json` or from a diagnostic of the
/// JSON output (whose other keys are ignored).
fn finding(value: &Value, strict: bool) -> Result<Finding, String> {
    let object = value
        .as_object()
        .ok_or_else(|| format!("not an object: {value}"))?;
    if strict {
        for key in object.keys() {
            if !["rule", "subjects", "file", "line"].contains(&key.as_str()) {
                return Err(format!("unexpected key `{key}` in {value}"));
            }
        }
    }
    let text = |key: &str| {
        object
            .get(key)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| format!("`{key}` missing or not a string in {value}"))
    };
    let line = object
        .get("line")
        .and_then(Value::as_u64)
        .ok_or_else(|| format!("`line` missing or not a number in {value}"))?;
    let subjects = object
        .get("subjects")
        .and_then(Value::as_object)
        .ok_or_else(|| format!("`subjects` missing or not an object in {value}"))?
        .iter()
        .map(|(k, v)| {
            v.as_str()
                .map(|s| (k.clone(), s.to_owned()))
                .ok_or_else(|| format!("subject `{k}` is not a string in {value}"))
        })
        .collect::<Result<_, _>>()?;
    Ok(Finding {
        rule: text("rule")?,
        file: text("file")?,
        line,
        subjects,
    })
}

fn read_expect(path: &Path) -> Result<Vec<Finding>, String> {
    let text =
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let value: Value = serde_json::from_str(&text)
        .map_err(|e| format!("{} is not valid JSON: {e}", path.display()))?;
    let items = value
        .as_array()
        .ok_or_else(|| format!("{} must be a JSON array", path.display()))?;
    let mut findings = items
        .iter()
        .map(|item| finding(item, true))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    findings.sort();
    Ok(findings)
}

/// The result of `prodcoord --project DIR check --format json`.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    findings: Vec<Finding>,
    /// The diagnostics as printed, for failure messages.
    diagnostics: Vec<Value>,
}

impl Run {
    fn of_rule(&self, rule: &str) -> Vec<Finding> {
        self.findings
            .iter()
            .filter(|f| f.rule == rule)
            .cloned()
            .collect()
    }

    fn diagnostics_of(&self, rule: &str) -> String {
        let chosen: Vec<&Value> = self
            .diagnostics
            .iter()
            .filter(|d| d["rule"] == rule)
            .collect();
        serde_json::to_string_pretty(&chosen).unwrap_or_default()
    }

    fn report(&self) -> String {
        format!(
            "exit status: {:?}\n--- stdout (the actual JSON) ---\n{}\n--- stderr ---\n{}",
            self.code,
            self.stdout.trim_end(),
            self.stderr.trim_end()
        )
    }
}

fn run(dir: &Path) -> Result<Run, String> {
    let output = Command::cargo_bin("prodcoord")
        .map_err(|e| format!("cannot find the prodcoord binary: {e}"))?
        .arg("--project")
        .arg(dir)
        .args(["check", "--format", "json"])
        .env("NO_COLOR", "1")
        .output()
        .map_err(|e| format!("cannot run prodcoord: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let code = output.status.code();
    let fail = |what: String| {
        format!("{what}\nexit status: {code:?}\n--- stdout ---\n{stdout}\n--- stderr ---\n{stderr}")
    };
    let document: Value = serde_json::from_str(&stdout)
        .map_err(|e| fail(format!("stdout is not one JSON document: {e}")))?;
    if document["version"] != 1 {
        return Err(fail("the JSON document's `version` is not 1".into()));
    }
    let diagnostics = document["diagnostics"]
        .as_array()
        .ok_or_else(|| fail("the JSON document has no `diagnostics` array".into()))?
        .clone();
    let findings = diagnostics
        .iter()
        .map(|d| finding(d, false))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| fail(format!("a diagnostic cannot be read: {e}")))?;
    let errors = diagnostics
        .iter()
        .filter(|d| d["severity"] == "error")
        .count();
    let warnings = diagnostics
        .iter()
        .filter(|d| d["severity"] == "warning")
        .count();
    if document["errors"] != errors || document["warnings"] != warnings {
        return Err(fail(format!(
            "`errors`/`warnings` ({}/{}) do not count the diagnostics ({errors}/{warnings})",
            document["errors"], document["warnings"]
        )));
    }
    let mut sorted = findings.clone();
    sorted.sort();
    Ok(Run {
        code,
        stdout,
        stderr,
        findings: sorted,
        diagnostics,
    })
}

/// The fixture folders of one rule, sorted.
fn cases(rule: &str) -> Vec<(String, PathBuf)> {
    let dir = fixtures_root().join(rule);
    let Ok(entries) = fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut cases: Vec<(String, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
        .collect();
    cases.sort();
    cases
}

fn is_fires(name: &str) -> bool {
    name == "fires" || name.starts_with("fires-")
}

fn is_near_miss(name: &str) -> bool {
    name == "near-miss" || name.starts_with("near-miss-")
}

fn check_fires(rule: &str, dir: &Path) -> Result<(), String> {
    let expected = read_expect(&dir.join("expect.json"))?;
    if expected.is_empty() {
        return Err(
            "expect.json is empty: a `fires` fixture must expect at least one finding".into(),
        );
    }
    if let Some(other) = expected.iter().find(|f| f.rule != rule) {
        return Err(format!(
            "expect.json lists a finding of another rule: {other}"
        ));
    }
    let run = run(dir)?;
    let actual = run.of_rule(rule);
    let mut problems = Vec::new();
    if actual != expected {
        let missing = minus(&expected, &actual);
        let unexpected = minus(&actual, &expected);
        problems.push(format!(
            "the `{rule}` findings differ from expect.json\nexpected:\n{}\nactual:\n{}\nexpected but missing:\n{}\nnot expected:\n{}\nactual `{rule}` diagnostics:\n{}",
            list(&expected),
            list(&actual),
            list(&missing),
            list(&unexpected),
            run.diagnostics_of(rule)
        ));
    }
    let want = match default_severity(rule) {
        Some(Severity::Error) => 1,
        _ => 0,
    };
    if run.code != Some(want) {
        problems.push(format!(
            "exit status {:?}, expected {want} (`{rule}` is {} by default)",
            run.code,
            if want == 1 {
                "an error"
            } else {
                "a warning, and nothing else may be an error"
            }
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\n{}", problems.join("\n"), run.report()))
    }
}

fn check_near_miss(rule: &str, dir: &Path) -> Result<(), String> {
    let expect_path = dir.join("expect.json");
    let expected = if expect_path.exists() {
        read_expect(&expect_path)?
    } else {
        Vec::new()
    };
    if let Some(bad) = expected.iter().find(|f| f.rule == rule) {
        return Err(format!(
            "expect.json of a near miss lists a finding of the rule under test: {bad}"
        ));
    }
    let run = run(dir)?;
    let mut problems = Vec::new();
    let fired = run.of_rule(rule);
    if !fired.is_empty() {
        problems.push(format!(
            "`{rule}` fired on a near miss:\n{}\nactual `{rule}` diagnostics:\n{}",
            list(&fired),
            run.diagnostics_of(rule)
        ));
    }
    let others: Vec<Finding> = run
        .findings
        .iter()
        .filter(|f| f.rule != rule)
        .cloned()
        .collect();
    if others != expected {
        problems.push(format!(
            "a near miss must be otherwise clean; other findings expected{}:\n{}\nactual:\n{}",
            if expect_path.exists() {
                " (expect.json)"
            } else {
                ""
            },
            list(&expected),
            list(&others)
        ));
    }
    let any_error = expected
        .iter()
        .any(|f| default_severity(&f.rule) == Some(Severity::Error));
    let want = i32::from(any_error);
    if run.code != Some(want) {
        problems.push(format!("exit status {:?}, expected {want}", run.code));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\n{}", problems.join("\n"), run.report()))
    }
}

/// Runs every fixture folder of `rule`; panics with every mismatch.
fn check_rule(rule: &str) {
    assert!(
        default_severity(rule).is_some(),
        "`{rule}` is not a rule of checks.md"
    );
    let cases = cases(rule);
    assert!(
        !cases.is_empty(),
        "no fixtures for `{rule}` under {}",
        fixtures_root().join(rule).display()
    );
    let mut failures = Vec::new();
    for (name, dir) in &cases {
        let result = if !dir.join("prodcoord.toml").is_file() {
            Err("the fixture has no prodcoord.toml".to_string())
        } else if is_fires(name) {
            check_fires(rule, dir)
        } else if is_near_miss(name) {
            check_near_miss(rule, dir)
        } else {
            Err("a fixture folder must be named `fires`, `fires-<what>`, `near-miss` or `near-miss-<what>`".into())
        };
        if let Err(message) = result {
            failures.push(format!("==== {rule}/{name} ({})\n{message}", dir.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures of `{rule}` failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

macro_rules! rule_tests {
    ($($test:ident => $rule:literal),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                check_rule($rule);
            }
        )*

        /// The tests above, one per rule of checks.md.
        const TESTED: &[&str] = &[$($rule),*];
    };
}

rule_tests! {
    syntax => "syntax",
    unknown_field => "unknown-field",
    missing_field => "missing-field",
    invalid_value => "invalid-value",
    duplicate_id => "duplicate-id",
    unknown_reference => "unknown-reference",
    duplicate_day => "duplicate-day",
    double_booking => "double-booking",
    unavailable => "unavailable",
    location_unavailable => "location-unavailable",
    permit => "permit",
    turnaround => "turnaround",
    max_hours => "max-hours",
    long_day => "long-day",
    overfull_day => "overfull-day",
    company_moves => "company-moves",
    empty_day => "empty-day",
    scene_split => "scene-split",
    unscheduled_scene => "unscheduled-scene",
    daylight => "daylight",
    missing_hospital => "missing-hospital",
    over_budget_line => "over-budget-line",
    over_budget_account => "over-budget-account",
    over_cap => "over-cap",
}

/// Every rule of checks.md has a `fires` fixture and at least one near
/// miss, has a test above, and there is no fixture folder for a rule that
/// does not exist.
#[test]
fn every_rule_has_fires_and_near_miss_fixtures() {
    let mut problems = Vec::new();
    for (rule, _) in RULES {
        if !TESTED.contains(&rule) {
            problems.push(format!("`{rule}` has no #[test] in tests/rules.rs"));
        }
        let cases = cases(rule);
        let names: Vec<&str> = cases.iter().map(|(n, _)| n.as_str()).collect();
        if !names.contains(&"fires") {
            problems.push(format!("`{rule}` has no fires/ fixture"));
        } else if !fixtures_root()
            .join(rule)
            .join("fires/expect.json")
            .is_file()
        {
            problems.push(format!("`{rule}/fires` has no expect.json"));
        }
        if !names.iter().any(|n| is_near_miss(n)) {
            problems.push(format!("`{rule}` has no near-miss*/ fixture"));
        }
        for name in names {
            if !is_fires(name) && !is_near_miss(name) {
                problems.push(format!("`{rule}/{name}` is neither fires* nor near-miss*"));
            }
        }
    }
    for rule in TESTED {
        if default_severity(rule).is_none() {
            problems.push(format!(
                "test for `{rule}`, which is not in checks.md's table"
            ));
        }
    }
    if let Ok(entries) = fs::read_dir(fixtures_root()) {
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            if default_severity(&name).is_none() {
                problems.push(format!(
                    "tests/fixtures/rules/{name} is not the name of a rule"
                ));
            }
        }
    } else {
        problems.push(format!("cannot read {}", fixtures_root().display()));
    }
    assert!(
        problems.is_empty(),
        "fixture coverage:\n{}",
        problems.join("\n")
    );
}
