//! Property tests: the readers never panic, whatever the input; pages are
//! at least an eighth and never shrink when a scene gets longer.

use prodcoord::import::{Format, fdx, fountain, read};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// `cases` by default; `PROPTEST_CASES=N` runs more (or fewer).
fn config(cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Text made of the pieces Fountain gives meaning to, so that the parser's
/// corners are reached far more often than by random characters.
fn fountain_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "INT. ",
        "EXT ",
        "EST.",
        "INT./EXT. ",
        "I/E ",
        "int. ",
        ".",
        "..",
        "...",
        "@",
        "^",
        "#",
        "#12A#",
        "#",
        "=",
        "===",
        "/*",
        "*/",
        "[[",
        "]]",
        ">",
        "<",
        "!",
        "~",
        "(",
        ")",
        ":",
        "Title:",
        "   ",
        "  ",
        "\t",
        "\n",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        " - ",
        " -- ",
        "NIGHT",
        "DAY",
        "CONTINUOUS",
        "BOB",
        "R2D2",
        " AND ",
        " & ",
        "(V.O.)",
        "(CONT'D)",
        "TO:",
        "É",
        "ß",
        "\u{feff}",
        "小明",
        "word",
        "Word.",
        "*",
        "_",
        "\\",
        "0",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn fountain_never_panics_on_any_text(text in any::<String>()) {
        let b = read(Format::Fountain, &text).expect("Fountain never fails");
        for scene in &b.scenes {
            prop_assert!(scene.pages.0 >= 1);
            prop_assert!(!scene.number.is_empty());
            prop_assert!(!scene.number.chars().any(char::is_whitespace));
        }
    }

    #[test]
    fn fountain_never_panics_on_fountain_like_text(text in fountain_like()) {
        let b = read(Format::Fountain, &text).expect("Fountain never fails");
        let numbers: Vec<&str> = b.scenes.iter().map(|s| s.number.as_str()).collect();
        for scene in &b.scenes {
            prop_assert!(scene.pages.0 >= 1);
            prop_assert!(!scene.number.chars().any(char::is_whitespace));
            // counted numbers never take a number another scene has
            if !scene.numbered {
                prop_assert_eq!(numbers.iter().filter(|n| **n == scene.number).count(), 1);
            }
        }
    }

    #[test]
    fn fdx_never_panics(text in any::<String>(), body in fountain_like()) {
        let _ = fdx::parse(&text);
        let xml = format!(
            "<FinalDraft><Content><Paragraph Type=\"Scene Heading\"><Text>{}</Text></Paragraph>\
             <Paragraph Type=\"Character\"><Text>{}</Text></Paragraph></Content></FinalDraft>",
            escape(&body),
            escape(&body)
        );
        if let Ok(b) = read(Format::Fdx, &xml) {
            for scene in &b.scenes {
                prop_assert!(scene.pages.0 >= 1);
            }
        }
    }

    #[test]
    fn pages_grow_with_action(
        lines in prop::collection::vec("[A-Za-z ,.]{0,140}", 0..60),
        dialogue in prop::collection::vec("[A-Za-z ,.]{1,90}", 0..10),
        extra in "[A-Za-z ,.]{1,200}",
    ) {
        let mut text = String::from("INT. ROOM - DAY\n\n");
        for line in &lines {
            text.push_str(&format!("Action {line}\n\n"));
        }
        for line in &dialogue {
            text.push_str(&format!("BOB\n{line}\n\n"));
        }
        let before = read(Format::Fountain, &text).expect("reads");
        text.push_str(&format!("More {extra}\n"));
        let after = read(Format::Fountain, &text).expect("reads");
        prop_assert_eq!(before.scenes.len(), 1);
        prop_assert!(before.scenes[0].pages.0 >= 1);
        prop_assert!(after.scenes[0].pages >= before.scenes[0].pages);
    }

    #[test]
    fn a_longer_action_line_never_shortens_a_scene(words in 0usize..400, more in 1usize..100) {
        let scene = |n: usize| {
            let text = format!("INT. ROOM - DAY\n\n{}\n", "word ".repeat(n));
            let script = fountain::parse(&text);
            let s = &script.scenes[0];
            prodcoord::import::pages::scene_lines(&s.heading, &s.body)
        };
        prop_assert!(scene(words + more) >= scene(words));
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
