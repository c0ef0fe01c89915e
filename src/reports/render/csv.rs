//! `--format csv`: RFC 4180 (CRLF line ends, quotes where needed), one
//! header row of column keys, every row of the table. A cell starting with
//! `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`, so a
//! spreadsheet never runs it as a formula.

use crate::reports::Table;
use std::borrow::Cow;

pub fn render(table: &Table) -> Result<String, std::io::Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    writer.write_record(table.columns.iter().map(|c| guard(&c.key).into_owned()))?;
    for row in &table.rows {
        writer.write_record(row.cells.iter().map(|c| guard(&c.plain()).into_owned()))?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| std::io::Error::other(e.to_string()))
}

/// The formula-injection guard of commands.md.
pub fn guard(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}
