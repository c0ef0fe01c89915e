//! The validated production: what the files mean, with where each part was
//! written. Everything downstream (checks, reports, ...) reads only this.

mod budget;
mod cast_member;
mod crew_member;
mod date_range;
mod day;
mod index;
mod location;
mod money;
mod pages;
mod production;
mod scene;
mod settings;
mod sp;
pub mod timeline;

pub use timeline::{DayPlan, Timeline, Window};

pub use budget::{
    Account, AccountGroup, BudgetSettings, Charge, Expense, Fringe, LINE_UNITS, Line,
};
pub use cast_member::CastMember;
pub use crew_member::CrewMember;
pub use date_range::DateRange;
pub use day::{CastCall, Day, DayKind};
pub use index::{Index, PersonRef};
pub use location::{Contact, Hospital, Location, Permit};
pub use money::Money;
pub use pages::Pages;
pub use production::{Kind, Production};
pub use scene::{ELEMENT_CATEGORIES, IntExt, Scene, TimeOfDay};
pub use settings::{CheckLists, Rules, Settings};
pub use sp::Sp;
