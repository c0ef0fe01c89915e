use super::DayContext;
use super::place_contact::non_empty;
use crate::model::{Pages, Production, Scene};
use serde::Serialize;

/// One scene, as a strip of the day: number, I/E, set, D/N, pages, cast.
#[derive(Debug, Clone, Serialize)]
pub struct SceneEntry {
    pub number: String,
    /// `INT`, `EXT` or `INT/EXT`.
    pub int_ext: &'static str,
    /// `DAY`, `NIGHT`, `DAWN` or `DUSK`.
    pub time: &'static str,
    pub set: String,
    #[serde(serialize_with = "super::serde_time::pages")]
    pub pages: Pages,
    /// Board numbers (ids for performers without one), in board order.
    pub cast: Vec<String>,
    pub background: u64,
    pub synopsis: Option<String>,
    pub script_day: Option<String>,
    /// The location's id and its number among the day's locations.
    pub location: Option<String>,
    pub location_number: Option<usize>,
}

impl SceneEntry {
    /// The scenes of the day in shooting order.
    pub(crate) fn of_day(ctx: &DayContext) -> Vec<SceneEntry> {
        ctx.plan
            .scenes
            .iter()
            .map(|&s| SceneEntry::new(ctx.production, &ctx.plan.locations, s))
            .collect()
    }

    /// `locations`: the day's locations (indices into
    /// `Production::locations`), for the location number.
    pub(crate) fn new(production: &Production, locations: &[usize], scene: usize) -> SceneEntry {
        let entry: &Scene = &production.scenes[scene];
        let index = &production.index;
        let cast: Vec<usize> = entry
            .cast
            .iter()
            .filter_map(|id| index.cast(&id.value))
            .collect();
        let location = entry.location.as_ref().map(|l| l.value.clone());
        let location_number = location
            .as_ref()
            .and_then(|id| index.locations.get(id))
            .and_then(|l| locations.iter().position(|x| x == l))
            .map(|p| p + 1);
        SceneEntry {
            number: entry.number.value.clone(),
            int_ext: entry.int_ext.name(),
            time: entry.time.name(),
            set: entry.set.clone(),
            pages: entry.pages,
            cast: crate::reports::dood::board_sorted(production, &cast)
                .into_iter()
                .map(|c| board_label(production, c))
                .collect(),
            background: entry.background.unwrap_or(0),
            synopsis: non_empty(&entry.synopsis),
            script_day: non_empty(&entry.script_day),
            location,
            location_number,
        }
    }
}

/// A performer as on the board: their number, else their id.
pub(crate) fn board_label(production: &Production, cast: usize) -> String {
    let member = &production.cast[cast];
    member
        .number
        .as_ref()
        .map_or_else(|| member.id.value.clone(), |n| n.value.to_string())
}

/// The total of some page counts (saturating: never overflows).
pub(crate) fn page_total<'a>(scenes: impl IntoIterator<Item = &'a SceneEntry>) -> Pages {
    Pages(
        scenes
            .into_iter()
            .fold(0u64, |sum, s| sum.saturating_add(s.pages.eighths())),
    )
}
