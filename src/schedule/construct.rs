//! A good first schedule: each location's scenes packed into as few days
//! as possible (first fit by pages, preferring days with the same cast),
//! partly filled days of different locations merged, days ordered for
//! holds with the talent scheduling core (a location counts as an actor
//! whose "holds" are days away from it, so its days stay together), then
//! put on dates by list scheduling that serves scenes with few possible
//! dates first.

use super::calendar::Shift;
use super::plan::{Day, Facts, fits};
use super::problem::Problem;
use super::talent::{self, Instance, Limits};
use std::collections::BTreeMap;
use std::time::Instant;

/// Days packed by location, not yet in a good order.
pub fn pack(problem: &Problem, cast_count: usize) -> Vec<Day> {
    let mut days: Vec<Day> = Vec::new();
    let mut by_location: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
    for (i, item) in problem.items.iter().enumerate() {
        if item.is_long() {
            days.push(Day { items: vec![i] });
        } else {
            by_location.entry(item.location).or_default().push(i);
        }
    }
    for (_, mut items) in by_location {
        items.sort_by_key(|&i| {
            (
                std::cmp::Reverse(problem.items[i].pages),
                problem.items[i].scene,
            )
        });
        let mut bins: Vec<(Day, Facts)> = Vec::new();
        for i in items {
            let item = &problem.items[i];
            let mut best: Option<(i128, u64, usize)> = None;
            for (b, (day, facts)) in bins.iter().enumerate() {
                if !fits(problem, facts, &day.items, item) {
                    continue;
                }
                let shared: i128 = item
                    .cast
                    .iter()
                    .filter(|&&c| facts.cast.contains(c))
                    .map(|&c| problem.rates[c] + 1)
                    .sum();
                let left = problem.max_pages - facts.pages - item.pages;
                let key = (shared, u64::MAX - left, usize::MAX - b);
                if best.is_none_or(|k| key > k) {
                    best = Some(key);
                }
            }
            match best {
                Some((_, _, b)) => {
                    let b = usize::MAX - b;
                    bins[b].0.items.push(i);
                    bins[b].1 = Facts::of(problem, cast_count, &bins[b].0.items);
                }
                None => {
                    let day = Day { items: vec![i] };
                    let facts = Facts::of(problem, cast_count, &day.items);
                    bins.push((day, facts));
                }
            }
        }
        days.extend(bins.into_iter().map(|(d, _)| d));
    }
    merge_partial(problem, cast_count, &mut days);
    days
}

/// Empties the lightest days into others where everything fits.
pub fn merge_partial(problem: &Problem, cast_count: usize, days: &mut Vec<Day>) {
    let mut facts: Vec<Facts> = days
        .iter()
        .map(|d| Facts::of(problem, cast_count, &d.items))
        .collect();
    let mut done = vec![false; days.len()];
    while let Some(a) = (0..days.len())
        .filter(|&a| !done[a] && facts[a].length == 1)
        .min_by_key(|&a| (facts[a].pages, a))
    {
        done[a] = true;
        let mut target = None;
        for b in 0..days.len() {
            if b == a || facts[b].length > 1 {
                continue;
            }
            let mut merged = days[b].items.clone();
            let mut f = facts[b].clone();
            let ok = days[a].items.iter().all(|&i| {
                let fit = fits(problem, &f, &merged, &problem.items[i]);
                if fit {
                    merged.push(i);
                    f = Facts::of(problem, cast_count, &merged);
                }
                fit
            });
            if ok && f.possible() {
                let key = (f.pages, std::cmp::Reverse(b));
                if target.as_ref().is_none_or(|(k, _, _)| key > *k) {
                    target = Some((key, b, (merged, f)));
                }
            }
        }
        if let Some((_, b, (merged, f))) = target {
            days[b].items = merged;
            facts[b] = f;
            days.remove(a);
            facts.remove(a);
            done.remove(a);
            done.iter_mut().for_each(|d| *d = false);
        }
    }
}

