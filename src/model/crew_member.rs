use super::{DateRange, Money, Sp};
use crate::source::Span;

/// A crew member: `[[crew]]`.
#[derive(Debug, Clone)]
pub struct CrewMember {
    pub id: Sp<String>,
    pub name: String,
    pub role: String,
    pub department: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub rate: Option<Money>,
    /// Units this person works every shoot and rehearsal day of.
    pub units: Vec<Sp<String>>,
    pub unavailable: Vec<DateRange>,
    pub span: Span,
}
