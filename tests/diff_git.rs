//! `prodcoord diff` over git revisions: real temporary repositories, made
//! with the `git` binary, with several commits.

mod diff_common;

use diff_common::{Repo, fixture, prodcoord_in};
use serde_json::{Value, json};

/// The small production at the top of a new repository, committed.
fn small_repo() -> Repo {
    let repo = Repo::new();
    repo.copy(&fixture("small"), ".");
    repo.commit("The production as first scheduled");
    repo
}

fn scene<'a>(json: &'a Value, list: &str, number: &str) -> &'a Value {
    json["scenes"][list]
        .as_array()
        .expect("a list of scenes")
        .iter()
        .find(|s| s["number"] == number)
        .unwrap_or_else(|| panic!("sc. {number} in scenes.{list}: {json:#}"))
}

fn person<'a>(json: &'a Value, id: &str) -> &'a Value {
    json["people"]
        .as_array()
        .expect("a list of people")
        .iter()
        .find(|p| p["id"] == id)
        .unwrap_or_else(|| panic!("{id} among the people: {json:#}"))
}

fn dates(days: &Value) -> Vec<&str> {
    days.as_array()
        .expect("a list of days")
        .iter()
        .map(|d| d["date"].as_str().expect("a date"))
        .collect()
}

#[test]
fn a_moved_scene_and_a_changed_call_between_two_commits() {
    let repo = small_repo();
    repo.edit(
        "schedule.toml",
        "date = 2027-03-01\ncrew_call = 07:00\nwrap = 18:00\nscenes = [\"1\", \"5\"]",
        "date = 2027-03-01\ncrew_call = 06:30\nwrap = 18:00\nscenes = [\"1\"]",
    );
    repo.edit(
        "schedule.toml",
        "scenes = [\"4\"]",
        "scenes = [\"4\", \"5\"]",
    );
    repo.commit("Sc. 5 to Wednesday; earlier call on Monday");

    let run = repo.prodcoord(".", &["diff", "HEAD~1", "HEAD", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = run.json();
    assert_eq!(json["version"], 1);
    assert_eq!(json["changed"], true);
    let changed = &json["days"]["changed"][0];
    assert_eq!(changed["new"]["date"], "2027-03-01");
    assert_eq!(
        changed["times"],
        json!([{ "what": "crew_call", "old": "07:00", "new": "06:30" }])
    );
    let moved = scene(&json, "changed", "5");
    assert_eq!(dates(&moved["days"]["old"]), ["2027-03-01"]);
    assert_eq!(dates(&moved["days"]["new"]), ["2027-03-03"]);
    // 李小龍 plays in sc. 5 only: Monday lost, Wednesday gained.
    let li = person(&json, "li");
    assert_eq!(dates(&li["gained"]), ["2027-03-03"]);
    assert_eq!(dates(&li["lost"]), ["2027-03-01"]);

    let text = repo.prodcoord(".", &["diff", "HEAD~1", "HEAD"]);
    assert_eq!(text.code, 0);
    for expected in [
        "O Pátio das Cantigas: what changed from HEAD~1 (",
        "Changed: Mon 1 Mar 2027: crew call 07:00 → 06:30",
        "Sc. 5: moved from Mon 1 Mar 2027 to Wed 3 Mar 2027",
        "李小龍 (MESTRE LI, cast no. 3)\n    now works: Wed 3 Mar 2027\n    no longer works: Mon 1 Mar 2027",
    ] {
        assert!(
            text.stdout.contains(expected),
            "{expected}\n{}",
            text.stdout
        );
    }
}

#[test]
fn a_new_day_and_a_removed_crew_member() {
    let repo = small_repo();
    let schedule = repo
        .read("schedule.toml")
        .replace("department_calls = { electric = 12:00 }\n", "")
        + "\n[[day]]\ndate = 2027-03-04\ncrew_call = 08:00\nwrap = 17:00\nscenes = [\"3\"]\n";
    repo.write("schedule.toml", &schedule);
    repo.edit(
        "crew.toml",
        "[[crew]]\nid = \"zoe\"\nname = \"Zoë Ñúñez\"\nrole = \"Gaffer\"\ndepartment = \"electric\"\n\n",
        "",
    );
    repo.commit("Thursday added; the gaffer is gone");

    let json = repo
        .prodcoord(".", &["diff", "HEAD~1", "HEAD", "--format", "json"])
        .json();
    let added = &json["days"]["added"][0];
    assert_eq!(added["date"], "2027-03-04");
    assert_eq!(added["day_number"], 4);
    assert_eq!(added["unit_shoot_days"], 4);
    assert_eq!(
        json["days"]["shoot_days"],
        json!([{ "unit": "main", "old": 3, "new": 4 }])
    );
    let zoe = person(&json, "zoe");
    assert_eq!(zoe["status"], "removed");
    assert_eq!(zoe["role"], "Gaffer");
    assert_eq!(
        dates(&zoe["lost"]),
        ["2027-03-01", "2027-03-02", "2027-03-03"]
    );
    // Everyone else on the main unit now works Thursday.
    assert_eq!(dates(&person(&json, "joana")["gained"]), ["2027-03-04"]);

    let text = repo.prodcoord(".", &["diff", "HEAD~1", "HEAD"]).stdout;
    for expected in [
        "Added: Thu 4 Mar 2027: day 4 of 4; sc. 3; crew call 08:00, wrap 17:00",
        "Shoot days of the main unit: 3 → 4",
        "Zoë Ñúñez (Gaffer, electric): removed from the crew list\n    no longer works: Mon 1 – Wed 3 Mar 2027",
        "Joana Veríssimo (Director, production)\n    now works: Thu 4 Mar 2027",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
}

#[test]
fn a_budget_change() {
    let repo = small_repo();
    repo.edit("budget.toml", "rate = 1000", "rate = 1200");
    repo.commit("Camera re-quoted");
    let json = repo
        .prodcoord(".", &["diff", "HEAD~1", "HEAD", "--format", "json"])
        .json();
    let budget = &json["budget"];
    // Lines 7200 + 3000, 10 % contingency: 11220.00; camera +600 → 11880.00.
    assert_eq!(
        budget["grand_total"],
        json!({ "old": "11220.00", "new": "11880.00", "difference": "660.00" })
    );
    assert_eq!(
        budget["contingency"],
        json!({ "old": "1020.00", "new": "1080.00", "difference": "60.00" })
    );
    assert_eq!(budget["accounts"].as_array().map(Vec::len), Some(1));
    assert_eq!(budget["accounts"][0]["code"], "3300");
    assert_eq!(budget["accounts"][0]["name"], "Câmara");
    assert_eq!(
        budget["accounts"][0]["total"],
        json!({ "old": "3000.00", "new": "3600.00", "difference": "600.00" })
    );
    let text = repo.prodcoord(".", &["diff", "HEAD~1", "HEAD"]).stdout;
    assert!(
        text.contains(
            "Budget (EUR)\n  Grand total: 11,220.00 → 11,880.00 (+660.00)\n  \
             Contingency: 1,020.00 → 1,080.00 (+60.00)\n  3300 Câmara: 3,000.00 → 3,600.00 (+600.00)\n"
        ),
        "{text}"
    );
}

#[test]
fn data_moved_between_files_is_no_change() {
    let repo = small_repo();
    let scenes = repo.read("scenes.toml");
    let (first, rest) = scenes.split_at(scenes.find("[[scene]]\nnumber = \"3\"").expect("sc. 3"));
    repo.write("scenes/ep1.toml", first);
    repo.write("scenes/ep2/part-b.toml", rest);
    repo.remove("scenes.toml");
    let cast = repo.read("cast.toml");
    repo.write("cast/principals.toml", &cast);
    repo.remove("cast.toml");
    repo.commit("One file per episode");
    assert!(repo.path().join("scenes/ep1.toml").exists());

    let run = repo.prodcoord(".", &["diff", "HEAD~1", "HEAD"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .ends_with("\n\nNo changes to the shoot days, scenes, people, locations or budget.\n"),
        "{}",
        run.stdout
    );
    let json = repo
        .prodcoord(".", &["diff", "HEAD~1", "HEAD", "--format", "json"])
        .json();
    assert_eq!(json["changed"], false);
    assert_eq!(json["people"], json!([]));
    assert_eq!(json["budget"], Value::Null);
}

#[test]
fn a_production_in_a_subfolder_of_the_repository() {
    let repo = Repo::new();
    repo.write("README.md", "# Productions of Øresund & Filhos\n");
    repo.copy(&fixture("small"), "films/pátio das cantigas");
    repo.copy(&fixture("small"), "films/other");
    repo.commit("Two productions");
    repo.edit(
        "films/pátio das cantigas/scenes.toml",
        "pages = \"1 2/8\"",
        "pages = \"1 5/8\"",
    );
    // The other production changes too; it must not show.
    repo.edit("films/other/scenes.toml", "pages = \"2\"", "pages = \"3\"");
    repo.commit("Sc. 1 re-paged");

    let expected = "Sc. 1: re-paged 1 2/8 → 1 5/8 pages";
    // From the top of the repository, with --project.
    let run = repo.prodcoord(
        ".",
        &[
            "--project",
            "films/pátio das cantigas",
            "diff",
            "HEAD~1",
            "HEAD",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains(expected), "{}", run.stdout);
    assert!(!run.stdout.contains("Sc. 2"), "{}", run.stdout);
    // From a folder inside the production, found by walking up.
    std::fs::create_dir_all(repo.path().join("films/pátio das cantigas/notes")).expect("folder");
    let run = repo.prodcoord(
        "films/pátio das cantigas/notes",
        &["diff", "HEAD~1", "HEAD"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains(expected), "{}", run.stdout);
    assert!(!run.stdout.contains("Sc. 2"), "{}", run.stdout);
}

#[test]
fn a_revision_before_the_production_existed_makes_everything_added() {
    let repo = Repo::new();
    repo.write("README.md", "Nothing here yet.\n");
    repo.commit("Empty repository");
    repo.copy(&fixture("small"), "pátio");
    repo.commit("The production");

    let run = repo.prodcoord(
        ".",
        &[
            "--project",
            "pátio",
            "diff",
            "HEAD~1",
            "HEAD",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = run.json();
    assert_eq!(json["old"]["exists"], false);
    assert_eq!(json["new"]["exists"], true);
    assert_eq!(json["title"], "O Pátio das Cantigas");
    assert_eq!(json["days"]["added"].as_array().map(Vec::len), Some(4));
    assert_eq!(json["scenes"]["added"].as_array().map(Vec::len), Some(5));
    let people = json["people"].as_array().expect("people");
    assert_eq!(people.len(), 6);
    assert!(people.iter().all(|p| p["status"] == "added"));
    assert_eq!(json["locations"].as_array().map(Vec::len), Some(2));
    assert_eq!(json["budget"]["grand_total"]["old"], "0.00");

    let text = repo.prodcoord(".", &["--project", "pátio", "diff", "HEAD~1", "HEAD"]);
    assert!(
        text.stdout
            .contains("The production does not exist in HEAD~1 (")
            && text.stdout.contains("): everything in it is new."),
        "{}",
        text.stdout
    );

    // And the other way round: everything removed.
    let json = repo
        .prodcoord(
            ".",
            &[
                "--project",
                "pátio",
                "diff",
                "HEAD",
                "HEAD~1",
                "--format",
                "json",
            ],
        )
        .json();
    assert_eq!(json["new"]["exists"], false);
    assert_eq!(json["scenes"]["removed"].as_array().map(Vec::len), Some(5));
}

#[test]
fn the_working_tree_with_uncommitted_and_untracked_changes() {
    let repo = small_repo();
    // Nothing changed yet: exit 0, no changes.
    let run = repo.prodcoord(".", &["diff"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("No changes"), "{}", run.stdout);

    repo.edit("schedule.toml", "crew_call = 14:00", "crew_call = 13:00");
    repo.write(
        "scenes/pickups.toml",
        "[[scene]]\nnumber = \"5A\"\nint_ext = \"INT\"\ntime = \"DAY\"\nset = \"TASCA\"\npages = \"2/8\"\n",
    );
    for args in [&["diff"][..], &["diff", "HEAD"][..]] {
        let run = repo.prodcoord(".", args);
        assert_eq!(run.code, 0, "{}", run.stderr);
        for expected in [
            "what changed from HEAD (",
            ") to the working tree",
            "Changed: Tue 2 Mar 2027: crew call 14:00 → 13:00",
            "Sc. 5A: added: INT. TASCA - DAY, 2/8 pages; not scheduled",
        ] {
            assert!(run.stdout.contains(expected), "{expected}\n{}", run.stdout);
        }
    }
    let json = repo.prodcoord(".", &["diff", "--format", "json"]).json();
    assert_eq!(json["new"]["kind"], "working-tree");
    assert_eq!(json["new"]["commit"], Value::Null);
    assert_eq!(json["old"]["name"], "HEAD");
    assert_eq!(
        json["old"]["commit"].as_str().map(str::len),
        Some(40),
        "{json:#}"
    );
}

#[test]
fn hostile_revisions_are_refused_as_unknown_and_never_run() {
    let repo = small_repo();
    for revision in [
        "--output=x",
        "-p",
        "--",
        "-",
        "HEAD;rm -rf x",
        "$(id)",
        "`id`",
        "HEAD\n--output=x",
        "HEAD:prodcoord.toml",
        "",
    ] {
        for args in [
            vec!["diff", "--", revision],
            vec!["diff", "HEAD", "--", revision],
            vec!["diff", "--", revision, "HEAD"],
        ] {
            let run = repo.prodcoord(".", &args);
            assert_eq!(run.code, 2, "{args:?}: {run:?}");
            assert!(run.stdout.is_empty(), "{args:?}: {run:?}");
            assert!(
                run.stderr.contains("is not a revision of this repository")
                    || run.stderr.contains("an empty revision"),
                "{args:?}: {}",
                run.stderr
            );
            assert!(!repo.path().join("x").exists(), "{args:?} wrote a file");
        }
    }
    let run = repo.prodcoord(".", &["diff", "--", "-p"]);
    assert!(
        run.stderr.contains(
            "`-p` is not a revision of this repository: git knows no branch, tag or commit \
             by that name (it starts with `-` like an option, but prodcoord gives it to git \
             only as a revision)"
        ),
        "{}",
        run.stderr
    );
    // A control character is shown escaped, never sent to the terminal.
    let run = repo.prodcoord(".", &["diff", "--", "HEAD\u{1b}[2J"]);
    assert!(run.stderr.contains("`HEAD\\u{1b}[2J`"), "{}", run.stderr);
    // Without `--`, clap itself refuses the option: exit 2 as well.
    let run = repo.prodcoord(".", &["diff", "--output=x"]);
    assert_eq!(run.code, 2);
    assert!(!repo.path().join("x").exists());
    // A tree is not a commit.
    let run = repo.prodcoord(".", &["diff", "HEAD^{tree}"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("`HEAD^{tree}` names a tree in git, not a commit"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_unknown_revision_exits_2_with_the_reason() {
    let repo = small_repo();
    let run = repo.prodcoord(".", &["diff", "no-such-branch"]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.contains(
            "error: `no-such-branch` is not a revision of this repository: git knows no branch, tag or commit by that name"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("help: `git branch -a`"),
        "{}",
        run.stderr
    );

    let run = repo.prodcoord(".", &["diff", "origin/main", "HEAD"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("git fetch origin"), "{}", run.stderr);

    let run = repo.prodcoord(".", &["diff", "HEAD", "HEAD~5"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("`HEAD~5` is not a revision"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_repository_without_commits_or_without_git() {
    let repo = Repo::new();
    repo.copy(&fixture("small"), ".");
    let run = repo.prodcoord(".", &["diff"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("the repository has no commit yet, so there is no HEAD to compare with"),
        "{}",
        run.stderr
    );

    let plain = tempfile::tempdir().expect("temporary folder");
    diff_common::copy_dir(&fixture("small"), plain.path());
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_prodcoord"));
    command.current_dir(plain.path()).arg("diff");
    diff_common::isolate(&mut command, 0);
    command.env(
        "GIT_CEILING_DIRECTORIES",
        plain.path().parent().expect("a parent"),
    );
    let output = command.output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("is not in a git repository"), "{stderr}");
    assert!(stderr.contains("--old-dir OLD --new-dir NEW"), "{stderr}");
}

#[test]
fn unicode_names_in_every_format() {
    let repo = small_repo();
    repo.edit(
        "schedule.toml",
        "scenes = [\"2\"]",
        "scenes = [\"2\", \"4\"]",
    );
    repo.edit("schedule.toml", "scenes = [\"4\"]", "scenes = []");
    repo.edit("locations.toml", "to = 2027-03-10", "to = 2027-03-12");
    repo.commit("Björn's kitchen scene moves to Tuesday night");

    let text = repo.prodcoord(".", &["diff", "HEAD~1", "HEAD"]).stdout;
    for expected in [
        "Björn Þórsson (BJÖRN, cast no. 2)\n    now works: Tue 2 Mar 2027\n    no longer works: Wed 3 Mar 2027",
        "Sc. 4: moved from Wed 3 Mar 2027 to Tue 2 Mar 2027",
        "Tasca do Chico\n    no longer used: Wed 3 Mar 2027",
        "Pátio do Carrasco, Alfama\n    permit Mon 1 – Wed 10 Mar 2027 → Mon 1 – Fri 12 Mar 2027",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
    let markdown = repo
        .prodcoord(".", &["diff", "HEAD~1", "HEAD", "--format", "markdown"])
        .stdout;
    assert!(
        markdown
            .contains("| Björn Þórsson | BJÖRN, cast no. 2 | Tue 2 Mar 2027 | Wed 3 Mar 2027 |"),
        "{markdown}"
    );
    assert!(
        markdown.starts_with("<!-- prodcoord diff -->\n## O Pátio das Cantigas: what changed\n")
    );
    let json = repo
        .prodcoord(".", &["diff", "HEAD~1", "HEAD", "--format", "json"])
        .json();
    assert_eq!(person(&json, "bjorn")["name"], "Björn Þórsson");
}

#[test]
fn integrity_errors_in_either_version_stop_the_diff() {
    let repo = small_repo();
    repo.edit("cast.toml", "rate = 700", "rate = 700\nunavailible = []");
    repo.commit("A typo");
    let run = repo.prodcoord(".", &["diff", "HEAD~1", "HEAD"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.contains("in the new version, HEAD ("),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("unknown-field"), "{}", run.stderr);
    assert!(run.stderr.contains("cast.toml"), "{}", run.stderr);

    // The broken commit as the old version; the fix in the working tree.
    repo.edit("cast.toml", "rate = 700\nunavailible = []", "rate = 700");
    let run = repo.prodcoord(".", &["diff"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("in the old version, HEAD ("),
        "{}",
        run.stderr
    );

    // Scheduling conflicts alone do not stop it.
    repo.edit("schedule.toml", "crew_call = 10:00", "crew_call = 07:00");
    let run = repo.prodcoord(".", &["diff", "HEAD~1"]);
    assert_eq!(run.code, 0, "{run:?}");
}

#[test]
fn symbolic_links_are_followed_in_a_revision_as_in_a_folder() {
    let repo = small_repo();
    std::fs::create_dir_all(repo.path().join("shared/scenes")).expect("folder");
    std::fs::rename(
        repo.path().join("cast.toml"),
        repo.path().join("shared/cast.toml"),
    )
    .expect("moved");
    std::fs::rename(
        repo.path().join("scenes.toml"),
        repo.path().join("shared/scenes/all.toml"),
    )
    .expect("moved");
    std::os::unix::fs::symlink("shared/cast.toml", repo.path().join("cast.toml")).expect("link");
    std::os::unix::fs::symlink("shared/scenes", repo.path().join("scenes")).expect("link");
    std::os::unix::fs::symlink(".", repo.path().join("shared/scenes/loop")).expect("link");
    repo.commit("Shared files, linked");
    // HEAD, read through git, is the same production as the folder.
    let run = repo.prodcoord(".", &["diff"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("No changes"), "{}", run.stdout);
    // And the same as before the files moved behind links.
    let run = repo.prodcoord(".", &["diff", "HEAD~1", "HEAD"]);
    assert!(run.stdout.contains("No changes"), "{}", run.stdout);
}

#[test]
fn the_example_revision_through_git_matches_the_folders() {
    let repo = Repo::new();
    repo.copy(&diff_common::lighthouse(), "examples/lighthouse");
    repo.commit("The example");
    diff_common::apply_revision(repo.path(), Some("examples/lighthouse"));
    let working = repo.prodcoord(
        ".",
        &[
            "--project",
            "examples/lighthouse",
            "diff",
            "--format",
            "json",
        ],
    );
    assert_eq!(working.code, 0, "{}", working.stderr);
    repo.commit("Blue revision");
    let committed = repo.prodcoord(
        "examples/lighthouse",
        &["diff", "HEAD~1", "HEAD", "--format", "json"],
    );
    let (mut a, mut b) = (working.json(), committed.json());
    for json in [&mut a, &mut b] {
        json["old"] = Value::Null;
        json["new"] = Value::Null;
    }
    assert_eq!(a, b);

    let old = tempfile::tempdir().expect("folder");
    repo.git(&[
        "worktree",
        "add",
        "-q",
        "--detach",
        old.path().join("old").to_str().expect("UTF-8"),
        "HEAD~1",
    ]);
    let folders = prodcoord_in(
        repo.path(),
        &[
            "diff",
            "--old-dir",
            old.path()
                .join("old/examples/lighthouse")
                .to_str()
                .expect("UTF-8"),
            "--new-dir",
            "examples/lighthouse",
            "--format",
            "json",
        ],
    );
    let mut c = folders.json();
    c["old"] = Value::Null;
    c["new"] = Value::Null;
    assert_eq!(b, c);
}
