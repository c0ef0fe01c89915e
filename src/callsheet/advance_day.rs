use super::{DayContext, SceneEntry};
use crate::model::Pages;
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

/// The advance schedule: the unit's next shoot day, briefly.
#[derive(Debug, Clone, Serialize)]
pub struct AdvanceDay {
    #[serde(serialize_with = "super::serde_time::date")]
    pub date: NaiveDate,
    pub weekday: String,
    pub day_number: Option<usize>,
    #[serde(serialize_with = "super::serde_time::opt_datetime")]
    pub crew_call: Option<NaiveDateTime>,
    #[serde(serialize_with = "super::serde_time::opt_datetime")]
    pub wrap: Option<NaiveDateTime>,
    pub night: bool,
    pub scenes: Vec<SceneEntry>,
    #[serde(serialize_with = "super::serde_time::pages")]
    pub pages: Pages,
    /// Names of its locations, in order of first use.
    pub locations: Vec<String>,
}

impl AdvanceDay {
    /// The first shoot day of the unit after this one.
    pub(crate) fn after(ctx: &DayContext) -> Option<AdvanceDay> {
        let timeline = ctx.timeline;
        let plans = timeline.by_unit.get(&ctx.plan.unit)?;
        let next = plans
            .iter()
            .map(|&p| &timeline.plans[p])
            .find(|p| p.date > ctx.plan.date && p.shoot_number.is_some())?;
        let production = ctx.production;
        let scenes: Vec<SceneEntry> = next
            .scenes
            .iter()
            .map(|&s| SceneEntry::new(production, &next.locations, s))
            .collect();
        Some(AdvanceDay {
            date: next.date,
            weekday: next.date.format("%A").to_string(),
            day_number: next.shoot_number,
            crew_call: next.crew_call,
            wrap: next.wrap,
            night: next.is_night(),
            pages: super::scene_entry::page_total(&scenes),
            scenes,
            locations: next
                .locations
                .iter()
                .map(|&l| production.locations[l].name.clone())
                .collect(),
        })
    }
}
