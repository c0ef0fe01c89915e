use super::{CrewEntry, DayContext, departments};
use crate::model::Timeline;
use chrono::NaiveDateTime;
use serde::Serialize;

/// A department on the day with its call and its people.
#[derive(Debug, Clone, Serialize)]
pub struct CrewDepartment {
    /// As written in `crew.toml` (departments match exactly).
    pub department: String,
    /// `department_calls[department]`, else the crew call.
    #[serde(serialize_with = "super::serde_time::opt_datetime")]
    pub call: Option<NaiveDateTime>,
    /// Whether the call is the department's own (not the crew call).
    pub own_call: bool,
    /// In the order of `crew.toml`. Empty for a department that has a
    /// call but nobody in the crew list (an outside caterer, say).
    pub people: Vec<CrewEntry>,
}

impl CrewDepartment {
    /// Crew working the day, by department in call-sheet order.
    pub(crate) fn of_day(ctx: &DayContext) -> Vec<CrewDepartment> {
        let production = ctx.production;
        let mut departments: Vec<CrewDepartment> = Vec::new();
        let slot = |name: &str, departments: &mut Vec<CrewDepartment>| -> usize {
            if let Some(i) = departments.iter().position(|d| d.department == name) {
                return i;
            }
            let call = Timeline::crew_window(ctx.day, ctx.plan, name)
                .map(|w| w.call)
                .or(ctx.plan.crew_call);
            let own_call = ctx
                .day
                .department_calls
                .iter()
                .any(|(d, _)| d.value == name);
            departments.push(CrewDepartment {
                department: name.to_string(),
                call,
                own_call,
                people: Vec::new(),
            });
            departments.len() - 1
        };
        for (i, member) in production.crew.iter().enumerate() {
            let id = member.id.value.as_str();
            // A later entry with an id already taken is not the person.
            if production.index.crew(id) != Some(i)
                || !Timeline::crew_works(ctx.day, id, &member.units)
            {
                continue;
            }
            let d = slot(&member.department, &mut departments);
            let call = departments[d].call;
            departments[d].people.push(CrewEntry {
                id: id.to_string(),
                name: member.name.clone(),
                role: member.role.clone(),
                call,
                added: ctx.day.add_crew.iter().any(|a| a.value == id),
            });
        }
        for (name, _) in &ctx.day.department_calls {
            slot(&name.value, &mut departments);
        }
        departments.sort_by_cached_key(|d| departments::sort_key(&d.department));
        departments
    }
}
