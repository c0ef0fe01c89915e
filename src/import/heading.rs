//! Scene headings: which lines are headings, and what a heading says
//! (interior or exterior, the set, the time of day, the scene number).

use super::text::{collapse, plain, words};
use crate::model::{IntExt, TimeOfDay};

/// What a scene heading says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub int_ext: IntExt,
    /// No INT/EXT prefix: `int_ext` is INT by default, a guess.
    pub guessed: bool,
    /// From the text after the last ` - `; `None` when it names no time.
    pub time: Option<TimeOfDay>,
    /// The heading without prefix, time and scene number, in capitals.
    pub set: String,
    /// `OMITTED` (or `OMIT`) in place of a heading: the scene was cut but
    /// keeps its number.
    pub omitted: bool,
}

/// A Fountain heading line, trimmed: `Some((text, forced))` for a forced
/// heading (`.` then anything but another `.`) or one that starts with a
/// scene heading prefix. The text has no forcing dot.
pub fn fountain_heading(line: &str) -> Option<(String, bool)> {
    let line = line.trim();
    if let Some(rest) = line.strip_prefix('.') {
        if rest.starts_with('.') {
            return None; // `...` is an ellipsis, not a forced heading
        }
        let rest = rest.trim();
        return (!rest.is_empty()).then(|| (rest.to_string(), true));
    }
    has_fountain_prefix(line).then(|| (line.to_string(), false))
}

/// Whether `text` starts with a Fountain scene heading prefix (INT, EXT,
/// EST, INT./EXT, INT/EXT, I/E, any case) followed by a `.` or a space and
/// then more text.
pub fn has_fountain_prefix(text: &str) -> bool {
    match prefix(strip_leading_emphasis(text), false) {
        Some((_, end)) => {
            let rest = text_after(strip_leading_emphasis(text), end);
            rest.starts_with(['.', ' ', '\t'])
                && !rest
                    .trim_matches(|c: char| c == '.' || c.is_whitespace())
                    .is_empty()
        }
        None => false,
    }
}

fn strip_leading_emphasis(text: &str) -> &str {
    text.trim_start_matches(['*', '_'])
}

fn text_after(text: &str, end: usize) -> &str {
    text.get(end..).unwrap_or("")
}

/// The scene number at the end of a heading, `#12A#`: letters, digits,
/// `-`, `.` and `_`. Returns the heading without it.
pub fn split_number(text: &str) -> (&str, Option<String>) {
    let trimmed = text.trim_end();
    let Some(inner_end) = trimmed.strip_suffix('#') else {
        return (text, None);
    };
    let Some(start) = inner_end.rfind('#') else {
        return (text, None);
    };
    let inner = inner_end.get(start + 1..).unwrap_or("");
    let valid = !inner.is_empty()
        && inner
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '_'));
    if !valid {
        return (text, None);
    }
    let before = inner_end.get(..start).unwrap_or("").trim_end();
    (before, Some(inner.to_uppercase()))
}

/// Reads a heading (without forcing dot and scene number).
pub fn parse(text: &str) -> Heading {
    let text = collapse(&plain(text)).to_uppercase();
    let (int_ext, rest) = match prefix(&text, true) {
        Some((int_ext, end)) => {
            let rest = text_after(&text, end).trim_start_matches(['.', ' ']);
            (Some(int_ext), rest.to_string())
        }
        None => (None, text.clone()),
    };
    if int_ext.is_none() && matches!(rest.trim(), "OMITTED" | "OMIT" | "OMITTED SCENE") {
        return Heading {
            int_ext: IntExt::Int,
            guessed: false,
            time: None,
            set: "OMITTED".into(),
            omitted: true,
        };
    }
    let (set, time) = split_time(&rest);
    Heading {
        int_ext: int_ext.unwrap_or(IntExt::Int),
        guessed: int_ext.is_none(),
        time,
        set,
        omitted: false,
    }
}

