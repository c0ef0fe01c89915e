//! Sunrise and sunset, computed offline for a place and date, in the
//! production's time zone.

use chrono::{NaiveDate, NaiveDateTime, TimeZone};
use sunrise::{Coordinates, SolarDay, SolarEvent};

/// The sun's times on one local date at one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SunDay {
    /// Sunrise and sunset, local times.
    Normal {
        rise: NaiveDateTime,
        set: NaiveDateTime,
    },
    /// The sun does not set (polar day).
    AlwaysUp,
    /// The sun does not rise (polar night).
    AlwaysDown,
}

pub fn sun_day(lat: f64, lon: f64, date: NaiveDate, tz: chrono_tz::Tz) -> SunDay {
    let Some(coordinates) = Coordinates::new(lat, lon) else {
        return SunDay::AlwaysDown;
    };
    let day = SolarDay::new(coordinates, date);
    let local = |event| {
        day.event_time(event)
            .map(|utc| tz.from_utc_datetime(&utc.naive_utc()).naive_local())
    };
    match (local(SolarEvent::Sunrise), local(SolarEvent::Sunset)) {
        (Some(rise), Some(set)) => SunDay::Normal { rise, set },
        _ if summer_at(lat, date) => SunDay::AlwaysUp,
        _ => SunDay::AlwaysDown,
    }
}

/// Whether the sun is on the same side of the equator as `lat`, i.e. a
/// missing sunrise means polar day rather than polar night.
fn summer_at(lat: f64, date: NaiveDate) -> bool {
    use chrono::Datelike;
    let day_of_year = f64::from(date.ordinal());
    let declination = -23.44 * ((360.0 / 365.0) * (day_of_year + 10.0)).to_radians().cos();
    lat * declination > 0.0
}

/// Daylight intervals (sunrise to sunset) overlapping the dates from
/// `first` to `last`, merged where they touch.
pub fn daylight(
    lat: f64,
    lon: f64,
    first: NaiveDate,
    last: NaiveDate,
    tz: chrono_tz::Tz,
) -> Vec<(NaiveDateTime, NaiveDateTime)> {
    let mut intervals: Vec<(NaiveDateTime, NaiveDateTime)> = Vec::new();
    for date in first.iter_days().take_while(|d| *d <= last) {
        let interval = match sun_day(lat, lon, date, tz) {
            SunDay::Normal { rise, set } => (rise, set),
            SunDay::AlwaysUp => {
                let next = date.succ_opt().unwrap_or(date);
                (
                    date.and_time(chrono::NaiveTime::MIN),
                    next.and_time(chrono::NaiveTime::MIN),
                )
            }
            SunDay::AlwaysDown => continue,
        };
        match intervals.last_mut() {
            Some(last) if interval.0 <= last.1 => last.1 = last.1.max(interval.1),
            _ => intervals.push(interval),
        }
    }
    intervals
}
