use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};
use crate::model::{PersonRef, Timeline};
use crate::text::{clock, duration, hours, hours_text};

/// A cast member with a limit on hours works a longer window.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let production = ctx.production;
    for plan in &ctx.timeline.plans {
        let day = ctx.day_of(plan);
        for &c in &plan.cast {
            let member = &production.cast[c];
            let limit = member.max_hours.or(member
                .minor
                .then_some(production.settings.rules.minor_max_hours));
            let Some(limit) = limit else { continue };
            let Some(window) = Timeline::cast_window(day, plan, &member.id.value) else {
                continue;
            };
            if window.length() <= hours(limit) {
                continue;
            }
            let why = if member.max_hours.is_none() {
                ", a minor,"
            } else {
                ""
            };
            out.push(
                Diagnostic::new(
                    Rule::MaxHours,
                    day.span,
                    format!(
                        "{}{why} may work at most {} h, but is called {} to {} ({}) on {}",
                        ctx.person(PersonRef::Cast(c)),
                        hours_text(limit),
                        clock(window.call, plan.date),
                        clock(window.wrap, plan.date),
                        duration(window.length()),
                        ctx.day_name(plan),
                    ),
                )
                .label(format!("{} from call to wrap", duration(window.length())))
                .related(member.span, "limit applies to this cast member")
                .help(format!(
                    "call them {} later with `cast_calls.{}`, or wrap the day earlier",
                    duration(window.length() - hours(limit)),
                    member.id.value
                ))
                .subject("person", member.id.value.clone())
                .subject("date", plan.date.to_string()),
            );
        }
    }
}
