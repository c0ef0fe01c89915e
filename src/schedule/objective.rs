//! What a schedule costs, fast: the day out of days' hold cost (with the
//! production's drop/pickup rule) over the whole production, plus
//! `move_cost` per company move. It must equal `reports::dood` on the
//! written schedule; the tests check that it does.

use super::decode::Placed;
use super::plan::Facts;
use super::problem::{Problem, SHOOT};

/// Lexicographic: unplaced scenes, then shoot days, then money: the cost
/// of the objective plus [`Problem::dark_cost`] for each date left without
/// shooting between the start and the last day (the spec runs shoot dates
/// over consecutive dates; when availability forces a gap it should cost
/// something, but not more than a day of everyone's holds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Score {
    pub unplaced: usize,
    pub days: usize,
    /// Company moves plus dates left without shooting: before money, so
    /// each location's scenes stay together unless that costs a shoot day
    /// (or a scene, or more dates without shooting than it saves moves).
    pub breaks: usize,
    /// `cost + dark × dark_cost`, in cents.
    pub total: i128,
    pub dark: usize,
    /// Hold cost plus moves, in cents.
    pub cost: i128,
}

/// The figures behind a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Figures {
    pub score: Score,
    pub hold_days: usize,
    /// In cents.
    pub hold_cost: i128,
    pub moves: usize,
}

/// Scratch space for evaluations.
pub struct Evaluator {
    /// Per performer: in a scene being placed.
    in_scenes: Vec<bool>,
    /// Per other performer with kept days: their first and last column and
    /// their holds when no new day falls between.
    alone: Vec<Option<(usize, usize, usize)>>,
    used: Vec<bool>,
    order: Vec<(usize, usize)>,
    states: Vec<(Option<usize>, usize)>,
    next_states: Vec<(Option<usize>, usize)>,
    present: Vec<u32>,
    worked: Vec<Vec<usize>>,
    merged: Vec<(usize, u8)>,
}

impl Evaluator {
    pub fn new(problem: &Problem) -> Evaluator {
        let cast = problem.rates.len();
        let mut evaluator = Evaluator {
            used: Vec::new(),
            order: Vec::new(),
            states: Vec::new(),
            next_states: Vec::new(),
            present: vec![0; problem.axis.len() + 1],
            worked: vec![Vec::new(); cast],
            merged: Vec::new(),
            in_scenes: vec![false; cast],
            alone: vec![None; cast],
        };
        for item in &problem.items {
            for &c in &item.cast {
                evaluator.in_scenes[c] = true;
            }
        }
        // Performers in none of the scenes to place: their holds change
        // only when a new day falls inside their span.
        for (k, &fixed) in problem.fixed_column.iter().enumerate() {
            evaluator.present[k + 1] = evaluator.present[k] + u32::from(fixed);
        }
        for c in 0..cast {
            if evaluator.in_scenes[c] {
                continue;
            }
            let marks = &problem.fixed_marks[c];
            if let (Some(&(first, _)), Some(&(last, _))) = (marks.first(), marks.last()) {
                let holds = evaluator.holds(problem, c);
                evaluator.alone[c] = Some((first, last, holds));
            }
        }
        evaluator
    }

    /// The figures of days with `facts` placed at `placed` (same order);
    /// `unplaced` scenes could not be put anywhere.
    pub fn evaluate(
        &mut self,
        problem: &Problem,
        facts: &[Facts],
        placed: &[Option<Placed>],
        unplaced: usize,
    ) -> Figures {
        // Columns: the kept days' dates and the slots used.
        let axis_len = problem.axis.len();
        let used = &mut self.used;
        used.clear();
        used.resize(axis_len, false);
        let mut days = 0;
        let mut last_slot = None;
        let mut first_column = usize::MAX;
        let mut last_column = 0;
        let mut unplaced = unplaced;
        for w in &mut self.worked {
            w.clear();
        }
        for (f, p) in facts.iter().zip(placed) {
            let Some(p) = p else {
                unplaced += 1;
                continue;
            };
            for slot in p.slot..p.slot + f.length {
                let column = problem.slot_axis[slot];
                used[column] = true;
                first_column = first_column.min(column);
                last_column = last_column.max(column);
                for c in f.cast.iter() {
                    self.worked[c].push(column);
                }
            }
            days += f.length;
            last_slot = last_slot.max(Some(p.slot + f.length));
        }
        for w in &mut self.worked {
            if !w.is_sorted() {
                w.sort_unstable();
            }
        }
        let dark = last_slot.map_or(0, |end| end - days.min(end));
        // Holds lie between marks: no need to count columns past the last.
        let end = last_slot
            .map_or(0, |s| problem.slot_axis[s - 1] + 1)
            .max(problem.fixed_marks_end)
            .min(axis_len);
        self.present[0] = 0;
        for (i, (&fixed, &ours)) in problem.fixed_column[..end]
            .iter()
            .zip(&used[..end])
            .enumerate()
        {
            self.present[i + 1] = self.present[i] + u32::from(fixed || ours);
        }
        let mut hold_days = 0usize;
        let mut hold_cost = 0i128;
        for c in 0..problem.rates.len() {
            let holds = if self.in_scenes[c] {
                self.holds(problem, c)
            } else {
                match self.alone[c] {
                    None => 0,
                    Some((first, last, holds)) if last_column < first || first_column > last => {
                        holds
                    }
                    Some(_) => self.holds(problem, c),
                }
            };
            hold_days += holds;
            hold_cost = hold_cost.saturating_add(problem.rates[c].saturating_mul(holds as i128));
        }
        let moves = self.moves(problem, facts, placed);
        let cost = hold_cost.saturating_add(problem.move_cost.saturating_mul(moves as i128));
        Figures {
            score: Score {
                unplaced,
                days,
                breaks: moves + dark,
                total: cost.saturating_add(problem.dark_cost.saturating_mul(dark as i128)),
                dark,
                cost,
            },
            hold_days,
            hold_cost,
            moves,
        }
    }

