//! A block of the reduced instance in bit sets: at most 64 groups and 128
//! actors, which covers every published benchmark with room to spare.

use super::preprocess::Group;

pub const MAX_GROUPS: usize = 64;
pub const MAX_ACTORS: usize = 128;

/// Groups as bit sets of local actors, with a fast cost-of-a-set lookup.
pub struct Core {
    pub n: usize,
    pub duration: Vec<i64>,
    pub mask: Vec<u128>,
    /// Daily cost of each local actor.
    pub cost: Vec<i64>,
    /// The groups of each local actor.
    pub groups_of: Vec<u64>,
    /// `table[k][b]`: the cost of the actors whose bits in byte `k` are `b`.
    table: Vec<[i64; 256]>,
}

impl Core {
    /// `None` when the block is too large for bit sets.
    pub fn new(groups: &[Group], costs: &[i64]) -> Option<Core> {
        if groups.len() > MAX_GROUPS {
            return None;
        }
        let mut actor_of: Vec<usize> = groups
            .iter()
            .flat_map(|g| g.actors.iter().copied())
            .collect();
        actor_of.sort_unstable();
        actor_of.dedup();
        if actor_of.len() > MAX_ACTORS {
            return None;
        }
        let local = |a: usize| actor_of.binary_search(&a).unwrap_or(0);
        let mask: Vec<u128> = groups
            .iter()
            .map(|g| g.actors.iter().fold(0u128, |m, &a| m | 1u128 << local(a)))
            .collect();
        let cost: Vec<i64> = actor_of.iter().map(|&a| costs[a]).collect();
        let mut table = vec![[0i64; 256]; 16];
        for (k, row) in table.iter_mut().enumerate() {
            for (b, cell) in row.iter_mut().enumerate() {
                *cell = (0..8)
                    .filter(|bit| b >> bit & 1 == 1)
                    .filter_map(|bit| cost.get(k * 8 + bit))
                    .sum();
            }
        }
        let mut groups_of = vec![0u64; cost.len()];
        for (g, &m) in mask.iter().enumerate() {
            for a in actor_bits(m) {
                groups_of[a] |= 1 << g;
            }
        }
        Some(Core {
            n: groups.len(),
            duration: groups.iter().map(|g| g.duration).collect(),
            mask,
            cost,
            groups_of,
            table,
        })
    }

    /// Total daily cost of a set of actors.
    #[inline]
    pub fn cost_of(&self, set: u128) -> i64 {
        let mut total = 0;
        let mut rest = set;
        let mut k = 0;
        while rest != 0 {
            total += self.table[k][(rest & 0xff) as usize];
            rest >>= 8;
            k += 1;
        }
        total
    }

    /// Hold cost of an order of all groups.
    pub fn hold_cost(&self, order: &[usize]) -> i64 {
        let n = order.len();
        let mut suffix = vec![0u128; n + 1];
        for i in (0..n).rev() {
            suffix[i] = suffix[i + 1] | self.mask[order[i]];
        }
        let mut before = 0u128;
        let mut total = 0i64;
        for (i, &g) in order.iter().enumerate() {
            let waiting = before & suffix[i + 1] & !self.mask[g];
            total += self.duration[g] * self.cost_of(waiting);
            before |= self.mask[g];
        }
        total
    }
}

/// The members of a set of up to 64 groups.
#[inline]
pub fn bits(mut set: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        if set == 0 {
            return None;
        }
        let i = set.trailing_zeros() as usize;
        set &= set - 1;
        Some(i)
    })
}

/// The members of a set of up to 128 actors.
#[inline]
pub fn actor_bits(mut set: u128) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        if set == 0 {
            return None;
        }
        let i = set.trailing_zeros() as usize;
        set &= set - 1;
        Some(i)
    })
}
