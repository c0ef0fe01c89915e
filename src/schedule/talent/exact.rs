//! The exact method: dynamic programming over the set of groups still to
//! shoot (Garcia de la Banda, Stuckey & Chu, "Solving talent scheduling
//! with dynamic programming", INFORMS JoC 23(1), 2011), as a depth-first
//! branch and bound with memoisation ("bounded dynamic programming").
//!
//! `cost(Q)` is the least hold cost of shooting the groups `Q` after all
//! the others; the actors of the groups already shot are known from `Q`
//! alone, so `cost(Q) = min over s in Q of hold(s, Q) + cost(Q − s)`, where
//! `hold(s, Q)` is `d_s` times the cost of the actors on location (they
//! worked before and work again after `s`) who are not in `s`.
//!
//! `search(Q, budget)` returns `cost(Q)` when it is below `budget`, and
//! otherwise a lower bound of at least `budget`; both are remembered per
//! `Q`, so a state is searched again only with a larger budget. The
//! [`Bound`] prunes states that cannot beat the budget. Two rules of the
//! paper cut the branching: a group whose actors are exactly those on
//! location goes next (it holds nobody and delays nobody); and a group is
//! not shot next while another group with all its actors and more, all of
//! them on location or in it, is still to come (subsumption). Once every
//! actor still needed is on location, the search places whole actor blocks
//! instead of single groups ([`blocks`]). All are checked against brute
//! force in the tests. A state searched again with a larger budget starts
//! from its remembered value rather than recomputing the bound, which that
//! value already includes.
//!
//! Placing groups from both ends in turn (the paper's §5) was tried: with
//! this bound it visits more states on the published instances and on
//! random ones, so the search goes front to back.

use super::blocks::{Block, blocks};
use super::bound::Bound;
use super::core::{Core, bits};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::time::Instant;

/// A fast hasher for 64-bit set keys.
#[derive(Default)]
pub struct SetHasher(u64);

impl Hasher for SetHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        let mut x = n ^ (n >> 31);
        x = x.wrapping_mul(0x7fb5_d329_728e_a185);
        x ^= x >> 27;
        x = x.wrapping_mul(0x81da_def4_bc2d_d44d);
        self.0 = x ^ (x >> 33);
    }
}

#[derive(Clone, Copy)]
struct Entry {
    value: i64,
    exact: bool,
    /// The group shot next in the best order found, or with `block` the
    /// actor whose groups are all shot next.
    best: u8,
    block: bool,
}

/// What the search found for one block.
pub struct Outcome {
    /// Group order, when the search found one cheaper than the bound given.
    pub order: Option<Vec<usize>>,
    pub cost: i64,
    /// A proven lower bound on the block's hold cost.
    pub lower_bound: i64,
    pub nodes: u64,
}

pub struct Search<'c> {
    core: &'c Core,
    bound: Bound,
    memo: HashMap<u64, Entry, BuildHasherDefault<SetHasher>>,
    deadline: Option<Instant>,
    max_memo: usize,
    max_nodes: u64,
    nodes: u64,
    aborted: bool,
    full: u64,
}

