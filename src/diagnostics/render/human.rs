use crate::diagnostics::{Diagnostic, Severity};
use crate::source::{SourceMap, Span};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// Longest source line shown whole; longer ones are cut around the marker.
const MAX_LINE: usize = 120;

/// `--format human`: rustc-style blocks, one per finding.
pub fn render_human(diagnostics: &[Diagnostic], sources: &SourceMap) -> String {
    let renderer = Renderer::styled().term_width(MAX_LINE);
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&render_one(d, sources, &renderer));
        out.push_str("\n\n");
    }
    out
}

fn render_one(d: &Diagnostic, sources: &SourceMap, renderer: &Renderer) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let primary = Excerpt::new(sources, d.span);
    let mut snippet = Snippet::source(primary.text.as_str())
        .line_start(primary.line)
        .path(sources.path(d.span))
        .fold(false)
        .annotation(
            AnnotationKind::Primary
                .span(primary.marker.clone())
                .label(d.label.as_deref()),
        );
    let related: Vec<(Excerpt, &str, &str)> = d
        .related
        .iter()
        .map(|r| {
            (
                Excerpt::new(sources, r.span),
                r.label.as_str(),
                sources.path(r.span),
            )
        })
        .collect();
    let mut others = Vec::new();
    for (excerpt, label, path) in &related {
        if excerpt.file == primary.file && excerpt.line == primary.line {
            snippet = snippet.annotation(
                AnnotationKind::Context
                    .span(excerpt.marker.clone())
                    .label(Some(*label)),
            );
        } else {
            others.push(
                Snippet::source(excerpt.text.as_str())
                    .line_start(excerpt.line)
                    .path(*path)
                    .fold(false)
                    .annotation(
                        AnnotationKind::Context
                            .span(excerpt.marker.clone())
                            .label(Some(*label)),
                    ),
            );
        }
    }
    let mut group = level
        .primary_title(d.message.as_str())
        .id(d.rule.name())
        .element(snippet);
    for other in others {
        group = group.element(other);
    }
    let mut report = vec![group];
    if let Some(help) = &d.help {
        report.push(Group::with_title(
            Level::HELP.secondary_title(help.as_str()),
        ));
    }
    renderer.render(&report)
}

/// The source line of a span, with the marker range inside it. A very long
/// line is cut to a window around the marker by the renderer (`term_width`),
/// which still reports the real column.
struct Excerpt {
    file: crate::source::FileId,
    line: usize,
    text: String,
    marker: std::ops::Range<usize>,
}

impl Excerpt {
    fn new(sources: &SourceMap, span: Span) -> Excerpt {
        let file = sources.get(span.file);
        let (line, _) = file.line_col(span.start as usize);
        let range = file.line_range(line);
        let full = &file.text[range.clone()];
        let start = (span.start as usize).clamp(range.start, range.end) - range.start;
        let end = (span.end as usize).clamp(range.start, range.end) - range.start;
        let end = if end <= start { start } else { end };
        let (text, marker) = (full.to_string(), start..end.max(start));
        // An empty marker at the very end still needs a character to point at.
        Excerpt {
            file: span.file,
            line,
            text,
            marker: if marker.is_empty() {
                marker.start..marker.start
            } else {
                marker
            },
        }
    }
}

/// The last line: counts of errors and warnings.
pub fn summary(errors: usize, warnings: usize, files: usize) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    if errors == 0 && warnings == 0 {
        format!("no problems found in {}", plural(files, "file"))
    } else {
        format!(
            "{} and {} in {}",
            plural(errors, "error"),
            plural(warnings, "warning"),
            plural(files, "file")
        )
    }
}
