//! Writing the schedule: day entries as TOML text, and the edit of the
//! production's schedule files that `--write` makes.
//!
//! `--write` removes the unit's unlocked shoot days from the files that
//! hold them and puts the new days, in date order among the days that
//! stay, into the file that held the first of them (`schedule.toml` when
//! there was none). Everything else is kept byte for byte: other days,
//! locked days, rehearsal and travel days, and every comment outside the
//! removed entries. A comment block above a removed entry (such as
//! `# --- Week 2 ---`) moves to the first entry on or after that entry's
//! date, so it stays where it belongs in time; comments inside a removed
//! entry described what it held and go with it.

use super::output::ShootDay;
use crate::model::Production;
use chrono::{NaiveDate, NaiveTime, Timelike};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml_edit::{ArrayOfTables, DocumentMut, Item, RawString, Table};

/// One file to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileEdit {
    pub path: PathBuf,
    /// Relative to the production root, with `/`.
    pub name: String,
    pub contents: String,
    /// The file does not exist yet.
    pub created: bool,
}

/// `07:00`, or `07:00:30` when there are seconds.
pub fn time_text(time: NaiveTime) -> String {
    if time.second() == 0 {
        time.format("%H:%M").to_string()
    } else {
        time.format("%H:%M:%S").to_string()
    }
}

/// A TOML basic string.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One `[[day]]` entry.
pub fn day_text(production: &Production, unit: &str, day: &ShootDay) -> String {
    let mut out = String::from("[[day]]\n");
    out.push_str(&format!("date = {}\n", day.date));
    if unit != "main" {
        out.push_str(&format!("unit = {}\n", quoted(unit)));
    }
    out.push_str(&format!("crew_call = {}\n", time_text(day.times.call)));
    out.push_str(&format!("wrap = {}\n", time_text(day.times.wrap)));
    let scenes: Vec<String> = day
        .scenes
        .iter()
        .map(|&s| quoted(&production.scenes[s].number.value))
        .collect();
    out.push_str(&format!("scenes = [{}]\n", scenes.join(", ")));
    if !day.cast_calls.is_empty() {
        let calls: Vec<String> = day
            .cast_calls
            .iter()
            .map(|&(c, t)| format!("{} = {}", production.cast[c].id.value, time_text(t)))
            .collect();
        out.push_str(&format!("cast_calls = {{ {} }}\n", calls.join(", ")));
    }
    if !day.off_crew.is_empty() {
        let ids: Vec<String> = day
            .off_crew
            .iter()
            .map(|&i| quoted(&production.crew[i].id.value))
            .collect();
        out.push_str(&format!("off_crew = [{}]\n", ids.join(", ")));
    }
    out
}

/// A new file holding `days` (for `-o FILE`).
pub fn new_file(production: &Production, unit: &str, days: &[ShootDay]) -> String {
    let mut out = format!(
        "# Shooting schedule of unit {unit} for {}, written by `prodcoord schedule`.\n",
        production.settings.title
    );
    for day in days {
        out.push('\n');
        out.push_str(&day_text(production, unit, day));
    }
    out
}

/// A file's text split into what `toml_edit` reads and how to put it back.
struct Text {
    bom: bool,
    crlf: bool,
    body: String,
}

impl Text {
    fn read(raw: &str) -> Text {
        let (bom, rest) = match raw.strip_prefix('\u{feff}') {
            Some(rest) => (true, rest),
            None => (false, raw),
        };
        let crlf = rest.contains("\r\n");
        Text {
            bom,
            crlf,
            body: if crlf {
                rest.replace("\r\n", "\n")
            } else {
                rest.to_string()
            },
        }
    }

    fn write(&self, body: &str) -> String {
        let mut out = String::new();
        if self.bom {
            out.push('\u{feff}');
        }
        if self.crlf {
            out.push_str(&body.replace('\n', "\r\n"));
        } else {
            out.push_str(body);
        }
        out
    }
}

/// The edits `--write` makes. `replaced` are indices into
/// `Production::days` (the unit's unlocked shoot days).
pub fn replace_days(
    root: &Path,
    production: &Production,
    unit: &str,
    replaced: &[usize],
    days: &[ShootDay],
) -> Result<Vec<FileEdit>, String> {
    // The days of each schedule file, in file order.
    let mut by_file: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, day) in production.days.iter().enumerate() {
        by_file
            .entry(production.sources.path(day.span).to_string())
            .or_default()
            .push(i);
    }
    let first_of = |indices: &mut dyn Iterator<Item = usize>| {
        indices
            .min()
            .map(|i| production.sources.path(production.days[i].span).to_string())
    };
    let target = first_of(&mut replaced.iter().copied())
        .or_else(|| {
            first_of(
                &mut production
                    .days
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| d.unit.value == unit)
                    .map(|(i, _)| i),
            )
        })
        .unwrap_or_else(|| "schedule.toml".to_string());
    let mut names: Vec<String> = replaced
        .iter()
        .map(|&i| production.sources.path(production.days[i].span).to_string())
        .collect();
    names.push(target.clone());
    names.sort();
    names.dedup();
    let mut edits = Vec::new();
    for name in names {
        let path = root.join(&name);
        let new_days: Vec<(NaiveDate, String)> = if name == target {
            days.iter()
                .map(|d| (d.date, day_text(production, unit, d)))
                .collect()
        } else {
            Vec::new()
        };
        let existing = match std::fs::read_to_string(&path) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(format!("cannot read {name}: {e}")),
        };
        let (contents, created) = match existing {
            None => (new_file(production, unit, days), true),
            Some(raw) => {
                let in_file = by_file.get(&name).map_or(&[][..], Vec::as_slice);
                let dates: Vec<(NaiveDate, bool)> = in_file
                    .iter()
                    .map(|&i| {
                        (
                            production.days[i].date.value,
                            replaced.binary_search(&i).is_ok(),
                        )
                    })
                    .collect();
                (edit_file(&raw, &name, &dates, &new_days)?, false)
            }
        };
        edits.push(FileEdit {
            path,
            name,
            contents,
            created,
        });
    }
    Ok(edits)
}

