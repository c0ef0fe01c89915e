//! `prodcoord schedule`: a shooting schedule with the fewest shoot days,
//! then the fewest company moves and dates without shooting, then the
//! least hold cost (the day out of days' `hold_cost`, drop/pickup
//! included) plus `move_cost` per company move.
//!
//! The engine, one concern per module:
//!
//! - [`problem`]: the scenes to place and, for each, the dates and shifts
//!   it may go on ([`calendar`]: candidate dates, calls and wraps);
//! - [`plan`] and [`decode`]: a schedule as days in order, and the earliest
//!   dates they fit;
//! - [`objective`]: its figures, fast;
//! - [`naive`]: the strip sort the figures are compared with;
//! - [`construct`]: good first schedules, ordered with the exact
//!   [`talent`] scheduling core, one of them visiting each location once
//!   ([`tour`], [`stream`]);
//! - [`search`]: simulated annealing within an iteration budget;
//! - [`output`]: the day entries to write, [`summary`] what to print.

pub mod bitset;
pub mod calendar;
pub mod construct;
pub mod decode;
pub mod naive;
pub mod objective;
pub mod output;
pub mod plan;
pub mod problem;
pub mod rng;
pub mod search;
pub mod stream;
pub mod talent;
pub mod tour;

use chrono::NaiveDate;
use objective::Figures;
use output::ShootDay;
use problem::{Problem, ProblemError, Unplaceable};
use std::time::{Duration, Instant};

/// What to schedule and how hard to try.
#[derive(Debug, Clone)]
pub struct Options {
    pub unit: String,
    /// First shoot date; `production.start` when not given.
    pub start: Option<NaiveDate>,
    pub seed: u64,
    /// A ceiling: the search is sized to finish well within it.
    pub time_limit: Duration,
}

/// A schedule and what it achieves.
#[derive(Debug, Clone)]
pub struct Schedule {
    pub problem: Problem,
    /// The unit's new shoot days, in date order.
    pub days: Vec<ShootDay>,
    pub figures: Figures,
    /// The naive strip sort's days and figures.
    pub naive_days: Vec<ShootDay>,
    pub naive_figures: Figures,
    /// Scenes that could not be placed, and why.
    pub unplaced: Vec<Unplaceable>,
    /// No schedule has fewer shoot days.
    pub days_lower_bound: usize,
    /// No order of these shoot days holds for less (in cents), when known.
    pub hold_lower_bound: Option<i128>,
    /// The time limit cut the search short (the result may then differ
    /// between runs).
    pub out_of_time: bool,
    pub iterations: u64,
}

/// Progress reports: the fraction done and the best figures so far.
pub type Progress<'a> = &'a mut dyn FnMut(f64, &Figures);

/// Builds the schedule.
pub fn build(
    production: &crate::model::Production,
    options: &Options,
    progress: Progress,
) -> Result<Schedule, ProblemError> {
    let started = Instant::now();
    // What follows the search (checking the result, printing it) needs a
    // moment of the time limit too.
    let deadline = started + options.time_limit.mul_f64(0.9);
    let problem = Problem::extract(production, &options.unit, options.start)?;
    let cast_count = production.cast.len();
    let mut rng = rng::Rng::new(options.seed);

    let naive = search::State::new(
        &problem,
        cast_count,
        naive::strip_sort(production, &problem),
    );
    let packed = construct::pack(&problem, cast_count);
    let ordered = construct::order(&problem, cast_count, packed, options.seed, deadline);
    let listed = construct::list_schedule(&problem, cast_count, ordered.clone());
    let tour = construct::chain(&problem, cast_count, options.seed, deadline);
    let mut out_of_time = tour.out_of_time;
    let chained = tour.days;
    let chained_listed = construct::list_schedule(&problem, cast_count, chained.clone());
    // Several starts: days packed for holds, or locations kept together;
    // put on dates as they come or by list scheduling; and the strip sort.
    // Each gets a short search, the best the rest of the budget.
    let starts = [listed, ordered, chained_listed, chained, naive.days.clone()];
    let total = iterations(&problem);
    let trial = total / 10;
    let mut searched = 0;
    let mut best: Option<search::State> = None;
    for (k, days) in starts.into_iter().enumerate() {
        let mut state = search::State::new(&problem, cast_count, days);
        let mut trial_rng = rng::Rng::new(options.seed ^ (k as u64).wrapping_mul(0x9e37_79b9));
        let effort = search::Effort {
            iterations: trial,
            deadline,
        };
        let stats = search::anneal(&mut state, &mut trial_rng, effort, &mut |_, _| {});
        searched += stats.iterations;
        out_of_time |= stats.out_of_time;
        progress(searched as f64 / total as f64 * 0.5, &state.figures);
        if best
            .as_ref()
            .is_none_or(|b| state.figures.score < b.figures.score)
        {
            best = Some(state);
        }
    }
    let mut state = best.unwrap_or_else(|| search::State::new(&problem, cast_count, Vec::new()));
    let effort = search::Effort {
        iterations: total.saturating_sub(searched),
        deadline,
    };
    let stats = search::anneal(&mut state, &mut rng, effort, progress);
    out_of_time |= stats.out_of_time;
    searched += stats.iterations;
    if naive.figures.score < state.figures.score {
        state = search::State::new(&problem, cast_count, naive.days.clone());
    }

    let mut unplaced = problem.unplaceable.clone();
    for (d, p) in state.placed.iter().enumerate() {
        if p.is_none() {
            for &i in &state.days[d].items {
                unplaced.push(Unplaceable {
                    scene: problem.items[i].scene,
                    reason: crowded_out(production, &problem, &state, i),
                });
            }
        }
    }
    let days = output::shoot_days(production, &problem, &state);
    let naive_days = output::shoot_days(production, &problem, &naive);
    let hold_lower_bound = hold_lower_bound(&problem, &state, options.seed, deadline);
    Ok(Schedule {
        days_lower_bound: days_lower_bound(&problem),
        figures: state.figures,
        naive_figures: naive.figures,
        naive_days,
        days,
        unplaced,
        hold_lower_bound,
        out_of_time,
        iterations: searched,
        problem,
    })
}

