use super::DayContext;
use super::scene_entry::board_label;
use crate::model::Timeline;
use chrono::NaiveDateTime;
use serde::Serialize;

/// One performer on the day: who, their day-out-of-days code, and when.
#[derive(Debug, Clone, Serialize)]
pub struct CastEntry {
    pub id: String,
    pub number: Option<u32>,
    /// The board number, else the id: what the scenes list.
    pub label: String,
    pub name: String,
    pub character: String,
    pub minor: bool,
    /// `SW`, `W`, `WF`, `SWF`, `PW`, ... on this date (`""` when the day
    /// out of days has no code for it).
    pub code: &'static str,
    /// Their call: the earliest of pickup, makeup and on set, else the
    /// crew call (format.md §8).
    #[serde(serialize_with = "super::serde_time::opt_datetime")]
    pub call: Option<NaiveDateTime>,
    #[serde(serialize_with = "super::serde_time::opt_datetime")]
    pub pickup: Option<NaiveDateTime>,
    #[serde(serialize_with = "super::serde_time::opt_datetime")]
    pub makeup: Option<NaiveDateTime>,
    /// On set; the crew call for a performer with no `cast_calls` entry.
    #[serde(rename = "set", serialize_with = "super::serde_time::opt_datetime")]
    pub on_set: Option<NaiveDateTime>,
    /// The day's scenes they are in.
    pub scenes: Vec<String>,
}

impl CastEntry {
    /// The day's cast in board order.
    pub(crate) fn of_day(ctx: &DayContext) -> Vec<CastEntry> {
        let production = ctx.production;
        crate::reports::dood::board_sorted(production, &ctx.plan.cast)
            .into_iter()
            .map(|c| {
                let member = &production.cast[c];
                let id = member.id.value.as_str();
                let entry = ctx.day.cast_calls.iter().find(|call| call.id.value == id);
                let window = Timeline::cast_window(ctx.day, ctx.plan, id);
                let call = window.map(|w| w.call).or(ctx.plan.crew_call);
                let placed = |t: Option<chrono::NaiveTime>| t.map(|t| ctx.place(t));
                let scenes = ctx
                    .plan
                    .scenes
                    .iter()
                    .map(|&s| &production.scenes[s])
                    .filter(|scene| scene.cast.iter().any(|x| x.value == id))
                    .map(|scene| scene.number.value.clone())
                    .collect();
                CastEntry {
                    id: id.to_string(),
                    number: member.number.as_ref().map(|n| n.value),
                    label: board_label(production, c),
                    name: member.name.clone(),
                    character: member.character.clone(),
                    minor: member.minor,
                    code: ctx
                        .dood
                        .code(c, ctx.plan.date)
                        .map_or("", |code| code.as_str()),
                    call,
                    pickup: placed(entry.and_then(|e| e.pickup)),
                    makeup: placed(entry.and_then(|e| e.makeup)),
                    on_set: match entry {
                        Some(e) => placed(e.set),
                        None => call,
                    },
                    scenes,
                }
            })
            .collect()
    }
}
