//! What `schedule` (the shooting schedule) and `oneliner` share: the day
//! entries in (date, unit) order, each shoot day's scenes as stripboard
//! strips, and a break after each day with its page total.

use crate::analysis::Analysis;
use crate::model::{DayKind, DayPlan, Pages};
use crate::reports::{Cell, Column, Filter, Report, RowKind, Scope, Strip, Table, text};
use crate::text::clock;
use serde::Serialize;

/// Which of the two reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Detail {
    /// One line per scene, with its synopsis.
    OneLiner,
    /// Day headers with calls and locations; each scene's location,
    /// background and elements.
    Schedule,
}

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    report: &'static str,
    #[serde(flatten)]
    scope: Scope<'a>,
    days: Vec<DayJson<'a>>,
    totals: Totals,
}

#[derive(Serialize)]
struct DayJson<'a> {
    date: String,
    unit: &'a str,
    kind: &'static str,
    /// "Day N" of the unit's shoot days.
    day: Option<usize>,
    of: Option<usize>,
    crew_call: Option<String>,
    wrap: Option<String>,
    night: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    locations: Option<Vec<&'a str>>,
    cast: Vec<&'a str>,
    pages: String,
    eighths: u64,
    scenes: Vec<SceneJson<'a>>,
}

#[derive(Serialize)]
struct SceneJson<'a> {
    number: &'a str,
    /// `[k, n]`: part k of a scene shot over n days.
    #[serde(skip_serializing_if = "Option::is_none")]
    part: Option<[usize; 2]>,
    int_ext: &'static str,
    time: &'static str,
    set: &'a str,
    /// The pages this day counts (a split scene's share).
    pages: String,
    eighths: u64,
    cast: Vec<&'a str>,
    strip: &'static str,
    synopsis: Option<&'a str>,
    /// The outer `None` leaves the key out (one-liner); the inner one is
    /// `null` (schedule, no value).
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<Option<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    background: Option<Option<u64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    elements: Option<Elements<'a>>,
}

