use crate::diagnostics::{Diagnostic, Rule};
use crate::load::LoadCtx;
use crate::load::reader::{TableReader, Value};
use crate::load::values;
use crate::model::{CastCall, Day, DayKind, Production, Sp};
use crate::source::Span;
use toml::de::{DeTable, DeValue};

pub fn read(table: &DeTable, span: Span, ctx: &mut LoadCtx, production: &mut Production) {
    let mut r = TableReader::new(table, span, "day", "schedule day");
    let date = r.required_date("date", ctx);
    let unit = r.reference("unit", ctx);
    let kind = r
        .choice("kind", DayKind::NAMES, DayKind::parse, ctx)
        .unwrap_or(DayKind::Shoot);
    let times_required = kind != DayKind::Travel;
    let crew_call = if times_required {
        r.require("crew_call", "07:00", ctx)
            .and_then(|v| timed(ctx, v, "day.crew_call"))
    } else {
        r.time("crew_call", ctx)
    };
    let shooting_call = r.time("shooting_call", ctx);
    let wrap = if times_required {
        r.require("wrap", "18:00", ctx)
            .and_then(|v| timed(ctx, v, "day.wrap"))
    } else {
        r.time("wrap", ctx)
    };
    let scenes = r.scene_numbers("scenes", ctx);
    if let (Some(scenes), false) = (&scenes, kind == DayKind::Shoot) {
        ctx.push(
            Diagnostic::new(
                Rule::InvalidValue,
                scenes.span,
                format!("a {} day has no scenes; only shoot days do", kind.name()),
            )
            .label("scenes on a non-shoot day")
            .help("remove `scenes`, or make this a shoot day (`kind = \"shoot\"`)")
            .subject("field", "day.scenes"),
        );
    }
    let scenes = scenes.filter(|_| kind == DayKind::Shoot);
    let cast = r.references("cast", ctx);
    let cast_calls = r
        .get("cast_calls")
        .map(|v| read_cast_calls(v, ctx))
        .unwrap_or_default();
    let department_calls = r
        .get("department_calls")
        .map(|v| read_department_calls(v, ctx))
        .unwrap_or_default();
    let add_crew = r.references("add_crew", ctx);
    let off_crew = r.references("off_crew", ctx);
    let weather = r.string("weather", ctx);
    let notes = r.string("notes", ctx);
    let locked = r.boolean("locked", ctx).unwrap_or(false);
    r.finish(ctx);
    let Some(date) = date else { return };
    production.days.push(Day {
        date,
        unit: unit.unwrap_or_else(|| Sp::new("main".into(), span)),
        kind,
        crew_call,
        shooting_call,
        wrap,
        scenes,
        cast,
        cast_calls,
        department_calls,
        add_crew,
        off_crew,
        weather,
        notes,
        locked,
        span,
    });
}

fn timed(ctx: &mut LoadCtx, value: &Value, field: &str) -> Option<Sp<chrono::NaiveTime>> {
    let span = ctx.span(value.span());
    values::time(ctx, value, field).map(|t| Sp::new(t, span))
}

fn read_cast_calls(value: &Value, ctx: &mut LoadCtx) -> Vec<CastCall> {
    let Some(table) = values::table(ctx, value, "day.cast_calls", "{ elena = 06:30 }") else {
        return Vec::new();
    };
    let mut calls = Vec::new();
    for (key, call) in table.iter() {
        let id = Sp::new(key.get_ref().to_string(), ctx.span(key.span()));
        match call.get_ref() {
            DeValue::Table(times) => {
                let mut r =
                    TableReader::new(times, ctx.span(call.span()), "day.cast_calls", "cast call");
                let pickup = r.time("pickup", ctx).map(|t| t.value);
                let makeup = r.time("makeup", ctx).map(|t| t.value);
                let set = r.time("set", ctx).map(|t| t.value);
                r.finish(ctx);
                calls.push(CastCall {
                    id,
                    pickup,
                    makeup,
                    set,
                });
            }
            _ => {
                if let Some(time) = values::time(ctx, call, "day.cast_calls") {
                    calls.push(CastCall {
                        id,
                        pickup: None,
                        makeup: None,
                        set: Some(time),
                    });
                }
            }
        }
    }
    calls
}

fn read_department_calls(value: &Value, ctx: &mut LoadCtx) -> Vec<(Sp<String>, chrono::NaiveTime)> {
    let Some(table) = values::table(ctx, value, "day.department_calls", "{ camera = 06:30 }")
    else {
        return Vec::new();
    };
    table
        .iter()
        .filter_map(|(key, call)| {
            let time = values::time(ctx, call, "day.department_calls")?;
            Some((
                Sp::new(key.get_ref().to_string(), ctx.span(key.span())),
                time,
            ))
        })
        .collect()
}
