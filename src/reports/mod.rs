//! `prodcoord report KIND`: the paperwork of a production office.
//!
//! Data flows one way: each module under [`kinds`] reads the validated
//! production (through a [`Analysis`](crate::analysis::Analysis)) and builds a
//! [`Report`]: a neutral [`Table`] plus its JSON document; [`render`] turns
//! the table into terminal text, CSV or Markdown. The [`dood`] engine is
//! shared with the call sheet and the scheduler.

pub mod dood;
mod filter;
pub mod kinds;
pub mod render;
mod report;
pub mod table;
mod text;

pub use dood::{Code, DayEntry, Dood, DoodRow, Tally};
pub use filter::{Filter, Scope};
pub use report::Report;
pub use table::{Align, Cell, Column, Row, RowKind, Strip, Table};
