//! `prodcoord diff`: loads both versions, refuses either one with
//! integrity errors (exit 1), and prints what changed. Exit 0 whether or
//! not anything changed.

use crate::cli::{Cli, DiffArgs, DiffFormat, Output};
use crate::diff::{self, Versions, render};

pub fn run(cli: &Cli, args: &DiffArgs, out: &Output) -> Result<u8, crate::Error> {
    let versions = match (&args.old_dir, &args.new_dir) {
        (Some(old), Some(new)) => Versions::Folders {
            old: old.clone(),
            new: new.clone(),
        },
        _ => Versions::Git {
            project: cli.project.clone(),
            old: args.old.clone().unwrap_or_else(|| "HEAD".into()),
            new: args.new.clone(),
        },
    };
    let (old, new) = diff::open(&versions)?;
    let mut refused = false;
    let mut trusted = |side: diff::Opened, which: &str| {
        let label = format!("{which}, {}", side.info.describe());
        let production = match side.loaded {
            None => None,
            Some(loaded) => match crate::commands::trusted(loaded, out, Some(&label))? {
                Ok(production) => Some(production),
                Err(_) => {
                    refused = true;
                    None
                }
            },
        };
        Ok::<_, crate::Error>((production, side.info))
    };
    let (old_production, old_info) = trusted(old, "the old version")?;
    let (new_production, new_info) = trusted(new, "the new version")?;
    if refused {
        return Ok(1);
    }
    let changes = diff::compare_versions(
        old_production.as_ref(),
        new_production.as_ref(),
        old_info,
        new_info,
    );
    let text = match args.format {
        DiffFormat::Text => render::text::render(&changes),
        DiffFormat::Markdown => render::markdown::render(&changes),
        DiffFormat::Json => render::json::render(&changes),
    };
    out.print(&text)?;
    Ok(0)
}
