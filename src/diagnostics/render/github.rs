use crate::diagnostics::{Diagnostic, Severity};
use crate::source::SourceMap;
use std::fmt::Write;

/// `--format github`: one workflow command per finding.
pub fn render_github(diagnostics: &[Diagnostic], sources: &SourceMap) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let (line, column) = sources.line_col(d.span);
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(
            out,
            "::{command} file={},line={line},col={column},title={}::{}",
            escape_property(sources.path(d.span)),
            escape_property(d.rule.name()),
            escape_data(&d.message)
        );
    }
    out
}

/// Message text, as the Actions runner unescapes it.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Property values additionally escape `:` and `,`.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}
