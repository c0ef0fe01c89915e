use crate::source::Span;
use chrono::NaiveDate;

/// An inclusive range of dates, e.g. an `unavailable` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateRange {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub reason: Option<String>,
    pub span: Span,
}

impl DateRange {
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }
}
