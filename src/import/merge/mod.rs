//! `--write`: the script's breakdown merged into the production's files
//! with toml_edit, so that every comment and everything a person added
//! stays as it was.
//!
//! - A scene the breakdown has (same number) gets the script's INT/EXT,
//!   set, time, pages and speaking cast; every other field stays. New
//!   speakers are appended to its cast. A character who speaks elsewhere in
//!   the script but neither speaks in the scene nor is named in its action
//!   leaves it; everyone else stays (doubles, silent parts, characters the
//!   action names).
//! - A new scene goes right after the scene before it in the script, in
//!   that scene's file; a new scene with no scene of the breakdown before it
//!   goes at the end of `scenes.toml` (or, when the production keeps scenes
//!   only in `scenes/`, of its last file), created if need be.
//! - A scene no longer in the script (or `OMITTED` in it) gets
//!   `omitted = true` and is never deleted; but one that is still on the
//!   schedule is left alone, with a warning (an omitted scene may not be
//!   scheduled).
//! - Characters without a cast entry are appended to `cast.toml` with
//!   `name = "TBD"`.

mod changes;
mod edit;
mod verify;

pub use changes::{CastChange, Changes};
pub use verify::{verify, write};

use super::breakdown::{Breakdown, ScriptScene};
use super::cue::name_of;
use super::ids::Resolution;
use crate::load::list_files;
use crate::model::{IntExt, Kind, Production, Scene, TimeOfDay};
use edit::{pages_value, set, sync_strings};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use toml_edit::{ArrayOfTables, DocumentMut, InlineTable, Item, Table, TableLike, Value};

/// A file to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileEdit {
    /// Relative to the production root, `/`-separated.
    pub rel: String,
    pub path: PathBuf,
    /// The file does not exist yet.
    pub created: bool,
    pub text: String,
}

/// What `--write` would do.
#[derive(Debug, Clone)]
pub struct Plan {
    pub changes: Changes,
    /// Only the files whose text changes.
    pub files: Vec<FileEdit>,
    /// Why `--write` should not go ahead although it could: the script
    /// looks like the wrong one.
    pub refusal: Option<String>,
}

/// Works out the merge of `breakdown` into `production` (rooted at `root`).
pub fn plan(
    breakdown: &Breakdown,
    resolution: &Resolution,
    production: &Production,
    root: &Path,
    script_name: &str,
) -> Result<Plan, crate::Error> {
    let mut docs = Docs {
        root: root.to_path_buf(),
        script_name: script_name.to_string(),
        open: BTreeMap::new(),
    };
    let mut changes = Changes::default();
    let existing: HashMap<&str, &Scene> = production
        .scenes
        .iter()
        .map(|s| (s.number.value.as_str(), s))
        .collect();
    let file_of = |scene: &Scene| production.sources.path(scene.span).to_string();
    let scheduled = scheduled_days(production);
    let script_ids = resolution.all_ids();
    let default_file = default_scenes_file(root);

    let current = production.scenes.iter().filter(|s| !s.omitted).count();
    let shared = breakdown
        .scenes
        .iter()
        .filter(|s| existing.contains_key(s.number.as_str()))
        .count();
    let refusal = (current > 0 && shared == 0).then(|| {
        format!(
            "none of the script's {} scene numbers is in the breakdown, which has {current} scenes: \
             is {script_name} the right script? (importing it would mark every scene omitted)",
            breakdown.scenes.len()
        )
    });
    let mut anchor: Option<(String, String)> = None; // (file, number) to insert after
    for scene in &breakdown.scenes {
        let cast = resolution.ids(&scene.speakers);
        let present = resolution.ids(&scene.mentioned);
        match existing.get(scene.number.as_str()) {
            Some(old) => {
                let rel = file_of(old);
                let doc = docs.open(&rel)?;
                let days = scheduled.get(scene.number.as_str());
                let _ = doc.with_scene(&scene.number, |table| {
                    update(
                        table,
                        old,
                        scene,
                        (cast.as_slice(), present.as_slice()),
                        &script_ids,
                        days,
                        &mut changes,
                    )
                });
                anchor = Some((rel, scene.number.clone()));
            }
            None if scene.omitted => changes.omitted_unknown.push(scene.number.clone()),
            None => {
                let (rel, after) = match &anchor {
                    Some((rel, number)) => (rel.clone(), Some(number.clone())),
                    None => (default_file.clone(), None),
                };
                docs.open(&rel)?.add_scene(scene, &cast, after.as_deref());
                changes.added.push((scene.number.clone(), rel.clone()));
                anchor = Some((rel, scene.number.clone()));
            }
        }
    }
    let in_script: HashSet<&str> = breakdown.scenes.iter().map(|s| s.number.as_str()).collect();
    for old in &production.scenes {
        let number = old.number.value.as_str();
        if in_script.contains(number) || old.omitted {
            continue;
        }
        if let Some(days) = scheduled.get(number) {
            changes
                .kept_scheduled
                .push((number.to_string(), days.clone()));
            continue;
        }
        let rel = file_of(old);
        if docs.open(&rel)?.with_scene(number, |table| {
            set(table, "omitted", Value::from(true));
        }) {
            changes.omitted.push(number.to_string());
        }
    }
    unmentioned(breakdown, production, &script_ids, &mut changes);
    let new_characters = resolution.new_characters();
    if !new_characters.is_empty() {
        let doc = docs.open("cast.toml")?;
        for (id, character) in &new_characters {
            doc.add_cast(id, character);
        }
        changes.characters_added = new_characters;
    }
    Ok(Plan {
        changes,
        files: docs.finish(),
        refusal,
    })
}

