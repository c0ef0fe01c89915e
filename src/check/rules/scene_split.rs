use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};

/// A scene is on several days that are not consecutive shoot days of one
/// unit.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for (s, plans) in ctx.timeline.scene_days.iter().enumerate() {
        if plans.len() < 2 {
            continue;
        }
        let first = &ctx.timeline.plans[plans[0]];
        let one_unit = plans
            .iter()
            .all(|&p| ctx.timeline.plans[p].unit == first.unit);
        let consecutive = one_unit
            && plans.windows(2).all(|w| {
                let (a, b) = (&ctx.timeline.plans[w[0]], &ctx.timeline.plans[w[1]]);
                matches!((a.shoot_number, b.shoot_number), (Some(x), Some(y)) if y == x + 1)
            });
        if consecutive {
            continue;
        }
        let scene = &ctx.production.scenes[s];
        let days: Vec<String> = plans
            .iter()
            .map(|&p| ctx.day_name(&ctx.timeline.plans[p]))
            .collect();
        let mut diagnostic = Diagnostic::new(
            Rule::SceneSplit,
            scene.span,
            format!(
                "scene {} is split over days that do not follow each other: {}",
                scene.number.value,
                days.join("; ")
            ),
        )
        .label("split scene")
        .help("shoot a split scene on consecutive days of one unit");
        for &p in plans {
            let plan = &ctx.timeline.plans[p];
            diagnostic =
                diagnostic.related(ctx.day_of(plan).span, format!("on {}", ctx.day_name(plan)));
        }
        out.push(diagnostic.subject("scene", scene.number.value.clone()));
    }
}