/// Days in a good order for holds and moves, ignoring dates.
pub fn order(
    problem: &Problem,
    cast_count: usize,
    days: Vec<Day>,
    seed: u64,
    deadline: Instant,
) -> Vec<Day> {
    if days.len() < 2 {
        return days;
    }
    let facts: Vec<Facts> = days
        .iter()
        .map(|d| Facts::of(problem, cast_count, &d.items))
        .collect();
    let locations: Vec<usize> = {
        let mut l: Vec<usize> = facts
            .iter()
            .flat_map(|f| f.locations.iter().copied())
            .collect();
        l.sort_unstable();
        l.dedup();
        l
    };
    let scale = |c: i128| i64::try_from(c.clamp(0, 1 << 40)).unwrap_or(1 << 40);
    let mut costs: Vec<i64> = problem.rates.iter().map(|&r| scale(r)).collect();
    let location_cost = scale(problem.move_cost.max(1));
    costs.extend(std::iter::repeat_n(location_cost, locations.len()));
    let cast_of = |f: &Facts| -> Vec<usize> {
        let mut actors: Vec<usize> = f.cast.iter().collect();
        actors.extend(
            f.locations
                .iter()
                .filter_map(|l| locations.binary_search(l).ok())
                .map(|k| cast_count + k),
        );
        actors
    };
    // The whole order of a small schedule is searched exactly (that is how
    // a talent scheduling benchmark mapped to a production reaches its
    // optimum); blocks of a large one get a short search.
    let limits = |max_nodes: u64| Limits {
        deadline: Some(deadline),
        max_nodes,
        max_memo: 8_000_000,
        heuristic_rounds: 60,
        seed,
    };
    let solve = |instance: &Instance, max_nodes: u64| -> Vec<usize> {
        match talent::solve(instance, &limits(max_nodes)) {
            Ok(solution) => solution.order,
            Err(_) => (0..instance.scenes()).collect(),
        }
    };
    let instance = |members: &[usize]| Instance {
        durations: members
            .iter()
            .map(|&d| u32::try_from(facts[d].length).unwrap_or(1))
            .collect(),
        costs: costs.clone(),
        cast: members.iter().map(|&d| cast_of(&facts[d])).collect(),
    };
    let all: Vec<usize> = (0..days.len()).collect();
    let order: Vec<usize> = if days.len() <= 40 {
        solve(&instance(&all), 3_000_000)
    } else {
        // Blocks of days by their main location, ordered, then each block.
        let mut blocks: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
        for (d, f) in facts.iter().enumerate() {
            blocks
                .entry(f.locations.first().copied())
                .or_default()
                .push(d);
        }
        let blocks: Vec<Vec<usize>> = blocks.into_values().collect();
        let block_instance = Instance {
            durations: blocks
                .iter()
                .map(|b| {
                    u32::try_from(b.iter().map(|&d| facts[d].length).sum::<usize>()).unwrap_or(1)
                })
                .collect(),
            costs: costs.clone(),
            cast: blocks
                .iter()
                .map(|b| {
                    let mut a: Vec<usize> = b.iter().flat_map(|&d| cast_of(&facts[d])).collect();
                    a.sort_unstable();
                    a.dedup();
                    a
                })
                .collect(),
        };
        let block_order = if blocks.len() <= 64 {
            solve(&block_instance, 5_000)
        } else {
            (0..blocks.len()).collect()
        };
        block_order
            .into_iter()
            .flat_map(|b| {
                let members = &blocks[b];
                let inner = if members.len() <= 40 {
                    solve(&instance(members), 5_000)
                } else {
                    (0..members.len()).collect()
                };
                inner.into_iter().map(|k| members[k]).collect::<Vec<_>>()
            })
            .collect()
    };
    let mut days: Vec<Option<Day>> = days.into_iter().map(Some).collect();
    order.into_iter().filter_map(|d| days[d].take()).collect()
}

