//! Dates, times, durations and hours as people read them in messages,
//! reports and call sheets.

use chrono::{NaiveDate, NaiveDateTime};

/// "Thu 4 Mar 2027".
pub fn long_date(date: NaiveDate) -> String {
    date.format("%a %-d %b %Y").to_string()
}

/// "07:00", or "05:00 next day" when the time falls after `date`.
pub fn clock(time: NaiveDateTime, date: NaiveDate) -> String {
    let hm = time.format("%H:%M");
    match (time.date() - date).num_days() {
        0 => hm.to_string(),
        1 => format!("{hm} next day"),
        -1 => format!("{hm} the day before"),
        n => format!("{hm} ({n:+} days)"),
    }
}

/// "10 h 30 min".
pub fn duration(delta: chrono::TimeDelta) -> String {
    let minutes = delta.num_minutes();
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (h, 0) => format!("{h} h"),
        (0, m) => format!("{m} min"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// Hours from the rules as a duration, to the second.
pub fn hours(hours: rust_decimal::Decimal) -> chrono::TimeDelta {
    use rust_decimal::prelude::ToPrimitive;
    hours
        .checked_mul(rust_decimal::Decimal::from(3600))
        .and_then(|seconds| seconds.round().to_i64())
        .and_then(chrono::TimeDelta::try_seconds)
        .unwrap_or(chrono::TimeDelta::MAX)
}

/// "12" or "7.5" for hours in messages.
pub fn hours_text(hours: rust_decimal::Decimal) -> String {
    hours.normalize().to_string()
}
