//! `prodcoord diff --old-dir --new-dir`, without git; snapshots of the
//! three formats on a realistic revision of the example production.

mod diff_common;

use diff_common::{apply_revision, copy_dir, fixture, lighthouse, prodcoord_in};
use serde_json::Value;

/// A folder outside any repository holding `old/` (the example) and
/// `new/` (the example with the 1st AD's revision applied).
fn revision_pair() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    copy_dir(&lighthouse(), &dir.path().join("old"));
    copy_dir(&lighthouse(), &dir.path().join("new"));
    apply_revision(&dir.path().join("new"), None);
    dir
}

/// A folder holding `old/` and `new/`, both the small fixture, with
/// `file` of `new/` rewritten by `edit`.
fn small_pair(file: &str, edit: impl FnOnce(String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    copy_dir(&fixture("small"), &dir.path().join("old"));
    copy_dir(&fixture("small"), &dir.path().join("new"));
    let path = dir.path().join("new").join(file);
    let text = std::fs::read_to_string(&path).expect("readable");
    std::fs::write(&path, edit(text)).expect("written");
    dir
}

fn diff(dir: &std::path::Path, format: &str) -> String {
    let run = prodcoord_in(
        dir,
        &[
            "diff",
            "--old-dir",
            "old",
            "--new-dir",
            "new",
            "--format",
            format,
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    run.stdout
}

#[test]
fn snapshot_text() {
    let pair = revision_pair();
    insta::assert_snapshot!("lighthouse_revision_text", diff(pair.path(), "text"));
}

#[test]
fn snapshot_markdown() {
    let pair = revision_pair();
    insta::assert_snapshot!(
        "lighthouse_revision_markdown",
        diff(pair.path(), "markdown")
    );
}

#[test]
fn snapshot_json() {
    let pair = revision_pair();
    let text = diff(pair.path(), "json");
    let json: Value = serde_json::from_str(&text).expect("one JSON document");
    assert_eq!(json["version"], 1);
    insta::assert_snapshot!("lighthouse_revision_json", text);
}

#[test]
fn the_three_formats_tell_the_same_changes() {
    let pair = revision_pair();
    let json: Value = serde_json::from_str(&diff(pair.path(), "json")).expect("JSON");
    let text = diff(pair.path(), "text");
    let markdown = diff(pair.path(), "markdown");
    for person in json["people"].as_array().expect("people") {
        let name = person["name"].as_str().expect("a name");
        assert!(text.contains(name), "{name} in the text");
        assert!(markdown.contains(name), "{name} in the Markdown");
    }
    for list in ["added", "removed", "changed"] {
        for scene in json["scenes"][list].as_array().expect("scenes") {
            let number = scene["number"].as_str().expect("a number");
            assert!(text.contains(&format!("Sc. {number}: ")), "sc. {number}");
            assert!(markdown.contains(&format!("| {number} | ")), "sc. {number}");
        }
    }
}

#[test]
fn the_same_folder_twice_is_no_change() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let run = prodcoord_in(
        dir.path(),
        &[
            "diff",
            "--old-dir",
            lighthouse().to_str().expect("UTF-8"),
            "--new-dir",
            lighthouse().to_str().expect("UTF-8"),
        ],
    );
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("No changes"), "{}", run.stdout);
}

#[test]
fn folders_need_each_other_and_a_production() {
    let dir = tempfile::tempdir().expect("temporary folder");
    copy_dir(&fixture("small"), &dir.path().join("small"));
    std::fs::create_dir(dir.path().join("empty")).expect("folder");

    let run = prodcoord_in(dir.path(), &["diff", "--old-dir", "small"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--new-dir"), "{}", run.stderr);

    let run = prodcoord_in(
        dir.path(),
        &["diff", "--old-dir", "small", "--new-dir", "small", "HEAD"],
    );
    assert_eq!(run.code, 2, "a revision and folders together");

    let run = prodcoord_in(
        dir.path(),
        &["diff", "--old-dir", "empty", "--new-dir", "small"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "empty: there is no prodcoord.toml in this folder, so it is not a production"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn integrity_errors_in_a_folder_stop_the_diff() {
    let dir = small_pair("schedule.toml", |text| {
        text.replace("scenes = [\"4\"]", "scenes = [\"99\"]")
    });
    let run = prodcoord_in(
        dir.path(),
        &["diff", "--old-dir", "old", "--new-dir", "new"],
    );
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.contains("in the new version, folder new"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("unknown-reference"), "{}", run.stderr);
}

#[test]
fn text_from_the_files_cannot_break_the_markdown_or_the_terminal() {
    let dir = small_pair("crew.toml", |text| {
        text + "\n[[crew]]\nid = \"mallory\"\nname = \"<img src=x> | @here **Mal** \\u001b[31m\"\nrole = \"[click](http://x)\"\ndepartment = \"production\"\n"
    });
    let markdown = prodcoord_in(
        dir.path(),
        &[
            "diff",
            "--old-dir",
            "old",
            "--new-dir",
            "new",
            "--format",
            "markdown",
        ],
    );
    assert_eq!(markdown.code, 0, "{}", markdown.stderr);
    let row = markdown
        .stdout
        .lines()
        .find(|l| l.contains("img"))
        .expect("a row for the new person");
    assert!(
        row.starts_with(
            "| &lt;img src=x&gt; \\| \\@here \\*\\*Mal\\*\\* \u{FFFD}\\[31m | \\[click\\](http://x), production; **new in the crew list** |"
        ),
        "{row}"
    );
    let text = prodcoord_in(
        dir.path(),
        &["diff", "--old-dir", "old", "--new-dir", "new"],
    );
    assert!(!text.stdout.contains('\u{1b}'), "{}", text.stdout);
}

#[test]
fn a_day_that_changes_kind_is_the_same_day() {
    let dir = small_pair("schedule.toml", |text| {
        text.replace(
            "crew_call = 10:00\nwrap = 19:00\nscenes = [\"4\"]",
            "kind = \"rehearsal\"\ncrew_call = 10:00\nwrap = 17:00\ncast = [\"bjorn\", \"li\"]",
        )
    });
    let run = prodcoord_in(
        dir.path(),
        &[
            "diff",
            "--old-dir",
            "old",
            "--new-dir",
            "new",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = run.json();
    let edit = &json["days"]["changed"][0];
    assert_eq!(
        edit["kind"],
        serde_json::json!({ "old": "shoot", "new": "rehearsal" })
    );
    assert_eq!(
        edit["times"],
        serde_json::json!([{ "what": "wrap", "old": "19:00", "new": "17:00" }])
    );
    // Björn still works Wednesday; 李小龍 now does; the crew keep the day.
    let people = json["people"].as_array().expect("people");
    let ids: Vec<&str> = people.iter().filter_map(|p| p["id"].as_str()).collect();
    assert_eq!(ids, ["li"], "{json:#}");
    assert_eq!(people[0]["gained"][0]["kind"], "rehearsal");
    let text = prodcoord_in(
        dir.path(),
        &["diff", "--old-dir", "old", "--new-dir", "new"],
    );
    assert!(
        text.stdout.contains(
            "Changed: Wed 3 Mar 2027: now a rehearsal day (was shoot); wrap 19:00 → 17:00"
        ),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout
            .contains("Sc. 4: taken off the schedule (was on Wed 3 Mar 2027)"),
        "{}",
        text.stdout
    );
}
