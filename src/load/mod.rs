//! Reading a production folder into the [`model`](crate::model): find the
//! files, parse each once keeping spans, validate every key and value.

mod discover;
mod fields;
mod kinds;
mod parse;
mod reader;
mod values;

pub use discover::{FoundFile, ROOT_FILE, find_root, list_files};
pub use reader::did_you_mean;
pub use values::slug;

use crate::diagnostics::{Diagnostic, Rule};
use crate::error::Error;
use crate::model::{Index, Production};
use crate::source::{FileId, SourceFile, Span};
use std::path::Path;

/// Where findings about the file being read go.
pub struct LoadCtx {
    pub file: FileId,
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadCtx {
    pub fn span(&self, range: std::ops::Range<usize>) -> Span {
        Span::new(self.file, range)
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }
}

/// A production as far as it could be read.
pub struct Loaded {
    pub production: Production,
    /// Schema findings: syntax, unknown-field, missing-field, invalid-value.
    pub diagnostics: Vec<Diagnostic>,
    /// Paths that could not be read at all (exit status 2).
    pub failures: Vec<Error>,
}

/// Loads every file of the production rooted at `root`.
pub fn load(root: &Path) -> Loaded {
    let (files, mut failures) = list_files(root);
    let mut production = Production::default();
    let mut ctx = LoadCtx {
        file: FileId(0),
        diagnostics: Vec::new(),
    };
    let mut sources = crate::source::SourceMap::default();
    let mut saw_root_file = false;
    for found in files {
        let bytes = match std::fs::read(&found.abs) {
            Ok(bytes) => bytes,
            Err(e) => {
                failures.push(Error::Unreadable {
                    path: found.rel.clone(),
                    reason: discover::describe_io(&e),
                });
                continue;
            }
        };
        let (text, bad_utf8_at) = decode(bytes);
        ctx.file = sources.add(SourceFile::new(found.rel.clone(), text));
        if found.kind == crate::model::Kind::Production {
            saw_root_file = true;
        }
        if let Some(offset) = bad_utf8_at {
            let span = ctx.span(offset..offset + 1);
            ctx.push(
                Diagnostic::new(Rule::Syntax, span, "this file is not UTF-8 text")
                    .label("not UTF-8")
                    .help("save the file as UTF-8 in your editor"),
            );
            production.broken.insert(found.kind);
            continue;
        }
        match parse::parse(&sources.get(ctx.file).text, &mut ctx) {
            Some(table) => kinds::read_file(found.kind, table.get_ref(), &mut ctx, &mut production),
            None => {
                production.broken.insert(found.kind);
            }
        }
    }
    if !saw_root_file {
        production.broken.insert(crate::model::Kind::Production);
    }
    production.sources = sources;
    production.index = Index::build(&production);
    Loaded {
        production,
        diagnostics: ctx.diagnostics,
        failures,
    }
}

/// The text of a file without its byte-order mark, and where the first
/// byte that is not UTF-8 is.
fn decode(bytes: Vec<u8>) -> (String, Option<usize>) {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(text) => (text, None),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            (String::from_utf8_lossy(e.as_bytes()).into_owned(), Some(at))
        }
    }
}
