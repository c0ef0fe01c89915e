/// How a column's cells line up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Left,
    Right,
    Center,
}

/// A column: `key` heads the CSV column (stable, for scripts); `label`
/// heads the table and Markdown column (for people; may hold a line break).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub key: String,
    pub label: String,
    pub align: Align,
    /// Whether a narrow terminal may wrap the cells; figures, codes and
    /// dates never wrap (the table grows wider than the terminal instead).
    pub wrap: bool,
}

impl Column {
    pub fn new(key: impl Into<String>, label: impl Into<String>) -> Column {
        Column {
            key: key.into(),
            label: label.into(),
            align: Align::Left,
            wrap: true,
        }
    }

    /// Right-aligned, never wrapped: figures.
    pub fn right(mut self) -> Column {
        self.align = Align::Right;
        self.wrap = false;
        self
    }

    /// Centred, never wrapped: codes.
    pub fn center(mut self) -> Column {
        self.align = Align::Center;
        self.wrap = false;
        self
    }

    /// Never wrapped: dates, short codes.
    pub fn nowrap(mut self) -> Column {
        self.wrap = false;
        self
    }
}
