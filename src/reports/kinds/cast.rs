//! `report cast`: the cast contact list in board order. With `--unit`,
//! `--from` or `--to`, only the performers on those days (shoot, rehearsal
//! or travel), and their shoot days among them.

use crate::analysis::Analysis;
use crate::model::DayKind;
use crate::reports::{Cell, Column, Filter, Report, RowKind, Scope, Table, dood, text};
use serde::Serialize;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    report: &'static str,
    #[serde(flatten)]
    scope: Scope<'a>,
    cast: Vec<Performer<'a>>,
}

#[derive(Serialize)]
struct Performer<'a> {
    id: &'a str,
    number: Option<u32>,
    character: &'a str,
    name: &'a str,
    phone: Option<&'a str>,
    email: Option<&'a str>,
    agent: Option<&'a str>,
    minor: bool,
    work_days: usize,
    first_day: Option<String>,
    last_day: Option<String>,
}

pub fn build(ctx: &Analysis, filter: &Filter) -> Report {
    let production = ctx.production;
    let count = production.cast.len();
    let mut work_days = vec![0usize; count];
    let mut first = vec![None; count];
    let mut last = vec![None; count];
    for plan in ctx.timeline.plans.iter().filter(|p| filter.plan(p)) {
        for &c in &plan.cast {
            if plan.kind == DayKind::Shoot {
                work_days[c] += 1;
            }
            first[c] = first[c].or(Some(plan.date));
            last[c] = Some(plan.date);
        }
    }
    let mut table = Table::new(
        text::title(production, "Cast list", filter),
        vec![
            Column::new("number", "#").right(),
            Column::new("character", "Character"),
            Column::new("name", "Performer"),
            Column::new("id", "ID"),
            Column::new("phone", "Phone"),
            Column::new("email", "Email"),
            Column::new("agent", "Agent"),
            Column::new("minor", "Minor").nowrap(),
            Column::new("work_days", "Shoot days").right(),
        ],
    );
    let mut cast = Vec::new();
    for c in dood::board_order(production) {
        if filter.is_set() && first[c].is_none() {
            continue;
        }
        let member = &production.cast[c];
        table.push(
            RowKind::Item,
            vec![
                member.number.as_ref().map(|n| n.value.to_string()).into(),
                (&member.character).into(),
                (&member.name).into(),
                (&member.id.value).into(),
                member.phone.as_deref().into(),
                member.email.as_deref().into(),
                member.agent.as_deref().into(),
                Cell::from(if member.minor { "minor" } else { "" }),
                work_days[c].to_string().into(),
            ],
        );
        cast.push(Performer {
            id: &member.id.value,
            number: member.number.as_ref().map(|n| n.value),
            character: &member.character,
            name: &member.name,
            phone: member.phone.as_deref(),
            email: member.email.as_deref(),
            agent: member.agent.as_deref(),
            minor: member.minor,
            work_days: work_days[c],
            first_day: first[c].map(|d: chrono::NaiveDate| d.to_string()),
            last_day: last[c].map(|d: chrono::NaiveDate| d.to_string()),
        });
    }
    if cast.is_empty() {
        table.note("No performer is on the days asked for.");
    }
    let document = Document {
        version: 1,
        report: "cast",
        scope: filter.scope(),
        cast,
    };
    Report::new(table, &document)
}
