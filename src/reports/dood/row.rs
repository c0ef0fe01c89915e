use super::{Code, Tally};
use crate::model::Money;
use chrono::NaiveDate;

/// One performer's line of the day out of days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoodRow {
    /// Index into `Production::cast`.
    pub cast: usize,
    /// One code per date of [`Dood::dates`](super::Dood::dates).
    pub codes: Vec<Code>,
    pub tally: Tally,
    /// First and last involved dates (`None`: never involved).
    pub start: Option<NaiveDate>,
    pub finish: Option<NaiveDate>,
    /// The drop and pickup dates, when dropped.
    pub drop: Option<(NaiveDate, NaiveDate)>,
    /// Hold days × rate (0 with no rate).
    pub hold_cost: Money,
}
