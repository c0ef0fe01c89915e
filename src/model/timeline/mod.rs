//! The schedule as real dates and times: which days count, when each
//! person is called and wraps, who works when.

mod day_plan;
mod window;

pub use day_plan::DayPlan;
pub use window::Window;

use super::{Day, DayKind, Production};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// Every day that counts, in (date, unit) order.
#[derive(Debug, Default)]
pub struct Timeline {
    pub plans: Vec<DayPlan>,
    /// Plan indices of each unit, in date order.
    pub by_unit: HashMap<String, Vec<usize>>,
    /// For each scene, the plans of the shoot days that list it.
    pub scene_days: Vec<Vec<usize>>,
    /// For each crew id in some `add_crew`, the plans that add them.
    pub added_crew: HashMap<String, Vec<usize>>,
}

impl Timeline {
    pub fn build(production: &Production) -> Timeline {
        let index = &production.index;
        let mut seen = HashSet::new();
        let mut order: Vec<usize> = (0..production.days.len())
            .filter(|&i| {
                let day = &production.days[i];
                seen.insert((day.date.value, day.unit.value.as_str()))
            })
            .collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&production.days[a], &production.days[b]);
            (a.date.value, &a.unit.value).cmp(&(b.date.value, &b.unit.value))
        });
        let mut timeline = Timeline {
            scene_days: vec![Vec::new(); production.scenes.len()],
            ..Timeline::default()
        };
        let mut shoot_counts: HashMap<&str, usize> = HashMap::new();
        for day_index in order {
            let day = &production.days[day_index];
            let mut scenes = Vec::new();
            let mut locations = Vec::new();
            let mut cast = Vec::new();
            let add_cast = |id: &str, cast: &mut Vec<usize>| {
                if let Some(c) = index.cast(id)
                    && !cast.contains(&c)
                {
                    cast.push(c);
                }
            };
            for number in day.scenes.iter().flat_map(|s| s.value.iter()) {
                let Some(&s) = index.scenes.get(&number.value) else {
                    continue;
                };
                let scene = &production.scenes[s];
                if scene.omitted || scenes.contains(&s) {
                    continue;
                }
                scenes.push(s);
                if let Some(l) = scene
                    .location
                    .as_ref()
                    .and_then(|l| index.locations.get(&l.value))
                    && !locations.contains(l)
                {
                    locations.push(*l);
                }
                for id in &scene.cast {
                    add_cast(&id.value, &mut cast);
                }
            }
            for id in &day.cast {
                add_cast(&id.value, &mut cast);
            }
            for call in &day.cast_calls {
                add_cast(&call.id.value, &mut cast);
            }
            let shoot_number = (day.kind == DayKind::Shoot).then(|| {
                let count = shoot_counts.entry(day.unit.value.as_str()).or_insert(0);
                *count += 1;
                *count
            });
            let plan_index = timeline.plans.len();
            for &s in &scenes {
                timeline.scene_days[s].push(plan_index);
            }
            timeline
                .by_unit
                .entry(day.unit.value.clone())
                .or_default()
                .push(plan_index);
            for id in &day.add_crew {
                timeline
                    .added_crew
                    .entry(id.value.clone())
                    .or_default()
                    .push(plan_index);
            }
            timeline.plans.push(DayPlan {
                day: day_index,
                date: day.date.value,
                unit: day.unit.value.clone(),
                kind: day.kind,
                crew_call: day
                    .crew_call
                    .as_ref()
                    .map(|c| day.date.value.and_time(c.value)),
                wrap: DayPlan::place_wrap(day),
                scenes,
                locations,
                cast,
                shoot_number,
            });
        }
        timeline
    }

    /// Shoot days of a unit, the total for "Day N of M".
    pub fn shoot_days_of(&self, unit: &str) -> usize {
        self.by_unit.get(unit).map_or(0, |plans| {
            plans
                .iter()
                .filter(|&&p| self.plans[p].shoot_number.is_some())
                .count()
        })
    }

    /// Plans of `unit` whose date lies in `from..=to`.
    pub fn unit_plans_between(&self, unit: &str, from: NaiveDate, to: NaiveDate) -> &[usize] {
        let Some(plans) = self.by_unit.get(unit) else {
            return &[];
        };
        let start = plans.partition_point(|&p| self.plans[p].date < from);
        let end = plans.partition_point(|&p| self.plans[p].date <= to);
        &plans[start..end.max(start)]
    }

    /// A cast member's window on a day: from the earliest of their pickup,
    /// makeup and set calls (or the crew call) to wrap.
    pub fn cast_window(day: &Day, plan: &DayPlan, cast_id: &str) -> Option<Window> {
        if plan.kind == DayKind::Travel {
            return None;
        }
        let wrap = plan.wrap?;
        let call = day
            .cast_calls
            .iter()
            .find(|c| c.id.value == cast_id)
            .and_then(|c| c.times().map(|t| DayPlan::place(day, t)).min())
            .or(plan.crew_call)?;
        Some(Window {
            call,
            wrap: wrap.max(call),
        })
    }

    /// A crew member's window: their department's call, else the crew call.
    pub fn crew_window(day: &Day, plan: &DayPlan, department: &str) -> Option<Window> {
        if plan.kind == DayKind::Travel {
            return None;
        }
        let wrap = plan.wrap?;
        let call = day
            .department_calls
            .iter()
            .find(|(d, _)| d.value == department)
            .map(|(_, t)| DayPlan::place(day, *t))
            .or(plan.crew_call)?;
        Some(Window {
            call,
            wrap: wrap.max(call),
        })
    }

    /// Whether a crew member with these units works the day (travel days:
    /// only `add_crew`).
    pub fn crew_works(day: &Day, id: &str, units: &[crate::model::Sp<String>]) -> bool {
        if day.add_crew.iter().any(|c| c.value == id) {
            return true;
        }
        day.kind != DayKind::Travel
            && units.iter().any(|u| u.value == day.unit.value)
            && !day.off_crew.iter().any(|c| c.value == id)
    }
}
