//! `report locations`: every location with address, parking, contact,
//! hospital and permit, and the shoot days that use it (a night shoot is
//! listed under the date it starts). With `--unit`, `--from` or `--to`,
//! only the locations used on those days.

use crate::analysis::Analysis;
use crate::model::{DayKind, Location};
use crate::reports::{Column, Filter, Report, RowKind, Scope, Table, text};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    report: &'static str,
    #[serde(flatten)]
    scope: Scope<'a>,
    locations: Vec<LocationJson<'a>>,
}

#[derive(Serialize)]
struct LocationJson<'a> {
    id: &'a str,
    name: &'a str,
    address: Option<&'a str>,
    parking: Option<&'a str>,
    notes: Option<&'a str>,
    lat: Option<f64>,
    lon: Option<f64>,
    contact: Option<ContactJson<'a>>,
    hospital: Option<HospitalJson<'a>>,
    permit: Option<PermitJson<'a>>,
    days: Vec<DayRef<'a>>,
    dates: Vec<String>,
}

#[derive(Serialize)]
struct ContactJson<'a> {
    name: Option<&'a str>,
    phone: Option<&'a str>,
    email: Option<&'a str>,
}

#[derive(Serialize)]
struct HospitalJson<'a> {
    name: &'a str,
    address: Option<&'a str>,
    phone: Option<&'a str>,
}

#[derive(Serialize)]
struct PermitJson<'a> {
    number: Option<&'a str>,
    from: Option<String>,
    to: Option<String>,
}

/// A shoot day, as JSON: its date, unit and number.
#[derive(Serialize)]
pub(super) struct DayRef<'a> {
    pub date: String,
    pub unit: &'a str,
    pub day: Option<usize>,
}

impl<'a> DayRef<'a> {
    pub fn of(plan: &'a crate::model::timeline::DayPlan) -> DayRef<'a> {
        DayRef {
            date: plan.date.to_string(),
            unit: &plan.unit,
            day: plan.shoot_number,
        }
    }
}

pub fn build(ctx: &Analysis, filter: &Filter) -> Report {
    let production = ctx.production;
    let mut used: Vec<Vec<usize>> = vec![Vec::new(); production.locations.len()];
    for (p, plan) in ctx.timeline.plans.iter().enumerate() {
        if plan.kind != DayKind::Shoot || !filter.plan(plan) {
            continue;
        }
        for &l in &plan.locations {
            used[l].push(p);
        }
    }
    let mut table = Table::new(
        text::title(production, "Locations", filter),
        vec![
            Column::new("id", "ID"),
            Column::new("name", "Name"),
            Column::new("address", "Address"),
            Column::new("parking", "Parking"),
            Column::new("contact", "Contact"),
            Column::new("hospital", "Nearest hospital"),
            Column::new("permit", "Permit"),
            Column::new("days", "Days").right(),
            Column::new("dates", "Dates used"),
        ],
    );
    let mut locations = Vec::new();
    for (l, location) in production.locations.iter().enumerate() {
        if filter.is_set() && used[l].is_empty() {
            continue;
        }
        let plans: Vec<_> = used[l].iter().map(|&p| &ctx.timeline.plans[p]).collect();
        let mut dates: Vec<NaiveDate> = plans.iter().map(|p| p.date).collect();
        dates.dedup();
        table.push(
            RowKind::Item,
            vec![
                (&location.id.value).into(),
                (&location.name).into(),
                location.address.as_deref().into(),
                location.parking.as_deref().into(),
                contact_text(location).into(),
                hospital_text(location).into(),
                permit_text(location).into(),
                plans.len().to_string().into(),
                text::date_runs(&dates).into(),
            ],
        );
        locations.push(LocationJson {
            id: &location.id.value,
            name: &location.name,
            address: location.address.as_deref(),
            parking: location.parking.as_deref(),
            notes: location.notes.as_deref(),
            lat: location.coordinates.map(|c| c.0),
            lon: location.coordinates.map(|c| c.1),
            contact: location.contact.as_ref().map(|c| ContactJson {
                name: c.name.as_deref(),
                phone: c.phone.as_deref(),
                email: c.email.as_deref(),
            }),
            hospital: location.hospital.as_ref().map(|h| HospitalJson {
                name: &h.name,
                address: h.address.as_deref(),
                phone: h.phone.as_deref(),
            }),
            permit: location.permit.as_ref().map(|p| PermitJson {
                number: p.number.as_deref(),
                from: p.from.map(|d| d.to_string()),
                to: p.to.map(|d| d.to_string()),
            }),
            days: plans.iter().map(|p| DayRef::of(p)).collect(),
            dates: dates.iter().map(|d| d.to_string()).collect(),
        });
    }
    table.note("Days and dates used: the shoot days with a scene at the location (a night shoot under the date it starts).");
    if locations.is_empty() {
        table.note("No location is used on the days asked for.");
    }
    let document = Document {
        version: 1,
        report: "locations",
        scope: filter.scope(),
        locations,
    };
    Report::new(table, &document)
}

fn join_present(parts: &[Option<&str>]) -> String {
    parts
        .iter()
        .flatten()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ")
}

fn contact_text(location: &Location) -> String {
    location.contact.as_ref().map_or_else(String::new, |c| {
        join_present(&[c.name.as_deref(), c.phone.as_deref(), c.email.as_deref()])
    })
}

fn hospital_text(location: &Location) -> String {
    location.hospital.as_ref().map_or_else(String::new, |h| {
        join_present(&[
            Some(h.name.as_str()),
            h.address.as_deref(),
            h.phone.as_deref(),
        ])
    })
}

/// `ICNF/0142, 2027-03-01 to 2027-03-26`; an open end shows as `…`.
fn permit_text(location: &Location) -> String {
    let Some(permit) = &location.permit else {
        return String::new();
    };
    let range = match (permit.from, permit.to) {
        (None, None) => None,
        (from, to) => Some(format!(
            "{} to {}",
            from.map_or_else(|| "…".to_string(), |d| d.to_string()),
            to.map_or_else(|| "…".to_string(), |d| d.to_string())
        )),
    };
    join_present(&[permit.number.as_deref(), range.as_deref()])
}
