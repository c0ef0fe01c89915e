use crate::model::{DayPlan, Production};
use chrono::NaiveDate;

/// `--unit`, `--from` and `--to`: which day entries a report looks at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub unit: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Filter {
    /// Whether any option was given.
    pub fn is_set(&self) -> bool {
        self.unit.is_some() || self.from.is_some() || self.to.is_some()
    }

    pub fn has_dates(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    pub fn date(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= date) && self.to.is_none_or(|to| date <= to)
    }

    pub fn unit(&self, unit: &str) -> bool {
        self.unit.as_deref().is_none_or(|u| u == unit)
    }

    pub fn plan(&self, plan: &DayPlan) -> bool {
        self.unit(&plan.unit) && self.date(plan.date)
    }

    /// Checks the options against the production: a known unit, and
    /// `--from` not after `--to`. The message is for the person typing.
    pub fn validate(&self, production: &Production) -> Result<(), String> {
        if let Some(unit) = &self.unit {
            let units = production.settings.unit_names();
            if !units.contains(&unit.as_str()) {
                let list = units
                    .iter()
                    .map(|u| format!("`{u}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let hint = crate::load::did_you_mean(unit, &units)
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default();
                return Err(format!(
                    "unknown unit `{unit}`{hint}: the production's units are {list}"
                ));
            }
        }
        if let (Some(from), Some(to)) = (self.from, self.to)
            && from > to
        {
            return Err(format!("--from {from} is after --to {to}"));
        }
        Ok(())
    }
}

/// The filter as every report's JSON states it: `unit`, `from`, `to`.
#[derive(serde::Serialize)]
pub struct Scope<'a> {
    pub unit: Option<&'a str>,
    pub from: Option<String>,
    pub to: Option<String>,
}

impl Filter {
    pub fn scope(&self) -> Scope<'_> {
        Scope {
            unit: self.unit.as_deref(),
            from: self.from.map(|d| d.to_string()),
            to: self.to.map(|d| d.to_string()),
        }
    }
}
