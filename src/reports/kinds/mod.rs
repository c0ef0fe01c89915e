//! One module per report kind. Each `build` reads the production through
//! a [`Analysis`](crate::analysis::Analysis), honours the [`Filter`](super::Filter)
//! where it makes sense, and returns a [`Report`](super::Report).

pub mod budget;
pub mod cast;
pub mod cost;
pub mod crew;
mod days;
pub mod dood;
pub mod elements;
pub mod locations;
pub mod oneliner;
pub mod schedule;
