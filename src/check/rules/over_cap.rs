use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};

/// The grand total, or everything spent, exceeds the approved cap.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(cap) = ctx.production.budget.as_ref().and_then(|b| b.cap.as_ref()) else {
        return;
    };
    let totals = ctx.budget();
    let currency = &ctx.production.settings.currency;
    let message = if totals.grand_total > cap.value {
        format!(
            "the budget's grand total {currency} {} is more than the approved cap of {currency} {}",
            totals.grand_total, cap.value
        )
    } else if totals.spent > cap.value {
        format!(
            "{currency} {} has been spent, more than the approved cap of {currency} {}",
            totals.spent, cap.value
        )
    } else {
        return;
    };
    out.push(
        Diagnostic::new(Rule::OverCap, cap.span, message)
            .label("approved cap")
            .help("cut lines or contingency, or get a higher cap approved"),
    );
}
