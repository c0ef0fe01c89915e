use crate::check::Context;
use crate::check::bookings::{Booking, Conflict, sweep};
use crate::diagnostics::{Diagnostic, Rule};
use crate::text::{clock, long_date};
use std::collections::HashSet;

/// One person's working windows on two different days overlap.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for list in ctx.bookings() {
        let mut reported = HashSet::new();
        sweep(&list.bookings, chrono::TimeDelta::zero(), |conflict| {
            let Conflict::Overlap { booking, other } = conflict else {
                return;
            };
            let plan = &ctx.timeline.plans[booking.plan];
            if !reported.insert(plan.date) {
                return;
            }
            for &person in &list.people {
                out.push(finding(ctx, person, booking, other));
            }
        });
    }
}

fn finding(
    ctx: &Context,
    person: crate::model::PersonRef,
    booking: Booking,
    other: Booking,
) -> Diagnostic {
    let plan = &ctx.timeline.plans[booking.plan];
    let other_plan = &ctx.timeline.plans[other.plan];
    let when = |b: Booking, date| {
        format!(
            "{}–{}",
            clock(b.window.call, date),
            clock(b.window.wrap, date)
        )
    };
    let message = if plan.date == other_plan.date {
        format!(
            "{} is booked {} on unit {} and {} on unit {} on {}",
            ctx.person(person),
            when(other, other_plan.date),
            other_plan.unit,
            when(booking, plan.date),
            plan.unit,
            long_date(plan.date)
        )
    } else {
        format!(
            "{} is still working on {} ({}) when called on {} ({})",
            ctx.person(person),
            ctx.day_name(other_plan),
            when(other, other_plan.date),
            ctx.day_name(plan),
            when(booking, plan.date),
        )
    };
    Diagnostic::new(Rule::DoubleBooking, ctx.day_of(plan).span, message)
        .label(format!(
            "booked here from {}",
            clock(booking.window.call, plan.date)
        ))
        .related(
            ctx.day_of(other_plan).span,
            format!(
                "already booked here until {}",
                clock(other.window.wrap, other_plan.date)
            ),
        )
        .help(
            "move one of the calls, take the person off one day (`off_crew`), or book someone else",
        )
        .subject("person", ctx.person_id(person))
        .subject("date", plan.date.to_string())
}
