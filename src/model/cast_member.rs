use super::{DateRange, Money, Sp};
use crate::source::Span;
use rust_decimal::Decimal;

/// A performer: `[[cast]]`.
#[derive(Debug, Clone)]
pub struct CastMember {
    pub id: Sp<String>,
    pub number: Option<Sp<u32>>,
    pub name: String,
    pub character: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub agent: Option<String>,
    pub rate: Option<Money>,
    pub minor: bool,
    pub max_hours: Option<Decimal>,
    pub unavailable: Vec<DateRange>,
    pub span: Span,
}
