use crate::diagnostics::{Diagnostic, Rule};
use crate::load::LoadCtx;
use crate::load::reader::{TableReader, Value};
use crate::load::values;
use crate::model::{
    Account, AccountGroup, BudgetSettings, Fringe, LINE_UNITS, Line, Production, Sp,
};
use crate::source::Span;
use rust_decimal::Decimal;
use toml::de::DeTable;

/// `[budget]`; a second one anywhere in the production is `duplicate-id`.
pub fn read_settings(value: &Value, ctx: &mut LoadCtx, production: &mut Production) {
    let Some(table) = values::table(ctx, value, "budget", "[budget]") else {
        return;
    };
    let span = ctx.span(value.span());
    let mut r = TableReader::new(table, span, "budget", "[budget] table");
    let cap = r.money("cap", ctx);
    let contingency_percent = r
        .percent("contingency_percent", ctx)
        .unwrap_or(Decimal::ZERO);
    r.finish(ctx);
    if let Some(first) = &production.budget {
        ctx.push(
            Diagnostic::new(
                Rule::DuplicateId,
                span,
                "the production has a second `[budget]` table",
            )
            .label("second [budget]")
            .related(first.span, "first [budget] here")
            .help("keep one `[budget]` table for the whole production")
            .subject("kind", "budget")
            .subject("id", "budget"),
        );
        return;
    }
    production.budget = Some(BudgetSettings {
        cap,
        contingency_percent,
        span,
    });
}

pub fn read_fringe(table: &DeTable, span: Span, ctx: &mut LoadCtx, production: &mut Production) {
    let mut r = TableReader::new(table, span, "fringe", "fringe");
    let id = r.required_id("id", "\"payroll\"", ctx);
    let name = r.string("name", ctx);
    let percent = r
        .require("percent", "7.65", ctx)
        .and_then(|v| values::percent(ctx, v, "fringe.percent"));
    r.finish(ctx);
    let Some(id) = id else { return };
    production.fringes.push(Fringe {
        id,
        name,
        percent: percent.unwrap_or(Decimal::ZERO),
        span,
    });
}

pub fn read_account(table: &DeTable, span: Span, ctx: &mut LoadCtx, production: &mut Production) {
    let mut r = TableReader::new(table, span, "account", "budget account");
    let code = r.require("code", "\"3300\"", ctx).and_then(|v| {
        let span = ctx.span(v.span());
        values::string(ctx, v, "account.code").map(|c| Sp::new(c, span))
    });
    let name = r.required_string("name", "\"Camera\"", ctx);
    let group = r.required_choice("group", AccountGroup::NAMES, AccountGroup::parse, ctx);
    r.finish(ctx);
    let Some(code) = code else { return };
    production.accounts.push(Account {
        code,
        name: name.unwrap_or_default(),
        group: group.unwrap_or(AccountGroup::Other),
        span,
    });
}

pub fn read_line(table: &DeTable, span: Span, ctx: &mut LoadCtx, production: &mut Production) {
    let mut r = TableReader::new(table, span, "line", "budget line");
    let id = r.id("id", ctx);
    let account = r.required_reference("account", "\"3300\"", ctx);
    let description = r.required_string("description", "\"Camera package rental\"", ctx);
    let quantity = r.number("quantity", ctx).unwrap_or(Decimal::ONE);
    let units = r.number("units", ctx).unwrap_or(Decimal::ONE);
    let unit = r
        .choice(
            "unit",
            LINE_UNITS,
            |s| LINE_UNITS.iter().find(|u| **u == s).map(|u| u.to_string()),
            ctx,
        )
        .unwrap_or_else(|| "flat".into());
    let rate = r
        .require("rate", "1350", ctx)
        .and_then(|v| values::money(ctx, v, "line.rate", false));
    let fringes = r.references("fringes", ctx);
    r.finish(ctx);
    let Some(account) = account else { return };
    production.lines.push(Line {
        id,
        account,
        description: description.unwrap_or_default(),
        quantity,
        units,
        unit,
        rate,
        fringes,
        span,
    });
}
