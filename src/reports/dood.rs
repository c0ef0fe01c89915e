//! The day out of days (commands.md, "dood"): for each performer and each
//! date with a day entry, whether they start, work, hold, travel, rehearse,
//! or are dropped and picked up; and what their holds cost.
//!
//! A pure function of the production and its [`Timeline`], in
//! O(cast × dates): the report, the call sheet (a performer's code on a
//! date) and the scheduler (total hold cost) all use it.

mod code;
mod entry;
mod row;
mod tally;

pub use code::Code;
pub use entry::DayEntry;
pub use row::DoodRow;
pub use tally::Tally;

use crate::model::{DayKind, Money, Production, Rules, Timeline};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Involvement of one performer on one date, as bits.
const SHOOT: u8 = 1;
const TRAVEL: u8 = 2;
const REHEARSAL: u8 = 4;

/// The whole grid.
#[derive(Debug, Clone, Default)]
pub struct Dood {
    /// Every date with a day entry of the unit(s) looked at, ascending.
    pub dates: Vec<NaiveDate>,
    /// Every cast member: numbered ones by number, then the others by id.
    pub rows: Vec<DoodRow>,
    pub totals: Tally,
    pub hold_cost: Money,
    /// A hold cost too large to add up: the money figures are partial.
    pub overflow: bool,
    /// For each cast index, its row.
    row_of_cast: Vec<usize>,
}

impl Dood {
    /// The day out of days of `unit`'s days, or of every unit's.
    pub fn compute(production: &Production, timeline: &Timeline, unit: Option<&str>) -> Dood {
        let entries = timeline
            .plans
            .iter()
            .filter(|plan| unit.is_none_or(|u| u == plan.unit))
            .map(|plan| DayEntry {
                date: plan.date,
                kind: plan.kind,
                cast: &plan.cast,
            });
        Dood::from_entries(production, entries)
    }

    /// The day out of days of any day entries, in any order: the
    /// production gives the cast, their rates and the drop/pickup rules.
    pub fn from_entries<'a>(
        production: &Production,
        entries: impl IntoIterator<Item = DayEntry<'a>>,
    ) -> Dood {
        let entries: Vec<DayEntry<'a>> = entries.into_iter().collect();
        let mut dates: Vec<NaiveDate> = entries.iter().map(|e| e.date).collect();
        dates.sort_unstable();
        dates.dedup();
        let width = dates.len();
        let mut marks = vec![0u8; production.cast.len() * width];
        for entry in &entries {
            let Ok(column) = dates.binary_search(&entry.date) else {
                continue;
            };
            let bit = match entry.kind {
                DayKind::Shoot => SHOOT,
                DayKind::Travel => TRAVEL,
                DayKind::Rehearsal => REHEARSAL,
            };
            for &c in entry.cast {
                if c < production.cast.len() {
                    marks[c * width + column] |= bit;
                }
            }
        }
        let rules = &production.settings.rules;
        let mut dood = Dood {
            row_of_cast: vec![usize::MAX; production.cast.len()],
            ..Dood::default()
        };
        for c in board_order(production) {
            let row_marks = &marks[c * width..(c + 1) * width];
            let (row, overflow) = build_row(production, c, row_marks, &dates, rules);
            dood.overflow |= overflow;
            dood.totals.add(row.tally);
            dood.hold_cost = dood
                .hold_cost
                .checked_add(row.hold_cost)
                .unwrap_or_else(|| {
                    dood.overflow = true;
                    dood.hold_cost
                });
            dood.row_of_cast[c] = dood.rows.len();
            dood.rows.push(row);
        }
        dood.dates = dates;
        dood
    }

    /// The column of a date, if it has one.
    pub fn column(&self, date: NaiveDate) -> Option<usize> {
        self.dates.binary_search(&date).ok()
    }

    /// The row of a cast member (index into `Production::cast`).
    pub fn row(&self, cast: usize) -> Option<&DoodRow> {
        self.row_of_cast.get(cast).and_then(|&r| self.rows.get(r))
    }

    /// A performer's code on a date (`None`: no column for that date).
    pub fn code(&self, cast: usize, date: NaiveDate) -> Option<Code> {
        let column = self.column(date)?;
        self.row(cast)?.codes.get(column).copied()
    }

    /// Columns whose dates lie in `from..=to` (either end open).
    pub fn columns_between(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> std::ops::Range<usize> {
        let start = from.map_or(0, |f| self.dates.partition_point(|&d| d < f));
        let end = to.map_or(self.dates.len(), |t| {
            self.dates.partition_point(|&d| d <= t)
        });
        start..end.max(start)
    }
}

