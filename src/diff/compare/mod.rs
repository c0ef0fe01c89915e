//! One comparator per area. Everything is matched by id (person and
//! location ids, scene numbers, account codes, a day's date and unit),
//! never by file, so data moved between files is no change.

mod budget;
mod days;
mod locations;
mod people;
mod scenes;

use super::changes::{Changes, DayRef, VersionInfo};
use crate::model::{DayPlan, Production, Timeline};

/// One version, with its schedule worked out once.
pub struct Side<'a> {
    pub production: &'a Production,
    pub timeline: Timeline,
}

impl<'a> Side<'a> {
    pub fn new(production: &'a Production) -> Side<'a> {
        Side {
            production,
            timeline: Timeline::build(production),
        }
    }

    pub fn day_ref(&self, plan: &DayPlan) -> DayRef {
        DayRef {
            date: plan.date,
            unit: plan.unit.clone(),
            kind: plan.kind.name(),
        }
    }
}

/// What changed from `old` to `new`.
pub fn compare(
    old: &Production,
    new: &Production,
    old_info: VersionInfo,
    new_info: VersionInfo,
) -> Changes {
    let (old_side, new_side) = (Side::new(old), Side::new(new));
    let (days, moves) = days::compare(&old_side, &new_side);
    let scenes = scenes::compare(&old_side, &new_side, &moves);
    let people = people::compare(&old_side, &new_side);
    let locations = locations::compare(&old_side, &new_side);
    let budget = budget::compare(old, new);
    let pick = |f: fn(&Production) -> &str| {
        let text = f(new);
        if text.is_empty() { f(old) } else { text }.to_string()
    };
    let changed = !days.is_empty()
        || !scenes.is_empty()
        || !people.is_empty()
        || !locations.is_empty()
        || budget.is_some();
    Changes {
        version: 1,
        title: pick(|p| p.settings.title.as_str()),
        currency: if new_info.exists {
            new.settings.currency.clone()
        } else {
            old.settings.currency.clone()
        },
        old: old_info,
        new: new_info,
        changed,
        days,
        scenes,
        people,
        locations,
        budget,
    }
}

/// Scene numbers in script order: `2, 10, 10A, 11, A12`.
pub fn scene_order(number: &str) -> Vec<(u8, u128, String)> {
    let mut key = Vec::new();
    let mut rest = number;
    while !rest.is_empty() {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 {
            let (run, tail) = rest.split_at(digits);
            key.push((0, run.parse().unwrap_or(u128::MAX), String::new()));
            rest = tail;
        } else {
            let letters = rest.len() - rest.trim_start_matches(|c: char| !c.is_ascii_digit()).len();
            let (run, tail) = rest.split_at(letters);
            key.push((1, 0, run.to_string()));
            rest = tail;
        }
    }
    key
}
