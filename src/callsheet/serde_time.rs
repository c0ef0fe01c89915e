//! Dates and times in JSON: `2027-03-13` and `2027-03-13T05:00` (local
//! times in the production's time zone; seconds only when not zero).

use chrono::{NaiveDate, NaiveDateTime, Timelike};
use serde::Serializer;

/// `2027-03-13T05:00`, or `2027-03-13T05:00:30`.
pub fn datetime_text(value: NaiveDateTime) -> String {
    if value.second() == 0 {
        value.format("%Y-%m-%dT%H:%M").to_string()
    } else {
        value.format("%Y-%m-%dT%H:%M:%S").to_string()
    }
}

pub fn date<S: Serializer>(value: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&value.format("%Y-%m-%d"))
}

pub fn opt_datetime<S: Serializer>(
    value: &Option<NaiveDateTime>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => serializer.serialize_str(&datetime_text(*value)),
        None => serializer.serialize_none(),
    }
}

/// Pages as written in a breakdown: `1 3/8`.
pub fn pages<S: Serializer>(value: &crate::model::Pages, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}
