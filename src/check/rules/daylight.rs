use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};
use crate::model::{DayKind, DayPlan, TimeOfDay};
use crate::sun::{SunDay, daylight, sun_day};
use crate::text::clock;
use chrono::{NaiveDate, NaiveDateTime};

/// An exterior scene shot without the light its time of day needs.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let production = ctx.production;
    let tz = production.settings.timezone;
    for plan in ctx
        .timeline
        .plans
        .iter()
        .filter(|p| p.kind == DayKind::Shoot)
    {
        let day = ctx.day_of(plan);
        let Some(wrap) = plan.wrap else { continue };
        let Some(start) = day
            .shooting_call
            .as_ref()
            .map(|t| DayPlan::place(day, t.value))
            .or(plan.crew_call)
        else {
            continue;
        };
        let end = wrap.max(start);
        for &s in &plan.scenes {
            let scene = &production.scenes[s];
            if !scene.int_ext.is_exterior() {
                continue;
            }
            let Some(location) = scene
                .location
                .as_ref()
                .and_then(|l| production.index.locations.get(&l.value))
                .map(|&l| &production.locations[l])
            else {
                continue;
            };
            let Some((lat, lon)) = location.coordinates else {
                continue;
            };
            let first = start.date().pred_opt().unwrap_or(start.date());
            let last = end.date().succ_opt().unwrap_or(end.date());
            let light = daylight(lat, lon, first, last, tz);
            let problem = match scene.time {
                TimeOfDay::Day => (!light.iter().any(|(rise, set)| *rise < end && start < *set))
                    .then_some("there is no daylight in that time"),
                TimeOfDay::Night => light
                    .iter()
                    .any(|(rise, set)| *rise <= start && end <= *set)
                    .then_some("it is daylight the whole time"),
                TimeOfDay::Dawn => (!events(lat, lon, first, last, tz, true)
                    .any(|t| start <= t && t <= end))
                .then_some("the sun does not rise during it"),
                TimeOfDay::Dusk => (!events(lat, lon, first, last, tz, false)
                    .any(|t| start <= t && t <= end))
                .then_some("the sun does not set during it"),
            };
            let Some(problem) = problem else { continue };
            let reference = day
                .scenes
                .iter()
                .flat_map(|list| list.value.iter())
                .find(|n| n.value == scene.number.value)
                .map_or(day.span, |n| n.span);
            let sun = match sun_day(lat, lon, plan.date, tz) {
                SunDay::Normal { rise, set } => format!(
                    "; sunrise {}, sunset {}",
                    rise.format("%H:%M"),
                    set.format("%H:%M")
                ),
                SunDay::AlwaysUp => "; the sun does not set that day".into(),
                SunDay::AlwaysDown => "; the sun does not rise that day".into(),
            };
            out.push(
                Diagnostic::new(
                    Rule::Daylight,
                    reference,
                    format!(
                        "scene {} ({} {}, {}) is shot {}–{} at {} on {}, but {problem}{sun}",
                        scene.number.value,
                        scene.int_ext.name(),
                        scene.set,
                        scene.time.name(),
                        clock(start, plan.date),
                        clock(end, plan.date),
                        location.name,
                        ctx.day_name(plan),
                    ),
                )
                .label(format!("shoots scene {}", scene.number.value))
                .related(scene.span, format!("scene {} is {}", scene.number.value, scene.time.name()))
                .help(match scene.time {
                    TimeOfDay::Night => "move it to a night shoot, or check that it really is a night scene",
                    TimeOfDay::Day => "move it to a day shoot, or check that it really is a day scene",
                    _ => "set `shooting_call` and `wrap` so the shooting window includes the sun's moment",
                })
                .subject("scene", scene.number.value.clone())
                .subject("date", plan.date.to_string()),
            );
        }
    }
}

fn events(
    lat: f64,
    lon: f64,
    first: NaiveDate,
    last: NaiveDate,
    tz: chrono_tz::Tz,
    rise: bool,
) -> impl Iterator<Item = NaiveDateTime> {
    first
        .iter_days()
        .take_while(move |d| *d <= last)
        .filter_map(move |date| match sun_day(lat, lon, date, tz) {
            SunDay::Normal { rise: r, set: s } => Some(if rise { r } else { s }),
            _ => None,
        })
}
