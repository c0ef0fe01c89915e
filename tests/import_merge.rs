//! `prodcoord import … --write`: the script merged into a production
//! without losing what people wrote by hand (tests/fixtures/import/lighthouse).

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/lighthouse")
}

fn script(name: &str) -> PathBuf {
    fixtures().join(name)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create");
    for entry in std::fs::read_dir(from).expect("read fixture") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// A fresh copy of the fixture production.
fn production() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&fixtures().join("production"), dir.path());
    dir
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn prodcoord(project: &Path, args: &[&str]) -> Run {
    let output = Command::cargo_bin("prodcoord")
        .expect("binary")
        .arg("--project")
        .arg(project)
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

fn import(project: &Path, kind: &str, name: &str, write: bool) -> Run {
    let script = script(name);
    let mut args = vec!["import", kind, script.to_str().expect("UTF-8 path")];
    if write {
        args.push("--write");
    }
    prodcoord(project, &args)
}

fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(path.as_ref()).expect("readable")
}

/// `prodcoord check` finds no integrity error (warnings are fine).
fn assert_checks(project: &Path) {
    let run = prodcoord(project, &["check"]);
    assert_eq!(run.code, 0, "check fails:\n{}", run.stdout);
}

/// Every line of `old` except those numbered in `changed` (1-based) is in
/// `new`, in the same order, byte for byte.
fn assert_kept(old: &str, new: &str, changed: &[usize]) {
    let mut new_lines = new.lines();
    for (i, line) in old.lines().enumerate() {
        if changed.contains(&(i + 1)) {
            continue;
        }
        assert!(
            new_lines.any(|n| n == line),
            "line {} was lost or moved: {line:?}\n--- new file ---\n{new}",
            i + 1
        );
    }
}

#[test]
fn reimporting_the_same_script_changes_nothing() {
    let dir = production();
    let before = read(dir.path().join("scenes.toml"));
    for write in [false, true] {
        let run = import(dir.path(), "fountain", "lighthouse.fountain", write);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stdout.contains("already matches the script"),
            "{}",
            run.stdout
        );
    }
    assert_eq!(read(dir.path().join("scenes.toml")), before);
}

#[test]
fn a_revision_without_write_writes_nothing() {
    let dir = production();
    let scenes = read(dir.path().join("scenes.toml"));
    let cast = read(dir.path().join("cast.toml"));
    let run = import(dir.path(), "fountain", "lighthouse-pink.fountain", false);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("With --write, the production would change (cast.toml, scenes.toml):"),
        "{}",
        run.stdout
    );
    assert_eq!(read(dir.path().join("scenes.toml")), scenes);
    assert_eq!(read(dir.path().join("cast.toml")), cast);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains(".tmp")), "{names:?}");
}

#[test]
fn a_revision_with_write() {
    let dir = production();
    let old_scenes = read(dir.path().join("scenes.toml"));
    let old_cast = read(dir.path().join("cast.toml"));
    let run = import(dir.path(), "fountain", "lighthouse-pink.fountain", true);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let summary = run
        .stdout
        .split_once("\nWrote ")
        .map(|(_, s)| s)
        .expect("a summary of what was written");
    insta::assert_snapshot!("pink_summary", summary);
    assert!(
        run.stderr.contains(
            "warning: pescador (OLD FISHERMAN) is in the cast of sc. 8 but the script no longer mentions OLD FISHERMAN"
        ),
        "{}",
        run.stderr
    );

    let new_scenes = read(dir.path().join("scenes.toml"));
    // sc. 3 pages (line 40), sc. 7 cast (88), sc. 8 pages (98), sc. 9 time,
    // pages and cast (107, 110, 113): every other line is kept byte for
    // byte, comments and hand-written fields included
    assert_kept(&old_scenes, &new_scenes, &[40, 88, 98, 107, 110, 113]);
    assert!(new_scenes.contains("pages = \"6/8\"      # white draft"));
    insta::assert_snapshot!("pink_scenes_toml", new_scenes);

    let new_cast = read(dir.path().join("cast.toml"));
    assert!(
        new_cast.starts_with(&old_cast),
        "cast.toml is only appended to"
    );
    assert_eq!(
        &new_cast[old_cast.len()..],
        "\n[[cast]]\nid = \"comandante-lemos\"\nname = \"TBD\"\ncharacter = \"COMANDANTE LEMOS\"\n"
    );
    assert_checks(dir.path());

    // importing the same revision again changes nothing more
    let again = import(dir.path(), "fountain", "lighthouse-pink.fountain", true);
    assert!(
        again.stdout.contains("already matches the script"),
        "{}",
        again.stdout
    );
    assert_eq!(read(dir.path().join("scenes.toml")), new_scenes);
}

