//! Turning a [`Table`](super::Table) into text: a terminal table, CSV or
//! GitHub Markdown. JSON is built by each report kind (see
//! [`Report::json`](super::Report::json)).

pub mod csv;
pub mod markdown;
pub mod table;

pub use table::TableOptions;
