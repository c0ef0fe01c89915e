//! The DESCRIPTION of an event: the call sheet in brief, as plain text.

use crate::callsheet::render::fmt::{self, clock};
use crate::callsheet::{CallSheet, CastEntry, CrewEntry};
use std::fmt::Write;

/// Whose calendar it is, and their entry on the day.
pub enum Called<'a> {
    Everyone,
    Cast(&'a CastEntry),
    Crew(&'a CrewEntry, &'a str),
}

pub fn describe(sheet: &CallSheet, called: &Called) -> String {
    let date = sheet.date;
    let mut w = String::new();
    let kind = match sheet.kind {
        "rehearsal" => "Rehearsal".to_string(),
        "travel" => "Travel day".to_string(),
        _ => sheet.day_of().unwrap_or_else(|| "Shoot day".into()),
    };
    let _ = writeln!(
        w,
        "{kind} · {} · {}",
        fmt::unit_label(&sheet.unit),
        fmt::long_date(date)
    );
    match called {
        Called::Everyone => {}
        Called::Cast(c) => {
            let _ = write!(w, "Your call {}", clock(c.call, date));
            let parts: Vec<String> = [
                ("pickup", c.pickup),
                ("makeup", c.makeup),
                ("on set", c.on_set),
            ]
            .into_iter()
            .filter_map(|(label, t)| t.map(|t| format!("{label} {}", clock(Some(t), date))))
            .collect();
            if !parts.is_empty() {
                let _ = write!(w, " ({})", parts.join(" · "));
            }
            if !c.scenes.is_empty() {
                let _ = write!(w, "\nYour scenes: {}", c.scenes.join(", "));
            }
            w.push('\n');
        }
        Called::Crew(c, department) => {
            let _ = writeln!(
                w,
                "Your call {} ({}, {})",
                clock(c.call, date),
                fmt::one_line(&c.role),
                fmt::one_line(department)
            );
        }
    }
    if sheet.kind != "travel" {
        let mut times = vec![format!("Crew call {}", clock(sheet.crew_call, date))];
        if sheet.shooting_call.is_some() {
            times.push(format!(
                "Shooting call {}",
                clock(sheet.shooting_call, date)
            ));
        }
        times.push(format!("Wrap {}", clock(sheet.wrap, date)));
        let _ = writeln!(w, "{}", times.join(" · "));
    }
    if let Some(sun) = &sheet.sun {
        let _ = writeln!(w, "{}", fmt::sun_line(sun, date));
    }
    if let Some(weather) = &sheet.weather {
        let _ = writeln!(w, "Weather: {}", fmt::one_line(weather));
    }
    if !sheet.locations.is_empty() {
        w.push('\n');
        let several = sheet.locations.len() > 1;
        let _ = writeln!(w, "{}", if several { "Locations:" } else { "Location:" });
        for l in &sheet.locations {
            let mut line = if several {
                format!("{}. {}", l.number, fmt::one_line(&l.name))
            } else {
                fmt::one_line(&l.name)
            };
            if let Some(address) = &l.address {
                let _ = write!(line, " — {}", fmt::one_line(address));
            }
            let _ = writeln!(w, "{line}");
            if let Some(parking) = &l.parking {
                let _ = writeln!(w, "Parking: {}", fmt::one_line(parking));
            }
            if let Some(hospital) = &l.hospital {
                let _ = writeln!(w, "Hospital: {}", fmt::one_line(&hospital.one_line()));
            }
        }
    }
    if !sheet.scenes.is_empty() {
        let _ = writeln!(w, "\nScenes ({}):", fmt::pages(sheet.pages));
        for s in &sheet.scenes {
            let mut line = format!(
                "{} {} {} {} {}",
                s.number,
                s.int_ext,
                fmt::one_line(&s.set),
                s.time,
                s.pages
            );
            if !s.cast.is_empty() {
                let _ = write!(line, " · cast {}", s.cast.join(", "));
            }
            if let Some(synopsis) = &s.synopsis {
                let _ = write!(line, " — {}", fmt::one_line(synopsis));
            }
            let _ = writeln!(w, "{line}");
        }
    }
    if let Some(notes) = &sheet.notes {
        let _ = writeln!(w, "\nNotes: {}", fmt::printable(notes).trim());
    }
    w.trim_end().to_string()
}
