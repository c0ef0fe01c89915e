//! Shorthands on [`TableReader`] for the value types of format.md §2.

use super::LoadCtx;
use super::reader::{TableReader, Value};
use super::values;
use crate::diagnostics::Rule;
use crate::model::{DateRange, Money, Pages, Sp};
use chrono::{NaiveDate, NaiveTime};
use rust_decimal::Decimal;
use toml::de::DeValue;

impl<'t, 'i> TableReader<'t, 'i> {
    fn with<T>(
        &mut self,
        key: &'static str,
        ctx: &mut LoadCtx,
        read: impl FnOnce(&mut LoadCtx, &Value, &str) -> Option<T>,
    ) -> Option<Sp<T>> {
        let value = self.get(key)?;
        let field = self.field(key);
        let span = ctx.span(value.span());
        read(ctx, value, &field).map(|v| Sp::new(v, span))
    }

    fn with_required<T>(
        &mut self,
        key: &'static str,
        example: &str,
        ctx: &mut LoadCtx,
        read: impl FnOnce(&mut LoadCtx, &Value, &str) -> Option<T>,
    ) -> Option<Sp<T>> {
        let value = self.require(key, example, ctx)?;
        let field = self.field(key);
        let span = ctx.span(value.span());
        read(ctx, value, &field).map(|v| Sp::new(v, span))
    }

    pub fn string(&mut self, key: &'static str, ctx: &mut LoadCtx) -> Option<String> {
        self.with(key, ctx, values::string).map(|s| s.value)
    }

    pub fn required_string(
        &mut self,
        key: &'static str,
        example: &str,
        ctx: &mut LoadCtx,
    ) -> Option<String> {
        self.with_required(key, example, ctx, values::string)
            .map(|s| s.value)
    }

    pub fn boolean(&mut self, key: &'static str, ctx: &mut LoadCtx) -> Option<bool> {
        self.with(key, ctx, values::boolean).map(|s| s.value)
    }

    pub fn required_id(
        &mut self,
        key: &'static str,
        example: &str,
        ctx: &mut LoadCtx,
    ) -> Option<Sp<String>> {
        self.with_required(key, example, ctx, values::id)
    }

    pub fn id(&mut self, key: &'static str, ctx: &mut LoadCtx) -> Option<Sp<String>> {
        self.with(key, ctx, values::id)
    }

    /// A reference to another entry by id; its pattern is not checked
    /// here, a name that matches nothing is an `unknown-reference` later.
    pub fn reference(&mut self, key: &'static str, ctx: &mut LoadCtx) -> Option<Sp<String>> {
        self.with(key, ctx, values::string)
    }

    pub fn required_reference(
        &mut self,
        key: &'static str,
        example: &str,
        ctx: &mut LoadCtx,
    ) -> Option<Sp<String>> {
        self.with_required(key, example, ctx, values::string)
    }

    pub fn money(&mut self, key: &'static str, ctx: &mut LoadCtx) -> Option<Sp<Money>> {
        self.with(key, ctx, |ctx, v, f| values::money(ctx, v, f, false))
    }

    pub fn number(&mut self, key: &'static str, ctx: &mut LoadCtx) -> Option<Decimal> {
        self.with(key, ctx, values::number).map(|s| s.value)
    }

    pub fn percent(&mut self, key: &'static str, ctx: &mut LoadCtx) -> Option<Decimal> {
        self.with(key, ctx, values::percent).map(|s| s.value)
    }

    pub fn whole(&mut self, key: &'static str, min: i64, ctx: &mut LoadCtx) -> Option<Sp<u64>> {
        self.with(key, ctx, |ctx, v, f| values::whole(ctx, v, f, min))
    }

    pub fn pages(&mut self, key: &'static str, ctx: &mut LoadCtx) -> Option<Pages> {
        self.with(key, ctx, values::pages).map(|s| s.value)
    }

    pub fn date(&mut self, key: &'static str, ctx: &mut LoadCtx) -> Option<Sp<NaiveDate>> {
        self.with(key, ctx, values::date)
    }

    pub fn required_date(&mut self, key: &'static str, ctx: &mut LoadCtx) -> Option<Sp<NaiveDate>> {
        self.with_required(key, "2027-03-01", ctx, values::date)
    }

    pub fn time(&mut self, key: &'static str, ctx: &mut LoadCtx) -> Option<Sp<NaiveTime>> {
        self.with(key, ctx, values::time)
    }

