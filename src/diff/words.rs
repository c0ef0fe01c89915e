//! The phrases a coordinator would send round, shared by the text and
//! Markdown renderers. Every piece of text that comes from the files (or
//! the command line) goes through the renderer's escaping.

use super::changes::{
    Change, DayRef, DaySummary, LocationChange, MoneyChange, PermitDates, PersonChange, SceneEdit,
    SceneInfo, Status, TimeChange,
};
use crate::model::Money;
use crate::text::long_date;
use chrono::{Datelike, NaiveDate};

/// Consecutive dates: the first and the last.
type Run = (NaiveDate, NaiveDate);

/// Phrases, with the escaping of one output format.
pub struct Words {
    pub escape: fn(&str) -> String,
}

impl Words {
    fn e(&self, text: &str) -> String {
        (self.escape)(text)
    }

    /// "Tue 2 Mar 2027", without unit or kind.
    pub fn date(&self, day: &DayRef) -> String {
        long_date(day.date)
    }

    /// "Tue 2 Mar 2027", "Tue 2 Mar 2027 (second unit)": without the kind.
    pub fn day_of_unit(&self, day: &DayRef) -> String {
        format!("{}{}", long_date(day.date), self.suffix(&day.unit, "shoot"))
    }

    /// "Tue 2 Mar 2027", "Tue 2 Mar 2027 (second unit, rehearsal)".
    pub fn day(&self, day: &DayRef) -> String {
        format!(
            "{}{}",
            long_date(day.date),
            self.suffix(&day.unit, day.kind)
        )
    }

    fn suffix(&self, unit: &str, kind: &str) -> String {
        let mut parts = Vec::new();
        if unit != "main" {
            parts.push(format!("{} unit", self.e(unit)));
        }
        match kind {
            "rehearsal" => parts.push("rehearsal".to_string()),
            "travel" => parts.push("travel day".to_string()),
            _ => {}
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!(" ({})", parts.join(", "))
        }
    }

