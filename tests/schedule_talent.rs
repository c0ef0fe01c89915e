//! The exact talent scheduling method (src/schedule/talent): the published
//! benchmark instances reach their proven optima, and on small random
//! instances the result equals a brute-force optimum over all orders.

use prodcoord::schedule::talent::{self, Instance, Limits};
use proptest::prelude::*;
use std::path::Path;
use std::time::{Duration, Instant};

fn fixture(name: &str) -> Instance {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/schedule/talent")
        .join(name);
    let text = std::fs::read_to_string(&path).expect("benchmark file");
    talent::text::parse(&text).expect("a valid instance")
}

fn limits(seconds: u64) -> Limits {
    Limits {
        deadline: Some(Instant::now() + Duration::from_secs(seconds)),
        ..Limits::default()
    }
}

/// Every order of the scenes, cheapest hold cost.
fn brute_force(instance: &Instance) -> i64 {
    fn permute(i: usize, order: &mut Vec<usize>, instance: &Instance, best: &mut i64) {
        if i == order.len() {
            *best = (*best).min(instance.hold_cost(order));
            return;
        }
        for j in i..order.len() {
            order.swap(i, j);
            permute(i + 1, order, instance, best);
            order.swap(i, j);
        }
    }
    let mut order: Vec<usize> = (0..instance.scenes()).collect();
    let mut best = i64::MAX;
    permute(0, &mut order, instance, &mut best);
    best
}

fn is_permutation(order: &[usize], n: usize) -> bool {
    let mut seen = vec![false; n];
    order.len() == n
        && order
            .iter()
            .all(|&s| s < n && !std::mem::replace(&mut seen[s], true))
}

/// Optimal work + hold cost of the published instances, as distributed with
/// the ddo solver's tests (see tests/fixtures/schedule/talent/README.md).
const PUBLISHED: &[(&str, i64)] = &[
    ("tiny", 29),
    ("tiny2", 9),
    ("small", 54),
    ("small2", 56),
    ("concert", 111),
    ("film-10", 352),
    ("film-12", 401),
    ("film103.dat", 1031),
    ("film105.dat", 849),
    ("film114.dat", 867),
    ("film116.dat", 541),
    ("film118.dat", 853),
    ("film119.dat", 790),
    ("Warwick1201", 222),
    ("Shaw2020", 877),
    ("MobStory", 871),
];

#[test]
fn published_instances_reach_their_optimum() {
    for &(name, optimum) in PUBLISHED {
        let instance = fixture(name);
        let started = Instant::now();
        let solution = talent::solve(&instance, &limits(120)).expect("solves");
        assert!(is_permutation(&solution.order, instance.scenes()), "{name}");
        assert_eq!(
            instance.hold_cost(&solution.order),
            solution.hold_cost,
            "{name}: reported cost is the order's cost"
        );
        assert_eq!(
            instance.total_cost(&solution.order),
            optimum,
            "{name} after {:?}",
            started.elapsed()
        );
        assert!(solution.optimal, "{name}: proven optimal");
        eprintln!(
            "{name}: {} scenes × {} actors, optimum {optimum} in {:?} ({} states)",
            instance.scenes(),
            instance.actors(),
            started.elapsed(),
            solution.nodes
        );
    }
}

#[test]
fn film117_is_proven_optimal() {
    let instance = fixture("film117.dat");
    let solution = talent::solve(&instance, &limits(120)).expect("solves");
    assert!(solution.optimal);
    assert_eq!(solution.lower_bound, solution.hold_cost);
}

/// CSPLib problem 039: "The optimal sequence gives 17 units waiting time."
#[test]
fn rehearsal_problem_waits_17_units() {
    let instance = fixture("rehearsal");
    let solution = talent::solve(&instance, &limits(60)).expect("solves");
    assert_eq!(solution.hold_cost, 17);
    assert!(solution.optimal);
    // The order given on the CSPLib page, 1 to 9, waits 49 units.
    let given: Vec<usize> = (0..9).collect();
    assert_eq!(instance.hold_cost(&given), 49);
}

