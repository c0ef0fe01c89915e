//! The candidate shoot dates of the unit and the times of its days.
//!
//! Shoot dates run from the start over consecutive dates, skipping
//! `days_off` and the dates of the unit's days that are kept (locked days,
//! and rehearsal or travel days, which `schedule` never replaces). Each
//! candidate date is a *slot*; a day shoots either as a day shoot (call
//! `default_crew_call`) or a night shoot (call `night_crew_call`), wrapping
//! `default_day_hours` later, with the wrap on the next date when it falls
//! at or before the call (format.md §8).

use super::bitset::BitSet;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Weekday};

/// A day shoot or a night shoot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Shift {
    Day,
    Night,
}

impl Shift {
    pub const BOTH: [Shift; 2] = [Shift::Day, Shift::Night];

    pub fn index(self) -> usize {
        match self {
            Shift::Day => 0,
            Shift::Night => 1,
        }
    }
}

/// The call and wrap of a shift, as written in a day entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Times {
    pub call: NaiveTime,
    pub wrap: NaiveTime,
}

impl Times {
    /// The working window on `date`, placed as format.md §8 places it.
    pub fn window(&self, date: NaiveDate) -> (NaiveDateTime, NaiveDateTime) {
        let call = date.and_time(self.call);
        let wrap_date = if self.wrap <= self.call {
            date.succ_opt().unwrap_or(date)
        } else {
            date
        };
        (call, wrap_date.and_time(self.wrap))
    }
}

#[derive(Debug, Clone)]
pub struct Calendar {
    /// The candidate shoot dates, ascending.
    pub dates: Vec<NaiveDate>,
    /// Times of a day shoot and of a night shoot.
    pub times: [Times; 2],
    /// A kept shoot day of the unit falls between slot `i` and `i + 1`: a
    /// scene spread over several days cannot straddle it.
    pub broken_after: BitSet,
    /// Dates of the unit's kept shoot days.
    kept_shoots: Vec<NaiveDate>,
    /// Per shift and slot, call and wrap in seconds (for fast rests).
    call: [Vec<i64>; 2],
    wrap: [Vec<i64>; 2],
}

/// What the calendar is built from.
pub struct CalendarSpec<'a> {
    pub start: NaiveDate,
    pub days_off: &'a [Weekday],
    /// Dates of the unit's kept days, and whether each is a shoot day.
    pub kept: &'a [(NaiveDate, bool)],
    pub day_call: NaiveTime,
    pub night_call: NaiveTime,
    pub hours: TimeDelta,
    /// The calendar runs past `reach` (after which nothing changes) by at
    /// least `min_slots` slots.
    pub min_slots: usize,
    pub reach: NaiveDate,
}

/// Never more slots than this (ten years of dates).
pub const MAX_SLOTS: usize = 3660;

impl Calendar {
    pub fn build(spec: &CalendarSpec) -> Calendar {
        let shift_times = |call: NaiveTime| {
            let wrap = call.overflowing_add_signed(spec.hours).0;
            Times { call, wrap }
        };
        let mut dates = Vec::new();
        let mut date = spec.start;
        let mut after_reach = 0;
        let mut tries = 0;
        while dates.len() < MAX_SLOTS && after_reach < spec.min_slots && tries < MAX_SLOTS * 7 {
            tries += 1;
            let off = spec.days_off.contains(&chrono::Datelike::weekday(&date));
            let kept = spec.kept.iter().any(|&(d, _)| d == date);
            if !off && !kept {
                dates.push(date);
                if date > spec.reach {
                    after_reach += 1;
                }
            }
            match date.succ_opt() {
                Some(next) => date = next,
                None => break,
            }
        }
        let mut kept_shoots: Vec<NaiveDate> = spec
            .kept
            .iter()
            .filter(|(_, shoot)| *shoot)
            .map(|(d, _)| *d)
            .collect();
        kept_shoots.sort_unstable();
        let mut calendar = Calendar {
            dates,
            times: [shift_times(spec.day_call), shift_times(spec.night_call)],
            broken_after: BitSet::new(0),
            kept_shoots,
            call: [Vec::new(), Vec::new()],
            wrap: [Vec::new(), Vec::new()],
        };
        calendar.derive();
        calendar
    }

    /// Keeps only the slots for which `keep` is true.
    pub fn retain(&mut self, keep: impl Fn(usize) -> bool) {
        let dates: Vec<NaiveDate> = (0..self.dates.len())
            .filter(|&s| keep(s))
            .map(|s| self.dates[s])
            .collect();
        self.dates = dates;
        self.derive();
    }

    fn derive(&mut self) {
        let n = self.dates.len();
        self.broken_after = BitSet::new(n);
        for (i, pair) in self.dates.windows(2).enumerate() {
            if self.kept_shoots.iter().any(|&d| pair[0] < d && d < pair[1]) {
                self.broken_after.insert(i);
            }
        }
        let seconds = |t: NaiveDateTime| t.and_utc().timestamp();
        for shift in Shift::BOTH {
            let (calls, wraps): (Vec<i64>, Vec<i64>) = self
                .dates
                .iter()
                .map(|&d| {
                    let (c, w) = self.times[shift.index()].window(d);
                    (seconds(c), seconds(w))
                })
                .unzip();
            self.call[shift.index()] = calls;
            self.wrap[shift.index()] = wraps;
        }
    }

    pub fn len(&self) -> usize {
        self.dates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.dates.is_empty()
    }

    pub fn window(&self, slot: usize, shift: Shift) -> (NaiveDateTime, NaiveDateTime) {
        self.times[shift.index()].window(self.dates[slot])
    }

    /// Rest between a day at `a` and the next at `b` (`a < b`), in
    /// seconds.
    pub fn rest(&self, a: usize, shift_a: Shift, b: usize, shift_b: Shift) -> i64 {
        self.call[shift_b.index()][b] - self.wrap[shift_a.index()][a]
    }
}
