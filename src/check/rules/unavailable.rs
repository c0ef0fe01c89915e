use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};
use crate::model::{DateRange, DayKind, DayPlan, PersonRef, Timeline};
use crate::text::long_date;
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// A person works on a date inside one of their `unavailable` ranges.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let production = ctx.production;
    for (p, plan) in ctx.timeline.plans.iter().enumerate() {
        for &c in &plan.cast {
            let member = &production.cast[c];
            if member.unavailable.is_empty() {
                continue;
            }
            let day = ctx.day_of(plan);
            let dates = worked_dates(plan, Timeline::cast_window(day, plan, &member.id.value));
            report(ctx, PersonRef::Cast(c), &member.unavailable, p, &dates, out);
        }
    }
    for (i, member) in production.crew.iter().enumerate() {
        if member.unavailable.is_empty()
            || production.index.people.get(&member.id.value) != Some(&PersonRef::Crew(i))
        {
            continue;
        }
        let mut candidates = BTreeSet::new();
        for range in &member.unavailable {
            let from = range.from.pred_opt().unwrap_or(range.from);
            for unit in &member.units {
                candidates.extend(ctx.timeline.unit_plans_between(&unit.value, from, range.to));
            }
            let added = ctx.timeline.added_crew.get(&member.id.value);
            candidates.extend(added.into_iter().flatten().filter(|&&p| {
                let date = ctx.timeline.plans[p].date;
                from <= date && date <= range.to
            }));
        }
        for p in candidates {
            let plan = &ctx.timeline.plans[p];
            let day = ctx.day_of(plan);
            if !Timeline::crew_works(day, &member.id.value, &member.units) {
                continue;
            }
            let dates = worked_dates(plan, Timeline::crew_window(day, plan, &member.department));
            report(ctx, PersonRef::Crew(i), &member.unavailable, p, &dates, out);
        }
    }
}

/// The dates a person works on a day: those their window touches, or the
/// day's date on a travel day.
fn worked_dates(plan: &DayPlan, window: Option<crate::model::Window>) -> Vec<NaiveDate> {
    match (plan.kind, window) {
        (DayKind::Travel, _) | (_, None) => vec![plan.date],
        (_, Some(window)) => window.dates().collect(),
    }
}

fn report(
    ctx: &Context,
    person: PersonRef,
    ranges: &[DateRange],
    p: usize,
    dates: &[NaiveDate],
    out: &mut Vec<Diagnostic>,
) {
    let Some((range, date)) = dates
        .iter()
        .find_map(|d| ranges.iter().find(|r| r.contains(*d)).map(|r| (r, *d)))
    else {
        return;
    };
    let plan = &ctx.timeline.plans[p];
    let reason = range
        .reason
        .as_deref()
        .map(|r| format!(" ({r})"))
        .unwrap_or_default();
    let on = if date == plan.date {
        String::new()
    } else {
        format!(" — the day runs into {}", long_date(date))
    };
    out.push(
        Diagnostic::new(
            Rule::Unavailable,
            ctx.day_of(plan).span,
            format!(
                "{} is unavailable{reason} but works on {}{on}",
                ctx.person(person),
                ctx.day_name(plan),
            ),
        )
        .label("works this day")
        .related(range.span, "unavailable here")
        .help("move the scenes to another day, or check the dates with them or their agent")
        .subject("person", ctx.person_id(person))
        .subject("date", plan.date.to_string()),
    );
}
