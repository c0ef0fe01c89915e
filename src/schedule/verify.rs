//! The schedule measured and checked as the rest of prodcoord sees it: the
//! day out of days of the whole production with the new days in, and the
//! real `prodcoord check` run on it before anything is written.

use super::Schedule;
use super::output::{ShootDay, model_day};
use crate::check::check_loaded;
use crate::diagnostics::{Diagnostic, Rule, Severity};
use crate::load::Loaded;
use crate::model::{Money, Production, Timeline};
use crate::reports::Dood;
use std::collections::HashSet;

/// Figures from the day out of days, and what the check says.
#[derive(Debug, Clone)]
pub struct Measured {
    pub hold_days: usize,
    pub hold_cost: Money,
    pub naive_hold_days: usize,
    pub naive_hold_cost: Money,
    /// Errors the new days bring that the production did not have.
    pub new_errors: Vec<Diagnostic>,
}

/// Measures `schedule` on `production` (which is handed back unchanged).
pub fn measure(production: Production, schedule: &Schedule) -> (Production, Measured) {
    let original = production.days.clone();
    let (mut production, before) = errors(production);
    let before: HashSet<(Rule, Vec<(&'static str, String)>)> =
        before.into_iter().map(|d| (d.rule, d.subjects)).collect();
    production.days = with_days(&production, &original, schedule, &schedule.days);
    let (mut production, after) = errors(production);
    let new_errors: Vec<Diagnostic> = after
        .into_iter()
        .filter(|d| !before.contains(&(d.rule, d.subjects.clone())))
        .collect();
    let (hold_days, hold_cost) = dood(&production);
    production.days = with_days(&production, &original, schedule, &schedule.naive_days);
    let (naive_hold_days, naive_hold_cost) = dood(&production);
    production.days = original;
    (
        production,
        Measured {
            hold_days,
            hold_cost,
            naive_hold_days,
            naive_hold_cost,
            new_errors,
        },
    )
}

/// The production's days with the unit's unlocked shoot days replaced.
fn with_days(
    production: &Production,
    original: &[crate::model::Day],
    schedule: &Schedule,
    days: &[ShootDay],
) -> Vec<crate::model::Day> {
    let mut out: Vec<crate::model::Day> = original
        .iter()
        .enumerate()
        .filter(|(i, _)| schedule.problem.replaced.binary_search(i).is_err())
        .map(|(_, d)| d.clone())
        .collect();
    out.extend(
        days.iter()
            .map(|d| model_day(production, &schedule.problem.unit, d)),
    );
    out
}

/// Hold days and cost of the whole production's day out of days.
fn dood(production: &Production) -> (usize, Money) {
    let timeline = Timeline::build(production);
    let dood = Dood::compute(production, &timeline, None);
    (dood.totals.hold_days, dood.hold_cost)
}

/// The scheduling errors `prodcoord check` finds.
fn errors(production: Production) -> (Production, Vec<Diagnostic>) {
    let outcome = check_loaded(
        Loaded {
            production,
            diagnostics: Vec::new(),
            failures: Vec::new(),
        },
        false,
    );
    let found = outcome
        .diagnostics
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    (outcome.production, found)
}
