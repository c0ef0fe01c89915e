use crate::diagnostics::{Diagnostic, Rule};
use crate::load::LoadCtx;
use crate::load::reader::TableReader;
use crate::load::values;
use crate::model::{Production, Sp};
use chrono::Weekday;
use toml::de::DeTable;

const WEEKDAYS: &[&str] = &["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// `prodcoord.toml`: `[production]`, `[rules]`, `[check]`.
pub fn read(root: &DeTable, ctx: &mut LoadCtx, production: &mut Production) {
    let settings = &mut production.settings;
    match root.get("production") {
        None => ctx.push(
            Diagnostic::new(
                Rule::MissingField,
                ctx.span(0..0),
                "prodcoord.toml has no `[production]` table",
            )
            .help("start the file with `[production]` and a `title = \"…\"` line")
            .subject("field", "production"),
        ),
        Some(value) => {
            if let Some(table) = values::table(ctx, value, "production", "[production]") {
                let mut r = TableReader::new(
                    table,
                    ctx.span(value.span()),
                    "production",
                    "[production] table",
                );
                settings.title = r
                    .required_string("title", "\"The Lighthouse Keeper\"", ctx)
                    .unwrap_or_default();
                settings.company = r.string("company", ctx);
                if let Some(currency) = r.with_currency(ctx) {
                    settings.currency = currency;
                }
                if let Some(tz) = r.timezone(ctx) {
                    settings.timezone = tz;
                }
                settings.start = r.date("start", ctx).map(|d| d.value);
                if let Some(units) = r.list("units", "[\"main\", \"second\"]", ctx, |ctx, v, f| {
                    let span = ctx.span(v.span());
                    values::id(ctx, v, f).map(|s| Sp::new(s, span))
                }) {
                    settings.units = Some(units.value);
                }
                settings.contacts = r.references("contacts", ctx);
                if let Some(t) = r.time("default_crew_call", ctx) {
                    settings.default_crew_call = t.value;
                }
                if let Some(t) = r.time("night_crew_call", ctx) {
                    settings.night_crew_call = t.value;
                }
                if let Some(h) = r.number("default_day_hours", ctx) {
                    settings.default_day_hours = h;
                }
                if let Some(days) = r.list("days_off", "[\"sat\", \"sun\"]", ctx, |ctx, v, f| {
                    values::choice(ctx, v, f, WEEKDAYS, |s| {
                        s.parse::<Weekday>().ok().filter(|_| WEEKDAYS.contains(&s))
                    })
                }) {
                    settings.days_off = days.value;
                }
                r.finish(ctx);
            }
        }
    }
    if let Some(value) = root.get("rules")
        && let Some(table) = values::table(ctx, value, "rules", "[rules]")
    {
        let rules = &mut settings.rules;
        let mut r = TableReader::new(table, ctx.span(value.span()), "rules", "[rules] table");
        if let Some(n) = r.number("crew_turnaround_hours", ctx) {
            rules.crew_turnaround_hours = n;
        }
        if let Some(n) = r.number("cast_turnaround_hours", ctx) {
            rules.cast_turnaround_hours = n;
        }
        if let Some(n) = r.number("max_day_hours", ctx) {
            rules.max_day_hours = n;
        }
        if let Some(n) = r.number("minor_max_hours", ctx) {
            rules.minor_max_hours = n;
        }
        if let Some(p) = r.pages("max_pages_per_day", ctx) {
            rules.max_pages_per_day = p;
        }
        if let Some(n) = r.whole("max_locations_per_day", 1, ctx) {
            rules.max_locations_per_day = n.value;
        }
        if let Some(b) = r.boolean("allow_drop_pickup", ctx) {
            rules.allow_drop_pickup = b;
        }
        if let Some(n) = r.whole("drop_pickup_min_days", 0, ctx) {
            rules.drop_pickup_min_days = n.value;
        }
        if let Some(m) = r.money("move_cost", ctx) {
            rules.move_cost = m.value;
        }
        r.finish(ctx);
    }
    if let Some(value) = root.get("check")
        && let Some(table) = values::table(ctx, value, "check", "[check]")
    {
        let mut r = TableReader::new(table, ctx.span(value.span()), "check", "[check] table");
        settings.check.allow = r.references("allow", ctx);
        settings.check.warn = r.references("warn", ctx);
        settings.check.deny = r.references("deny", ctx);
        r.finish(ctx);
    }
}

impl TableReader<'_, '_> {
    fn with_currency(&mut self, ctx: &mut LoadCtx) -> Option<String> {
        let value = self.get("currency")?;
        let text = values::string(ctx, value, "production.currency")?;
        if text.len() == 3 && text.bytes().all(|b| b.is_ascii_uppercase()) {
            Some(text)
        } else {
            values::invalid(
                ctx,
                value,
                "production.currency",
                format!("`{text}` is not an ISO 4217 currency code"),
                Some("write three capital letters, e.g. `\"EUR\"`, `\"USD\"`, `\"GBP\"`".into()),
            );
            None
        }
    }

    fn timezone(&mut self, ctx: &mut LoadCtx) -> Option<chrono_tz::Tz> {
        let value = self.get("timezone")?;
        let text = values::string(ctx, value, "production.timezone")?;
        match text.parse::<chrono_tz::Tz>() {
            Ok(tz) => Some(tz),
            Err(_) => {
                let names: Vec<&str> = chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect();
                let close = crate::load::did_you_mean(&text, &names);
                values::invalid(
                    ctx,
                    value,
                    "production.timezone",
                    format!("`{text}` is not a time zone name prodcoord knows"),
                    Some(match close {
                        Some(name) => format!("did you mean `\"{name}\"`?"),
                        None => "use an IANA name such as `\"Europe/Lisbon\"` or `\"America/Los_Angeles\"`".into(),
                    }),
                );
                None
            }
        }
    }
}
