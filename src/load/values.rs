//! Typed reading of TOML values (format.md §2). Each function reports an
//! `invalid-value` and returns `None` when the value is not what the format
//! asks for.

use super::LoadCtx;
use super::reader::Value;
use crate::diagnostics::{Diagnostic, Rule};
use crate::model::{Money, Pages};
use chrono::{NaiveDate, NaiveTime};
use rust_decimal::Decimal;
use toml::de::DeValue;

pub fn invalid(
    ctx: &mut LoadCtx,
    value: &Value,
    field: &str,
    message: String,
    help: Option<String>,
) {
    let span = ctx.span(value.span());
    ctx.push(
        Diagnostic::new(Rule::InvalidValue, span, message)
            .label("invalid value")
            .help_opt(help)
            .subject("field", field),
    );
}

fn describe(value: &DeValue) -> &'static str {
    match value {
        DeValue::String(_) => "text",
        DeValue::Integer(_) => "a whole number",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "true/false",
        DeValue::Datetime(dt) if dt.date.is_some() && dt.time.is_some() => "a date and time",
        DeValue::Datetime(dt) if dt.date.is_some() => "a date",
        DeValue::Datetime(_) => "a time",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

fn wrong_type(ctx: &mut LoadCtx, value: &Value, field: &str, expected: &str, example: &str) {
    invalid(
        ctx,
        value,
        field,
        format!(
            "`{field}` should be {expected}, not {}",
            describe(value.get_ref())
        ),
        Some(format!("write it like `{example}`")),
    );
}

pub fn string(ctx: &mut LoadCtx, value: &Value, field: &str) -> Option<String> {
    match value.get_ref() {
        DeValue::String(s) => Some(s.to_string()),
        _ => {
            wrong_type(ctx, value, field, "text in quotes", "\"…\"");
            None
        }
    }
}

pub fn boolean(ctx: &mut LoadCtx, value: &Value, field: &str) -> Option<bool> {
    match value.get_ref() {
        DeValue::Boolean(b) => Some(*b),
        _ => {
            wrong_type(ctx, value, field, "true or false", "true");
            None
        }
    }
}

fn is_id(text: &str) -> bool {
    let mut bytes = text.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z' | b'0'..=b'9'))
        && bytes.all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'_' | b'-'))
}

/// A suggested id for a name: lowercase, other characters made `-`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for ch in text.chars().flat_map(char::to_lowercase) {
        if ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_' {
            out.push(ch);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

pub fn id(ctx: &mut LoadCtx, value: &Value, field: &str) -> Option<String> {
    let text = string(ctx, value, field)?;
    if is_id(&text) {
        return Some(text);
    }
    let suggestion = slug(&text);
    invalid(
        ctx,
        value,
        field,
        format!(
            "`{text}` is not a valid id: ids use lowercase letters, digits, `-` and `_`, and start with a letter or digit"
        ),
        (!suggestion.is_empty()).then(|| format!("write `\"{suggestion}\"`")),
    );
    None
}

/// An integer as i64; an integer that does not fit was already reported
/// as `syntax` when the file was parsed.
pub fn integer_of(value: &DeValue) -> Option<i64> {
    match value {
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).ok(),
        _ => None,
    }
}

pub fn whole(ctx: &mut LoadCtx, value: &Value, field: &str, min: i64) -> Option<u64> {
    match integer_of(value.get_ref()) {
        Some(n) if n >= min => u64::try_from(n).ok(),
        Some(n) => {
            invalid(
                ctx,
                value,
                field,
                format!("`{field}` must be at least {min}, not {n}"),
                None,
            );
            None
        }
        None => {
            wrong_type(ctx, value, field, "a whole number", &min.max(1).to_string());
            None
        }
    }
}

/// An exact decimal from a TOML integer or float; floats are read as the
/// shortest decimal that gives back the same float (`1234.56` is 1234.56).
fn decimal(ctx: &mut LoadCtx, value: &Value, field: &str, example: &str) -> Option<Decimal> {
    match value.get_ref() {
        DeValue::Integer(_) => integer_of(value.get_ref()).map(Decimal::from),
        DeValue::Float(f) => {
            let parsed: f64 = f.as_str().parse().unwrap_or(f64::NAN);
            if !parsed.is_finite() {
                invalid(
                    ctx,
                    value,
                    field,
                    format!("`{field}` must be a real number, not `{}`", f.as_str()),
                    Some(format!("write a number such as `{example}`")),
                );
                return None;
            }
            match Decimal::from_str_exact(&format!("{parsed}")) {
                Ok(d) => Some(d.normalize()),
                Err(_) => {
                    invalid(
                        ctx,
                        value,
                        field,
                        format!("`{field}` is too large or too precise to work with exactly"),
                        None,
                    );
                    None
                }
            }
        }
        _ => {
            wrong_type(ctx, value, field, "a number", example);
            None
        }
    }
}

pub fn number(ctx: &mut LoadCtx, value: &Value, field: &str) -> Option<Decimal> {
    let n = decimal(ctx, value, field, "10")?;
    if n.is_sign_negative() && !n.is_zero() {
        invalid(
            ctx,
            value,
            field,
            format!("`{field}` cannot be negative"),
            None,
        );
        return None;
    }
    Some(n)
}

pub fn percent(ctx: &mut LoadCtx, value: &Value, field: &str) -> Option<Decimal> {
    let n = decimal(ctx, value, field, "7.65")?;
    if n < Decimal::ZERO || n > Decimal::from(100) {
        invalid(
            ctx,
            value,
            field,
            format!("`{field}` is a percentage and must be between 0 and 100, not {n}"),
            None,
        );
        return None;
    }
    Some(n)
}

