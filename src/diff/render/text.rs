//! `--format text`: plain lines to read in a terminal or paste into an
//! email.

use super::{NO_CHANGES, notes, title};
use crate::diff::changes::{Changes, Status};
use crate::diff::words::Words;

/// Text from the files without control characters (an escape sequence in
/// a name must never reach the terminal).
pub fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect()
}

pub fn render(c: &Changes) -> String {
    let w = Words { escape: clean };
    let mut out = format!(
        "{}: what changed from {} to {}\n",
        clean(title(c)),
        clean(&c.old.describe()),
        clean(&c.new.describe())
    );
    for note in notes(c, clean) {
        out.push_str(&format!("{note}\n"));
    }
    if !c.changed {
        out.push_str(&format!("\n{NO_CHANGES}\n"));
        return out;
    }
    let mut section = |name: &str, lines: Vec<String>| {
        if !lines.is_empty() {
            out.push_str(&format!("\n{name}\n"));
            for line in lines {
                out.push_str(&format!("  {line}\n"));
            }
        }
    };

    let mut lines = Vec::new();
    for day in &c.days.added {
        lines.push(format!(
            "Added: {}: {}",
            w.day(&day.day),
            w.day_details(day, false)
        ));
    }
    for day in &c.days.removed {
        lines.push(format!(
            "Removed: {}: {}",
            w.day(&day.day),
            w.day_details(day, true)
        ));
    }
    for moved in &c.days.moved {
        let mut parts = Vec::new();
        if moved.new.day.kind == "shoot" {
            parts.push(w.scenes(&moved.new.scenes));
        }
        if moved.old.day_number != moved.new.day_number
            && let Some(number) = w.day_number(&moved.new)
        {
            parts.push(format!("now {number}"));
        }
        parts.extend(w.time_changes(&moved.times));
        lines.push(format!(
            "Moved: {} → {}: {}",
            w.date(&moved.old.day),
            w.day(&moved.new.day),
            parts.join("; ")
        ));
    }
    for edit in &c.days.changed {
        let mut parts = Vec::new();
        if let Some(kind) = &edit.kind {
            parts.push(format!("now a {} day (was {})", kind.new, kind.old));
        }
        parts.extend(w.time_changes(&edit.times));
        lines.push(format!(
            "Changed: {}: {}",
            if edit.kind.is_some() {
                w.day_of_unit(&edit.new.day)
            } else {
                w.day(&edit.new.day)
            },
            parts.join("; ")
        ));
    }
    for count in &c.days.shoot_days {
        lines.push(format!(
            "Shoot days of the {} unit: {} → {}",
            clean(&count.unit),
            count.old,
            count.new
        ));
    }
    section("Shoot days", lines);

    let mut lines = Vec::new();
    for scene in &c.scenes.added {
        lines.push(format!(
            "Sc. {}: added: {}; {}",
            clean(&scene.number),
            w.scene_info(scene),
            w.scene_schedule(scene, false)
        ));
    }
    for scene in &c.scenes.removed {
        lines.push(format!(
            "Sc. {}: removed: {}; {}",
            clean(&scene.number),
            w.scene_info(scene),
            w.scene_schedule(scene, true)
        ));
    }
    for scene in &c.scenes.changed {
        lines.push(format!(
            "Sc. {}: {}",
            clean(&scene.number),
            w.scene_edit(scene).join("; ")
        ));
    }
    section("Scenes", lines);

    let mut lines = Vec::new();
    for person in &c.people {
        let role = w.role(person);
        let mut head = clean(&person.name);
        if !role.is_empty() {
            head.push_str(&format!(" ({role})"));
        }
        if let Some(status) = w.person_status(person) {
            head.push_str(&format!(": {status}"));
        }
        lines.push(head);
        if !person.gained.is_empty() {
            lines.push(format!("  now works: {}", w.days(&person.gained)));
        }
        if !person.lost.is_empty() {
            lines.push(format!("  no longer works: {}", w.days(&person.lost)));
        }
        for call in w.calls(person) {
            lines.push(format!("  new call: {call}"));
        }
    }
    section("People to call", lines);

    let mut lines = Vec::new();
    for location in &c.locations {
        let mut head = clean(&location.name);
        if let Some(status) = w.location_status(location) {
            head.push_str(&format!(": {status}"));
        }
        lines.push(head);
        if !location.gained.is_empty() {
            lines.push(format!("  now used: {}", w.days(&location.gained)));
        }
        if !location.lost.is_empty() {
            lines.push(format!("  no longer used: {}", w.days(&location.lost)));
        }
        if let Some(permit) = w.permit(location) {
            lines.push(format!("  {permit}"));
        }
    }
    section("Locations", lines);

    if let Some(budget) = &c.budget {
        let mut lines = Vec::new();
        lines.push(if budget.grand_total.is_change() {
            format!("Grand total: {}", w.money_change(&budget.grand_total))
        } else {
            format!("Grand total: unchanged at {}", budget.grand_total.new)
        });
        if let Some(contingency) = &budget.contingency {
            lines.push(format!("Contingency: {}", w.money_change(contingency)));
        }
        if let Some(cap) = &budget.cap {
            let show = |m: &Option<crate::diff::changes::MoneyText>| {
                m.map_or_else(|| "none".to_string(), |m| m.0.to_string())
            };
            lines.push(format!("Cap: {} → {}", show(&cap.old), show(&cap.new)));
        }
        for account in &budget.accounts {
            let name = format!("{} {}", clean(&account.code), clean(&account.name));
            let mut line = match account.status {
                Status::Added => format!("{name}: new account, {}", account.total.new),
                Status::Removed => format!("{name}: removed (was {})", account.total.old),
                Status::Changed if account.total.is_change() => {
                    format!("{name}: {}", w.money_change(&account.total))
                }
                Status::Changed => format!("{name}: total unchanged at {}", account.total.new),
            };
            if account.status == Status::Changed && account.fringes.is_change() {
                line.push_str(&format!("; fringes {}", w.money_change(&account.fringes)));
            }
            lines.push(line);
        }
        if budget.partial {
            lines.push("Some sums are too large to add up: these figures are partial.".into());
        }
        section(&format!("Budget ({})", clean(&c.currency)), lines);
    }
    out
}
