//! The Final Draft reader (`.fdx`, XML). Scene headings (`Number` gives the
//! scene number), character cues, parentheticals, dialogue, dual dialogue
//! and the rest of the text of `FinalDraft/Content`; the title page, scene
//! properties' beats and script notes are not part of the script. The
//! length Final Draft recorded (`SceneProperties Length`, e.g. `1 3/8`) is
//! the scene's pages when present.

use super::cue::name_of;
use super::script::{Dialogue, Element, RawScene, Script, Speech};
use super::text::collapse;
use crate::model::Pages;
use roxmltree::{Document, Node};

/// Reads a Final Draft file; an error says why it is not one.
pub fn parse(xml: &str) -> Result<Script, String> {
    let xml = xml.strip_prefix('\u{feff}').unwrap_or(xml);
    let doc = Document::parse(xml).map_err(|e| format!("not a Final Draft file: {e}"))?;
    let root = doc.root_element();
    if !root.has_tag_name("FinalDraft") {
        return Err(format!(
            "not a Final Draft file: the document is <{}>, not <FinalDraft>",
            root.tag_name().name()
        ));
    }
    let mut reader = Reader {
        doc: &doc,
        script: Script::default(),
        current: None,
        open: None,
    };
    if let Some(content) = root.children().find(|n| n.has_tag_name("Content")) {
        for paragraph in content.children().filter(|n| n.has_tag_name("Paragraph")) {
            reader.paragraph(paragraph);
        }
    }
    Ok(reader.finish())
}

struct Reader<'a, 'input> {
    doc: &'a Document<'input>,
    script: Script,
    current: Option<RawScene>,
    /// The dialogue block being read (a cue and what follows it).
    open: Option<Dialogue>,
}

/// The text of a paragraph: its `Text` runs, in order.
fn text_of(paragraph: Node) -> String {
    paragraph
        .children()
        .filter(|n| n.has_tag_name("Text"))
        .filter_map(|n| n.text())
        .collect()
}

fn lines_of(text: &str) -> Vec<String> {
    text.split('\n').map(|l| l.trim_end().to_string()).collect()
}

impl Reader<'_, '_> {
    fn line(&self, node: Node) -> usize {
        self.doc.text_pos_at(node.range().start).row as usize
    }

    fn paragraph(&mut self, paragraph: Node) {
        if let Some(dual) = paragraph
            .children()
            .find(|n| n.has_tag_name("DualDialogue"))
        {
            self.dual(dual);
            return;
        }
        let kind = paragraph.attribute("Type").unwrap_or("General");
        let text = text_of(paragraph);
        match kind {
            "Scene Heading" => self.heading(paragraph, &text),
            "Character" => {
                self.close();
                self.open = Some(Dialogue {
                    cue: collapse(&text),
                    name: name_of(&text),
                    speech: Vec::new(),
                    line: self.line(paragraph),
                });
            }
            "Parenthetical" | "Dialogue" => match self.open.as_mut() {
                Some(dialogue) => {
                    for line in lines_of(&text) {
                        dialogue.speech.push(if kind == "Parenthetical" {
                            Speech::Parenthetical(line)
                        } else {
                            Speech::Words(line)
                        });
                    }
                }
                None => self.element(Element::Action(lines_of(&text))),
            },
            "Transition" => self.element(Element::Transition(collapse(&text))),
            "New Act" | "End of Act" => self.element(Element::Centered(lines_of(&text))),
            kind if kind.starts_with("Outline") => {}
            _ => self.element(Element::Action(lines_of(&text))),
        }
    }

    /// `<DualDialogue>`: the first two speeches side by side.
    fn dual(&mut self, dual: Node) {
        self.close();
        let before = self.body().len();
        for paragraph in dual.children().filter(|n| n.has_tag_name("Paragraph")) {
            self.paragraph(paragraph);
        }
        self.close();
        let body = self.body();
        let n = body.len();
        if n >= before + 2
            && let (Some(Element::Dialogue(_)), Some(Element::Dialogue(_))) =
                (body.get(n - 2), body.get(n - 1))
        {
            // the dual block is the last two dialogues just added
            if let (Some(Element::Dialogue(right)), Some(Element::Dialogue(left))) =
                (body.pop(), body.pop())
            {
                body.push(Element::DualDialogue(left, right));
            }
        }
    }

    fn heading(&mut self, paragraph: Node, text: &str) {
        self.close();
        if let Some(scene) = self.current.take() {
            self.script.scenes.push(scene);
        }
        let properties = paragraph
            .children()
            .find(|n| n.has_tag_name("SceneProperties"));
        let number = paragraph
            .attribute("Number")
            .or_else(|| properties.and_then(|p| p.attribute("Number")))
            .map(|n| n.split_whitespace().collect::<String>())
            .filter(|n| !n.is_empty());
        let length = properties
            .and_then(|p| p.attribute("Length"))
            .and_then(|l| Pages::parse(l).ok())
            .filter(|p| p.0 > 0);
        self.current = Some(RawScene {
            heading: collapse(text),
            forced: false,
            number,
            line: self.line(paragraph),
            body: Vec::new(),
            length,
            synopsis: Vec::new(),
        });
    }

    fn close(&mut self) {
        if let Some(dialogue) = self.open.take() {
            self.body().push(Element::Dialogue(dialogue));
        }
    }

    fn body(&mut self) -> &mut Vec<Element> {
        match self.current.as_mut() {
            Some(scene) => &mut scene.body,
            None => &mut self.script.prologue,
        }
    }

    fn element(&mut self, element: Element) {
        self.close();
        self.body().push(element);
    }

    fn finish(mut self) -> Script {
        self.close();
        if let Some(scene) = self.current.take() {
            self.script.scenes.push(scene);
        }
        self.script
    }
}
