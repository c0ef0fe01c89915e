//! Final Draft (.fdx) files: the same breakdown as the Fountain script,
//! Final Draft's own scene lengths, and the XML corners.

use prodcoord::import::script::Element;
use prodcoord::import::{Format, fdx, read};
use prodcoord::model::{IntExt, Pages, TimeOfDay};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_fdx_gives_the_fountain_breakdown() {
    let from_fdx = read(Format::Fdx, &fixture("lighthouse/lighthouse.fdx")).expect("valid FDX");
    let from_fountain =
        read(Format::Fountain, &fixture("lighthouse/lighthouse.fountain")).expect("reads");
    let key = |b: &prodcoord::import::Breakdown| {
        b.scenes
            .iter()
            .map(|s| {
                (
                    s.number.clone(),
                    s.int_ext,
                    s.set.clone(),
                    s.time,
                    s.speakers.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(key(&from_fdx), key(&from_fountain));
    assert_eq!(from_fdx.characters, from_fountain.characters);
}

#[test]
fn scene_properties_length_is_the_page_count() {
    let b = read(Format::Fdx, &fixture("lighthouse/lighthouse.fdx")).expect("valid FDX");
    let pages: Vec<(String, bool)> = b
        .scenes
        .iter()
        .map(|s| (s.pages.to_string(), s.pages_stated))
        .collect();
    let stated = |p: &str| (p.to_string(), true);
    assert_eq!(
        pages,
        [
            stated("2/8"),
            stated("5/8"),
            stated("3/8"),
            stated("4/8"),
            stated("1/8"),
            stated("6/8"),
            stated("2/8"),
            stated("5/8"),
            // no SceneProperties: estimated from the text, as for Fountain
            ("1/8".to_string(), false),
        ]
    );
}

#[test]
fn fdx_corners() {
    let xml = r#"<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
  <Content>
    <Paragraph Type="Character"><Text>VOICE</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>Before the first scene.</Text></Paragraph>
    <Paragraph Number="12A" Type="Scene Heading">
      <SceneProperties Length="1 3/8" Page="1" Title="">
        <SceneArcBeats>
          <CharacterArcBeat Name="HOST">
            <Paragraph Type="Character"><Text>NOT A SPEAKER</Text></Paragraph>
          </CharacterArcBeat>
        </SceneArcBeats>
      </SceneProperties>
      <Text>INT. HOUSE - NIGHT</Text>
    </Paragraph>
    <Paragraph Type="Action"><Text>Two runs </Text><Text Style="Italic">of text</Text><Text>.
And a line break.</Text></Paragraph>
    <Paragraph Type="Character"><Text>ANA (V.O.)</Text></Paragraph>
    <Paragraph Type="Parenthetical"><Text>(softly)</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>Hello.</Text></Paragraph>
    <Paragraph>
      <DualDialogue>
        <Paragraph Type="Character"><Text>RUI</Text></Paragraph>
        <Paragraph Type="Dialogue"><Text>Now!</Text></Paragraph>
        <Paragraph Type="Character"><Text>ZÉ</Text></Paragraph>
        <Paragraph Type="Dialogue"><Text>Now!</Text></Paragraph>
      </DualDialogue>
    </Paragraph>
    <Paragraph Type="Scene Heading">
      <SceneProperties Length="" Page="2" Title=""/>
      <Text>SNIPER SCOPE POV</Text>
    </Paragraph>
    <Paragraph Type="Scene Heading"><Text>EXT./INT. CAR - DAY</Text></Paragraph>
  </Content>
  <TitlePage><Content><Paragraph Type="Character"><Text>TITLE PAGE</Text></Paragraph></Content></TitlePage>
</FinalDraft>"#;
    let b = read(Format::Fdx, xml).expect("valid FDX");
    let summary: Vec<(String, IntExt, String, TimeOfDay, Pages, bool)> = b
        .scenes
        .iter()
        .map(|s| {
            (
                s.number.clone(),
                s.int_ext,
                s.set.clone(),
                s.time,
                s.pages,
                s.int_ext_guessed,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "12A".into(),
                IntExt::Int,
                "HOUSE".into(),
                TimeOfDay::Night,
                Pages(11),
                false
            ),
            (
                "13".into(),
                IntExt::Int,
                "SNIPER SCOPE POV".into(),
                TimeOfDay::Night,
                Pages(1),
                true
            ),
            (
                "14".into(),
                IntExt::IntExt,
                "CAR".into(),
                TimeOfDay::Day,
                Pages(1),
                false
            ),
        ]
    );
    assert_eq!(b.scenes[0].speakers, ["ANA", "RUI", "ZÉ"]);
    assert_eq!(b.before_first_heading, [("VOICE".to_string(), 4)]);
    let script = fdx::parse(xml).expect("valid FDX");
    let body = &script.scenes[0].body;
    assert_eq!(
        body[0],
        Element::Action(vec!["Two runs of text.".into(), "And a line break.".into()])
    );
    assert!(matches!(&body[2], Element::DualDialogue(l, r) if l.name == "RUI" && r.name == "ZÉ"));
}

#[test]
fn not_final_draft() {
    let err = read(Format::Fdx, "<html><body>nope</body></html>").expect_err("not FDX");
    assert!(err.contains("not a Final Draft file"), "{err}");
    let err = read(Format::Fdx, "INT. HOUSE - DAY\n\nthis is Fountain").expect_err("not XML");
    assert!(err.contains("not a Final Draft file"), "{err}");
    let err = read(Format::Fdx, "<FinalDraft><Content>").expect_err("truncated");
    assert!(err.contains("not a Final Draft file"), "{err}");
    let empty = read(Format::Fdx, "<FinalDraft/>").expect("no content is no scenes");
    assert!(empty.scenes.is_empty());
}
