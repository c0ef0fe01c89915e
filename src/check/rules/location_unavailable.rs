use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};
use crate::model::DayKind;

/// A shoot day uses a location outside its `available` ranges.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for plan in ctx
        .timeline
        .plans
        .iter()
        .filter(|p| p.kind == DayKind::Shoot)
    {
        for &l in &plan.locations {
            let location = &ctx.production.locations[l];
            let Some(available) = &location.available else {
                continue;
            };
            if available.value.iter().any(|r| r.contains(plan.date)) {
                continue;
            }
            out.push(
                Diagnostic::new(
                    Rule::LocationUnavailable,
                    ctx.day_of(plan).span,
                    format!(
                        "{} is not available on {}",
                        location.name,
                        ctx.day_name(plan)
                    ),
                )
                .label(format!("uses {}", location.name))
                .related(available.span, "available only on these dates")
                .help(
                    "move its scenes to an available date, or confirm new dates with the location",
                )
                .subject("location", location.id.value.clone())
                .subject("date", plan.date.to_string()),
            );
        }
    }
}
