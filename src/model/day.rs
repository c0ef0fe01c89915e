use super::Sp;
use crate::source::Span;
use chrono::{NaiveDate, NaiveTime};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayKind {
    Shoot,
    Rehearsal,
    Travel,
}

impl DayKind {
    pub const NAMES: &'static [&'static str] = &["shoot", "rehearsal", "travel"];

    pub fn parse(text: &str) -> Option<DayKind> {
        match text {
            "shoot" => Some(DayKind::Shoot),
            "rehearsal" => Some(DayKind::Rehearsal),
            "travel" => Some(DayKind::Travel),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            DayKind::Shoot => "shoot",
            DayKind::Rehearsal => "rehearsal",
            DayKind::Travel => "travel",
        }
    }
}

/// A performer's call on one day: a bare time, or pickup / makeup / set.
#[derive(Debug, Clone)]
pub struct CastCall {
    pub id: Sp<String>,
    pub pickup: Option<NaiveTime>,
    pub makeup: Option<NaiveTime>,
    pub set: Option<NaiveTime>,
}

impl CastCall {
    pub fn times(&self) -> impl Iterator<Item = NaiveTime> + '_ {
        [self.pickup, self.makeup, self.set].into_iter().flatten()
    }
}

/// One entry of the schedule: `[[day]]`.
#[derive(Debug, Clone)]
pub struct Day {
    pub date: Sp<NaiveDate>,
    pub unit: Sp<String>,
    pub kind: DayKind,
    pub crew_call: Option<Sp<NaiveTime>>,
    pub shooting_call: Option<Sp<NaiveTime>>,
    pub wrap: Option<Sp<NaiveTime>>,
    /// Scene numbers in shooting order; `None` when the key is absent.
    pub scenes: Option<Sp<Vec<Sp<String>>>>,
    pub cast: Vec<Sp<String>>,
    pub cast_calls: Vec<CastCall>,
    pub department_calls: Vec<(Sp<String>, NaiveTime)>,
    pub add_crew: Vec<Sp<String>>,
    pub off_crew: Vec<Sp<String>>,
    pub weather: Option<String>,
    pub notes: Option<String>,
    pub locked: bool,
    pub span: Span,
}
