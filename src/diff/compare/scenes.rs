//! Scenes added, removed, re-paged, moved from one day to another, and
//! what else changed about a scene that the schedule depends on.

use super::days::Moves;
use super::{Side, scene_order};
use crate::diff::changes::{Change, DayRef, Named, SceneChanges, SceneEdit, SceneInfo};
use crate::model::Scene;
use std::collections::BTreeSet;

pub fn compare(old: &Side, new: &Side, moves: &Moves) -> SceneChanges {
    let mut numbers: Vec<&str> = old
        .production
        .index
        .scenes
        .keys()
        .chain(new.production.index.scenes.keys())
        .map(String::as_str)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    numbers.sort_by_cached_key(|n| scene_order(n));
    let mut changes = SceneChanges::default();
    for number in numbers {
        let before = old.production.index.scenes.get(number).copied();
        let after = new.production.index.scenes.get(number).copied();
        match (before, after) {
            (None, Some(n)) => changes.added.push(info(new, n)),
            (Some(o), None) => changes.removed.push(info(old, o)),
            (Some(o), Some(n)) => changes.changed.extend(edit(old, o, new, n, moves)),
            (None, None) => {}
        }
    }
    changes
}

fn info(side: &Side, scene: usize) -> SceneInfo {
    let s = &side.production.scenes[scene];
    SceneInfo {
        number: s.number.value.clone(),
        heading: heading(s),
        pages: s.pages.to_string(),
        omitted: s.omitted,
        days: days(side, scene),
    }
}

/// The days that list a scene, in date order.
fn days(side: &Side, scene: usize) -> Vec<DayRef> {
    let mut days: Vec<DayRef> = side.timeline.scene_days[scene]
        .iter()
        .map(|&p| side.day_ref(&side.timeline.plans[p]))
        .collect();
    days.sort();
    days
}

/// `INT. LIGHTHOUSE - LAMP ROOM - DAWN`, as on a script page.
pub fn heading(scene: &Scene) -> String {
    let prefix = match scene.int_ext.name() {
        "INT/EXT" => "INT./EXT.",
        "INT" => "INT.",
        _ => "EXT.",
    };
    format!("{prefix} {} - {}", scene.set, scene.time.name())
}

fn edit(old: &Side, o: usize, new: &Side, n: usize, moves: &Moves) -> Option<SceneEdit> {
    let (a, b) = (&old.production.scenes[o], &new.production.scenes[n]);
    let change = |x: String, y: String| (x != y).then_some(Change { old: x, new: y });
    let (days_before, days_after) = (days(old, o), days(new, n));
    // When the scene is on the same days as before once moved days are
    // taken into account, only its day moved: the day says so.
    let mut moved_with_day: Vec<DayRef> = days_before
        .iter()
        .map(|d| match moves.get(&(d.date, d.unit.clone())) {
            Some((date, unit)) => DayRef {
                date: *date,
                unit: unit.clone(),
                kind: d.kind,
            },
            None => d.clone(),
        })
        .collect();
    moved_with_day.sort();
    let day_change = (moved_with_day != days_after).then_some(Change {
        old: days_before,
        new: days_after,
    });
    let location = |side: &Side, s: &Scene| {
        s.location.as_ref().map(|l| Named {
            id: l.value.clone(),
            name: side.production.index.locations.get(&l.value).map_or_else(
                || l.value.clone(),
                |&i| side.production.locations[i].name.clone(),
            ),
        })
    };
    let (loc_before, loc_after) = (location(old, a), location(new, b));
    let cast = |side: &Side, s: &Scene| -> BTreeSet<Named> {
        s.cast
            .iter()
            .map(|id| Named {
                id: id.value.clone(),
                name: side
                    .production
                    .index
                    .cast(&id.value)
                    .map(|c| &side.production.cast[c])
                    .map_or_else(|| id.value.clone(), |c| c.character.clone()),
            })
            .collect()
    };
    let (cast_before, cast_after) = (cast(old, a), cast(new, b));
    let ids = |set: &BTreeSet<Named>| set.iter().map(|c| c.id.clone()).collect::<BTreeSet<_>>();
    let (ids_before, ids_after) = (ids(&cast_before), ids(&cast_after));
    let edit = SceneEdit {
        number: b.number.value.clone(),
        heading: heading(b),
        pages: change(a.pages.to_string(), b.pages.to_string()),
        days: day_change,
        heading_change: change(heading(a), heading(b)),
        location: (loc_before.as_ref().map(|l| &l.id) != loc_after.as_ref().map(|l| &l.id))
            .then_some(Change {
                old: loc_before,
                new: loc_after,
            }),
        omitted: (a.omitted != b.omitted).then_some(Change {
            old: a.omitted,
            new: b.omitted,
        }),
        cast_added: cast_after
            .iter()
            .filter(|c| !ids_before.contains(&c.id))
            .cloned()
            .collect(),
        cast_removed: cast_before
            .iter()
            .filter(|c| !ids_after.contains(&c.id))
            .cloned()
            .collect(),
    };
    let changed = edit.pages.is_some()
        || edit.days.is_some()
        || edit.heading_change.is_some()
        || edit.location.is_some()
        || edit.omitted.is_some()
        || !edit.cast_added.is_empty()
        || !edit.cast_removed.is_empty();
    changed.then_some(edit)
}