/// Cast in board order: those with a `number` by number, then the others
/// by id.
pub fn board_order(production: &Production) -> Vec<usize> {
    let all: Vec<usize> = (0..production.cast.len()).collect();
    board_sorted(production, &all)
}

/// Some cast members (indices into `Production::cast`) in board order,
/// each once.
pub fn board_sorted(production: &Production, cast: &[usize]) -> Vec<usize> {
    let key = |c: usize| {
        let member = &production.cast[c];
        let number = member.number.as_ref().map(|n| n.value);
        (number.is_none(), number, member.id.value.as_str(), c)
    };
    let mut sorted = cast.to_vec();
    sorted.sort_by(|&a, &b| key(a).cmp(&key(b)));
    sorted.dedup();
    sorted
}

/// Hold days × daily rate (0 with no rate); `None` when too large.
pub fn hold_cost(rate: Option<Money>, hold_days: usize) -> Option<Money> {
    match rate {
        None => Some(Money::ZERO),
        Some(rate) => rate
            .0
            .checked_mul(Decimal::from(hold_days as u64))
            .map(Money),
    }
}

/// One performer's codes from their involvement marks.
fn build_row(
    production: &Production,
    cast: usize,
    marks: &[u8],
    dates: &[NaiveDate],
    rules: &Rules,
) -> (DoodRow, bool) {
    let mut codes = vec![Code::Empty; marks.len()];
    let start = marks.iter().position(|&m| m != 0);
    let finish = marks.iter().rposition(|&m| m != 0);
    let mut drop = None;
    if let (Some(start), Some(finish)) = (start, finish) {
        for column in start..=finish {
            let mark = marks[column];
            codes[column] = if mark & SHOOT != 0 {
                Code::Work
            } else if mark & REHEARSAL != 0 {
                Code::Rehearsal
            } else if mark & TRAVEL != 0 {
                Code::Travel
            } else {
                Code::Hold
            };
        }
        let first_work = marks.iter().position(|&m| m & SHOOT != 0);
        let last_work = marks.iter().rposition(|&m| m & SHOOT != 0);
        if let (Some(first), Some(last)) = (first_work, last_work) {
            if first == last {
                codes[first] = Code::StartWorkFinish;
            } else {
                codes[first] = Code::StartWork;
                codes[last] = Code::WorkFinish;
            }
            if rules.allow_drop_pickup
                && let Some((d, p)) = best_gap(marks, dates, rules.drop_pickup_min_days)
            {
                codes[d] = if d == first {
                    Code::StartWorkDrop
                } else {
                    Code::WorkDrop
                };
                codes[p] = if p == last {
                    Code::PickupWorkFinish
                } else {
                    Code::PickupWork
                };
                for code in &mut codes[d + 1..p] {
                    *code = Code::Empty;
                }
                drop = Some((dates[d], dates[p]));
            }
        }
    }
    let tally = Tally::of(&codes);
    let (hold_cost, overflow) = match hold_cost(production.cast[cast].rate, tally.hold_days) {
        Some(cost) => (cost, false),
        None => (Money::ZERO, true),
    };
    let row = DoodRow {
        cast,
        codes,
        tally,
        start: start.map(|s| dates[s]),
        finish: finish.map(|f| dates[f]),
        drop,
        hold_cost,
    };
    (row, overflow)
}

/// The drop/pickup gap: between two consecutive shoot days worked with no
/// involvement between them, pickup date − drop date > `min_days`, the
/// most hold columns (ties: the earliest), at least one.
fn best_gap(marks: &[u8], dates: &[NaiveDate], min_days: u64) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize, usize)> = None;
    let mut previous: Option<usize> = None;
    for (column, &mark) in marks.iter().enumerate() {
        if mark == 0 {
            continue;
        }
        let shoot = mark & SHOOT != 0;
        if let Some(p) = previous
            && shoot
        {
            let holds = column - p - 1;
            let days = (dates[column] - dates[p]).num_days();
            let long_enough = u64::try_from(days).is_ok_and(|d| d > min_days);
            if holds >= 1 && long_enough && best.is_none_or(|(_, _, h)| holds > h) {
                best = Some((p, column, holds));
            }
        }
        previous = shoot.then_some(column);
    }
    best.map(|(d, p, _)| (d, p))
}
