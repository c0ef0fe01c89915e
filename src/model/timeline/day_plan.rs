use crate::model::{Day, DayKind};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};

/// A day entry as the rules see it: times placed on real dates, scenes,
/// locations and cast resolved. Only the first of two entries with the
/// same date and unit becomes a plan.
#[derive(Debug, Clone)]
pub struct DayPlan {
    /// Index into `Production::days`.
    pub day: usize,
    pub date: NaiveDate,
    pub unit: String,
    pub kind: DayKind,
    pub crew_call: Option<NaiveDateTime>,
    pub wrap: Option<NaiveDateTime>,
    /// Scenes that exist and are not omitted, in shooting order.
    pub scenes: Vec<usize>,
    /// Locations of those scenes, each once, in order of first use.
    pub locations: Vec<usize>,
    /// Cast members on the day, each once.
    pub cast: Vec<usize>,
    /// "Day N" among the unit's shoot days.
    pub shoot_number: Option<usize>,
}

impl DayPlan {
    /// A night day wraps at or before its crew call (equal: 24 hours).
    pub fn is_night(&self) -> bool {
        matches!((self.crew_call, self.wrap), (Some(c), Some(w)) if w.date() > c.date())
    }

    /// Places a time written on `day` on its real date (format.md §8).
    pub fn place(day: &Day, time: NaiveTime) -> NaiveDateTime {
        let date = day.date.value;
        let on_next_date = match (&day.crew_call, &day.wrap) {
            (Some(call), Some(wrap)) if wrap.value <= call.value => {
                time < call.value && time <= wrap.value
            }
            _ => false,
        };
        let date = if on_next_date {
            date.succ_opt().unwrap_or(date)
        } else {
            date
        };
        date.and_time(time)
    }

    /// The wrap of `day` on its real date.
    pub fn place_wrap(day: &Day) -> Option<NaiveDateTime> {
        let wrap = day.wrap.as_ref()?.value;
        let call = day.crew_call.as_ref()?.value;
        let date = day.date.value;
        Some(if wrap <= call {
            date.succ_opt().unwrap_or(date).and_time(wrap)
        } else {
            date.and_time(wrap)
        })
    }

    pub fn length(&self) -> Option<TimeDelta> {
        Some(self.wrap? - self.crew_call?)
    }
}
