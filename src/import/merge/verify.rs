//! Before anything is written: the production as it would be, checked in a
//! scratch copy; then each file written atomically.

use super::FileEdit;
use crate::check::check_loaded;
use crate::diagnostics::{Severity, render};
use crate::fsutil::{create_new_atomic, replace_atomic};
use crate::load::{list_files, load};
use std::path::{Path, PathBuf};

/// The integrity errors the production rooted at `root` would have with
/// `files` written (rendered for people), or `None` when it would have
/// none. Nothing in the production is touched.
pub fn verify(root: &Path, files: &[FileEdit]) -> Result<Option<String>, crate::Error> {
    let scratch = Scratch::new()?;
    let io = |context: String| move |source| crate::Error::Io { context, source };
    let (found, _) = list_files(root);
    for file in &found {
        if files.iter().any(|f| f.rel == file.rel) {
            continue;
        }
        let target = scratch.0.join(&file.rel);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(io(format!("cannot create {}", parent.display())))?;
        }
        std::fs::copy(&file.abs, &target).map_err(io(format!("cannot copy {}", file.rel)))?;
    }
    for file in files {
        let target = scratch.0.join(&file.rel);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(io(format!("cannot create {}", parent.display())))?;
        }
        std::fs::write(&target, &file.text)
            .map_err(io(format!("cannot write {}", target.display())))?;
    }
    let outcome = check_loaded(load(&scratch.0), false);
    let blocking: Vec<_> = outcome
        .diagnostics
        .iter()
        .filter(|d| d.rule.is_integrity() && d.severity == Severity::Error)
        .cloned()
        .collect();
    if blocking.is_empty() && outcome.failures.is_empty() {
        return Ok(None);
    }
    let mut text = render::render_human(&blocking, &outcome.production.sources);
    for failure in &outcome.failures {
        text.push_str(&format!("{failure}\n"));
    }
    Ok(Some(text))
}

/// Writes every file atomically: a new file is created (never replacing one
/// that appeared meanwhile), an existing one replaced in one rename.
pub fn write(files: &[FileEdit]) -> Result<(), crate::Error> {
    for file in files {
        let result = if file.created {
            if let Some(parent) = file.path.parent() {
                std::fs::create_dir_all(parent).map_err(|source| crate::Error::Io {
                    context: format!("cannot create {}", parent.display()),
                    source,
                })?;
            }
            create_new_atomic(&file.path, &file.text)
        } else {
            // a file reached through a symbolic link is replaced where it is
            let real = std::fs::canonicalize(&file.path).unwrap_or_else(|_| file.path.clone());
            replace_atomic(&real, &file.text)
        };
        result.map_err(|source| crate::Error::Io {
            context: format!("cannot write {}", file.rel),
            source,
        })?;
    }
    Ok(())
}

/// A scratch folder, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Result<Scratch, crate::Error> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let dir =
            std::env::temp_dir().join(format!("prodcoord-import-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|source| crate::Error::Io {
            context: format!(
                "cannot create a scratch folder in {}",
                std::env::temp_dir().display()
            ),
            source,
        })?;
        Ok(Scratch(dir))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
