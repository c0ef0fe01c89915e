use super::Severity;

macro_rules! rules {
    ($($variant:ident => $name:literal, $severity:ident;)*) => {
        /// Every named check of `checks.md`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $($variant,)*
        }

        impl Rule {
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            pub fn name(self) -> &'static str {
                match self {
                    $(Rule::$variant => $name,)*
                }
            }

            pub fn default_severity(self) -> Severity {
                match self {
                    $(Rule::$variant => Severity::$severity,)*
                }
            }
        }
    };
}

rules! {
    Syntax => "syntax", Error;
    UnknownField => "unknown-field", Error;
    MissingField => "missing-field", Error;
    InvalidValue => "invalid-value", Error;
    DuplicateId => "duplicate-id", Error;
    UnknownReference => "unknown-reference", Error;
    DuplicateDay => "duplicate-day", Error;
    DoubleBooking => "double-booking", Error;
    Unavailable => "unavailable", Error;
    LocationUnavailable => "location-unavailable", Error;
    Permit => "permit", Error;
    Turnaround => "turnaround", Error;
    MaxHours => "max-hours", Error;
    LongDay => "long-day", Warning;
    OverfullDay => "overfull-day", Warning;
    CompanyMoves => "company-moves", Warning;
    EmptyDay => "empty-day", Warning;
    SceneSplit => "scene-split", Warning;
    UnscheduledScene => "unscheduled-scene", Warning;
    Daylight => "daylight", Warning;
    MissingHospital => "missing-hospital", Warning;
    OverBudgetLine => "over-budget-line", Error;
    OverBudgetAccount => "over-budget-account", Error;
    OverCap => "over-cap", Error;
}

impl Rule {
    pub fn from_name(name: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|rule| rule.name() == name)
    }

    /// Schema rules cannot be silenced: a file that does not mean what it
    /// says must never pass CI quietly.
    pub fn is_schema(self) -> bool {
        matches!(
            self,
            Rule::Syntax | Rule::UnknownField | Rule::MissingField | Rule::InvalidValue
        )
    }

    /// Findings that make the data itself unreliable; other commands refuse
    /// to run while any of them is present.
    pub fn is_integrity(self) -> bool {
        self.is_schema()
            || matches!(
                self,
                Rule::DuplicateId | Rule::UnknownReference | Rule::DuplicateDay
            )
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
