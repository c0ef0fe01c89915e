//! A talent scheduling instance and its cost.

/// The classic talent scheduling problem (Cheng, Diamond & Lin 1993): scenes
/// shot one after the other on one location, each taking whole days and
/// needing some actors; an actor is paid every day from the start of their
/// first scene to the end of their last, so the days they wait in between
/// (holds) cost money. Find the order of scenes with the least hold cost.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Instance {
    /// Days each scene takes.
    pub durations: Vec<u32>,
    /// Daily cost of each actor.
    pub costs: Vec<i64>,
    /// The actors of each scene (indices into `costs`).
    pub cast: Vec<Vec<usize>>,
}

/// Costs above this make sums overflow-prone; such instances are refused.
const MAX_TOTAL: i128 = 1 << 61;

impl Instance {
    pub fn scenes(&self) -> usize {
        self.durations.len()
    }

    pub fn actors(&self) -> usize {
        self.costs.len()
    }

    /// Whether the instance is well formed: one cast list per scene, actors
    /// in range, no negative cost, and totals that fit comfortably in 64
    /// bits.
    pub fn validate(&self) -> Result<(), String> {
        if self.cast.len() != self.durations.len() {
            return Err(format!(
                "{} scenes have durations but {} have cast lists",
                self.durations.len(),
                self.cast.len()
            ));
        }
        if let Some(c) = self.costs.iter().position(|&c| c < 0) {
            return Err(format!("actor {} has a negative cost", c + 1));
        }
        for (s, cast) in self.cast.iter().enumerate() {
            if let Some(&a) = cast.iter().find(|&&a| a >= self.costs.len()) {
                return Err(format!(
                    "scene {} names actor {} of {}",
                    s + 1,
                    a + 1,
                    self.costs.len()
                ));
            }
            let mut sorted = cast.clone();
            sorted.sort_unstable();
            if sorted.windows(2).any(|w| w[0] == w[1]) {
                return Err(format!("scene {} names an actor twice", s + 1));
            }
        }
        let days: i128 = self.durations.iter().map(|&d| i128::from(d)).sum();
        let cost: i128 = self.costs.iter().map(|&c| i128::from(c)).sum();
        if days.saturating_mul(cost) > MAX_TOTAL {
            return Err("costs and durations are too large to add up".into());
        }
        Ok(())
    }

    /// Hold cost of shooting the scenes in `order` (a permutation of the
    /// scenes): for each actor, cost × (days from the start of their first
    /// scene to the end of their last − days they work).
    pub fn hold_cost(&self, order: &[usize]) -> i64 {
        let m = self.actors();
        let mut first = vec![i64::MAX; m];
        let mut last = vec![0i64; m];
        let mut work = vec![0i64; m];
        let mut time = 0i64;
        for &s in order {
            let d = i64::from(self.durations[s]);
            for &a in &self.cast[s] {
                first[a] = first[a].min(time);
                last[a] = time + d;
                work[a] += d;
            }
            time += d;
        }
        (0..m)
            .filter(|&a| first[a] != i64::MAX)
            .map(|a| self.costs[a].saturating_mul(last[a] - first[a] - work[a]))
            .fold(0i64, i64::saturating_add)
    }

    /// What the actors cost for the days they work, whatever the order.
    pub fn work_cost(&self) -> i64 {
        self.cast
            .iter()
            .zip(&self.durations)
            .map(|(cast, &d)| {
                cast.iter()
                    .map(|&a| self.costs[a].saturating_mul(i64::from(d)))
                    .fold(0i64, i64::saturating_add)
            })
            .fold(0i64, i64::saturating_add)
    }

    /// Work plus hold cost: the objective most papers report.
    pub fn total_cost(&self, order: &[usize]) -> i64 {
        self.work_cost().saturating_add(self.hold_cost(order))
    }
}
