//! The production's time zone as a VTIMEZONE (RFC 5545 §3.6.5), built
//! from the IANA database that chrono-tz carries: one observance per
//! change of offset in the years the events fall in, plus the one in force
//! when they begin. Events then give their local times with `TZID=`, as
//! the call sheet prints them. A production in UTC gets UTC times (`Z`)
//! and no VTIMEZONE.

use super::content::Content;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

/// Names of UTC itself.
const UTC_NAMES: &[&str] = &[
    "UTC",
    "Etc/UTC",
    "Etc/UCT",
    "UCT",
    "Etc/Universal",
    "Universal",
    "Etc/Zulu",
    "Zulu",
];

/// Whether times are written in UTC (`Z`) rather than with a TZID.
pub fn is_utc(tz: Tz) -> bool {
    UTC_NAMES.contains(&tz.name())
}

/// One offset regime: the total offset, whether it is summer time, its
/// abbreviation.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Regime {
    offset: i32,
    dst: bool,
    name: Option<String>,
}

fn regime(tz: Tz, at: i64) -> Regime {
    let utc = DateTime::<Utc>::from_timestamp(at, 0).unwrap_or_default();
    let offset = tz.offset_from_utc_datetime(&utc.naive_utc());
    Regime {
        offset: offset.fix().local_minus_utc(),
        dst: !offset.dst_offset().is_zero(),
        name: offset.abbreviation().map(str::to_owned),
    }
}

const STEP: i64 = 6 * 3600;

/// The first second in `(from, to]` with `to`'s regime, given that
/// `from` has another (one change in between).
fn bisect(tz: Tz, mut from: i64, mut to: i64) -> i64 {
    let target = regime(tz, to);
    while to - from > 1 {
        let mid = from + (to - from) / 2;
        if regime(tz, mid) == target {
            to = mid;
        } else {
            from = mid;
        }
    }
    to
}

/// Writes the VTIMEZONE covering the local dates `first..=last` (widened
/// to whole years).
pub fn write(content: &mut Content, tz: Tz, first: NaiveDate, last: NaiveDate) {
    let year_start = |year: i32| {
        NaiveDate::from_ymd_opt(year, 1, 1).map(|d| {
            d.and_hms_opt(0, 0, 0)
                .unwrap_or_default()
                .and_utc()
                .timestamp()
        })
    };
    let start = year_start(first.year()).unwrap_or(0) - 86_400;
    let end = year_start(last.year().saturating_add(1)).unwrap_or(start) + 86_400;

    // The regime in force at `start`, and when it began (within about a
    // year and a half; a zone with no change that long gets 1970).
    let initial = regime(tz, start);
    let mut onset = None;
    let mut t = start;
    while t > start - 550 * 86_400 {
        if regime(tz, t - STEP) != initial {
            let at = bisect(tz, t - STEP, t);
            onset = Some((at, regime(tz, at - 1)));
            break;
        }
        t -= STEP;
    }
    let mut observances = Vec::new();
    match onset {
        Some((at, before)) => observances.push((at, before.offset, initial.clone())),
        None => observances.push((i64::MIN, initial.offset, initial.clone())),
    }
    let mut current = initial;
    let mut t = start;
    while t < end {
        let next = regime(tz, t + STEP);
        if next != current {
            let at = bisect(tz, t, t + STEP);
            let now = regime(tz, at);
            observances.push((at, current.offset, now.clone()));
            current = now;
        }
        t += STEP;
    }

    content.begin("VTIMEZONE");
    content.raw("TZID", &[], tz.name());
    for (at, from, to) in observances {
        let kind = if to.dst { "DAYLIGHT" } else { "STANDARD" };
        content.begin(kind);
        // DTSTART is the onset in local time as it was before the change.
        let local = if at == i64::MIN {
            NaiveDate::from_ymd_opt(1970, 1, 1)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .unwrap_or_default()
        } else {
            DateTime::<Utc>::from_timestamp(at + i64::from(from), 0)
                .unwrap_or_default()
                .naive_utc()
        };
        content.raw("DTSTART", &[], &local_text(local));
        content.raw("TZOFFSETFROM", &[], &offset_text(from));
        content.raw("TZOFFSETTO", &[], &offset_text(to.offset));
        if let Some(name) = &to.name {
            content.text("TZNAME", name);
        }
        content.end(kind);
    }
    content.end("VTIMEZONE");
}

/// `20270301T070000`.
pub fn local_text(time: NaiveDateTime) -> String {
    time.format("%Y%m%dT%H%M%S").to_string()
}

/// `+0100`, `-0330`, `+053030` (seconds only when there are some).
fn offset_text(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vtimezone(tz: Tz, year: i32) -> String {
        let mut content = Content::new();
        let date = NaiveDate::from_ymd_opt(year, 3, 1).unwrap_or_default();
        write(&mut content, tz, date, date);
        content.finish()
    }

    #[test]
    fn lisbon_2027_changes_on_the_last_sundays_of_march_and_october() {
        let text = vtimezone(chrono_tz::Europe::Lisbon, 2027);
        assert!(text.contains(
            "BEGIN:DAYLIGHT\r\nDTSTART:20270328T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\n"
        ), "{text}");
        assert!(text.contains(
            "BEGIN:STANDARD\r\nDTSTART:20271031T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\n"
        ), "{text}");
        // The regime in force on 1 January began the October before.
        assert!(text.contains("DTSTART:20261025T020000"), "{text}");
    }

    #[test]
    fn a_zone_without_changes_has_one_observance() {
        let text = vtimezone(chrono_tz::Asia::Kolkata, 2027);
        assert_eq!(text.matches("BEGIN:STANDARD").count(), 1, "{text}");
        assert!(text.contains("DTSTART:19700101T000000\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530"));
    }
}
