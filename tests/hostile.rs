//! Hostile input for the real `prodcoord` binary: broken files, absurd
//! values, odd folders and pipes. Every case asserts that the binary does not
//! panic, exits with the status of checks.md (0/1/2), and names the file (and
//! `line:column` where there is one).

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

const ROOT: &str = "[production]\ntitle = \"Hostile\"\n";

/// A production folder in a temporary directory.
struct Prod {
    dir: TempDir,
}

impl Prod {
    /// A production with a minimal valid prodcoord.toml.
    fn new() -> Prod {
        let prod = Prod::bare();
        prod.write("prodcoord.toml", ROOT);
        prod
    }

    /// An empty folder (no prodcoord.toml).
    fn bare() -> Prod {
        Prod {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create folders");
        }
        std::fs::write(&path, contents).expect("write file");
        path
    }

    /// `prodcoord --project DIR <args>`.
    fn run(&self, args: &[&str]) -> Run {
        let mut all = vec!["--project", self.path().to_str().expect("utf-8 temp path")];
        all.extend_from_slice(args);
        run_in(None, &all)
    }

    fn json(&self) -> Run {
        self.run(&["check", "--format", "json"])
    }

    fn human(&self) -> Run {
        self.run(&["--color", "never", "check", "--format", "human"])
    }
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run_in(cwd: Option<&Path>, args: &[&str]) -> Run {
    let mut cmd = Command::cargo_bin("prodcoord").expect("binary");
    cmd.args(args)
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE");
    if let Some(cwd) = cwd {
        cmd.current_dir(cwd);
    }
    let out = cmd.output().expect("run prodcoord");
    let run = Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    run.assert_no_panic();
    run
}

#[derive(Debug, Clone)]
struct Diag {
    rule: String,
    file: String,
    line: usize,
    column: usize,
    field: Option<String>,
    message: String,
    subjects: Value,
}

impl Run {
    fn assert_no_panic(&self) {
        assert!(
            !self.stderr.contains("panicked") && !self.stderr.contains("overflow"),
            "prodcoord panicked (status {:?}):\n{}",
            self.code,
            self.stderr
        );
        assert_ne!(
            self.code,
            Some(101),
            "exit 101 is a panic:\n{}",
            self.stderr
        );
        assert!(
            self.code.is_some(),
            "killed by a signal (stack overflow?):\n{}",
            self.stderr
        );
    }

    fn assert_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code,
            Some(code),
            "expected exit {code}\n--- stdout\n{}\n--- stderr\n{}",
            truncate(&self.stdout),
            truncate(&self.stderr)
        );
        self
    }

    fn doc(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not one JSON document ({e}):\n{}",
                truncate(&self.stdout)
            )
        })
    }

    fn diags(&self) -> Vec<Diag> {
        let doc = self.doc();
        assert_eq!(doc["version"], 1);
        doc["diagnostics"]
            .as_array()
            .expect("diagnostics array")
            .iter()
            .map(|d| Diag {
                rule: d["rule"].as_str().expect("rule").to_owned(),
                file: d["file"].as_str().expect("file").to_owned(),
                line: d["line"].as_u64().expect("line") as usize,
                column: d["column"].as_u64().expect("column") as usize,
                field: d["subjects"]["field"].as_str().map(str::to_owned),
                message: d["message"].as_str().expect("message").to_owned(),
                subjects: d["subjects"].clone(),
            })
            .collect()
    }
}

fn truncate(text: &str) -> String {
    if text.len() <= 4000 {
        text.to_owned()
    } else {
        let mut end = 4000;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}… ({} bytes)", &text[..end], text.len())
    }
}

/// 1-based line and column (in characters) of the `nth` (0-based)
/// occurrence of `needle` in `text`.
fn pos_nth(text: &str, needle: &str, nth: usize) -> (usize, usize) {
    let offset = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("`{needle}` #{nth} not in the text"))
        .0;
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..offset].chars().count() + 1)
}

fn pos(text: &str, needle: &str) -> (usize, usize) {
    pos_nth(text, needle, 0)
}

/// The one finding with this rule, file and position.
fn find<'d>(diags: &'d [Diag], rule: &str, file: &str, at: (usize, usize)) -> &'d Diag {
    diags
        .iter()
        .find(|d| d.rule == rule && d.file == file && (d.line, d.column) == at)
        .unwrap_or_else(|| panic!("no `{rule}` at {file}:{}:{} in {diags:#?}", at.0, at.1))
}

fn rules_in<'d>(diags: &'d [Diag], file: &str) -> Vec<&'d str> {
    diags
        .iter()
        .filter(|d| d.file == file)
        .map(|d| d.rule.as_str())
        .collect()
}

/// A crew.toml with an unknown field, to see that other files are still
/// checked when one file is broken.
const CREW_WITH_TYPO: &str = "[[crew]]\nid = \"ana\"\nname = \"Ana Costa\"\nrole = \"Operator\"\ndepartment = \"camera\"\nfoo = 1\n";

