//! Formatting shared by the text, Markdown and HTML call sheets (and the
//! calendar export), so they all say the same thing the same way.

use super::super::{CallSheet, SunTimes};
use chrono::{NaiveDate, NaiveDateTime};

/// "07:00", "05:00 next day", or "—" when there is no time.
pub fn clock(time: Option<NaiveDateTime>, date: NaiveDate) -> String {
    time.map_or_else(|| "—".to_string(), |t| crate::text::clock(t, date))
}

/// "Monday 1 March 2027".
pub fn long_date(date: NaiveDate) -> String {
    date.format("%A %-d %B %Y").to_string()
}

/// "main unit", "second unit".
pub fn unit_label(unit: &str) -> String {
    format!("{unit} unit")
}

/// "Day 7 of 22 · main unit", or just the unit for a day with no number.
pub fn day_line(sheet: &CallSheet) -> String {
    match sheet.day_of() {
        Some(day) => format!("{day} · {}", unit_label(&sheet.unit)),
        None => unit_label(&sheet.unit),
    }
}

/// "Sunrise 07:00 · Sunset 18:36" (or what the sun does instead).
pub fn sun_line(sun: &SunTimes, date: NaiveDate) -> String {
    let mut parts = Vec::new();
    if let Some(rise) = sun.sunrise {
        parts.push(format!("Sunrise {}", clock(Some(rise), date)));
    }
    if let Some(set) = sun.sunset {
        parts.push(format!("Sunset {}", clock(Some(set), date)));
    }
    match sun.polar {
        Some("up") => parts.push("the sun does not set".into()),
        Some(_) => parts.push("the sun does not rise".into()),
        None => {}
    }
    capitalised(&parts.join(" · "))
}

/// "1 page", "7/8 page", "2 3/8 pages".
pub fn pages(pages: crate::model::Pages) -> String {
    if pages.eighths() <= 8 {
        format!("{pages} page")
    } else {
        format!("{pages} pages")
    }
}

/// "Sunrise 07:00 · Sunset 18:36 · at Farol do Cabo da Roca", or why
/// there are no times.
pub fn sun_text(sheet: &CallSheet) -> String {
    match &sheet.sun {
        Some(sun) => format!(
            "{} · at {}",
            sun_line(sun, sheet.date),
            one_line(&sun.location_name)
        ),
        None => "not known: no location of the day has coordinates".into(),
    }
}

/// "hair & makeup" → "Hair & makeup".
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Text on one line: runs of whitespace (newlines included) as one space,
/// control characters (a terminal escape in a name, say) left out.
pub fn one_line(text: &str) -> String {
    printable(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text without control characters other than newline and tab, line
/// ends as `\n`: safe to print to a terminal.
pub fn printable(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

/// The character, and "(minor)" for a minor.
pub fn character(name: &str, minor: bool) -> String {
    if minor {
        format!("{name} (minor)")
    } else {
        name.to_string()
    }
}

/// "sc. 17, 40".
pub fn scene_list(scenes: &[String]) -> String {
    if scenes.is_empty() {
        String::new()
    } else {
        format!("sc. {}", scenes.join(", "))
    }
}
