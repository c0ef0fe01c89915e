//! The moves of the search: scenes between days, days within the order.
//! Each changes `state` and returns how to take it back, or `None` when it
//! does not apply (and leaves `state` as it was).

use super::State;
use super::undo::Undo;
use crate::schedule::plan::{Day, Facts, fits};
use crate::schedule::rng::Rng;

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

pub(super) fn relocate(state: &mut State, rng: &mut Rng) -> Option<Undo> {
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

pub(super) fn swap_items(state: &mut State, rng: &mut Rng) -> Option<Undo> {
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

pub(super) fn move_day(state: &mut State, rng: &mut Rng) -> Option<Undo> {
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
pub(super) fn move_segment(state: &mut State, rng: &mut Rng) -> Option<Undo> {
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

pub(super) fn swap_days(state: &mut State, rng: &mut Rng) -> Option<Undo> {
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

pub(super) fn reverse(state: &mut State, rng: &mut Rng) -> Option<Undo> {
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
pub(super) fn empty_day(state: &mut State, rng: &mut Rng) -> Option<Undo> {
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
pub(super) fn regroup(state: &mut State, rng: &mut Rng) -> Option<Undo> {
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
/// [`stream::pack`]: crate::schedule::stream::pack
pub(super) fn repack(state: &mut State, rng: &mut Rng) -> Option<Undo> {
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
    let packed = crate::schedule::stream::pack(state.problem, state.cast_count, &stops);
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
pub(super) fn isolate(state: &mut State, rng: &mut Rng) -> Option<Undo> {
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
        .filter_map(crate::schedule::bitset::BitSet::first)
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