/// Cast who stay in scenes of the script although the script no longer
/// mentions their character: perhaps cut, perhaps added by hand on
/// purpose; the coordinator decides.
fn unmentioned(
    breakdown: &Breakdown,
    production: &Production,
    script_ids: &HashSet<&str>,
    changes: &mut Changes,
) {
    let mut found: Vec<(String, String, Vec<String>)> = Vec::new();
    for scene in &breakdown.scenes {
        if scene.omitted {
            continue;
        }
        let Some(old) = production
            .scenes
            .iter()
            .find(|s| s.number.value == scene.number)
        else {
            continue;
        };
        for id in &old.cast {
            let id = id.value.as_str();
            if script_ids.contains(id) {
                continue;
            }
            let Some(member) = production
                .index
                .cast(id)
                .and_then(|i| production.cast.get(i))
            else {
                continue;
            };
            let character = name_of(&member.character);
            if character.is_empty() || breakdown.mentions(&character) {
                continue;
            }
            match found.iter_mut().find(|(i, _, _)| i == id) {
                Some((_, _, numbers)) => numbers.push(scene.number.clone()),
                None => found.push((
                    id.to_string(),
                    member.character.clone(),
                    vec![scene.number.clone()],
                )),
            }
        }
    }
    changes.unmentioned = found;
}

/// The days each scene is scheduled on: `2027-03-10 (main)`.
fn scheduled_days(production: &Production) -> HashMap<&str, Vec<String>> {
    let mut out: HashMap<&str, Vec<String>> = HashMap::new();
    for day in &production.days {
        for number in day.scenes.iter().flat_map(|s| s.value.iter()) {
            out.entry(number.value.as_str())
                .or_default()
                .push(format!("{} ({})", day.date.value, day.unit.value));
        }
    }
    out
}

/// `scenes.toml` if the production has it (or has no scene file at all);
/// otherwise the last file of `scenes/`.
fn default_scenes_file(root: &Path) -> String {
    let (files, _) = list_files(root);
    let scenes: Vec<String> = files
        .into_iter()
        .filter(|f| f.kind == Kind::Scenes)
        .map(|f| f.rel)
        .collect();
    if scenes.iter().any(|r| r == "scenes.toml") {
        return "scenes.toml".into();
    }
    scenes
        .last()
        .cloned()
        .unwrap_or_else(|| "scenes.toml".into())
}

pub fn heading_text(int_ext: IntExt, set: &str, time: TimeOfDay) -> String {
    format!("{}. {} - {}", int_ext.name(), set, time.name())
}

/// Brings one existing scene in step with the script.
fn update(
    table: &mut dyn TableLike,
    old: &Scene,
    scene: &ScriptScene,
    (cast, present): (&[String], &[String]),
    script_ids: &HashSet<&str>,
    days: Option<&Vec<String>>,
    changes: &mut Changes,
) {
    let number = scene.number.clone();
    if scene.omitted {
        if old.omitted {
            return;
        }
        match days {
            Some(days) => changes.kept_scheduled.push((number, days.clone())),
            None => {
                set(table, "omitted", Value::from(true));
                changes.omitted.push(number);
            }
        }
        return;
    }
    if old.omitted {
        table.remove("omitted");
        changes.restored.push(number.clone());
    }
    if old.int_ext != scene.int_ext || old.time != scene.time || old.set != scene.set {
        changes.reheaded.push((
            number.clone(),
            heading_text(old.int_ext, &old.set, old.time),
            heading_text(scene.int_ext, &scene.set, scene.time),
        ));
        if old.int_ext != scene.int_ext {
            set(table, "int_ext", Value::from(scene.int_ext.name()));
        }
        if old.time != scene.time {
            set(table, "time", Value::from(scene.time.name()));
        }
        if old.set != scene.set {
            set(table, "set", Value::from(scene.set.as_str()));
        }
    }
    if old.pages != scene.pages {
        changes
            .repaged
            .push((number.clone(), old.pages, scene.pages));
        let value = pages_value(table, scene.pages);
        set(table, "pages", value);
    }
    let before: Vec<String> = old.cast.iter().map(|c| c.value.clone()).collect();
    let mut after: Vec<String> = before
        .iter()
        .filter(|id| !script_ids.contains(id.as_str()) || cast.contains(id) || present.contains(id))
        .cloned()
        .collect();
    after.dedup();
    for id in cast {
        if !after.contains(id) {
            after.push(id.clone());
        }
    }
    if after != before {
        let added: Vec<String> = after
            .iter()
            .filter(|id| !before.contains(id))
            .cloned()
            .collect();
        let removed: Vec<String> = before
            .iter()
            .filter(|id| !after.contains(id))
            .cloned()
            .collect();
        if !added.is_empty() || !removed.is_empty() {
            changes.cast.push(CastChange {
                number,
                added,
                removed,
            });
        }
        sync_strings(table, "cast", &after);
    }
}

