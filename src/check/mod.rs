//! `prodcoord check`: every rule of checks.md over a loaded production.

mod bookings;
pub mod context;
mod rules;
mod severity;

pub use bookings::{Booking, BookingList, Conflict, booking_lists, sweep};
pub use context::Context;
pub use severity::SeverityConfig;

use crate::diagnostics::{Diagnostic, Severity};
use crate::error::Error;
use crate::load::Loaded;
use crate::model::Production;
use crate::source::SourceMap;
use std::path::Path;

/// Everything `check` found.
pub struct CheckOutcome {
    pub production: Production,
    /// Sorted by file, line, column, rule, then subjects.
    pub diagnostics: Vec<Diagnostic>,
    /// Paths that could not be read (the run exits 2).
    pub failures: Vec<Error>,
}

impl CheckOutcome {
    pub fn errors(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }
}

/// Runs every rule over a loaded production and applies `[check]`.
pub fn check_loaded(loaded: Loaded, deny_warnings: bool) -> CheckOutcome {
    let Loaded {
        production,
        mut diagnostics,
        failures,
    } = loaded;
    let severity = SeverityConfig::new(&production.settings, deny_warnings, &mut diagnostics);
    {
        let ctx = Context::new(&production);
        rules::run_all(&ctx, &mut diagnostics);
    }
    let mut seen = std::collections::HashSet::new();
    let mut diagnostics: Vec<Diagnostic> = diagnostics
        .into_iter()
        // One finding per subject tuple (checks.md); the first found wins.
        // Schema findings are about places in files, so each is kept.
        .filter(|d| d.rule.is_schema() || seen.insert((d.rule, d.subjects.clone())))
        .filter_map(|mut d| {
            d.severity = severity.severity(d.rule)?;
            Some(d)
        })
        .collect();
    sort(&mut diagnostics, &production.sources);
    CheckOutcome {
        production,
        diagnostics,
        failures,
    }
}

/// Loads the production at `root` and checks it.
pub fn check_production(root: &Path) -> Result<CheckOutcome, Error> {
    if !root.join(crate::load::ROOT_FILE).exists() {
        return Err(Error::NoRootIn {
            dir: root.to_path_buf(),
        });
    }
    Ok(check_loaded(crate::load::load(root), false))
}

/// The order of checks.md: file, line, column, rule, then subjects.
fn sort(diagnostics: &mut [Diagnostic], sources: &SourceMap) {
    diagnostics.sort_by_cached_key(|d| {
        let (line, column) = sources.line_col(d.span);
        (
            sources.path(d.span).to_owned(),
            line,
            column,
            d.rule.name(),
            d.subjects.clone(),
        )
    });
}
