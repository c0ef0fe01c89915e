//! What a merge changes, for the summary.

use crate::model::Pages;

/// Everything `--write` changes (or would change) in the production.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// New scenes, by number, with the file they go to.
    pub added: Vec<(String, String)>,
    /// Scenes marked `omitted = true`: no longer in the script, or
    /// `OMITTED` in it.
    pub omitted: Vec<String>,
    /// Omitted scenes that are back in the script.
    pub restored: Vec<String>,
    /// `(number, old pages, new pages)`.
    pub repaged: Vec<(String, Pages, Pages)>,
    /// `(number, old heading, new heading)`: INT/EXT, set or time changed.
    pub reheaded: Vec<(String, String, String)>,
    pub cast: Vec<CastChange>,
    /// `(id, character)` appended to the cast with `name = "TBD"`.
    pub characters_added: Vec<(String, String)>,
    /// Scenes no longer in the script that are still on the schedule: left
    /// as they are (an omitted scene may not be scheduled), with the days.
    pub kept_scheduled: Vec<(String, Vec<String>)>,
    /// Scenes `OMITTED` in the script that the breakdown never had.
    pub omitted_unknown: Vec<String>,
    /// `(id, character, scenes)`: cast kept in scenes of the script although
    /// the script no longer mentions their character anywhere.
    pub unmentioned: Vec<(String, String, Vec<String>)>,
}

/// A scene's cast before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CastChange {
    pub number: String,
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

impl Changes {
    /// Nothing to write.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.omitted.is_empty()
            && self.restored.is_empty()
            && self.repaged.is_empty()
            && self.reheaded.is_empty()
            && self.cast.is_empty()
            && self.characters_added.is_empty()
    }
}
