//! The three output formats of `prodcoord check`.

mod github;
mod human;
mod json;

pub use github::render_github;
pub use human::{render_human, summary};
pub use json::render_json;