    /// Days by unit and kind (groups in order of their first date, joined
    /// with `; `), runs of consecutive dates joined: "Sat 27 Feb 2027
    /// (rehearsal); Mon 1 – Sat 6 Mar 2027, Mon 8 Mar 2027; Tue 2 Mar 2027
    /// (second unit)".
    pub fn days(&self, days: &[DayRef]) -> String {
        let mut sorted: Vec<&DayRef> = days.iter().collect();
        sorted.sort_by(|a, b| (a.date, &a.unit, a.kind).cmp(&(b.date, &b.unit, b.kind)));
        // Groups of one unit and kind, each a list of runs (first, last).
        let mut groups: Vec<((&str, &str), Vec<Run>)> = Vec::new();
        for day in sorted {
            let key = (day.unit.as_str(), day.kind);
            let at = match groups.iter().position(|(k, _)| *k == key) {
                Some(at) => at,
                None => {
                    groups.push((key, Vec::new()));
                    groups.len() - 1
                }
            };
            let runs = &mut groups[at].1;
            match runs.last_mut() {
                Some(run) if run.1.succ_opt() == Some(day.date) => run.1 = day.date,
                Some(run) if run.1 == day.date => {}
                _ => runs.push((day.date, day.date)),
            }
        }
        groups
            .iter()
            .map(|((unit, kind), runs)| {
                let runs: Vec<String> = runs.iter().map(|(a, b)| date_range(*a, *b)).collect();
                format!("{}{}", runs.join(", "), self.suffix(unit, kind))
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// "sc. 6, 7, 3" or "no scenes".
    pub fn scenes(&self, numbers: &[String]) -> String {
        if numbers.is_empty() {
            "no scenes".to_string()
        } else {
            let numbers: Vec<String> = numbers.iter().map(|n| self.e(n)).collect();
            format!("sc. {}", numbers.join(", "))
        }
    }

    /// "1 page", "1 3/8 pages".
    fn pages(&self, pages: &str) -> String {
        let word = if pages == "1" { "page" } else { "pages" };
        format!("{} {word}", self.e(pages))
    }

    /// "day 9 of 23", for shoot days.
    pub fn day_number(&self, day: &DaySummary) -> Option<String> {
        day.day_number
            .map(|n| format!("day {n} of {}", day.unit_shoot_days))
    }

    /// "crew call 07:00, wrap 18:00".
    pub fn hours(&self, day: &DaySummary) -> Option<String> {
        let parts: Vec<String> = [
            ("crew call", &day.crew_call),
            ("shooting call", &day.shooting_call),
            ("wrap", &day.wrap),
        ]
        .into_iter()
        .filter_map(|(what, time)| time.as_ref().map(|t| format!("{what} {t}")))
        .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    /// What an added or removed day is: its number, scenes and hours.
    pub fn day_details(&self, day: &DaySummary, removed: bool) -> String {
        let mut parts = Vec::new();
        if let Some(number) = self.day_number(day) {
            parts.push(if removed {
                format!("was {number}")
            } else {
                number
            });
        }
        if day.day.kind == "shoot" {
            parts.push(self.scenes(&day.scenes));
        }
        parts.extend(self.hours(day));
        parts.join("; ")
    }

    /// "crew call 08:00 → 07:30".
    pub fn time_change(&self, change: &TimeChange) -> String {
        let what = match change.what {
            "crew_call" => "crew call",
            "shooting_call" => "shooting call",
            _ => "wrap",
        };
        match (&change.old, &change.new) {
            (Some(old), Some(new)) => format!("{what} {old} → {new}"),
            (None, Some(new)) => format!("{what} now {new} (none before)"),
            (Some(old), None) => format!("no {what} any more (was {old})"),
            (None, None) => what.to_string(),
        }
    }

    pub fn time_changes(&self, changes: &[TimeChange]) -> Vec<String> {
        changes.iter().map(|c| self.time_change(c)).collect()
    }

    /// "INT. COTTAGE - KITCHEN - DAY, 1 2/8 pages".
    pub fn scene_info(&self, scene: &SceneInfo) -> String {
        let mut text = format!("{}, {}", self.e(&scene.heading), self.pages(&scene.pages));
        if scene.omitted {
            text.push_str(", omitted");
        }
        text
    }

    /// Every change to one scene, as phrases.
    pub fn scene_edit(&self, scene: &SceneEdit) -> Vec<String> {
        let mut parts = Vec::new();
        if let Some(omitted) = &scene.omitted {
            parts.push(if omitted.new {
                "omitted from the script".to_string()
            } else {
                "back in the script (no longer omitted)".to_string()
            });
        }
        if let Some(heading) = &scene.heading_change {
            parts.push(format!(
                "heading {} → {}",
                self.e(&heading.old),
                self.e(&heading.new)
            ));
        }
        if let Some(pages) = &scene.pages {
            parts.push(format!(
                "re-paged {} → {}",
                self.e(&pages.old),
                self.pages(&pages.new)
            ));
        }
        if let Some(days) = &scene.days {
            parts.push(self.scene_days(days));
        }
        if let Some(location) = &scene.location {
            let name = |l: &Option<super::changes::Named>| {
                l.as_ref()
                    .map_or_else(|| "none".to_string(), |l| self.e(&l.name))
            };
            parts.push(format!(
                "location {} → {}",
                name(&location.old),
                name(&location.new)
            ));
        }
        let names = |cast: &[super::changes::Named]| {
            cast.iter()
                .map(|c| self.e(&c.name))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !scene.cast_added.is_empty() {
            parts.push(format!("cast added: {}", names(&scene.cast_added)));
        }
        if !scene.cast_removed.is_empty() {
            parts.push(format!("cast removed: {}", names(&scene.cast_removed)));
        }
        parts
    }

    /// "moved from Tue 2 Mar 2027 to Thu 4 Mar 2027".
    pub fn scene_days(&self, days: &Change<Vec<DayRef>>) -> String {
        match (days.old.is_empty(), days.new.is_empty()) {
            (true, false) => format!("scheduled on {}", self.days(&days.new)),
            (false, true) => format!("taken off the schedule (was on {})", self.days(&days.old)),
            _ => format!(
                "moved from {} to {}",
                self.days(&days.old),
                self.days(&days.new)
            ),
        }
    }

    /// Where an added scene is scheduled, or where a removed one was.
    pub fn scene_schedule(&self, scene: &SceneInfo, removed: bool) -> String {
        match (scene.days.is_empty(), removed) {
            (true, false) => "not scheduled".to_string(),
            (true, true) => "was not scheduled".to_string(),
            (false, false) => format!("on {}", self.days(&scene.days)),
            (false, true) => format!("was on {}", self.days(&scene.days)),
        }
    }

    /// "TOMÁS, cast no. 1" or "A-Camera Operator, camera".
    pub fn role(&self, person: &PersonChange) -> String {
        let parts: Vec<String> = match person.kind {
            "cast" => [
                person.character.as_deref().map(|c| self.e(c)),
                person.number.map(|n| format!("cast no. {n}")),
            ]
            .into_iter()
            .flatten()
            .filter(|p| !p.is_empty())
            .collect(),
            _ => [person.role.as_deref(), person.department.as_deref()]
                .into_iter()
                .flatten()
                .filter(|p| !p.is_empty())
                .map(|p| self.e(p))
                .collect(),
        };
        parts.join(", ")
    }

    /// "new in the cast list", "removed from the crew list".
    pub fn person_status(&self, person: &PersonChange) -> Option<String> {
        let list = if person.kind == "cast" {
            "cast"
        } else {
            "crew"
        };
        match person.status {
            Status::Added => Some(format!("new in the {list} list")),
            Status::Removed => Some(format!("removed from the {list} list")),
            Status::Changed => None,
        }
    }

    /// "Thu 4 Mar 2027: 06:30 → 06:00".
    pub fn calls(&self, person: &PersonChange) -> Vec<String> {
        person
            .calls
            .iter()
            .map(|c| format!("{}: {} → {}", self.day(&c.day), c.old, c.new))
            .collect()
    }

    pub fn location_status(&self, location: &LocationChange) -> Option<String> {
        match location.status {
            Status::Added => Some("new location".to_string()),
            Status::Removed => Some("removed from the locations".to_string()),
            Status::Changed => None,
        }
    }

    /// "permit 1 – 20 Mar 2027 → 1 – 25 Mar 2027".
    pub fn permit(&self, location: &LocationChange) -> Option<String> {
        let change = location.permit.as_ref()?;
        Some(format!(
            "permit {} → {}",
            permit_dates(change.old.as_ref()),
            permit_dates(change.new.as_ref())
        ))
    }

    /// "52,400.00 → 55,100.00 (+2,700.00)".
    pub fn money_change(&self, change: &MoneyChange) -> String {
        format!(
            "{} → {} ({})",
            change.old,
            change.new,
            signed(change.difference)
        )
    }
}

/// "+2,700.00", "-1,000.00", "0.00"; "too large" when it does not fit.
pub fn signed(money: Option<Money>) -> String {
    match money {
        Some(m) if m.0.is_sign_positive() && !m.0.is_zero() => format!("+{m}"),
        Some(m) => m.to_string(),
        None => "too large to show".to_string(),
    }
}

/// "Mon 1 – Sat 6 Mar 2027", "Sat 27 Feb – Mon 1 Mar 2027", or one date.
pub fn date_range(first: NaiveDate, last: NaiveDate) -> String {
    if first == last {
        long_date(first)
    } else if first.year() == last.year() && first.month() == last.month() {
        format!("{} – {}", first.format("%a %-d"), long_date(last))
    } else if first.year() == last.year() {
        format!("{} – {}", first.format("%a %-d %b"), long_date(last))
    } else {
        format!("{} – {}", long_date(first), long_date(last))
    }
}

fn permit_dates(permit: Option<&PermitDates>) -> String {
    match permit {
        None => "none".to_string(),
        Some(PermitDates {
            from: Some(from),
            to: Some(to),
        }) => date_range(*from, *to),
        Some(PermitDates {
            from: Some(from),
            to: None,
        }) => format!("from {}", long_date(*from)),
        Some(PermitDates {
            from: None,
            to: Some(to),
        }) => format!("until {}", long_date(*to)),
        Some(PermitDates {
            from: None,
            to: None,
        }) => "without dates".to_string(),
    }
}

/// A revision or other text from the command line, quoted for a message:
/// `` `HEAD~1` ``, with control characters shown escaped.
pub fn quoted(text: &str) -> String {
    let shown: String = text
        .chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_default().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect();
    format!("`{shown}`")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(date: &str, unit: &str, kind: &'static str) -> DayRef {
        DayRef {
            date: date.parse().expect("a date"),
            unit: unit.to_string(),
            kind,
        }
    }

    #[test]
    fn date_ranges_say_the_month_and_year_once() {
        let d = |s: &str| s.parse::<NaiveDate>().expect("a date");
        assert_eq!(
            date_range(d("2027-03-01"), d("2027-03-01")),
            "Mon 1 Mar 2027"
        );
        assert_eq!(
            date_range(d("2027-03-01"), d("2027-03-06")),
            "Mon 1 – Sat 6 Mar 2027"
        );
        assert_eq!(
            date_range(d("2027-02-27"), d("2027-03-01")),
            "Sat 27 Feb – Mon 1 Mar 2027"
        );
        assert_eq!(
            date_range(d("2026-12-31"), d("2027-01-01")),
            "Thu 31 Dec 2026 – Fri 1 Jan 2027"
        );
    }

    #[test]
    fn runs_of_days_keep_units_and_kinds_apart() {
        let w = Words {
            escape: |t| t.to_string(),
        };
        let days = [
            day("2027-03-02", "main", "shoot"),
            day("2027-03-01", "main", "shoot"),
            day("2027-03-02", "second", "shoot"),
            day("2027-03-03", "main", "shoot"),
            day("2027-03-05", "main", "shoot"),
            day("2027-02-27", "main", "rehearsal"),
            day("2027-03-03", "second", "shoot"),
        ];
        assert_eq!(
            w.days(&days),
            "Sat 27 Feb 2027 (rehearsal); Mon 1 – Wed 3 Mar 2027, Fri 5 Mar 2027; \
             Tue 2 – Wed 3 Mar 2027 (second unit)"
        );
        assert_eq!(w.days(&[]), "");
    }

    #[test]
    fn money_differences_carry_their_sign() {
        use rust_decimal::Decimal;
        assert_eq!(signed(Some(Money(Decimal::new(270000, 2)))), "+2,700.00");
        assert_eq!(signed(Some(Money(Decimal::new(-100, 0)))), "-100.00");
        assert_eq!(signed(Some(Money::ZERO)), "0.00");
        assert_eq!(signed(None), "too large to show");
    }

    #[test]
    fn quoting_shows_control_characters() {
        assert_eq!(quoted("HEAD\u{1b}[2J\n"), "`HEAD\\u{1b}[2J\\n`");
    }
}
