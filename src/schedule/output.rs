//! The schedule found, as day entries: dates, calls, wraps, scenes in
//! shooting order, later calls for performers whose hours are limited,
//! and crew who are unavailable that day taken off it.

use super::calendar::{Shift, Times};
use super::objective::{Stop, route};
use super::plan::order_within;
use super::problem::{Problem, cast_call};
use super::search::State;
use crate::model::{CastCall, Day, DayKind, Production, Sp, Window};
use crate::source::{FileId, Span};
use chrono::{NaiveDate, NaiveTime};

/// One shoot day to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShootDay {
    pub date: NaiveDate,
    pub shift: Shift,
    pub times: Times,
    /// Indices into `Production::scenes`, in shooting order.
    pub scenes: Vec<usize>,
    /// Performers called later than the crew (indices into
    /// `Production::cast`), with their call.
    pub cast_calls: Vec<(usize, NaiveTime)>,
    /// Crew of the unit unavailable that day (indices into
    /// `Production::crew`).
    pub off_crew: Vec<usize>,
    /// Pages shot that day (a long scene's share).
    pub pages: u64,
}

/// The day entries of a placed schedule, in date order.
pub fn shoot_days(production: &Production, problem: &Problem, state: &State) -> Vec<ShootDay> {
    let facts = state.facts();
    let mut placed: Vec<(usize, usize)> = state
        .placed
        .iter()
        .enumerate()
        .filter_map(|(d, p)| p.map(|p| (p.slot, d)))
        .collect();
    placed.sort_unstable();
    // Locations of each day in the order that makes fewest moves, kept
    // days included.
    let mut stops: Vec<(NaiveDate, Option<usize>)> = placed
        .iter()
        .map(|&(slot, d)| (problem.calendar.dates[slot], Some(d)))
        .collect();
    stops.extend(problem.kept_shoots.iter().map(|(date, _)| (*date, None)));
    stops.sort_by_key(|(date, d)| (*date, d.is_some()));
    let mut kept = problem.kept_shoots.iter();
    let route_stops: Vec<Stop> = stops
        .iter()
        .map(|(_, d)| match d {
            Some(d) => Stop::Free(&facts[*d].locations),
            None => Stop::Fixed(kept.next().map_or(&[][..], |(_, l)| l.as_slice())),
        })
        .collect();
    let (_, orders) = route(&route_stops);
    let mut location_order: Vec<Vec<usize>> = vec![Vec::new(); facts.len()];
    for ((_, d), order) in stops.iter().zip(orders) {
        if let Some(d) = d {
            location_order[*d] = order;
        }
    }
    let mut out = Vec::new();
    for (slot, d) in placed {
        let Some(p) = state.placed[d] else { continue };
        let items = order_within(problem, &state.days[d].items, &location_order[d]);
        let scenes: Vec<usize> = items.iter().map(|&i| problem.items[i].scene).collect();
        let length = facts[d].length;
        let pages_total: u64 = items.iter().map(|&i| problem.items[i].pages).sum();
        for k in 0..length {
            let s = slot + k;
            let date = problem.calendar.dates[s];
            let times = problem.calendar.times[p.shift.index()];
            let (call, wrap) = times.window(date);
            let mut cast: Vec<usize> = items
                .iter()
                .flat_map(|&i| problem.items[i].cast.iter().copied())
                .collect();
            cast.sort_unstable();
            cast.dedup();
            let cast_calls = cast
                .into_iter()
                .filter_map(|c| {
                    let later = cast_call(call, wrap, problem.max_hours[c])?;
                    (later > call).then(|| (c, later.time()))
                })
                .collect();
            let touched: Vec<NaiveDate> = Window { call, wrap }.dates().collect();
            let off_crew = problem
                .unit_crew
                .iter()
                .copied()
                .filter(|&i| {
                    let member = &production.crew[i];
                    touched
                        .iter()
                        .any(|&d| member.unavailable.iter().any(|r| r.contains(d)))
                })
                .collect();
            out.push(ShootDay {
                date,
                shift: p.shift,
                times,
                scenes: scenes.clone(),
                cast_calls,
                off_crew,
                pages: share(pages_total, length, k),
            });
        }
    }
    out
}

/// The pages of day `k` of `length` for a scene of `pages`: the first days
/// take the larger shares.
fn share(pages: u64, length: usize, k: usize) -> u64 {
    let length = length.max(1) as u64;
    let base = pages / length;
    let extra = pages % length;
    base + u64::from((k as u64) < extra)
}

/// The day entry as the model holds it, for checking and reports before
/// anything is written. It points at no real place in the files.
pub fn model_day(production: &Production, unit: &str, day: &ShootDay) -> Day {
    let span = Span::new(FileId(0), 0..0);
    let sp = |s: &str| Sp::new(s.to_string(), span);
    Day {
        date: Sp::new(day.date, span),
        unit: sp(unit),
        kind: DayKind::Shoot,
        crew_call: Some(Sp::new(day.times.call, span)),
        shooting_call: None,
        wrap: Some(Sp::new(day.times.wrap, span)),
        scenes: Some(Sp::new(
            day.scenes
                .iter()
                .map(|&s| sp(&production.scenes[s].number.value))
                .collect(),
            span,
        )),
        cast: Vec::new(),
        cast_calls: day
            .cast_calls
            .iter()
            .map(|&(c, time)| CastCall {
                id: sp(&production.cast[c].id.value),
                pickup: None,
                makeup: None,
                set: Some(time),
            })
            .collect(),
        department_calls: Vec::new(),
        add_crew: Vec::new(),
        off_crew: day
            .off_crew
            .iter()
            .map(|&i| sp(&production.crew[i].id.value))
            .collect(),
        weather: None,
        notes: None,
        locked: false,
        span,
    }
}
