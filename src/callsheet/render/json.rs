//! The call sheet as one JSON document with `"version": 1`: times as
//! local `2027-03-13T05:00` in the production's time zone, pages as
//! `"1 3/8"`.

use super::RenderError;
use crate::callsheet::CallSheet;
use serde::Serialize;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    #[serde(flatten)]
    sheet: &'a CallSheet,
}

pub fn render(sheet: &CallSheet) -> Result<String, RenderError> {
    let mut text = serde_json::to_string_pretty(&Document { version: 1, sheet })
        .map_err(|e| RenderError(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// The call sheet as a JSON value (the HTML template reads it).
pub fn value(sheet: &CallSheet) -> Result<serde_json::Value, RenderError> {
    serde_json::to_value(Document { version: 1, sheet }).map_err(|e| RenderError(e.to_string()))
}
