use crate::analysis::Analysis;
use std::sync::OnceLock;

/// What every rule reads: the production's [`Analysis`], plus the people's
/// bookings that only the booking rules need.
pub struct Context<'a> {
    analysis: Analysis<'a>,
    bookings: OnceLock<Vec<super::bookings::BookingList>>,
}

impl<'a> Context<'a> {
    pub fn new(production: &'a crate::model::Production) -> Self {
        Context {
            analysis: Analysis::new(production),
            bookings: OnceLock::new(),
        }
    }

    pub fn bookings(&self) -> &[super::bookings::BookingList] {
        self.bookings
            .get_or_init(|| super::bookings::booking_lists(self))
    }
}

impl<'a> std::ops::Deref for Context<'a> {
    type Target = Analysis<'a>;

    fn deref(&self) -> &Analysis<'a> {
        &self.analysis
    }
}
