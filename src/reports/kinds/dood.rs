//! `report dood`: the day out of days grid.

use crate::analysis::Analysis;
use crate::reports::dood::{Code, Dood, Tally, hold_cost};
use crate::reports::{Cell, Column, Filter, Report, RowKind, Scope, Table, text};
use serde::Serialize;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    report: &'static str,
    currency: &'a str,
    #[serde(flatten)]
    scope: Scope<'a>,
    dates: Vec<String>,
    cast: Vec<Performer<'a>>,
    totals: Totals,
}

#[derive(Serialize)]
struct Performer<'a> {
    id: &'a str,
    number: Option<u32>,
    name: &'a str,
    character: &'a str,
    codes: Vec<&'static str>,
    work_days: usize,
    hold_days: usize,
    travel_days: usize,
    rehearsal_days: usize,
    start: Option<String>,
    finish: Option<String>,
    drop: Option<Drop>,
    rate: Option<String>,
    hold_cost: String,
}

#[derive(Serialize)]
struct Drop {
    dropped: String,
    picked_up: String,
}

#[derive(Serialize)]
struct Totals {
    work_days: usize,
    hold_days: usize,
    travel_days: usize,
    rehearsal_days: usize,
    hold_cost: String,
}

pub fn build(ctx: &Analysis, filter: &Filter) -> Report {
    let production = ctx.production;
    let dood = Dood::compute(production, &ctx.timeline, filter.unit.as_deref());
    let shown = dood.columns_between(filter.from, filter.to);
    let dates = &dood.dates[shown.clone()];

    let mut columns = vec![
        Column::new("number", "#").right(),
        Column::new("character", "Character"),
        Column::new("name", "Performer"),
    ];
    columns.extend(
        dates
            .iter()
            .map(|d| Column::new(d.to_string(), d.format("%a\n%m-%d").to_string()).center()),
    );
    columns.extend([
        Column::new("work_days", "Work").right(),
        Column::new("hold_days", "Hold").right(),
        Column::new("travel_days", "Travel").right(),
        Column::new("rehearsal_days", "Reh").right(),
        Column::new("start", "Start").nowrap(),
        Column::new("finish", "Finish").nowrap(),
        Column::new("hold_cost", "Hold cost").right(),
    ]);
    let mut table = Table::new(text::title(production, "Day out of days", filter), columns);

    let mut totals = Tally::default();
    let mut total_cost = crate::model::Money::ZERO;
    let mut overflow = dood.overflow;
    let mut performers = Vec::with_capacity(dood.rows.len());
    let mut drops = Vec::new();
    for row in &dood.rows {
        let member = &production.cast[row.cast];
        let codes = &row.codes[shown.clone()];
        let tally = Tally::of(codes);
        let cost = hold_cost(member.rate, tally.hold_days).unwrap_or_else(|| {
            overflow = true;
            crate::model::Money::ZERO
        });
        totals.add(tally);
        total_cost = total_cost.checked_add(cost).unwrap_or_else(|| {
            overflow = true;
            total_cost
        });
        let mut cells: Vec<Cell> = vec![
            member.number.as_ref().map(|n| n.value.to_string()).into(),
            (&member.character).into(),
            (&member.name).into(),
        ];
        cells.extend(codes.iter().map(|c| Cell::from(c.as_str())));
        cells.extend(tally_cells(tally));
        cells.extend([
            row.start.map(|d| d.to_string()).into(),
            row.finish.map(|d| d.to_string()).into(),
            cost.into(),
        ]);
        table.push(RowKind::Item, cells);
        if let Some((dropped, picked_up)) = row.drop {
            drops.push(format!(
                "{} ({}) dropped after {dropped}, picked up {picked_up}.",
                member.character,
                text::board_label(production, row.cast)
            ));
        }
        performers.push(Performer {
            id: &member.id.value,
            number: member.number.as_ref().map(|n| n.value),
            name: &member.name,
            character: &member.character,
            codes: codes.iter().map(|c| c.as_str()).collect(),
            work_days: tally.work_days,
            hold_days: tally.hold_days,
            travel_days: tally.travel_days,
            rehearsal_days: tally.rehearsal_days,
            start: row.start.map(|d| d.to_string()),
            finish: row.finish.map(|d| d.to_string()),
            drop: row.drop.map(|(d, p)| Drop {
                dropped: d.to_string(),
                picked_up: p.to_string(),
            }),
            rate: member.rate.map(|r| r.plain()),
            hold_cost: cost.plain(),
        });
    }
    let mut cells = vec![Cell::empty(), "Total".into(), Cell::empty()];
    cells.extend(dates.iter().map(|_| Cell::empty()));
    cells.extend(tally_cells(totals));
    cells.extend([Cell::empty(), Cell::empty(), total_cost.into()]);
    table.push(RowKind::Total, cells);

    table.note(legend());
    table.notes.extend(drops);
    let currency = &production.settings.currency;
    table.note(format!(
        "Hold cost: hold days × the performer's daily rate, in {currency}."
    ));
    if filter.has_dates() {
        table.note(
            "Codes are those of the whole schedule; the day counts and hold cost count only the dates shown. Start and finish are the performer's own.",
        );
    }
    if dates.is_empty() {
        table.note(if filter.is_set() {
            "No day entry matches the unit and dates asked for."
        } else {
            "The schedule has no day entries yet."
        });
    }

    let document = Document {
        version: 1,
        report: "dood",
        currency,
        scope: filter.scope(),
        dates: dates.iter().map(|d| d.to_string()).collect(),
        cast: performers,
        totals: Totals {
            work_days: totals.work_days,
            hold_days: totals.hold_days,
            travel_days: totals.travel_days,
            rehearsal_days: totals.rehearsal_days,
            hold_cost: total_cost.plain(),
        },
    };
    let mut report = Report::new(table, &document);
    if overflow {
        report
            .warnings
            .push("a hold cost is too large to add up: the hold cost figures are partial".into());
    }
    report
}

fn tally_cells(tally: Tally) -> [Cell; 4] {
    [
        tally.work_days.to_string().into(),
        tally.hold_days.to_string().into(),
        tally.travel_days.to_string().into(),
        tally.rehearsal_days.to_string().into(),
    ]
}

fn legend() -> String {
    let codes = Code::ALL
        .iter()
        .map(|c| format!("{} {}", c.as_str(), c.meaning()))
        .collect::<Vec<_>>()
        .join(" · ");
    format!("Codes: {codes}.")
}
