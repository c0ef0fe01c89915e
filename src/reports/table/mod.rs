//! The neutral model every report builds and every format renders: a
//! title, columns, rows of cells with a kind (stripboard colour, day break,
//! subtotal, total) and notes for people.

mod cell;
mod column;
mod row;
mod strip;

pub use cell::Cell;
pub use column::{Align, Column};
pub use row::{Row, RowKind};
pub use strip::Strip;

/// One report as rows and columns.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// Printed above the table (terminal and Markdown), never in CSV.
    pub title: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// Printed below the table (terminal and Markdown): legends, warnings.
    pub notes: Vec<String>,
}

impl Table {
    pub fn new(title: impl Into<String>, columns: Vec<Column>) -> Table {
        Table {
            title: title.into(),
            columns,
            rows: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// Adds a row, padded with empty cells (or cut) to the column count.
    pub fn push(&mut self, kind: RowKind, cells: Vec<Cell>) -> &mut Row {
        let mut cells = cells;
        debug_assert_eq!(cells.len(), self.columns.len(), "row width");
        cells.resize(self.columns.len(), Cell::empty());
        self.rows.push(Row {
            cells,
            kind,
            alert: false,
        });
        let last = self.rows.len() - 1;
        &mut self.rows[last]
    }

    pub fn note(&mut self, text: impl Into<String>) {
        self.notes.push(text.into());
    }
}
