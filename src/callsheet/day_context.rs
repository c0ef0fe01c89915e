use crate::model::{Day, DayPlan, Production, Timeline};
use crate::reports::Dood;
use chrono::{NaiveDateTime, NaiveTime};

/// What every part of a call sheet reads: the production, the day entry
/// and its plan, and the day out of days.
pub(crate) struct DayContext<'a> {
    pub production: &'a Production,
    pub timeline: &'a Timeline,
    pub plan: &'a DayPlan,
    pub day: &'a Day,
    pub dood: &'a Dood,
}

impl<'a> DayContext<'a> {
    pub fn new(
        production: &'a Production,
        timeline: &'a Timeline,
        plan: &'a DayPlan,
        dood: &'a Dood,
    ) -> Option<DayContext<'a>> {
        let day = production.days.get(plan.day)?;
        Some(DayContext {
            production,
            timeline,
            plan,
            day,
            dood,
        })
    }

    /// A time written on the day, on its real date (night days, §8).
    pub fn place(&self, time: NaiveTime) -> NaiveDateTime {
        DayPlan::place(self.day, time)
    }
}
