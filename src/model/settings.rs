use super::{Money, Pages, Sp};
use chrono::{NaiveDate, NaiveTime, Weekday};
use rust_decimal::Decimal;

/// `[production]`, `[rules]` and `[check]` of `prodcoord.toml`.
#[derive(Debug, Clone)]
pub struct Settings {
    pub title: String,
    pub company: Option<String>,
    pub currency: String,
    pub timezone: chrono_tz::Tz,
    pub start: Option<NaiveDate>,
    /// `None` when not written: then the one unit `main`.
    pub units: Option<Vec<Sp<String>>>,
    pub contacts: Vec<Sp<String>>,
    pub default_crew_call: NaiveTime,
    pub night_crew_call: NaiveTime,
    pub default_day_hours: Decimal,
    pub days_off: Vec<Weekday>,
    pub rules: Rules,
    pub check: CheckLists,
}

#[derive(Debug, Clone)]
pub struct Rules {
    pub crew_turnaround_hours: Decimal,
    pub cast_turnaround_hours: Decimal,
    pub max_day_hours: Decimal,
    pub minor_max_hours: Decimal,
    pub max_pages_per_day: Pages,
    pub max_locations_per_day: u64,
    pub allow_drop_pickup: bool,
    pub drop_pickup_min_days: u64,
    pub move_cost: Money,
}

/// `[check]`: rule names whose severity the production changes.
#[derive(Debug, Clone, Default)]
pub struct CheckLists {
    pub allow: Vec<Sp<String>>,
    pub warn: Vec<Sp<String>>,
    pub deny: Vec<Sp<String>>,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            crew_turnaround_hours: Decimal::from(10),
            cast_turnaround_hours: Decimal::from(12),
            max_day_hours: Decimal::from(12),
            minor_max_hours: Decimal::from(9),
            max_pages_per_day: Pages(64),
            max_locations_per_day: 2,
            allow_drop_pickup: true,
            drop_pickup_min_days: 10,
            move_cost: Money(Decimal::from(2000)),
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            title: String::new(),
            company: None,
            currency: "USD".into(),
            timezone: chrono_tz::Tz::UTC,
            start: None,
            units: None,
            contacts: Vec::new(),
            default_crew_call: NaiveTime::from_hms_opt(7, 0, 0).unwrap_or_default(),
            night_crew_call: NaiveTime::from_hms_opt(18, 0, 0).unwrap_or_default(),
            default_day_hours: Decimal::from(11),
            days_off: vec![Weekday::Sun],
            rules: Rules::default(),
            check: CheckLists::default(),
        }
    }
}

impl Settings {
    /// Unit names: `units`, or `["main"]` when not given.
    pub fn unit_names(&self) -> Vec<&str> {
        match &self.units {
            None => vec!["main"],
            Some(units) => units.iter().map(|u| u.as_str()).collect(),
        }
    }
}
