use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};
use crate::model::Kind;

/// A budget line's actual exceeds its total.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    if ctx.production.is_broken(Kind::Expenses) || ctx.production.is_broken(Kind::Budget) {
        return;
    }
    let totals = ctx.budget();
    let currency = &ctx.production.settings.currency;
    for (l, line) in ctx.production.lines.iter().enumerate() {
        let (Some(id), Some(total)) = (&line.id, totals.lines[l].total) else {
            continue;
        };
        let actual = totals.lines[l].actual;
        if actual <= total || ctx.production.index.lines.get(&id.value) != Some(&l) {
            continue;
        }
        let over = actual.checked_sub(total).unwrap_or(actual);
        out.push(
            Diagnostic::new(
                Rule::OverBudgetLine,
                line.span,
                format!(
                    "budget line `{}` ({}) has spent {currency} {actual} of {currency} {total}: {currency} {over} over",
                    id.value, line.description
                ),
            )
            .label("over budget")
            .help("move money from another line, or re-budget this one (and tell the producer)")
            .subject("line", id.value.clone())
            .subject("account", line.account.value.clone()),
        );
    }
}
