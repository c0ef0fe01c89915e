//! The real-browser test of the HTML call sheet: runs
//! `tests/browser/print-callsheet.sh`, which prints example days to PDF
//! with headless Chromium (on A4 and Letter) and checks the page count and
//! that the scene numbers are in the PDF's text. Skipped, with a note, where
//! `chromium`, `pdfinfo` or `pdftotext` is not installed (Debian:
//! `apt-get install -y chromium poppler-utils`).

use std::path::Path;
use std::process::Command;

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

#[test]
fn chromium_prints_the_call_sheet_on_at_most_two_pages() {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".into());
    let missing: Vec<&str> = [chromium.as_str(), "pdfinfo", "pdftotext"]
        .into_iter()
        .filter(|p| !(on_path(p) || Path::new(p).is_file()))
        .collect();
    if !missing.is_empty() {
        // CI installs them (.ci/run); there, a missing browser is a failure.
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install {} for the real-browser test",
            missing.join(", ")
        );
        eprintln!(
            "SKIPPED: the real-browser call sheet test needs {} (Debian: apt-get install -y chromium poppler-utils)",
            missing.join(", ")
        );
        return;
    }
    let output = Command::new("bash")
        .arg("tests/browser/print-callsheet.sh")
        // A normal day, a night shoot, two locations, a minor's day.
        .args(["2027-03-09", "2027-03-13", "2027-03-22", "2027-03-08"])
        .env("PRODCOORD", env!("CARGO_BIN_EXE_prodcoord"))
        .env("CHROMIUM", &chromium)
        .output()
        .expect("bash runs the script");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    println!("{stdout}");
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert_eq!(stdout.matches("ok: ").count(), 12, "{stdout}");
}
