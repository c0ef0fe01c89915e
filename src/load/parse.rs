use super::LoadCtx;
use crate::diagnostics::{Diagnostic, Rule};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// Parses one file; a file the TOML parser rejects gets one `syntax`
/// finding and yields nothing.
pub fn parse<'i>(text: &'i str, ctx: &mut LoadCtx) -> Option<Spanned<DeTable<'i>>> {
    match DeTable::parse(text) {
        Ok(table) => match find_oversized_integer(table.get_ref()) {
            Some(span) => {
                let span = ctx.span(span);
                ctx.push(
                    Diagnostic::new(
                        Rule::Syntax,
                        span,
                        "this whole number is too large (TOML integers are 64-bit)",
                    )
                    .label("too large"),
                );
                None
            }
            None => Some(table),
        },
        Err(error) => {
            let range = error.span().unwrap_or(0..0);
            let span = ctx.span(range);
            let message = error.message().trim().to_string();
            ctx.push(
                Diagnostic::new(
                    Rule::Syntax,
                    span,
                    format!("this file is not valid TOML: {message}"),
                )
                .label("here")
                .help_opt(syntax_help(&message)),
            );
            None
        }
    }
}

fn syntax_help(message: &str) -> Option<String> {
    if message.contains("must be quoted") {
        Some("put text in double quotes: `name = \"Ana Costa\"`".into())
    } else if message.contains("duplicate key") {
        Some("each key may appear once in a table; remove or rename one".into())
    } else if message.contains("invalid date") || message.contains("invalid time") {
        Some("dates are written 2027-03-01 and times 07:00".into())
    } else {
        None
    }
}

/// The span of the first integer beyond 64 bits, if any.
fn find_oversized_integer(table: &DeTable) -> Option<std::ops::Range<usize>> {
    let mut stack: Vec<&Spanned<DeValue>> = table.values().collect();
    while let Some(value) = stack.pop() {
        match value.get_ref() {
            DeValue::Integer(i) if i64::from_str_radix(i.as_str(), i.radix()).is_err() => {
                return Some(value.span());
            }
            DeValue::Array(items) => stack.extend(items.iter()),
            DeValue::Table(t) => stack.extend(t.values()),
            _ => {}
        }
    }
    None
}
