//! Small formatting helpers shared by the report kinds.

use crate::model::{Money, Production};
use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};

pub use crate::text::long_date;

/// `2027-03-01 to 2027-03-03, 2027-03-08`: sorted dates, runs of
/// consecutive dates joined.
pub fn date_runs(dates: &[NaiveDate]) -> String {
    let mut sorted = dates.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j + 1 < sorted.len() && sorted[j].succ_opt() == Some(sorted[j + 1]) {
            j += 1;
        }
        parts.push(if i == j {
            sorted[i].to_string()
        } else {
            format!("{} to {}", sorted[i], sorted[j])
        });
        i = j + 1;
    }
    parts.join(", ")
}

/// A performer as on the board: their number, else their id.
pub fn board_label(production: &Production, cast: usize) -> String {
    let member = &production.cast[cast];
    member
        .number
        .as_ref()
        .map_or_else(|| member.id.value.clone(), |n| n.value.to_string())
}

/// Performers in board order (numbers, then ids): `1, 2, 5, double-tomas`.
pub fn cast_list(production: &Production, cast: &[usize]) -> String {
    super::dood::board_sorted(production, cast)
        .iter()
        .map(|&c| board_label(production, c))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Performers' ids in board order.
pub fn cast_ids<'a>(production: &'a Production, cast: &[usize]) -> Vec<&'a str> {
    super::dood::board_sorted(production, cast)
        .iter()
        .map(|&c| production.cast[c].id.value.as_str())
        .collect()
}

/// Actual as a percentage of budget, one decimal, half away from zero;
/// `None` when the budget is zero.
pub fn percent_spent(actual: Money, budget: Money) -> Option<Decimal> {
    if budget.0.is_zero() {
        return None;
    }
    let ratio = actual
        .0
        .checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(budget.0)?;
    let mut rounded = ratio.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(1);
    Some(rounded)
}

/// `45.2%`, or nothing without a budget.
pub fn percent_text(percent: Option<Decimal>) -> String {
    percent.map_or_else(String::new, |p| format!("{p}%"))
}

/// A percentage for JSON: `"45.2"`, exact.
pub fn percent_json(percent: Option<Decimal>) -> Option<String> {
    percent.map(|p| p.to_string())
}

/// `0` or the decimal as written, without trailing zeros: `7.65`, `10`.
pub fn number(value: Decimal) -> String {
    value.normalize().to_string()
}

/// Text safe to print in a table cell: line breaks kept, tabs made
/// spaces, carriage returns dropped, and any other control character (an
/// escape sequence in a file must never reach the terminal) shown as `�`.
pub fn sanitize(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().all(|c| !c.is_control() || c == '\n') {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars()
            .filter(|&c| c != '\r')
            .map(|c| match c {
                '\n' => '\n',
                '\t' => ' ',
                c if c.is_control() => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

/// `The Lighthouse Keeper — One-liner — unit main — 2027-03-01 to 2027-03-07`.
pub fn title(production: &Production, name: &str, filter: &super::Filter) -> String {
    let mut title = if production.settings.title.is_empty() {
        name.to_string()
    } else {
        format!("{} — {name}", production.settings.title)
    };
    if let Some(unit) = &filter.unit {
        title.push_str(&format!(" — unit {unit}"));
    }
    match (filter.from, filter.to) {
        (Some(from), Some(to)) => title.push_str(&format!(" — {from} to {to}")),
        (Some(from), None) => title.push_str(&format!(" — from {from}")),
        (None, Some(to)) => title.push_str(&format!(" — to {to}")),
        (None, None) => {}
    }
    title
}

/// Accounts in topsheet order: by group (above the line, below the line,
/// post, other), then by code (numeric codes by value).
pub fn account_order(production: &Production) -> Vec<usize> {
    let mut order: Vec<usize> = (0..production.accounts.len()).collect();
    order.sort_by(|&a, &b| {
        let key = |i: usize| {
            let account = &production.accounts[i];
            let code = account.code.value.as_str();
            let numeric = code
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| code.parse::<u128>().ok())
                .flatten();
            (account.group, numeric.is_none(), numeric, code)
        };
        key(a).cmp(&key(b))
    });
    order
}
