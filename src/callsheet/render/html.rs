//! The call sheet as one self-contained printable HTML page: inline CSS,
//! no scripts, no fonts or images to fetch; print rules that fit A4 and
//! Letter. The template (`templates/callsheet.html`) is rendered with
//! auto-escaping on, so every piece of text from the files is escaped: a
//! synopsis containing `<script>` prints as text.

use super::RenderError;
use super::fmt;
use crate::callsheet::CallSheet;
use chrono::{NaiveDate, NaiveDateTime};
use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value, context};
use std::collections::BTreeMap;

const TEMPLATE: &str = include_str!("../templates/callsheet.html");

pub fn render(sheet: &CallSheet) -> Result<String, RenderError> {
    let error = |e: minijinja::Error| RenderError(e.to_string());
    let mut env = Environment::new();
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.add_filter("clock", clock);
    env.add_filter("capitalised", |text: String| fmt::capitalised(&text));
    env.add_template("callsheet.html", TEMPLATE)
        .map_err(error)?;
    let data = super::json::value(sheet)?;
    let template = env.get_template("callsheet.html").map_err(error)?;
    let sun = sheet.sun.as_ref().map(|sun| fmt::sun_line(sun, sheet.date));
    let advance_day = sheet.advance.as_ref().and_then(|a| {
        a.day_number
            .map(|n| format!("Day {n} of {}", sheet.shoot_days))
    });
    let mut html = template
        .render(context! {
            sheet => from_json(&data),
            long_date => fmt::long_date(sheet.date),
            day_line => fmt::day_line(sheet),
            sun_line => sun,
            several_locations => sheet.locations.len() > 1,
            advance_date => sheet.advance.as_ref().map(|a| fmt::long_date(a.date)),
            advance_day => advance_day,
        })
        .map_err(error)?;
    if !html.ends_with('\n') {
        html.push('\n');
    }
    Ok(html)
}

/// `{{ time|clock(date) }}`: "07:00", "05:00 next day", "—".
fn clock(time: Option<String>, date: String) -> String {
    let parse_time = |t: &str| {
        NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M")
            .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S"))
            .ok()
    };
    let time = time.as_deref().and_then(parse_time);
    match NaiveDate::parse_from_str(&date, "%Y-%m-%d") {
        Ok(date) => fmt::clock(time, date),
        Err(_) => "—".into(),
    }
}

/// A JSON value as a template value.
fn from_json(value: &serde_json::Value) -> Value {
    use serde_json::Value as J;
    match value {
        J::Null => Value::from(()),
        J::Bool(b) => Value::from(*b),
        J::Number(n) => n
            .as_u64()
            .map(Value::from)
            .or_else(|| n.as_i64().map(Value::from))
            .unwrap_or_else(|| Value::from(n.as_f64().unwrap_or(0.0))),
        J::String(s) => Value::from(s.as_str()),
        J::Array(items) => Value::from(items.iter().map(from_json).collect::<Vec<_>>()),
        J::Object(map) => Value::from(
            map.iter()
                .map(|(k, v)| (k.clone(), from_json(v)))
                .collect::<BTreeMap<String, Value>>(),
        ),
    }
}
