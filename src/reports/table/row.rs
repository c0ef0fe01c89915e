use super::{Cell, Strip};

/// What a row is, which decides how it looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// An ordinary row.
    Item,
    /// A scene strip, coloured as on a stripboard.
    Strip(Strip),
    /// A day break or a heading between groups.
    Break,
    /// A group's subtotal.
    Subtotal,
    /// A grand total.
    Total,
}

/// One row; `alert` marks an over-budget line (red on a terminal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub kind: RowKind,
    pub alert: bool,
}
