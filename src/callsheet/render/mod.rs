//! The call sheet as text, Markdown, a printable HTML page or JSON. Every
//! format says the same things; only the layout differs.

mod columns;
pub mod fmt;
mod html;
mod json;
mod markdown;
mod text;

use super::CallSheet;

/// The formats a call sheet is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text for a terminal or the body of an email.
    Text,
    /// Markdown (GitHub-flavoured tables).
    Markdown,
    /// One self-contained printable HTML page.
    Html,
    /// One JSON document with `"version": 1`.
    Json,
}

/// Why a call sheet could not be written (a bug, never the input's fault).
#[derive(Debug, thiserror::Error)]
#[error("cannot write the call sheet: {0}")]
pub struct RenderError(pub String);

/// Writes the call sheet in `format`.
pub fn render(sheet: &CallSheet, format: Format) -> Result<String, RenderError> {
    match format {
        Format::Text => Ok(text::render(sheet)),
        Format::Markdown => Ok(markdown::render(sheet)),
        Format::Html => html::render(sheet),
        Format::Json => json::render(sheet),
    }
}