/// Why a scene that fits some dates on its own found none in the end:
/// the dates it could take, and what is on them.
fn crowded_out(
    production: &crate::model::Production,
    problem: &Problem,
    state: &search::State,
    item: usize,
) -> String {
    use calendar::Shift;
    let it = &problem.items[item];
    let number = &production.scenes[it.scene].number.value;
    let mut slots: Vec<(usize, Shift)> = Shift::BOTH
        .iter()
        .flat_map(|&s| it.allowed[s.index()].iter().map(move |slot| (slot, s)))
        .collect();
    slots.sort_unstable();
    let facts = state.facts();
    let occupant = |slot: usize| {
        state.placed.iter().enumerate().find_map(|(d, p)| {
            let p = (*p)?;
            (p.slot <= slot && slot < p.slot + facts[d].length).then_some((d, p.shift))
        })
    };
    let shift_name = |s: Shift| match s {
        Shift::Day => "a day shoot",
        Shift::Night => "a night shoot",
    };
    if slots.len() > 4 {
        return format!(
            "scene {number} fits none of the {} dates it could take: each is taken by other scenes or too close to another day for turnaround",
            slots.len()
        );
    }
    let parts: Vec<String> = slots
        .iter()
        .map(|&(slot, shift)| {
            let date = crate::text::long_date(problem.calendar.dates[slot]);
            match occupant(slot) {
                Some((d, taken)) => {
                    let scenes: Vec<String> = state.days[d]
                        .items
                        .iter()
                        .map(|&i| {
                            production.scenes[problem.items[i].scene]
                                .number
                                .value
                                .clone()
                        })
                        .collect();
                    let what = if taken == shift {
                        String::new()
                    } else {
                        format!(" on {}", shift_name(taken))
                    };
                    format!(
                        "{date} as {}, which holds scenes {}{what}",
                        shift_name(shift),
                        problem::join_and(&scenes)
                    )
                }
                None => format!(
                    "{date} as {}, too close to the days around it for turnaround",
                    shift_name(shift)
                ),
            }
        })
        .collect();
    format!("scene {number} could only go on {}", parts.join("; or "))
}

/// The annealing budget: enough moves for every scene to be tried in many
/// places, sized to take a few seconds on a large production.
fn iterations(problem: &Problem) -> u64 {
    let n = problem.items.len() as u64;
    (n * 2500).clamp(20_000, 200_000)
}

/// Fewest shoot days any schedule can have: long scenes take their days;
/// the rest fill days of at most `max_pages_per_day`, night scenes and day
/// scenes never together; no two scenes of more than half a day's pages
/// share a day; and a day visits at most `max_locations_per_day`.
pub fn days_lower_bound(problem: &Problem) -> usize {
    use crate::model::TimeOfDay;
    let max = problem.max_pages;
    let mut long = 0usize;
    let (mut day, mut night, mut either) = (0u64, 0u64, 0u64);
    let mut big = 0usize;
    for item in &problem.items {
        if item.is_long() {
            long += item.days;
            continue;
        }
        if item.pages * 2 > max {
            big += 1;
        }
        match item.time {
            TimeOfDay::Day => day += item.pages,
            TimeOfDay::Night => night += item.pages,
            _ => either += item.pages,
        }
    }
    let split = day.div_ceil(max) + night.div_ceil(max);
    let together = (day + night + either).div_ceil(max);
    let by_pages = usize::try_from(split.max(together)).unwrap_or(usize::MAX);
    // Each location needs a day, and a day takes at most so many.
    let mut locations: Vec<usize> = problem
        .items
        .iter()
        .filter(|i| !i.is_long())
        .filter_map(|i| i.location)
        .collect();
    locations.sort_unstable();
    locations.dedup();
    let by_locations = locations.len().div_ceil(problem.max_locations.max(1));
    long + by_pages.max(big).max(by_locations)
}

/// A bound on the hold cost of any order of the days found, from the exact
/// core; valid when drop/pickup is off (a drop can only lower the cost
/// below what the core counts). `None` otherwise.
fn hold_lower_bound(
    problem: &Problem,
    state: &search::State,
    seed: u64,
    deadline: Instant,
) -> Option<i128> {
    problem.drop_min_days.is_none().then_some(())?;
    let facts = state.facts();
    let costs: Vec<i64> = problem
        .rates
        .iter()
        .map(|&r| i64::try_from(r).ok())
        .collect::<Option<Vec<_>>>()?;
    let instance = talent::Instance {
        durations: facts
            .iter()
            .map(|f| u32::try_from(f.length).unwrap_or(u32::MAX))
            .collect(),
        costs,
        cast: facts.iter().map(|f| f.cast.iter().collect()).collect(),
    };
    let limits = talent::Limits {
        deadline: Some(deadline),
        max_nodes: 3_000_000,
        heuristic_rounds: 20,
        seed,
        ..talent::Limits::default()
    };
    let solution = talent::solve(&instance, &limits).ok()?;
    Some(i128::from(solution.lower_bound))
}
pub mod summary;
pub mod verify;
pub mod write;
