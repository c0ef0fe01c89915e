use super::{
    Account, BudgetSettings, CastMember, CrewMember, Day, Expense, Fringe, Index, Line, Location,
    Scene, Settings,
};
use crate::source::SourceMap;
use std::collections::BTreeSet;

/// The seven kinds of data file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Production,
    Cast,
    Crew,
    Locations,
    Scenes,
    Schedule,
    Budget,
    Expenses,
}

impl Kind {
    /// The kinds with a `K.toml` file and a `K/` folder.
    pub const DATA: &'static [Kind] = &[
        Kind::Cast,
        Kind::Crew,
        Kind::Locations,
        Kind::Scenes,
        Kind::Schedule,
        Kind::Budget,
        Kind::Expenses,
    ];

    pub fn file_stem(self) -> &'static str {
        match self {
            Kind::Production => "prodcoord",
            Kind::Cast => "cast",
            Kind::Crew => "crew",
            Kind::Locations => "locations",
            Kind::Scenes => "scenes",
            Kind::Schedule => "schedule",
            Kind::Budget => "budget",
            Kind::Expenses => "expenses",
        }
    }
}

/// A whole production, loaded and validated.
#[derive(Debug, Default)]
pub struct Production {
    pub sources: SourceMap,
    pub settings: Settings,
    pub cast: Vec<CastMember>,
    pub crew: Vec<CrewMember>,
    pub locations: Vec<Location>,
    pub scenes: Vec<Scene>,
    pub days: Vec<Day>,
    pub budget: Option<BudgetSettings>,
    pub fringes: Vec<Fringe>,
    pub accounts: Vec<Account>,
    pub lines: Vec<Line>,
    pub expenses: Vec<Expense>,
    /// Kinds with at least one file that could not be parsed: rules that
    /// need their data skip it rather than report its absence.
    pub broken: BTreeSet<Kind>,
    pub index: Index,
}

impl Production {
    pub fn is_broken(&self, kind: Kind) -> bool {
        self.broken.contains(&kind)
    }
}
