//! `prodcoord callsheet DATE`: the call sheet of one shoot day.

use crate::callsheet::{CallSheet, Format, render::render};
use crate::cli::{CallsheetArgs, CallsheetFormat, Cli, Output};
use crate::model::Timeline;
use crate::reports::Filter;

pub fn run(cli: &Cli, args: &CallsheetArgs, out: &Output) -> Result<u8, crate::Error> {
    let production = match crate::commands::load_trusted(cli, out)? {
        Ok(production) => production,
        Err(code) => return Ok(code),
    };
    Filter {
        unit: Some(args.unit.clone()),
        ..Filter::default()
    }
    .validate(&production)
    .map_err(crate::Error::Usage)?;
    let timeline = Timeline::build(&production);
    let sheet = match CallSheet::build(&production, &timeline, args.date, &args.unit) {
        Ok(sheet) => sheet,
        Err(not_a_shoot_day) => {
            out.error(&not_a_shoot_day.to_string(), None);
            return Ok(1);
        }
    };
    let format = match args.format {
        CallsheetFormat::Text => Format::Text,
        CallsheetFormat::Markdown => Format::Markdown,
        CallsheetFormat::Html => Format::Html,
        CallsheetFormat::Json => Format::Json,
    };
    let text = render(&sheet, format).map_err(|e| crate::Error::Usage(e.to_string()))?;
    super::output_file::deliver(out, args.output.as_deref(), args.force, &text)?;
    Ok(0)
}
