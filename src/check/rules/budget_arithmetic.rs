use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};

/// `invalid-value` for a budget whose figures are too large to add up
/// exactly (about 7.9 × 10^28): reported, never wrapped round or panicked.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let totals = ctx.budget();
    if !totals.overflow {
        return;
    }
    let culprit = ctx
        .production
        .lines
        .iter()
        .zip(&totals.lines)
        .find(|(line, t)| t.total.is_none() && line.rate.is_some())
        .map(|(line, _)| line.span)
        .or(ctx.production.budget.as_ref().map(|b| b.span))
        .or(ctx.production.lines.first().map(|l| l.span))
        .or(ctx.production.expenses.first().map(|e| e.span));
    let Some(span) = culprit else { return };
    out.push(
        Diagnostic::new(
            Rule::InvalidValue,
            span,
            "the budget's figures are too large to add up exactly",
        )
        .label("too large")
        .help("check quantity, units and rate of this line for a typo (an extra row of zeros?)")
        .subject("field", "line.rate"),
    );
}
