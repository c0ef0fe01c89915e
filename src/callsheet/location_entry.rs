use super::place_contact::non_empty;
use super::{DayContext, PlaceContact};
use serde::Serialize;

/// One location of the day, numbered in order of first use.
#[derive(Debug, Clone, Serialize)]
pub struct LocationEntry {
    /// 1 for the day's first location.
    pub number: usize,
    pub id: String,
    pub name: String,
    pub address: Option<String>,
    pub parking: Option<String>,
    pub notes: Option<String>,
    /// `[lat, lon]` in degrees.
    pub coordinates: Option<(f64, f64)>,
    pub contact: Option<PlaceContact>,
    pub hospital: Option<PlaceContact>,
    /// Numbers of the day's scenes shot here, in shooting order.
    pub scenes: Vec<String>,
}

impl LocationEntry {
    /// Every location of the day's scenes, each once.
    pub(crate) fn of_day(ctx: &DayContext) -> Vec<LocationEntry> {
        let production = ctx.production;
        ctx.plan
            .locations
            .iter()
            .enumerate()
            .map(|(i, &l)| {
                let location = &production.locations[l];
                let scenes = ctx
                    .plan
                    .scenes
                    .iter()
                    .map(|&s| &production.scenes[s])
                    .filter(|scene| {
                        scene
                            .location
                            .as_ref()
                            .is_some_and(|id| id.value == location.id.value)
                    })
                    .map(|scene| scene.number.value.clone())
                    .collect();
                LocationEntry {
                    number: i + 1,
                    id: location.id.value.clone(),
                    name: location.name.clone(),
                    address: non_empty(&location.address),
                    parking: non_empty(&location.parking),
                    notes: non_empty(&location.notes),
                    coordinates: location.coordinates,
                    contact: location
                        .contact
                        .as_ref()
                        .and_then(PlaceContact::from_contact),
                    hospital: location.hospital.as_ref().map(PlaceContact::from_hospital),
                    scenes,
                }
            })
            .collect()
    }
}
