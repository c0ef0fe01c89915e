//! Days cut from a stream of locations: each location's scenes in turn,
//! every day filled as full as its pages allow, the last part-filled day of
//! one location shared with the first scenes of the next. Each location is
//! then visited once (unless availability splits it later), in as few days
//! as the pages need: day scenes before night scenes, or the other way
//! round to carry on the shift the previous location ended with, since a
//! night shoot followed by a day shoot costs a date for turnaround.

use super::calendar::Shift;
use super::plan::{Day, Facts, fits};
use super::problem::Problem;
use crate::model::TimeOfDay;

/// The shoot days for `stops` (each a location's scenes, in the order
/// they are to be shot; a scene longer than a day gets its own days).
pub fn pack(problem: &Problem, cast_count: usize, stops: &[Vec<usize>]) -> Vec<Day> {
    let mut days: Vec<Day> = Vec::new();
    let mut open = Day::default();
    let mut facts = Facts::of(problem, cast_count, &[]);
    for stop in stops {
        let (long, mut left): (Vec<usize>, Vec<usize>) =
            stop.iter().partition(|&&i| problem.items[i].is_long());
        let night_first = !open.items.is_empty()
            && shift_of(problem, &open.items) == Some(Shift::Night)
            || open.items.is_empty()
                && days
                    .last()
                    .is_some_and(|d| shift_of(problem, &d.items) == Some(Shift::Night));
        let mut long_done = long.is_empty();
        while !left.is_empty() {
            let shift =
                shift_of(problem, &open.items).or_else(|| first_shift(problem, &left, night_first));
            let chosen = fill(problem, &facts, &open.items, &left, shift);
            if chosen.is_empty() {
                if open.items.is_empty() {
                    // Nothing fits even an empty day (no common date): alone.
                    let i = left.remove(0);
                    days.push(Day { items: vec![i] });
                    continue;
                }
                days.push(std::mem::take(&mut open));
                facts = Facts::of(problem, cast_count, &[]);
                if !long_done {
                    days.extend(long.iter().map(|&i| Day { items: vec![i] }));
                    long_done = true;
                }
                continue;
            }
            for i in chosen {
                if fits(problem, &facts, &open.items, &problem.items[i]) {
                    open.items.push(i);
                    facts = Facts::of(problem, cast_count, &open.items);
                    left.retain(|&x| x != i);
                }
            }
        }
        if !long_done {
            if !open.items.is_empty() {
                days.push(std::mem::take(&mut open));
                facts = Facts::of(problem, cast_count, &[]);
            }
            days.extend(long.iter().map(|&i| Day { items: vec![i] }));
        }
    }
    if !open.items.is_empty() {
        days.push(open);
    }
    days
}

/// The shift a day's scenes impose, if any.
fn shift_of(problem: &Problem, items: &[usize]) -> Option<Shift> {
    items.iter().find_map(|&i| match problem.items[i].time {
        TimeOfDay::Day => Some(Shift::Day),
        TimeOfDay::Night => Some(Shift::Night),
        TimeOfDay::Dawn | TimeOfDay::Dusk => None,
    })
}

/// The shift to open a day with: day scenes first (or night first).
fn first_shift(problem: &Problem, left: &[usize], night_first: bool) -> Option<Shift> {
    let (first, second) = if night_first {
        (Shift::Night, Shift::Day)
    } else {
        (Shift::Day, Shift::Night)
    };
    let has = |s: Shift| left.iter().any(|&i| shift_of(problem, &[i]) == Some(s));
    [first, second].into_iter().find(|&s| has(s))
}

/// The scenes of `left` that fill the open day best: the most pages that
/// fit (a subset sum), scenes of the day's shift before dawn and dusk
/// scenes, which can go on either.
fn fill(
    problem: &Problem,
    facts: &Facts,
    open: &[usize],
    left: &[usize],
    shift: Option<Shift>,
) -> Vec<usize> {
    let candidates: Vec<usize> = left
        .iter()
        .copied()
        .filter(|&i| {
            let item = &problem.items[i];
            !item.is_long()
                && shift.is_none_or(|s| item.fits(s))
                && fits(problem, facts, open, item)
        })
        .collect();
    let capacity = usize::try_from(problem.max_pages.saturating_sub(facts.pages)).unwrap_or(0);
    if candidates.is_empty() || capacity == 0 {
        return Vec::new();
    }
    // flexible[c]: fewest dawn/dusk scenes reaching exactly c pages;
    // took[k][c]: candidate k was last added to reach c in row k.
    let mut flexible: Vec<Option<usize>> = vec![None; capacity + 1];
    flexible[0] = Some(0);
    let mut took = vec![false; candidates.len() * (capacity + 1)];
    for (k, &i) in candidates.iter().enumerate() {
        let pages = usize::try_from(problem.items[i].pages).unwrap_or(usize::MAX);
        if pages > capacity {
            continue;
        }
        let extra = usize::from(shift_of(problem, &[i]).is_none());
        for c in (pages..=capacity).rev() {
            let Some(used) = flexible[c - pages] else {
                continue;
            };
            if flexible[c].is_none_or(|u| used + extra < u) {
                flexible[c] = Some(used + extra);
                took[k * (capacity + 1) + c] = true;
            }
        }
    }
    let Some(mut c) = (1..=capacity).rev().find(|&c| flexible[c].is_some()) else {
        return Vec::new();
    };
    // Walk back: the last row that set c took its candidate.
    let mut chosen = Vec::new();
    for k in (0..candidates.len()).rev() {
        if c > 0 && took[k * (capacity + 1) + c] {
            chosen.push(candidates[k]);
            c -= usize::try_from(problem.items[candidates[k]].pages).unwrap_or(c);
        }
    }
    chosen.reverse();
    chosen
}
