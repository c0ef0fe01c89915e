use crate::diagnostics::{Diagnostic, Rule};
use crate::load::LoadCtx;
use crate::load::reader::TableReader;
use crate::load::values;
use crate::model::{Charge, Expense, Production};
use crate::source::Span;
use toml::de::DeTable;

pub fn read(table: &DeTable, span: Span, ctx: &mut LoadCtx, production: &mut Production) {
    let mut r = TableReader::new(table, span, "expense", "expense");
    let date = r.required_date("date", ctx);
    let amount = r
        .require("amount", "1250.50", ctx)
        .and_then(|v| values::money(ctx, v, "expense.amount", true));
    let line = r.reference("line", ctx);
    let account = r.reference("account", ctx);
    let vendor = r.string("vendor", ctx);
    let reference = r.string("reference", ctx);
    let note = r.string("note", ctx);
    r.finish(ctx);
    let charge = match (line, account) {
        (Some(line), None) => Some(Charge::Line(line)),
        (None, Some(account)) => Some(Charge::Account(account)),
        (Some(line), Some(_)) => {
            ctx.push(
                Diagnostic::new(
                    Rule::InvalidValue,
                    line.span,
                    "this expense names both a `line` and an `account`",
                )
                .label("charged twice")
                .help("charge it to the line (its account follows), or to the account alone")
                .subject("field", "expense.line"),
            );
            None
        }
        (None, None) => {
            if table.contains_key("line") || table.contains_key("account") {
                None // the value itself was already reported
            } else {
                ctx.push(
                    Diagnostic::new(Rule::InvalidValue, span, "this expense is charged to nothing")
                        .label("no `line` or `account`")
                        .help("add `line = \"…\"` (a budget line id) or `account = \"…\"` (an account code)")
                        .subject("field", "expense.line"),
                );
                None
            }
        }
    };
    let (Some(date), Some(amount)) = (date, amount) else {
        return;
    };
    production.expenses.push(Expense {
        date: date.value,
        amount,
        charge,
        vendor,
        reference,
        note,
        span,
    });
}
