//! The scene breakdown a script gives: one scene per heading with its
//! number, INT/EXT, set, time of day, pages and speaking characters. Shared
//! by the Fountain and Final Draft readers.

use super::cue::{joint_parts, key};
use super::heading;
use super::pages;
use super::script::{Dialogue, Element, RawScene, Script, Speech};
use crate::model::{IntExt, Pages, TimeOfDay};
use std::collections::{HashMap, HashSet};

/// Which kind of file the script was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Fountain,
    Fdx,
}

/// The breakdown of a whole script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    pub title: Option<String>,
    pub scenes: Vec<ScriptScene>,
    /// Every character who speaks in a scene, in order of first speech
    /// (joint cues already split).
    pub characters: Vec<String>,
    /// Characters who speak before the first heading, with the line of
    /// their first cue there.
    pub before_first_heading: Vec<(String, usize)>,
    /// Scene numbers the script gives to more than one scene.
    pub duplicate_numbers: Vec<String>,
    /// Remarks about how the script was read (guesses, joint cues).
    pub notes: Vec<String>,
    /// Everything printed in the script (lowercase), to look names up in.
    printed: String,
}

/// One scene of the breakdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptScene {
    pub number: String,
    /// The number was written in the script (not counted by prodcoord).
    pub numbered: bool,
    /// The heading as written, without scene number.
    pub heading: String,
    pub line: usize,
    pub int_ext: IntExt,
    pub int_ext_guessed: bool,
    pub time: TimeOfDay,
    /// The heading named the time (not carried over from the scene before).
    pub time_stated: bool,
    pub set: String,
    pub pages: Pages,
    /// The length came from the file (Final Draft), not an estimate.
    pub pages_stated: bool,
    /// The characters who speak, in order of first speech.
    pub speakers: Vec<String>,
    /// Speaking characters of the script (from any scene) whose name the
    /// scene's action mentions: present, perhaps silent.
    pub mentioned: Vec<String>,
    pub synopsis: Option<String>,
    /// `OMITTED` in the script.
    pub omitted: bool,
}

impl Breakdown {
    /// Whether the script mentions `name` anywhere (a cue, action,
    /// dialogue), as whole words, ignoring case.
    pub fn mentions(&self, name: &str) -> bool {
        names(&self.printed, &name.to_lowercase())
    }

    pub fn total_pages(&self) -> Pages {
        Pages(
            self.scenes
                .iter()
                .filter(|s| !s.omitted)
                .fold(0u64, |sum, s| sum.saturating_add(s.pages.0)),
        )
    }
}

/// Builds the breakdown of `script`.
pub fn build(script: &Script) -> Breakdown {
    let speakers = Speakers::of(script);
    let mut notes = Vec::new();
    let numbers = number_scenes(&script.scenes);
    let mut duplicate_numbers = Vec::new();
    {
        let mut seen = HashSet::new();
        for (number, _) in &numbers {
            if !seen.insert(number.clone()) && !duplicate_numbers.contains(number) {
                duplicate_numbers.push(number.clone());
            }
        }
    }
    let mut scenes = Vec::with_capacity(script.scenes.len());
    let mut previous_time = TimeOfDay::Day;
    let mut guessed: Vec<String> = Vec::new();
    for (i, (raw, (number, numbered))) in script.scenes.iter().zip(numbers).enumerate() {
        let parsed = heading::parse(&raw.heading);
        let time = if parsed.omitted {
            previous_time
        } else {
            parsed.time.unwrap_or(previous_time)
        };
        if !parsed.omitted {
            previous_time = time;
        }
        if parsed.guessed && !parsed.omitted {
            guessed.push(format!("sc. {number} ({})", raw.heading));
        }
        let (pages, pages_stated) = match raw.length {
            Some(length) if length.0 > 0 => (length, true),
            _ => (
                pages::eighths(pages::scene_lines(&raw.heading, &raw.body)),
                false,
            ),
        };
        let scene_speakers = speakers.in_scene(i, &number, &mut notes);
        scenes.push(ScriptScene {
            number,
            numbered,
            heading: raw.heading.clone(),
            line: raw.line,
            int_ext: parsed.int_ext,
            int_ext_guessed: parsed.guessed,
            time,
            time_stated: parsed.time.is_some(),
            set: parsed.set,
            pages,
            pages_stated,
            speakers: scene_speakers,
            mentioned: Vec::new(),
            synopsis: synopsis_of(raw),
            omitted: parsed.omitted,
        });
    }
    if !guessed.is_empty() {
        notes.insert(
            0,
            format!(
                "no INT or EXT in the heading, taken as INT (a guess): {}",
                guessed.join(", ")
            ),
        );
    }
    let mut characters = Vec::new();
    let mut seen = HashSet::new();
    for scene in &scenes {
        for name in &scene.speakers {
            if seen.insert(key(name)) {
                characters.push(name.clone());
            }
        }
    }
    for (scene, raw) in scenes.iter_mut().zip(&script.scenes) {
        scene.mentioned = mentioned(&raw.body, &characters);
    }
    let mut before_first_heading: Vec<(String, usize)> = Vec::new();
    for (scene, dialogue) in script.dialogues() {
        if scene.is_none()
            && !before_first_heading
                .iter()
                .any(|(n, _)| key(n) == key(&dialogue.name))
        {
            before_first_heading.push((dialogue.name.clone(), dialogue.line));
        }
    }
    Breakdown {
        title: script.title.clone(),
        scenes,
        characters,
        before_first_heading,
        duplicate_numbers,
        notes,
        printed: printed_text(script),
    }
}

