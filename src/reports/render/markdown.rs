//! `--format markdown`: a GitHub table under the title, notes below.
//! `|` is escaped, line breaks become `<br>`, and `<` and `>` are written
//! as entities so no text from the files becomes HTML.

use crate::reports::text::sanitize;
use crate::reports::{Align, RowKind, Table};

pub fn render(table: &Table) -> String {
    let mut out = String::new();
    if !table.title.is_empty() {
        out.push_str(&format!("### {}\n\n", escape(&table.title)));
    }
    let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    out.push_str(&line(
        table.columns.iter().map(|c| escape(&c.label)).collect(),
    ));
    out.push_str(&line(
        table
            .columns
            .iter()
            .map(|c| {
                match c.align {
                    Align::Left => "---",
                    Align::Right => "--:",
                    Align::Center => ":-:",
                }
                .to_string()
            })
            .collect(),
    ));
    for row in &table.rows {
        let strong = matches!(
            row.kind,
            RowKind::Break | RowKind::Subtotal | RowKind::Total
        );
        out.push_str(&line(
            row.cells
                .iter()
                .map(|c| {
                    let text = escape(&c.display());
                    if strong && !text.is_empty() {
                        format!("**{text}**")
                    } else {
                        text
                    }
                })
                .collect(),
        ));
    }
    if !table.notes.is_empty() {
        out.push('\n');
        for note in &table.notes {
            out.push_str(&escape(note));
            out.push_str("\n\n");
        }
        out.pop();
    }
    out
}

/// One cell's text, safe inside a GitHub table row.
pub fn escape(text: &str) -> String {
    let text = sanitize(text);
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '|' => out.push_str("\\|"),
            '\n' => out.push_str("<br>"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out
}
