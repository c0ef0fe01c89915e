//! `-o FILE` / `--force` for commands that write a document: atomically,
//! and never over an existing file unless `--force` is given.

use crate::cli::Output;
use std::path::Path;

/// Prints `text` to standard output, or writes it to `path`.
pub fn deliver(
    out: &Output,
    path: Option<&Path>,
    force: bool,
    text: &str,
) -> Result<(), crate::Error> {
    let Some(path) = path else {
        return out.print(text);
    };
    if path.is_dir() {
        return Err(crate::Error::Usage(format!(
            "{} is a folder: give a file name to write to",
            path.display()
        )));
    }
    let result = if force {
        crate::fsutil::replace_atomic(path, text)
    } else {
        crate::fsutil::create_new_atomic(path, text)
    };
    match result {
        Ok(()) => {
            out.note(&format!("Wrote {}", path.display()));
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && !force => {
            Err(crate::Error::Usage(format!(
                "{} already exists: not overwritten (add --force to replace it)",
                path.display()
            )))
        }
        Err(source) => Err(crate::Error::Io {
            context: format!("cannot write {}", path.display()),
            source,
        }),
    }
}
