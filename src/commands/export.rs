//! `prodcoord export ics`: the schedule as an iCalendar file.

use crate::cli::{Cli, ExportCommand, IcsArgs, Output};
use crate::ics::{ExportOptions, export};
use crate::model::Timeline;
use crate::reports::Filter;

pub fn run(cli: &Cli, command: &ExportCommand, out: &Output) -> Result<u8, crate::Error> {
    match command {
        ExportCommand::Ics(args) => ics(cli, args, out),
    }
}

fn ics(cli: &Cli, args: &IcsArgs, out: &Output) -> Result<u8, crate::Error> {
    let stamp = stamp()?;
    let production = match crate::commands::load_trusted(cli, out)? {
        Ok(production) => production,
        Err(code) => return Ok(code),
    };
    Filter {
        unit: args.unit.clone(),
        ..Filter::default()
    }
    .validate(&production)
    .map_err(crate::Error::Usage)?;
    let timeline = Timeline::build(&production);
    let options = ExportOptions {
        person: args.person.clone(),
        unit: args.unit.clone(),
        stamp,
    };
    let calendar =
        export(&production, &timeline, &options).map_err(|e| crate::Error::Usage(e.to_string()))?;
    if calendar.events.is_empty() {
        out.note(&match &args.person {
            Some(id) => {
                format!("`{id}` works no day in this selection: the calendar has no events")
            }
            None => "There are no days in this selection: the calendar has no events".to_string(),
        });
    }
    super::output_file::deliver(out, args.output.as_deref(), args.force, &calendar.text)?;
    Ok(0)
}

/// DTSTAMP: now, or `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) for a
/// reproducible file.
fn stamp() -> Result<chrono::DateTime<chrono::Utc>, crate::Error> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(text) if !text.trim().is_empty() => text
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
            .ok_or_else(|| {
                crate::Error::Usage(format!(
                    "SOURCE_DATE_EPOCH must be a number of seconds since 1970, not `{text}`"
                ))
            }),
        _ => Ok(chrono::Utc::now()),
    }
}