/// Rewrites one file: `dates` are its `[[day]]` entries in order (date,
/// and whether it is replaced); `new_days` go in among those kept.
fn edit_file(
    raw: &str,
    name: &str,
    dates: &[(NaiveDate, bool)],
    new_days: &[(NaiveDate, String)],
) -> Result<String, String> {
    let text = Text::read(raw);
    let mut doc: DocumentMut = text
        .body
        .parse()
        .map_err(|e| format!("{name} cannot be edited: {e}"))?;
    let old: Vec<Table> = match doc.get("day") {
        None => Vec::new(),
        Some(Item::ArrayOfTables(aot)) => aot.iter().cloned().collect(),
        Some(_) => {
            return Err(format!(
                "{name} writes its days as an inline array; write them as [[day]] tables, or use -o FILE"
            ));
        }
    };
    if old.len() != dates.len()
        || old.iter().zip(dates).any(|(t, (d, _))| {
            t.get("date")
                .and_then(|v| v.as_datetime())
                .map(|v| v.to_string())
                != Some(d.to_string())
        })
    {
        return Err(format!(
            "{name} changed since it was read; run `prodcoord schedule` again"
        ));
    }
    let first_position = old.iter().filter_map(Table::position).min().unwrap_or(1);
    let mut header: Option<String> = None;
    let mut orphans: Vec<(NaiveDate, String)> = Vec::new();
    let mut kept: Vec<(NaiveDate, Table)> = Vec::new();
    for (k, (table, &(date, replaced))) in old.into_iter().zip(dates).enumerate() {
        if !replaced {
            kept.push((date, table));
            continue;
        }
        let prefix = raw_text(table.decor().prefix());
        if k == 0 {
            header = Some(prefix);
        } else if prefix.contains('#') {
            orphans.push((date, prefix));
        }
    }
    let mut fresh: Vec<(NaiveDate, Table)> = Vec::new();
    for (date, snippet) in new_days {
        let parsed: DocumentMut = snippet
            .parse()
            .map_err(|e| format!("internal error: a new day is not valid TOML: {e}"))?;
        if let Some(Item::ArrayOfTables(aot)) = parsed.get("day")
            && let Some(table) = aot.get(0)
        {
            let mut table = table.clone();
            table.decor_mut().set_prefix("\n");
            fresh.push((*date, table));
        }
    }
    fresh.sort_by_key(|(d, _)| *d);
    // Kept entries in their order; new ones before the first kept entry
    // with a later date.
    let mut merged: Vec<(NaiveDate, Table)> = Vec::new();
    let mut fresh = fresh.into_iter().peekable();
    for (date, table) in kept {
        while let Some((d, _)) = fresh.peek() {
            if *d < date {
                if let Some(entry) = fresh.next() {
                    merged.push(entry);
                }
            } else {
                break;
            }
        }
        merged.push((date, table));
    }
    merged.extend(fresh);
    let mut aot = ArrayOfTables::new();
    let mut orphans = orphans.into_iter().peekable();
    for (i, (date, mut table)) in merged.into_iter().enumerate() {
        let own = raw_text(table.decor().prefix());
        let mut prefix = String::new();
        if i == 0
            && let Some(h) = header.take()
        {
            prefix.push_str(&h);
        }
        while let Some((d, _)) = orphans.peek() {
            if *d <= date {
                if let Some((_, o)) = orphans.next() {
                    prefix.push_str(&o);
                }
            } else {
                break;
            }
        }
        if prefix.is_empty() {
            prefix = if i == 0 && own.trim().is_empty() {
                String::new()
            } else {
                own
            };
        } else {
            prefix.push_str(own.trim_start_matches('\n'));
        }
        table.decor_mut().set_prefix(prefix);
        table.set_position(Some(first_position + i as isize));
        aot.push(table);
    }
    let mut trailing = raw_text(Some(doc.trailing()));
    for (_, o) in orphans {
        trailing.push_str(&o);
    }
    if let Some(h) = header {
        trailing.push_str(&h);
    }
    doc.set_trailing(trailing);
    if aot.is_empty() {
        doc.remove("day");
    } else {
        doc.insert("day", Item::ArrayOfTables(aot));
    }
    Ok(text.write(&doc.to_string()))
}

fn raw_text(raw: Option<&RawString>) -> String {
    raw.and_then(RawString::as_str)
        .unwrap_or_default()
        .to_string()
}
