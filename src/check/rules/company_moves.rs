use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};
use crate::model::DayKind;

/// A shoot day's scenes use more locations than `max_locations_per_day`.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let limit = ctx.production.settings.rules.max_locations_per_day;
    for plan in ctx
        .timeline
        .plans
        .iter()
        .filter(|p| p.kind == DayKind::Shoot)
    {
        if plan.locations.len() as u64 <= limit {
            continue;
        }
        let names: Vec<&str> = plan
            .locations
            .iter()
            .map(|&l| ctx.production.locations[l].name.as_str())
            .collect();
        out.push(
            Diagnostic::new(
                Rule::CompanyMoves,
                ctx.day_of(plan).span,
                format!(
                    "{} moves the company between {} locations ({}); at most {limit} a day is the rule",
                    ctx.day_name(plan),
                    names.len(),
                    names.join("; ")
                ),
            )
            .label(format!("{} locations", names.len()))
            .help("group the scenes of one location on the same day")
            .subject("date", plan.date.to_string())
            .subject("unit", plan.unit.clone()),
        );
    }
}
