//! What is to be scheduled, read from the production: the scenes to place,
//! the calendar, and for every scene the slots it may go on.

use super::bitset::BitSet;
use super::calendar::{Calendar, CalendarSpec, Shift};
use crate::model::{DayKind, Production, TimeOfDay, Timeline, Window};
use crate::text::hours;
use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use std::collections::{BTreeSet, HashSet};

/// One scene to place.
#[derive(Debug, Clone)]
pub struct Item {
    /// Index into `Production::scenes`.
    pub scene: usize,
    /// In eighths of a page.
    pub pages: u64,
    /// Shoot days it takes: 1, or ceil(pages / max) for a long scene, which
    /// then has these consecutive days to itself.
    pub days: usize,
    /// Cast members (indices into `Production::cast`), each once.
    pub cast: Vec<usize>,
    pub location: Option<usize>,
    pub time: TimeOfDay,
    /// Per shift, the slots it may start on.
    pub allowed: [BitSet; 2],
}

impl Item {
    pub fn fits(&self, shift: Shift) -> bool {
        match self.time {
            TimeOfDay::Day => shift == Shift::Day,
            TimeOfDay::Night => shift == Shift::Night,
            TimeOfDay::Dawn | TimeOfDay::Dusk => true,
        }
    }

    pub fn is_long(&self) -> bool {
        self.days > 1
    }
}

/// A scene that fits on no date, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unplaceable {
    pub scene: usize,
    pub reason: String,
}

/// A performer's involvement on a date, as the day out of days sees it.
pub const SHOOT: u8 = 1;
pub const TRAVEL: u8 = 2;
pub const REHEARSAL: u8 = 4;

/// Everything the search needs, in plain numbers.
#[derive(Debug, Clone)]
pub struct Problem {
    pub unit: String,
    pub calendar: Calendar,
    pub items: Vec<Item>,
    pub unplaceable: Vec<Unplaceable>,
    /// Indices into `Production::days` of the days being replaced.
    pub replaced: Vec<usize>,
    pub max_pages: u64,
    pub max_locations: usize,
    /// In seconds.
    pub crew_turnaround: i64,
    pub cast_turnaround: i64,
    /// Whether any crew member works the unit's days.
    pub unit_has_crew: bool,
    /// In cents.
    pub move_cost: i128,
    /// What a date without shooting between shoot days counts for, in
    /// cents: a day of every performer's rate plus a move.
    pub dark_cost: i128,
    /// `drop_pickup_min_days` when drop/pickup is allowed.
    pub drop_min_days: Option<i64>,
    /// Daily rate of each cast member, in cents (0 without a rate).
    pub rates: Vec<i128>,
    /// Every date that is or may become a column of the day out of days.
    pub axis: Vec<NaiveDate>,
    /// The same as day numbers, for fast differences.
    pub axis_days: Vec<i64>,
    /// Axis positions that are columns whatever the schedule.
    pub fixed_column: Vec<bool>,
    /// Per slot, its axis position.
    pub slot_axis: Vec<usize>,
    /// Per cast member, their involvement on kept days: (axis position,
    /// bits), ascending.
    pub fixed_marks: Vec<Vec<(usize, u8)>>,
    /// One past the last axis position with a mark on a kept day.
    pub fixed_marks_end: usize,
    /// The unit's kept shoot days: date and the locations of their scenes in
    /// shooting order.
    pub kept_shoots: Vec<(NaiveDate, Vec<usize>)>,
    /// Per cast member, the longest working window allowed.
    pub max_hours: Vec<Option<TimeDelta>>,
    /// Crew of the unit (indices into `Production::crew`).
    pub unit_crew: Vec<usize>,
}

/// Why there is nothing to schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemError {
    NoStart,
    NoUnit(String),
    NoDates,
}

impl std::fmt::Display for ProblemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProblemError::NoStart => write!(
                f,
                "no first shoot date: set `start` in [production] of prodcoord.toml, or pass --start DATE"
            ),
            ProblemError::NoUnit(unit) => write!(
                f,
                "the production has no unit `{unit}` (see `units` in prodcoord.toml)"
            ),
            ProblemError::NoDates => {
                write!(f, "`days_off` leaves no day of the week to shoot on")
            }
        }
    }
}

