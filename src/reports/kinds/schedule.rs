//! `report schedule`: the shooting schedule. Each day under a heading
//! with its calls, its scenes as strips with cast, background, location
//! and elements, and a day break with the page total.

use super::days::{Detail, build as build_days};
use crate::analysis::Analysis;
use crate::reports::{Filter, Report};

pub fn build(ctx: &Analysis, filter: &Filter) -> Report {
    build_days(ctx, filter, Detail::Schedule)
}
