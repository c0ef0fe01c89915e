use super::{Pages, Sp};
use crate::source::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntExt {
    Int,
    Ext,
    IntExt,
}

impl IntExt {
    pub const NAMES: &'static [&'static str] = &["INT", "EXT", "INT/EXT"];

    pub fn parse(text: &str) -> Option<IntExt> {
        match text {
            "INT" => Some(IntExt::Int),
            "EXT" => Some(IntExt::Ext),
            "INT/EXT" => Some(IntExt::IntExt),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            IntExt::Int => "INT",
            IntExt::Ext => "EXT",
            IntExt::IntExt => "INT/EXT",
        }
    }

    pub fn is_exterior(self) -> bool {
        matches!(self, IntExt::Ext | IntExt::IntExt)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeOfDay {
    Day,
    Night,
    Dawn,
    Dusk,
}

impl TimeOfDay {
    pub const NAMES: &'static [&'static str] = &["DAY", "NIGHT", "DAWN", "DUSK"];

    pub fn parse(text: &str) -> Option<TimeOfDay> {
        match text {
            "DAY" => Some(TimeOfDay::Day),
            "NIGHT" => Some(TimeOfDay::Night),
            "DAWN" => Some(TimeOfDay::Dawn),
            "DUSK" => Some(TimeOfDay::Dusk),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            TimeOfDay::Day => "DAY",
            TimeOfDay::Night => "NIGHT",
            TimeOfDay::Dawn => "DAWN",
            TimeOfDay::Dusk => "DUSK",
        }
    }
}

/// The breakdown element categories of a scene, in call-sheet order.
pub const ELEMENT_CATEGORIES: &[&str] = &[
    "props",
    "set_dressing",
    "wardrobe",
    "makeup",
    "vehicles",
    "animals",
    "stunts",
    "sfx",
    "vfx",
    "special_equipment",
    "music",
    "sound",
    "greenery",
    "security",
    "notes",
];

/// One scene of the breakdown: `[[scene]]`.
#[derive(Debug, Clone)]
pub struct Scene {
    pub number: Sp<String>,
    pub int_ext: IntExt,
    pub time: TimeOfDay,
    pub set: String,
    pub location: Option<Sp<String>>,
    pub pages: Pages,
    pub synopsis: Option<String>,
    pub cast: Vec<Sp<String>>,
    pub background: Option<u64>,
    pub episode: Option<String>,
    pub script_day: Option<String>,
    pub omitted: bool,
    /// `(category, items)`, categories from [`ELEMENT_CATEGORIES`].
    pub elements: Vec<(&'static str, Vec<String>)>,
    pub span: Span,
}