#[test]
fn the_text_format_round_trips() {
    let instance = fixture("film105.dat");
    let again = talent::text::parse(&talent::text::write(&instance, "film105")).expect("parses");
    assert_eq!(instance, again);
    assert!(talent::text::parse("x\n2\n1\n1 2 5\n1 1\n").is_err());
    assert!(talent::text::parse("x\n2\n1\n1 0 5\n1\n").is_err());
    assert!(talent::text::parse("").is_err());
}

fn instances(max_scenes: usize) -> impl Strategy<Value = Instance> {
    (1..=max_scenes, 1usize..=12).prop_flat_map(|(n, m)| {
        (
            prop::collection::vec(0u32..=3, n),
            prop::collection::vec(0i64..=20, m),
            prop::collection::vec(prop::collection::vec(any::<bool>(), m), n),
            prop::collection::vec(0..n, 0..=2),
        )
            .prop_map(move |(durations, costs, matrix, copies)| {
                let mut cast: Vec<Vec<usize>> = matrix
                    .iter()
                    .map(|row| (0..row.len()).filter(|&a| row[a]).collect())
                    .collect();
                // Some scenes with the same actors as another, to exercise
                // the merging of identical scenes.
                for (i, &c) in copies.iter().enumerate() {
                    let target = (c + i + 1) % n;
                    if target != c {
                        cast[target] = cast[c].clone();
                    }
                }
                Instance {
                    durations,
                    costs,
                    cast,
                }
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn exact_equals_brute_force(instance in instances(8)) {
        let solution = talent::solve(&instance, &Limits::default()).expect("solves");
        prop_assert!(is_permutation(&solution.order, instance.scenes()));
        prop_assert_eq!(solution.hold_cost, instance.hold_cost(&solution.order));
        prop_assert_eq!(solution.hold_cost, brute_force(&instance));
        prop_assert!(solution.optimal);
    }
}

/// Least hold cost (during the middle scenes only) of ordering `middle`
/// between `front` and `back`.
fn brute_force_middle(
    instance: &Instance,
    front: &[usize],
    middle: &[usize],
    back: &[usize],
) -> i64 {
    // Hold during a middle scene: actors with scenes on both sides of it,
    // not in it.
    let cost_of = |order: &[usize]| {
        let full: Vec<usize> = front.iter().chain(order).chain(back).copied().collect();
        let mut total = 0;
        for (i, &s) in full.iter().enumerate().skip(front.len()).take(order.len()) {
            for (a, &c) in instance.costs.iter().enumerate() {
                let before = full[..i].iter().any(|&t| instance.cast[t].contains(&a));
                let after = full[i + 1..].iter().any(|&t| instance.cast[t].contains(&a));
                if before && after && !instance.cast[s].contains(&a) {
                    total += c * i64::from(instance.durations[s]);
                }
            }
        }
        total
    };
    let mut order = middle.to_vec();
    let mut best = i64::MAX;
    permutations(&mut order, 0, &mut |o| best = best.min(cost_of(o)));
    best
}

fn permutations(order: &mut Vec<usize>, i: usize, visit: &mut dyn FnMut(&[usize])) {
    if i == order.len() {
        visit(order);
        return;
    }
    for j in i..order.len() {
        order.swap(i, j);
        permutations(order, i + 1, visit);
        order.swap(i, j);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The search's lower bound never exceeds the true least cost of the
    /// scenes left between those placed at the front and at the back.
    #[test]
    fn lower_bound_is_valid(instance in instances(8), split in any::<(u8, u8, u8)>()) {
        let n = instance.scenes();
        let mut scenes: Vec<usize> = (0..n).collect();
        let shift = usize::from(split.2) % n.max(1);
        scenes.rotate_left(shift);
        let f = usize::from(split.0) % (n + 1);
        let b = usize::from(split.1) % (n - f + 1);
        let (front, rest) = scenes.split_at(f);
        let (back, middle) = rest.split_at(b);
        let bound = talent::state_bound(&instance, front, back).expect("small");
        prop_assert!(bound <= brute_force_middle(&instance, front, middle, back));
    }
}
