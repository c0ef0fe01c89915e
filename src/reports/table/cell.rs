use crate::model::Money;
use std::borrow::Cow;

/// One cell. Money prints `1,500.00` for people and `1500.00` in CSV;
/// everything else prints the same in every format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    Money(Money),
}

impl Cell {
    pub fn empty() -> Cell {
        Cell::Text(String::new())
    }

    /// For tables and Markdown.
    pub fn display(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(text) => Cow::Borrowed(text),
            Cell::Money(money) => Cow::Owned(money.grouped()),
        }
    }

    /// For CSV: money without thousands separators.
    pub fn plain(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(text) => Cow::Borrowed(text),
            Cell::Money(money) => Cow::Owned(money.plain()),
        }
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.to_owned())
    }
}

impl From<&String> for Cell {
    fn from(text: &String) -> Cell {
        Cell::Text(text.clone())
    }
}

impl From<Money> for Cell {
    fn from(money: Money) -> Cell {
        Cell::Money(money)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(value: Option<T>) -> Cell {
        value.map_or_else(Cell::empty, Into::into)
    }
}