/// Separators between the place and the time of day. The spec names ` - `;
/// writers also use a double dash or a typographic dash.
const SEPARATORS: &[&str] = &[" - ", " -- ", " — ", " – "];

/// Splits `rest` into the set and the time of day at the last separator.
/// The last part leaves the set when it reads as a time (a time word, or
/// CONTINUOUS, LATER, SAME, a year...); otherwise it is part of the set.
/// A heading with no dash at all may give its time after a comma
/// (`INT. APARTMENT, NIGHT`), which counts only when it reads as a time.
fn split_time(rest: &str) -> (String, Option<TimeOfDay>) {
    let padded = format!(" {rest} ");
    let last = SEPARATORS
        .iter()
        .filter_map(|sep| padded.rfind(sep).map(|at| (at, sep.len())))
        .max_by_key(|(at, _)| *at);
    let Some((at, len)) = last else {
        if let Some((before, after)) = rest.rsplit_once(", ") {
            let time = time_of_day(after);
            if time.is_some() || (reads_as_time(after) && !after.trim().is_empty()) {
                return (tidy_set(before), time);
            }
        }
        return (tidy_set(rest), None);
    };
    let before = padded.get(..at).unwrap_or("");
    let after = padded.get(at + len..).unwrap_or("");
    let time = time_of_day(after);
    if time.is_some() || reads_as_time(after) {
        (tidy_set(before), time)
    } else {
        (tidy_set(rest), None)
    }
}

fn tidy_set(text: &str) -> String {
    collapse(text.trim().trim_end_matches(['-', '—', '–', ' ']))
}

/// The time of day a heading's last part names (spec order: NIGHT, DAWN,
/// DUSK, DAY).
pub fn time_of_day(text: &str) -> Option<TimeOfDay> {
    let upper = text.to_uppercase();
    let words = words(&upper);
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if words.iter().any(|w| w.contains("NIGHT")) {
        Some(TimeOfDay::Night)
    } else if has(&["DAWN", "SUNRISE"]) {
        Some(TimeOfDay::Dawn)
    } else if has(&["DUSK", "SUNSET", "EVENING"])
        || words.windows(2).any(|w| w == ["MAGIC", "HOUR"])
    {
        Some(TimeOfDay::Dusk)
    } else if has(&["DAY", "MORNING", "NOON", "AFTERNOON"]) {
        Some(TimeOfDay::Day)
    } else {
        None
    }
}

/// Words that say "when" without naming a time of day.
const CONTINUITY: &[&str] = &[
    "CONTINUOUS",
    "CONT",
    "CONT'D",
    "CONT’D",
    "CONTD",
    "CONTINUED",
    "D",
    "LATER",
    "EARLIER",
    "SAME",
    "TIME",
    "MOMENT",
    "MOMENTS",
    "SECOND",
    "SECONDS",
    "MINUTE",
    "MINUTES",
    "HOUR",
    "HOURS",
    "DAYS",
    "WEEK",
    "WEEKS",
    "MONTH",
    "MONTHS",
    "YEAR",
    "YEARS",
    "A",
    "AN",
    "THE",
    "THAT",
    "THIS",
    "NEXT",
    "FEW",
    "SOME",
    "BIT",
    "LITTLE",
    "WHILE",
    "ONE",
    "TWO",
    "THREE",
    "FOUR",
    "FIVE",
    "SIX",
    "SEVEN",
    "EIGHT",
    "NINE",
    "TEN",
    "LATE",
    "EARLY",
    "AGO",
    "AFTER",
    "BEFORE",
    "SHORTLY",
    "SOON",
    "SIMULTANEOUS",
    "PRESENT",
];

