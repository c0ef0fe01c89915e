//! Local search over whole schedules: simulated annealing with moves of
//! scenes between days and of days in the order. A move may never add an
//! unplaced scene, a shoot day or a date without shooting; among schedules
//! equal on those, it is accepted by the annealing rule on cost (hold cost
//! plus moves). Emptying a day is tried on its own, since fewer days come
//! first. Deterministic for a seed: the effort is counted in iterations;
//! the deadline is only a ceiling.

use super::decode::{Placed, place};
use super::objective::{Evaluator, Figures};
use super::plan::{Day, Facts, fits};
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
            0..=27 => relocate(state, rng),
            28..=45 => swap_items(state, rng),
            46..=57 => move_day(state, rng),
            58..=64 => move_segment(state, rng),
            65..=76 => swap_days(state, rng),
            77..=88 => reverse(state, rng),
            89..=91 => regroup(state, rng),
            92..=94 => repack(state, rng),
            95..=97 => empty_day(state, rng),
            _ if state.figures.score.unplaced > 0 => isolate(state, rng),
            _ => empty_day(state, rng),
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

/// How to take a move back.
enum Undo {
    /// Restore these days (index, content) and the day list's length.
    Days(Vec<(usize, Day)>),
    /// The item was moved out of day `from` (at `at`), into `to`; when
    /// `from` emptied it was removed.
    Relocated {
        item: usize,
        from: usize,
        at: usize,
        to: usize,
        removed: bool,
    },
    MovedDay {
        from: usize,
        to: usize,
    },
    SwappedDays(usize, usize),
    Reversed(usize, usize),
    /// A run `start..end` was moved to position `to` (of the list without
    /// it).
    Segment(usize, usize, usize),
    Whole(Vec<Day>),
}

impl Undo {
    fn apply(self, state: &mut State) {
        match self {
            Undo::Days(saved) => {
                for (d, day) in saved {
                    state.days[d] = day;
                    state.refresh(d);
                }
            }
            Undo::Relocated {
                item,
                from,
                at,
                to,
                removed,
            } => {
                let to_now = if removed && to > from { to - 1 } else { to };
                state.days[to_now].items.retain(|&i| i != item);
                state.refresh(to_now);
                if removed {
                    state.days.insert(from, Day { items: vec![item] });
                    state
                        .facts
                        .insert(from, Facts::of(state.problem, state.cast_count, &[item]));
                } else {
                    state.days[from].items.insert(at, item);
                    state.refresh(from);
                }
            }
            Undo::MovedDay { from, to } => {
                let day = state.days.remove(to);
                let facts = state.facts.remove(to);
                state.days.insert(from, day);
                state.facts.insert(from, facts);
            }
            Undo::SwappedDays(a, b) => {
                state.days.swap(a, b);
                state.facts.swap(a, b);
            }
            Undo::Segment(start, end, to) => {
                let k = end - start;
                let days: Vec<Day> = state.days.drain(to..to + k).collect();
                let facts: Vec<Facts> = state.facts.drain(to..to + k).collect();
                state.days.splice(start..start, days);
                state.facts.splice(start..start, facts);
            }
            Undo::Reversed(a, b) => {
                state.days[a..=b].reverse();
                state.facts[a..=b].reverse();
            }
            Undo::Whole(days) => {
                state.days = days;
                state.facts = state
                    .days
                    .iter()
                    .map(|d| Facts::of(state.problem, state.cast_count, &d.items))
                    .collect();
            }
        }
    }
}

/// A day likely to suit `item`: one sharing its location or cast, often.
fn target_day(state: &State, rng: &mut Rng, item: usize, not: usize) -> Option<usize> {
    let n = state.days.len();
    if n < 2 {
        return None;
    }
    let it = &state.problem.items[item];
    for _ in 0..8 {
        let d = rng.below(n);
        if d == not {
            continue;
        }
        let f = &state.facts[d];
        let related = it.location.is_some_and(|l| f.locations.contains(&l))
            || it.cast.iter().any(|&c| f.cast.contains(c));
        if related || rng.below(4) == 0 {
            return Some(d);
        }
    }
    let d = rng.below(n);
    (d != not).then_some(d)
}

fn relocate(state: &mut State, rng: &mut Rng) -> Option<Undo> {
    let a = rng.below(state.days.len());
    let day = &state.days[a];
    if day.items.is_empty() {
        return None;
    }
    let at = rng.below(day.items.len());
    let item = day.items[at];
    let it = &state.problem.items[item];
    if it.is_long() {
        return None;
    }
    let b = (0..6).find_map(|_| {
        let b = target_day(state, rng, item, a)?;
        fits(state.problem, &state.facts[b], &state.days[b].items, it).then_some(b)
    })?;
    state.days[a].items.remove(at);
    state.days[b].items.push(item);
    state.refresh(b);
    let removed = state.days[a].items.is_empty();
    if removed {
        state.days.remove(a);
        state.facts.remove(a);
    } else {
        state.refresh(a);
    }
    Some(Undo::Relocated {
        item,
        from: a,
        at,
        to: b,
        removed,
    })
}

