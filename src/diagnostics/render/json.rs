use crate::diagnostics::Diagnostic;
use crate::source::SourceMap;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    errors: usize,
    warnings: usize,
    diagnostics: Vec<Entry<'a>>,
}

#[derive(Serialize)]
struct Entry<'a> {
    rule: &'static str,
    severity: &'static str,
    message: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    subjects: BTreeMap<&'static str, &'a str>,
}

/// `--format json`: one document, diagnostics in the order given.
pub fn render_json(diagnostics: &[Diagnostic], sources: &SourceMap) -> String {
    let entries = diagnostics
        .iter()
        .map(|d| {
            let (line, column) = sources.line_col(d.span);
            Entry {
                rule: d.rule.name(),
                severity: d.severity.name(),
                message: &d.message,
                file: sources.path(d.span),
                line,
                column,
                subjects: d.subjects.iter().map(|(k, v)| (*k, v.as_str())).collect(),
            }
        })
        .collect();
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == crate::diagnostics::Severity::Error)
        .count();
    let document = Document {
        version: 1,
        errors,
        warnings: diagnostics.len() - errors,
        diagnostics: entries,
    };
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
    text.push('\n');
    text
}
