//! `prodcoord diff`: what changed between two versions of a production,
//! and who must be told.
//!
//! [`source`] loads the two versions (git revisions through [`git`] and
//! [`tree`], the working tree, or two folders); [`compare`] matches them by
//! id into the [`changes`] model, one comparator per area; [`render`]
//! writes it as text, Markdown or JSON.

pub mod changes;
pub mod compare;
pub mod git;
pub mod render;
pub mod source;
pub mod tree;
pub mod words;

pub use changes::{Changes, VersionInfo};
pub use compare::compare;
pub use source::{Opened, Versions, open};

use crate::model::Production;

/// Compares two productions already loaded; `None` stands for a version
/// in which the production does not exist.
pub fn compare_versions(
    old: Option<&Production>,
    new: Option<&Production>,
    old_info: VersionInfo,
    new_info: VersionInfo,
) -> Changes {
    let empty = Production::default();
    compare(
        old.unwrap_or(&empty),
        new.unwrap_or(&empty),
        old_info,
        new_info,
    )
}
