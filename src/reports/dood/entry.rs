use crate::model::DayKind;
use chrono::NaiveDate;

/// What the day out of days needs of a day entry: its date, its kind and
/// who is on it (indices into `Production::cast`). The scheduler can build
/// these for a candidate schedule without a [`Timeline`](crate::model::Timeline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayEntry<'a> {
    pub date: NaiveDate,
    pub kind: DayKind,
    pub cast: &'a [usize],
}
