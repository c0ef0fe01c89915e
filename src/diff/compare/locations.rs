//! Locations: the shoot days that now use each one, or no longer do, and
//! permit dates.

use super::Side;
use crate::diff::changes::{Change, DayRef, LocationChange, PermitDates, Status};
use std::collections::{BTreeSet, HashMap};

/// The shoot days that use each location.
fn usage(side: &Side) -> HashMap<String, BTreeSet<DayRef>> {
    let mut used: HashMap<String, BTreeSet<DayRef>> = HashMap::new();
    for plan in &side.timeline.plans {
        for &l in &plan.locations {
            used.entry(side.production.locations[l].id.value.clone())
                .or_default()
                .insert(side.day_ref(plan));
        }
    }
    used
}

fn permit(side: &Side, location: usize) -> Option<PermitDates> {
    side.production.locations[location]
        .permit
        .as_ref()
        .map(|p| PermitDates {
            from: p.from,
            to: p.to,
        })
}

pub fn compare(old: &Side, new: &Side) -> Vec<LocationChange> {
    let (old_use, new_use) = (usage(old), usage(new));
    let (old_index, new_index) = (
        &old.production.index.locations,
        &new.production.index.locations,
    );
    let ids: BTreeSet<&String> = old_index.keys().chain(new_index.keys()).collect();
    let empty = BTreeSet::new();
    let mut changes = Vec::new();
    for id in ids {
        let (before, after) = (old_index.get(id).copied(), new_index.get(id).copied());
        let status = match (before, after) {
            (None, Some(_)) => Status::Added,
            (Some(_), None) => Status::Removed,
            _ => Status::Changed,
        };
        let (a, b) = (
            old_use.get(id).unwrap_or(&empty),
            new_use.get(id).unwrap_or(&empty),
        );
        let gained: Vec<DayRef> = b.difference(a).cloned().collect();
        let lost: Vec<DayRef> = a.difference(b).cloned().collect();
        let permit = match (before, after) {
            (Some(o), Some(n)) => {
                let (x, y) = (permit(old, o), permit(new, n));
                (x != y).then_some(Change { old: x, new: y })
            }
            _ => None,
        };
        if status == Status::Changed && gained.is_empty() && lost.is_empty() && permit.is_none() {
            continue;
        }
        let name = match (after, before) {
            (Some(n), _) => &new.production.locations[n].name,
            (None, Some(o)) => &old.production.locations[o].name,
            (None, None) => continue,
        };
        changes.push(LocationChange {
            id: id.clone(),
            name: if name.is_empty() {
                id.clone()
            } else {
                name.clone()
            },
            status,
            gained,
            lost,
            permit,
        });
    }
    changes
}
