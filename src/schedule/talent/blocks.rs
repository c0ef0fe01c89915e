//! Branching by actor blocks once every actor still needed is on location.
//!
//! From then on nobody arrives any more, so the hold cost still to come is
//! `Σ c_a F_a` less the work, `F_a` the day actor `a` finishes. Whatever
//! the order, the actors finish one after another, and when the first `k`
//! have finished all their groups are shot: `F_(k) ≥ d(U_k)`, `U_k` the
//! union of the groups of the first `k`. Shooting `U_1`, then `U_2 − U_1`,
//! and so on reaches that bound, so some optimal order starts with all the
//! groups of one actor (a *block*). It can be an actor whose groups contain
//! no other actor's: if `b`'s groups are a proper part of `a`'s, letting
//! `b` finish first costs no more. So instead of one group at a time the
//! search branches over these blocks.
//!
//! During a block, everyone needed who is not in a group is held: anyone
//! not in it has a group after the block (else their groups would be a
//! proper part of the block's). The block's cost is thus the same in any
//! order of its groups.

use super::core::{Core, actor_bits, bits};

/// One block: its hold cost, its groups, and the actor it finishes.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Block {
    pub hold: i64,
    pub groups: u64,
    pub actor: u8,
}

/// The blocks of `remaining`, whose actors `needed` are all on location,
/// cheapest first. Returns how many were written to `out`.
pub fn blocks(core: &Core, remaining: u64, needed: u128, out: &mut [Block; 128]) -> usize {
    let mut sets = [0u64; 128];
    for a in actor_bits(needed) {
        sets[a] = core.groups_of[a] & remaining;
    }
    let mut count = 0;
    for a in actor_bits(needed) {
        let set = sets[a];
        // Keep the first actor of each least set.
        let dominated = actor_bits(needed).any(|b| {
            let other = sets[b];
            other & !set == 0 && (other != set || b < a)
        });
        if dominated {
            continue;
        }
        let hold = bits(set)
            .map(|s| core.duration[s] * core.cost_of(needed & !core.mask[s]))
            .sum();
        out[count] = Block {
            hold,
            groups: set,
            actor: a as u8,
        };
        count += 1;
    }
    out[..count].sort_unstable();
    count
}
