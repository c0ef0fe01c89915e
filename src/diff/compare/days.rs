//! Shoot days added, removed or moved; call, shooting call and wrap
//! changes; each unit's number of shoot days.

use super::Side;
use crate::diff::changes::{
    Change, DayChanges, DayEdit, DayMove, DaySummary, TimeChange, UnitCount,
};
use crate::model::{Day, DayKind, Sp};
use chrono::{NaiveDate, NaiveTime, Timelike};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One of a day's times.
type TimeField = fn(&Day) -> &Option<Sp<NaiveTime>>;

/// Days that moved: (date, unit) in the old version → in the new one.
pub type Moves = HashMap<(NaiveDate, String), (NaiveDate, String)>;

pub fn compare(old: &Side, new: &Side) -> (DayChanges, Moves) {
    let (old_days, new_days) = (keyed(old), keyed(new));
    let mut changes = DayChanges::default();
    let mut removed = Vec::new();
    for (key, &o) in &old_days {
        match new_days.get(key) {
            Some(&n) => changes.changed.extend(edit(old, o, new, n)),
            None => removed.push(o),
        }
    }
    let mut added: Vec<usize> = new_days
        .iter()
        .filter(|(key, _)| !old_days.contains_key(*key))
        .map(|(_, &n)| n)
        .collect();
    let mut moves = Moves::new();
    removed.retain(|&o| {
        let Some(key) = move_key(old, o) else {
            return true;
        };
        let Some(at) = added
            .iter()
            .position(|&n| move_key(new, n).as_ref() == Some(&key))
        else {
            return true;
        };
        let n = added.remove(at);
        let (from, to) = (&old.timeline.plans[o], &new.timeline.plans[n]);
        moves.insert((from.date, from.unit.clone()), (to.date, to.unit.clone()));
        changes.moved.push(DayMove {
            old: summary(old, o),
            new: summary(new, n),
            times: times(day(old, o), day(new, n)),
        });
        false
    });
    changes.removed = removed.into_iter().map(|o| summary(old, o)).collect();
    changes.added = added.into_iter().map(|n| summary(new, n)).collect();
    let units: BTreeSet<&String> = old
        .timeline
        .by_unit
        .keys()
        .chain(new.timeline.by_unit.keys())
        .collect();
    for unit in units {
        let (before, after) = (
            old.timeline.shoot_days_of(unit),
            new.timeline.shoot_days_of(unit),
        );
        if before != after {
            changes.shoot_days.push(UnitCount {
                unit: unit.clone(),
                old: before,
                new: after,
            });
        }
    }
    (changes, moves)
}

/// Plans by (date, unit).
fn keyed(side: &Side) -> BTreeMap<(NaiveDate, String), usize> {
    side.timeline
        .plans
        .iter()
        .enumerate()
        .map(|(i, plan)| ((plan.date, plan.unit.clone()), i))
        .collect()
}

fn day<'a>(side: &Side<'a>, plan: usize) -> &'a Day {
    &side.production.days[side.timeline.plans[plan].day]
}

/// What makes two days on different dates "the same day, moved": the
/// unit, the kind, and the same scenes (a shoot day) or the same cast
/// (a rehearsal or travel day). `None` for a day with neither.
fn move_key(side: &Side, plan: usize) -> Option<(String, &'static str, Vec<String>)> {
    let p = &side.timeline.plans[plan];
    let production = side.production;
    let mut ids: Vec<String> = if p.kind == DayKind::Shoot {
        p.scenes
            .iter()
            .map(|&s| production.scenes[s].number.value.clone())
            .collect()
    } else {
        p.cast
            .iter()
            .map(|&c| production.cast[c].id.value.clone())
            .collect()
    };
    ids.sort_unstable();
    (!ids.is_empty()).then(|| (p.unit.clone(), p.kind.name(), ids))
}

fn edit(old: &Side, o: usize, new: &Side, n: usize) -> Option<DayEdit> {
    let (before, after) = (&old.timeline.plans[o], &new.timeline.plans[n]);
    let kind = (before.kind != after.kind).then(|| Change {
        old: before.kind.name(),
        new: after.kind.name(),
    });
    let times = times(day(old, o), day(new, n));
    (kind.is_some() || !times.is_empty()).then(|| DayEdit {
        old: summary(old, o),
        new: summary(new, n),
        kind,
        times,
    })
}

fn times(old: &Day, new: &Day) -> Vec<TimeChange> {
    let fields: [(&'static str, TimeField); 3] = [
        ("crew_call", |d| &d.crew_call),
        ("shooting_call", |d| &d.shooting_call),
        ("wrap", |d| &d.wrap),
    ];
    fields
        .into_iter()
        .filter_map(|(what, field)| {
            let (before, after) = (
                field(old).as_ref().map(|t| t.value),
                field(new).as_ref().map(|t| t.value),
            );
            (before != after).then(|| TimeChange {
                what,
                old: before.map(clock),
                new: after.map(clock),
            })
        })
        .collect()
}

pub fn summary(side: &Side, plan: usize) -> DaySummary {
    let p = &side.timeline.plans[plan];
    let d = day(side, plan);
    let time = |t: &Option<Sp<NaiveTime>>| t.as_ref().map(|t| clock(t.value));
    DaySummary {
        day: side.day_ref(p),
        day_number: p.shoot_number,
        unit_shoot_days: side.timeline.shoot_days_of(&p.unit),
        crew_call: time(&d.crew_call),
        shooting_call: time(&d.shooting_call),
        wrap: time(&d.wrap),
        scenes: p
            .scenes
            .iter()
            .map(|&s| side.production.scenes[s].number.value.clone())
            .collect(),
    }
}

/// `07:00`, or `07:00:30` when seconds are written.
pub fn clock(time: NaiveTime) -> String {
    if time.second() == 0 {
        time.format("%H:%M").to_string()
    } else {
        time.format("%H:%M:%S").to_string()
    }
}
