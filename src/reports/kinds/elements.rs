//! `report elements`: each breakdown element, by category, with the
//! scenes that need it and the shoot days those scenes are on. Omitted
//! scenes are left out. With `--unit`, `--from` or `--to`, only the scenes
//! shot on those days count.

use super::locations::DayRef;
use crate::analysis::Analysis;
use crate::model::{DayKind, ELEMENT_CATEGORIES};
use crate::reports::{Column, Filter, Report, RowKind, Scope, Table, text};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    report: &'static str,
    #[serde(flatten)]
    scope: Scope<'a>,
    elements: Vec<Element<'a>>,
}

#[derive(Serialize)]
struct Element<'a> {
    category: &'static str,
    name: &'a str,
    scenes: Vec<&'a str>,
    days: Vec<DayRef<'a>>,
    dates: Vec<String>,
}

pub fn build(ctx: &Analysis, filter: &Filter) -> Report {
    let production = ctx.production;
    let timeline = &ctx.timeline;
    // For each scene, the filtered shoot days it is on.
    let scene_plans: Vec<Vec<usize>> = timeline
        .scene_days
        .iter()
        .map(|plans| {
            plans
                .iter()
                .copied()
                .filter(|&p| {
                    let plan = &timeline.plans[p];
                    plan.kind == DayKind::Shoot && filter.plan(plan)
                })
                .collect()
        })
        .collect();
    // (category, element) -> scenes, in scene order.
    let mut found: HashMap<(&'static str, &str), Vec<usize>> = HashMap::new();
    for (s, scene) in production.scenes.iter().enumerate() {
        if scene.omitted || (filter.is_set() && scene_plans[s].is_empty()) {
            continue;
        }
        for (category, items) in &scene.elements {
            for item in items {
                let name = item.trim();
                if name.is_empty() {
                    continue;
                }
                let scenes = found.entry((category, name)).or_default();
                if scenes.last() != Some(&s) {
                    scenes.push(s);
                }
            }
        }
    }
    let mut keys: Vec<(&'static str, &str)> = found.keys().copied().collect();
    let rank = |category: &str| ELEMENT_CATEGORIES.iter().position(|c| *c == category);
    keys.sort_by(|a, b| {
        (rank(a.0), a.1.to_lowercase(), a.1).cmp(&(rank(b.0), b.1.to_lowercase(), b.1))
    });

    let mut table = Table::new(
        text::title(production, "Breakdown elements", filter),
        vec![
            Column::new("category", "Category"),
            Column::new("element", "Element"),
            Column::new("scenes", "Scenes"),
            Column::new("days", "Days").right(),
            Column::new("dates", "Dates"),
        ],
    );
    let mut elements = Vec::with_capacity(keys.len());
    for key in keys {
        let scenes = &found[&key];
        let mut plans: Vec<usize> = scenes
            .iter()
            .flat_map(|&s| scene_plans[s].iter().copied())
            .collect();
        plans.sort_unstable();
        plans.dedup();
        let mut dates: Vec<NaiveDate> = plans.iter().map(|&p| timeline.plans[p].date).collect();
        dates.dedup();
        let numbers: Vec<&str> = scenes
            .iter()
            .map(|&s| production.scenes[s].number.value.as_str())
            .collect();
        table.push(
            RowKind::Item,
            vec![
                key.0.into(),
                key.1.into(),
                numbers.join(", ").into(),
                plans.len().to_string().into(),
                text::date_runs(&dates).into(),
            ],
        );
        elements.push(Element {
            category: key.0,
            name: key.1,
            scenes: numbers,
            days: plans
                .iter()
                .map(|&p| DayRef::of(&timeline.plans[p]))
                .collect(),
            dates: dates.iter().map(|d| d.to_string()).collect(),
        });
    }
    table.note("Days and dates: the shoot days of the scenes that need the element; an unscheduled scene adds none.");
    if elements.is_empty() {
        table.note("No element is needed on the days asked for.");
    }
    let document = Document {
        version: 1,
        report: "elements",
        scope: filter.scope(),
        elements,
    };
    Report::new(table, &document)
}
