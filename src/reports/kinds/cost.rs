//! `report cost`: budget against actual, per account and per line
//! (format.md §9–10). `--from`/`--to` count only the expenses dated in
//! that range.

use super::budget::over_mark;
use crate::analysis::Analysis;
use crate::budget::BudgetTotals;
use crate::model::Money;
use crate::reports::{Cell, Column, Filter, Report, RowKind, Table, text};
use serde::Serialize;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    report: &'static str,
    currency: &'a str,
    from: Option<String>,
    to: Option<String>,
    accounts: Vec<Account<'a>>,
    lines: Vec<Line<'a>>,
    totals: Figures,
}

#[derive(Serialize)]
struct Account<'a> {
    code: &'a str,
    name: &'a str,
    group: &'static str,
    #[serde(flatten)]
    figures: Figures,
    /// Expenses charged to the account directly, not to one of its lines.
    direct_charges: String,
}

#[derive(Serialize)]
struct Line<'a> {
    id: Option<&'a str>,
    account: &'a str,
    description: &'a str,
    #[serde(flatten)]
    figures: Figures,
}

#[derive(Serialize)]
struct Figures {
    budget: String,
    actual: String,
    remaining: String,
    percent_spent: Option<String>,
    over_budget: bool,
}

/// Budget, actual, remaining and percentage, as cells and as JSON.
struct Compared {
    budget: Money,
    actual: Money,
    remaining: Money,
    percent: Option<rust_decimal::Decimal>,
    over: bool,
}

impl Compared {
    fn new(budget: Money, actual: Money, overflow: &mut bool) -> Compared {
        let remaining = budget.checked_sub(actual).unwrap_or_else(|| {
            *overflow = true;
            Money::ZERO
        });
        Compared {
            budget,
            actual,
            remaining,
            percent: text::percent_spent(actual, budget),
            over: actual > budget,
        }
    }

    fn cells(&self) -> [Cell; 5] {
        [
            self.budget.into(),
            self.actual.into(),
            self.remaining.into(),
            text::percent_text(self.percent).into(),
            over_mark(self.over),
        ]
    }

    fn json(&self) -> Figures {
        Figures {
            budget: self.budget.plain(),
            actual: self.actual.plain(),
            remaining: self.remaining.plain(),
            percent_spent: text::percent_json(self.percent),
            over_budget: self.over,
        }
    }
}

pub fn build(ctx: &Analysis, filter: &Filter) -> Report {
    let production = ctx.production;
    let filtered;
    let totals: &BudgetTotals = if filter.has_dates() {
        filtered = BudgetTotals::compute_with(production, |e| filter.date(e.date));
        &filtered
    } else {
        ctx.budget()
    };
    let mut overflow = totals.overflow;
    let mut table = Table::new(
        text::title(production, "Cost report", filter),
        vec![
            Column::new("account", "Acct").nowrap(),
            Column::new("line", "Line"),
            Column::new("description", "Description"),
            Column::new("budget", "Budget").right(),
            Column::new("actual", "Actual").right(),
            Column::new("remaining", "Remaining").right(),
            Column::new("percent_spent", "Spent").right(),
            Column::new("over_budget", "!").nowrap(),
        ],
    );
    let mut lines_of = vec![Vec::new(); production.accounts.len()];
    for (l, line) in production.lines.iter().enumerate() {
        if let Some(&a) = production.index.accounts.get(&line.account.value) {
            lines_of[a].push(l);
        }
    }
    let mut accounts = Vec::new();
    let mut lines = Vec::new();
    let (mut budget_sum, mut actual_sum) = (Money::ZERO, Money::ZERO);
    for a in text::account_order(production) {
        let account = &production.accounts[a];
        let t = &totals.accounts[a];
        let compared = Compared::new(t.total, t.actual, &mut overflow);
        budget_sum = budget_sum.checked_add(t.total).unwrap_or_else(|| {
            overflow = true;
            budget_sum
        });
        actual_sum = actual_sum.checked_add(t.actual).unwrap_or_else(|| {
            overflow = true;
            actual_sum
        });
        let mut cells = vec![
            (&account.code.value).into(),
            Cell::empty(),
            (&account.name).into(),
        ];
        cells.extend(compared.cells());
        table.push(RowKind::Subtotal, cells).alert = compared.over;
        let mut lines_actual = Money::ZERO;
        for &l in &lines_of[a] {
            let line = &production.lines[l];
            let lt = &totals.lines[l];
            lines_actual = lines_actual.checked_add(lt.actual).unwrap_or(lines_actual);
            let line_compared =
                Compared::new(lt.total.unwrap_or(Money::ZERO), lt.actual, &mut overflow);
            let mut cells = vec![
                Cell::empty(),
                line.id.as_ref().map(|id| id.value.as_str()).into(),
                (&line.description).into(),
            ];
            cells.extend(line_compared.cells());
            table.push(RowKind::Item, cells).alert = line_compared.over;
            lines.push(Line {
                id: line.id.as_ref().map(|id| id.value.as_str()),
                account: &account.code.value,
                description: &line.description,
                figures: line_compared.json(),
            });
        }
        let direct = t.actual.checked_sub(lines_actual).unwrap_or(Money::ZERO);
        if !direct.0.is_zero() {
            table.push(
                RowKind::Item,
                vec![
                    Cell::empty(),
                    Cell::empty(),
                    "(charged to the account directly)".into(),
                    Cell::empty(),
                    direct.into(),
                    Cell::empty(),
                    Cell::empty(),
                    Cell::empty(),
                ],
            );
        }
        accounts.push(Account {
            code: &account.code.value,
            name: &account.name,
            group: account.group.name(),
            figures: compared.json(),
            direct_charges: direct.plain(),
        });
    }
    let total = Compared::new(budget_sum, actual_sum, &mut overflow);
    let mut cells = vec![Cell::empty(), Cell::empty(), "Total".into()];
    cells.extend(total.cells());
    table.push(RowKind::Total, cells).alert = total.over;

    let currency = &production.settings.currency;
    table.note(format!(
        "Amounts in {currency}. Budget: line and account totals without fringes (fringes are budgeted, not spent). Spent: actual as a percentage of budget."
    ));
    if filter.has_dates() {
        table.note("Actual counts only the expenses dated in the range asked for.");
    }
    if accounts.iter().any(|a| a.figures.over_budget) || lines.iter().any(|l| l.figures.over_budget)
    {
        table.note("OVER: spent more than budgeted.");
    }
    let document = Document {
        version: 1,
        report: "cost",
        currency,
        from: filter.from.map(|d| d.to_string()),
        to: filter.to.map(|d| d.to_string()),
        accounts,
        lines,
        totals: total.json(),
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