/// The files being edited.
struct Docs {
    root: PathBuf,
    script_name: String,
    open: BTreeMap<String, Doc>,
}

struct Doc {
    path: PathBuf,
    /// The file's text as read (`None`: a new file).
    original: Option<String>,
    bom: bool,
    crlf: bool,
    doc: DocumentMut,
    header: String,
}

impl Docs {
    fn open(&mut self, rel: &str) -> Result<&mut Doc, crate::Error> {
        if !self.open.contains_key(rel) {
            let path = self.root.join(rel);
            let doc = Doc::read(&path, rel, &self.script_name)?;
            self.open.insert(rel.to_string(), doc);
        }
        self.open
            .get_mut(rel)
            .ok_or_else(|| crate::Error::Unreadable {
                path: rel.to_string(),
                reason: "could not be opened".into(),
            })
    }

    fn finish(self) -> Vec<FileEdit> {
        self.open
            .into_iter()
            .filter_map(|(rel, doc)| {
                let text = doc.render();
                if doc.original.as_deref() == Some(text.as_str()) {
                    return None;
                }
                Some(FileEdit {
                    rel,
                    path: doc.path,
                    created: doc.original.is_none(),
                    text,
                })
            })
            .collect()
    }
}

impl Doc {
    fn read(path: &Path, rel: &str, script_name: &str) -> Result<Doc, crate::Error> {
        match std::fs::read(path) {
            Ok(bytes) => {
                let raw = String::from_utf8(bytes).map_err(|_| crate::Error::Unreadable {
                    path: rel.to_string(),
                    reason: "is not UTF-8 text".into(),
                })?;
                let bom = raw.starts_with('\u{feff}');
                let body = raw.strip_prefix('\u{feff}').unwrap_or(&raw);
                let crlf = body.contains("\r\n");
                let doc: DocumentMut =
                    body.parse()
                        .map_err(|e: toml_edit::TomlError| crate::Error::Unreadable {
                            path: rel.to_string(),
                            reason: format!("cannot be edited: {}", e.message()),
                        })?;
                Ok(Doc {
                    path: path.to_path_buf(),
                    original: Some(raw.clone()),
                    bom,
                    crlf,
                    doc,
                    header: String::new(),
                })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let header = if rel.starts_with("cast") {
                    format!(
                        "# Cast. Characters from {script_name} were added by `prodcoord import`\n# with name = \"TBD\": fill in the performers.\n"
                    )
                } else {
                    format!("# The breakdown, imported from {script_name} by `prodcoord import`.\n")
                };
                Ok(Doc {
                    path: path.to_path_buf(),
                    original: None,
                    bom: false,
                    crlf: false,
                    doc: DocumentMut::new(),
                    header,
                })
            }
            Err(e) => Err(crate::Error::Unreadable {
                path: rel.to_string(),
                reason: format!("cannot be read: {e}"),
            }),
        }
    }

    fn render(&self) -> String {
        let mut text = format!("{}{}", self.header, self.doc);
        if self.crlf {
            text = text.replace("\r\n", "\n").replace('\n', "\r\n");
        }
        if self.bom {
            text.insert(0, '\u{feff}');
        }
        text
    }

    /// Runs `f` on the `[[scene]]` (or inline table) numbered `number`.
    /// Whether the scene was found.
    fn with_scene(&mut self, number: &str, f: impl FnOnce(&mut dyn TableLike)) -> bool {
        let table: Option<&mut dyn TableLike> = match self.doc.get_mut("scene") {
            Some(Item::ArrayOfTables(tables)) => tables
                .iter_mut()
                .find(|t| number_of(&**t).as_deref() == Some(number))
                .map(|t| t as &mut dyn TableLike),
            Some(Item::Value(Value::Array(array))) => array
                .iter_mut()
                .filter_map(Value::as_inline_table_mut)
                .find(|t| number_of(&**t).as_deref() == Some(number))
                .map(|t| t as &mut dyn TableLike),
            _ => None,
        };
        match table {
            Some(table) => {
                f(table);
                true
            }
            None => false,
        }
    }

