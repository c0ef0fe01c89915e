//! `prodcoord import`: a scene breakdown from a screenplay, and its merge
//! into the production.
//!
//! A reader ([`fountain`] or [`fdx`]) turns the file into a [`Script`]:
//! scenes with the elements printed in them. [`breakdown::build`] gives each
//! scene its number, INT/EXT, set, time of day, pages ([`pages`]) and
//! speaking characters ([`cue`]); [`ids`] gives the characters cast ids;
//! [`merge`] works out (and writes) the changes to `scenes.toml` and
//! `cast.toml`; [`render`] prints the breakdown and the summary.

pub mod breakdown;
pub mod cue;
pub mod fdx;
pub mod fountain;
pub mod heading;
pub mod ids;
pub mod merge;
pub mod pages;
pub mod render;
pub mod script;
pub mod text;

pub use breakdown::{Breakdown, Format, ScriptScene, build};
pub use ids::Resolution;
pub use script::Script;

/// Reads a script of the given format and builds its breakdown.
pub fn read(format: Format, text: &str) -> Result<Breakdown, String> {
    let script = match format {
        Format::Fountain => fountain::parse(text),
        Format::Fdx => fdx::parse(text)?,
    };
    Ok(build(&script))
}
