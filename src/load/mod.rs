//! Reading a production folder into the [`model`](crate::model): find the
//! files, parse each once keeping spans, validate every key and value.

mod discover;
mod fields;
mod kinds;
mod parse;
mod reader;
mod values;

pub use discover::{FoundFile, ROOT_FILE, data_kind, describe_io, find_root, list_files};
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
    let mut reader = Reader::default();
    for found in files {
        match std::fs::read(&found.abs) {
            Ok(bytes) => reader.read(found.rel, found.kind, bytes),
            Err(e) => failures.push(Error::Unreadable {
                path: found.rel.clone(),
                reason: discover::describe_io(&e),
            }),
        }
    }
    reader.finish(failures)
}

/// Loads a production from files already in memory, e.g. read from a git
/// revision: `(path relative to the root with `/` separators, contents)`.
/// The same files are data files as in a folder ([`data_kind`]); others
/// are ignored. Files are read in byte-wise sorted path order, as
/// [`load`] reads a folder.
pub fn load_files(files: Vec<(String, Vec<u8>)>) -> Loaded {
    let mut files: Vec<_> = files
        .into_iter()
        .filter_map(|(rel, bytes)| Some((data_kind(&rel)?, rel, bytes)))
        .collect();
    files.sort_by(|a, b| a.1.as_bytes().cmp(b.1.as_bytes()));
    let mut reader = Reader::default();
    for (kind, rel, bytes) in files {
        reader.read(rel, kind, bytes);
    }
    reader.finish(Vec::new())
}

/// Reads files one by one into a production.
#[derive(Default)]
struct Reader {
    production: Production,
    sources: crate::source::SourceMap,
    diagnostics: Vec<Diagnostic>,
    saw_root_file: bool,
}

impl Reader {
    fn read(&mut self, rel: String, kind: crate::model::Kind, bytes: Vec<u8>) {
        let (text, bad_utf8_at) = decode(bytes);
        let mut ctx = LoadCtx {
            file: self.sources.add(SourceFile::new(rel, text)),
            diagnostics: std::mem::take(&mut self.diagnostics),
        };
        if kind == crate::model::Kind::Production {
            self.saw_root_file = true;
        }
        if let Some(offset) = bad_utf8_at {
            // The lossy text holds a 3-byte U+FFFD where the bad byte was.
            let span = ctx.span(offset..offset + '\u{FFFD}'.len_utf8());
            ctx.push(
                Diagnostic::new(Rule::Syntax, span, "this file is not UTF-8 text")
                    .label("not UTF-8")
                    .help("save the file as UTF-8 in your editor"),
            );
            self.production.broken.insert(kind);
        } else {
            match parse::parse(&self.sources.get(ctx.file).text, &mut ctx) {
                Some(table) => {
                    kinds::read_file(kind, table.get_ref(), &mut ctx, &mut self.production)
                }
                None => {
                    self.production.broken.insert(kind);
                }
            }
        }
        self.diagnostics = ctx.diagnostics;
    }

    fn finish(self, failures: Vec<Error>) -> Loaded {
        let Reader {
            mut production,
            sources,
            diagnostics,
            saw_root_file,
        } = self;
        if !saw_root_file {
            production.broken.insert(crate::model::Kind::Production);
        }
        production.sources = sources;
        production.index = Index::build(&production);
        Loaded {
            production,
            diagnostics,
            failures,
        }
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