/// Money in cents, saturating on absurd amounts.
pub fn cents(money: crate::model::Money) -> i128 {
    (money.0 * Decimal::from(100))
        .round()
        .to_i128()
        .unwrap_or(i128::MAX / 4)
}

impl Problem {
    pub fn extract(
        production: &Production,
        unit: &str,
        start: Option<NaiveDate>,
    ) -> Result<Problem, ProblemError> {
        let settings = &production.settings;
        let rules = &settings.rules;
        if !settings.unit_names().contains(&unit) {
            return Err(ProblemError::NoUnit(unit.to_string()));
        }
        let start = start.or(settings.start).ok_or(ProblemError::NoStart)?;
        if settings.days_off.len() >= 7 {
            return Err(ProblemError::NoDates);
        }
        let index = &production.index;
        let timeline = Timeline::build(production);
        let replaced: Vec<usize> = production
            .days
            .iter()
            .enumerate()
            .filter(|(_, d)| d.unit.value == unit && d.kind == DayKind::Shoot && !d.locked)
            .map(|(i, _)| i)
            .collect();
        let is_replaced = |day: usize| replaced.binary_search(&day).is_ok();
        let fixed_plans: Vec<usize> = (0..timeline.plans.len())
            .filter(|&p| !is_replaced(timeline.plans[p].day))
            .collect();

        // The scenes to place: not omitted, not on a kept day of the unit,
        // not another unit's.
        let mut scenes = Vec::new();
        for (s, scene) in production.scenes.iter().enumerate() {
            if scene.omitted || index.scenes.get(&scene.number.value) != Some(&s) {
                continue;
            }
            let elsewhere = timeline.scene_days[s]
                .iter()
                .any(|&p| !is_replaced(timeline.plans[p].day));
            if !elsewhere {
                scenes.push(s);
            }
        }

        let max_pages = rules.max_pages_per_day.eighths().max(1);
        let kept: Vec<(NaiveDate, bool)> = fixed_plans
            .iter()
            .map(|&p| &timeline.plans[p])
            .filter(|plan| plan.unit == unit)
            .map(|plan| (plan.date, plan.kind == DayKind::Shoot))
            .collect();
        let needed: usize = scenes
            .iter()
            .map(|&s| day_count(production.scenes[s].pages.eighths(), max_pages))
            .sum();
        let reach = latest_constraint(production).max(start);
        let mut calendar = Calendar::build(&CalendarSpec {
            start,
            days_off: &settings.days_off,
            kept: &kept,
            day_call: settings.default_crew_call,
            night_call: settings.night_crew_call,
            hours: hours(settings.default_day_hours),
            min_slots: needed + 30,
            reach,
        });
        if calendar.is_empty() {
            return Err(ProblemError::NoDates);
        }

        let crew_turnaround = hours(rules.crew_turnaround_hours);
        let cast_turnaround = hours(rules.cast_turnaround_hours);
        let max_hours: Vec<Option<TimeDelta>> = production
            .cast
            .iter()
            .map(|c| {
                c.max_hours
                    .or(c.minor.then_some(rules.minor_max_hours))
                    .map(hours)
            })
            .collect();

        // Working windows on kept days.
        let mut cast_windows: Vec<Vec<Window>> = vec![Vec::new(); production.cast.len()];
        let mut marks: Vec<BTreeSet<(NaiveDate, u8)>> =
            vec![BTreeSet::new(); production.cast.len()];
        let mut columns: BTreeSet<NaiveDate> = BTreeSet::new();
        for &p in &fixed_plans {
            let plan = &timeline.plans[p];
            let day = &production.days[plan.day];
            columns.insert(plan.date);
            let bit = match plan.kind {
                DayKind::Shoot => SHOOT,
                DayKind::Travel => TRAVEL,
                DayKind::Rehearsal => REHEARSAL,
            };
            for &c in &plan.cast {
                marks[c].insert((plan.date, bit));
                if let Some(w) = Timeline::cast_window(day, plan, &production.cast[c].id.value)
                    && !w.is_empty()
                {
                    cast_windows[c].push(w);
                }
            }
        }
        let unit_crew: Vec<usize> = production
            .crew
            .iter()
            .enumerate()
            .filter(|(i, m)| {
                index.crew(&m.id.value) == Some(*i) && m.units.iter().any(|u| u.value == unit)
            })
            .map(|(i, _)| i)
            .collect();
        let mut crew_windows: HashSet<Vec<(NaiveDateTime, NaiveDateTime)>> = HashSet::new();
        for &i in &unit_crew {
            let member = &production.crew[i];
            let mut windows: Vec<(NaiveDateTime, NaiveDateTime)> = fixed_plans
                .iter()
                .map(|&p| &timeline.plans[p])
                .filter(|plan| {
                    Timeline::crew_works(
                        &production.days[plan.day],
                        &member.id.value,
                        &member.units,
                    )
                })
                .filter_map(|plan| {
                    Timeline::crew_window(&production.days[plan.day], plan, &member.department)
                })
                .filter(|w| !w.is_empty())
                .map(|w| (w.call, w.wrap))
                .collect();
            windows.sort();
            crew_windows.insert(windows);
        }

        // Which slots the unit can take: dates on which its crew would be
        // double-booked or short of rest whatever it shoots are dropped.
        let unit_ok = |calendar: &Calendar, slot: usize, shift: Shift| {
            let (call, wrap) = calendar.window(slot, shift);
            !crew_windows.iter().any(|ws| {
                ws.iter()
                    .any(|&(c, w)| clash(c, w, call, wrap, crew_turnaround))
            })
        };
        let usable: Vec<bool> = (0..calendar.len())
            .map(|s| {
                Shift::BOTH
                    .iter()
                    .any(|&shift| unit_ok(&calendar, s, shift))
            })
            .collect();
        calendar.retain(|s| usable[s]);
        if calendar.is_empty() {
            return Err(ProblemError::NoDates);
        }
        let n = calendar.len();
        let mut slot_ok = [BitSet::new(n), BitSet::new(n)];
        for shift in Shift::BOTH {
            for slot in 0..n {
                if unit_ok(&calendar, slot, shift) {
                    slot_ok[shift.index()].insert(slot);
                }
            }
        }
        let mut cast_ok: Vec<[BitSet; 2]> = Vec::with_capacity(production.cast.len());
        for (c, member) in production.cast.iter().enumerate() {
            let mut ok = [BitSet::new(n), BitSet::new(n)];
            for shift in Shift::BOTH {
                for slot in 0..n {
                    let (crew_call, wrap) = calendar.window(slot, shift);
                    let Some(call) = cast_call(crew_call, wrap, max_hours[c]) else {
                        continue;
                    };
                    let window = Window { call, wrap };
                    let away = window
                        .dates()
                        .any(|d| member.unavailable.iter().any(|r| r.contains(d)));
                    let busy = cast_windows[c]
                        .iter()
                        .any(|w| clash(w.call, w.wrap, call, wrap, cast_turnaround));
                    if !away && !busy {
                        ok[shift.index()].insert(slot);
                    }
                }
            }
            cast_ok.push(ok);
        }
        let location_ok: Vec<BitSet> = production
            .locations
            .iter()
            .map(|location| {
                let mut ok = BitSet::new(n);
                for (slot, &date) in calendar.dates.iter().enumerate() {
                    let available = location
                        .available
                        .as_ref()
                        .is_none_or(|a| a.value.iter().any(|r| r.contains(date)));
                    let permitted = location.permit.as_ref().is_none_or(|p| {
                        p.from.is_none_or(|f| f <= date) && p.to.is_none_or(|t| date <= t)
                    });
                    if available && permitted {
                        ok.insert(slot);
                    }
                }
                ok
            })
            .collect();

        let max_locations = usize::try_from(rules.max_locations_per_day).unwrap_or(usize::MAX);
        let mut items = Vec::new();
        let mut unplaceable = Vec::new();
        for s in scenes {
            let scene = &production.scenes[s];
            let mut cast: Vec<usize> = scene
                .cast
                .iter()
                .filter_map(|id| index.cast(&id.value))
                .collect();
            cast.sort_unstable();
            cast.dedup();
            let location = scene
                .location
                .as_ref()
                .and_then(|l| index.locations.get(&l.value).copied());
            let pages = scene.pages.eighths();
            let mut item = Item {
                scene: s,
                pages,
                days: day_count(pages, max_pages),
                cast,
                location,
                time: scene.time,
                allowed: [BitSet::new(n), BitSet::new(n)],
            };
            let why = Why {
                production,
                calendar: &calendar,
                slot_ok: &slot_ok,
                cast_ok: &cast_ok,
                location_ok: &location_ok,
                cast_turnaround,
            };
            if location.is_some() && max_locations == 0 {
                unplaceable.push(Unplaceable {
                    scene: s,
                    reason: format!(
                        "scene {} is shot at a location, and max_locations_per_day is 0",
                        scene.number.value
                    ),
                });
                continue;
            }
            item.allowed = why.allowed(&item);
            if item.allowed.iter().all(BitSet::is_empty) {
                unplaceable.push(Unplaceable {
                    scene: s,
                    reason: why.explain(&item),
                });
                continue;
            }
            items.push(item);
        }

        // The date axis of the day out of days.
        let mut axis: Vec<NaiveDate> = columns
            .iter()
            .copied()
            .chain(calendar.dates.iter().copied())
            .collect();
        axis.sort_unstable();
        axis.dedup();
        let position = |d: NaiveDate| axis.binary_search(&d).unwrap_or(0);
        let fixed_column: Vec<bool> = axis.iter().map(|d| columns.contains(d)).collect();
        let slot_axis = calendar.dates.iter().map(|&d| position(d)).collect();
        let fixed_marks: Vec<Vec<(usize, u8)>> = marks
            .iter()
            .map(|m| {
                let mut v: Vec<(usize, u8)> = Vec::new();
                for &(d, bit) in m {
                    let p = position(d);
                    match v.last_mut() {
                        Some(last) if last.0 == p => last.1 |= bit,
                        _ => v.push((p, bit)),
                    }
                }
                v
            })
            .collect();
        let fixed_marks_end = fixed_marks
            .iter()
            .filter_map(|m| m.last().map(|&(p, _)| p + 1))
            .max()
            .unwrap_or(0);
        let kept_shoots = fixed_plans
            .iter()
            .map(|&p| &timeline.plans[p])
            .filter(|plan| plan.unit == unit && plan.kind == DayKind::Shoot)
            .map(|plan| {
                let locations = plan
                    .scenes
                    .iter()
                    .filter_map(|&s| production.scenes[s].location.as_ref())
                    .filter_map(|l| index.locations.get(&l.value).copied())
                    .collect();
                (plan.date, locations)
            })
            .collect();
        Ok(Problem {
            unit: unit.to_string(),
            items,
            unplaceable,
            replaced,
            max_pages,
            max_locations,
            crew_turnaround: crew_turnaround.num_seconds(),
            cast_turnaround: cast_turnaround.num_seconds(),
            unit_has_crew: !unit_crew.is_empty(),
            move_cost: cents(rules.move_cost),
            dark_cost: production
                .cast
                .iter()
                .map(|c| c.rate.map_or(0, cents))
                .sum::<i128>()
                .saturating_add(cents(rules.move_cost))
                .max(1),
            drop_min_days: rules
                .allow_drop_pickup
                .then(|| i64::try_from(rules.drop_pickup_min_days).unwrap_or(i64::MAX)),
            rates: production
                .cast
                .iter()
                .map(|c| c.rate.map_or(0, cents))
                .collect(),
            fixed_column,
            slot_axis,
            fixed_marks,
            fixed_marks_end,
            axis_days: axis
                .iter()
                .map(|d| i64::from(chrono::Datelike::num_days_from_ce(d)))
                .collect(),
            axis,
            kept_shoots,
            max_hours,
            unit_crew,
            calendar,
        })
    }

