//! Cast ids for the characters of a script: an existing cast entry whose
//! `character` is the name (ignoring case) keeps its id; otherwise the id is
//! made from the name.

use super::cue::key;
use crate::model::Production;
use std::collections::{HashMap, HashSet};

/// The id the spec makes from a character name: lowercased, each run of
/// characters other than a–z and 0–9 made one `-`, trimmed of `-`.
/// `JOÃO` gives `jo-o`; a name with no such character gives an empty string.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// How a character was given its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Match {
    /// A cast entry's `character` is the name.
    Character,
    /// No cast entry has this character, but the id made from the name is a
    /// cast entry's id: taken to be that performer.
    Id { character: String },
    /// Not in the cast: to be added.
    New,
}

/// A speaking character and their cast id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CastLink {
    pub name: String,
    pub id: String,
    pub how: Match,
}

/// The ids of every speaking character of a script.
#[derive(Debug, Clone, Default)]
pub struct Resolution {
    by_key: HashMap<String, String>,
    /// In order of first speech.
    pub links: Vec<CastLink>,
}

impl Resolution {
    /// Resolves `characters` against the production's cast (if any).
    pub fn new(characters: &[String], production: Option<&Production>) -> Resolution {
        let mut taken: HashSet<String> = production
            .map(|p| p.index.people.keys().cloned().collect())
            .unwrap_or_default();
        let mut new_ids: HashMap<String, String> = HashMap::new(); // slug → id given
        let mut resolution = Resolution::default();
        for name in characters {
            let k = key(name);
            if resolution.by_key.contains_key(&k) {
                continue;
            }
            let by_character = production.and_then(|p| {
                p.cast
                    .iter()
                    .find(|c| key(&c.character) == k)
                    .map(|c| c.id.value.clone())
            });
            let (id, how) = match by_character {
                Some(id) => (id, Match::Character),
                None => {
                    let made = match slug(name) {
                        s if s.is_empty() => "character".to_string(),
                        s => s,
                    };
                    let cast_by_id = production.and_then(|p| {
                        p.index
                            .cast(&made)
                            .and_then(|i| p.cast.get(i))
                            .map(|c| c.character.clone())
                    });
                    if let Some(character) = cast_by_id {
                        (made, Match::Id { character })
                    } else if let Some(id) = new_ids.get(&made) {
                        (id.clone(), Match::New)
                    } else {
                        let mut id = made.clone();
                        let mut n = 2;
                        while taken.contains(&id) {
                            id = format!("{made}-{n}");
                            n += 1;
                        }
                        taken.insert(id.clone());
                        new_ids.insert(made, id.clone());
                        (id, Match::New)
                    }
                }
            };
            resolution.by_key.insert(k, id.clone());
            resolution.links.push(CastLink {
                name: name.clone(),
                id,
                how,
            });
        }
        resolution
    }

    /// The cast id of a character name.
    pub fn id(&self, name: &str) -> Option<&str> {
        self.by_key.get(&key(name)).map(String::as_str)
    }

    /// The ids of `names`, without repeats, in order.
    pub fn ids(&self, names: &[String]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for name in names {
            if let Some(id) = self.id(name)
                && !out.iter().any(|o| o == id)
            {
                out.push(id.to_string());
            }
        }
        out
    }

    /// Characters to append to the cast: `(id, character as in the script)`,
    /// one per id.
    pub fn new_characters(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        for link in &self.links {
            if link.how == Match::New && !out.iter().any(|(id, _)| *id == link.id) {
                out.push((link.id.clone(), link.name.clone()));
            }
        }
        out
    }

    /// Every id a speaking character of the script has.
    pub fn all_ids(&self) -> HashSet<&str> {
        self.links.iter().map(|l| l.id.as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("TOMÁS"), "tom-s");
        assert_eq!(slug("JOÃO"), "jo-o");
        assert_eq!(slug("DR.ª SOUSA"), "dr-sousa");
        assert_eq!(slug("R2D2"), "r2d2");
        assert_eq!(slug("  OLD FISHERMAN #2 "), "old-fisherman-2");
        assert_eq!(slug("McCLANE"), "mcclane");
        assert_eq!(slug("MARY_ANN"), "mary-ann");
        assert_eq!(slug("小明"), "");
    }

    #[test]
    fn without_production() {
        let r = Resolution::new(
            &[
                "DR. SOUSA".into(),
                "DR SOUSA".into(),
                "小明".into(),
                "LI".into(),
            ],
            None,
        );
        assert_eq!(r.id("dr. sousa"), Some("dr-sousa"));
        assert_eq!(r.id("DR SOUSA"), Some("dr-sousa"));
        assert_eq!(r.id("小明"), Some("character"));
        assert_eq!(
            r.new_characters(),
            vec![
                ("dr-sousa".into(), "DR. SOUSA".into()),
                ("character".into(), "小明".into()),
                ("li".into(), "LI".into()),
            ]
        );
    }
}
