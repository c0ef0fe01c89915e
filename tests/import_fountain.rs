//! Fountain syntax corners (fountain.io 1.1), through the library: which
//! lines are scene headings and character cues, numbering, times of day,
//! joint cues, boneyard, notes, title page, and the page estimate.

use prodcoord::import::script::Element;
use prodcoord::import::{Breakdown, Format, fountain, pages, read};
use prodcoord::model::{IntExt, Pages, TimeOfDay};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn breakdown(name: &str) -> Breakdown {
    read(Format::Fountain, &fixture(name)).expect("Fountain never fails")
}

/// `(number, int_ext, set, time)` of every scene.
fn headings(b: &Breakdown) -> Vec<(String, IntExt, String, TimeOfDay)> {
    b.scenes
        .iter()
        .map(|s| (s.number.clone(), s.int_ext, s.set.clone(), s.time))
        .collect()
}

fn row(n: &str, ie: IntExt, set: &str, time: TimeOfDay) -> (String, IntExt, String, TimeOfDay) {
    (n.to_string(), ie, set.to_string(), time)
}

#[test]
fn scene_headings_and_lines_that_only_look_like_them() {
    use IntExt::{Ext, Int};
    use TimeOfDay::*;
    let b = breakdown("corners/headings.fountain");
    assert_eq!(
        headings(&b),
        vec![
            row("1", Int, "HOUSE", Day),
            row("2", Int, "KITCHEN", Day),
            row("3", Ext, "GARDEN", Night),
            row("4", Ext, "LISBON", Dusk),
            row("5", IntExt::IntExt, "CAR - MOVING", Day),
            row("6", IntExt::IntExt, "CAR", Day),
            row("7", IntExt::IntExt, "TRUCK", Dusk),
            row("8", IntExt::IntExt, "VAN", Dusk),
            row("9", Int, "SNIPER SCOPE POV", Dusk),
            row("10", Ext, "BEACH", Night),
            row("40", Int, "OMITTED", Night),
        ]
    );
    // only the forced heading without a prefix is a guess
    let guessed: Vec<&str> = b
        .scenes
        .iter()
        .filter(|s| s.int_ext_guessed)
        .map(|s| s.number.as_str())
        .collect();
    assert_eq!(guessed, ["9"]);
    assert!(
        b.notes
            .iter()
            .any(|n| n.contains("SNIPER SCOPE POV") && n.contains("a guess"))
    );
    assert!(b.scenes[10].omitted);
    assert_eq!(b.scenes[10].number, "40");
}

#[test]
fn ellipsis_and_heading_lookalikes_stay_action() {
    let script = fountain::parse(&fixture("corners/headings.fountain"));
    let actions: Vec<String> = script
        .scenes
        .iter()
        .flat_map(|s| &s.body)
        .filter_map(|e| match e {
            Element::Action(lines) => Some(lines.join("\n")),
            _ => None,
        })
        .collect();
    for text in [
        "INTERIOR DESIGN IS MY PASSION.",
        "Exterior shots are lovely this time of year.",
        "...and then nothing happened. An ellipsis is not a forced heading.",
        "..TWO DOTS ARE NOT A HEADING EITHER",
        "She reads the sign:\nINT. PRIVATE - NO ENTRY",
    ] {
        assert!(actions.iter().any(|a| a == text), "{text:?} is action");
    }
}

#[test]
fn character_cues() {
    let b = breakdown("corners/characters.fountain");
    assert_eq!(
        b.scenes[0].speakers,
        ["R2D2", "C-3PO", "LUKE", "HANS", "McCLANE", "BRICK", "STEEL"]
    );
    let script = fountain::parse(&fixture("corners/characters.fountain"));
    let body = &script.scenes[0].body;
    assert!(
        body.iter().any(|e| matches!(e,
            Element::DualDialogue(l, r) if l.name == "BRICK" && r.name == "STEEL")),
        "BRICK and STEEL ^ are dual dialogue"
    );
    assert!(body.iter().any(|e| matches!(e,
        Element::Action(lines) if lines == &["THE DOOR BURSTS OPEN"])));
    assert!(body.iter().any(|e| matches!(e,
        Element::Action(lines) if lines[0] == "23")));
    assert!(body.iter().any(|e| matches!(e,
        Element::Transition(t) if t == "CUT TO:")));
    let cues: Vec<&str> = body
        .iter()
        .filter_map(|e| match e {
            Element::Dialogue(d) => Some(d.cue.as_str()),
            _ => None,
        })
        .collect();
    assert!(cues.contains(&"C-3PO (O.S.)"));
    assert!(cues.contains(&"LUKE (CONT'D)"));
}

