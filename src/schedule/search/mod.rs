//! Local search over whole schedules: simulated annealing with moves of
//! scenes between days and of days in the order. A move may never add an
//! unplaced scene, a shoot day or a date without shooting; among schedules
//! equal on those, it is accepted by the annealing rule on cost (hold cost
//! plus moves). Emptying a day is tried on its own, since fewer days come
//! first. Deterministic for a seed: the effort is counted in iterations;
//! the deadline is only a ceiling.

mod moves;
mod undo;

use super::decode::{Placed, place};
use super::objective::{Evaluator, Figures};
use super::plan::{Day, Facts};
use super::problem::Problem;
use super::rng::Rng;
use std::time::Instant;

/// A schedule with everything derived from it.
pub struct State<'p> {
    pub problem: &'p Problem,
    cast_count: usize,
    pub days: Vec<Day>,
    facts: Vec<Facts>,
    pub placed: Vec<Option<Placed>>,
    /// Placement of the move being tried.
    trial: Vec<Option<Placed>>,
    pub figures: Figures,
    evaluator: Evaluator,
}

impl<'p> State<'p> {
    pub fn new(problem: &'p Problem, cast_count: usize, days: Vec<Day>) -> State<'p> {
        let facts = days
            .iter()
            .map(|d| Facts::of(problem, cast_count, &d.items))
            .collect();
        let mut state = State {
            problem,
            cast_count,
            days,
            facts,
            placed: Vec::new(),
            trial: Vec::new(),
            figures: Figures::default(),
            evaluator: Evaluator::new(problem),
        };
        state.figures = state.evaluate();
        std::mem::swap(&mut state.placed, &mut state.trial);
        state
    }

    pub fn facts(&self) -> &[Facts] {
        &self.facts
    }

    /// Figures of the days as they are now, placed into `trial`.
    fn evaluate(&mut self) -> Figures {
        place(self.problem, &self.facts, &mut self.trial);
        let unplaced_scenes: usize = self
            .trial
            .iter()
            .zip(&self.days)
            .filter(|(p, _)| p.is_none())
            .map(|(_, d)| d.items.len())
            .sum();
        let mut figures = self
            .evaluator
            .evaluate(self.problem, &self.facts, &self.trial, 0);
        figures.score.unplaced = unplaced_scenes;
        figures
    }

    fn refresh(&mut self, d: usize) {
        self.facts[d].recompute(self.problem, &self.days[d].items);
    }
}

/// How hard to search.
#[derive(Debug, Clone, Copy)]
pub struct Effort {
    pub iterations: u64,
    pub deadline: Instant,
}

/// What one search did.
#[derive(Debug, Clone, Copy, Default)]
pub struct Stats {
    pub iterations: u64,
    pub accepted: u64,
    /// The deadline cut the search short.
    pub out_of_time: bool,
}

/// Improves `state` in place.
pub fn anneal(
    state: &mut State,
    rng: &mut Rng,
    effort: Effort,
    progress: &mut dyn FnMut(f64, &Figures),
) -> Stats {
    let mut stats = Stats::default();
    let mut best_days = state.days.clone();
    let mut best = state.figures;
    if state.days.is_empty() {
        return stats;
    }
    let start_temperature = (state.figures.score.total as f64 * 0.003).max(100.0);
    let end_temperature = 1.0;
    let total = effort.iterations.max(1);
    // Counted in moves evaluated; a move that does not apply (a scene that
    // fits nowhere it was offered) is cheap and counts a little.
    let mut it = 0u64;
    let mut attempts = 0u64;
    let mut temperature = start_temperature;
    while it < total && attempts < total.saturating_mul(4) {
        attempts += 1;
        if attempts.is_multiple_of(256) {
            if Instant::now() >= effort.deadline {
                stats.out_of_time = true;
                break;
            }
            if attempts.is_multiple_of(8192) {
                progress(it as f64 / total as f64, &best);
            }
            let t = it as f64 / total as f64;
            temperature = start_temperature * (end_temperature / start_temperature).powf(t);
        }
        let undo = match rng.below(100) {
            0..=27 => moves::relocate(state, rng),
            28..=45 => moves::swap_items(state, rng),
            46..=57 => moves::move_day(state, rng),
            58..=64 => moves::move_segment(state, rng),
            65..=76 => moves::swap_days(state, rng),
            77..=88 => moves::reverse(state, rng),
            89..=91 => moves::regroup(state, rng),
            92..=94 => moves::repack(state, rng),
            95..=97 => moves::empty_day(state, rng),
            _ if state.figures.score.unplaced > 0 => moves::isolate(state, rng),
            _ => moves::empty_day(state, rng),
        };
        let Some(undo) = undo else { continue };
        it += 1;
        stats.iterations += 1;
        let candidate = state.evaluate();
        let old = state.figures.score;
        let new = candidate.score;
        let head = |s: &super::objective::Score| (s.unplaced, s.days, s.breaks);
        let accept = match head(&new).cmp(&head(&old)) {
            std::cmp::Ordering::Less => true,
            std::cmp::Ordering::Greater => false,
            std::cmp::Ordering::Equal => {
                let delta = (new.total - old.total) as f64;
                delta <= 0.0 || rng.unit() < (-delta / temperature).exp()
            }
        };
        if accept {
            stats.accepted += 1;
            state.figures = candidate;
            std::mem::swap(&mut state.placed, &mut state.trial);
            if new < best.score {
                best = candidate;
                best_days.clone_from(&state.days);
            }
        } else {
            undo.apply(state);
        }
    }
    if best.score < state.figures.score {
        *state = State::new(state.problem, state.cast_count, best_days);
    }
    progress(1.0, &state.figures);
    stats
}
