use super::content::Content;
use super::timezone::local_text;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;

/// When an event starts or ends: a local time in the production's time
/// zone, or a whole date (travel days).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EventTime {
    Local(NaiveDateTime),
    Date(NaiveDate),
}

impl EventTime {
    pub fn date(self) -> NaiveDate {
        match self {
            EventTime::Local(t) => t.date(),
            EventTime::Date(d) => d,
        }
    }
}

/// One VEVENT.
#[derive(Debug, Clone)]
pub struct Event {
    pub uid: String,
    pub start: EventTime,
    /// `None` when it would not be after the start.
    pub end: Option<EventTime>,
    pub summary: String,
    pub location: Option<String>,
    /// Latitude and longitude of the location.
    pub geo: Option<(f64, f64)>,
    pub description: String,
}

impl Event {
    pub fn write(&self, content: &mut Content, tz: Tz, utc: bool, stamp: DateTime<Utc>) {
        content.begin("VEVENT");
        content.raw("UID", &[], &super::escape::text(&self.uid));
        content.raw("DTSTAMP", &[], &stamp.format("%Y%m%dT%H%M%SZ").to_string());
        let mut time = |name: &str, value: EventTime| match value {
            EventTime::Date(d) => {
                content.raw(name, &[("VALUE", "DATE")], &d.format("%Y%m%d").to_string());
            }
            EventTime::Local(t) if utc => {
                content.raw(name, &[], &format!("{}Z", local_text(t)));
            }
            EventTime::Local(t) => content.raw(name, &[("TZID", tz.name())], &local_text(t)),
        };
        time("DTSTART", self.start);
        if let Some(end) = self.end {
            time("DTEND", end);
        }
        content.text("SUMMARY", &self.summary);
        if let Some(location) = &self.location {
            content.text("LOCATION", location);
        }
        if let Some((lat, lon)) = self.geo
            && lat.is_finite()
            && lon.is_finite()
        {
            content.raw("GEO", &[], &format!("{lat:.6};{lon:.6}"));
        }
        content.text("DESCRIPTION", &self.description);
        content.raw("TRANSP", &[], "OPAQUE");
        content.end("VEVENT");
    }
}
