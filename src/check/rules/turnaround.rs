use crate::check::Context;
use crate::check::bookings::{Conflict, sweep};
use crate::diagnostics::{Diagnostic, Rule};
use crate::text::{clock, duration, hours, hours_text};

/// Too little rest between the latest earlier wrap and the next call.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let rules = &ctx.production.settings.rules;
    for list in ctx.bookings() {
        let (needed, who) = if list.is_cast() {
            (rules.cast_turnaround_hours, "cast")
        } else {
            (rules.crew_turnaround_hours, "crew")
        };
        sweep(&list.bookings, hours(needed), |conflict| {
            let Conflict::ShortRest { booking, previous } = conflict else {
                return;
            };
            let plan = &ctx.timeline.plans[booking.plan];
            let previous_plan = &ctx.timeline.plans[previous.plan];
            let rest = booking.window.call - previous.window.wrap;
            for &person in &list.people {
                out.push(
                    Diagnostic::new(
                        Rule::Turnaround,
                        ctx.day_of(plan).span,
                        format!(
                            "{} gets only {} rest before the {} call on {} ({who} need {} h)",
                            ctx.person(person),
                            duration(rest),
                            clock(booking.window.call, plan.date),
                            ctx.day_name(plan),
                            hours_text(needed),
                        ),
                    )
                    .label(format!(
                        "called at {}",
                        clock(booking.window.call, plan.date)
                    ))
                    .related(
                        ctx.day_of(previous_plan).span,
                        format!(
                            "wraps at {}",
                            clock(previous.window.wrap, previous_plan.date)
                        ),
                    )
                    .help(format!(
                        "call them {} later, or wrap the day before earlier",
                        duration(hours(needed) - rest)
                    ))
                    .subject("person", ctx.person_id(person))
                    .subject("date", plan.date.to_string()),
                );
            }
        });
    }
}
