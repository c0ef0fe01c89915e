//! The order in which the unit visits its locations. Each location's
//! scenes are shot in one visit ([`stream::pack`]); the order decides how
//! well part-filled days pair up (so how many shoot days), where night
//! shoots meet day shoots, and who waits between their locations (holds).
//! A short simulated annealing over that order, from the order the talent
//! scheduling core gives, with every candidate packed, put on dates and
//! costed in full.

use super::plan::Day;
use super::problem::Problem;
use super::rng::Rng;
use super::search::State;
use super::stream;
use std::time::Instant;

/// How hard to search the order.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    /// Orders tried: the same on every machine.
    pub evaluations: u64,
    /// A ceiling only.
    pub deadline: Instant,
}

/// The days found, and whether the deadline cut the search short.
pub struct Tour {
    pub days: Vec<Day>,
    pub out_of_time: bool,
}

/// The best days found by visiting `stops` (each a location's scenes) in
/// some order, starting from the order given, within `evaluations`.
pub fn improve(
    problem: &Problem,
    cast_count: usize,
    stops: &[Vec<usize>],
    rng: &mut Rng,
    budget: Budget,
) -> Tour {
    let evaluations = budget.evaluations;
    let days_of = |order: &[usize]| {
        let visits: Vec<Vec<usize>> = order.iter().map(|&k| stops[k].clone()).collect();
        stream::pack(problem, cast_count, &visits)
    };
    let mut order: Vec<usize> = (0..stops.len()).collect();
    let mut current = State::new(problem, cast_count, days_of(&order))
        .figures
        .score;
    let mut best = (current, order.clone());
    let mut out_of_time = false;
    if stops.len() < 2 {
        return Tour {
            days: days_of(&order),
            out_of_time,
        };
    }
    let start_temperature = (current.total as f64 * 0.002).max(100.0);
    for it in 0..evaluations {
        if it % 16 == 0 && Instant::now() >= budget.deadline {
            out_of_time = true;
            break;
        }
        let temperature =
            start_temperature * (1.0 / start_temperature).powf(it as f64 / evaluations as f64);
        let mut candidate = order.clone();
        let n = candidate.len();
        let (a, b) = (rng.below(n), rng.below(n));
        if a == b {
            continue;
        }
        match rng.below(3) {
            0 => candidate.swap(a, b),
            1 => {
                let stop = candidate.remove(a);
                candidate.insert(b, stop);
            }
            _ => candidate[a.min(b)..=a.max(b)].reverse(),
        }
        let score = State::new(problem, cast_count, days_of(&candidate))
            .figures
            .score;
        let head = |s: &super::objective::Score| (s.unplaced, s.days, s.breaks);
        let accept = match head(&score).cmp(&head(&current)) {
            std::cmp::Ordering::Less => true,
            std::cmp::Ordering::Greater => false,
            std::cmp::Ordering::Equal => {
                let delta = (score.total - current.total) as f64;
                delta <= 0.0 || rng.unit() < (-delta / temperature).exp()
            }
        };
        if accept {
            order = candidate;
            current = score;
            if current < best.0 {
                best = (current, order.clone());
            }
        }
    }
    Tour {
        days: days_of(&best.1),
        out_of_time,
    }
}
