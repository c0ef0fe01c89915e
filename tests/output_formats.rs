//! The JSON document's exact shape and order, determinism, and the
//! escaping of GitHub workflow commands.

use assert_cmd::Command;
use serde_json::Value;

fn check(project: &str, format: &str) -> (i32, String) {
    let output = Command::cargo_bin("prodcoord")
        .expect("binary")
        .args(["--project", project, "check", "--format", format])
        .output()
        .expect("runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).expect("UTF-8"),
    )
}

fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

#[test]
fn json_has_the_documented_shape_and_order() {
    let (code, stdout) = check("examples/lighthouse-conflicts", "json");
    assert_eq!(code, 1);
    let document: Value = serde_json::from_str(&stdout).expect("one JSON document");
    assert_eq!(
        keys(&document),
        ["diagnostics", "errors", "version", "warnings"]
    );
    assert_eq!(document["version"], 1);
    let diagnostics = document["diagnostics"].as_array().expect("array");
    assert!(!diagnostics.is_empty());
    let count = |severity: &str| {
        diagnostics
            .iter()
            .filter(|d| d["severity"] == severity)
            .count()
    };
    assert_eq!(document["errors"].as_u64(), Some(count("error") as u64));
    assert_eq!(document["warnings"].as_u64(), Some(count("warning") as u64));
    for d in diagnostics {
        assert_eq!(
            keys(d),
            [
                "column", "file", "line", "message", "rule", "severity", "subjects"
            ]
        );
        assert!(d["line"].as_u64().is_some_and(|l| l >= 1));
        assert!(d["column"].as_u64().is_some_and(|c| c >= 1));
        assert!(!d["file"].as_str().expect("file").contains('\\'));
        for (_, subject) in d["subjects"].as_object().expect("subjects") {
            assert!(subject.is_string(), "subjects are strings: {d}");
        }
    }
    let sort_key = |d: &Value| {
        (
            d["file"].as_str().unwrap_or_default().to_owned(),
            d["line"].as_u64(),
            d["column"].as_u64(),
            d["rule"].as_str().unwrap_or_default().to_owned(),
            d["subjects"].to_string(),
        )
    };
    let keys_in_order: Vec<_> = diagnostics.iter().map(sort_key).collect();
    let mut sorted = keys_in_order.clone();
    sorted.sort();
    assert_eq!(
        keys_in_order, sorted,
        "diagnostics are sorted by file, line, column, rule, subjects"
    );
}

#[test]
fn two_runs_print_the_same_bytes() {
    for format in ["json", "human", "github"] {
        let first = check("examples/lighthouse-conflicts", format);
        let second = check("examples/lighthouse-conflicts", format);
        assert_eq!(first, second, "{format} output differs between runs");
    }
}

#[test]
fn clean_production_gives_an_empty_json_document() {
    let (code, stdout) = check("examples/lighthouse", "json");
    assert_eq!(code, 0);
    let document: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(document["errors"], 0);
    assert_eq!(document["warnings"], 0);
    assert_eq!(document["diagnostics"], Value::Array(Vec::new()));
}

#[test]
fn github_commands_escape_percent_and_line_breaks() {
    let (code, stdout) = check("tests/fixtures/output/escapes", "github");
    assert_eq!(code, 0, "only a warning");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines.len(),
        1,
        "one command per finding, on one line: {stdout}"
    );
    let line = lines[0];
    assert!(
        line.starts_with("::warning file=scenes.toml,line=2,col=1,title=unscheduled-scene::"),
        "{line}"
    );
    assert!(line.contains("50%25 OFF, ALL%0AWEEK%0D"), "{line}");
}

#[test]
fn github_errors_use_the_error_command() {
    let (_, stdout) = check("examples/lighthouse-conflicts", "github");
    let errors = stdout
        .lines()
        .filter(|l| l.starts_with("::error file="))
        .count();
    let warnings = stdout
        .lines()
        .filter(|l| l.starts_with("::warning file="))
        .count();
    let (_, json) = check("examples/lighthouse-conflicts", "json");
    let document: Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(Some(errors as u64), document["errors"].as_u64());
    assert_eq!(Some(warnings as u64), document["warnings"].as_u64());
}
