//! `--format json`: the [`Changes`] model, `"version": 1`.

use crate::diff::changes::Changes;

pub fn render(changes: &Changes) -> String {
    let mut text = serde_json::to_string_pretty(changes).unwrap_or_else(|e| {
        // Serialising plain data cannot fail; should it, say so as JSON.
        serde_json::json!({ "version": 1, "error": e.to_string() }).to_string()
    });
    text.push('\n');
    text
}
