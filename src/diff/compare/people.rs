//! Per person: the days gained and lost, and their own call changes — the
//! people a coordinator must call. Who works when follows format.md §8.

use super::Side;
use crate::diff::changes::{CallChange, DayRef, PersonChange, Status};
use crate::model::{PersonRef, Timeline};
use chrono::{NaiveDate, NaiveDateTime};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One person's work in one version.
#[derive(Default)]
struct Work {
    /// The days they work, by date and unit (a day that changes kind is
    /// still the same day).
    days: BTreeMap<(NaiveDate, String), DayRef>,
    /// On each shoot or rehearsal day (by date and unit): their call, and
    /// whether it is their own (a cast call, a department call) rather
    /// than the general crew call.
    calls: BTreeMap<(NaiveDate, String), (NaiveDateTime, bool)>,
}

fn work(side: &Side) -> HashMap<String, Work> {
    let production = side.production;
    let mut work: HashMap<String, Work> = HashMap::new();
    for plan in &side.timeline.plans {
        let day = &production.days[plan.day];
        let day_ref = side.day_ref(plan);
        let key = (plan.date, plan.unit.clone());
        for &c in &plan.cast {
            let id = &production.cast[c].id.value;
            let entry = work.entry(id.clone()).or_default();
            entry.days.insert(key.clone(), day_ref.clone());
            if let Some(window) = Timeline::cast_window(day, plan, id) {
                let own = day
                    .cast_calls
                    .iter()
                    .any(|call| &call.id.value == id && call.times().next().is_some());
                entry.calls.insert(key.clone(), (window.call, own));
            }
        }
        for (i, member) in production.crew.iter().enumerate() {
            let id = &member.id.value;
            if production.index.people.get(id) != Some(&PersonRef::Crew(i))
                || !Timeline::crew_works(day, id, &member.units)
            {
                continue;
            }
            let entry = work.entry(id.clone()).or_default();
            entry.days.insert(key.clone(), day_ref.clone());
            if let Some(window) = Timeline::crew_window(day, plan, &member.department) {
                let own = day
                    .department_calls
                    .iter()
                    .any(|(d, _)| d.value == member.department);
                entry.calls.insert(key.clone(), (window.call, own));
            }
        }
    }
    work
}

pub fn compare(old: &Side, new: &Side) -> Vec<PersonChange> {
    let (old_work, new_work) = (work(old), work(new));
    let ids: BTreeSet<&String> = old
        .production
        .index
        .people
        .keys()
        .chain(new.production.index.people.keys())
        .collect();
    let empty = Work::default();
    let mut changes = Vec::new();
    for id in ids {
        let (before, after) = (
            old.production.index.people.get(id),
            new.production.index.people.get(id),
        );
        let status = match (before, after) {
            (None, Some(_)) => Status::Added,
            (Some(_), None) => Status::Removed,
            _ => Status::Changed,
        };
        let (a, b) = (
            old_work.get(id).unwrap_or(&empty),
            new_work.get(id).unwrap_or(&empty),
        );
        let only = |x: &Work, y: &Work| -> Vec<DayRef> {
            x.days
                .iter()
                .filter(|(key, _)| !y.days.contains_key(*key))
                .map(|(_, day)| day.clone())
                .collect()
        };
        let (gained, lost) = (only(b, a), only(a, b));
        let calls: Vec<CallChange> = a
            .calls
            .iter()
            .filter_map(|(key, &(call_before, own_before))| {
                let &(call_after, own_after) = b.calls.get(key)?;
                if call_before == call_after || !(own_before || own_after) {
                    return None;
                }
                Some(CallChange {
                    day: b.days.get(key)?.clone(),
                    old: crate::text::clock(call_before, key.0),
                    new: crate::text::clock(call_after, key.0),
                })
            })
            .collect();
        if status == Status::Changed && gained.is_empty() && lost.is_empty() && calls.is_empty() {
            continue;
        }
        let (side, person) = match (after, before) {
            (Some(&p), _) => (new, p),
            (None, Some(&p)) => (old, p),
            (None, None) => continue,
        };
        changes.push(describe(side, person, id, status, gained, lost, calls));
    }
    changes.sort_by_key(sort_key);
    changes
}

/// Cast first, by board number (those without one after, by id); then
/// crew by department and name.
fn sort_key(p: &PersonChange) -> (bool, bool, u32, String, String, String) {
    (
        p.kind != "cast",
        p.number.is_none(),
        p.number.unwrap_or(0),
        p.department.clone().unwrap_or_default(),
        p.name.clone(),
        p.id.clone(),
    )
}

fn describe(
    side: &Side,
    person: PersonRef,
    id: &str,
    status: Status,
    gained: Vec<DayRef>,
    lost: Vec<DayRef>,
    calls: Vec<CallChange>,
) -> PersonChange {
    let production = side.production;
    let name = |name: &str| {
        if name.is_empty() {
            id.to_string()
        } else {
            name.to_string()
        }
    };
    match person {
        PersonRef::Cast(i) => {
            let c = &production.cast[i];
            PersonChange {
                id: id.to_string(),
                name: name(&c.name),
                kind: "cast",
                character: Some(c.character.clone()),
                number: c.number.as_ref().map(|n| n.value),
                role: None,
                department: None,
                status,
                gained,
                lost,
                calls,
            }
        }
        PersonRef::Crew(i) => {
            let c = &production.crew[i];
            PersonChange {
                id: id.to_string(),
                name: name(&c.name),
                kind: "crew",
                character: None,
                number: None,
                role: Some(c.role.clone()),
                department: Some(c.department.clone()),
                status,
                gained,
                lost,
                calls,
            }
        }
    }
}
