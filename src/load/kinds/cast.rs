use crate::load::LoadCtx;
use crate::load::reader::TableReader;
use crate::model::{CastMember, Production};
use crate::source::Span;
use toml::de::DeTable;

pub fn read(table: &DeTable, span: Span, ctx: &mut LoadCtx, production: &mut Production) {
    let mut r = TableReader::new(table, span, "cast", "cast member");
    let id = r.required_id("id", "\"elena\"", ctx);
    let number = r
        .whole("number", 1, ctx)
        .and_then(|n| match u32::try_from(n.value) {
            Ok(v) => Some(crate::model::Sp::new(v, n.span)),
            Err(_) => {
                ctx.push(
                    crate::diagnostics::Diagnostic::new(
                        crate::diagnostics::Rule::InvalidValue,
                        n.span,
                        format!("board number {} is too large", n.value),
                    )
                    .label("invalid value")
                    .help("cast are numbered 1, 2, 3, ... by importance")
                    .subject("field", "cast.number"),
                );
                None
            }
        });
    let name = r.required_string("name", "\"Elena Marques\"", ctx);
    let character = r.required_string("character", "\"ELENA\"", ctx);
    let phone = r.string("phone", ctx);
    let email = r.string("email", ctx);
    let agent = r.string("agent", ctx);
    let rate = r.money("rate", ctx).map(|m| m.value);
    let minor = r.boolean("minor", ctx).unwrap_or(false);
    let max_hours = r.number("max_hours", ctx);
    let unavailable = r
        .ranges("unavailable", ctx)
        .map(|l| l.value)
        .unwrap_or_default();
    r.finish(ctx);
    let Some(id) = id else { return };
    production.cast.push(CastMember {
        id,
        number,
        name: name.unwrap_or_default(),
        character: character.unwrap_or_default(),
        phone,
        email,
        agent,
        rate,
        minor,
        max_hours,
        unavailable,
        span,
    });
}