/// A last part such as `CONTINUOUS`, `MOMENTS LATER`, `SAME TIME`, `1985`:
/// it is the time slot of the heading, not part of the set.
fn reads_as_time(text: &str) -> bool {
    let upper = text.to_uppercase();
    let words = words(&upper);
    words.iter().all(|w| {
        CONTINUITY.contains(w)
            || (w.trim_end_matches('S').chars().all(|c| c.is_ascii_digit())
                && w.chars().next().is_some_and(|c| c.is_ascii_digit()))
    })
}

/// The INT/EXT prefix at the start of `text` and where it ends. With
/// `lenient`, EXT/INT and E/I are read as INT/EXT too (for headings that
/// are already known to be headings).
fn prefix(text: &str, lenient: bool) -> Option<(IntExt, usize)> {
    let upper = text.to_ascii_uppercase();
    let bytes = upper.as_bytes();
    let boundary = |end: usize| matches!(bytes.get(end), None | Some(b'.' | b' ' | b'\t'));
    let slash_form = |firsts: &[&str], seconds: &[&str]| -> Option<usize> {
        for first in firsts {
            if !bytes.starts_with(first.as_bytes()) {
                continue;
            }
            let mut i = first.len();
            if bytes.get(i) == Some(&b'.') {
                i += 1;
            }
            if bytes.get(i) != Some(&b'/') {
                continue;
            }
            i += 1;
            for second in seconds {
                let end = i + second.len();
                if bytes.get(i..end) == Some(second.as_bytes()) && boundary(end) {
                    return Some(end);
                }
            }
        }
        None
    };
    if let Some(end) = slash_form(&["INT", "I"], &["EXT", "E"]) {
        return Some((IntExt::IntExt, end));
    }
    if lenient && let Some(end) = slash_form(&["EXT", "E"], &["INT", "I"]) {
        return Some((IntExt::IntExt, end));
    }
    for (word, int_ext) in [
        ("INT", IntExt::Int),
        ("EXT", IntExt::Ext),
        ("EST", IntExt::Ext),
    ] {
        if bytes.starts_with(word.as_bytes()) && boundary(word.len()) {
            return Some((int_ext, word.len()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(text: &str) -> (IntExt, bool, Option<TimeOfDay>, String) {
        let h = parse(text);
        (h.int_ext, h.guessed, h.time, h.set)
    }

    #[test]
    fn prefixes() {
        for (line, yes) in [
            ("INT. HOUSE - DAY", true),
            ("int. kitchen - day", true),
            ("EXT HOUSE", true),
            ("EST. CITY", true),
            ("INT./EXT. CAR", true),
            ("INT/EXT CAR", true),
            ("I/E CAR", true),
            ("i./e. car", true),
            ("INTERIOR DESIGN IS MY PASSION.", false),
            ("Exterior", false),
            ("EXT.", false),
            ("INT", false),
            ("EXT/INT. CAR", false),
            ("ESTABLISHING", false),
        ] {
            assert_eq!(has_fountain_prefix(line), yes, "{line}");
        }
    }

    #[test]
    fn forced_and_ellipsis() {
        assert_eq!(
            fountain_heading(".SNIPER SCOPE POV"),
            Some(("SNIPER SCOPE POV".into(), true))
        );
        assert_eq!(fountain_heading("...and then"), None);
        assert_eq!(fountain_heading(".."), None);
        assert_eq!(fountain_heading("."), None);
    }

    #[test]
    fn numbers() {
        assert_eq!(
            split_number("INT. HOUSE - DAY #12A#"),
            ("INT. HOUSE - DAY", Some("12A".into()))
        );
        assert_eq!(split_number("INT. HOUSE #1a#  ").1, Some("1A".into()));
        assert_eq!(split_number("INT. HOUSE #I-1-A#").1, Some("I-1-A".into()));
        assert_eq!(split_number("INT. HOUSE #1 A#").1, None);
        assert_eq!(split_number("INT. HOUSE ##").1, None);
        assert_eq!(split_number("#").1, None);
    }

    #[test]
    fn parts() {
        assert_eq!(
            h("INT. HOUSE - DAY"),
            (IntExt::Int, false, Some(TimeOfDay::Day), "HOUSE".into())
        );
        assert_eq!(
            h("ext. lighthouse - yard - night"),
            (
                IntExt::Ext,
                false,
                Some(TimeOfDay::Night),
                "LIGHTHOUSE - YARD".into()
            )
        );
        assert_eq!(
            h("EXT. LIGHTHOUSE - YARD"),
            (IntExt::Ext, false, None, "LIGHTHOUSE - YARD".into())
        );
        assert_eq!(
            h("INT. HOUSE - CONTINUOUS"),
            (IntExt::Int, false, None, "HOUSE".into())
        );
        assert_eq!(
            h("INT. HOUSE - MOMENTS LATER"),
            (IntExt::Int, false, None, "HOUSE".into())
        );
        assert_eq!(
            h("EXT. STREET - 1985"),
            (IntExt::Ext, false, None, "STREET".into())
        );
        assert_eq!(
            h("EST. LISBON -- MAGIC HOUR"),
            (IntExt::Ext, false, Some(TimeOfDay::Dusk), "LISBON".into())
        );
        assert_eq!(
            h("INT./EXT. CAR - SUNRISE"),
            (IntExt::IntExt, false, Some(TimeOfDay::Dawn), "CAR".into())
        );
        assert_eq!(
            h("I/E CAR - LATE AFTERNOON"),
            (IntExt::IntExt, false, Some(TimeOfDay::Day), "CAR".into())
        );
        assert_eq!(
            h("SNIPER SCOPE POV"),
            (IntExt::Int, true, None, "SNIPER SCOPE POV".into())
        );
        assert_eq!(h("EXT/INT. CAR - DAY").0, IntExt::IntExt);
        assert_eq!(h("INT. - DAY").3, "");
        assert_eq!(
            h("INT. SAN FRANCISCO APARTMENT, NIGHT"),
            (
                IntExt::Int,
                false,
                Some(TimeOfDay::Night),
                "SAN FRANCISCO APARTMENT".into()
            )
        );
        assert_eq!(
            h("INT. HALLWAY, SCOTT'S BUILDING, A MOMENT LATER"),
            (IntExt::Int, false, None, "HALLWAY, SCOTT'S BUILDING".into())
        );
        assert_eq!(
            h("INT. GALLERY, SOUTH OF MARKET"),
            (IntExt::Int, false, None, "GALLERY, SOUTH OF MARKET".into())
        );
        assert_eq!(
            h("INT. LANDCRUISER, DRIVING -- A BIT LATER"),
            (IntExt::Int, false, None, "LANDCRUISER, DRIVING".into())
        );
        assert!(parse("OMITTED").omitted);
    }

    #[test]
    fn times() {
        for (text, time) in [
            ("NIGHT", Some(TimeOfDay::Night)),
            ("MIDNIGHT", Some(TimeOfDay::Night)),
            ("DAY/NIGHT", Some(TimeOfDay::Night)),
            ("DAWN", Some(TimeOfDay::Dawn)),
            ("SUNRISE", Some(TimeOfDay::Dawn)),
            ("DUSK", Some(TimeOfDay::Dusk)),
            ("SUNSET", Some(TimeOfDay::Dusk)),
            ("EVENING", Some(TimeOfDay::Dusk)),
            ("MAGIC HOUR", Some(TimeOfDay::Dusk)),
            ("DAY", Some(TimeOfDay::Day)),
            ("MORNING", Some(TimeOfDay::Day)),
            ("NOON", Some(TimeOfDay::Day)),
            ("AFTERNOON", Some(TimeOfDay::Day)),
            ("CONTINUOUS", None),
            ("LATER", None),
            ("SAME", None),
            ("1979", None),
            ("", None),
            ("DAYS", None),
        ] {
            assert_eq!(time_of_day(text), time, "{text}");
        }
    }
}
