use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};
use crate::model::{DayKind, Pages};

/// A shoot day's pages exceed `max_pages_per_day`; a scene spread over k
/// days counts pages/k (rounded up to eighths) on each.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let limit = ctx.production.settings.rules.max_pages_per_day;
    for plan in ctx
        .timeline
        .plans
        .iter()
        .filter(|p| p.kind == DayKind::Shoot)
    {
        let pages = Pages(
            plan.scenes
                .iter()
                .map(|&s| ctx.pages_share(s).eighths())
                .fold(0u64, u64::saturating_add),
        );
        if pages <= limit {
            continue;
        }
        let day = ctx.day_of(plan);
        let scenes_span = day.scenes.as_ref().map_or(day.span, |s| s.span);
        out.push(
            Diagnostic::new(
                Rule::OverfullDay,
                day.span,
                format!(
                    "{} has {pages} pages of scenes, more than the {limit} a day allowed",
                    ctx.day_name(plan)
                ),
            )
            .label(format!("{pages} pages"))
            .related(scenes_span, "these scenes")
            .help("move a scene to a lighter day, or raise `rules.max_pages_per_day`")
            .subject("date", plan.date.to_string())
            .subject("unit", plan.unit.clone()),
        );
    }
}
