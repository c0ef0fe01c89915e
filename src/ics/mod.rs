//! `prodcoord export ics`: the schedule as an iCalendar file (RFC 5545).
//!
//! One VEVENT per day entry (shoot, rehearsal and travel days; with a
//! person, only the days they work, from their call to wrap). Each event
//! is read off the day's [`CallSheet`], so the calendar and the call
//! sheet never disagree. Times are local to the production's time zone,
//! written with `TZID=` and a VTIMEZONE built from the IANA database (UTC
//! productions get `Z` times); UIDs depend only on the title, unit, date
//! and person, so a re-export updates events instead of duplicating them.

mod content;
mod description;
mod escape;
mod event;
mod fold;
mod timezone;
mod uid;

pub use event::{Event, EventTime};

use crate::callsheet::CallSheet;
use crate::model::{DayKind, PersonRef, Production, Timeline};
use crate::reports::Dood;
use chrono::{DateTime, Utc};
use description::{Called, describe};

/// What to export.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// Only the days this person (cast or crew id) works.
    pub person: Option<String>,
    /// Only this unit's days.
    pub unit: Option<String>,
    /// `DTSTAMP`: when the file was made.
    pub stamp: DateTime<Utc>,
}

/// The calendar: its text and the events in it.
#[derive(Debug, Clone)]
pub struct Calendar {
    pub text: String,
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// `--person` names nobody.
    UnknownPerson {
        id: String,
        suggestion: Option<String>,
    },
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::UnknownPerson { id, suggestion } => {
                write!(f, "nobody in the cast or crew has the id `{id}`")?;
                if let Some(s) = suggestion {
                    write!(f, " (did you mean `{s}`?)")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ExportError {}

/// Builds the calendar.
pub fn export(
    production: &Production,
    timeline: &Timeline,
    options: &ExportOptions,
) -> Result<Calendar, ExportError> {
    let person = match &options.person {
        None => None,
        Some(id) => match production.index.people.get(id) {
            Some(&who) => Some((id.as_str(), who)),
            None => {
                let ids: Vec<&str> = production.index.people.keys().map(String::as_str).collect();
                return Err(ExportError::UnknownPerson {
                    id: id.clone(),
                    suggestion: crate::load::did_you_mean(id, &ids).map(str::to_owned),
                });
            }
        },
    };
    let settings = &production.settings;
    let several_units = settings.unit_names().len() > 1;
    // Codes from the day out of days are not part of an event.
    let dood = Dood::default();
    let mut events = Vec::new();
    for plan in &timeline.plans {
        if options.unit.as_deref().is_some_and(|u| u != plan.unit) {
            continue;
        }
        let Some(sheet) = CallSheet::for_plan(production, timeline, &dood, plan) else {
            continue;
        };
        let called = match person {
            None => Called::Everyone,
            Some((id, PersonRef::Cast(_))) => match sheet.cast.iter().find(|c| c.id == id) {
                Some(entry) => Called::Cast(entry),
                None => continue,
            },
            Some((id, PersonRef::Crew(_))) => {
                let found = sheet.crew.iter().find_map(|d| {
                    d.people
                        .iter()
                        .find(|p| p.id == id)
                        .map(|p| (p, d.department.as_str()))
                });
                match found {
                    Some((entry, department)) => Called::Crew(entry, department),
                    None => continue,
                }
            }
        };
        let call = match &called {
            Called::Everyone => sheet.crew_call,
            Called::Cast(c) => c.call,
            Called::Crew(c, _) => c.call,
        };
        let (start, end) = match (plan.kind, call) {
            (DayKind::Travel, _) | (_, None) => (
                EventTime::Date(plan.date),
                plan.date.succ_opt().map(EventTime::Date),
            ),
            (_, Some(call)) => (
                EventTime::Local(call),
                sheet.wrap.filter(|w| *w > call).map(EventTime::Local),
            ),
        };
        let place = event_place(&sheet, &called);
        let mut summary = format!("{} — ", sheet.title);
        summary.push_str(&match plan.kind {
            DayKind::Shoot => sheet.day_of().unwrap_or_else(|| "Shoot day".into()),
            DayKind::Rehearsal => "Rehearsal".into(),
            DayKind::Travel => "Travel day".into(),
        });
        if several_units {
            summary.push_str(&format!(" ({} unit)", sheet.unit));
        }
        events.push(Event {
            uid: uid::uid(
                &settings.title,
                &plan.unit,
                plan.date,
                person.map(|(id, _)| id),
            ),
            start,
            end,
            summary,
            location: place.and_then(|l| l.address.clone().or_else(|| Some(l.name.clone()))),
            geo: place.and_then(|l| l.coordinates),
            description: describe(&sheet, &called),
        });
    }
    let text = write_calendar(production, options, person, &events);
    Ok(Calendar { text, events })
}

/// Where the person is expected first: a performer at the location of
/// their first scene, everyone else at the day's first location.
fn event_place<'a>(
    sheet: &'a CallSheet,
    called: &Called,
) -> Option<&'a crate::callsheet::LocationEntry> {
    if let Called::Cast(c) = called
        && let Some(first) = c.scenes.first()
        && let Some(place) = sheet
            .scenes
            .iter()
            .find(|s| &s.number == first)
            .and_then(|s| s.location_number)
            .and_then(|n| sheet.locations.get(n - 1))
    {
        return Some(place);
    }
    sheet.locations.first()
}

fn write_calendar(
    production: &Production,
    options: &ExportOptions,
    person: Option<(&str, PersonRef)>,
    events: &[Event],
) -> String {
    let settings = &production.settings;
    let tz = settings.timezone;
    let utc = timezone::is_utc(tz);
    let mut content = content::Content::new();
    content.begin("VCALENDAR");
    content.raw("VERSION", &[], "2.0");
    content.raw("PRODID", &[], "-//prodcoord//prodcoord//EN");
    content.raw("CALSCALE", &[], "GREGORIAN");
    content.raw("METHOD", &[], "PUBLISH");
    let mut name = settings.title.clone();
    if let Some((id, who)) = person {
        let person_name = match who {
            PersonRef::Cast(i) => &production.cast[i].name,
            PersonRef::Crew(i) => &production.crew[i].name,
        };
        name.push_str(" — ");
        name.push_str(if person_name.trim().is_empty() {
            id
        } else {
            person_name
        });
    }
    if let Some(unit) = &options.unit {
        name.push_str(&format!(" ({unit} unit)"));
    }
    content.text("X-WR-CALNAME", &name);
    if !utc {
        content.text("X-WR-TIMEZONE", tz.name());
        let dates = events.iter().flat_map(|e| [Some(e.start), e.end]).flatten();
        let first = dates.clone().map(EventTime::date).min();
        let last = dates.map(EventTime::date).max();
        let fallback = settings
            .start
            .or_else(|| production.days.iter().map(|d| d.date.value).min());
        if let Some((first, last)) = first.zip(last).or(fallback.map(|d| (d, d))) {
            timezone::write(&mut content, tz, first, last);
        }
    }
    for event in events {
        event.write(&mut content, tz, utc, options.stamp);
    }
    content.end("VCALENDAR");
    content.finish()
}
