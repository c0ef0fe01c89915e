use crate::model::{Charge, Expense, Money, Production};
use rust_decimal::Decimal;

#[derive(Debug, Clone, Default)]
pub struct LineTotals {
    /// quantity × units × rate, rounded to cents; `None` when too large
    /// (see `overflow`) or when the rate is missing.
    pub total: Option<Money>,
    pub fringes: Money,
    pub actual: Money,
}

#[derive(Debug, Clone, Default)]
pub struct AccountTotals {
    /// A line of the account has no usable total (missing rate, overflow).
    pub incomplete: bool,
    pub total: Money,
    pub fringes: Money,
    pub actual: Money,
}

/// Every figure of the topsheet and the cost report.
#[derive(Debug, Clone, Default)]
pub struct BudgetTotals {
    pub lines: Vec<LineTotals>,
    pub accounts: Vec<AccountTotals>,
    pub lines_total: Money,
    pub fringes_total: Money,
    pub subtotal: Money,
    pub contingency: Money,
    pub grand_total: Money,
    /// Sum of every expense, whatever it is charged to.
    pub spent: Money,
    /// Set when a sum would not fit: the figures above are then partial.
    pub overflow: bool,
}

impl BudgetTotals {
    pub fn compute(production: &Production) -> BudgetTotals {
        BudgetTotals::compute_with(production, |_| true)
    }

    /// As [`compute`](Self::compute), counting only the expenses `keep`
    /// accepts in actuals and `spent` (e.g. a cost report up to a date).
    pub fn compute_with(production: &Production, keep: impl Fn(&Expense) -> bool) -> BudgetTotals {
        let index = &production.index;
        let mut t = BudgetTotals {
            lines: vec![LineTotals::default(); production.lines.len()],
            accounts: vec![AccountTotals::default(); production.accounts.len()],
            ..BudgetTotals::default()
        };
        let mut overflow = false;
        let mut add = |a: Money, b: Money| {
            a.checked_add(b).unwrap_or_else(|| {
                overflow = true;
                a
            })
        };
        for (i, line) in production.lines.iter().enumerate() {
            let total = line
                .quantity
                .checked_mul(line.units)
                .and_then(|q| q.checked_mul(line.rate?.0))
                .map(Money::round_cents);
            let mut fringes = Money::ZERO;
            if let Some(total) = total {
                for id in &line.fringes {
                    if let Some(&f) = index.fringes.get(&id.value) {
                        let percent = production.fringes[f].percent;
                        match total.0.checked_mul(percent) {
                            Some(v) => {
                                fringes = add(fringes, Money::round_cents(v / Decimal::ONE_HUNDRED))
                            }
                            None => fringes = add(fringes, Money(Decimal::MAX)),
                        }
                    }
                }
            }
            t.lines[i].total = total;
            t.lines[i].fringes = fringes;
            let line_total = total.unwrap_or(Money::ZERO);
            if total.is_none() && line.rate.is_some() {
                t.overflow = true;
            }
            if total.is_none()
                && let Some(&a) = index.accounts.get(&line.account.value)
            {
                t.accounts[a].incomplete = true;
            }
            t.lines_total = add(t.lines_total, line_total);
            t.fringes_total = add(t.fringes_total, fringes);
            if let Some(&a) = index.accounts.get(&line.account.value) {
                t.accounts[a].total = add(t.accounts[a].total, line_total);
                t.accounts[a].fringes = add(t.accounts[a].fringes, fringes);
            }
        }
        for expense in production.expenses.iter().filter(|e| keep(e)) {
            t.spent = add(t.spent, expense.amount);
            let account = match &expense.charge {
                Some(Charge::Line(id)) => index.lines.get(&id.value).map(|&l| {
                    t.lines[l].actual = add(t.lines[l].actual, expense.amount);
                    production.lines[l].account.value.as_str()
                }),
                Some(Charge::Account(code)) => Some(code.value.as_str()),
                None => None,
            };
            if let Some(&a) = account.and_then(|code| index.accounts.get(code)) {
                t.accounts[a].actual = add(t.accounts[a].actual, expense.amount);
            }
        }
        t.subtotal = add(t.lines_total, t.fringes_total);
        let percent = production
            .budget
            .as_ref()
            .map_or(Decimal::ZERO, |b| b.contingency_percent);
        t.contingency = match t.subtotal.0.checked_mul(percent) {
            Some(v) => Money::round_cents(v / Decimal::ONE_HUNDRED),
            None => {
                t.overflow = true;
                Money::ZERO
            }
        };
        t.grand_total = add(t.subtotal, t.contingency);
        t.overflow |= overflow;
        t
    }
}
