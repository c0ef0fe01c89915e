//! `report budget`: the topsheet (format.md §9).

use crate::analysis::Analysis;
use crate::budget::BudgetTotals;
use crate::model::{AccountGroup, Money};
use crate::reports::{Cell, Column, Filter, Report, RowKind, Table, text};
use serde::Serialize;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    report: &'static str,
    currency: &'a str,
    accounts: Vec<Account<'a>>,
    groups: Vec<Group>,
    lines_total: String,
    fringes_total: String,
    subtotal: String,
    contingency_percent: String,
    contingency: String,
    grand_total: String,
    cap: Option<String>,
    remaining: Option<String>,
    over_cap: bool,
}

#[derive(Serialize)]
struct Account<'a> {
    code: &'a str,
    name: &'a str,
    group: &'static str,
    total: String,
    fringes: String,
    actual: String,
    over_budget: bool,
}

#[derive(Serialize)]
struct Group {
    group: &'static str,
    total: String,
    fringes: String,
}

pub fn build(ctx: &Analysis, filter: &Filter) -> Report {
    let production = ctx.production;
    let totals: &BudgetTotals = ctx.budget();
    let mut overflow = totals.overflow;
    let mut add = |a: Money, b: Money| {
        a.checked_add(b).unwrap_or_else(|| {
            overflow = true;
            a
        })
    };
    let mut table = Table::new(
        text::title(production, "Budget topsheet", filter),
        vec![
            Column::new("code", "Acct").nowrap(),
            Column::new("name", "Account"),
            Column::new("group", "Group").nowrap(),
            Column::new("total", "Total").right(),
            Column::new("fringes", "Fringes").right(),
            Column::new("with_fringes", "With fringes").right(),
            Column::new("over_budget", "!").nowrap(),
        ],
    );
    let mut accounts = Vec::new();
    let mut groups = Vec::new();
    let order = text::account_order(production);
    let mut at = 0;
    while at < order.len() {
        let group = production.accounts[order[at]].group;
        let (mut group_total, mut group_fringes) = (Money::ZERO, Money::ZERO);
        while at < order.len() && production.accounts[order[at]].group == group {
            let a = order[at];
            at += 1;
            let account = &production.accounts[a];
            let t = &totals.accounts[a];
            let over = t.actual > t.total;
            group_total = add(group_total, t.total);
            group_fringes = add(group_fringes, t.fringes);
            let with_fringes = add(t.total, t.fringes);
            table
                .push(
                    RowKind::Item,
                    vec![
                        (&account.code.value).into(),
                        (&account.name).into(),
                        group.name().into(),
                        t.total.into(),
                        t.fringes.into(),
                        with_fringes.into(),
                        over_mark(over),
                    ],
                )
                .alert = over;
            accounts.push(Account {
                code: &account.code.value,
                name: &account.name,
                group: group.name(),
                total: t.total.plain(),
                fringes: t.fringes.plain(),
                actual: t.actual.plain(),
                over_budget: over,
            });
        }
        let with_fringes = add(group_total, group_fringes);
        table.push(
            RowKind::Subtotal,
            vec![
                Cell::empty(),
                format!("Total {}", group_label(group)).into(),
                group.name().into(),
                group_total.into(),
                group_fringes.into(),
                with_fringes.into(),
                Cell::empty(),
            ],
        );
        groups.push(Group {
            group: group.name(),
            total: group_total.plain(),
            fringes: group_fringes.plain(),
        });
    }

    let percent = production
        .budget
        .as_ref()
        .map_or(rust_decimal::Decimal::ZERO, |b| b.contingency_percent);
    let cap = production
        .budget
        .as_ref()
        .and_then(|b| b.cap.as_ref())
        .map(|c| c.value);
    let remaining = cap.and_then(|c| {
        c.checked_sub(totals.grand_total).or_else(|| {
            overflow = true;
            None
        })
    });
    let over_cap = cap.is_some_and(|c| totals.grand_total > c);
    let mut summary = |label: String, amount: Money, kind: RowKind, alert: bool| {
        table
            .push(
                kind,
                vec![
                    Cell::empty(),
                    label.into(),
                    Cell::empty(),
                    Cell::empty(),
                    Cell::empty(),
                    amount.into(),
                    over_mark(alert),
                ],
            )
            .alert = alert;
    };
    summary(
        "Lines total".into(),
        totals.lines_total,
        RowKind::Subtotal,
        false,
    );
    summary(
        "Fringes total".into(),
        totals.fringes_total,
        RowKind::Subtotal,
        false,
    );
    summary("Subtotal".into(), totals.subtotal, RowKind::Subtotal, false);
    summary(
        format!("Contingency ({}%)", text::number(percent)),
        totals.contingency,
        RowKind::Subtotal,
        false,
    );
    summary(
        "Grand total".into(),
        totals.grand_total,
        RowKind::Total,
        false,
    );
    if let Some(cap) = cap {
        summary("Cap".into(), cap, RowKind::Item, false);
        if let Some(remaining) = remaining {
            summary("Remaining".into(), remaining, RowKind::Total, over_cap);
        }
    }
    let currency = &production.settings.currency;
    table.note(format!(
        "Amounts in {currency}. Total: the account's lines (quantity × units × rate, rounded to cents); fringes per line and fringe, rounded the same way."
    ));
    if accounts.iter().any(|a| a.over_budget) || over_cap {
        table.note("OVER: an account has spent more than its total (see `prodcoord report cost`), or the grand total is over the cap.");
    }

    let document = Document {
        version: 1,
        report: "budget",
        currency,
        accounts,
        groups,
        lines_total: totals.lines_total.plain(),
        fringes_total: totals.fringes_total.plain(),
        subtotal: totals.subtotal.plain(),
        contingency_percent: text::number(percent),
        contingency: totals.contingency.plain(),
        grand_total: totals.grand_total.plain(),
        cap: cap.map(Money::plain),
        remaining: remaining.map(Money::plain),
        over_cap,
    };
    let mut report = Report::new(table, &document);
    if overflow {
        report.warnings.push(
            "a budget figure is too large to add up exactly: the totals are partial (see `prodcoord check`)"
                .into(),
        );
    }
    report
}

pub(crate) fn over_mark(over: bool) -> Cell {
    if over { "OVER".into() } else { Cell::empty() }
}

fn group_label(group: AccountGroup) -> &'static str {
    match group {
        AccountGroup::AboveTheLine => "above the line",
        AccountGroup::BelowTheLine => "below the line",
        AccountGroup::Post => "post",
        AccountGroup::Other => "other",
    }
}
