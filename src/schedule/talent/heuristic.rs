//! A quick good order for a block: greedy construction, then iterated local
//! search with insertion moves. It gives the exact search its first upper
//! bound, and is the answer for blocks too large to search exhaustively.

use super::core::Core;
use crate::schedule::rng::Rng;
use std::time::Instant;

/// The best order found and its hold cost.
pub fn improve(
    core: &Core,
    rng: &mut Rng,
    rounds: usize,
    deadline: Option<Instant>,
) -> (Vec<usize>, i64) {
    let mut best = greedy(core);
    local_search(core, &mut best);
    let mut best_cost = core.hold_cost(&best);
    let mut current = best.clone();
    let mut current_cost = best_cost;
    for round in 0..rounds {
        if round % 8 == 0 && deadline.is_some_and(|d| Instant::now() >= d) {
            break;
        }
        let mut candidate = current.clone();
        perturb(&mut candidate, rng);
        local_search(core, &mut candidate);
        let cost = core.hold_cost(&candidate);
        if cost <= current_cost {
            current = candidate;
            current_cost = cost;
            if cost < best_cost {
                best = current.clone();
                best_cost = cost;
            }
        } else if rng.below(10) == 0 {
            current = best.clone();
            current_cost = best_cost;
        }
    }
    (best, best_cost)
}

/// Builds an order from the front: next, the group that holds the fewest
/// (by cost) and brings the cheapest newcomers.
fn greedy(core: &Core) -> Vec<usize> {
    let n = core.n;
    let mut used = vec![false; n];
    let mut order = Vec::with_capacity(n);
    let mut before = 0u128;
    for _ in 0..n {
        let mut choice = None;
        for s in (0..n).filter(|&s| !used[s]) {
            let mut others = 0u128;
            for t in (0..n).filter(|&t| !used[t] && t != s) {
                others |= core.mask[t];
            }
            let hold = core.duration[s] * core.cost_of(before & others & !core.mask[s]);
            let newcomers = core.cost_of(core.mask[s] & !before);
            let key = (hold + newcomers, s);
            if choice.is_none_or(|c| key < c) {
                choice = Some(key);
            }
        }
        let Some((_, s)) = choice else { break };
        used[s] = true;
        order.push(s);
        before |= core.mask[s];
    }
    order
}

/// Moves single groups to better places until none helps.
fn local_search(core: &Core, order: &mut Vec<usize>) {
    let n = order.len();
    if n < 2 {
        return;
    }
    let mut cost = core.hold_cost(order);
    let mut improved = true;
    let mut scratch = Vec::with_capacity(n);
    while improved {
        improved = false;
        for from in 0..n {
            let g = order[from];
            for to in 0..n {
                if to == from {
                    continue;
                }
                scratch.clear();
                scratch.extend(order.iter().copied().filter(|&x| x != g));
                scratch.insert(to, g);
                let c = core.hold_cost(&scratch);
                if c < cost {
                    cost = c;
                    order.clone_from(&scratch);
                    improved = true;
                    break;
                }
            }
        }
    }
}

/// A random segment moved elsewhere, or reversed.
fn perturb(order: &mut Vec<usize>, rng: &mut Rng) {
    let n = order.len();
    if n < 3 {
        return;
    }
    let a = rng.below(n);
    let len = 1 + rng.below((n / 3).max(1));
    let a = a.min(n - len);
    if rng.below(2) == 0 {
        order[a..a + len].reverse();
    } else {
        let segment: Vec<usize> = order.drain(a..a + len).collect();
        let to = rng.below(order.len() + 1);
        for (i, g) in segment.into_iter().enumerate() {
            order.insert(to + i, g);
        }
    }
}
