use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};
use crate::model::DayKind;

/// A shoot day lists no scenes at all.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for plan in ctx
        .timeline
        .plans
        .iter()
        .filter(|p| p.kind == DayKind::Shoot)
    {
        let day = ctx.day_of(plan);
        if day.scenes.as_ref().is_some_and(|s| !s.value.is_empty()) {
            continue;
        }
        out.push(
            Diagnostic::new(
                Rule::EmptyDay,
                day.span,
                format!("{} is a shoot day with no scenes", ctx.day_name(plan)),
            )
            .label("no scenes")
            .help("add `scenes = [\"…\"]`, or make it a rehearsal or travel day with `kind`")
            .subject("date", plan.date.to_string())
            .subject("unit", plan.unit.clone()),
        );
    }
}