#[test]
fn a_scheduled_scene_that_leaves_the_script_is_not_omitted() {
    let dir = production();
    let schedule = dir.path().join("schedule.toml");
    let text = read(&schedule).replace("scenes = [\"1\", \"2\"]", "scenes = [\"1\", \"2\", \"5\"]");
    std::fs::write(&schedule, text).expect("write");
    let run = import(dir.path(), "fountain", "lighthouse-pink.fountain", true);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "warning: sc. 5 is no longer in the script but is scheduled on 2027-03-01 (main): not marked omitted"
        ),
        "{}",
        run.stderr
    );
    let scenes = read(dir.path().join("scenes.toml"));
    assert_eq!(scenes.matches("omitted = true").count(), 0);
    assert_checks(dir.path());
}

#[test]
fn final_draft_lengths_are_written() {
    let dir = production();
    let run = import(dir.path(), "fdx", "lighthouse.fdx", true);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("re-paged: sc. 1 (1/8 -> 2/8), sc. 2 (4/8 -> 5/8), sc. 6 (5/8 -> 6/8)"),
        "{}",
        run.stdout
    );
    assert_checks(dir.path());
}

#[test]
fn scenes_kept_in_a_folder() {
    let dir = production();
    let root = dir.path();
    let all = read(root.join("scenes.toml"));
    std::fs::remove_file(root.join("scenes.toml")).expect("remove");
    std::fs::create_dir(root.join("scenes")).expect("mkdir");
    let split = all.find("[[scene]]\nnumber = \"5\"").expect("sc. 5");
    let (act1, act2) = all.split_at(split);
    std::fs::write(root.join("scenes/act1.toml"), act1).expect("write");
    // the second act is kept with Windows line endings and a byte-order mark
    let act2_crlf = format!("\u{feff}# ACT TWO\r\n\r\n{}", act2.replace('\n', "\r\n"));
    std::fs::write(root.join("scenes/act2.toml"), &act2_crlf).expect("write");

    let run = import(root, "fountain", "lighthouse-pink.fountain", true);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("scenes added: sc. 4A in scenes/act1.toml; sc. 10 in scenes/act2.toml"),
        "{}",
        run.stdout
    );
    let act1_new = read(root.join("scenes/act1.toml"));
    assert_kept(act1, &act1_new, &[40]);
    assert!(
        act1_new.trim_end().ends_with("[[scene]]\nnumber = \"4A\"\nint_ext = \"EXT\"\ntime = \"DAY\"\nset = \"LIGHTHOUSE - GALLERY\"\npages = \"3/8\"\nsynopsis = \"The Maritime Authority's man comes in person.\"\ncast = [\"comandante-lemos\", \"tomas\"]"),
        "4A is added after sc. 4, at the end of act 1:\n{act1_new}"
    );
    let act2_new = read(root.join("scenes/act2.toml"));
    assert!(act2_new.starts_with("\u{feff}# ACT TWO\r\n"));
    assert!(
        !act2_new.replace("\r\n", "").contains('\n'),
        "CRLF throughout"
    );
    assert!(act2_new.contains("omitted = true\r\n"));
    assert!(act2_new.contains("number = \"10\"\r\n"));
    assert!(!root.join("scenes.toml").exists(), "no scenes.toml is made");
    assert_checks(root);
}

#[test]
fn a_new_production_from_init() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("lighthouse");
    let init = Command::cargo_bin("prodcoord")
        .expect("binary")
        .arg("init")
        .arg(&root)
        .output()
        .expect("runs");
    assert!(init.status.success());
    let template = read(root.join("scenes.toml"));
    let run = import(&root, "fountain", "lighthouse.fountain", true);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let scenes = read(root.join("scenes.toml"));
    assert!(
        scenes.starts_with(&format!("{template}\n[[scene]]\nnumber = \"1\"\n")),
        "the starter comments stay at the top:\n{scenes}"
    );
    assert_eq!(scenes.matches("\n[[scene]]\n").count(), 9);
    let cast = read(root.join("cast.toml"));
    assert_eq!(cast.matches("name = \"TBD\"").count(), 7);
    assert!(cast.contains("id = \"tom-s\"\nname = \"TBD\"\ncharacter = \"TOMÁS\""));
    assert_checks(&root);
}