#[test]
fn joint_cues_stand_for_the_parts_that_speak_alone() {
    let b = breakdown("corners/characters.fountain");
    assert_eq!(
        b.scenes[1].speakers,
        [
            "EDWARD",
            "WILL",
            "ROSENCRANTZ & GUILDENSTERN",
            "CLYDE",
            "MOM"
        ]
    );
    assert!(
        b.notes
            .iter()
            .any(|n| n.contains("BONNIE & CLYDE") && n.contains("BONNIE never speaks alone")),
        "{:?}",
        b.notes
    );
}

#[test]
fn forced_action_is_not_dialogue() {
    let script = fountain::parse(&fixture("corners/characters.fountain"));
    let last = script.scenes[1].body.last().expect("an element");
    assert_eq!(
        last,
        &Element::Action(vec![
            "SHOUTING".into(),
            "This is forced action, not dialogue.".into()
        ])
    );
}

#[test]
fn numbering_counts_up_and_skips_numbers_the_script_uses() {
    let b = breakdown("corners/numbering.fountain");
    let numbers: Vec<&str> = b.scenes.iter().map(|s| s.number.as_str()).collect();
    assert_eq!(
        numbers,
        ["1", "3", "4", "6", "12A", "13", "5", "7", "A12", "14"]
    );
    let numbered: Vec<bool> = b.scenes.iter().map(|s| s.numbered).collect();
    assert_eq!(
        numbered,
        [
            false, true, false, false, true, false, true, false, true, false
        ]
    );
    assert!(b.duplicate_numbers.is_empty());
}

#[test]
fn duplicate_numbers_are_reported() {
    let b = read(
        Format::Fountain,
        "INT. A - DAY #4#\n\nINT. B - DAY #4#\n\nINT. C - DAY\n",
    )
    .expect("reads");
    assert_eq!(b.duplicate_numbers, ["4"]);
    assert_eq!(b.scenes[2].number, "5");
}

#[test]
fn time_of_day_rules() {
    use TimeOfDay::*;
    let b = breakdown("corners/times.fountain");
    let times: Vec<(&str, TimeOfDay)> = b.scenes.iter().map(|s| (s.set.as_str(), s.time)).collect();
    assert_eq!(
        times,
        [
            ("ROOM", Day),
            ("ROOF", Night),
            ("ROOM", Night),
            ("ROOM", Night),
            ("FIELD", Dawn),
            ("FIELD", Day),
            ("FIELD", Day),
            ("FIELD", Dusk),
            ("FIELD", Night),
            ("FIELD", Dawn),
            ("STREET", Dawn),
            ("QUINTA - BALLROOM (1979)", Dawn),
            ("HALL", Dawn),
            ("PIER", Day),
            ("PIER", Dusk),
            ("OFFICE", Night),
        ]
    );
    let stated: Vec<bool> = b.scenes.iter().map(|s| s.time_stated).collect();
    assert!(!stated[0]);
    assert!(stated[1]);
}