/// A scene's elements as a JSON object, categories in format order.
struct Elements<'a>(&'a [(&'static str, Vec<String>)]);

impl Serialize for Elements<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (category, items) in self.0 {
            map.serialize_entry(category, items)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct Totals {
    shoot_days: usize,
    scenes: usize,
    pages: String,
    eighths: u64,
}

pub(super) fn build(ctx: &Analysis, filter: &Filter, detail: Detail) -> Report {
    let production = ctx.production;
    let timeline = &ctx.timeline;
    let plans: Vec<usize> = (0..timeline.plans.len())
        .filter(|&p| filter.plan(&timeline.plans[p]))
        .collect();
    let show_unit = {
        let mut units = plans.iter().map(|&p| timeline.plans[p].unit.as_str());
        let first = units.next();
        units.any(|u| Some(u) != first)
    };
    let name = match detail {
        Detail::OneLiner => "One-liner",
        Detail::Schedule => "Shooting schedule",
    };
    let mut columns = vec![
        Column::new("day", "Day").right(),
        Column::new("date", "Date").nowrap(),
    ];
    if show_unit {
        columns.push(Column::new("unit", "Unit").nowrap());
    }
    columns.extend([
        Column::new("scene", "Sc").nowrap(),
        Column::new("int_ext", "I/E").nowrap(),
        Column::new("set", "Set"),
        Column::new("time", "D/N").nowrap(),
        Column::new("pages", "Pages").right(),
        Column::new("cast", "Cast"),
    ]);
    match detail {
        Detail::OneLiner => columns.push(Column::new("synopsis", "Synopsis")),
        Detail::Schedule => columns.extend([
            Column::new("background", "Bg").right(),
            Column::new("location", "Location"),
            Column::new("elements", "Elements"),
        ]),
    }
    let mut table = Table::new(text::title(production, name, filter), columns);
    let row = |day: Cell, plan: &DayPlan, rest: Vec<Cell>| {
        let mut cells = vec![day, plan.date.to_string().into()];
        if show_unit {
            cells.push((&plan.unit).into());
        }
        cells.extend(rest);
        cells
    };
    let extra = match detail {
        Detail::OneLiner => 1,
        Detail::Schedule => 3,
    };

    let mut days = Vec::with_capacity(plans.len());
    let (mut shoot_days, mut total_pages) = (0, 0u64);
    // Each scene once, however many days it is split over.
    let mut seen = vec![false; production.scenes.len()];
    let mut scene_count = 0;
    // Shoot days per unit, in order of first appearance.
    let mut per_unit: Vec<(&str, usize)> = Vec::new();
    // "of M" per unit: M counts all of the unit's shoot days, filtered or not.
    let mut shoot_days_of: std::collections::HashMap<&str, usize> = Default::default();
    for &p in &plans {
        let plan = &timeline.plans[p];
        let of = plan.shoot_number.map(|_| {
            *shoot_days_of
                .entry(plan.unit.as_str())
                .or_insert_with(|| timeline.shoot_days_of(&plan.unit))
        });
        let day_label: Cell = plan.shoot_number.map(|n| n.to_string()).into();
        let location_names: Vec<&str> = plan
            .locations
            .iter()
            .map(|&l| production.locations[l].name.as_str())
            .collect();
        if detail == Detail::Schedule || plan.kind != DayKind::Shoot {
            let heading = day_heading(plan, of);
            let mut rest = vec![
                Cell::empty(),
                Cell::empty(),
                heading.into(),
                Cell::empty(),
                Cell::empty(),
                if plan.kind == DayKind::Shoot {
                    Cell::empty()
                } else {
                    text::cast_list(production, &plan.cast).into()
                },
            ];
            if detail == Detail::Schedule {
                rest.extend([
                    Cell::empty(),
                    location_names.join("; ").into(),
                    Cell::empty(),
                ]);
            } else {
                rest.push(Cell::empty());
            }
            table.push(RowKind::Break, row(day_label.clone(), plan, rest));
        }
        let mut day_pages = 0u64;
        let mut scenes = Vec::with_capacity(plan.scenes.len());
        for &s in &plan.scenes {
            let scene = &production.scenes[s];
            let share = ctx.pages_share(s);
            day_pages += share.eighths();
            let on = &timeline.scene_days[s];
            let part = (on.len() > 1)
                .then(|| on.iter().position(|&q| q == p).map(|k| [k + 1, on.len()]))
                .flatten();
            let number = match part {
                Some([k, n]) => format!("{} ({k}/{n})", scene.number.value),
                None => scene.number.value.clone(),
            };
            let cast: Vec<usize> = scene
                .cast
                .iter()
                .filter_map(|id| production.index.cast(&id.value))
                .collect();
            let location = scene
                .location
                .as_ref()
                .and_then(|l| production.index.locations.get(&l.value))
                .map(|&l| &production.locations[l]);
            let mut rest = vec![
                number.into(),
                scene.int_ext.name().into(),
                (&scene.set).into(),
                scene.time.name().into(),
                share.to_string().into(),
                text::cast_list(production, &cast).into(),
            ];
            match detail {
                Detail::OneLiner => rest.push(scene.synopsis.as_deref().into()),
                Detail::Schedule => rest.extend([
                    scene.background.map(|b| b.to_string()).into(),
                    location.map(|l| l.name.as_str()).into(),
                    elements_text(&scene.elements).into(),
                ]),
            }
            let strip = Strip::of(scene);
            table.push(RowKind::Strip(strip), row(day_label.clone(), plan, rest));
            scenes.push(SceneJson {
                number: &scene.number.value,
                part,
                int_ext: scene.int_ext.name(),
                time: scene.time.name(),
                set: &scene.set,
                pages: share.to_string(),
                eighths: share.eighths(),
                cast: text::cast_ids(production, &cast),
                strip: strip.colour(),
                synopsis: scene.synopsis.as_deref(),
                location: (detail == Detail::Schedule)
                    .then(|| location.map(|l| l.id.value.as_str())),
                background: (detail == Detail::Schedule).then_some(scene.background),
                elements: (detail == Detail::Schedule).then_some(Elements(&scene.elements)),
            });
        }
        if plan.kind == DayKind::Shoot {
            shoot_days += 1;
            for &s in &plan.scenes {
                if !std::mem::replace(&mut seen[s], true) {
                    scene_count += 1;
                }
            }
            match per_unit.iter_mut().find(|(u, _)| *u == plan.unit) {
                Some((_, n)) => *n += 1,
                None => per_unit.push((&plan.unit, 1)),
            }
            total_pages += day_pages;
            let label = match (plan.shoot_number, of) {
                (Some(n), Some(m)) => {
                    format!("END OF DAY {n} of {m} — {}", text::long_date(plan.date))
                }
                _ => format!("END OF DAY — {}", text::long_date(plan.date)),
            };
            let mut rest = vec![
                Cell::empty(),
                Cell::empty(),
                label.into(),
                Cell::empty(),
                Pages(day_pages).to_string().into(),
                Cell::empty(),
            ];
            rest.extend(std::iter::repeat_n(Cell::empty(), extra));
            table.push(RowKind::Break, row(day_label, plan, rest));
        }
        days.push(DayJson {
            date: plan.date.to_string(),
            unit: &plan.unit,
            kind: plan.kind.name(),
            day: plan.shoot_number,
            of,
            crew_call: plan.crew_call.map(|t| t.format("%H:%M").to_string()),
            wrap: plan.wrap.map(|t| clock(t, plan.date)),
            night: plan.is_night(),
            locations: (detail == Detail::Schedule).then(|| {
                plan.locations
                    .iter()
                    .map(|&l| production.locations[l].id.value.as_str())
                    .collect()
            }),
            cast: text::cast_ids(production, &plan.cast),
            pages: Pages(day_pages).to_string(),
            eighths: day_pages,
            scenes,
        });
    }
    let by_unit = if per_unit.len() > 1 {
        let units: Vec<String> = per_unit.iter().map(|(u, n)| format!("{u} {n}")).collect();
        format!(" ({})", units.join(", "))
    } else {
        String::new()
    };
    let total_label = format!(
        "TOTAL: {shoot_days} shoot day{}{by_unit}, {scene_count} scene{}",
        plural(shoot_days),
        plural(scene_count)
    );
    let mut cells = vec![Cell::empty(), Cell::empty()];
    if show_unit {
        cells.push(Cell::empty());
    }
    cells.extend([
        Cell::empty(),
        Cell::empty(),
        total_label.into(),
        Cell::empty(),
        Pages(total_pages).to_string().into(),
        Cell::empty(),
    ]);
    cells.extend(std::iter::repeat_n(Cell::empty(), extra));
    table.push(RowKind::Total, cells);
    table.note(
        "Pages in eighths. A scene shot over several days shows its part, e.g. 60 (1/2), and counts its share of the pages on each.",
    );
    if plans.is_empty() {
        table.note(if filter.is_set() {
            "No day entry matches the unit and dates asked for."
        } else {
            "The schedule has no day entries yet."
        });
    }

    let document = Document {
        version: 1,
        report: match detail {
            Detail::OneLiner => "oneliner",
            Detail::Schedule => "schedule",
        },
        scope: filter.scope(),
        days,
        totals: Totals {
            shoot_days,
            scenes: scene_count,
            pages: Pages(total_pages).to_string(),
            eighths: total_pages,
        },
    };
    Report::new(table, &document)
}

/// `Mon 1 Mar 2027 · call 07:00 · wrap 18:00`, or the kind of a
/// rehearsal or travel day.
fn day_heading(plan: &DayPlan, of: Option<usize>) -> String {
    let mut parts = Vec::new();
    match (plan.kind, plan.shoot_number, of) {
        (DayKind::Shoot, Some(n), Some(m)) => parts.push(format!("DAY {n} of {m}")),
        (DayKind::Shoot, _, _) => parts.push("SHOOT DAY".into()),
        (DayKind::Rehearsal, _, _) => parts.push("REHEARSAL DAY".into()),
        (DayKind::Travel, _, _) => parts.push("TRAVEL DAY".into()),
    }
    parts.push(text::long_date(plan.date));
    if plan.is_night() {
        parts.push("night".into());
    }
    if let Some(call) = plan.crew_call {
        parts.push(format!("call {}", clock(call, plan.date)));
    }
    if let Some(wrap) = plan.wrap {
        parts.push(format!("wrap {}", clock(wrap, plan.date)));
    }
    parts.join(" · ")
}

/// `props: lantern, logbook; wardrobe: oilskin`.
fn elements_text(elements: &[(&'static str, Vec<String>)]) -> String {
    elements
        .iter()
        .filter(|(_, items)| !items.is_empty())
        .map(|(category, items)| format!("{category}: {}", items.join(", ")))
        .collect::<Vec<_>>()
        .join("; ")
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
