use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};
use crate::model::DayKind;

/// A shoot day uses a location outside its permit's dates.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for plan in ctx
        .timeline
        .plans
        .iter()
        .filter(|p| p.kind == DayKind::Shoot)
    {
        for &l in &plan.locations {
            let location = &ctx.production.locations[l];
            let Some(permit) = &location.permit else {
                continue;
            };
            let before = permit.from.is_some_and(|from| plan.date < from);
            let after = permit.to.is_some_and(|to| plan.date > to);
            if !before && !after {
                continue;
            }
            let number = permit
                .number
                .as_deref()
                .map(|n| format!(" {n}"))
                .unwrap_or_default();
            let why = if before { "starts later" } else { "has ended" };
            out.push(
                Diagnostic::new(
                    Rule::Permit,
                    ctx.day_of(plan).span,
                    format!(
                        "the permit{number} for {} {why}: it does not cover {}",
                        location.name,
                        ctx.day_name(plan)
                    ),
                )
                .label(format!("shoots at {}", location.name))
                .related(permit.span, "permit dates")
                .help("extend the permit with the film office, or move the scenes into its dates")
                .subject("location", location.id.value.clone())
                .subject("date", plan.date.to_string()),
            );
        }
    }
}
