//! One file per verb. Each `run` returns the exit status or the reason it
//! could not run.

pub mod check;
pub mod completions;
pub mod init;
mod integrity;
pub mod report;

pub use integrity::load_trusted;