#[test]
fn boneyard_notes_title_page_sections_and_page_breaks() {
    let b = breakdown("corners/syntax.fountain");
    assert_eq!(b.title.as_deref(), Some("BRICK & STEEL FULL RETIRED"));
    let sets: Vec<&str> = b.scenes.iter().map(|s| s.set.as_str()).collect();
    assert_eq!(
        sets,
        ["GARAGE", "ROAD"],
        "the boneyard scene does not count"
    );
    assert_eq!(b.scenes[0].speakers, ["BRICK", "STEEL"]);
    assert_eq!(
        b.scenes[0].synopsis.as_deref(),
        Some("Brick and Steel get in the car.")
    );
    assert_eq!(b.before_first_heading, [("NARRATOR".to_string(), 13)]);
    assert_eq!(b.characters, ["BRICK", "STEEL"], "NARRATOR is in no scene");

    let script = fountain::parse(&fixture("corners/syntax.fountain"));
    let garage = &script.scenes[0];
    let texts: Vec<String> = garage
        .body
        .iter()
        .map(|e| match e {
            Element::Dialogue(d) => format!("{}: {:?}", d.name, d.speech),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(
        texts,
        [
            "BRICK: [Words(\"This is everybody we've ever put away.\")]",
            "STEEL: [Words(\"So much for retirement!\")]",
            "Centered([\"THE END\"])",
        ]
    );
    // heading 2 lines, BRICK 1+2 (+1), STEEL 1+1 (+1), THE END 1 (+1): 11 lines
    assert_eq!(pages::scene_lines(&garage.heading, &garage.body), 11);
    assert_eq!(b.scenes[0].pages, Pages(2));
}

#[test]
fn a_scene_of_exactly_55_lines_is_one_page() {
    // heading (with the blank line above it) 2 lines, one action paragraph
    // of 52 short lines (with its blank line) 53: 55 lines
    let action: Vec<String> = (1..=52).map(|i| format!("Line {i}.")).collect();
    let text = format!("INT. ROOM - DAY\n\n{}\n", action.join("\n"));
    let script = fountain::parse(&text);
    let scene = &script.scenes[0];
    assert_eq!(pages::scene_lines(&scene.heading, &scene.body), 55);
    let b = read(Format::Fountain, &text).expect("reads");
    assert_eq!(b.scenes[0].pages, Pages(8));
    assert_eq!(b.scenes[0].pages.to_string(), "1");
}

#[test]
fn pages_follow_the_layout() {
    // a long line of action wraps at 61 characters, dialogue at 35,
    // parentheticals at 25
    let action = "word ".repeat(30); // 150 characters: 3 lines of action
    let speech = "word ".repeat(14); // 70 characters: 2 lines of dialogue
    let text = format!(
        "INT. ROOM - DAY\n\n{action}\n\nBOB\n(quietly, with a long parenthetical)\n{speech}\n"
    );
    let script = fountain::parse(&text);
    let scene = &script.scenes[0];
    // 2 + (1 + 3) + (1 + cue 1 + parenthetical 2 + dialogue 2)
    assert_eq!(pages::scene_lines(&scene.heading, &scene.body), 12);
}

#[test]
fn the_shortest_scene_is_an_eighth() {
    let b = read(Format::Fountain, "EXT. SEA - NIGHT\n").expect("reads");
    assert_eq!(b.scenes[0].pages, Pages(1));
}

#[test]
fn the_lighthouse_script() {
    let b = breakdown("lighthouse/lighthouse.fountain");
    assert_eq!(b.title.as_deref(), Some("THE LIGHTHOUSE KEEPER"));
    assert_eq!(b.scenes.len(), 9);
    let six = &b.scenes[5];
    assert_eq!(
        (six.int_ext, six.set.as_str(), six.time),
        (
            IntExt::Int,
            "INÊS'S APARTMENT - LIVING ROOM",
            TimeOfDay::Night
        )
    );
    assert_eq!(b.scenes[6].time, TimeOfDay::Night, "CONTINUOUS keeps NIGHT");
    assert_eq!(b.scenes[7].speakers, ["ZÉ", "TOMÁS", "OLD FISHERMAN"]);
    assert_eq!(
        b.characters,
        [
            "TOMÁS",
            "NEWSREADER",
            "CARTEIRO",
            "LEONOR",
            "INÊS",
            "ZÉ",
            "OLD FISHERMAN"
        ]
    );
}
