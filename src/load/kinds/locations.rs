use crate::diagnostics::{Diagnostic, Rule};
use crate::load::LoadCtx;
use crate::load::reader::TableReader;
use crate::load::values;
use crate::model::{Contact, Hospital, Location, Permit, Production};
use crate::source::Span;
use toml::de::{DeTable, DeValue};

pub fn read(table: &DeTable, span: Span, ctx: &mut LoadCtx, production: &mut Production) {
    let mut r = TableReader::new(table, span, "location", "location");
    let id = r.required_id("id", "\"old-mill\"", ctx);
    let name = r.required_string("name", "\"The Old Mill\"", ctx);
    let address = r.string("address", ctx);
    let parking = r.string("parking", ctx);
    let notes = r.string("notes", ctx);
    let lat = r.degrees("lat", 90.0, ctx);
    let lon = r.degrees("lon", 180.0, ctx);
    let coordinates = match (lat, lon) {
        (Some(lat), Some(lon)) => Some((lat, lon)),
        (Some(_), None) if !table.contains_key("lon") => {
            missing_pair(ctx, span, "lon", "lat");
            None
        }
        (None, Some(_)) if !table.contains_key("lat") => {
            missing_pair(ctx, span, "lat", "lon");
            None
        }
        _ => None,
    };
    let contact = r.get("contact").and_then(|v| {
        let t = values::table(
            ctx,
            v,
            "location.contact",
            "{ name = \"…\", phone = \"…\" }",
        )?;
        let mut c = TableReader::new(
            t,
            ctx.span(v.span()),
            "location.contact",
            "location contact",
        );
        let contact = Contact {
            name: c.string("name", ctx),
            phone: c.string("phone", ctx),
            email: c.string("email", ctx),
        };
        c.finish(ctx);
        Some(contact)
    });
    let hospital = r.get("hospital").and_then(|v| {
        let t = values::table(
            ctx,
            v,
            "location.hospital",
            "{ name = \"…\", address = \"…\" }",
        )?;
        let mut h = TableReader::new(t, ctx.span(v.span()), "location.hospital", "hospital");
        let name = h.required_string("name", "\"Hospital de Cascais\"", ctx);
        let address = h.string("address", ctx);
        let phone = h.string("phone", ctx);
        h.finish(ctx);
        Some(Hospital {
            name: name?,
            address,
            phone,
        })
    });
    let available = r.ranges("available", ctx);
    let permit = r.get("permit").and_then(|v| {
        let t = values::table(
            ctx,
            v,
            "location.permit",
            "{ number = \"…\", from = 2027-03-01, to = 2027-03-31 }",
        )?;
        let mut p = TableReader::new(t, ctx.span(v.span()), "location.permit", "permit");
        let number = p.string("number", ctx);
        let from = p.date("from", ctx).map(|d| d.value);
        let to = p.date("to", ctx);
        p.finish(ctx);
        if let (Some(from), Some(to_value)) = (from, to.as_ref())
            && from > to_value.value
        {
            ctx.push(
                Diagnostic::new(
                    Rule::InvalidValue,
                    to_value.span,
                    format!(
                        "this permit ends ({}) before it starts ({from})",
                        to_value.value
                    ),
                )
                .label("end before start")
                .subject("field", "location.permit.to"),
            );
        }
        Some(Permit {
            number,
            from,
            to: to.map(|d| d.value),
            span: ctx.span(v.span()),
        })
    });
    r.finish(ctx);
    let Some(id) = id else { return };
    production.locations.push(Location {
        id,
        name: name.unwrap_or_default(),
        address,
        parking,
        notes,
        coordinates,
        contact,
        hospital,
        available,
        permit,
        span,
    });
}

fn missing_pair(ctx: &mut LoadCtx, span: Span, missing: &str, given: &str) {
    ctx.push(
        Diagnostic::new(
            Rule::MissingField,
            span,
            format!("this location has `{given}` but no `{missing}`; give both or neither"),
        )
        .label(format!("`{missing}` missing here"))
        .help(format!(
            "add `{missing} = …` in degrees (it is needed for sunrise and sunset)"
        ))
        .subject("field", format!("location.{missing}")),
    );
}

impl TableReader<'_, '_> {
    /// A latitude or longitude in degrees, within ±`limit`.
    fn degrees(&mut self, key: &'static str, limit: f64, ctx: &mut LoadCtx) -> Option<f64> {
        let value = self.get(key)?;
        let field = self.field(key);
        let degrees = match value.get_ref() {
            DeValue::Float(f) => f.as_str().parse::<f64>().ok(),
            DeValue::Integer(_) => values::integer_of(value.get_ref()).map(|n| n as f64),
            _ => None,
        };
        match degrees {
            Some(d) if d.is_finite() && d.abs() <= limit => Some(d),
            _ => {
                values::invalid(
                    ctx,
                    value,
                    &field,
                    format!("`{field}` must be a number of degrees between -{limit} and {limit}"),
                    Some(format!("write it like `{key} = 38.7804`")),
                );
                None
            }
        }
    }
}
