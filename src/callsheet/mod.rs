//! The call sheet of one shoot day (commands.md, "callsheet"): what the
//! whole unit reads the evening before.
//!
//! Data flows one way: [`CallSheet::build`] reads the validated
//! [`Production`](crate::model::Production) and its
//! [`Timeline`](crate::model::Timeline) into a plain data model (one type
//! per file below); [`render`] turns that model into text, Markdown, a
//! printable HTML page or JSON. The calendar export ([`crate::ics`]) reads
//! the same model, so a call sheet and a calendar event never disagree.

mod advance_day;
mod call_sheet;
mod cast_entry;
mod crew_department;
mod crew_entry;
mod day_context;
pub mod departments;
mod element_group;
mod element_item;
mod location_entry;
mod not_a_shoot_day;
mod place_contact;
mod production_contact;
pub mod render;
mod scene_entry;
mod serde_time;
mod sun_times;

pub use advance_day::AdvanceDay;
pub use call_sheet::CallSheet;
pub use cast_entry::CastEntry;
pub use crew_department::CrewDepartment;
pub use crew_entry::CrewEntry;
pub use element_group::ElementGroup;
pub use element_item::ElementItem;
pub use location_entry::LocationEntry;
pub use not_a_shoot_day::{NearDay, NotAShootDay};
pub use place_contact::PlaceContact;
pub use production_contact::ProductionContact;
pub use render::Format;
pub use scene_entry::SceneEntry;
pub use sun_times::SunTimes;

pub(crate) use day_context::DayContext;
