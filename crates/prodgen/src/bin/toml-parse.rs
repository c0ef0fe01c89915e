//! `toml-parse DIR`: the parse-only baseline for `scripts/bench-check.sh`.
//!
//! Reads every `*.toml` file under DIR (as `prodcoord` finds them) and parses
//! each with `toml::from_str::<toml::Table>`, doing nothing else. Exit 1 if a
//! file does not parse, 2 if DIR cannot be read.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir] = args.as_slice() else {
        eprintln!("usage: toml-parse DIR");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(dir);
    let files = match prodgen::toml_files(&dir) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("toml-parse: {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    let (mut bytes, mut keys, mut bad) = (0usize, 0usize, 0usize);
    for path in &files {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("toml-parse: {}: {e}", path.display());
                return ExitCode::from(2);
            }
        };
        bytes += text.len();
        match toml::from_str::<toml::Table>(&text) {
            Ok(table) => keys += table.len(),
            Err(e) => {
                eprintln!("toml-parse: {}: {e}", path.display());
                bad += 1;
            }
        }
    }
    println!(
        "parsed {} files, {bytes} bytes, {keys} top-level keys, {bad} errors",
        files.len()
    );
    if bad > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