fn assert_crew_typo_reported(diags: &[Diag]) {
    let d = find(
        diags,
        "unknown-field",
        "crew.toml",
        pos(CREW_WITH_TYPO, "foo"),
    );
    assert_eq!(d.field.as_deref(), Some("crew.foo"));
}

const CAST_HEAD: &str =
    "[[cast]]\nid = \"elena\"\nname = \"Elena Marques\"\ncharacter = \"ELENA\"\n";

// ---------------------------------------------------------------------------
// Syntax: whatever the TOML parser rejects is one `syntax` finding.

#[test]
fn unclosed_bracket_is_syntax_and_other_files_are_still_checked() {
    let prod = Prod::new();
    let cast = "[[cast]\nid = \"a\"\n";
    prod.write("cast.toml", cast);
    prod.write("crew.toml", CREW_WITH_TYPO);
    let run = prod.json();
    run.assert_code(1);
    let diags = run.diags();
    let syntax: Vec<&Diag> = diags.iter().filter(|d| d.rule == "syntax").collect();
    assert_eq!(syntax.len(), 1, "{diags:#?}");
    assert_eq!(syntax[0].file, "cast.toml");
    assert_eq!(
        (syntax[0].line, syntax[0].column),
        (1, 8),
        "points after `[[cast]`"
    );
    assert_eq!(syntax[0].subjects, serde_json::json!({}));
    assert_crew_typo_reported(&diags);
    // human output names file:line:col too
    let human = prod.human();
    human.assert_code(1);
    assert!(human.stdout.contains("cast.toml:1:8"), "{}", human.stdout);
}

#[test]
fn impossible_date_is_syntax_at_the_date() {
    let prod = Prod::new();
    let cast = format!("{CAST_HEAD}unavailable = [{{ from = 2027-02-30 }}]\n");
    prod.write("cast.toml", &cast);
    prod.write("crew.toml", CREW_WITH_TYPO);
    let run = prod.json();
    run.assert_code(1);
    let diags = run.diags();
    find(&diags, "syntax", "cast.toml", pos(&cast, "2027-02-30"));
    assert_eq!(rules_in(&diags, "cast.toml"), ["syntax"]);
    assert_crew_typo_reported(&diags);
}

#[test]
fn integer_beyond_64_bits_is_syntax_at_the_number() {
    for number in [
        "99999999999999999999",
        "-9223372036854775809",
        "9223372036854775808",
        "0xffffffffffffffffff",
    ] {
        let prod = Prod::new();
        let cast = format!("{CAST_HEAD}rate = {number}\n");
        prod.write("cast.toml", &cast);
        prod.write("crew.toml", CREW_WITH_TYPO);
        let run = prod.json();
        run.assert_code(1);
        let diags = run.diags();
        find(&diags, "syntax", "cast.toml", pos(&cast, number));
        assert_eq!(rules_in(&diags, "cast.toml"), ["syntax"], "{number}");
        assert_crew_typo_reported(&diags);
    }
}

#[test]
fn extreme_64_bit_integers_are_not_syntax() {
    let prod = Prod::new();
    let cast = format!(
        "{CAST_HEAD}number = 9223372036854775807\nrate = 0\n[[cast]]\nid = \"b\"\nname = \"B\"\ncharacter = \"B\"\nnumber = -9223372036854775808\n"
    );
    prod.write("cast.toml", &cast);
    let run = prod.json();
    run.assert_code(1);
    let diags = run.diags();
    assert!(diags.iter().all(|d| d.rule != "syntax"), "{diags:#?}");
    let d = find(
        &diags,
        "invalid-value",
        "cast.toml",
        pos(&cast, "-9223372036854775808"),
    );
    assert_eq!(d.field.as_deref(), Some("cast.number"));
}

#[test]
fn a_syntax_error_suppresses_references_into_the_broken_file() {
    let prod = Prod::new();
    prod.write("cast.toml", "[[cast]]\nid = \"elena\n");
    prod.write(
        "schedule.toml",
        "[[day]]\ndate = 2027-03-01\nkind = \"rehearsal\"\ncrew_call = 07:00\nwrap = 12:00\ncast = [\"elena\"]\n",
    );
    let run = prod.json();
    run.assert_code(1);
    let diags = run.diags();
    assert_eq!(
        diags.len(),
        1,
        "only the syntax finding, no unknown-reference to the broken file: {diags:#?}"
    );
    assert_eq!(diags[0].rule, "syntax");
}

// ---------------------------------------------------------------------------
// Values of the wrong type or out of range: `invalid-value`, never a panic.

