use super::Table;
use serde::Serialize;

/// A built report: the table every text format renders, the JSON
/// document, and warnings for stderr (e.g. a sum too large to add up).
#[derive(Debug, Clone)]
pub struct Report {
    pub table: Table,
    /// Pretty-printed JSON with `"version": 1`, ending in a newline.
    pub json: String,
    pub warnings: Vec<String>,
}

impl Report {
    pub fn new(table: Table, document: &impl Serialize) -> Report {
        let mut json = serde_json::to_string_pretty(document).unwrap_or_else(|e| {
            serde_json::json!({ "version": 1, "error": e.to_string() }).to_string()
        });
        json.push('\n');
        Report {
            table,
            json,
            warnings: Vec::new(),
        }
    }
}
