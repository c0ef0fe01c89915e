//! Taking a move of the search back when it is not accepted.

use super::State;
use crate::schedule::plan::{Day, Facts};

/// How to take a move back.
pub(super) enum Undo {
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
    pub(super) fn apply(self, state: &mut State) {
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