#[test]
fn wrong_types_are_invalid_value_at_the_value() {
    let prod = Prod::new();
    let cast = format!(
        "{CAST_HEAD}number = \"one\"\nminor = \"yes\"\nmax_hours = true\nunavailable = \"never\"\n"
    );
    prod.write("cast.toml", &cast);
    let run = prod.json();
    run.assert_code(1);
    let diags = run.diags();
    for (needle, field) in [
        ("\"one\"", "cast.number"),
        ("\"yes\"", "cast.minor"),
        ("true", "cast.max_hours"),
        ("\"never\"", "cast.unavailable"),
    ] {
        let d = find(&diags, "invalid-value", "cast.toml", pos(&cast, needle));
        assert_eq!(d.field.as_deref(), Some(field));
        assert!(
            d.message.contains(field),
            "message names the field: {}",
            d.message
        );
    }
    assert_eq!(diags.len(), 4, "{diags:#?}");
}

#[test]
fn bad_money_is_invalid_value_at_the_value() {
    let bad = [
        "nan",
        "+nan",
        "-nan",
        "inf",
        "+inf",
        "-inf",
        "-5",
        "-0.01",
        "1.005",
        "0.001",
        "1e300",
        "1.7976931348623157e308",
        "-1e300",
    ];
    let good = [
        "0",
        "-0.0",
        "0.1",
        "1500",
        "1234.56",
        "1e3",
        "99999999999999.99",
    ];
    let prod = Prod::new();
    let mut cast = String::new();
    for (i, rate) in bad.iter().chain(good.iter()).enumerate() {
        cast.push_str(&format!(
            "[[cast]]\nid = \"p{i}\"\nname = \"P{i}\"\ncharacter = \"C{i}\"\nrate = {rate}\n\n"
        ));
    }
    prod.write("cast.toml", &cast);
    let run = prod.json();
    run.assert_code(1);
    let diags = run.diags();
    // each finding points at the value, not the key
    for (i, rate) in bad.iter().enumerate() {
        let needle = format!("rate = {rate}\n");
        let (line, col) = pos(&cast, &needle);
        let at = (line, col + "rate = ".len());
        let d = find(&diags, "invalid-value", "cast.toml", at);
        assert_eq!(d.field.as_deref(), Some("cast.rate"), "rate #{i} = {rate}");
    }
    assert_eq!(
        diags.len(),
        bad.len(),
        "the good rates are accepted: {diags:#?}"
    );
    prod.human().assert_code(1);
}

/// Spec: money has at most 2 decimal places. A float such as 1e-300 is read
/// as the shortest decimal that round-trips, which has 300 decimal places.
#[test]
fn tiny_money_with_too_many_decimals_is_invalid_value() {
    for rate in [
        "1e-300",
        "5e-324",
        "0.0000000000000000000000000000001",
        "1e-3",
    ] {
        let prod = Prod::new();
        let cast = format!("{CAST_HEAD}rate = {rate}\n");
        prod.write("cast.toml", &cast);
        let run = prod.json();
        let diags = run.diags();
        let (line, col) = pos(&cast, &format!("rate = {rate}"));
        let d = find(&diags, "invalid-value", "cast.toml", (line, col + 7));
        assert_eq!(d.field.as_deref(), Some("cast.rate"), "rate = {rate}");
        run.assert_code(1);
    }
}

#[test]
fn huge_budget_figures_are_reported_not_panicked() {
    let account = "[[account]]\ncode = \"3300\"\nname = \"Camera\"\ngroup = \"below-the-line\"\n\n";
    let max = "9223372036854775807";
    let cases: Vec<(String, String)> = vec![
        (
            format!("{account}[[line]]\naccount = \"3300\"\ndescription = \"All three\"\nquantity = {max}\nunits = {max}\nrate = {max}\n"),
            String::new(),
        ),
        (
            format!("{account}[[line]]\naccount = \"3300\"\ndescription = \"q\"\nquantity = {max}\nrate = {max}\n"),
            String::new(),
        ),
        (
            format!("{account}[[line]]\naccount = \"3300\"\ndescription = \"u\"\nunits = {max}\nrate = {max}\n"),
            String::new(),
        ),
        (
            format!("{account}[[line]]\naccount = \"3300\"\ndescription = \"a\"\nrate = 5e28\n[[line]]\naccount = \"3300\"\ndescription = \"b\"\nrate = 5e28\n"),
            String::new(),
        ),
        (
            format!("[budget]\ncontingency_percent = 100\n{account}[[line]]\naccount = \"3300\"\ndescription = \"c\"\nrate = 5e28\n"),
            String::new(),
        ),
        (
            format!("[[fringe]]\nid = \"f\"\npercent = 100\n{account}[[line]]\naccount = \"3300\"\ndescription = \"f\"\nrate = 5e28\nfringes = [\"f\"]\n"),
            String::new(),
        ),
        (
            format!("[budget]\ncap = {max}\n{account}[[line]]\nid = \"l\"\naccount = \"3300\"\ndescription = \"e\"\nrate = 1\n"),
            "[[expense]]\ndate = 2027-03-01\namount = 7e28\nline = \"l\"\n[[expense]]\ndate = 2027-03-02\namount = 7e28\nline = \"l\"\n[[expense]]\ndate = 2027-03-03\namount = -7e28\naccount = \"3300\"\n[[expense]]\ndate = 2027-03-04\namount = -7e28\naccount = \"3300\"\n[[expense]]\ndate = 2027-03-05\namount = -7e28\naccount = \"3300\"\n".to_owned(),
        ),
    ];
    for (budget, expenses) in cases {
        let prod = Prod::new();
        prod.write("budget.toml", &budget);
        if !expenses.is_empty() {
            prod.write("expenses.toml", &expenses);
        }
        let run = prod.json();
        run.assert_code(1);
        let diags = run.diags();
        assert!(
            diags
                .iter()
                .any(|d| d.file == "budget.toml" && d.rule == "invalid-value"),
            "a too-large budget is reported as invalid-value in budget.toml:\n{budget}\n{diags:#?}"
        );
        for d in &diags {
            let text = if d.file == "budget.toml" {
                &budget
            } else {
                &expenses
            };
            assert!(d.line >= 1 && d.line <= text.lines().count(), "{d:?}");
        }
        prod.human().assert_code(1);
        prod.run(&["check", "--format", "github"]).assert_code(1);
    }
}

