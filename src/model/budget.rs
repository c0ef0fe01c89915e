use super::{Money, Sp};
use crate::source::Span;
use rust_decimal::Decimal;

/// `[budget]`: the approved cap and the contingency.
#[derive(Debug, Clone)]
pub struct BudgetSettings {
    pub cap: Option<Sp<Money>>,
    pub contingency_percent: Decimal,
    pub span: Span,
}

/// An employer cost on labour: `[[fringe]]`.
#[derive(Debug, Clone)]
pub struct Fringe {
    pub id: Sp<String>,
    pub name: Option<String>,
    pub percent: Decimal,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountGroup {
    AboveTheLine,
    BelowTheLine,
    Post,
    Other,
}

impl AccountGroup {
    pub const NAMES: &'static [&'static str] =
        &["above-the-line", "below-the-line", "post", "other"];

    pub fn parse(text: &str) -> Option<AccountGroup> {
        match text {
            "above-the-line" => Some(AccountGroup::AboveTheLine),
            "below-the-line" => Some(AccountGroup::BelowTheLine),
            "post" => Some(AccountGroup::Post),
            "other" => Some(AccountGroup::Other),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        AccountGroup::NAMES[self as usize]
    }
}

/// A budget account such as 3300 Camera: `[[account]]`.
#[derive(Debug, Clone)]
pub struct Account {
    pub code: Sp<String>,
    pub name: String,
    pub group: AccountGroup,
    pub span: Span,
}

/// One budget line: quantity × units × rate: `[[line]]`.
#[derive(Debug, Clone)]
pub struct Line {
    pub id: Option<Sp<String>>,
    pub account: Sp<String>,
    pub description: String,
    pub quantity: Decimal,
    pub units: Decimal,
    pub unit: String,
    /// `None` when missing or invalid (already reported): the line's total
    /// is then unknown rather than zero.
    pub rate: Option<Money>,
    pub fringes: Vec<Sp<String>>,
    pub span: Span,
}

pub const LINE_UNITS: &[&str] = &["flat", "allow", "each", "hour", "day", "week", "month"];

/// What an expense is charged to.
#[derive(Debug, Clone)]
pub enum Charge {
    Line(Sp<String>),
    Account(Sp<String>),
}

/// Money spent: `[[expense]]`.
#[derive(Debug, Clone)]
pub struct Expense {
    pub date: chrono::NaiveDate,
    pub amount: Money,
    pub charge: Option<Charge>,
    pub vendor: Option<String>,
    pub reference: Option<String>,
    pub note: Option<String>,
    pub span: Span,
}
