//! The Fountain reader (fountain.io syntax 1.1): lines, then paragraphs,
//! then elements, then scenes.
//!
//! How it reads the corners, agreeing with the common parsers
//! (screenplain, fountain-js, afterwriting) where they agree:
//!
//! - A scene heading is a paragraph's first line starting with INT, EXT,
//!   EST, INT./EXT, INT/EXT or I/E (any case) and then a `.` or a space, or
//!   a paragraph of one line forced with `.` (but `...` is an ellipsis).
//!   A blank line must come before it; prodcoord does not insist on the
//!   blank line after it (action right under a heading is common).
//! - A character cue is a paragraph's first line with more lines under it,
//!   in capitals (at least one letter; extensions may be lowercase), or
//!   forced with `@`. `^` at its end makes dual dialogue.
//! - Boneyard `/* */` (across lines) and notes `[[ ]]` are removed first;
//!   sections `#`, synopses `=` and page breaks `===` take no room.

mod blocks;
mod lexer;

pub use lexer::{Line, lines, strip_pairs, title_page};

use super::script::Script;

/// Reads a Fountain screenplay. Never fails: text that is not a screenplay
/// reads as a script with no scenes.
pub fn parse(source: &str) -> Script {
    let all = lines(source);
    let (title, body_start) = title_page(&all).unwrap_or((None, 0));
    let body = all.get(body_start..).unwrap_or(&[]);
    let mut builder = blocks::Builder::new(title);
    let mut paragraph: Vec<Line> = Vec::new();
    for line in body {
        if line.is_blank() {
            if !paragraph.is_empty() {
                builder.paragraph(std::mem::take(&mut paragraph));
            }
        } else {
            paragraph.push(line.clone());
        }
    }
    if !paragraph.is_empty() {
        builder.paragraph(paragraph);
    }
    builder.finish()
}
