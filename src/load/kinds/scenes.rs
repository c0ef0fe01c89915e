use crate::load::LoadCtx;
use crate::load::fields::scene_number;
use crate::load::reader::TableReader;
use crate::load::values;
use crate::model::{ELEMENT_CATEGORIES, IntExt, Production, Scene, Sp, TimeOfDay};
use crate::source::Span;
use toml::de::DeTable;

pub fn read(table: &DeTable, span: Span, ctx: &mut LoadCtx, production: &mut Production) {
    let mut r = TableReader::new(table, span, "scene", "scene");
    let number = r.require("number", "\"12\"", ctx).and_then(|v| {
        let span = ctx.span(v.span());
        scene_number(ctx, v, "scene.number").map(|n| Sp::new(n, span))
    });
    let int_ext = r.required_choice("int_ext", IntExt::NAMES, IntExt::parse, ctx);
    let time = r.required_choice("time", TimeOfDay::NAMES, TimeOfDay::parse, ctx);
    let set = r.required_string("set", "\"LIGHTHOUSE - LAMP ROOM\"", ctx);
    let location = r.reference("location", ctx);
    let pages = r
        .require("pages", "\"1 3/8\"", ctx)
        .and_then(|v| values::pages(ctx, v, "scene.pages"));
    let synopsis = r.string("synopsis", ctx);
    let cast = r.references("cast", ctx);
    let background = r.whole("background", 0, ctx).map(|n| n.value);
    let episode = r.string("episode", ctx);
    let script_day = r.string("script_day", ctx);
    let omitted = r.boolean("omitted", ctx).unwrap_or(false);
    let elements = r
        .get("elements")
        .map(|v| read_elements(v, ctx))
        .unwrap_or_default();
    r.finish(ctx);
    let Some(number) = number else { return };
    production.scenes.push(Scene {
        number,
        int_ext: int_ext.unwrap_or(IntExt::Int),
        time: time.unwrap_or(TimeOfDay::Day),
        set: set.unwrap_or_default(),
        location,
        pages: pages.unwrap_or_default(),
        synopsis,
        cast,
        background,
        episode,
        script_day,
        omitted,
        elements,
        span,
    });
}

fn read_elements(
    value: &crate::load::reader::Value,
    ctx: &mut LoadCtx,
) -> Vec<(&'static str, Vec<String>)> {
    let Some(table) = values::table(ctx, value, "scene.elements", "{ props = [\"lantern\"] }")
    else {
        return Vec::new();
    };
    let mut r = TableReader::new(
        table,
        ctx.span(value.span()),
        "scene.elements",
        "scene's elements table",
    );
    let mut elements = Vec::new();
    for category in ELEMENT_CATEGORIES {
        let items = r.strings(category, ctx);
        if !items.is_empty() {
            elements.push((*category, items));
        }
    }
    r.finish(ctx);
    elements
}
