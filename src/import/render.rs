//! The printed breakdown and the summary of what changed.

use super::breakdown::Breakdown;
use super::ids::{Match, Resolution};
use super::merge::Changes;
use crate::model::Pages;

/// The breakdown as a table: number, I/E, set, D/N, pages, cast.
pub fn table(breakdown: &Breakdown, resolution: &Resolution, name: &str) -> String {
    let scenes = breakdown.scenes.iter().filter(|s| !s.omitted).count();
    let mut out = match &breakdown.title {
        Some(title) => format!("{title} ({name})"),
        None => name.to_string(),
    };
    out.push_str(&format!(
        ": {} scene{}, {} page{}\n",
        scenes,
        if scenes == 1 { "" } else { "s" },
        breakdown.total_pages(),
        if breakdown.total_pages() == Pages(8) {
            ""
        } else {
            "s"
        },
    ));
    if breakdown.scenes.is_empty() {
        out.push_str("No scene headings in this script.\n");
        return out;
    }
    let whole_width = breakdown
        .scenes
        .iter()
        .map(|s| (s.pages.0 / 8).to_string().len())
        .max()
        .unwrap_or(1);
    let header = ["SC", "I/E", "SET", "D/N", "PAGES", "CAST"];
    let mut rows: Vec<Vec<String>> = vec![header.iter().map(|h| h.to_string()).collect()];
    for s in &breakdown.scenes {
        rows.push(if s.omitted {
            vec![s.number.clone(), String::new(), "OMITTED".into()]
        } else {
            vec![
                s.number.clone(),
                s.int_ext.name().to_string(),
                s.set.clone(),
                s.time.name().to_string(),
                pages_cell(s.pages, whole_width),
                resolution.ids(&s.speakers).join(", "),
            ]
        });
    }
    let mut widths = [0usize; 6];
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    out.push('\n');
    for row in &rows {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            // pages line up on the right, everything else on the left
            let pad = " ".repeat(w.saturating_sub(cell.chars().count()));
            if i == 4 {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&pad);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// `  1 3/8`, `    5/8`, `  2    `: whole pages right-aligned, then the
/// eighths.
fn pages_cell(pages: Pages, whole_width: usize) -> String {
    let (whole, rest) = (pages.0 / 8, pages.0 % 8);
    let whole = if whole == 0 {
        String::new()
    } else {
        whole.to_string()
    };
    let rest = if rest == 0 {
        "   ".to_string()
    } else {
        format!("{rest}/8")
    };
    format!("{whole:>whole_width$} {rest}")
}

/// Remarks about how the script was read: characters and their ids,
/// guesses, dialogue outside any scene.
/// Without a production (`in_production` false) every character is new,
/// and not marked so.
pub fn notes(breakdown: &Breakdown, resolution: &Resolution, in_production: bool) -> String {
    let mut out = String::new();
    if !resolution.links.is_empty() {
        let cast: Vec<String> = resolution
            .links
            .iter()
            .map(|l| match &l.how {
                Match::Character => format!("{} = {}", l.id, l.name),
                Match::Id { character } => {
                    format!(
                        "{} = {} (the cast entry's character is {character})",
                        l.id, l.name
                    )
                }
                Match::New if in_production => format!("{} = {} (new)", l.id, l.name),
                Match::New => format!("{} = {}", l.id, l.name),
            })
            .collect();
        out.push_str(&format!("\nSpeaking characters: {}\n", cast.join(", ")));
    }
    let mut notes: Vec<String> = breakdown.notes.clone();
    if !breakdown.before_first_heading.is_empty() {
        let who: Vec<String> = breakdown
            .before_first_heading
            .iter()
            .map(|(name, line)| format!("{name} (line {line})"))
            .collect();
        notes.push(format!(
            "dialogue before the first scene heading belongs to no scene: {}",
            who.join(", ")
        ));
    }
    for number in &breakdown.duplicate_numbers {
        notes.push(format!(
            "the script gives the number {number} to more than one scene"
        ));
    }
    if !notes.is_empty() {
        out.push_str("\nNotes:\n");
        for note in notes {
            out.push_str(&format!("  - {note}\n"));
        }
    }
    out
}

/// What the merge changes, one line per kind of change.
pub fn changes(changes: &Changes) -> String {
    let mut lines: Vec<String> = Vec::new();
    let scenes = |numbers: &[String]| format!("sc. {}", numbers.join(", "));
    if !changes.added.is_empty() {
        let mut by_file: Vec<(&str, Vec<String>)> = Vec::new();
        for (number, file) in &changes.added {
            match by_file.iter_mut().find(|(f, _)| f == file) {
                Some((_, numbers)) => numbers.push(number.clone()),
                None => by_file.push((file, vec![number.clone()])),
            }
        }
        let added: Vec<String> = by_file
            .iter()
            .map(|(file, numbers)| format!("{} in {file}", scenes(numbers)))
            .collect();
        lines.push(format!("scenes added: {}", added.join("; ")));
    }
    if !changes.omitted.is_empty() {
        lines.push(format!(
            "scenes omitted (omitted = true): {}",
            scenes(&changes.omitted)
        ));
    }
    if !changes.restored.is_empty() {
        lines.push(format!(
            "back in the script (no longer omitted): {}",
            scenes(&changes.restored)
        ));
    }
    if !changes.repaged.is_empty() {
        let repaged: Vec<String> = changes
            .repaged
            .iter()
            .map(|(n, old, new)| format!("sc. {n} ({old} -> {new})"))
            .collect();
        lines.push(format!("re-paged: {}", repaged.join(", ")));
    }
    for (n, old, new) in &changes.reheaded {
        lines.push(format!("new heading: sc. {n} {old} -> {new}"));
    }
    if !changes.cast.is_empty() {
        let cast: Vec<String> = changes
            .cast
            .iter()
            .map(|c| {
                let mut parts: Vec<String> = c.added.iter().map(|id| format!("+{id}")).collect();
                parts.extend(c.removed.iter().map(|id| format!("-{id}")));
                format!("sc. {} {}", c.number, parts.join(" "))
            })
            .collect();
        lines.push(format!("cast changes: {}", cast.join(", ")));
    }
    if !changes.characters_added.is_empty() {
        let added: Vec<String> = changes
            .characters_added
            .iter()
            .map(|(id, character)| format!("{id} ({character})"))
            .collect();
        lines.push(format!(
            "characters added to cast.toml (name = \"TBD\"): {}",
            added.join(", ")
        ));
    }
    lines.iter().map(|l| format!("  {l}\n")).collect()
}

/// Things `--write` leaves alone and the coordinator should see to.
pub fn warnings(changes: &Changes) -> Vec<String> {
    let mut out = Vec::new();
    for (number, days) in &changes.kept_scheduled {
        out.push(format!(
            "sc. {number} is no longer in the script but is scheduled on {}: not marked omitted (take it off the schedule, then import again)",
            days.join(", ")
        ));
    }
    for (id, character, numbers) in &changes.unmentioned {
        out.push(format!(
            "{id} ({character}) is in the cast of sc. {} but the script no longer mentions {character}: kept (take them off by hand if they are cut)",
            numbers.join(", ")
        ));
    }
    for number in &changes.omitted_unknown {
        out.push(format!(
            "sc. {number} is OMITTED in the script and not in the breakdown: nothing added"
        ));
    }
    out
}