/// Board numbers are integers >= 1 and unique among cast. A number that does
/// not fit in 32 bits must not vanish silently (two cast members share it).
#[test]
fn board_number_beyond_32_bits_is_not_silently_dropped() {
    let prod = Prod::new();
    let cast = "[[cast]]\nid = \"a\"\nname = \"A\"\ncharacter = \"A\"\nnumber = 4294967296\n\n[[cast]]\nid = \"b\"\nname = \"B\"\ncharacter = \"B\"\nnumber = 4294967296\n";
    prod.write("cast.toml", cast);
    let run = prod.json();
    let diags = run.diags();
    assert!(
        diags
            .iter()
            .any(|d| (d.rule == "duplicate-id" || d.rule == "invalid-value")
                && d.file == "cast.toml"),
        "two cast members with board number 4294967296: expected duplicate-id (or invalid-value), got {diags:#?}"
    );
    run.assert_code(1);
}

/// TOML 1.1 allows a leap second (`05:00:60`). A required call time must
/// never vanish without a finding: either it is rejected (`invalid-value` at
/// the value) or it is used (then this 13-hour day is a `long-day`). Today it
/// is silently dropped and the run is clean.
#[test]
fn leap_second_call_time_is_not_silently_dropped() {
    let prod = Prod::new();
    let schedule =
        "[[day]]\ndate = 2027-03-01\nkind = \"rehearsal\"\ncrew_call = 05:00:60\nwrap = 18:00\n";
    prod.write("schedule.toml", schedule);
    let run = prod.json();
    let diags = run.diags();
    let rejected = diags.iter().any(|d| {
        d.rule == "invalid-value"
            && d.field.as_deref() == Some("day.crew_call")
            && (d.line, d.column) == pos(schedule, "05:00:60")
    });
    let used = diags.iter().any(|d| d.rule == "long-day");
    assert!(
        rejected || used,
        "crew_call = 05:00:60 vanished without a finding: {diags:#?}"
    );
}

/// Pages are u64 eighths; a day's total must not overflow (debug builds
/// panic with "attempt to add with overflow", release builds wrap around and
/// miss the overfull day).
#[test]
fn huge_page_counts_do_not_overflow() {
    let prod = Prod::new();
    let scene = |n: u32| {
        format!(
            "[[scene]]\nnumber = \"{n}\"\nint_ext = \"INT\"\ntime = \"DAY\"\nset = \"S\"\npages = \"2305843009213693951\"\n\n"
        )
    };
    prod.write("scenes.toml", format!("{}{}", scene(1), scene(2)));
    prod.write(
        "schedule.toml",
        "[[day]]\ndate = 2027-03-01\ncrew_call = 07:00\nwrap = 18:00\nscenes = [\"1\", \"2\"]\n",
    );
    let run = prod.json();
    run.assert_code(0); // overfull-day is a warning
    let diags = run.diags();
    assert!(diags.iter().any(|d| d.rule == "overfull-day"), "{diags:#?}");
}

