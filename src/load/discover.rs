use crate::error::Error;
use crate::model::Kind;
use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

/// A data file of the production, found on disk.
#[derive(Debug, Clone)]
pub struct FoundFile {
    /// Relative to the root, `/`-separated.
    pub rel: String,
    pub abs: PathBuf,
    pub kind: Kind,
}

pub const ROOT_FILE: &str = "prodcoord.toml";

/// The production root: `dir` itself, or the nearest folder above the
/// current directory holding `prodcoord.toml` (as cargo finds Cargo.toml).
pub fn find_root(project: Option<&Path>) -> Result<PathBuf, Error> {
    if let Some(dir) = project {
        return if dir.join(ROOT_FILE).exists() {
            Ok(dir.to_path_buf())
        } else {
            Err(Error::NoRootIn {
                dir: dir.to_path_buf(),
            })
        };
    }
    let cwd = std::env::current_dir().map_err(|source| Error::Io {
        context: "cannot read the current directory".into(),
        source,
    })?;
    cwd.ancestors()
        .find(|dir| dir.join(ROOT_FILE).exists())
        .map(Path::to_path_buf)
        .ok_or(Error::NoRoot { searched: cwd })
}

/// Every file to load, in byte-wise sorted path order, and every path that
/// could not be read.
pub fn list_files(root: &Path) -> (Vec<FoundFile>, Vec<Error>) {
    let mut found = Vec::new();
    let mut failures = Vec::new();
    push_file(root, ROOT_FILE, Kind::Production, &mut found, &mut failures);
    for &kind in Kind::DATA {
        let stem = kind.file_stem();
        let file_name = format!("{stem}.toml");
        if fs::symlink_metadata(root.join(&file_name)).is_ok() {
            push_file(root, &file_name, kind, &mut found, &mut failures);
        }
        let folder = root.join(stem);
        if let Ok(meta) = fs::metadata(&folder)
            && meta.is_dir()
        {
            // The root's own files are never read again through a link.
            let mut seen: HashSet<PathBuf> = fs::canonicalize(root).into_iter().collect();
            walk(&folder, stem, kind, &mut seen, &mut found, &mut failures);
        }
    }
    found.sort_by(|a, b| a.rel.as_bytes().cmp(b.rel.as_bytes()));
    (found, failures)
}

fn push_file(
    root: &Path,
    rel: &str,
    kind: Kind,
    found: &mut Vec<FoundFile>,
    failures: &mut Vec<Error>,
) {
    let abs = root.join(rel);
    match fs::metadata(&abs) {
        Ok(meta) if meta.is_file() => found.push(FoundFile {
            rel: rel.to_owned(),
            abs,
            kind,
        }),
        Ok(_) => failures.push(Error::Unreadable {
            path: rel.to_owned(),
            reason: "is a folder, but should be a file".into(),
        }),
        Err(e) => failures.push(Error::Unreadable {
            path: rel.to_owned(),
            reason: describe_io(&e),
        }),
    }
}

fn walk(
    dir: &Path,
    rel: &str,
    kind: Kind,
    seen: &mut HashSet<PathBuf>,
    found: &mut Vec<FoundFile>,
    failures: &mut Vec<Error>,
) {
    let real = match fs::canonicalize(dir) {
        Ok(real) => real,
        Err(e) => {
            failures.push(Error::Unreadable {
                path: rel.to_owned(),
                reason: describe_io(&e),
            });
            return;
        }
    };
    if !seen.insert(real) {
        return; // a link back to a folder already read
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            failures.push(Error::Unreadable {
                path: rel.to_owned(),
                reason: describe_io(&e),
            });
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                failures.push(Error::Unreadable {
                    path: rel.to_owned(),
                    reason: describe_io(&e),
                });
                continue;
            }
        };
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let child_rel = format!("{rel}/{name}");
        let path = entry.path();
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, &child_rel, kind, seen, found, failures),
            Ok(_) if name.ends_with(".toml") => found.push(FoundFile {
                rel: child_rel,
                abs: path,
                kind,
            }),
            Ok(_) => {}
            Err(e) if is_link_loop(&e) => {} // a link to itself: nothing to read
            Err(e) if name.ends_with(".toml") || e.kind() != std::io::ErrorKind::NotFound => {
                failures.push(Error::Unreadable {
                    path: child_rel,
                    reason: describe_io(&e),
                });
            }
            Err(_) => {} // a dangling link that is not a data file
        }
    }
}

pub fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "cannot be read: permission denied".into(),
        std::io::ErrorKind::NotFound => "does not exist (a broken link?)".into(),
        _ => format!("cannot be read: {e}"),
    }
}

/// ELOOP: too many levels of symbolic links.
fn is_link_loop(e: &std::io::Error) -> bool {
    e.raw_os_error() == Some(40)
}

/// Which kind of data file the path `rel` (relative to the root,
/// `/`-separated) is, by the rules [`list_files`] follows in a folder:
/// `prodcoord.toml`, `K.toml`, or a `*.toml` under `K/` with no part of
/// the path below `K/` starting with `.`. `None` for any other path.
pub fn data_kind(rel: &str) -> Option<Kind> {
    if rel == ROOT_FILE {
        return Some(Kind::Production);
    }
    let (first, rest) = match rel.split_once('/') {
        Some((first, rest)) => (first, Some(rest)),
        None => (rel, None),
    };
    Kind::DATA.iter().copied().find(|kind| match rest {
        None => first.strip_suffix(".toml") == Some(kind.file_stem()),
        Some(rest) => {
            first == kind.file_stem()
                && rest.ends_with(".toml")
                && rest
                    .split('/')
                    .all(|part| !part.is_empty() && !part.starts_with('.'))
        }
    })
}
