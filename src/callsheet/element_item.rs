use serde::Serialize;

/// One breakdown element and the day's scenes that need it.
#[derive(Debug, Clone, Serialize)]
pub struct ElementItem {
    pub name: String,
    pub scenes: Vec<String>,
}
