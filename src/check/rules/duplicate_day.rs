use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};
use crate::text::long_date;
use std::collections::HashMap;

/// Two schedule entries share a date and a unit.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let mut first = HashMap::new();
    for day in &ctx.production.days {
        let key = (day.date.value, day.unit.value.as_str());
        match first.get(&key) {
            None => {
                first.insert(key, day.span);
            }
            Some(&earlier) => out.push(
                Diagnostic::new(
                    Rule::DuplicateDay,
                    day.span,
                    format!(
                        "unit {} has two schedule entries for {}",
                        day.unit.value,
                        long_date(day.date.value)
                    ),
                )
                .label("second entry")
                .related(earlier, "first entry; only this one counts")
                .help("merge the two entries into one, or change the date or unit of one")
                .subject("date", day.date.value.to_string())
                .subject("unit", day.unit.value.clone()),
            ),
        }
    }
}
