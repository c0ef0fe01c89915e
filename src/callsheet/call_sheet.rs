use super::place_contact::non_empty;
use super::{
    AdvanceDay, CastEntry, CrewDepartment, DayContext, ElementGroup, LocationEntry, NotAShootDay,
    ProductionContact, SceneEntry, SunTimes,
};
use crate::model::{DayKind, DayPlan, Pages, Production, Timeline};
use crate::reports::Dood;
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

/// Everything the call sheet of one day says, in the order it says it.
/// Times are local to the production's time zone and placed on their real
/// date: a night day's wrap falls on the next date.
#[derive(Debug, Clone, Serialize)]
pub struct CallSheet {
    pub title: String,
    pub company: Option<String>,
    #[serde(serialize_with = "super::serde_time::date")]
    pub date: NaiveDate,
    /// `Monday`.
    pub weekday: String,
    pub unit: String,
    /// `shoot` (the calendar export also reads `rehearsal` and `travel`).
    pub kind: &'static str,
    /// "Day N of M": N, and M the unit's shoot days.
    pub day_number: Option<usize>,
    pub shoot_days: usize,
    /// IANA name, e.g. `Europe/Lisbon`.
    pub timezone: String,
    /// The wrap is at or before the crew call: it falls on the next date.
    pub night: bool,
    #[serde(serialize_with = "super::serde_time::opt_datetime")]
    pub crew_call: Option<NaiveDateTime>,
    #[serde(serialize_with = "super::serde_time::opt_datetime")]
    pub shooting_call: Option<NaiveDateTime>,
    #[serde(serialize_with = "super::serde_time::opt_datetime")]
    pub wrap: Option<NaiveDateTime>,
    pub sun: Option<SunTimes>,
    pub weather: Option<String>,
    pub locations: Vec<LocationEntry>,
    pub scenes: Vec<SceneEntry>,
    /// The day's page total.
    #[serde(serialize_with = "super::serde_time::pages")]
    pub pages: Pages,
    pub cast: Vec<CastEntry>,
    /// Background (extras) in the day's scenes, added up.
    pub background: u64,
    pub crew: Vec<CrewDepartment>,
    pub elements: Vec<ElementGroup>,
    pub notes: Option<String>,
    pub contacts: Vec<ProductionContact>,
    /// The unit's next shoot day, if there is one.
    pub advance: Option<AdvanceDay>,
}

impl CallSheet {
    /// The call sheet of `unit`'s shoot day on `date`, with the cast's
    /// codes from the whole production's day out of days.
    pub fn build(
        production: &Production,
        timeline: &Timeline,
        date: NaiveDate,
        unit: &str,
    ) -> Result<CallSheet, NotAShootDay> {
        let dood = Dood::compute(production, timeline, None);
        CallSheet::build_with(production, timeline, &dood, date, unit)
    }

    /// As [`CallSheet::build`], with the day out of days already computed.
    pub fn build_with(
        production: &Production,
        timeline: &Timeline,
        dood: &Dood,
        date: NaiveDate,
        unit: &str,
    ) -> Result<CallSheet, NotAShootDay> {
        timeline
            .by_unit
            .get(unit)
            .and_then(|plans| {
                plans
                    .iter()
                    .map(|&p| &timeline.plans[p])
                    .find(|p| p.date == date && p.kind == DayKind::Shoot)
            })
            .and_then(|plan| CallSheet::for_plan(production, timeline, dood, plan))
            .ok_or_else(|| NotAShootDay::new(timeline, date, unit))
    }

    /// The sheet of any day entry, rehearsal and travel days included
    /// (they have no scenes, and travel days no times): what the calendar
    /// export reads. `None` only for a plan that is not the production's.
    pub fn for_plan(
        production: &Production,
        timeline: &Timeline,
        dood: &Dood,
        plan: &DayPlan,
    ) -> Option<CallSheet> {
        let ctx = DayContext::new(production, timeline, plan, dood)?;
        let settings = &production.settings;
        let scenes = SceneEntry::of_day(&ctx);
        Some(CallSheet {
            title: settings.title.clone(),
            company: non_empty(&settings.company),
            date: plan.date,
            weekday: plan.date.format("%A").to_string(),
            unit: plan.unit.clone(),
            kind: plan.kind.name(),
            day_number: plan.shoot_number,
            shoot_days: timeline.shoot_days_of(&plan.unit),
            timezone: settings.timezone.name().to_string(),
            night: plan.is_night(),
            crew_call: plan.crew_call,
            shooting_call: ctx.day.shooting_call.as_ref().map(|t| ctx.place(t.value)),
            wrap: plan.wrap,
            sun: SunTimes::of_day(&ctx),
            weather: non_empty(&ctx.day.weather),
            locations: LocationEntry::of_day(&ctx),
            pages: super::scene_entry::page_total(&scenes),
            background: scenes
                .iter()
                .fold(0u64, |sum, s| sum.saturating_add(s.background)),
            scenes,
            cast: CastEntry::of_day(&ctx),
            crew: CrewDepartment::of_day(&ctx),
            elements: ElementGroup::of_day(&ctx),
            notes: non_empty(&ctx.day.notes),
            contacts: ProductionContact::all(production),
            advance: AdvanceDay::after(&ctx),
        })
    }

    /// "Day 3 of 24".
    pub fn day_of(&self) -> Option<String> {
        self.day_number
            .map(|n| format!("Day {n} of {}", self.shoot_days))
    }
}
