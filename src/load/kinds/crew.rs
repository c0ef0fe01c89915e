use crate::load::LoadCtx;
use crate::load::reader::TableReader;
use crate::model::{CrewMember, Production, Sp};
use crate::source::Span;
use toml::de::DeTable;

pub fn read(table: &DeTable, span: Span, ctx: &mut LoadCtx, production: &mut Production) {
    let mut r = TableReader::new(table, span, "crew", "crew member");
    let id = r.required_id("id", "\"ana\"", ctx);
    let name = r.required_string("name", "\"Ana Costa\"", ctx);
    let role = r.required_string("role", "\"Camera Operator\"", ctx);
    let department = r.required_string("department", "\"camera\"", ctx);
    let phone = r.string("phone", ctx);
    let email = r.string("email", ctx);
    let rate = r.money("rate", ctx).map(|m| m.value);
    let units = r.list("units", "[\"main\"]", ctx, |ctx, v, f| {
        let span = ctx.span(v.span());
        crate::load::values::string(ctx, v, f).map(|s| Sp::new(s, span))
    });
    let unavailable = r
        .ranges("unavailable", ctx)
        .map(|l| l.value)
        .unwrap_or_default();
    r.finish(ctx);
    let Some(id) = id else { return };
    let units = match units {
        Some(units) => units.value,
        None => vec![Sp::new("main".to_string(), span)],
    };
    production.crew.push(CrewMember {
        id,
        name: name.unwrap_or_default(),
        role: role.unwrap_or_default(),
        department: department.unwrap_or_default(),
        phone,
        email,
        rate,
        units,
        unavailable,
        span,
    });
}
