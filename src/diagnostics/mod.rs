//! Findings, their rules and severities, and how they are printed.

mod diagnostic;
pub mod render;
mod rule;
mod severity;

pub use diagnostic::{Diagnostic, Related};
pub use rule::Rule;
pub use severity::Severity;
