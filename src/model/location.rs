use super::{DateRange, Sp};
use crate::source::Span;
use chrono::NaiveDate;

#[derive(Debug, Clone, Default)]
pub struct Contact {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Hospital {
    pub name: String,
    pub address: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Permit {
    pub number: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub span: Span,
}

/// A real place where scenes are shot: `[[location]]`.
#[derive(Debug, Clone)]
pub struct Location {
    pub id: Sp<String>,
    pub name: String,
    pub address: Option<String>,
    pub parking: Option<String>,
    pub notes: Option<String>,
    /// Latitude and longitude in degrees.
    pub coordinates: Option<(f64, f64)>,
    pub contact: Option<Contact>,
    pub hospital: Option<Hospital>,
    /// `None`: available any time; `Some(vec![])`: never.
    pub available: Option<Sp<Vec<DateRange>>>,
    pub permit: Option<Permit>,
    pub span: Span,
}
