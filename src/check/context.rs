use crate::budget::BudgetTotals;
use crate::model::{DayPlan, PersonRef, Production, Timeline};
use chrono::{NaiveDate, NaiveDateTime};
use std::sync::OnceLock;

/// What every rule reads: the production and what is derived from it once.
pub struct Context<'a> {
    pub production: &'a Production,
    pub timeline: Timeline,
    budget: OnceLock<BudgetTotals>,
    bookings: OnceLock<Vec<super::bookings::BookingList>>,
}

impl<'a> Context<'a> {
    pub fn new(production: &'a Production) -> Self {
        Context {
            production,
            timeline: Timeline::build(production),
            budget: OnceLock::new(),
            bookings: OnceLock::new(),
        }
    }

    pub fn bookings(&self) -> &[super::bookings::BookingList] {
        self.bookings
            .get_or_init(|| super::bookings::booking_lists(self))
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
}

/// "Thu 4 Mar 2027".
pub fn long_date(date: NaiveDate) -> String {
    date.format("%a %-d %b %Y").to_string()
}

/// "07:00", or "05:00 next day" when the time falls after `date`.
pub fn clock(time: NaiveDateTime, date: NaiveDate) -> String {
    let hm = time.format("%H:%M");
    match (time.date() - date).num_days() {
        0 => hm.to_string(),
        1 => format!("{hm} next day"),
        -1 => format!("{hm} the day before"),
        n => format!("{hm} ({n:+} days)"),
    }
}

/// "10 h 30 min".
pub fn duration(delta: chrono::TimeDelta) -> String {
    let minutes = delta.num_minutes();
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (h, 0) => format!("{h} h"),
        (0, m) => format!("{m} min"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// Hours from the rules as a duration, to the second.
pub fn hours(hours: rust_decimal::Decimal) -> chrono::TimeDelta {
    use rust_decimal::prelude::ToPrimitive;
    hours
        .checked_mul(rust_decimal::Decimal::from(3600))
        .and_then(|seconds| seconds.round().to_i64())
        .and_then(chrono::TimeDelta::try_seconds)
        .unwrap_or(chrono::TimeDelta::MAX)
}

/// "12" or "7.5" for hours in messages.
pub fn hours_text(hours: rust_decimal::Decimal) -> String {
    hours.normalize().to_string()
}
