//! The call sheet as Markdown (GitHub-flavoured tables): for a wiki, a
//! pull request, or an email client that reads Markdown. Every piece of
//! text from the files is escaped, so a `|` or `<b>` in a synopsis is text.

use super::fmt::{self, clock};
use crate::callsheet::CallSheet;
use std::fmt::Write;

pub fn render(sheet: &CallSheet) -> String {
    let date = sheet.date;
    let mut w = String::new();
    let title = esc(&sheet.title);
    let _ = writeln!(w, "# {title}");
    if let Some(company) = &sheet.company {
        let _ = writeln!(w, "\n{}", esc(company));
    }
    let _ = writeln!(
        w,
        "\n## Call sheet · {} · {}\n",
        fmt::long_date(date),
        esc(&fmt::day_line(sheet))
    );
    let mut times = vec![
        ("Crew call", clock(sheet.crew_call, date)),
        ("Shooting call", clock(sheet.shooting_call, date)),
        ("Estimated wrap", clock(sheet.wrap, date)),
    ];
    times.push(("Sun", fmt::sun_text(sheet)));
    times.push((
        "Weather",
        sheet.weather.clone().unwrap_or_else(|| "—".into()),
    ));
    for (label, value) in times {
        let _ = writeln!(w, "- **{label}:** {}", esc(&value));
    }

    if !sheet.contacts.is_empty() {
        let _ = writeln!(w, "\n### Production contacts\n");
        table(
            &mut w,
            &["Name", "Role", "Phone", "Email"],
            sheet.contacts.iter().map(|c| {
                vec![
                    esc(&c.name),
                    esc(c.role.as_deref().unwrap_or("")),
                    esc(c.phone.as_deref().unwrap_or("")),
                    esc(c.email.as_deref().unwrap_or("")),
                ]
            }),
        );
    }

    let _ = writeln!(w, "\n### Locations\n");
    if sheet.locations.is_empty() {
        let _ = writeln!(w, "No location is set for the day's scenes.");
    }
    for l in &sheet.locations {
        let _ = writeln!(
            w,
            "{}. **{}** ({})",
            l.number,
            esc(&l.name),
            esc(&fmt::scene_list(&l.scenes))
        );
        let mut detail = |label: &str, value: Option<String>| {
            if let Some(value) = value {
                let _ = writeln!(w, "   - {label}: {}", esc(&value));
            }
        };
        detail("Address", l.address.clone());
        detail("Parking", l.parking.clone());
        detail("Contact", l.contact.as_ref().map(|c| c.one_line()));
        detail("Hospital", l.hospital.as_ref().map(|c| c.one_line()));
        detail("Notes", l.notes.clone());
    }

    let _ = writeln!(w, "\n### Scenes\n");
    if sheet.scenes.is_empty() {
        let _ = writeln!(w, "No scenes.");
    } else {
        let several = sheet.locations.len() > 1;
        let mut header = vec!["Sc.", "I/E", "Set", "D/N", "Pages", "Cast"];
        if several {
            header.push("Loc");
        }
        header.push("Synopsis");
        let mut rows: Vec<Vec<String>> = sheet
            .scenes
            .iter()
            .map(|s| {
                let mut row = vec![
                    esc(&s.number),
                    s.int_ext.to_string(),
                    esc(&s.set),
                    s.time.to_string(),
                    s.pages.to_string(),
                    esc(&s.cast.join(", ")),
                ];
                if several {
                    row.push(s.location_number.map_or(String::new(), |n| n.to_string()));
                }
                row.push(esc(s.synopsis.as_deref().unwrap_or("")));
                row
            })
            .collect();
        let mut total = vec![String::new(); header.len()];
        total[3] = "**Total**".into();
        total[4] = format!("**{}**", sheet.pages);
        rows.push(total);
        table(&mut w, &header, rows);
    }

    let _ = writeln!(w, "\n### Cast\n");
    if sheet.cast.is_empty() {
        let _ = writeln!(w, "No cast.");
    } else {
        table(
            &mut w,
            &[
                "#",
                "Character",
                "Performer",
                "DOOD",
                "Pickup",
                "Makeup",
                "On set",
                "Scenes",
            ],
            sheet.cast.iter().map(|c| {
                vec![
                    esc(&c.label),
                    esc(&fmt::character(&c.character, c.minor)),
                    esc(&c.name),
                    c.code.to_string(),
                    clock(c.pickup, date),
                    clock(c.makeup, date),
                    clock(c.on_set, date),
                    esc(&c.scenes.join(", ")),
                ]
            }),
        );
    }
    let _ = writeln!(w, "\n**Background:** {}", sheet.background);

    let _ = writeln!(w, "\n### Crew\n");
    if sheet.crew.is_empty() {
        let _ = writeln!(w, "No crew.");
    } else {
        let mut rows = Vec::new();
        for d in &sheet.crew {
            let department = esc(&fmt::capitalised(&d.department));
            rows.push(vec![
                format!("**{department}**"),
                String::new(),
                format!("**{}**", clock(d.call, date)),
            ]);
            for p in &d.people {
                rows.push(vec![esc(&p.role), esc(&p.name), clock(p.call, date)]);
            }
        }
        table(&mut w, &["Department / role", "Name", "Call"], rows);
    }

    if !sheet.elements.is_empty() {
        let _ = writeln!(w, "\n### Elements\n");
        for g in &sheet.elements {
            let items: Vec<String> = g
                .items
                .iter()
                .map(|i| format!("{} ({})", esc(&i.name), esc(&fmt::scene_list(&i.scenes))))
                .collect();
            let _ = writeln!(w, "- **{}:** {}", g.label, items.join("; "));
        }
    }

    if let Some(notes) = &sheet.notes {
        let _ = writeln!(w, "\n### Notes\n");
        let paragraphs: Vec<String> = fmt::printable(notes)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(esc)
            .collect();
        let _ = writeln!(w, "{}", paragraphs.join("\n\n"));
    }

    let _ = writeln!(w, "\n### Advance schedule\n");
    match &sheet.advance {
        None => {
            let _ = writeln!(w, "This is the unit's last shoot day.");
        }
        Some(next) => {
            let mut title = format!("**{}**", fmt::long_date(next.date));
            if let Some(n) = next.day_number {
                let _ = write!(title, " · Day {n} of {}", sheet.shoot_days);
            }
            let _ = write!(title, " · crew call {}", clock(next.crew_call, next.date));
            if next.night {
                title.push_str(" · night");
            }
            let _ = writeln!(w, "{title}\n");
            let mut rows: Vec<Vec<String>> = next
                .scenes
                .iter()
                .map(|s| {
                    vec![
                        esc(&s.number),
                        s.int_ext.to_string(),
                        esc(&s.set),
                        s.time.to_string(),
                        s.pages.to_string(),
                        esc(&s.cast.join(", ")),
                    ]
                })
                .collect();
            rows.push(vec![
                String::new(),
                String::new(),
                esc(&next.locations.join(", then ")),
                "**Total**".into(),
                format!("**{}**", next.pages),
                String::new(),
            ]);
            table(&mut w, &["Sc.", "I/E", "Set", "D/N", "Pages", "Cast"], rows);
        }
    }
    w
}

/// A GitHub table; cells are already escaped.
fn table<I>(w: &mut String, header: &[&str], rows: I)
where
    I: IntoIterator<Item = Vec<String>>,
{
    let _ = writeln!(w, "| {} |", header.join(" | "));
    let _ = writeln!(
        w,
        "|{}|",
        header.iter().map(|_| "---").collect::<Vec<_>>().join("|")
    );
    for row in rows {
        let _ = writeln!(w, "| {} |", row.join(" | "));
    }
}

/// Text from the files as Markdown text: one line, and every character
/// Markdown or HTML would read as markup backslash-escaped.
fn esc(text: &str) -> String {
    let mut out = String::new();
    for c in fmt::one_line(text).chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '<'
                | '>'
                | '|'
                | '~'
                | '&'
                | '#'
                | '!'
                | '{'
                | '}'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
