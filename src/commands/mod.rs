//! One file per verb. Each `run` returns the exit status or the reason it
//! could not run.

pub mod callsheet;
pub mod check;
pub mod completions;
pub mod diff;
pub mod export;
pub mod import;
pub mod init;
mod integrity;
mod output_file;
pub mod report;
pub mod schedule;

pub use integrity::{load_trusted, trusted};