    pub fn choice<T>(
        &mut self,
        key: &'static str,
        names: &[&str],
        parse: impl Fn(&str) -> Option<T>,
        ctx: &mut LoadCtx,
    ) -> Option<T> {
        self.with(key, ctx, |ctx, v, f| {
            values::choice(ctx, v, f, names, parse)
        })
        .map(|s| s.value)
    }

    pub fn required_choice<T>(
        &mut self,
        key: &'static str,
        names: &[&str],
        parse: impl Fn(&str) -> Option<T>,
        ctx: &mut LoadCtx,
    ) -> Option<T> {
        let example = format!("\"{}\"", names.first().copied().unwrap_or(""));
        self.with_required(key, &example, ctx, |ctx, v, f| {
            values::choice(ctx, v, f, names, parse)
        })
        .map(|s| s.value)
    }

    /// A list whose items are each read by `item`; bad items are reported
    /// and left out.
    pub fn list<T>(
        &mut self,
        key: &'static str,
        example: &str,
        ctx: &mut LoadCtx,
        mut item: impl FnMut(&mut LoadCtx, &Value, &str) -> Option<T>,
    ) -> Option<Sp<Vec<T>>> {
        let value = self.get(key)?;
        let field = self.field(key);
        let span = ctx.span(value.span());
        let items = values::array(ctx, value, &field, example)?;
        let read = items.iter().filter_map(|v| item(ctx, v, &field)).collect();
        Some(Sp::new(read, span))
    }

    /// A list of references (`cast = ["elena", "tomas"]`).
    pub fn references(&mut self, key: &'static str, ctx: &mut LoadCtx) -> Vec<Sp<String>> {
        self.list(key, "[\"…\"]", ctx, |ctx, v, f| {
            let span = ctx.span(v.span());
            values::string(ctx, v, f).map(|s| Sp::new(s, span))
        })
        .map(|l| l.value)
        .unwrap_or_default()
    }

    /// Scene numbers: strings, or integers read as their decimal text.
    pub fn scene_numbers(
        &mut self,
        key: &'static str,
        ctx: &mut LoadCtx,
    ) -> Option<Sp<Vec<Sp<String>>>> {
        self.list(key, "[\"1\", \"2A\"]", ctx, |ctx, v, f| {
            let span = ctx.span(v.span());
            scene_number(ctx, v, f).map(|s| Sp::new(s, span))
        })
    }

    pub fn strings(&mut self, key: &'static str, ctx: &mut LoadCtx) -> Vec<String> {
        self.list(key, "[\"…\"]", ctx, values::string)
            .map(|l| l.value)
            .unwrap_or_default()
    }

    /// `unavailable = [{ from = 2027-03-01, to = 2027-03-03, reason = "…" }]`
    pub fn ranges(&mut self, key: &'static str, ctx: &mut LoadCtx) -> Option<Sp<Vec<DateRange>>> {
        let path = self.field(key);
        self.list(
            key,
            "[{ from = 2027-03-01, to = 2027-03-03 }]",
            ctx,
            |ctx, v, f| {
                let table = values::table(ctx, v, f, "{ from = 2027-03-01, to = 2027-03-03 }")?;
                let mut reader =
                    TableReader::new(table, ctx.span(v.span()), path.clone(), "date range");
                let from = reader.required_date("from", ctx);
                let to = reader.date("to", ctx);
                let reason = reader.string("reason", ctx);
                reader.finish(ctx);
                let from = from?;
                let to_value = to.as_ref().map_or(from.value, |t| t.value);
                if from.value > to_value {
                    let span = to.as_ref().map_or(from.span, |t| t.span);
                    ctx.push(
                        crate::diagnostics::Diagnostic::new(
                            Rule::InvalidValue,
                            span,
                            format!(
                                "this range ends ({to_value}) before it starts ({})",
                                from.value
                            ),
                        )
                        .label("end before start")
                        .help("swap `from` and `to`")
                        .subject("field", format!("{path}.to")),
                    );
                    return None;
                }
                Some(DateRange {
                    from: from.value,
                    to: to_value,
                    reason,
                    span: ctx.span(v.span()),
                })
            },
        )
    }
}

pub fn scene_number(ctx: &mut LoadCtx, value: &Value, field: &str) -> Option<String> {
    let text = match value.get_ref() {
        DeValue::Integer(_) => values::integer_of(value.get_ref()).map(|n| n.to_string())?,
        _ => values::string(ctx, value, field)?,
    };
    if text.is_empty() || text.chars().any(char::is_whitespace) {
        values::invalid(
            ctx,
            value,
            field,
            format!("scene number `{text}` must be non-empty and have no spaces"),
            Some("write it like `\"12\"` or `\"12A\"`".into()),
        );
        return None;
    }
    Some(text)
}