/// `number` values (hours) are exact decimals up to ~7.9e28; turning them
/// into a duration must not overflow (today: "Multiplication overflowed"
/// panic in rust_decimal, from `check::context::hours`).
#[test]
fn huge_hour_limits_do_not_overflow() {
    for (root, cast, code, rule) in [
        (
            format!("{ROOT}[rules]\nmax_day_hours = 7e28\n"),
            "",
            0,
            None,
        ),
        (
            format!("{ROOT}[rules]\ncast_turnaround_hours = 7e28\n"),
            "",
            1,
            Some("turnaround"),
        ),
        (ROOT.to_owned(), "max_hours = 7e28\n", 0, None),
        (
            format!("{ROOT}[rules]\nminor_max_hours = 7e28\n"),
            "minor = true\n",
            0,
            None,
        ),
    ] {
        let prod = Prod::new();
        prod.write("prodcoord.toml", &root);
        prod.write("cast.toml", format!("{CAST_HEAD}{cast}"));
        prod.write(
            "schedule.toml",
            "[[day]]\ndate = 2027-03-01\nkind = \"rehearsal\"\ncrew_call = 07:00\nwrap = 18:00\ncast = [\"elena\"]\n\n[[day]]\ndate = 2027-03-02\nkind = \"rehearsal\"\ncrew_call = 07:00\nwrap = 18:00\ncast = [\"elena\"]\n",
        );
        let run = prod.json();
        run.assert_code(code);
        if let Some(rule) = rule {
            assert!(
                run.diags().iter().any(|d| d.rule == rule),
                "{rule} expected:\n{}",
                run.stdout
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Encoding.

fn non_utf8_cast() -> Vec<u8> {
    let mut bytes = b"[[cast]]\nid = \"elena\"\nname = \"".to_vec();
    bytes.extend_from_slice(b"Elena \xff\xfe Marques\"\ncharacter = \"ELENA\"\n");
    bytes
}

#[test]
fn non_utf8_bytes_are_syntax_and_other_files_are_still_checked() {
    let prod = Prod::new();
    prod.write("cast.toml", non_utf8_cast());
    prod.write("crew.toml", CREW_WITH_TYPO);
    let run = prod.json();
    run.assert_code(1);
    let diags = run.diags();
    // `name = "Elena ` is 14 characters: the bad byte is column 15 of line 3
    find(&diags, "syntax", "cast.toml", (3, 15));
    assert_eq!(rules_in(&diags, "cast.toml"), ["syntax"]);
    assert_crew_typo_reported(&diags);
    prod.run(&["check", "--format", "github"]).assert_code(1);
}

/// The default output format must not panic on a file that is not UTF-8
/// (the finding's span ends inside the U+FFFD that replaced the bad byte).
#[test]
fn non_utf8_bytes_human_output_does_not_panic() {
    for bytes in [
        non_utf8_cast(),
        b"\xff".to_vec(),
        b"name = \"abc\xe2\x82".to_vec(),
    ] {
        let prod = Prod::new();
        prod.write("cast.toml", &bytes);
        let run = prod.human();
        run.assert_code(1);
        assert!(run.stdout.contains("cast.toml:"), "{}", run.stdout);
    }
}

#[test]
fn byte_order_mark_is_accepted_and_does_not_shift_columns() {
    let prod = Prod::new();
    prod.write("cast.toml", format!("\u{feff}{CAST_HEAD}"));
    prod.write("prodcoord.toml", format!("\u{feff}{ROOT}"));
    let run = prod.json();
    run.assert_code(0);
    assert!(run.diags().is_empty());

    let cast = format!("{CAST_HEAD}agnet = \"x\"\n");
    prod.write("cast.toml", format!("\u{feff}{cast}"));
    let run = prod.json();
    run.assert_code(1);
    let diags = run.diags();
    assert_eq!(diags.len(), 1, "{diags:#?}");
    find(&diags, "unknown-field", "cast.toml", pos(&cast, "agnet"));
}

// ---------------------------------------------------------------------------
// Size and shape.

#[test]
fn empty_data_files_are_fine() {
    let prod = Prod::new();
    for name in [
        "cast",
        "crew",
        "locations",
        "scenes",
        "schedule",
        "budget",
        "expenses",
    ] {
        prod.write(&format!("{name}.toml"), "");
        prod.write(&format!("{name}/empty.toml"), "");
        prod.write(&format!("{name}/comments.toml"), "# nothing yet\n\n");
    }
    let run = prod.json();
    run.assert_code(0);
    assert!(run.diags().is_empty());
    prod.human().assert_code(0);
}

#[test]
fn empty_root_file_is_missing_production_not_a_crash() {
    let prod = Prod::new();
    prod.write("prodcoord.toml", "");
    let run = prod.json();
    run.assert_code(1);
    let diags = run.diags();
    let d = find(&diags, "missing-field", "prodcoord.toml", (1, 1));
    assert_eq!(d.field.as_deref(), Some("production"));
    prod.human().assert_code(1);
}

#[test]
fn very_large_file_works() {
    let prod = Prod::new();
    prod.write(
        "budget.toml",
        "[[account]]\ncode = \"9000\"\nname = \"Misc\"\ngroup = \"other\"\n\n[[line]]\nid = \"misc\"\naccount = \"9000\"\ndescription = \"Everything\"\nrate = 1000000000\n",
    );
    let mut expenses = String::with_capacity(3_000_000);
    for i in 0..20_000 {
        expenses.push_str(&format!(
            "[[expense]]\ndate = 2027-03-{:02}\namount = {}.{:02}\nline = \"misc\"\nvendor = \"Vendor number {i} of the production\"\nreference = \"INV-{i:08}\"\n\n",
            i % 28 + 1,
            i,
            i % 100
        ));
    }
    // one typo at the very end, to see that positions hold deep in the file
    expenses
        .push_str("[[expense]]\ndate = 2027-03-01\namount = 1\nline = \"misc\"\nvendr = \"x\"\n");
    assert!(expenses.len() > 2_000_000);
    prod.write("expenses.toml", &expenses);
    let run = prod.json();
    run.assert_code(1);
    let diags = run.diags();
    assert_eq!(diags.len(), 1, "{:#?}", &diags[..diags.len().min(5)]);
    find(
        &diags,
        "unknown-field",
        "expenses.toml",
        pos(&expenses, "vendr"),
    );
}

#[test]
fn very_long_line_is_cut_in_human_output() {
    let prod = Prod::new();
    let reason = "x".repeat(1_000_000);
    let cast = format!(
        "{CAST_HEAD}unavailable = [{{ from = 2027-03-01, reason = \"{reason}\", untill = 2027-03-02 }}]\n"
    );
    prod.write("cast.toml", &cast);
    let run = prod.json();
    run.assert_code(1);
    let diags = run.diags();
    let d = find(&diags, "unknown-field", "cast.toml", pos(&cast, "untill"));
    assert_eq!(d.field.as_deref(), Some("cast.unavailable.untill"));
    let human = prod.human();
    human.assert_code(1);
    assert!(
        human.stdout.len() < 5_000,
        "the 1 MB line is cut: {} bytes of output",
        human.stdout.len()
    );
    assert!(human.stdout.contains("untill"), "{}", human.stdout);
}

fn assert_deep_nesting_handled(prod: &Prod, file: &str) {
    let run = prod.json();
    run.assert_code(1);
    let diags = run.diags();
    assert!(!diags.is_empty());
    for d in &diags {
        assert_eq!(d.file, file, "{d:?}");
        assert!(
            ["syntax", "unknown-field", "invalid-value"].contains(&d.rule.as_str()),
            "{d:?}"
        );
        assert!(d.line >= 1 && d.column >= 1);
    }
    prod.human().assert_code(1);
}

#[test]
fn deeply_nested_arrays_do_not_overflow_the_stack() {
    let prod = Prod::new();
    let depth = 100_000;
    prod.write(
        "cast.toml",
        format!("a = {}{}\n", "[".repeat(depth), "]".repeat(depth)),
    );
    assert_deep_nesting_handled(&prod, "cast.toml");
    // the same inside an entry, where the loader reads the value
    prod.write(
        "cast.toml",
        format!(
            "{CAST_HEAD}unavailable = {}{}\n",
            "[".repeat(depth),
            "]".repeat(depth)
        ),
    );
    assert_deep_nesting_handled(&prod, "cast.toml");
}

#[test]
fn moderately_nested_arrays_within_the_parser_limit_are_invalid_value() {
    let prod = Prod::new();
    let cast = format!(
        "{CAST_HEAD}unavailable = {}{}\n",
        "[".repeat(40),
        "]".repeat(40)
    );
    prod.write("cast.toml", &cast);
    let run = prod.json();
    run.assert_code(1);
    let diags = run.diags();
    assert_eq!(diags.len(), 1, "{diags:#?}");
    let d = &diags[0];
    assert_eq!(
        (d.rule.as_str(), d.field.as_deref()),
        ("invalid-value", Some("cast.unavailable"))
    );
}

#[test]
fn deeply_nested_inline_tables_do_not_overflow_the_stack() {
    let prod = Prod::new();
    let depth = 5_000;
    prod.write(
        "cast.toml",
        format!("a = {}1{}\n", "{ b = ".repeat(depth), " }".repeat(depth)),
    );
    assert_deep_nesting_handled(&prod, "cast.toml");
    prod.write(
        "cast.toml",
        format!(
            "{CAST_HEAD}unavailable = [{}1{}]\n",
            "{ from = ".repeat(depth),
            " }".repeat(depth)
        ),
    );
    assert_deep_nesting_handled(&prod, "cast.toml");
}

#[test]
fn deeply_dotted_keys_and_headers_do_not_overflow_the_stack() {
    let prod = Prod::new();
    let depth = 100_000;
    prod.write("cast.toml", format!("a{} = 1\n", ".b".repeat(depth)));
    assert_deep_nesting_handled(&prod, "cast.toml");
    prod.write("cast.toml", format!("[a{}]\nc = 1\n", ".b".repeat(depth)));
    assert_deep_nesting_handled(&prod, "cast.toml");
    prod.write(
        "cast.toml",
        format!("{CAST_HEAD}x{} = 1\n", ".b".repeat(depth)),
    );
    assert_deep_nesting_handled(&prod, "cast.toml");
}

// ---------------------------------------------------------------------------
// Folders, links and permissions.

const SCENE_ONE: &str = "[[scene]]\nnumber = \"1\"\nint_ext = \"INT\"\ntime = \"DAY\"\nset = \"LAMP ROOM\"\npages = \"1 3/8\"\n";

#[cfg(unix)]
#[test]
fn symlink_loop_inside_a_kind_folder_ends_quietly() {
    use std::os::unix::fs::symlink;
    let prod = Prod::new();
    prod.write("scenes/ep1/one.toml", SCENE_ONE);
    // scenes/ep1/up -> .. is scenes/ itself; scenes/self -> self is ELOOP
    symlink("..", prod.path().join("scenes/ep1/up")).expect("symlink");
    symlink("self", prod.path().join("scenes/self")).expect("symlink");
    symlink("ep1", prod.path().join("scenes/again")).expect("symlink");
    let run = prod.json();
    run.assert_code(0);
    let diags = run.diags();
    assert!(
        diags.is_empty(),
        "scene 1 read once (no duplicate-id): {diags:#?}"
    );
}

/// The brief's case: `scenes/loop -> ..` leads to the production root, whose
/// own files (prodcoord.toml, cast.toml, ...) are then read a second time as
/// if they were scene files. Expected: the loop ends quietly, files read once.
#[cfg(unix)]
#[test]
fn symlink_to_the_production_root_ends_quietly() {
    use std::os::unix::fs::symlink;
    let prod = Prod::new();
    prod.write("scenes/one.toml", SCENE_ONE);
    prod.write("cast.toml", CAST_HEAD);
    symlink("..", prod.path().join("scenes/loop")).expect("symlink");
    symlink("self", prod.path().join("scenes/self")).expect("symlink");
    let run = prod.json();
    let diags = run.diags();
    assert!(
        diags.is_empty(),
        "files are read once; nothing reported under scenes/loop/: {diags:#?}"
    );
    run.assert_code(0);
}

#[test]
fn folder_where_a_file_should_be_exits_2_naming_it() {
    let prod = Prod::new();
    std::fs::create_dir(prod.path().join("cast.toml")).expect("mkdir");
    let run = prod.run(&["check"]);
    run.assert_code(2);
    assert!(run.stderr.contains("cast.toml"), "{}", run.stderr);
    let run = prod.json();
    run.assert_code(2);
    assert!(run.stderr.contains("cast.toml"), "{}", run.stderr);
}

#[test]
fn root_file_that_is_a_folder_exits_2_naming_it() {
    let prod = Prod::bare();
    std::fs::create_dir(prod.path().join("prodcoord.toml")).expect("mkdir");
    let run = prod.run(&["check"]);
    run.assert_code(2);
    assert!(run.stderr.contains("prodcoord.toml"), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn unreadable_file_exits_2_naming_it() {
    use std::os::unix::fs::PermissionsExt;
    let prod = Prod::new();
    let path = prod.write("cast.toml", CAST_HEAD);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read(&path).is_ok() {
        eprintln!(
            "note: running as root (chmod 000 does not stop reading); skipping the unreadable-file assertion"
        );
        let run = prod.json();
        run.assert_code(0);
        return;
    }
    let run = prod.run(&["check"]);
    run.assert_code(2);
    assert!(run.stderr.contains("cast.toml"), "{}", run.stderr);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod back");
}

#[cfg(unix)]
#[test]
fn unreadable_kind_folder_exits_2_naming_it() {
    use std::os::unix::fs::PermissionsExt;
    let prod = Prod::new();
    prod.write("scenes/one.toml", SCENE_ONE);
    let dir = prod.path().join("scenes");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let readable = std::fs::read_dir(&dir).is_ok();
    let run = prod.run(&["check"]);
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).expect("chmod back");
    if readable {
        eprintln!(
            "note: running as root (chmod 000 does not stop reading); skipping the unreadable-folder assertion"
        );
        run.assert_code(0);
        return;
    }
    run.assert_code(2);
    assert!(run.stderr.contains("scenes"), "{}", run.stderr);
}

#[test]
fn no_production_root_with_project_exits_2_and_suggests_init() {
    let empty = Prod::bare();
    let dir = empty.path().to_str().expect("utf-8").to_owned();
    let run = run_in(None, &["--project", &dir, "check"]);
    run.assert_code(2);
    assert!(
        run.stderr.contains(&dir),
        "names the folder searched: {}",
        run.stderr
    );
    assert!(run.stderr.contains("prodcoord init"), "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    // the same for a folder that does not exist
    let missing = format!("{dir}/does-not-exist");
    let run = run_in(None, &["--project", &missing, "check", "--format", "json"]);
    run.assert_code(2);
    assert!(run.stderr.contains(&missing), "{}", run.stderr);
}

#[test]
fn no_production_root_above_the_current_folder_exits_2() {
    let empty = Prod::bare();
    let cwd = empty.path().join("deep/er");
    std::fs::create_dir_all(&cwd).expect("mkdir");
    if cwd.ancestors().any(|a| a.join("prodcoord.toml").exists()) {
        eprintln!("note: a prodcoord.toml exists above the temp dir; skipping");
        return;
    }
    let run = run_in(Some(&cwd), &["check"]);
    run.assert_code(2);
    let canonical = cwd.canonicalize().expect("canonical");
    assert!(
        run.stderr.contains(cwd.to_str().expect("utf-8"))
            || run.stderr.contains(canonical.to_str().expect("utf-8")),
        "names the folder searched: {}",
        run.stderr
    );
    assert!(run.stderr.contains("prodcoord init"), "{}", run.stderr);
}

#[test]
fn production_root_is_found_from_a_subfolder() {
    let prod = Prod::new();
    prod.write("scenes/ep1/one.toml", SCENE_ONE);
    let run = run_in(
        Some(&prod.path().join("scenes/ep1")),
        &["check", "--format", "json"],
    );
    run.assert_code(0);
}

#[test]
fn editor_droppings_are_ignored() {
    let prod = Prod::new();
    prod.write("scenes/one.toml", SCENE_ONE);
    let junk = "this is [[not TOML at all\n\u{0}";
    for name in [
        "scenes/.#scenes.toml",
        "scenes/.hidden.toml",
        "scenes/notes.txt",
        "scenes/one.toml~",
        "scenes/#one.toml#",
        "scenes/.one.toml.swp",
        "scenes/one.toml.orig",
        "scenes/.git/config.toml",
        "scenes/ep2/.DS_Store",
    ] {
        prod.write(name, junk);
    }
    let run = prod.json();
    run.assert_code(0);
    assert!(run.diags().is_empty());
}

// ---------------------------------------------------------------------------
// Pipes and other commands.

fn many_findings() -> Prod {
    let prod = Prod::new();
    let mut cast = String::new();
    for i in 0..5_000 {
        cast.push_str(&format!(
            "[[cast]]\nid = \"p{i}\"\nname = \"P\"\ncharacter = \"C\"\nagnet = \"typo {i}\"\n\n"
        ));
    }
    prod.write("cast.toml", cast);
    prod
}

#[test]
fn broken_pipe_exits_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let prod = many_findings();
    for format in ["human", "json", "github"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_prodcoord"))
            .args([
                "--project",
                prod.path().to_str().expect("utf-8"),
                "--color",
                "never",
                "check",
                "--format",
                format,
            ])
            .env_remove("RUST_BACKTRACE")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let mut stdout = child.stdout.take().expect("stdout");
        let mut first = [0u8; 16];
        stdout.read_exact(&mut first).expect("some output");
        drop(stdout);
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{format}: {stderr}");
        assert_ne!(out.status.code(), Some(101), "{format}: {stderr}");
        assert!(
            out.status.code().is_some(),
            "{format}: killed by a signal: {:?}",
            out.status
        );
        assert!(
            !stderr.to_lowercase().contains("broken pipe"),
            "{format}: exits quietly, without an error message: {stderr}"
        );
    }
}

#[test]
fn init_twice_refuses_and_changes_nothing() {
    let parent = Prod::bare();
    let dir = parent.path().join("the-lighthouse-keeper");
    let dir_s = dir.to_str().expect("utf-8").to_owned();
    run_in(None, &["init", &dir_s]).assert_code(0);
    let snapshot = |dir: &Path| {
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
            .expect("read dir")
            .map(|e| {
                let e = e.expect("entry");
                (
                    e.file_name().to_string_lossy().into_owned(),
                    std::fs::read(e.path()).expect("read"),
                )
            })
            .collect();
        files.sort();
        files
    };
    let before = snapshot(&dir);
    assert!(before.iter().any(|(n, _)| n == "prodcoord.toml"));
    // a fresh production checks clean
    run_in(None, &["--project", &dir_s, "check"]).assert_code(0);
    // the user edits a file; a second init must keep it
    std::fs::write(dir.join("cast.toml"), CAST_HEAD).expect("edit");
    let before = snapshot(&dir);
    let run = run_in(None, &["init", &dir_s]);
    run.assert_code(2);
    assert!(run.stderr.contains("prodcoord.toml"), "{}", run.stderr);
    assert_eq!(snapshot(&dir), before, "second init changed files");
}

#[test]
fn unknown_format_exits_2() {
    let prod = Prod::new();
    let run = prod.run(&["check", "--format", "nonsense"]);
    run.assert_code(2);
    assert!(run.stderr.contains("nonsense"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
    prod.run(&["check", "--deny", "everything"]).assert_code(2);
    prod.run(&["check", "--no-such-flag"]).assert_code(2);
    prod.run(&["--color", "sometimes", "check"]).assert_code(2);
}
