use super::{Rule, Severity};
use crate::source::Span;

/// Another place involved in a finding, e.g. the first of two bookings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub span: Span,
    pub label: String,
}

/// One finding of `prodcoord check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: Rule,
    pub severity: Severity,
    pub message: String,
    pub span: Span,
    pub label: Option<String>,
    pub related: Vec<Related>,
    pub help: Option<String>,
    /// The subject tuple of `checks.md`, in the order of its table.
    pub subjects: Vec<(&'static str, String)>,
}

impl Diagnostic {
    pub fn new(rule: Rule, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            rule,
            severity: rule.default_severity(),
            message: message.into(),
            span,
            label: None,
            related: Vec::new(),
            help: None,
            subjects: Vec::new(),
        }
    }

    pub fn subject(mut self, key: &'static str, value: impl Into<String>) -> Self {
        self.subjects.push((key, value.into()));
        self
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn related(mut self, span: Span, label: impl Into<String>) -> Self {
        self.related.push(Related {
            span,
            label: label.into(),
        });
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn help_opt(mut self, help: Option<String>) -> Self {
        self.help = help.or(self.help);
        self
    }
}
