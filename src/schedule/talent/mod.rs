//! The sequencing core of `prodcoord schedule`: the talent scheduling
//! problem (Cheng, Diamond & Lin, "Optimal scheduling in film production to
//! minimize talent hold cost", JOTA 79, 1993).
//!
//! [`solve`] reduces the instance ([`preprocess`]), finds a good order with
//! a heuristic, then proves it optimal or improves on it with the exact
//! bounded dynamic program of `exact` (Garcia de la Banda, Stuckey & Chu,
//! INFORMS JoC 2011), within a deadline. A production whose scenes each take
//! whole days at one location, with no days off mattering and no
//! drop/pickup, is exactly this problem: hold cost in the day out of days is
//! the objective here.

mod blocks;
mod bound;
mod core;
mod exact;
mod heuristic;
mod instance;
pub mod preprocess;
pub mod text;

pub use instance::Instance;

use crate::schedule::rng::Rng;
use preprocess::Segment;
use std::time::Instant;

/// How long and how hard to search.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Stop searching then (the best order so far is returned).
    pub deadline: Option<Instant>,
    /// Stop after expanding this many states: unlike the deadline, a
    /// limit that gives the same answer on every machine.
    pub max_nodes: u64,
    /// Memo entries before the memo is cleared (about 24 bytes each).
    pub max_memo: usize,
    /// Rounds of the heuristic's iterated local search per block.
    pub heuristic_rounds: usize,
    pub seed: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            deadline: None,
            max_nodes: u64::MAX,
            max_memo: 40_000_000,
            heuristic_rounds: 200,
            seed: 0,
        }
    }
}

/// An order of all scenes and what is known about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solution {
    /// Every scene once, in shooting order.
    pub order: Vec<usize>,
    /// Its hold cost ([`Instance::hold_cost`]).
    pub hold_cost: i64,
    /// No order holds for less.
    pub lower_bound: i64,
    /// `hold_cost == lower_bound`: proven optimal.
    pub optimal: bool,
    /// States the exact search expanded.
    pub nodes: u64,
}

/// The cheapest order the search finds (proven optimal when
/// [`Solution::optimal`]). An instance that [`Instance::validate`] refuses
/// is an error.
pub fn solve(instance: &Instance, limits: &Limits) -> Result<Solution, String> {
    instance.validate()?;
    let mut rng = Rng::new(limits.seed);
    let mut order = Vec::with_capacity(instance.scenes());
    let mut lower_bound = 0i64;
    let mut nodes = 0;
    for segment in preprocess::reduce(instance) {
        match segment {
            Segment::Fixed(scenes) => order.extend(scenes),
            Segment::Block(groups) => {
                let (groups_order, lower) = match core::Core::new(&groups, &instance.costs) {
                    Some(core) => {
                        let (heuristic_order, upper) = heuristic::improve(
                            &core,
                            &mut rng,
                            limits.heuristic_rounds,
                            limits.deadline,
                        );
                        let outcome = exact::Search::new(&core, limits.deadline, limits.max_memo)
                            .with_max_nodes(limits.max_nodes.saturating_sub(nodes))
                            .run(upper);
                        nodes += outcome.nodes;
                        match outcome.order {
                            Some(o) if outcome.cost <= upper => (o, outcome.lower_bound),
                            _ => (heuristic_order, outcome.lower_bound.min(upper)),
                        }
                    }
                    // Too large for bit sets: keep the given order.
                    None => ((0..groups.len()).collect(), 0),
                };
                lower_bound = lower_bound.saturating_add(lower);
                for g in groups_order {
                    order.extend(groups[g].scenes.iter().copied());
                }
            }
        }
    }
    let hold_cost = instance.hold_cost(&order);
    let lower_bound = lower_bound.min(hold_cost);
    Ok(Solution {
        optimal: lower_bound == hold_cost,
        order,
        hold_cost,
        lower_bound,
        nodes,
    })
}

/// The lower bound the exact search uses, for the state where `front` are
/// shot first (in any order) and `back` last: a bound on the hold cost of
/// the scenes in between (counting only holds during them). For tests.
#[doc(hidden)]
pub fn state_bound(instance: &Instance, front: &[usize], back: &[usize]) -> Option<i64> {
    let groups: Vec<preprocess::Group> = (0..instance.scenes())
        .map(|s| preprocess::Group {
            actors: instance.cast[s].clone(),
            duration: i64::from(instance.durations[s]),
            scenes: vec![s],
        })
        .collect();
    let core = core::Core::new(&groups, &instance.costs)?;
    let set = |scenes: &[usize]| scenes.iter().fold(0u64, |m, &s| m | 1 << s);
    let actors = |scenes: &[usize]| scenes.iter().fold(0u128, |m, &s| m | core.mask[s]);
    let full = if core.n >= 64 {
        u64::MAX
    } else {
        (1u64 << core.n) - 1
    };
    let rest = full & !set(front) & !set(back);
    Some(bound::Bound::new(&core).of(&core, rest, actors(front), actors(back)))
}
