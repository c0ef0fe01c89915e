/// A day-out-of-days cell (commands.md, "dood").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Code {
    /// Before start, after finish, or between a drop and its pickup.
    #[default]
    Empty,
    /// First shoot day worked.
    StartWork,
    /// A shoot day worked.
    Work,
    /// Last shoot day worked.
    WorkFinish,
    /// The only shoot day worked.
    StartWorkFinish,
    /// Between start and finish, not involved: paid, not working.
    Hold,
    /// Worked, then dropped.
    WorkDrop,
    /// First shoot day worked, then dropped.
    StartWorkDrop,
    /// Picked up, worked.
    PickupWork,
    /// Picked up, worked, and the last shoot day worked.
    PickupWorkFinish,
    /// Travel, on a date without shoot work.
    Travel,
    /// Rehearsal, on a date without shoot work.
    Rehearsal,
}

impl Code {
    /// Every code, in the order of the legend.
    pub const ALL: &'static [Code] = &[
        Code::StartWork,
        Code::Work,
        Code::WorkFinish,
        Code::StartWorkFinish,
        Code::Hold,
        Code::WorkDrop,
        Code::StartWorkDrop,
        Code::PickupWork,
        Code::PickupWorkFinish,
        Code::Travel,
        Code::Rehearsal,
    ];

    /// `SW`, `W`, `WF`, ... or `""`.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Empty => "",
            Code::StartWork => "SW",
            Code::Work => "W",
            Code::WorkFinish => "WF",
            Code::StartWorkFinish => "SWF",
            Code::Hold => "H",
            Code::WorkDrop => "WD",
            Code::StartWorkDrop => "SWD",
            Code::PickupWork => "PW",
            Code::PickupWorkFinish => "PWF",
            Code::Travel => "T",
            Code::Rehearsal => "R",
        }
    }

    /// What the code means, for legends.
    pub fn meaning(self) -> &'static str {
        match self {
            Code::Empty => "not on the show that date",
            Code::StartWork => "start work: first shoot day worked",
            Code::Work => "shoot day worked",
            Code::WorkFinish => "work finish: last shoot day worked",
            Code::StartWorkFinish => "the only shoot day worked",
            Code::Hold => "hold: paid, not working",
            Code::WorkDrop => "worked, then dropped",
            Code::StartWorkDrop => "first shoot day worked, then dropped",
            Code::PickupWork => "picked up, worked",
            Code::PickupWorkFinish => "picked up, worked, last shoot day",
            Code::Travel => "travel",
            Code::Rehearsal => "rehearsal",
        }
    }

    /// A shoot day worked (every code with a `W`).
    pub fn is_work(self) -> bool {
        matches!(
            self,
            Code::StartWork
                | Code::Work
                | Code::WorkFinish
                | Code::StartWorkFinish
                | Code::WorkDrop
                | Code::StartWorkDrop
                | Code::PickupWork
                | Code::PickupWorkFinish
        )
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
