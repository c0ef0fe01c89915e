//! `prodcoord report KIND`: builds the report from a trusted production
//! and prints it in the chosen format.

use crate::analysis::Analysis;
use crate::cli::{Cli, Output, ReportArgs, ReportFormat, ReportKind};
use crate::reports::render::{self, TableOptions};
use crate::reports::{Filter, Report, kinds};

pub fn run(cli: &Cli, args: &ReportArgs, out: &Output) -> Result<u8, crate::Error> {
    let filter = Filter {
        unit: args.unit.clone(),
        from: args.from,
        to: args.to,
    };
    applicable(args.kind, &filter)?;
    let production = match crate::commands::load_trusted(cli, out)? {
        Ok(production) => production,
        Err(code) => return Ok(code),
    };
    filter.validate(&production).map_err(crate::Error::Usage)?;
    let ctx = Analysis::new(&production);
    let report = build(args.kind, &ctx, &filter);
    for warning in &report.warnings {
        out.note(&format!("warning: {warning}"));
    }
    let text = match args.format {
        ReportFormat::Table => render::table::render(
            &report.table,
            TableOptions {
                width: TableOptions::terminal_width(),
                color: out.stdout_color(),
            },
        ),
        ReportFormat::Csv => {
            render::csv::render(&report.table).map_err(|source| crate::Error::Io {
                context: "cannot write the CSV".into(),
                source,
            })?
        }
        ReportFormat::Json => report.json,
        ReportFormat::Markdown => render::markdown::render(&report.table),
    };
    out.print(&text)?;
    Ok(0)
}

/// Builds one report.
pub fn build(kind: ReportKind, ctx: &Analysis, filter: &Filter) -> Report {
    match kind {
        ReportKind::Dood => kinds::dood::build(ctx, filter),
        ReportKind::Budget => kinds::budget::build(ctx, filter),
        ReportKind::Cost => kinds::cost::build(ctx, filter),
        ReportKind::Schedule => kinds::schedule::build(ctx, filter),
        ReportKind::Oneliner => kinds::oneliner::build(ctx, filter),
        ReportKind::Cast => kinds::cast::build(ctx, filter),
        ReportKind::Crew => kinds::crew::build(ctx, filter),
        ReportKind::Locations => kinds::locations::build(ctx, filter),
        ReportKind::Elements => kinds::elements::build(ctx, filter),
    }
}

/// `--unit`, `--from` and `--to` where they mean nothing are refused
/// rather than ignored: the budget topsheet has no dates, the cost report
/// has dates (of expenses) but no units.
fn applicable(kind: ReportKind, filter: &Filter) -> Result<(), crate::Error> {
    let refuse = |option: &str, why: &str| {
        Err(crate::Error::Usage(format!(
            "`{option}` does not apply to `report {}`: {why}",
            kind_name(kind)
        )))
    };
    match kind {
        ReportKind::Budget if filter.unit.is_some() => {
            refuse("--unit", "the budget is the whole production's")
        }
        ReportKind::Budget if filter.has_dates() => refuse(
            if filter.from.is_some() {
                "--from"
            } else {
                "--to"
            },
            "the budget has no dates (`report cost --from/--to` counts the expenses of a period)",
        ),
        ReportKind::Cost if filter.unit.is_some() => {
            refuse("--unit", "expenses are not charged to units")
        }
        _ => Ok(()),
    }
}

fn kind_name(kind: ReportKind) -> &'static str {
    match kind {
        ReportKind::Dood => "dood",
        ReportKind::Budget => "budget",
        ReportKind::Cost => "cost",
        ReportKind::Schedule => "schedule",
        ReportKind::Oneliner => "oneliner",
        ReportKind::Cast => "cast",
        ReportKind::Crew => "crew",
        ReportKind::Locations => "locations",
        ReportKind::Elements => "elements",
    }
}
