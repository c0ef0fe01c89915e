use chrono::{NaiveDate, NaiveDateTime, TimeDelta};

/// A person's working window on one day: from their call to wrap,
/// half-open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Window {
    pub call: NaiveDateTime,
    pub wrap: NaiveDateTime,
}

impl Window {
    pub fn length(&self) -> TimeDelta {
        self.wrap - self.call
    }

    pub fn is_empty(&self) -> bool {
        self.wrap <= self.call
    }

    pub fn overlaps(&self, other: &Window) -> bool {
        self.call < other.wrap && other.call < self.wrap
    }

    /// The dates this window touches (a wrap at midnight does not touch
    /// the next date).
    pub fn dates(&self) -> impl Iterator<Item = NaiveDate> + use<> {
        let first = self.call.date();
        let last_instant = if self.is_empty() {
            self.call
        } else {
            self.wrap - TimeDelta::nanoseconds(1)
        };
        let last = last_instant.date();
        first.iter_days().take_while(move |d| *d <= last)
    }
}
