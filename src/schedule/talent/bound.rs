//! A lower bound on the hold cost still to come, when the groups `R`
//! remain between those already placed at the front and at the back.
//!
//! - Actors in both a front and a back group are on location through all
//!   of `R`: they cost exactly `c_a (d(R) − W_a)`, `W_a` their days in `R`.
//! - Actors of the front (not the back) still needed in `R` stay from the
//!   start of `R` until the end `F_a` of their last group in it, so from
//!   now on they cost `Σ c_a F_a`, of which `Σ c_a W_a` is work. Share out
//!   each group `s` among its such actors, `a` receiving the fraction
//!   `c_a / K_s` of its time (`K_s`: their total cost): a fractional
//!   schedule of one job per actor on a single machine, job `a` of length
//!   `p_a = c_a r_a` with `r_a = Σ_s d_s / K_s`. In any such schedule the
//!   mean busy times obey `Σ c_a M_a ≥ Σ c_a (S_a − p_a / 2)`, `S_a` the
//!   completion times under Smith's rule (by `r_a` ascending) — the
//!   mean-busy-time relaxation of 1||Σ wC (Goemans 1997). The mass of `a`
//!   in group `s` sits at the middle of `s` with weight `λ_s ∝ d_s / K_s`,
//!   and every group of `a` ends before its later groups start, all by
//!   `F_a`: so `F_a − M_a ≥ Σ_s λ_s (d_s / 2 + the days of a's groups after
//!   s)`, smallest when the groups with the largest `λ_s / d_s` come last
//!   (Smith's rule again, on a's own groups), and also `≥ p_a / 2`. With
//!   `g_a` the larger of the two,
//!   `Σ c_a F_a ≥ Σ_a c_a (S_a − p_a/2 + g_a)`.
//!   A second bound for the same actors, exact where the first is loose
//!   (actors sharing groups): they finish one after another, and when the
//!   first `k` have finished all their groups are shot, so `Σ c_a F_a` is
//!   at least the least `Σ_k c_(k) d(groups of the first k)` over finishing
//!   orders — a dynamic program over subsets, run on chunks of at most
//!   ten actors (most costly first). Each chunk takes the larger of its
//!   two bounds, less the work.
//! - Actors of the back (not the front) are the same read backwards.
//! - Actors of neither start `E_a` and finish `F_a` inside `R`, and cost
//!   `c_a (F_a − E_a − W_a)`. Read forwards, both bounds above hold for
//!   `Σ c_a F_a`; read backwards (the last to start have all their groups
//!   after their start), they hold for `Σ c_a (d(R) − E_a)`, with the same
//!   value. So these actors cost at least twice that bound, less
//!   `d(R) Σ c_a` and the work: nothing for one actor alone, but three
//!   actors who pairwise share groups, and no group all three, are held.
//!
//! The parts bound the costs of disjoint sets of actors for every order of
//! `R`, so their sum is a bound. It is checked against brute force in the
//! tests.

use super::core::{Core, actor_bits, bits};

/// Scratch space reused between calls.
pub struct Bound {
    r: Vec<f64>,
    order: Vec<(f64, usize)>,
    /// Per group: on-location cost `K_s`, and scratch for one actor's groups.
    k: Vec<f64>,
    own: Vec<(f64, f64)>,
    union: Vec<u64>,
    days: Vec<i64>,
    best: Vec<i64>,
}

/// The most actors in one chunk of the finishing-order bound.
const EXACT_ACTORS: usize = 10;

impl Bound {
    pub fn new(core: &Core) -> Bound {
        let m = core.cost.len();
        Bound {
            r: vec![0.0; m],
            order: Vec::with_capacity(m),
            k: vec![0.0; core.n],
            own: Vec::with_capacity(core.n),
            union: Vec::new(),
            days: Vec::new(),
            best: Vec::new(),
        }
    }

    /// A lower bound on the hold cost of shooting `rest` between groups
    /// whose actors are `front` (shot before) and `back` (shot after).
    pub fn of(&mut self, core: &Core, rest: u64, front: u128, back: u128) -> i64 {
        let mut needed = 0u128;
        let mut days = 0i64;
        for s in bits(rest) {
            needed |= core.mask[s];
            days += core.duration[s];
        }
        let through = front & back;
        let mut total = 0.0;
        if through != 0 {
            let mut exact = 0i64;
            for a in actor_bits(through) {
                let work: i64 = bits(rest)
                    .filter(|&s| core.mask[s] >> a & 1 == 1)
                    .map(|s| core.duration[s])
                    .sum();
                exact += core.cost[a] * (days - work);
            }
            total += exact as f64;
        }
        let ends = [
            (front & !back & needed, false),
            (back & !front & needed, false),
            (needed & !front & !back, true),
        ];
        for (open, unstarted) in ends {
            let mut left = open;
            while left != 0 {
                let group = self.most_costly(core, left);
                let (finish, work) = self.finishing_orders(core, rest, group);
                let finish = finish.max(self.smith(core, rest, group));
                let bound = if unstarted {
                    2.0 * finish - days as f64 * core.cost_of(group) as f64 - work
                } else {
                    finish - work
                };
                total += bound.max(0.0);
                left &= !group;
            }
        }
        to_bound(total)
    }