/// Money; `signed` allows negative amounts (refunds and credits).
pub fn money(ctx: &mut LoadCtx, value: &Value, field: &str, signed: bool) -> Option<Money> {
    let n = decimal(ctx, value, field, "1250.50")?;
    if !signed && n.is_sign_negative() && !n.is_zero() {
        invalid(
            ctx,
            value,
            field,
            format!("`{field}` cannot be negative"),
            Some("only an expense's `amount` may be negative (a refund or credit)".into()),
        );
        return None;
    }
    if n.scale() > 2 {
        invalid(
            ctx,
            value,
            field,
            format!("`{field}` has more than 2 decimal places ({n})"),
            Some(format!(
                "round it to cents: `{}`",
                Money::round_cents(n).plain()
            )),
        );
        return None;
    }
    Some(Money(n))
}

pub fn pages(ctx: &mut LoadCtx, value: &Value, field: &str) -> Option<Pages> {
    let parsed = match value.get_ref() {
        DeValue::String(s) => Pages::parse(s),
        DeValue::Integer(_) => match integer_of(value.get_ref()) {
            Some(n) if n >= 0 => u64::try_from(n)
                .ok()
                .and_then(|n| n.checked_mul(8))
                .map(Pages)
                .ok_or_else(|| "that page count is too large".to_string()),
            _ => Err("a page count cannot be negative".to_string()),
        },
        _ => Err(format!(
            "pages are written as text such as \"1 3/8\", not {}",
            describe(value.get_ref())
        )),
    };
    match parsed {
        Ok(Pages(0)) => {
            invalid(
                ctx,
                value,
                field,
                format!("`{field}` is zero; the shortest scene is 1/8 of a page"),
                Some("write `\"1/8\"`".into()),
            );
            None
        }
        Ok(p) => Some(p),
        Err(reason) => {
            invalid(
                ctx,
                value,
                field,
                format!("`{field}`: {reason}"),
                Some("write pages in eighths, e.g. `\"5/8\"` or `\"1 3/8\"`".into()),
            );
            None
        }
    }
}

pub fn date(ctx: &mut LoadCtx, value: &Value, field: &str) -> Option<NaiveDate> {
    match value.get_ref() {
        DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
            let date = dt.date.and_then(|d| {
                NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
            });
            if date.is_none() {
                invalid(
                    ctx,
                    value,
                    field,
                    format!("`{field}` is not a date on the calendar"),
                    None,
                );
            }
            date
        }
        DeValue::String(s) if NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok() => {
            invalid(
                ctx,
                value,
                field,
                format!("`{field}` is written as text in quotes; dates are written without quotes"),
                Some(format!("drop the quotes: `{s}`")),
            );
            None
        }
        _ => {
            wrong_type(ctx, value, field, "a date", "2027-03-01");
            None
        }
    }
}

pub fn time(ctx: &mut LoadCtx, value: &Value, field: &str) -> Option<NaiveTime> {
    match value.get_ref() {
        DeValue::Datetime(dt) if dt.date.is_none() && dt.offset.is_none() => {
            let time = dt.time.and_then(|t| {
                NaiveTime::from_hms_nano_opt(
                    u32::from(t.hour),
                    u32::from(t.minute),
                    u32::from(t.second.unwrap_or(0)),
                    t.nanosecond.unwrap_or(0),
                )
            });
            if time.is_none() {
                invalid(
                    ctx,
                    value,
                    field,
                    format!("`{field}` is not a time of day prodcoord can use (a leap second?)"),
                    Some("write a time from 00:00 to 23:59".into()),
                );
            }
            time
        }
        DeValue::String(s)
            if NaiveTime::parse_from_str(s, "%H:%M").is_ok()
                || NaiveTime::parse_from_str(s, "%H:%M:%S").is_ok() =>
        {
            invalid(
                ctx,
                value,
                field,
                format!("`{field}` is written as text in quotes; times are written without quotes"),
                Some(format!("drop the quotes: `{s}`")),
            );
            None
        }
        _ => {
            wrong_type(ctx, value, field, "a time of day", "07:00");
            None
        }
    }
}

/// The items of an array, or a report that the value is not one.
pub fn array<'t, 'i>(
    ctx: &mut LoadCtx,
    value: &'t Value<'i>,
    field: &str,
    example: &str,
) -> Option<&'t [Value<'i>]> {
    match value.get_ref() {
        DeValue::Array(items) => Some(items.as_ref()),
        _ => {
            wrong_type(ctx, value, field, "a list", example);
            None
        }
    }
}

pub fn table<'t, 'i>(
    ctx: &mut LoadCtx,
    value: &'t Value<'i>,
    field: &str,
    example: &str,
) -> Option<&'t toml::de::DeTable<'i>> {
    match value.get_ref() {
        DeValue::Table(t) => Some(t),
        _ => {
            wrong_type(ctx, value, field, "a table", example);
            None
        }
    }
}

/// One of a fixed set of words, e.g. `"INT"`.
pub fn choice<T>(
    ctx: &mut LoadCtx,
    value: &Value,
    field: &str,
    names: &[&str],
    parse: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let text = string(ctx, value, field)?;
    if let Some(v) = parse(&text) {
        return Some(v);
    }
    let upper_match = names
        .iter()
        .find(|n| n.eq_ignore_ascii_case(&text))
        .copied();
    let help = match upper_match.or_else(|| super::reader::did_you_mean(&text, names)) {
        Some(n) => format!("write `\"{n}\"`"),
        None => format!(
            "use one of {}",
            names
                .iter()
                .map(|n| format!("\"{n}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    invalid(
        ctx,
        value,
        field,
        format!("`{text}` is not a valid `{field}`"),
        Some(help),
    );
    None
}
