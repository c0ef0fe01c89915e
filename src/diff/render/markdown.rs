//! `--format markdown`: a pull-request comment. Headings and tables; all
//! text from the files is escaped so that none of it becomes markup,
//! HTML, a mention or a link.

use super::{NO_CHANGES, notes, title};
use crate::diff::changes::{Changes, MoneyChange, Status};
use crate::diff::words::{Words, signed};

/// Marks the comment, so a workflow can find and update it.
pub const MARKER: &str = "<!-- prodcoord diff -->";

/// Text from the files, safe inside a Markdown table cell.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{FFFD}'),
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '~' | '#' | '@' | '!' | '$' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

fn table(out: &mut String, header: &[&str], align: &[&str], rows: &[Vec<String>]) {
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    out.push_str(&format!("|{}|\n", align.join("|")));
    for row in rows {
        let cells: Vec<&str> = row
            .iter()
            .map(|c| if c.is_empty() { " " } else { c.as_str() })
            .collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out.push('\n');
}

pub fn render(c: &Changes) -> String {
    let w = Words { escape };
    let mut out = format!("{MARKER}\n## {}: what changed\n\n", escape(title(c)));
    let version = |v: &crate::diff::changes::VersionInfo| match (v.kind, &v.commit) {
        ("revision", Some(commit)) => format!(
            "`{}` ({})",
            v.name
                .chars()
                .map(|c| if c == '`' || c.is_control() { '\'' } else { c })
                .collect::<String>(),
            commit.get(..7).unwrap_or(commit)
        ),
        _ => escape(&v.describe()),
    };
    out.push_str(&format!(
        "From {} to {}.\n\n",
        version(&c.old),
        version(&c.new)
    ));
    for note in notes(c, escape) {
        out.push_str(&format!("{note}\n\n"));
    }
    if !c.changed {
        out.push_str(&format!("{NO_CHANGES}\n"));
        return out;
    }

    if !c.days.is_empty() {
        out.push_str("### Shoot days\n\n");
        let mut rows = Vec::new();
        for day in &c.days.added {
            rows.push(vec![
                w.day(&day.day),
                format!("**added**: {}", w.day_details(day, false)),
            ]);
        }
        for day in &c.days.removed {
            rows.push(vec![
                w.day(&day.day),
                format!("**removed**: {}", w.day_details(day, true)),
            ]);
        }
        for moved in &c.days.moved {
            let mut parts = vec![format!("**moved** from {}", w.date(&moved.old.day))];
            if moved.new.day.kind == "shoot" {
                parts.push(w.scenes(&moved.new.scenes));
            }
            if moved.old.day_number != moved.new.day_number
                && let Some(number) = w.day_number(&moved.new)
            {
                parts.push(format!("now {number}"));
            }
            parts.extend(w.time_changes(&moved.times));
            rows.push(vec![w.day(&moved.new.day), parts.join("; ")]);
        }
        for edit in &c.days.changed {
            let mut parts = Vec::new();
            if let Some(kind) = &edit.kind {
                parts.push(format!("now a {} day (was {})", kind.new, kind.old));
            }
            parts.extend(w.time_changes(&edit.times));
            rows.push(vec![
                if edit.kind.is_some() {
                    w.day_of_unit(&edit.new.day)
                } else {
                    w.day(&edit.new.day)
                },
                format!("**changed**: {}", parts.join("; ")),
            ]);
        }
        if !rows.is_empty() {
            table(&mut out, &["Day", "Change"], &["---", "---"], &rows);
        }
        for count in &c.days.shoot_days {
            out.push_str(&format!(
                "Shoot days of the {} unit: {} → {}.\n\n",
                escape(&count.unit),
                count.old,
                count.new
            ));
        }
    }

    if !c.scenes.is_empty() {
        out.push_str("### Scenes\n\n");
        let mut rows = Vec::new();
        for scene in &c.scenes.added {
            rows.push(vec![
                escape(&scene.number),
                format!(
                    "**added**: {}; {}",
                    w.scene_info(scene),
                    w.scene_schedule(scene, false)
                ),
            ]);
        }
        for scene in &c.scenes.removed {
            rows.push(vec![
                escape(&scene.number),
                format!(
                    "**removed**: {}; {}",
                    w.scene_info(scene),
                    w.scene_schedule(scene, true)
                ),
            ]);
        }
        for scene in &c.scenes.changed {
            rows.push(vec![escape(&scene.number), w.scene_edit(scene).join("; ")]);
        }
        table(&mut out, &["Scene", "Change"], &["---", "---"], &rows);
    }

    if !c.people.is_empty() {
        out.push_str("### People to call\n\n");
        let rows: Vec<Vec<String>> = c
            .people
            .iter()
            .map(|p| {
                let mut role = w.role(p);
                if let Some(status) = w.person_status(p) {
                    role = if role.is_empty() {
                        format!("**{status}**")
                    } else {
                        format!("{role}; **{status}**")
                    };
                }
                vec![
                    escape(&p.name),
                    role,
                    w.days(&p.gained),
                    w.days(&p.lost),
                    w.calls(p).join("<br>"),
                ]
            })
            .collect();
        table(
            &mut out,
            &["Person", "Role", "Now works", "No longer works", "New call"],
            &["---", "---", "---", "---", "---"],
            &rows,
        );
    }

    if !c.locations.is_empty() {
        out.push_str("### Locations\n\n");
        let rows: Vec<Vec<String>> = c
            .locations
            .iter()
            .map(|l| {
                let mut name = escape(&l.name);
                if let Some(status) = w.location_status(l) {
                    name.push_str(&format!(" (**{status}**)"));
                }
                vec![
                    name,
                    w.days(&l.gained),
                    w.days(&l.lost),
                    w.permit(l).unwrap_or_default(),
                ]
            })
            .collect();
        table(
            &mut out,
            &["Location", "Now used", "No longer used", "Permit"],
            &["---", "---", "---", "---"],
            &rows,
        );
    }

    if let Some(budget) = &c.budget {
        out.push_str(&format!("### Budget ({})\n\n", escape(&c.currency)));
        let money =
            |m: &MoneyChange| vec![m.old.to_string(), m.new.to_string(), signed(m.difference)];
        let mut rows = Vec::new();
        for account in &budget.accounts {
            let mut name = format!("{} {}", escape(&account.code), escape(&account.name));
            match account.status {
                Status::Added => name.push_str(" (**new account**)"),
                Status::Removed => name.push_str(" (**removed**)"),
                Status::Changed => {}
            }
            let mut row = vec![name];
            row.extend(money(&account.total));
            rows.push(row);
            if account.status == Status::Changed && account.fringes.is_change() {
                let mut row = vec![format!(
                    "{} {}: fringes",
                    escape(&account.code),
                    escape(&account.name)
                )];
                row.extend(money(&account.fringes));
                rows.push(row);
            }
        }
        if let Some(contingency) = &budget.contingency {
            let mut row = vec!["Contingency".to_string()];
            row.extend(money(contingency));
            rows.push(row);
        }
        let mut row = vec!["**Grand total**".to_string()];
        row.extend(
            money(&budget.grand_total)
                .into_iter()
                .map(|m| format!("**{m}**")),
        );
        rows.push(row);
        if let Some(cap) = &budget.cap {
            let show = |m: &Option<crate::diff::changes::MoneyText>| {
                m.map_or_else(|| "none".to_string(), |m| m.0.to_string())
            };
            rows.push(vec![
                "Cap".to_string(),
                show(&cap.old),
                show(&cap.new),
                String::new(),
            ]);
        }
        table(
            &mut out,
            &["Account", "Before", "After", "Difference"],
            &["---", "--:", "--:", "--:"],
            &rows,
        );
        if budget.partial {
            out.push_str("Some sums are too large to add up: these figures are partial.\n\n");
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