    /// The most costly of `open`, a chunk for [`Bound::finishing_orders`].
    fn most_costly(&mut self, core: &Core, open: u128) -> u128 {
        if open.count_ones() as usize <= EXACT_ACTORS {
            return open;
        }
        self.order.clear();
        for a in actor_bits(open) {
            self.order.push((-(core.cost[a] as f64), a));
        }
        self.order
            .sort_unstable_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
        self.order
            .iter()
            .take(EXACT_ACTORS)
            .fold(0u128, |m, &(_, a)| m | 1u128 << a)
    }

    /// A bound on `Σ c_a F_a` for a few actors, and their work `Σ c_a W_a`:
    /// whatever the order of the groups, these actors finish one after
    /// another, and when the first `k` of them have finished, at least all
    /// their groups have been shot. So over the orders in which they can
    /// finish, the sum is at least the least `Σ_k c_(k) d(groups of the
    /// first k)` — a small dynamic program over subsets of them, exact
    /// where the shared-time bound is loose.
    fn finishing_orders(&mut self, core: &Core, rest: u64, actors: u128) -> (f64, f64) {
        let mut list = [0usize; EXACT_ACTORS];
        let mut k = 0;
        for a in actor_bits(actors) {
            list[k] = a;
            k += 1;
        }
        if k == 0 {
            return (0.0, 0.0);
        }
        let list = &list[..k];
        let mut groups = [0u64; EXACT_ACTORS];
        let mut work = 0i64;
        for s in bits(rest) {
            for (i, &a) in list.iter().enumerate() {
                if core.mask[s] >> a & 1 == 1 {
                    groups[i] |= 1 << s;
                    work += core.cost[a] * core.duration[s];
                }
            }
        }
        let full = (1usize << k) - 1;
        self.union.clear();
        self.union.resize(full + 1, 0);
        self.days.clear();
        self.days.resize(full + 1, 0);
        self.best.clear();
        self.best.resize(full + 1, i64::MAX);
        self.best[0] = 0;
        for set in 1..=full {
            let low = set.trailing_zeros() as usize;
            let previous = set & (set - 1);
            let new = groups[low] & !self.union[previous];
            self.union[set] = self.union[previous] | new;
            self.days[set] = self.days[previous] + bits(new).map(|s| core.duration[s]).sum::<i64>();
            let days = self.days[set];
            let mut best = i64::MAX;
            let mut rest_set = set;
            while rest_set != 0 {
                let i = rest_set.trailing_zeros() as usize;
                rest_set &= rest_set - 1;
                let before = self.best[set & !(1 << i)];
                best = best.min(before.saturating_add(core.cost[list[i]] * days));
            }
            self.best[set] = best;
        }
        (self.best[full] as f64, work as f64)
    }

    /// The shared-time bound on `Σ c_a F_a` for the actors `open`.
    fn smith(&mut self, core: &Core, rest: u64, open: u128) -> f64 {
        if open == 0 {
            return 0.0;
        }
        for a in actor_bits(open) {
            self.r[a] = 0.0;
        }
        for s in bits(rest) {
            let present = core.mask[s] & open;
            let k = core.cost_of(present) as f64;
            self.k[s] = k;
            if present == 0 || k <= 0.0 {
                continue;
            }
            let d = core.duration[s] as f64;
            for a in actor_bits(present) {
                self.r[a] += d / k;
            }
        }
        self.order.clear();
        for a in actor_bits(open) {
            self.order.push((self.r[a], a));
        }
        self.order
            .sort_unstable_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
        let mut time = 0.0;
        let mut total = 0.0;
        for i in 0..self.order.len() {
            let (r, a) = self.order[i];
            if r <= 0.0 {
                continue;
            }
            let c = core.cost[a] as f64;
            let p = c * r;
            time += p;
            let gap = (p / 2.0).max(self.spread(core, rest, a, r));
            total += c * (time - p / 2.0 + gap);
        }
        total
    }

    /// `min Σ_s λ_s (d_s / 2 + days of a's groups after s)` over the
    /// orders of actor `a`'s groups in `rest`, `λ_s = d_s / (K_s r_a)`.
    fn spread(&mut self, core: &Core, rest: u64, a: usize, r: f64) -> f64 {
        self.own.clear();
        for s in bits(rest) {
            if core.mask[s] >> a & 1 == 1 && self.k[s] > 0.0 {
                self.own.push((self.k[s], core.duration[s] as f64));
            }
        }
        // Largest λ/d (smallest K) last: walk from the end.
        self.own.sort_unstable_by(|x, y| x.0.total_cmp(&y.0));
        let mut after = 0.0;
        let mut total = 0.0;
        for &(k, d) in &self.own {
            let lambda = d / (k * r);
            total += lambda * (d / 2.0 + after);
            after += d;
        }
        total
    }
}

/// The smallest integer a real bound allows, with room for rounding error.
fn to_bound(value: f64) -> i64 {
    if !value.is_finite() || value <= 0.0 {
        return 0;
    }
    let slack = 1e-9 * value.max(1.0) + 1e-6;
    let v = (value - slack).ceil();
    if v <= 0.0 {
        0
    } else if v >= 9.0e18 {
        i64::MAX / 4
    } else {
        v as i64
    }
}
