use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};
use crate::model::DayKind;

/// A location used on a shoot day has no nearest hospital.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let mut used = vec![false; ctx.production.locations.len()];
    for plan in ctx
        .timeline
        .plans
        .iter()
        .filter(|p| p.kind == DayKind::Shoot)
    {
        for &l in &plan.locations {
            used[l] = true;
        }
    }
    for (l, location) in ctx.production.locations.iter().enumerate() {
        if !used[l] || location.hospital.is_some() {
            continue;
        }
        out.push(
            Diagnostic::new(
                Rule::MissingHospital,
                location.span,
                format!("{} is used for shooting but has no nearest hospital", location.name),
            )
            .label("no `hospital`")
            .help("add `hospital = { name = \"…\", address = \"…\", phone = \"…\" }`; it is printed on the call sheet")
            .subject("location", location.id.value.clone()),
        );
    }
}