    /// Whether two of the unit's days may follow each other: the crew's
    /// turnaround always, the cast's when they share a performer.
    pub fn follows(
        &self,
        a: usize,
        shift_a: Shift,
        b: usize,
        shift_b: Shift,
        shared_cast: bool,
    ) -> bool {
        let rest = self.calendar.rest(a, shift_a, b, shift_b);
        (!self.unit_has_crew || rest >= self.crew_turnaround)
            && (!shared_cast || rest >= self.cast_turnaround)
            && rest >= 0
    }
}

/// Days a scene of `pages` takes with at most `max` a day.
pub fn day_count(pages: u64, max: u64) -> usize {
    usize::try_from(pages.div_ceil(max.max(1)).max(1)).unwrap_or(usize::MAX)
}

/// A performer's call on a day called at `crew_call`: later when their
/// `max_hours` is shorter than the day. `None` when they cannot work it.
pub fn cast_call(
    crew_call: NaiveDateTime,
    wrap: NaiveDateTime,
    max_hours: Option<TimeDelta>,
) -> Option<NaiveDateTime> {
    match max_hours {
        None => Some(crew_call),
        Some(max) if max <= TimeDelta::zero() => None,
        Some(max) => Some(crew_call.max(wrap - max)),
    }
}

/// Whether a window `call..wrap` overlaps the window `c..w` or leaves less
/// than `rest` between them.
fn clash(
    c: NaiveDateTime,
    w: NaiveDateTime,
    call: NaiveDateTime,
    wrap: NaiveDateTime,
    rest: TimeDelta,
) -> bool {
    let overlap = call < w && c < wrap;
    let after = w <= call && call - w < rest;
    let before = wrap <= c && c - wrap < rest;
    overlap || after || before
}

