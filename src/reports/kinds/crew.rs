//! `report crew`: the crew contact list by department, departments in the
//! order they first appear in the crew files, people in file order. With
//! `--unit`, `--from` or `--to`, only the crew who work those days
//! (format.md §8: the unit's crew minus `off_crew`, plus `add_crew`).

use crate::analysis::Analysis;
use crate::model::DayKind;
use crate::reports::{Column, Filter, Report, RowKind, Scope, Table, text};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    report: &'static str,
    #[serde(flatten)]
    scope: Scope<'a>,
    departments: Vec<Department<'a>>,
}

#[derive(Serialize)]
struct Department<'a> {
    department: &'a str,
    crew: Vec<Person<'a>>,
}

#[derive(Serialize)]
struct Person<'a> {
    id: &'a str,
    name: &'a str,
    role: &'a str,
    phone: Option<&'a str>,
    email: Option<&'a str>,
    units: Vec<&'a str>,
    days: usize,
}

pub fn build(ctx: &Analysis, filter: &Filter) -> Report {
    let production = ctx.production;
    let days = days_worked(ctx, filter);
    let mut order: Vec<&str> = Vec::new();
    for member in &production.crew {
        if !order.contains(&member.department.as_str()) {
            order.push(&member.department);
        }
    }
    let mut table = Table::new(
        text::title(production, "Crew list", filter),
        vec![
            Column::new("department", "Department"),
            Column::new("role", "Role"),
            Column::new("name", "Name"),
            Column::new("id", "ID"),
            Column::new("phone", "Phone"),
            Column::new("email", "Email"),
            Column::new("units", "Units"),
            Column::new("days", "Days").right(),
        ],
    );
    let mut departments = Vec::new();
    for department in order {
        let mut crew = Vec::new();
        for (c, member) in production.crew.iter().enumerate() {
            if member.department != department || (filter.is_set() && days[c] == 0) {
                continue;
            }
            let units: Vec<&str> = member.units.iter().map(|u| u.value.as_str()).collect();
            table.push(
                RowKind::Item,
                vec![
                    department.into(),
                    (&member.role).into(),
                    (&member.name).into(),
                    (&member.id.value).into(),
                    member.phone.as_deref().into(),
                    member.email.as_deref().into(),
                    units.join(", ").into(),
                    days[c].to_string().into(),
                ],
            );
            crew.push(Person {
                id: &member.id.value,
                name: &member.name,
                role: &member.role,
                phone: member.phone.as_deref(),
                email: member.email.as_deref(),
                units,
                days: days[c],
            });
        }
        if !crew.is_empty() {
            departments.push(Department { department, crew });
        }
    }
    table.note("Days: the day entries (shoot, rehearsal, travel) each person works, counting add_crew and off_crew.");
    if departments.is_empty() {
        table.note("No crew member works on the days asked for.");
    }
    let document = Document {
        version: 1,
        report: "crew",
        scope: filter.scope(),
        departments,
    };
    Report::new(table, &document)
}

/// For each crew member, how many of the filtered day entries they work.
fn days_worked(ctx: &Analysis, filter: &Filter) -> Vec<usize> {
    let production = ctx.production;
    let mut by_unit: HashMap<&str, Vec<usize>> = HashMap::new();
    for (c, member) in production.crew.iter().enumerate() {
        for unit in &member.units {
            by_unit.entry(unit.value.as_str()).or_default().push(c);
        }
    }
    let mut days = vec![0usize; production.crew.len()];
    // The last plan each person was counted on, so nobody counts twice.
    let mut counted = vec![usize::MAX; production.crew.len()];
    for (p, plan) in ctx.timeline.plans.iter().enumerate() {
        if !filter.plan(plan) {
            continue;
        }
        let day = &production.days[plan.day];
        let mut count = |c: usize| {
            if counted[c] != p {
                counted[c] = p;
                days[c] += 1;
            }
        };
        for id in &day.add_crew {
            if let Some(c) = production.index.crew(&id.value) {
                count(c);
            }
        }
        if plan.kind == DayKind::Travel {
            continue;
        }
        for &c in by_unit
            .get(plan.unit.as_str())
            .map_or(&[][..], Vec::as_slice)
        {
            let id = &production.crew[c].id.value;
            if !day.off_crew.iter().any(|o| &o.value == id) {
                count(c);
            }
        }
    }
    days
}