    /// Company moves, as [`moves`] counts them, without allocating.
    fn moves(&mut self, problem: &Problem, facts: &[Facts], placed: &[Option<Placed>]) -> usize {
        self.order.clear();
        for (d, p) in placed.iter().enumerate() {
            if let Some(p) = p {
                self.order.push((p.slot, d));
            }
        }
        if !self.order.is_sorted() {
            self.order.sort_unstable();
        }
        self.states.clear();
        self.states.push((None, 0));
        let mut kept = problem.kept_shoots.iter().peekable();
        let mut k = 0;
        loop {
            let date = self
                .order
                .get(k)
                .map(|&(slot, _)| problem.calendar.dates[slot]);
            let fixed = match (kept.peek(), date) {
                (Some((kd, _)), Some(d)) => *kd < d,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            self.next_states.clear();
            if fixed {
                let Some((_, locations)) = kept.next() else {
                    break;
                };
                for &(at, moves) in &self.states {
                    let mut at = at;
                    let mut moves = moves;
                    for &l in locations {
                        moves += usize::from(at.is_some_and(|a| a != l));
                        at = Some(l);
                    }
                    offer(&mut self.next_states, at, moves);
                }
            } else {
                let locations = &facts[self.order[k].1].locations;
                k += 1;
                for &(at, moves) in &self.states {
                    let step = |to: usize| usize::from(at.is_some_and(|a| a != to));
                    match locations.len() {
                        0 => offer(&mut self.next_states, at, moves),
                        1 => offer(
                            &mut self.next_states,
                            Some(locations[0]),
                            moves + step(locations[0]),
                        ),
                        n => {
                            // Start where we are if we can, end anywhere else.
                            let start_here = at.is_some_and(|a| locations.contains(&a));
                            for &last in locations {
                                let free_start = start_here && at != Some(last);
                                let cost = moves + n - 1 + usize::from(at.is_some() && !free_start);
                                offer(&mut self.next_states, Some(last), cost);
                            }
                        }
                    }
                }
            }
            std::mem::swap(&mut self.states, &mut self.next_states);
        }
        self.states.iter().map(|&(_, m)| m).min().unwrap_or(0)
    }

    /// Hold days of cast member `c`, after their best drop/pickup.
    fn holds(&mut self, problem: &Problem, c: usize) -> usize {
        let fixed = &problem.fixed_marks[c];
        let ours = &self.worked[c];
        if fixed.is_empty() && ours.is_empty() {
            return 0;
        }
        self.merged.clear();
        let (mut i, mut j) = (0, 0);
        while i < fixed.len() || j < ours.len() {
            let take_fixed = j >= ours.len() || (i < fixed.len() && fixed[i].0 <= ours[j]);
            let (column, bits) = if take_fixed {
                i += 1;
                fixed[i - 1]
            } else {
                j += 1;
                (ours[j - 1], SHOOT)
            };
            match self.merged.last_mut() {
                Some(last) if last.0 == column => last.1 |= bits,
                _ => self.merged.push((column, bits)),
            }
        }
        let (Some(&(first, _)), Some(&(last, _))) = (self.merged.first(), self.merged.last())
        else {
            return 0;
        };
        let span = (self.present[last + 1] - self.present[first]) as usize;
        let mut holds = span.saturating_sub(self.merged.len());
        if let Some(min_days) = problem.drop_min_days {
            let mut best = 0usize;
            let mut previous: Option<usize> = None;
            for &(column, bits) in &self.merged {
                let shoot = bits & SHOOT != 0;
                if let Some(p) = previous
                    && shoot
                {
                    let gap = (self.present[column] - self.present[p + 1]) as usize;
                    let days = problem.axis_days[column] - problem.axis_days[p];
                    if gap >= 1 && days > min_days && gap > best {
                        best = gap;
                    }
                }
                previous = shoot.then_some(column);
            }
            holds -= best.min(holds);
        }
        holds
    }
}

/// Keeps the cheaper way to be at `at`.
fn offer(states: &mut Vec<(Option<usize>, usize)>, at: Option<usize>, moves: usize) {
    match states.iter_mut().find(|(a, _)| *a == at) {
        Some((_, m)) => *m = (*m).min(moves),
        None => states.push((at, moves)),
    }
}

/// Company moves over the unit's shoot days in date order (kept ones
/// included), each day's scenes grouped by location in the best order.
pub fn moves(problem: &Problem, facts: &[Facts], placed: &[Option<Placed>]) -> usize {
    let mut sequence: Vec<(chrono::NaiveDate, Stop)> = Vec::new();
    for (f, p) in facts.iter().zip(placed) {
        if let Some(p) = p {
            sequence.push((problem.calendar.dates[p.slot], Stop::Free(&f.locations)));
        }
    }
    for (date, locations) in &problem.kept_shoots {
        sequence.push((*date, Stop::Fixed(locations)));
    }
    sequence.sort_by_key(|(d, _)| *d);
    let stops: Vec<Stop> = sequence.into_iter().map(|(_, s)| s).collect();
    route(&stops).0
}

/// A shoot day's locations for counting moves.
#[derive(Debug, Clone, Copy)]
pub enum Stop<'a> {
    /// The day's distinct locations, in any order we like.
    Free(&'a [usize]),
    /// A kept day's locations in shooting order.
    Fixed(&'a [usize]),
}

/// The fewest moves through `stops`, and for each free stop the order of
/// its locations that achieves it.
pub fn route(stops: &[Stop]) -> (usize, Vec<Vec<usize>>) {
    // states: (location we are at, moves so far, back-pointer)
    #[derive(Clone, Copy)]
    struct State {
        at: Option<usize>,
        moves: usize,
        from: usize,
        first: Option<usize>,
    }
    let mut layers: Vec<Vec<State>> = vec![vec![State {
        at: None,
        moves: 0,
        from: 0,
        first: None,
    }]];
    for stop in stops {
        let previous = layers.last().cloned().unwrap_or_default();
        let mut next: Vec<State> = Vec::new();
        let offer = |state: State, next: &mut Vec<State>| match next
            .iter_mut()
            .find(|s| s.at == state.at)
        {
            Some(s) if s.moves <= state.moves => {}
            Some(s) => *s = state,
            None => next.push(state),
        };
        for (k, state) in previous.iter().enumerate() {
            let step = |from: Option<usize>, to: usize| usize::from(from.is_some_and(|f| f != to));
            match stop {
                Stop::Fixed(locations) => {
                    let mut at = state.at;
                    let mut moves = state.moves;
                    for &l in locations.iter() {
                        moves += step(at, l);
                        at = Some(l);
                    }
                    offer(
                        State {
                            at,
                            moves,
                            from: k,
                            first: None,
                        },
                        &mut next,
                    );
                }
                Stop::Free(locations) => match locations.len() {
                    0 => offer(
                        State {
                            from: k,
                            first: None,
                            ..*state
                        },
                        &mut next,
                    ),
                    1 => offer(
                        State {
                            at: Some(locations[0]),
                            moves: state.moves + step(state.at, locations[0]),
                            from: k,
                            first: Some(locations[0]),
                        },
                        &mut next,
                    ),
                    n => {
                        for &last in locations.iter() {
                            let first = locations
                                .iter()
                                .copied()
                                .filter(|&f| f != last)
                                .min_by_key(|&f| (step(state.at, f), f));
                            if let Some(first) = first {
                                offer(
                                    State {
                                        at: Some(last),
                                        moves: state.moves + step(state.at, first) + n - 1,
                                        from: k,
                                        first: Some(first),
                                    },
                                    &mut next,
                                );
                            }
                        }
                    }
                },
            }
        }
        layers.push(next);
    }
    let Some(end) = layers
        .last()
        .and_then(|l| (0..l.len()).min_by_key(|&k| (l[k].moves, l[k].at)))
    else {
        return (0, Vec::new());
    };
    let total = layers.last().map_or(0, |l| l[end].moves);
    // Walk back for each free stop's first and last location.
    let mut orders = vec![Vec::new(); stops.len()];
    let mut k = end;
    for (i, stop) in stops.iter().enumerate().rev() {
        let state = layers[i + 1][k];
        if let Stop::Free(locations) = stop {
            let mut order: Vec<usize> = Vec::with_capacity(locations.len());
            if let Some(first) = state.first {
                order.push(first);
            }
            for &l in locations.iter() {
                if Some(l) != state.first && Some(l) != state.at {
                    order.push(l);
                }
            }
            if let Some(last) = state.at
                && locations.len() > 1
            {
                order.push(last);
            }
            orders[i] = order;
        }
        k = state.from;
    }
    (total, orders)
}
