//! Paragraphs (lines between blank lines) into elements and scenes.

use super::lexer::{Line, strip_pairs};
use crate::import::cue::fountain_cue;
use crate::import::heading::{fountain_heading, split_number};
use crate::import::script::{Dialogue, Element, RawScene, Script, Speech};
use crate::import::text::{collapse, plain};

/// Builds the script one paragraph at a time.
pub struct Builder {
    script: Script,
    current: Option<RawScene>,
}

/// What a line that takes no room is.
enum Invisible {
    Section,
    Synopsis(String),
    PageBreak,
}

fn invisible(line: &Line) -> Option<Invisible> {
    let text = line.trimmed();
    if text.len() >= 3 && text.chars().all(|c| c == '=') {
        Some(Invisible::PageBreak)
    } else if let Some(rest) = text.strip_prefix('=') {
        Some(Invisible::Synopsis(rest.trim().to_string()))
    } else if text.starts_with('#') {
        Some(Invisible::Section)
    } else {
        None
    }
}

impl Builder {
    pub fn new(title: Option<String>) -> Builder {
        Builder {
            script: Script {
                title,
                ..Script::default()
            },
            current: None,
        }
    }

    pub fn finish(mut self) -> Script {
        if let Some(scene) = self.current.take() {
            self.script.scenes.push(scene);
        }
        self.script
    }

    /// One paragraph: notes out, then what it is.
    pub fn paragraph(&mut self, lines: Vec<Line>) {
        let lines = strip_pairs(lines, "[[", "]]");
        self.classify(&lines);
    }

    fn classify(&mut self, lines: &[Line]) {
        let mut rest = lines;
        // sections, synopses and page breaks at the top take no room
        while let Some((first, tail)) = rest.split_first() {
            match invisible(first) {
                Some(Invisible::Synopsis(text)) => self.synopsis(text),
                Some(_) => {}
                None => break,
            }
            rest = tail;
        }
        let Some((first, tail)) = rest.split_first() else {
            return;
        };
        if let Some((text, forced)) = fountain_heading(&first.text)
            && (tail.is_empty() || !forced)
        {
            self.heading(&text, forced, first.number);
            self.classify(tail);
            return;
        }
        if !tail.is_empty()
            && let Some(cue) = fountain_cue(&first.text)
        {
            let speech = tail
                .iter()
                .map(|line| {
                    let text = line.trimmed();
                    if text.starts_with('(') && text.ends_with(')') {
                        Speech::Parenthetical(collapse(&plain(text)))
                    } else {
                        Speech::Words(collapse(&plain(text.trim_start_matches('~'))))
                    }
                })
                .collect();
            let dialogue = Dialogue {
                cue: cue.printed,
                name: cue.name,
                speech,
                line: first.number,
            };
            self.dialogue(dialogue, cue.dual);
            return;
        }
        let visible: Vec<&Line> = rest.iter().filter(|l| invisible(l).is_none()).collect();
        for line in rest {
            if let Some(Invisible::Synopsis(text)) = invisible(line) {
                self.synopsis(text);
            }
        }
        if visible.is_empty() {
            return;
        }
        let centered = |l: &&Line| {
            let t = l.trimmed();
            t.starts_with('>') && t.ends_with('<') && t.len() >= 2
        };
        if visible.iter().all(centered) {
            let lines = visible
                .iter()
                .map(|l| {
                    let t = l.trimmed();
                    collapse(&plain(t.get(1..t.len() - 1).unwrap_or("")))
                })
                .collect();
            self.element(Element::Centered(lines));
            return;
        }
        if let [only] = visible.as_slice() {
            let text = only.trimmed();
            if let Some(rest) = text.strip_prefix('>') {
                self.element(Element::Transition(collapse(&plain(rest))));
                return;
            }
            let letters = text.chars().any(char::is_alphabetic);
            if text.ends_with("TO:") && letters && !text.chars().any(char::is_lowercase) {
                self.element(Element::Transition(collapse(&plain(text))));
                return;
            }
        }
        let action = visible
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let text = l.text.trim_end();
                let text = if i == 0 {
                    // `!` forces action; the first line keeps its indent otherwise
                    match text.trim_start().strip_prefix('!') {
                        Some(rest) => rest,
                        None => text,
                    }
                } else {
                    text
                };
                let text = text.trim_start().strip_prefix('~').unwrap_or(text);
                plain(text)
            })
            .collect();
        self.element(Element::Action(action));
    }

    fn heading(&mut self, text: &str, forced: bool, line: usize) {
        if let Some(scene) = self.current.take() {
            self.script.scenes.push(scene);
        }
        let (heading, number) = split_number(text);
        self.current = Some(RawScene {
            heading: collapse(heading),
            forced,
            number,
            line,
            ..RawScene::default()
        });
    }

    fn synopsis(&mut self, text: String) {
        if let Some(scene) = self.current.as_mut() {
            scene.synopsis.push(plain(&text));
        }
    }

    fn body(&mut self) -> &mut Vec<Element> {
        match self.current.as_mut() {
            Some(scene) => &mut scene.body,
            None => &mut self.script.prologue,
        }
    }

    fn element(&mut self, element: Element) {
        self.body().push(element);
    }

    /// A dialogue block; with `^`, the right half of a dual dialogue whose
    /// left half is the block just before.
    fn dialogue(&mut self, dialogue: Dialogue, dual: bool) {
        let body = self.body();
        if dual && matches!(body.last(), Some(Element::Dialogue(_))) {
            if let Some(Element::Dialogue(left)) = body.pop() {
                body.push(Element::DualDialogue(left, dialogue));
            }
            return;
        }
        body.push(Element::Dialogue(dialogue));
    }
}