fn swap_items(state: &mut State, rng: &mut Rng) -> Option<Undo> {
    let n = state.days.len();
    if n < 2 {
        return None;
    }
    let a = rng.below(n);
    if state.days[a].items.is_empty() || state.facts[a].length > 1 {
        return None;
    }
    let i = state.days[a].items[rng.below(state.days[a].items.len())];
    let problem = state.problem;
    let without = |items: &[usize], x: usize| -> Vec<usize> {
        items.iter().copied().filter(|&k| k != x).collect()
    };
    let rest_a = without(&state.days[a].items, i);
    let fa = Facts::of(problem, state.cast_count, &rest_a);
    for _ in 0..6 {
        let Some(b) = target_day(state, rng, i, a) else {
            continue;
        };
        let items_b = &state.days[b].items;
        if items_b.is_empty() || state.facts[b].length > 1 {
            continue;
        }
        let start = rng.below(items_b.len());
        for k in 0..items_b.len() {
            let j = items_b[(start + k) % items_b.len()];
            // Cheap page test first.
            let pages_a = fa.pages + problem.items[j].pages;
            let pages_b = state.facts[b].pages - problem.items[j].pages + problem.items[i].pages;
            if pages_a > problem.max_pages || pages_b > problem.max_pages {
                continue;
            }
            if !fits(problem, &fa, &rest_a, &problem.items[j]) {
                continue;
            }
            let rest_b = without(items_b, j);
            let fb = Facts::of(problem, state.cast_count, &rest_b);
            if !fits(problem, &fb, &rest_b, &problem.items[i]) {
                continue;
            }
            let saved = vec![(a, state.days[a].clone()), (b, state.days[b].clone())];
            state.days[a].items = rest_a;
            state.days[a].items.push(j);
            state.days[b].items = rest_b;
            state.days[b].items.push(i);
            state.refresh(a);
            state.refresh(b);
            return Some(Undo::Days(saved));
        }
    }
    None
}

fn move_day(state: &mut State, rng: &mut Rng) -> Option<Undo> {
    let n = state.days.len();
    if n < 2 {
        return None;
    }
    let from = rng.below(n);
    let to = if rng.below(2) == 0 {
        rng.below(n)
    } else {
        // Nearby: a few places either way.
        let shift = rng.below(7) as isize - 3;
        (from as isize + shift).clamp(0, n as isize - 1) as usize
    };
    if from == to {
        return None;
    }
    let day = state.days.remove(from);
    let facts = state.facts.remove(from);
    state.days.insert(to, day);
    state.facts.insert(to, facts);
    Some(Undo::MovedDay { from, to })
}

/// Moves a run of consecutive days elsewhere in the order (a location's
/// block, often).
fn move_segment(state: &mut State, rng: &mut Rng) -> Option<Undo> {
    let n = state.days.len();
    if n < 3 {
        return None;
    }
    let start = rng.below(n);
    let len = 2 + rng.below(4);
    let end = (start + len).min(n);
    if end - start < 2 || end - start >= n {
        return None;
    }
    let days: Vec<Day> = state.days.drain(start..end).collect();
    let facts: Vec<Facts> = state.facts.drain(start..end).collect();
    let to = rng.below(state.days.len() + 1);
    if to == start {
        state.days.splice(start..start, days);
        state.facts.splice(start..start, facts);
        return None;
    }
    state.days.splice(to..to, days);
    state.facts.splice(to..to, facts);
    Some(Undo::Segment(start, end, to))
}

fn swap_days(state: &mut State, rng: &mut Rng) -> Option<Undo> {
    let n = state.days.len();
    if n < 2 {
        return None;
    }
    let a = rng.below(n);
    let b = rng.below(n);
    if a == b {
        return None;
    }
    state.days.swap(a, b);
    state.facts.swap(a, b);
    Some(Undo::SwappedDays(a, b))
}

fn reverse(state: &mut State, rng: &mut Rng) -> Option<Undo> {
    let n = state.days.len();
    if n < 3 {
        return None;
    }
    let a = rng.below(n);
    let len = 2 + rng.below(n.min(12));
    let b = (a + len - 1).min(n - 1);
    if a >= b {
        return None;
    }
    state.days[a..=b].reverse();
    state.facts[a..=b].reverse();
    Some(Undo::Reversed(a, b))
}

/// Spreads one light day's scenes over the other days, when they all fit.
fn empty_day(state: &mut State, rng: &mut Rng) -> Option<Undo> {
    let n = state.days.len();
    if n < 2 {
        return None;
    }
    // The lightest of a few days picked at random.
    let a = (0..3)
        .map(|_| rng.below(n))
        .filter(|&d| state.facts[d].length == 1)
        .min_by_key(|&d| state.facts[d].pages)?;
    let saved = state.days.clone();
    let mut items = state.days[a].items.clone();
    items.sort_by_key(|&i| std::cmp::Reverse(state.problem.items[i].pages));
    for item in items {
        let it = &state.problem.items[item];
        let target = (0..n)
            .filter(|&d| d != a && !state.days[d].items.is_empty())
            .filter(|&d| fits(state.problem, &state.facts[d], &state.days[d].items, it))
            .max_by_key(|&d| {
                let f = &state.facts[d];
                let shared = it.cast.iter().filter(|&&c| f.cast.contains(c)).count();
                let same_place = it.location.is_some_and(|l| f.locations.contains(&l));
                (same_place, shared, f.pages, std::cmp::Reverse(d))
            });
        let Some(d) = target else {
            Undo::Whole(saved).apply(state);
            return None;
        };
        state.days[d].items.push(item);
        state.refresh(d);
    }
    state.days.remove(a);
    state.facts.remove(a);
    Some(Undo::Whole(saved))
}

