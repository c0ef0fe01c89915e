use super::DayContext;
use crate::sun::{SunDay, sun_day};
use chrono::{NaiveDateTime, Timelike};
use serde::Serialize;

/// Sunrise and sunset at the day's first location with coordinates,
/// computed offline, in the production's time zone, to the minute.
/// On a night day the sunrise is the next morning's: the one the unit
/// shoots towards.
#[derive(Debug, Clone, Serialize)]
pub struct SunTimes {
    /// The location's id and name.
    pub location: String,
    pub location_name: String,
    #[serde(serialize_with = "super::serde_time::opt_datetime")]
    pub sunrise: Option<NaiveDateTime>,
    #[serde(serialize_with = "super::serde_time::opt_datetime")]
    pub sunset: Option<NaiveDateTime>,
    /// `"up"`: the sun does not set that day; `"down"`: it does not rise.
    pub polar: Option<&'static str>,
}

impl SunTimes {
    pub(crate) fn of_day(ctx: &DayContext) -> Option<SunTimes> {
        let production = ctx.production;
        let location = ctx
            .plan
            .locations
            .iter()
            .map(|&l| &production.locations[l])
            .find(|l| {
                l.coordinates
                    .is_some_and(|(lat, lon)| lat.is_finite() && lon.is_finite())
            })?;
        let (lat, lon) = location.coordinates?;
        let tz = production.settings.timezone;
        let date = ctx.plan.date;
        let rise_date = if ctx.plan.is_night() {
            date.succ_opt().unwrap_or(date)
        } else {
            date
        };
        let mut polar = None;
        let mut times = |d| match sun_day(lat, lon, d, tz) {
            SunDay::Normal { rise, set } => Some((rise, set)),
            SunDay::AlwaysUp => {
                polar = polar.or(Some("up"));
                None
            }
            SunDay::AlwaysDown => {
                polar = polar.or(Some("down"));
                None
            }
        };
        let sunset = times(date).map(|(_, set)| to_minute(set));
        let sunrise = times(rise_date).map(|(rise, _)| to_minute(rise));
        Some(SunTimes {
            location: location.id.value.clone(),
            location_name: location.name.clone(),
            sunrise,
            sunset,
            polar,
        })
    }
}

/// To the minute, seconds dropped, as `prodcoord check` prints sun times
/// (so the two never disagree by a minute).
fn to_minute(time: NaiveDateTime) -> NaiveDateTime {
    time.with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(time)
}
