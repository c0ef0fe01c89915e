use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};
use crate::text::{clock, duration, hours, hours_text};

/// Crew call to wrap is longer than `max_day_hours`.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let limit = ctx.production.settings.rules.max_day_hours;
    for plan in ctx
        .timeline
        .plans
        .iter()
        .filter(|p| p.kind != crate::model::DayKind::Travel)
    {
        let (Some(call), Some(wrap), Some(length)) = (plan.crew_call, plan.wrap, plan.length())
        else {
            continue;
        };
        if length <= hours(limit) {
            continue;
        }
        let day = ctx.day_of(plan);
        let wrap_span = day.wrap.as_ref().map_or(day.span, |w| w.span);
        out.push(
            Diagnostic::new(
                Rule::LongDay,
                day.span,
                format!(
                    "{} runs {} from crew call {} to wrap {} (more than {} h)",
                    ctx.day_name(plan),
                    duration(length),
                    clock(call, plan.date),
                    clock(wrap, plan.date),
                    hours_text(limit)
                ),
            )
            .label(format!("a {} day", duration(length)))
            .related(wrap_span, "wrap")
            .help(format!(
                "move a scene to another day, or plan to wrap by {}",
                clock(call + hours(limit), plan.date)
            ))
            .subject("date", plan.date.to_string())
            .subject("unit", plan.unit.clone()),
        );
    }
}
