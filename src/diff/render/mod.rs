//! The three formats of `prodcoord diff`, all from one [`Changes`].

pub mod json;
pub mod markdown;
pub mod text;

use super::changes::Changes;

/// What a reader is told before the changes: which versions, and whether
/// the production existed in both.
pub fn notes(changes: &Changes, escape: fn(&str) -> String) -> Vec<String> {
    let mut notes = Vec::new();
    if !changes.old.exists {
        notes.push(format!(
            "The production does not exist in {}: everything in it is new.",
            escape(&changes.old.describe())
        ));
    }
    if !changes.new.exists {
        notes.push(format!(
            "The production does not exist in {}: everything in it was removed.",
            escape(&changes.new.describe())
        ));
    }
    notes
}

/// The production's title, or a stand-in when it has none.
pub fn title(changes: &Changes) -> &str {
    if changes.title.is_empty() {
        "The production"
    } else {
        &changes.title
    }
}

pub const NO_CHANGES: &str = "No changes to the shoot days, scenes, people, locations or budget.";
