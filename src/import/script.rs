//! A screenplay as both readers see it: the elements that take room on the
//! page, grouped by scene. Fountain and Final Draft files are read into this
//! one model; everything after (numbering, headings, pages, cast) is shared.

use crate::model::Pages;

/// A whole script, whatever file it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Script {
    /// The `Title:` of a Fountain title page.
    pub title: Option<String>,
    /// Elements before the first scene heading: they belong to no scene.
    pub prologue: Vec<Element>,
    pub scenes: Vec<RawScene>,
}

/// One scene as written: its heading and what follows it, up to the next
/// heading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawScene {
    /// The heading without a forcing `.` and without its scene number.
    pub heading: String,
    /// A Fountain heading forced with a leading `.`.
    pub forced: bool,
    /// The scene number the script gives (`#12A#`, or Final Draft's `Number`).
    pub number: Option<String>,
    /// 1-based line of the heading in the script file.
    pub line: usize,
    pub body: Vec<Element>,
    /// The length the file records for the scene (Final Draft's
    /// `SceneProperties Length`), used instead of an estimate.
    pub length: Option<Pages>,
    /// Fountain synopses (`= …`) written in the scene.
    pub synopsis: Vec<String>,
}

/// Something printed on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Element {
    /// Action (also shots, lyrics, general text): one entry per printed line
    /// as the writer broke them.
    Action(Vec<String>),
    Dialogue(Dialogue),
    /// Two speeches side by side.
    DualDialogue(Dialogue, Dialogue),
    Transition(String),
    Centered(Vec<String>),
}

/// A character cue and the speech under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dialogue {
    /// The cue as printed, extensions included: `TOMÁS (V.O.)`.
    pub cue: String,
    /// The character's name: no extensions, no `@` or `^`.
    pub name: String,
    pub speech: Vec<Speech>,
    /// 1-based line of the cue in the script file.
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speech {
    Parenthetical(String),
    /// One line of spoken text as the writer broke it (may be empty: a
    /// deliberate blank line inside the speech).
    Words(String),
}

impl Script {
    /// Every dialogue block, with the index of its scene (`None` before the
    /// first heading), in script order.
    pub fn dialogues(&self) -> impl Iterator<Item = (Option<usize>, &Dialogue)> + '_ {
        let prologue = self
            .prologue
            .iter()
            .flat_map(dialogues_of)
            .map(|d| (None, d));
        let scenes = self.scenes.iter().enumerate().flat_map(|(i, scene)| {
            scene
                .body
                .iter()
                .flat_map(dialogues_of)
                .map(move |d| (Some(i), d))
        });
        prologue.chain(scenes)
    }
}

fn dialogues_of(element: &Element) -> Vec<&Dialogue> {
    match element {
        Element::Dialogue(d) => vec![d],
        Element::DualDialogue(left, right) => vec![left, right],
        _ => Vec::new(),
    }
}
