//! prodcoord: a film or TV production kept as plain TOML files, checked
//! for conflicts and turned into the paperwork a production office needs.
//!
//! Data flows one way: [`load`] reads the files into the [`model`];
//! [`analysis`] derives the timeline and budget figures once; on top of it
//! sit the engines — [`check`] (one rule per file, findings printed by
//! [`diagnostics`]), [`reports`], [`callsheet`] and [`ics`], [`schedule`],
//! [`diff`] and [`import`]; [`cli`] and [`commands`] are the thin
//! command-line layer over them.

pub mod analysis;
pub mod budget;
pub mod callsheet;
pub mod check;
pub mod cli;
pub mod commands;
pub mod diagnostics;
pub mod diff;
pub mod error;
pub mod fsutil;
pub mod ics;
pub mod import;
pub mod load;
pub mod model;
pub mod reports;
pub mod schedule;
pub mod source;
pub mod sun;
pub mod text;

pub use check::{CheckOutcome, check_production};
pub use diagnostics::Diagnostic;
pub use error::Error;
