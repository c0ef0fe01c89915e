use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};
use crate::model::Kind;

/// An account's actual exceeds its total.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    if ctx.production.is_broken(Kind::Expenses) || ctx.production.is_broken(Kind::Budget) {
        return;
    }
    let totals = ctx.budget();
    let currency = &ctx.production.settings.currency;
    for (a, account) in ctx.production.accounts.iter().enumerate() {
        let t = &totals.accounts[a];
        if t.incomplete
            || t.actual <= t.total
            || ctx.production.index.accounts.get(&account.code.value) != Some(&a)
        {
            continue;
        }
        let over = t.actual.checked_sub(t.total).unwrap_or(t.actual);
        out.push(
            Diagnostic::new(
                Rule::OverBudgetAccount,
                account.span,
                format!(
                    "account {} {} has spent {currency} {} of {currency} {}: {currency} {over} over",
                    account.code.value, account.name, t.actual, t.total
                ),
            )
            .label("over budget")
            .help("flag it on the cost report for the producer; move money between accounts or re-budget")
            .subject("account", account.code.value.clone()),
        );
    }
}
