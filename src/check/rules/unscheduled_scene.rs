use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};
use crate::model::{DayKind, Kind};

/// The schedule has shoot days, and a scene that is not omitted is on none.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    if ctx.production.is_broken(Kind::Schedule)
        || !ctx.timeline.plans.iter().any(|p| p.kind == DayKind::Shoot)
    {
        return;
    }
    let index = &ctx.production.index;
    for (s, scene) in ctx.production.scenes.iter().enumerate() {
        if scene.omitted
            || !ctx.timeline.scene_days[s].is_empty()
            || index.scenes.get(&scene.number.value) != Some(&s)
        {
            continue;
        }
        out.push(
            Diagnostic::new(
                Rule::UnscheduledScene,
                scene.span,
                format!(
                    "scene {} ({}) is not on any shoot day",
                    scene.number.value, scene.set
                ),
            )
            .label("not scheduled")
            .help("add it to a day's `scenes`, or mark it `omitted = true` if it was cut")
            .subject("scene", scene.number.value.clone()),
        );
    }
}