impl<'c> Search<'c> {
    pub fn new(core: &'c Core, deadline: Option<Instant>, max_memo: usize) -> Search<'c> {
        let full = if core.n >= 64 {
            u64::MAX
        } else {
            (1u64 << core.n) - 1
        };
        Search {
            core,
            bound: Bound::new(core),
            memo: HashMap::default(),
            deadline,
            max_memo,
            max_nodes: u64::MAX,
            nodes: 0,
            aborted: false,
            full,
        }
    }

    pub fn with_max_nodes(mut self, max_nodes: u64) -> Self {
        self.max_nodes = max_nodes;
        self
    }

    /// Finds an order cheaper than `upper` (the cost of a known order), or
    /// proves there is none.
    pub fn run(mut self, upper: i64) -> Outcome {
        let value = self.search(self.full, 0, upper.saturating_add(1));
        if self.aborted {
            let lower_bound = self.root_bound().min(upper);
            return Outcome {
                order: None,
                cost: upper,
                lower_bound,
                nodes: self.nodes,
            };
        }
        if value > upper {
            // The known order is optimal.
            return Outcome {
                order: None,
                cost: upper,
                lower_bound: upper,
                nodes: self.nodes,
            };
        }
        let order = self.reconstruct();
        let cost = match &order {
            Some(order) => self.core.hold_cost(order),
            None => upper,
        };
        Outcome {
            lower_bound: cost.min(value),
            order,
            cost,
            nodes: self.nodes,
        }
    }

    /// A lower bound from what was learnt before the time ran out: every
    /// remembered value is a valid bound for its state, and the root's cost
    /// is the least over its children.
    fn root_bound(&mut self) -> i64 {
        if let Some(e) = self.memo.get(&self.full) {
            return e.value;
        }
        let mut best = i64::MAX;
        for s in bits(self.full) {
            let rest = self.full & !(1u64 << s);
            let known = self.memo.get(&rest).map_or(0, |e| e.value);
            let bound = known.max(self.bound.of(self.core, rest, self.core.mask[s], 0));
            best = best.min(bound);
        }
        if best == i64::MAX { 0 } else { best }
    }

    fn reconstruct(&mut self) -> Option<Vec<usize>> {
        let mut order = Vec::with_capacity(self.core.n);
        let mut remaining = self.full;
        let mut before = 0u128;
        while remaining != 0 {
            let entry = match self.memo.get(&remaining) {
                Some(e) if e.exact => *e,
                _ => {
                    // Forgotten (the memo was cleared): search it again.
                    self.deadline = None;
                    self.search(remaining, before, i64::MAX / 4);
                    match self.memo.get(&remaining) {
                        Some(e) if e.exact => *e,
                        _ => return None,
                    }
                }
            };
            let next = if entry.block {
                self.core.groups_of[usize::from(entry.best)] & remaining
            } else {
                1u64 << entry.best
            };
            if next == 0 || next & !remaining != 0 {
                return None;
            }
            for s in bits(next) {
                order.push(s);
                before |= self.core.mask[s];
            }
            remaining &= !next;
        }
        Some(order)
    }

    fn remember(&mut self, key: u64, entry: Entry) {
        if self.memo.len() >= self.max_memo && !self.memo.contains_key(&key) {
            self.memo.clear();
        }
        self.memo.insert(key, entry);
    }

    /// The least hold cost of shooting `remaining` after the groups whose
    /// actors are `before`, if below `budget`; else a bound ≥ `budget`.
    fn search(&mut self, remaining: u64, before: u128, budget: i64) -> i64 {
        if remaining == 0 {
            return 0;
        }
        // A remembered value already includes the state's bound.
        let mut known = None;
        if let Some(e) = self.memo.get(&remaining) {
            if e.exact || e.value >= budget {
                return e.value;
            }
            known = Some(e.value);
        }
        self.nodes += 1;
        if self.nodes > self.max_nodes {
            self.aborted = true;
        }
        if self.nodes & 0xfff == 0
            && let Some(deadline) = self.deadline
            && Instant::now() >= deadline
        {
            self.aborted = true;
        }
        if self.aborted {
            return budget;
        }
        let core = self.core;
        let mut members = [0usize; 64];
        let mut count = 0;
        for s in bits(remaining) {
            members[count] = s;
            count += 1;
        }
        let members = &members[..count];
        let mut prefix = [0u128; 65];
        for (i, &s) in members.iter().enumerate() {
            prefix[i + 1] = prefix[i] | core.mask[s];
        }
        let mut suffix = [0u128; 65];
        for i in (0..count).rev() {
            suffix[i] = suffix[i + 1] | core.mask[members[i]];
        }
        let needed = prefix[count];
        if needed != 0 && needed & !before == 0 {
            return self.search_blocks(remaining, before, needed, budget, known);
        }
        // A group with exactly the actors on location goes next.
        let on = before & needed;
        if let Some(&s) = members.iter().find(|&&s| core.mask[s] == on) {
            let v = self.search(remaining & !(1u64 << s), before | core.mask[s], budget);
            if self.aborted {
                return budget;
            }
            let entry = Entry {
                value: v.max(known.unwrap_or(0)),
                exact: v < budget,
                best: s as u8,
                block: false,
            };
            self.remember(remaining, entry);
            return entry.value;
        }
        let lower = known.unwrap_or_else(|| self.bound.of(core, remaining, before, 0));
        if lower >= budget {
            let entry = Entry {
                value: lower,
                exact: false,
                best: 0,
                block: false,
            };
            self.remember(remaining, entry);
            return lower;
        }
        // Children: cheapest hold first, then cheapest newcomers.
        let mut children = [(0i64, 0i64, 0usize); 64];
        let mut n_children = 0;
        for (i, &s) in members.iter().enumerate() {
            let mask = core.mask[s];
            let subsumed = members.iter().any(|&t| {
                t != s && mask & !core.mask[t] == 0 && core.mask[t] & !(before | mask) == 0
            });
            if subsumed {
                continue;
            }
            let others = prefix[i] | suffix[i + 1];
            let hold = core.duration[s] * core.cost_of(before & others & !mask);
            let newcomers = core.cost_of(mask & !before);
            children[n_children] = (hold, newcomers, s);
            n_children += 1;
        }
        let children = &mut children[..n_children];
        children.sort_unstable();
        let mut best = budget;
        let mut best_s = None;
        let mut failed = i64::MAX;
        for &(hold, _, s) in children.iter() {
            if hold >= best {
                failed = failed.min(hold);
                continue;
            }
            let rest = remaining & !(1u64 << s);
            let v = hold.saturating_add(self.search(rest, before | core.mask[s], best - hold));
            if self.aborted {
                return budget;
            }
            if v < best {
                best = v;
                best_s = Some(s);
            } else {
                failed = failed.min(v);
            }
        }
        let entry = match best_s {
            Some(s) => Entry {
                value: best,
                exact: true,
                best: s as u8,
                block: false,
            },
            None => Entry {
                value: lower.max(failed).max(budget),
                exact: false,
                best: 0,
                block: false,
            },
        };
        self.remember(remaining, entry);
        entry.value
    }

    /// [`Search::search`] once everyone `needed` is on location: branching
    /// over the blocks of [`blocks`].
    fn search_blocks(
        &mut self,
        remaining: u64,
        before: u128,
        needed: u128,
        budget: i64,
        known: Option<i64>,
    ) -> i64 {
        let core = self.core;
        let lower = known.unwrap_or_else(|| self.bound.of(core, remaining, before, 0));
        if lower >= budget {
            let entry = Entry {
                value: lower,
                exact: false,
                best: 0,
                block: false,
            };
            self.remember(remaining, entry);
            return lower;
        }
        let mut children = [Block {
            hold: 0,
            groups: 0,
            actor: 0,
        }; 128];
        let n_children = blocks(core, remaining, needed, &mut children);
        let mut best = budget;
        let mut best_actor = None;
        let mut failed = i64::MAX;
        for child in &children[..n_children] {
            if child.hold >= best {
                failed = failed.min(child.hold);
                continue;
            }
            let rest = remaining & !child.groups;
            let v = child
                .hold
                .saturating_add(self.search(rest, before, best - child.hold));
            if self.aborted {
                return budget;
            }
            if v < best {
                best = v;
                best_actor = Some(child.actor);
            } else {
                failed = failed.min(v);
            }
        }
        let entry = match best_actor {
            Some(a) => Entry {
                value: best,
                exact: true,
                best: a,
                block: true,
            },
            None => Entry {
                value: lower.max(failed).max(budget),
                exact: false,
                best: 0,
                block: false,
            },
        };
        self.remember(remaining, entry);
        entry.value
    }
}
