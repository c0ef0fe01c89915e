//! Writing files so that nothing a user wrote is ever lost.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Creates `path` with `contents` atomically, refusing if it exists: the
/// text goes to a temporary file in the same folder, which is then linked
/// into place (a link never replaces an existing file).
pub fn create_new_atomic(path: &Path, contents: &str) -> std::io::Result<()> {
    let temp = write_temp_beside(path, contents)?;
    let result = std::fs::hard_link(&temp, path);
    let _ = std::fs::remove_file(&temp);
    result
}

/// Replaces (or creates) `path` with `contents` atomically: the text goes
/// to a temporary file in the same folder, which is then renamed over it,
/// so readers see the old file or the new one, never half of either.
/// Only for files the user said may be overwritten (`--force`, `--write`).
pub fn replace_atomic(path: &Path, contents: &str) -> std::io::Result<()> {
    let temp = write_temp_beside(path, contents)?;
    let result = std::fs::rename(&temp, path);
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// Writes `contents` to a new hidden file in `path`'s folder (hidden, so a
/// production folder never reads it as data) and flushes it to disk.
fn write_temp_beside(path: &Path, contents: &str) -> std::io::Result<PathBuf> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.prodcoord-{}.tmp", std::process::id()));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .and_then(|mut file| {
            file.write_all(contents.as_bytes())?;
            file.sync_all()
        });
    match written {
        Ok(()) => Ok(temp),
        Err(e) => {
            let _ = std::fs::remove_file(&temp);
            Err(e)
        }
    }
}