/// The last date any availability, permit or kept day depends on.
fn latest_constraint(production: &Production) -> NaiveDate {
    let mut latest = NaiveDate::MIN;
    for c in &production.cast {
        for r in &c.unavailable {
            latest = latest.max(r.to);
        }
    }
    for l in &production.locations {
        for r in l.available.iter().flat_map(|a| a.value.iter()) {
            latest = latest.max(r.to);
        }
        if let Some(p) = &l.permit {
            latest = latest
                .max(p.from.unwrap_or(latest))
                .max(p.to.unwrap_or(latest));
        }
    }
    for d in &production.days {
        latest = latest.max(d.date.value);
    }
    latest
}

/// Availability by constraint, to place scenes and to say why one fits
/// nowhere.
struct Why<'a> {
    production: &'a Production,
    calendar: &'a Calendar,
    slot_ok: &'a [BitSet; 2],
    cast_ok: &'a [[BitSet; 2]],
    location_ok: &'a [BitSet],
    cast_turnaround: TimeDelta,
}

impl Why<'_> {
    /// Per shift, the slots where everything the item needs is available
    /// on every one of its days.
    fn allowed(&self, item: &Item) -> [BitSet; 2] {
        let n = self.calendar.len();
        let mut out = [BitSet::new(n), BitSet::new(n)];
        for shift in Shift::BOTH {
            if !item.fits(shift) {
                continue;
            }
            let daily = self.daily(item, shift, None);
            if item.days == 1 {
                out[shift.index()] = daily;
                continue;
            }
            for start in 0..n.saturating_sub(item.days - 1) {
                let run = (start..start + item.days).all(|s| daily.contains(s));
                let unbroken = (start..start + item.days - 1).all(|s| {
                    !self.calendar.broken_after.contains(s)
                        && self.calendar.rest(s, shift, s + 1, shift)
                            >= self.cast_turnaround.num_seconds()
                });
                if run && unbroken {
                    out[shift.index()].insert(start);
                }
            }
        }
        self.prefer_sun(item, &mut out);
        out
    }

    /// An exterior dawn or dusk scene at a place with coordinates goes,
    /// where it can, on a shoot whose hours hold the sunrise or sunset (as
    /// the `daylight` check wants); elsewhere only when no such date is
    /// left.
    fn prefer_sun(&self, item: &Item, out: &mut [BitSet; 2]) {
        let scene = &self.production.scenes[item.scene];
        let rise = match scene.time {
            TimeOfDay::Dawn => true,
            TimeOfDay::Dusk => false,
            _ => return,
        };
        let Some((lat, lon)) = item
            .location
            .and_then(|l| self.production.locations[l].coordinates)
        else {
            return;
        };
        if !scene.int_ext.is_exterior() || item.is_long() {
            return;
        }
        let tz = self.production.settings.timezone;
        let mut lit = [
            BitSet::new(self.calendar.len()),
            BitSet::new(self.calendar.len()),
        ];
        for shift in Shift::BOTH {
            for slot in out[shift.index()].iter() {
                let (call, wrap) = self.calendar.window(slot, shift);
                let date = self.calendar.dates[slot];
                let holds = [Some(date), date.succ_opt()]
                    .into_iter()
                    .flatten()
                    .any(|d| match crate::sun::sun_day(lat, lon, d, tz) {
                        crate::sun::SunDay::Normal { rise: r, set } => {
                            let t = if rise { r } else { set };
                            call <= t && t <= wrap
                        }
                        _ => false,
                    });
                if holds {
                    lit[shift.index()].insert(slot);
                }
            }
        }
        if lit.iter().any(|l| !l.is_empty()) {
            *out = lit;
        }
    }

    /// Slots of one shift where the item's needs (all, or those in `only`)
    /// are met.
    fn daily(&self, item: &Item, shift: Shift, only: Option<&[Need]>) -> BitSet {
        let mut set = self.slot_ok[shift.index()].clone();
        let wanted = |need: Need| only.is_none_or(|o| o.contains(&need));
        if let Some(l) = item.location
            && wanted(Need::Location(l))
        {
            set.intersect_with(&self.location_ok[l]);
        }
        for &c in &item.cast {
            if wanted(Need::Cast(c)) {
                set.intersect_with(&self.cast_ok[c][shift.index()]);
            }
        }
        set
    }

    fn possible(&self, item: &Item, only: &[Need]) -> bool {
        Shift::BOTH
            .iter()
            .filter(|&&s| item.fits(s))
            .any(|&s| !self.daily(item, s, Some(only)).is_empty())
    }

    fn name(&self, need: Need) -> String {
        match need {
            Need::Cast(c) => {
                let m = &self.production.cast[c];
                if m.name.is_empty() {
                    m.id.value.clone()
                } else {
                    m.name.clone()
                }
            }
            Need::Location(l) => {
                let loc = &self.production.locations[l];
                if loc.name.is_empty() {
                    loc.id.value.clone()
                } else {
                    loc.name.clone()
                }
            }
        }
    }

    fn explain(&self, item: &Item) -> String {
        let scene = &self.production.scenes[item.scene];
        let number = &scene.number.value;
        let shifts: Vec<Shift> = Shift::BOTH.into_iter().filter(|&s| item.fits(s)).collect();
        if shifts.iter().all(|&s| self.slot_ok[s.index()].is_empty()) {
            let what = match scene.time {
                TimeOfDay::Night => "a night shoot",
                TimeOfDay::Day => "a day shoot",
                _ => "a shoot",
            };
            return format!(
                "scene {number} needs {what}, and the unit's crew is booked elsewhere on every date"
            );
        }
        let mut needs: Vec<Need> = item.cast.iter().map(|&c| Need::Cast(c)).collect();
        if let Some(l) = item.location {
            needs.insert(0, Need::Location(l));
        }
        for &need in &needs {
            if !self.possible(item, &[need]) {
                let verb = match need {
                    Need::Cast(_) => "who is",
                    Need::Location(_) => "which is",
                };
                return format!(
                    "scene {number} needs {}, {verb} never available on a shoot date of the unit",
                    self.name(need)
                );
            }
        }
        for (i, &a) in needs.iter().enumerate() {
            for &b in &needs[i + 1..] {
                if !self.possible(item, &[a, b]) {
                    return format!(
                        "scene {number} needs {} and {}, never both available",
                        self.name(a),
                        self.name(b)
                    );
                }
            }
        }
        if self.possible(item, &needs) {
            let max =
                crate::model::Pages(self.production.settings.rules.max_pages_per_day.eighths());
            return format!(
                "scene {number} is {} pages, {} days at {max} a day, and there are never {} consecutive shoot days with everything it needs",
                crate::model::Pages(item.pages),
                item.days,
                item.days
            );
        }
        let names: Vec<String> = needs.iter().map(|&n| self.name(n)).collect();
        format!(
            "scene {number} needs {} on one date, and they are never all available",
            join_and(&names)
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Need {
    Cast(usize),
    Location(usize),
}

/// "a, b and c".
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
