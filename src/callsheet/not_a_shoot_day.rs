use crate::model::{DayKind, Timeline};
use chrono::NaiveDate;
use std::fmt;

/// Why there is no call sheet for a date: it is not a shoot day of the
/// unit. Names the unit's nearest shoot days before and after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotAShootDay {
    pub date: NaiveDate,
    pub unit: String,
    /// What the unit has on that date instead (rehearsal, travel), if any.
    pub kind: Option<DayKind>,
    pub before: Option<NearDay>,
    pub after: Option<NearDay>,
}

/// A shoot day and its number, "Day 6".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NearDay {
    pub date: NaiveDate,
    pub number: usize,
}

impl NotAShootDay {
    pub fn new(timeline: &Timeline, date: NaiveDate, unit: &str) -> NotAShootDay {
        let plans: Vec<_> = timeline
            .by_unit
            .get(unit)
            .map(|p| p.iter().map(|&p| &timeline.plans[p]).collect())
            .unwrap_or_default();
        let near = |plan: &&crate::model::DayPlan| {
            plan.shoot_number.map(|number| NearDay {
                date: plan.date,
                number,
            })
        };
        NotAShootDay {
            date,
            unit: unit.to_string(),
            kind: plans.iter().find(|p| p.date == date).map(|p| p.kind),
            before: plans.iter().rev().filter(|p| p.date < date).find_map(near),
            after: plans.iter().filter(|p| p.date > date).find_map(near),
        }
    }
}

impl fmt::Display for NotAShootDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let when = crate::text::long_date(self.date);
        match self.kind {
            Some(kind) => write!(
                f,
                "{when} is a {} day of unit `{}`, not a shoot day: call sheets are for shoot days",
                kind.name(),
                self.unit
            )?,
            None => write!(
                f,
                "{when} is not a shoot day of unit `{}`: it has no day entry that date",
                self.unit
            )?,
        }
        let day = |d: &NearDay| {
            format!(
                "{} ({}, Day {})",
                d.date,
                crate::text::long_date(d.date),
                d.number
            )
        };
        match (&self.before, &self.after) {
            (Some(b), Some(a)) => write!(
                f,
                "\nnearest shoot days: {} before, {} after",
                day(b),
                day(a)
            ),
            (Some(b), None) => write!(
                f,
                "\nnearest shoot day: {} before (the unit's last)",
                day(b)
            ),
            (None, Some(a)) => write!(
                f,
                "\nnearest shoot day: {} after (the unit's first)",
                day(a)
            ),
            (None, None) => write!(f, "\nunit `{}` has no shoot days", self.unit),
        }
    }
}

impl std::error::Error for NotAShootDay {}
