//! One reader per kind of file: which top-level keys it may hold and how
//! each entry is read.

mod budget;
mod cast;
mod crew;
mod expenses;
mod locations;
mod production;
mod scenes;
mod schedule;

use super::LoadCtx;
use super::reader::{Value, did_you_mean};
use super::values;
use crate::diagnostics::{Diagnostic, Rule};
use crate::model::{Kind, Production};
use crate::source::Span;
use toml::de::{DeTable, DeValue};

/// Top-level keys and the kind of file each belongs in.
const TOP_LEVEL: &[(&str, Kind)] = &[
    ("production", Kind::Production),
    ("rules", Kind::Production),
    ("check", Kind::Production),
    ("cast", Kind::Cast),
    ("crew", Kind::Crew),
    ("location", Kind::Locations),
    ("scene", Kind::Scenes),
    ("day", Kind::Schedule),
    ("budget", Kind::Budget),
    ("fringe", Kind::Budget),
    ("account", Kind::Budget),
    ("line", Kind::Budget),
    ("expense", Kind::Expenses),
];

/// Reads one `[[…]]` entry into the production.
type EntryReader = fn(&DeTable, Span, &mut LoadCtx, &mut Production);

/// The `[[…]]` arrays and the reader of each entry.
const ENTRIES: &[(&str, EntryReader)] = &[
    ("cast", cast::read),
    ("crew", crew::read),
    ("location", locations::read),
    ("scene", scenes::read),
    ("day", schedule::read),
    ("fringe", budget::read_fringe),
    ("account", budget::read_account),
    ("line", budget::read_line),
    ("expense", expenses::read),
];

pub fn read_file(kind: Kind, table: &DeTable, ctx: &mut LoadCtx, production: &mut Production) {
    if kind == Kind::Production {
        production::read(table, ctx, production);
    }
    for (key, value) in table.iter() {
        let name = key.get_ref().as_ref();
        let owner = TOP_LEVEL
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, kind)| *kind);
        match owner {
            Some(owner) if owner == kind => {}
            _ => {
                report_misplaced(kind, name, owner, ctx.span(key.span()), ctx);
                continue;
            }
        }
        if let Some((_, read)) = ENTRIES.iter().find(|(k, _)| *k == name) {
            entries(value, name, ctx, |t, s, c| read(t, s, c, production));
        } else if name == "budget" {
            budget::read_settings(value, ctx, production);
        }
        // prodcoord.toml's tables were read above.
    }
}

fn report_misplaced(kind: Kind, name: &str, owner: Option<Kind>, span: Span, ctx: &mut LoadCtx) {
    let allowed: Vec<&str> = TOP_LEVEL
        .iter()
        .filter(|(_, k)| *k == kind)
        .map(|(k, _)| *k)
        .collect();
    let help = match owner {
        Some(Kind::Production) => format!("`[{name}]` belongs in prodcoord.toml"),
        Some(owner) => format!(
            "`{name}` entries belong in {0}.toml or a file under {0}/",
            owner.file_stem()
        ),
        None => match did_you_mean(name, &allowed) {
            Some(known) => format!("did you mean `{known}`?"),
            None => format!(
                "this file can hold: {}",
                allowed
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        },
    };
    ctx.push(
        Diagnostic::new(
            Rule::UnknownField,
            span,
            format!(
                "`{name}` does not belong in {} file",
                super::reader::with_article(kind.file_stem())
            ),
        )
        .label("not allowed here")
        .help(help)
        .subject("field", name),
    );
}

/// Reads `[[name]]` entries (an array of tables, or of inline tables).
fn entries(
    value: &Value,
    name: &str,
    ctx: &mut LoadCtx,
    mut read: impl FnMut(&DeTable, Span, &mut LoadCtx),
) {
    match value.get_ref() {
        DeValue::Array(items) => {
            for item in items.iter() {
                let span = ctx.span(item.span());
                match item.get_ref() {
                    DeValue::Table(table) => read(table, span, ctx),
                    _ => values::invalid(
                        ctx,
                        item,
                        name,
                        format!("each `{name}` entry must be a table"),
                        Some(format!(
                            "write each entry under its own `[[{name}]]` header"
                        )),
                    ),
                }
            }
        }
        _ => values::invalid(
            ctx,
            value,
            name,
            format!("`{name}` must be a list of entries"),
            Some(format!(
                "write `[[{name}]]` (double brackets) before each entry"
            )),
        ),
    }
}
