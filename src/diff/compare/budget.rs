//! The budget: grand total, contingency, cap, and the accounts whose
//! total or fringes changed (format.md §9 arithmetic, exact).

use crate::budget::BudgetTotals;
use crate::diff::changes::{AccountChange, BudgetChange, Change, MoneyChange, MoneyText, Status};
use crate::model::{Money, Production};
use std::collections::BTreeSet;

pub fn compare(old: &Production, new: &Production) -> Option<BudgetChange> {
    let (a, b) = (BudgetTotals::compute(old), BudgetTotals::compute(new));
    let codes: BTreeSet<&String> = old
        .index
        .accounts
        .keys()
        .chain(new.index.accounts.keys())
        .collect();
    let (old_order, new_order) = (topsheet_positions(old), topsheet_positions(new));
    let mut accounts: Vec<(usize, AccountChange)> = Vec::new();
    for code in codes {
        let (before, after) = (
            old.index.accounts.get(code).copied(),
            new.index.accounts.get(code).copied(),
        );
        let figures = |totals: &BudgetTotals, i: Option<usize>| {
            i.and_then(|i| totals.accounts.get(i))
                .map_or((Money::ZERO, Money::ZERO), |t| (t.total, t.fringes))
        };
        let ((total_a, fringes_a), (total_b, fringes_b)) =
            (figures(&a, before), figures(&b, after));
        let status = match (before, after) {
            (None, Some(_)) => Status::Added,
            (Some(_), None) => Status::Removed,
            _ => Status::Changed,
        };
        let change = AccountChange {
            code: code.clone(),
            name: match (after, before) {
                (Some(n), _) => new.accounts[n].name.clone(),
                (None, Some(o)) => old.accounts[o].name.clone(),
                (None, None) => continue,
            },
            status,
            total: MoneyChange::new(total_a, total_b),
            fringes: MoneyChange::new(fringes_a, fringes_b),
        };
        if status == Status::Changed && !change.total.is_change() && !change.fringes.is_change() {
            continue;
        }
        let order = after
            .map(|i| new_order[i])
            .or_else(|| before.map(|i| old_order[i]))
            .unwrap_or(usize::MAX);
        accounts.push((order, change));
    }
    accounts.sort_by(|x, y| (x.0, &x.1.code).cmp(&(y.0, &y.1.code)));
    let cap = |p: &Production| {
        p.budget
            .as_ref()
            .and_then(|b| b.cap.as_ref())
            .map(|c| MoneyText(c.value))
    };
    let (cap_a, cap_b) = (cap(old), cap(new));
    let grand_total = MoneyChange::new(a.grand_total, b.grand_total);
    let contingency = MoneyChange::new(a.contingency, b.contingency);
    let change = BudgetChange {
        grand_total,
        contingency: contingency.is_change().then_some(contingency),
        cap: (cap_a != cap_b).then_some(Change {
            old: cap_a,
            new: cap_b,
        }),
        accounts: accounts.into_iter().map(|(_, a)| a).collect(),
        partial: a.overflow || b.overflow,
    };
    let changed = grand_total.is_change()
        || change.contingency.is_some()
        || change.cap.is_some()
        || !change.accounts.is_empty();
    changed.then_some(change)
}

/// Where each account comes on the topsheet: by group, then code (numeric
/// codes by value).
fn topsheet_positions(production: &Production) -> Vec<usize> {
    let mut order: Vec<usize> = (0..production.accounts.len()).collect();
    order.sort_by_cached_key(|&i| {
        let a = &production.accounts[i];
        let code = a.code.value.as_str();
        let numeric = code
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| code.parse::<u128>().ok())
            .flatten();
        (a.group, numeric.is_none(), numeric, code.to_string())
    });
    let mut position = vec![0; order.len()];
    for (at, &i) in order.iter().enumerate() {
        position[i] = at;
    }
    position
}