/// Moves a day's scenes at one location into other days at that location,
/// where they fit: a location visited twice, visited once.
fn regroup(state: &mut State, rng: &mut Rng) -> Option<Undo> {
    let n = state.days.len();
    let a = rng.below(n);
    let locations = &state.facts[a].locations;
    if locations.is_empty() || state.facts[a].length > 1 {
        return None;
    }
    let place = locations[rng.below(locations.len())];
    let others: Vec<usize> = (0..n)
        .filter(|&d| d != a && state.facts[d].length == 1)
        .filter(|&d| state.facts[d].locations.contains(&place))
        .collect();
    if others.is_empty() {
        return None;
    }
    let saved = state.days.clone();
    let problem = state.problem;
    let moving: Vec<usize> = state.days[a]
        .items
        .iter()
        .copied()
        .filter(|&i| problem.items[i].location == Some(place))
        .collect();
    for item in moving {
        let it = &problem.items[item];
        let target = others
            .iter()
            .copied()
            .filter(|&d| fits(problem, &state.facts[d], &state.days[d].items, it))
            .max_by_key(|&d| (state.facts[d].pages, std::cmp::Reverse(d)));
        let Some(d) = target else {
            Undo::Whole(saved).apply(state);
            return None;
        };
        state.days[a].items.retain(|&i| i != item);
        state.days[d].items.push(item);
        state.refresh(d);
    }
    if state.days[a].items.is_empty() {
        state.days.remove(a);
        state.facts.remove(a);
    } else {
        state.refresh(a);
    }
    Some(Undo::Whole(saved))
}

/// Cuts a run of consecutive days again, location by location in the
/// order they come ([`stream::pack`]): part-filled days of a location
/// merge, often a day fewer, with no more moves.
///
/// [`stream::pack`]: super::stream::pack
fn repack(state: &mut State, rng: &mut Rng) -> Option<Undo> {
    let n = state.days.len();
    if n < 2 {
        return None;
    }
    let start = rng.below(n - 1);
    let end = (start + 2 + rng.below(5)).min(n);
    let mut stops: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
    for day in &state.days[start..end] {
        for &i in &day.items {
            let place = state.problem.items[i].location;
            match stops.iter_mut().find(|(p, _)| *p == place) {
                Some((_, items)) => items.push(i),
                None => stops.push((place, vec![i])),
            }
        }
    }
    let stops: Vec<Vec<usize>> = stops.into_iter().map(|(_, items)| items).collect();
    let packed = super::stream::pack(state.problem, state.cast_count, &stops);
    if packed.len() >= end - start {
        return None;
    }
    let saved = state.days.clone();
    state.days.splice(start..end, packed);
    state.facts = state
        .days
        .iter()
        .map(|d| Facts::of(state.problem, state.cast_count, &d.items))
        .collect();
    Some(Undo::Whole(saved))
}

/// Takes a scene out to a day of its own (placed near a date it may go
/// on): a day more, worth it only when it places a scene that had no date.
fn isolate(state: &mut State, rng: &mut Rng) -> Option<Undo> {
    let n = state.days.len();
    if n == 0 {
        return None;
    }
    // Prefer a day that found no date.
    let unplaced: Vec<usize> = (0..n)
        .filter(|&d| state.placed.get(d).is_some_and(Option::is_none))
        .collect();
    let a = if !unplaced.is_empty() && rng.below(4) != 0 {
        unplaced[rng.below(unplaced.len())]
    } else {
        rng.below(n)
    };
    if state.days[a].items.len() < 2 {
        return None;
    }
    let saved = state.days.clone();
    let at = rng.below(state.days[a].items.len());
    let item = state.days[a].items.remove(at);
    state.refresh(a);
    // Just before the first placed day that starts after a date the
    // scene may take.
    let allowed = &state.problem.items[item].allowed;
    let first = allowed
        .iter()
        .filter_map(super::bitset::BitSet::first)
        .min()
        .unwrap_or(0);
    let position = (0..n)
        .find(|&d| {
            state
                .placed
                .get(d)
                .copied()
                .flatten()
                .is_some_and(|p| p.slot > first)
        })
        .unwrap_or(n);
    let position = (position + rng.below(3)).min(n).saturating_sub(1);
    state.days.insert(position, Day { items: vec![item] });
    state.facts.insert(
        position,
        Facts::of(state.problem, state.cast_count, &[item]),
    );
    Some(Undo::Whole(saved))
}
