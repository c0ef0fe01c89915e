//! The call sheet as plain text: for a terminal, or the body of an email.

use super::columns::Columns;
use super::fmt::{self, clock};
use crate::callsheet::CallSheet;
use std::fmt::Write;

pub fn render(sheet: &CallSheet) -> String {
    let date = sheet.date;
    let mut out = String::new();
    let w = &mut out;
    line(w, &fmt::one_line(&sheet.title).to_uppercase());
    if let Some(company) = &sheet.company {
        line(w, &fmt::one_line(company));
    }
    line(w, "");
    line(
        w,
        &format!(
            "CALL SHEET · {} · {}",
            fmt::long_date(date),
            fmt::day_line(sheet)
        ),
    );
    line(w, "");
    let mut times = Columns::new();
    times.row(["Crew call", &clock(sheet.crew_call, date)]);
    times.row(["Shooting call", &clock(sheet.shooting_call, date)]);
    times.row(["Estimated wrap", &clock(sheet.wrap, date)]);
    times.row(["Sun", &fmt::sun_text(sheet)]);
    times.row(["Weather", sheet.weather.as_deref().unwrap_or("—")]);
    out.push_str(&times.render("  "));
    let w = &mut out;

    if !sheet.contacts.is_empty() {
        heading(w, "PRODUCTION CONTACTS");
        let mut contacts = Columns::new();
        for c in &sheet.contacts {
            contacts.row([
                c.name.as_str(),
                c.role.as_deref().unwrap_or(""),
                c.phone.as_deref().unwrap_or(""),
                c.email.as_deref().unwrap_or(""),
            ]);
        }
        w.push_str(&contacts.render("  "));
    }

    heading(w, "LOCATIONS");
    if sheet.locations.is_empty() {
        line(w, "  No location is set for the day's scenes.");
    }
    for location in &sheet.locations {
        line(
            w,
            &format!(
                "  {}. {}  ({})",
                location.number,
                fmt::one_line(&location.name),
                fmt::scene_list(&location.scenes)
            ),
        );
        let mut details = Columns::new();
        let mut detail = |label: &str, value: Option<String>| {
            if let Some(value) = value {
                details.row([label, &value]);
            }
        };
        detail("Address", location.address.clone());
        detail("Parking", location.parking.clone());
        detail("Contact", location.contact.as_ref().map(|c| c.one_line()));
        detail("Hospital", location.hospital.as_ref().map(|c| c.one_line()));
        detail("Notes", location.notes.clone());
        w.push_str(&details.render("     "));
    }

    heading(w, "SCENES");
    if sheet.scenes.is_empty() {
        line(w, "  No scenes.");
    } else {
        let several = sheet.locations.len() > 1;
        let mut scenes = Columns::new();
        let mut header = vec!["Sc.", "I/E", "Set", "D/N", "Pages", "Cast"];
        if several {
            header.push("Loc");
        }
        header.push("Synopsis");
        scenes.row(header);
        for s in &sheet.scenes {
            let mut row = vec![
                s.number.clone(),
                s.int_ext.to_string(),
                s.set.clone(),
                s.time.to_string(),
                s.pages.to_string(),
                s.cast.join(", "),
            ];
            if several {
                row.push(s.location_number.map_or(String::new(), |n| n.to_string()));
            }
            row.push(s.synopsis.clone().unwrap_or_default());
            scenes.row(row);
        }
        let mut total = vec![String::new(); 4];
        total[3] = "Total".into();
        total.push(sheet.pages.to_string());
        scenes.row(total);
        w.push_str(&scenes.render("  "));
    }

    heading(w, "CAST");
    if sheet.cast.is_empty() {
        line(w, "  No cast.");
    } else {
        let mut cast = Columns::new();
        cast.row([
            "#",
            "Character",
            "Performer",
            "DOOD",
            "Pickup",
            "Makeup",
            "On set",
            "Scenes",
        ]);
        for c in &sheet.cast {
            cast.row([
                c.label.clone(),
                fmt::character(&c.character, c.minor),
                c.name.clone(),
                c.code.to_string(),
                clock(c.pickup, date),
                clock(c.makeup, date),
                clock(c.on_set, date),
                c.scenes.join(", "),
            ]);
        }
        w.push_str(&cast.render("  "));
    }
    line(w, "");
    line(w, &format!("BACKGROUND  {}", sheet.background));

    heading(w, "CREW");
    if sheet.crew.is_empty() {
        line(w, "  No crew.");
    }
    let mut crew = Columns::new();
    for department in &sheet.crew {
        crew.row([
            fmt::capitalised(&fmt::one_line(&department.department)),
            String::new(),
            clock(department.call, date),
        ]);
        for p in &department.people {
            crew.row([
                format!("  {}", fmt::one_line(&p.role)),
                p.name.clone(),
                clock(p.call, date),
            ]);
        }
    }
    w.push_str(&crew.render("  "));

    if !sheet.elements.is_empty() {
        heading(w, "ELEMENTS");
        for group in &sheet.elements {
            line(w, &format!("  {}", group.label));
            for item in &group.items {
                line(
                    w,
                    &format!(
                        "    {} ({})",
                        fmt::one_line(&item.name),
                        fmt::scene_list(&item.scenes)
                    ),
                );
            }
        }
    }

    if let Some(notes) = &sheet.notes {
        heading(w, "NOTES");
        for l in fmt::printable(notes).lines() {
            line(w, format!("  {l}").trim_end());
        }
    }

    heading(w, "ADVANCE SCHEDULE");
    match &sheet.advance {
        None => line(w, "  This is the unit's last shoot day."),
        Some(next) => {
            let mut title = format!("  {}", fmt::long_date(next.date));
            if let Some(n) = next.day_number {
                let _ = write!(title, " · Day {n} of {}", sheet.shoot_days);
            }
            let _ = write!(title, " · crew call {}", clock(next.crew_call, next.date));
            if next.night {
                title.push_str(" · night");
            }
            line(w, &title);
            let mut scenes = Columns::new();
            for s in &next.scenes {
                scenes.row([
                    s.number.clone(),
                    s.int_ext.to_string(),
                    s.set.clone(),
                    s.time.to_string(),
                    s.pages.to_string(),
                    s.cast.join(", "),
                ]);
            }
            w.push_str(&scenes.render("    "));
            let mut total = format!("    {}", fmt::pages(next.pages));
            if !next.locations.is_empty() {
                let _ = write!(
                    total,
                    " · {}",
                    fmt::one_line(&next.locations.join(", then "))
                );
            }
            line(w, &total);
        }
    }
    out
}

fn line(out: &mut String, text: &str) {
    out.push_str(&fmt::printable(text));
    out.push('\n');
}

fn heading(out: &mut String, text: &str) {
    out.push('\n');
    line(out, text);
}