#[test]
fn ids_never_clash_with_crew_and_omitted_scenes_come_back() {
    let dir = production();
    let root = dir.path();
    let crew = format!(
        "{}\n[[crew]]\nid = \"comandante-lemos\"\nname = \"A crew member with an odd id\"\nrole = \"Driver\"\ndepartment = \"transport\"\n",
        read(root.join("crew.toml"))
    );
    std::fs::write(root.join("crew.toml"), crew).expect("write");
    let scenes = read(root.join("scenes.toml")).replace(
        "cast = [\"ze\", \"tomas\", \"pescador\"]\n",
        "cast = [\"ze\", \"tomas\", \"pescador\"]\nomitted = true\n",
    );
    std::fs::write(root.join("scenes.toml"), scenes).expect("write");
    let run = import(root, "fountain", "lighthouse-pink.fountain", true);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("back in the script (no longer omitted): sc. 8"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(
            "characters added to cast.toml (name = \"TBD\"): comandante-lemos-2 (COMANDANTE LEMOS)"
        ),
        "{}",
        run.stdout
    );
    let scenes = read(root.join("scenes.toml"));
    assert!(!scenes.contains("cast = [\"ze\", \"tomas\", \"pescador\"]\nomitted"));
    assert_checks(root);
}

#[test]
fn a_production_with_integrity_errors_is_refused() {
    let dir = production();
    let root = dir.path();
    let cast = read(root.join("cast.toml")).replace("rate = 1800", "rate = 1800\nunavailible = []");
    std::fs::write(root.join("cast.toml"), cast).expect("write");
    let scenes = read(root.join("scenes.toml"));
    let run = import(root, "fountain", "lighthouse-pink.fountain", true);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("unknown-field"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
    assert_eq!(read(root.join("scenes.toml")), scenes);
}

#[test]
fn the_script_numbers_two_scenes_alike() {
    let dir = production();
    let script = dir.path().join("twice.fountain");
    std::fs::write(&script, "INT. A - DAY #3#\n\nINT. B - DAY #3#\n").expect("write");
    let before = read(dir.path().join("scenes.toml"));
    let run = prodcoord(
        dir.path(),
        &[
            "import",
            "fountain",
            script.to_str().expect("path"),
            "--write",
        ],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("more than one scene 3"),
        "{}",
        run.stderr
    );
    assert_eq!(read(dir.path().join("scenes.toml")), before);
}

#[test]
fn scenes_written_as_an_inline_array() {
    let dir = production();
    let root = dir.path();
    let inline = "# the breakdown as one array\nscene = [\n  { number = \"1\", int_ext = \"EXT\", time = \"DAWN\", set = \"LIGHTHOUSE\", pages = \"1/8\", cast = [\"double-tomas\"] },\n  { number = 2, int_ext = \"INT\", time = \"DAWN\", set = \"LIGHTHOUSE - LAMP ROOM\", pages = 1, cast = [\"tomas\"] },  # integers\n  { number = \"4\", int_ext = \"EXT\", time = \"DAY\", set = \"LIGHTHOUSE - YARD\", pages = \"4/8\", cast = [\"carteiro\", \"tomas\"] },\n]\n";
    std::fs::write(root.join("scenes.toml"), inline).expect("write");
    std::fs::write(root.join("schedule.toml"), "").expect("write");
    let run = import(root, "fountain", "lighthouse.fountain", true);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let scenes = read(root.join("scenes.toml"));
    let lines: Vec<&str> = scenes.lines().collect();
    assert_eq!(lines[0], "# the breakdown as one array");
    assert_eq!(
        lines[3],
        "  { number = 2, int_ext = \"INT\", time = \"DAWN\", set = \"LIGHTHOUSE - LAMP ROOM\", pages = \"4/8\", cast = [\"tomas\"] },  # integers"
    );
    assert!(lines[4].starts_with("  { number = \"3\", "), "{scenes}");
    assert!(lines[5].starts_with("  { number = \"4\", "), "{scenes}");
    assert_eq!(scenes.matches("{ number").count(), 9);
    assert_checks(root);
}

#[test]
fn the_wrong_script_is_not_written() {
    let dir = production();
    let root = dir.path();
    let script = root.join("other.fountain");
    std::fs::write(
        &script,
        "INT. OFFICE - DAY #101#\n\nEXT. PARK - NIGHT #102#\n",
    )
    .expect("write");
    let before = read(root.join("scenes.toml"));
    let path = script.to_str().expect("path");
    let dry = prodcoord(root, &["import", "fountain", path]);
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    assert!(
        dry.stderr.contains(
            "none of the script's 2 scene numbers is in the breakdown, which has 9 scenes"
        ),
        "{}",
        dry.stderr
    );
    let run = prodcoord(root, &["import", "fountain", path, "--write"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    assert_eq!(read(root.join("scenes.toml")), before);
    let empty = root.join("empty.fountain");
    std::fs::write(&empty, "Just some notes, no scenes.\n").expect("write");
    let run = prodcoord(
        root,
        &[
            "import",
            "fountain",
            empty.to_str().expect("path"),
            "--write",
        ],
    );
    assert_eq!(run.code, 2);
    assert_eq!(read(root.join("scenes.toml")), before);
}
