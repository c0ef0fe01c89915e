//! The production seen through its derived facts.

use crate::budget::BudgetTotals;
use crate::model::Pages;
use crate::model::{DayPlan, PersonRef, Production, Timeline};
use crate::text::long_date;
use std::sync::OnceLock;

/// A production with what checks, reports and call sheets derive from it
/// once: the timeline of real dates and times, and the budget's figures.
pub struct Analysis<'a> {
    pub production: &'a Production,
    pub timeline: Timeline,
    budget: OnceLock<BudgetTotals>,
}

impl<'a> Analysis<'a> {
    pub fn new(production: &'a Production) -> Self {
        Analysis {
            production,
            timeline: Timeline::build(production),
            budget: OnceLock::new(),
        }
    }

    pub fn budget(&self) -> &BudgetTotals {
        self.budget
            .get_or_init(|| BudgetTotals::compute(self.production))
    }

    pub fn day_of(&self, plan: &DayPlan) -> &'a crate::model::Day {
        &self.production.days[plan.day]
    }

    /// "Ana Costa (camera)" or "Elena Marques (ELENA, #1)".
    pub fn person(&self, person: PersonRef) -> String {
        match person {
            PersonRef::Cast(i) => {
                let c = &self.production.cast[i];
                let name = if c.name.is_empty() {
                    &c.id.value
                } else {
                    &c.name
                };
                match (&c.character, c.number.as_ref()) {
                    (ch, Some(n)) if !ch.is_empty() => format!("{name} ({ch}, cast #{})", n.value),
                    (ch, None) if !ch.is_empty() => format!("{name} ({ch})"),
                    _ => name.to_string(),
                }
            }
            PersonRef::Crew(i) => {
                let c = &self.production.crew[i];
                let name = if c.name.is_empty() {
                    &c.id.value
                } else {
                    &c.name
                };
                if c.department.is_empty() {
                    name.to_string()
                } else {
                    format!("{name} ({})", c.department)
                }
            }
        }
    }

    pub fn person_id(&self, person: PersonRef) -> &'a str {
        match person {
            PersonRef::Cast(i) => &self.production.cast[i].id.value,
            PersonRef::Crew(i) => &self.production.crew[i].id.value,
        }
    }

    /// "Day 3 on unit main, Thu 4 Mar 2027" style description of a plan.
    pub fn day_name(&self, plan: &DayPlan) -> String {
        let kind = match plan.kind {
            crate::model::DayKind::Shoot => "",
            crate::model::DayKind::Rehearsal => " (rehearsal)",
            crate::model::DayKind::Travel => " (travel)",
        };
        format!("{} on unit {}{kind}", long_date(plan.date), plan.unit)
    }

    /// The pages a scene counts for on each of its days: a scene spread
    /// over k days counts pages/k, rounded up to eighths.
    pub fn pages_share(&self, scene: usize) -> Pages {
        let pages = self.production.scenes[scene].pages.eighths();
        let days = self.timeline.scene_days[scene].len().max(1) as u64;
        Pages(pages.div_ceil(days))
    }
}