    /// Adds a new scene after the one numbered `after` (at the end without).
    fn add_scene(&mut self, scene: &ScriptScene, cast: &[String], after: Option<&str>) {
        let mut fields: Vec<(&str, Value)> = vec![
            ("number", Value::from(scene.number.as_str())),
            ("int_ext", Value::from(scene.int_ext.name())),
            ("time", Value::from(scene.time.name())),
            ("set", Value::from(scene.set.as_str())),
            ("pages", Value::from(scene.pages.to_string())),
        ];
        if let Some(synopsis) = &scene.synopsis {
            fields.push(("synopsis", Value::from(synopsis.as_str())));
        }
        if !cast.is_empty() {
            fields.push((
                "cast",
                Value::Array(cast.iter().map(String::as_str).collect()),
            ));
        }
        self.add_entry("scene", fields, after);
    }

    fn add_cast(&mut self, id: &str, character: &str) {
        let fields = vec![
            ("id", Value::from(id)),
            ("name", Value::from("TBD")),
            ("character", Value::from(character)),
        ];
        self.add_entry("cast", fields, None);
    }

    /// Adds an entry to the array of tables `key`, after the entry whose
    /// number is `after`, keeping the file's form (`[[key]]` or an inline
    /// array).
    fn add_entry(&mut self, key: &str, fields: Vec<(&str, Value)>, after: Option<&str>) {
        match self.doc.get_mut(key) {
            Some(Item::Value(Value::Array(array))) => {
                let mut table = InlineTable::new();
                for (k, v) in fields {
                    table.insert(k, v);
                }
                let index = after
                    .and_then(|n| {
                        array.iter().position(|v| {
                            v.as_inline_table().and_then(|t| number_of(t)).as_deref() == Some(n)
                        })
                    })
                    .map_or(array.len(), |i| i + 1);
                let multiline = array.iter().any(|v| {
                    v.decor()
                        .prefix()
                        .and_then(|p| p.as_str())
                        .is_some_and(|p| p.contains('\n'))
                });
                let mut value = Value::InlineTable(table);
                let spacing = if multiline {
                    "\n  "
                } else if index > 0 {
                    " "
                } else {
                    ""
                };
                value.decor_mut().set_prefix(spacing);
                let index = index.min(array.len());
                // what stands before the element now at `index` (a comment
                // ending the line above) stays where it is
                if let Some(next) = array.get_mut(index) {
                    let before = next
                        .decor()
                        .prefix()
                        .and_then(|p| p.as_str())
                        .map(str::to_string);
                    if let Some(before) = before {
                        value.decor_mut().set_prefix(before);
                        next.decor_mut()
                            .set_prefix(if multiline { "\n  " } else { " " });
                    }
                }
                array.insert_formatted(index, value);
            }
            Some(Item::ArrayOfTables(tables)) => {
                let mut table = Table::new();
                table.decor_mut().set_prefix("\n");
                for (k, v) in fields {
                    table.insert(k, Item::Value(v));
                }
                let index = after
                    .and_then(|n| {
                        tables
                            .iter()
                            .position(|t| number_of(t).as_deref() == Some(n))
                    })
                    .map_or(tables.len(), |i| i + 1);
                tables.insert(index.min(tables.len()), table);
            }
            _ => {
                // the first entry of the file: comments written so far stay above it
                let mut table = Table::new();
                let trailing = self.doc.trailing().as_str().unwrap_or("").to_string();
                self.doc.set_trailing("");
                let prefix = if trailing.trim().is_empty() {
                    "\n".to_string()
                } else if trailing.ends_with('\n') {
                    format!("{trailing}\n")
                } else {
                    format!("{trailing}\n\n")
                };
                table.decor_mut().set_prefix(prefix);
                for (k, v) in fields {
                    table.insert(k, Item::Value(v));
                }
                let mut tables = ArrayOfTables::new();
                tables.push(table);
                self.doc.insert(key, Item::ArrayOfTables(tables));
            }
        }
    }
}

/// A scene table's number (`"12A"`, or a TOML integer as its digits).
fn number_of(table: &dyn TableLike) -> Option<String> {
    match table.get("number")?.as_value()? {
        Value::String(s) => Some(s.value().clone()),
        Value::Integer(i) => Some(i.value().to_string()),
        _ => None,
    }
}
