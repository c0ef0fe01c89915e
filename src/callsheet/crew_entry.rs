use chrono::NaiveDateTime;
use serde::Serialize;

/// One crew member on the day.
#[derive(Debug, Clone, Serialize)]
pub struct CrewEntry {
    pub id: String,
    pub name: String,
    pub role: String,
    /// Their department's call, else the crew call.
    #[serde(serialize_with = "super::serde_time::opt_datetime")]
    pub call: Option<NaiveDateTime>,
    /// Booked for this day only (`add_crew`).
    pub added: bool,
}
