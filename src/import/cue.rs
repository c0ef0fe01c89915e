//! Character cues: who speaks. The name without extensions, joint cues
//! (`EDWARD AND WILL`), and the key that makes two spellings one character.

use super::text::{collapse, plain};

/// A Fountain character cue line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// As printed: `TOMÁS (V.O.)`.
    pub printed: String,
    pub name: String,
    /// Ends with `^`: the second half of a dual dialogue.
    pub dual: bool,
}

/// Reads `line` as a Fountain character cue: `@` then any name, or a line
/// whose name part (before any `(extension)`) has no lowercase letter and at
/// least one letter. Whether a speech follows is the caller's business.
pub fn fountain_cue(line: &str) -> Option<Cue> {
    let line = line.trim();
    let (forced, body) = match line.strip_prefix('@') {
        Some(rest) => (true, rest.trim()),
        None => (false, line),
    };
    let (body, dual) = match body.strip_suffix('^') {
        Some(rest) => (rest.trim_end(), true),
        None => (body, false),
    };
    if body.is_empty() {
        return None;
    }
    if !forced {
        if body.starts_with(['!', '.', '>', '~', '=', '#', '[', '\\']) {
            return None;
        }
        if body.ends_with("TO:") || body.ends_with("BLACK.") || body.ends_with("OUT.") {
            return None; // a transition
        }
        let name_part = body.split('(').next().unwrap_or("");
        if name_part.chars().any(char::is_lowercase)
            || !name_part.chars().any(char::is_alphabetic)
            || name_part.contains('^')
            || (body.contains(')') && !body.contains('('))
        {
            return None;
        }
    }
    let name = name_of(body);
    if name.is_empty() {
        return None;
    }
    Some(Cue {
        printed: collapse(&plain(body)),
        name,
        dual,
    })
}

/// The character's name in a cue: without `@`, `^`, emphasis and
/// extensions such as `(V.O.)`, `(O.S.)`, `(CONT'D)`.
pub fn name_of(cue: &str) -> String {
    let cue = cue.trim();
    let cue = cue.strip_prefix('@').unwrap_or(cue);
    let cue = cue.trim_end().trim_end_matches('^');
    let name_part = cue.split('(').next().unwrap_or("");
    collapse(&plain(name_part))
}

/// The key under which two spellings are one character: lowercase, single
/// spaces.
pub fn key(name: &str) -> String {
    collapse(&name.to_lowercase())
}

/// The parts of a joint cue: `EDWARD AND WILL`, `A & B`, `A, B AND C`.
/// `None` for a cue with one part.
pub fn joint_parts(name: &str) -> Option<Vec<String>> {
    let marked: Vec<&str> = name
        .split_whitespace()
        .map(|w| {
            if w.eq_ignore_ascii_case("and") {
                "&"
            } else {
                w
            }
        })
        .collect();
    let parts: Vec<String> = marked
        .join(" ")
        .split(['&', ','])
        .map(collapse)
        .filter(|p| !p.is_empty())
        .collect();
    (parts.len() >= 2).then_some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(line: &str) -> Option<String> {
        fountain_cue(line).map(|c| c.name)
    }

    #[test]
    fn cues() {
        assert_eq!(name("STEEL"), Some("STEEL".into()));
        assert_eq!(name("  TOMÁS (V.O.)"), Some("TOMÁS".into()));
        assert_eq!(name("HANS (on the radio)"), Some("HANS".into()));
        assert_eq!(name("MOM (O. S.) (CONT'D)"), Some("MOM".into()));
        assert_eq!(name("R2D2"), Some("R2D2".into()));
        assert_eq!(name("23"), None);
        assert_eq!(name("@McCLANE"), Some("McCLANE".into()));
        assert_eq!(name("McCLANE"), None);
        assert_eq!(name("CUT TO:"), None);
        assert_eq!(name("FADE OUT."), None);
        assert_eq!(name("!LOUD"), None);
        assert_eq!(name("...AND THEN"), None);
        assert_eq!(name("ZÉ"), Some("ZÉ".into()));
        let dual = fountain_cue("BRICK ^").expect("a cue");
        assert!(dual.dual);
        assert_eq!(dual.name, "BRICK");
        assert_eq!(name("@"), None);
        assert_eq!(name("^"), None);
    }

    #[test]
    fn joint() {
        assert_eq!(
            joint_parts("EDWARD AND WILL"),
            Some(vec!["EDWARD".into(), "WILL".into()])
        );
        assert_eq!(joint_parts("A & B"), Some(vec!["A".into(), "B".into()]));
        assert_eq!(
            joint_parts("ANA, RUI and ZÉ"),
            Some(vec!["ANA".into(), "RUI".into(), "ZÉ".into()])
        );
        assert_eq!(joint_parts("ANDERSON"), None);
        assert_eq!(joint_parts("& "), None);
    }
}