fn printed_text(script: &Script) -> String {
    let mut out = String::new();
    let elements = script
        .prologue
        .iter()
        .chain(script.scenes.iter().flat_map(|s| s.body.iter()));
    for element in elements {
        let mut push = |text: &str| {
            out.push_str(text);
            out.push('\n');
        };
        match element {
            Element::Action(lines) | Element::Centered(lines) => lines.iter().for_each(|l| push(l)),
            Element::Transition(text) => push(text),
            Element::Dialogue(d) => push_dialogue(d, &mut push),
            Element::DualDialogue(left, right) => {
                push_dialogue(left, &mut push);
                push_dialogue(right, &mut push);
            }
        }
    }
    out.to_lowercase()
}

fn push_dialogue(d: &Dialogue, push: &mut impl FnMut(&str)) {
    push(&d.name);
    for speech in &d.speech {
        match speech {
            Speech::Parenthetical(text) | Speech::Words(text) => push(text),
        }
    }
}

/// The `characters` whose name the action of `body` mentions (as whole
/// words, ignoring case).
fn mentioned(body: &[Element], characters: &[String]) -> Vec<String> {
    let action: String = body
        .iter()
        .filter_map(|e| match e {
            Element::Action(lines) => Some(lines.join(" ")),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    characters
        .iter()
        .filter(|name| names(&action, &name.to_lowercase()))
        .cloned()
        .collect()
}

/// Whether `name` occurs in `text` as whole words.
fn names(text: &str, name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(at) = text.get(from..).and_then(|rest| rest.find(name)) {
        let start = from + at;
        let end = start + name.len();
        let before = text.get(..start).and_then(|t| t.chars().next_back());
        let after = text.get(end..).and_then(|t| t.chars().next());
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        from = start + name.chars().next().map_or(1, char::len_utf8);
    }
    false
}

fn synopsis_of(raw: &RawScene) -> Option<String> {
    let text = raw
        .synopsis
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (!text.is_empty()).then_some(text)
}

/// Scene numbers: the script's own, else the next whole number counting up
/// from the previous scene's, skipping every number the script gives.
/// `(number, given by the script)`.
fn number_scenes(scenes: &[RawScene]) -> Vec<(String, bool)> {
    let given: HashSet<String> = scenes
        .iter()
        .filter_map(|s| s.number.as_ref())
        .map(|n| n.to_uppercase())
        .collect();
    let mut taken: HashSet<String> = HashSet::new();
    let mut counter: u64 = 0;
    let mut out = Vec::with_capacity(scenes.len());
    for scene in scenes {
        let number = match scene.number.as_ref().map(|n| n.to_uppercase()) {
            Some(number) if !number.is_empty() => {
                if let Some(whole) = leading_number(&number) {
                    counter = whole;
                }
                out.push((number.clone(), true));
                number
            }
            _ => {
                let mut next = counter.saturating_add(1);
                let mut candidate = next.to_string();
                while given.contains(&candidate) || taken.contains(&candidate) {
                    if next == u64::MAX {
                        // every whole number up here is used: fall back to a suffix
                        candidate = format!("{candidate}X");
                        continue;
                    }
                    next += 1;
                    candidate = next.to_string();
                }
                counter = next;
                out.push((candidate.clone(), false));
                candidate
            }
        };
        taken.insert(number);
    }
    out
}

/// The first run of digits in a scene number: 12 in `12A`, `A12`.
fn leading_number(number: &str) -> Option<u64> {
    let digits: String = number
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// Who speaks where, with joint cues split into the parts that speak alone
/// elsewhere.
struct Speakers {
    /// Names (keys) that appear as a cue of their own.
    alone: HashSet<String>,
    /// The first spelling of each name.
    spelling: HashMap<String, String>,
    /// Cue names per scene, in order.
    per_scene: HashMap<usize, Vec<String>>,
}

impl Speakers {
    fn of(script: &Script) -> Speakers {
        let mut alone = HashSet::new();
        let mut spelling = HashMap::new();
        let mut per_scene: HashMap<usize, Vec<String>> = HashMap::new();
        for (scene, dialogue) in script.dialogues() {
            let k = key(&dialogue.name);
            spelling.entry(k.clone()).or_insert(dialogue.name.clone());
            alone.insert(k);
            if let Some(i) = scene {
                per_scene.entry(i).or_default().push(dialogue.name.clone());
            }
        }
        Speakers {
            alone,
            spelling,
            per_scene,
        }
    }

    fn in_scene(&self, index: usize, number: &str, notes: &mut Vec<String>) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let push = |name: &str, out: &mut Vec<String>| {
            let k = key(name);
            let spelled = self
                .spelling
                .get(&k)
                .cloned()
                .unwrap_or_else(|| name.to_string());
            if !out.iter().any(|n| key(n) == k) {
                out.push(spelled);
            }
        };
        for name in self.per_scene.get(&index).into_iter().flatten() {
            match joint_parts(name) {
                Some(parts) => {
                    let (speak_alone, silent): (Vec<&String>, Vec<&String>) =
                        parts.iter().partition(|p| self.alone.contains(&key(p)));
                    if speak_alone.is_empty() {
                        push(name, &mut out);
                        continue;
                    }
                    for part in &speak_alone {
                        push(part, &mut out);
                    }
                    if !silent.is_empty() {
                        let note = format!(
                            "sc. {number}: the joint cue {name} counts for {}; {} never speak{} alone",
                            speak_alone
                                .iter()
                                .map(|s| s.as_str())
                                .collect::<Vec<_>>()
                                .join(", "),
                            silent
                                .iter()
                                .map(|s| s.as_str())
                                .collect::<Vec<_>>()
                                .join(", "),
                            if silent.len() == 1 { "s" } else { "" }
                        );
                        if !notes.contains(&note) {
                            notes.push(note);
                        }
                    }
                }
                None => push(name, &mut out),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(number: Option<&str>) -> RawScene {
        RawScene {
            heading: "INT. ROOM - DAY".into(),
            number: number.map(str::to_string),
            ..RawScene::default()
        }
    }

    #[test]
    fn numbering_skips_given_numbers() {
        let scenes = [
            raw(None),
            raw(Some("3")),
            raw(None),
            raw(None),
            raw(Some("12A")),
            raw(None),
            raw(Some("2")),
            raw(None),
        ];
        let numbers: Vec<String> = number_scenes(&scenes).into_iter().map(|(n, _)| n).collect();
        assert_eq!(numbers, ["1", "3", "4", "5", "12A", "13", "2", "6"]);
    }

    #[test]
    fn numbering_of_letters_first() {
        let scenes = [raw(Some("A12")), raw(None), raw(Some("x")), raw(None)];
        let numbers: Vec<String> = number_scenes(&scenes).into_iter().map(|(n, _)| n).collect();
        assert_eq!(numbers, ["A12", "13", "X", "14"]);
    }
}
