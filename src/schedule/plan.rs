//! A schedule in the making: shoot days in order, each a list of scenes
//! (a scene longer than a day is alone on its day, which then stands for
//! its consecutive days), with what each day's content implies.

use super::bitset::BitSet;
use super::calendar::Shift;
use super::problem::{Item, Problem};
use crate::model::TimeOfDay;

/// One shoot day (or run of days, for a long scene): indices into
/// `Problem::items`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Day {
    pub items: Vec<usize>,
}

/// What a day's scenes add up to.
#[derive(Debug, Clone)]
pub struct Facts {
    pub pages: u64,
    /// Distinct locations, in order of first scene.
    pub locations: Vec<usize>,
    pub cast: BitSet,
    /// Shoot days it takes (more than 1 for a long scene).
    pub length: usize,
    /// Per shift, the slots the day may start on; empty for a shift its
    /// scenes do not allow.
    pub allowed: [BitSet; 2],
}

impl Facts {
    pub fn of(problem: &Problem, cast_count: usize, items: &[usize]) -> Facts {
        let n = problem.calendar.len();
        let mut facts = Facts {
            pages: 0,
            locations: Vec::new(),
            cast: BitSet::new(cast_count),
            length: 1,
            allowed: [BitSet::full(n), BitSet::full(n)],
        };
        for &i in items {
            facts.add(&problem.items[i]);
        }
        facts
    }

    /// Recomputes the facts for `items`, reusing memory.
    pub fn recompute(&mut self, problem: &Problem, items: &[usize]) {
        self.pages = 0;
        self.locations.clear();
        self.cast.clear();
        self.length = 1;
        let mut first = true;
        for &i in items {
            let item = &problem.items[i];
            if first {
                for shift in Shift::BOTH {
                    self.allowed[shift.index()].copy_from(&item.allowed[shift.index()]);
                }
                first = false;
            }
            self.add(item);
        }
        if first {
            let n = problem.calendar.len();
            self.allowed = [BitSet::full(n), BitSet::full(n)];
        }
    }

    fn add(&mut self, item: &Item) {
        self.pages += item.pages;
        if let Some(l) = item.location
            && !self.locations.contains(&l)
        {
            self.locations.push(l);
        }
        for &c in &item.cast {
            self.cast.insert(c);
        }
        self.length = self.length.max(item.days);
        for shift in Shift::BOTH {
            self.allowed[shift.index()].intersect_with(&item.allowed[shift.index()]);
        }
    }

    /// Whether the day can be shot at all.
    pub fn possible(&self) -> bool {
        self.allowed.iter().any(|a| !a.is_empty())
    }
}

/// Whether `item` may join a day holding `items` (with `facts`): pages,
/// locations, a shift both allow on a common date, and long scenes alone.
pub fn fits(problem: &Problem, facts: &Facts, items: &[usize], item: &Item) -> bool {
    if items.is_empty() {
        return true;
    }
    if item.is_long() || facts.length > 1 {
        return false;
    }
    if facts.pages + item.pages > problem.max_pages {
        return false;
    }
    if let Some(l) = item.location
        && !facts.locations.contains(&l)
        && facts.locations.len() + 1 > problem.max_locations
    {
        return false;
    }
    Shift::BOTH
        .iter()
        .any(|&s| facts.allowed[s.index()].intersects(&item.allowed[s.index()]))
}

/// The order of scenes within a day: by location as `locations` says, then
/// dawn, day, dusk, night, then as listed.
pub fn order_within(problem: &Problem, items: &[usize], locations: &[usize]) -> Vec<usize> {
    let rank = |t: TimeOfDay| match t {
        TimeOfDay::Dawn => 0,
        TimeOfDay::Day => 1,
        TimeOfDay::Dusk => 2,
        TimeOfDay::Night => 3,
    };
    let mut ordered: Vec<(usize, usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let item = &problem.items[i];
            let place = item
                .location
                .and_then(|l| locations.iter().position(|&x| x == l))
                .unwrap_or(usize::MAX);
            (place, rank(item.time), k)
        })
        .collect();
    ordered.sort_unstable();
    ordered.into_iter().map(|(_, _, k)| items[k]).collect()
}
