//! One file per rule of checks.md. The schema rules (`syntax`,
//! `unknown-field`, `missing-field`, `invalid-value`) are found while
//! loading, in `crate::load`; `budget_arithmetic` adds the one
//! `invalid-value` only the sums can reveal.

mod budget_arithmetic;
mod company_moves;
mod daylight;
mod double_booking;
mod duplicate_day;
mod duplicate_id;
mod empty_day;
mod location_unavailable;
mod long_day;
mod max_hours;
mod missing_hospital;
mod over_budget_account;
mod over_budget_line;
mod over_cap;
mod overfull_day;
mod permit;
mod scene_split;
mod turnaround;
mod unavailable;
mod unknown_reference;
mod unscheduled_scene;

use super::Context;
use crate::diagnostics::Diagnostic;

type RuleFn = fn(&Context, &mut Vec<Diagnostic>);

const RULES: &[RuleFn] = &[
    duplicate_id::check,
    unknown_reference::check,
    duplicate_day::check,
    double_booking::check,
    unavailable::check,
    location_unavailable::check,
    permit::check,
    turnaround::check,
    max_hours::check,
    long_day::check,
    overfull_day::check,
    company_moves::check,
    empty_day::check,
    scene_split::check,
    unscheduled_scene::check,
    daylight::check,
    missing_hospital::check,
    over_budget_line::check,
    over_budget_account::check,
    over_cap::check,
    budget_arithmetic::check,
];

pub fn run_all(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for rule in RULES {
        rule(ctx, out);
    }
}
