//! `report oneliner`: one line per scene with its synopsis, a day break
//! with the page total after each shoot day.

use super::days::{Detail, build as build_days};
use crate::analysis::Analysis;
use crate::reports::{Filter, Report};

pub fn build(ctx: &Analysis, filter: &Filter) -> Report {
    build_days(ctx, filter, Detail::OneLiner)
}