/// Puts days on dates slot by slot: at each slot, a day that must go soon
/// (few slots left for it) first, else the next in `preferred` order.
pub fn list_schedule(problem: &Problem, cast_count: usize, preferred: Vec<Day>) -> Vec<Day> {
    let facts: Vec<Facts> = preferred
        .iter()
        .map(|d| Facts::of(problem, cast_count, &d.items))
        .collect();
    let latest: Vec<usize> = facts
        .iter()
        .map(|f| {
            Shift::BOTH
                .iter()
                .filter_map(|s| f.allowed[s.index()].iter().last())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut left: Vec<usize> = (0..preferred.len()).collect();
    let mut out: Vec<usize> = Vec::with_capacity(preferred.len());
    let mut slot = 0;
    let mut previous: Option<(usize, Shift, usize)> = None; // (last slot, shift, day)
    let n = problem.calendar.len();
    while !left.is_empty() && slot < n {
        let placeable = |d: usize| {
            Shift::BOTH.iter().any(|&s| {
                facts[d].allowed[s.index()].contains(slot)
                    && previous.is_none_or(|(p, ps, pd)| {
                        problem.follows(p, ps, slot, s, facts[pd].cast.intersects(&facts[d].cast))
                    })
            })
        };
        let candidates: Vec<usize> = left.iter().copied().filter(|&d| placeable(d)).collect();
        if candidates.is_empty() {
            slot += 1;
            continue;
        }
        let urgent = candidates
            .iter()
            .copied()
            .filter(|&d| {
                let due = left.iter().filter(|&&e| latest[e] <= latest[d]).count();
                latest[d] < slot + due
            })
            .min_by_key(|&d| (latest[d], d));
        let chosen =
            urgent.unwrap_or_else(|| candidates.iter().copied().min().unwrap_or(candidates[0]));
        let shift = Shift::BOTH
            .into_iter()
            .find(|&s| {
                facts[chosen].allowed[s.index()].contains(slot)
                    && previous.is_none_or(|(p, ps, pd)| {
                        problem.follows(
                            p,
                            ps,
                            slot,
                            s,
                            facts[pd].cast.intersects(&facts[chosen].cast),
                        )
                    })
            })
            .unwrap_or(Shift::Day);
        left.retain(|&d| d != chosen);
        out.push(chosen);
        previous = Some((slot + facts[chosen].length - 1, shift, chosen));
        slot += facts[chosen].length;
    }
    // Days that found no slot keep their relative order at the end.
    out.extend(left);
    let mut days: Vec<Option<Day>> = preferred.into_iter().map(Some).collect();
    out.into_iter().filter_map(|d| days[d].take()).collect()
}

/// A schedule that keeps each location's scenes together: locations first
/// in the order the talent scheduling core gives them (their scenes' cast
/// as actors), then in the best order a short search finds ([`tour`]),
/// each cut into full days with the last, part-filled day of one location
/// shared with the first scenes of the next ([`stream`]). The search then
/// splits a location only where that saves a shoot day.
///
/// [`tour`]: super::tour
/// [`stream`]: super::stream
pub fn chain(
    problem: &Problem,
    cast_count: usize,
    seed: u64,
    deadline: Instant,
) -> super::tour::Tour {
    let mut by_location: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
    let mut long = Vec::new();
    for (i, item) in problem.items.iter().enumerate() {
        if item.is_long() {
            long.push(i);
        } else {
            by_location.entry(item.location).or_default().push(i);
        }
    }
    for &i in &long {
        by_location.entry(problem.items[i].location).or_default();
    }
    let places: Vec<Option<usize>> = by_location.keys().copied().collect();
    // Order the locations for holds.
    let instance = Instance {
        durations: places
            .iter()
            .map(|p| {
                let pages: u64 = by_location[p].iter().map(|&i| problem.items[i].pages).sum();
                let long_days: usize = long
                    .iter()
                    .filter(|&&i| problem.items[i].location == *p)
                    .map(|&i| problem.items[i].days)
                    .sum();
                u32::try_from(pages.div_ceil(problem.max_pages) as usize + long_days).unwrap_or(1)
            })
            .collect(),
        costs: problem
            .rates
            .iter()
            .map(|&r| i64::try_from(r.clamp(0, 1 << 40)).unwrap_or(1 << 40))
            .collect(),
        cast: places
            .iter()
            .map(|p| {
                let mut cast: Vec<usize> = by_location[p]
                    .iter()
                    .chain(long.iter().filter(|&&i| problem.items[i].location == *p))
                    .flat_map(|&i| problem.items[i].cast.iter().copied())
                    .collect();
                cast.sort_unstable();
                cast.dedup();
                cast
            })
            .collect(),
    };
    let limits = Limits {
        deadline: Some(deadline),
        max_nodes: 5_000,
        max_memo: 2_000_000,
        heuristic_rounds: 60,
        seed,
    };
    let order = if places.len() <= 64 {
        talent::solve(&instance, &limits)
            .map(|s| s.order)
            .unwrap_or_else(|_| (0..places.len()).collect())
    } else {
        (0..places.len()).collect()
    };
    let stops: Vec<Vec<usize>> = order
        .into_iter()
        .map(|p| {
            let place = places[p];
            let mut items = by_location[&place].clone();
            items.extend(long.iter().filter(|&&i| problem.items[i].location == place));
            items
        })
        .collect();
    let mut rng = super::rng::Rng::new(seed);
    // Each order tried packs and costs every scene: a few thousand orders
    // on a feature, fewer on a very large production.
    let evaluations = (750_000 / (problem.items.len() as u64).max(1)).clamp(200, 3000);
    let budget = super::tour::Budget {
        evaluations,
        deadline,
    };
    super::tour::improve(problem, cast_count, &stops, &mut rng, budget)
}
