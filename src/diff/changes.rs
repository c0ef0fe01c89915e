//! What changed between two versions of a production: the one model every
//! format is rendered from (`--format json` is this, serialised).

use crate::model::Money;
use chrono::NaiveDate;
use serde::{Serialize, Serializer};

/// Everything `prodcoord diff` reports.
#[derive(Debug, Clone, Serialize)]
pub struct Changes {
    pub version: u32,
    pub title: String,
    pub currency: String,
    pub old: VersionInfo,
    pub new: VersionInfo,
    /// Whether anything below changed.
    pub changed: bool,
    pub days: DayChanges,
    pub scenes: SceneChanges,
    /// The people whose work changed: the ones to call.
    pub people: Vec<PersonChange>,
    pub locations: Vec<LocationChange>,
    /// `None` when no figure of the budget changed.
    pub budget: Option<BudgetChange>,
}

/// One of the two versions compared.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct VersionInfo {
    /// `revision`, `working-tree` or `folder`.
    pub kind: &'static str,
    /// The revision as given (`HEAD`, `origin/main`), or the folder.
    pub name: String,
    /// The commit a revision names.
    pub commit: Option<String>,
    /// Whether the production exists there (a `prodcoord.toml`).
    pub exists: bool,
}

impl VersionInfo {
    pub fn working_tree() -> VersionInfo {
        VersionInfo {
            kind: "working-tree",
            name: "the working tree".into(),
            commit: None,
            exists: true,
        }
    }

    /// "HEAD (1a2b3c4)", "the working tree", "folder v1".
    pub fn describe(&self) -> String {
        match (self.kind, &self.commit) {
            ("revision", Some(commit)) => {
                format!("{} ({})", self.name, commit.get(..7).unwrap_or(commit))
            }
            ("folder", _) => format!("folder {}", self.name),
            _ => self.name.clone(),
        }
    }
}

/// A day entry: its date, unit and kind.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DayRef {
    #[serde(serialize_with = "date")]
    pub date: NaiveDate,
    pub unit: String,
    /// `shoot`, `rehearsal` or `travel`.
    pub kind: &'static str,
}

/// An old and a new value.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Change<T> {
    pub old: T,
    pub new: T,
}

/// Something named in the files: an id and what people call it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Named {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct DayChanges {
    pub added: Vec<DaySummary>,
    pub removed: Vec<DaySummary>,
    /// The same scenes (or, for a day without scenes, the same cast) on
    /// another date.
    pub moved: Vec<DayMove>,
    /// Same date and unit; call, shooting call, wrap or kind changed.
    pub changed: Vec<DayEdit>,
    /// Units whose number of shoot days changed.
    pub shoot_days: Vec<UnitCount>,
}

impl DayChanges {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.moved.is_empty()
            && self.changed.is_empty()
            && self.shoot_days.is_empty()
    }
}

/// A day entry as it is in one version.
#[derive(Debug, Clone, Serialize)]
pub struct DaySummary {
    #[serde(flatten)]
    pub day: DayRef,
    /// "Day N" of its unit (shoot days only).
    pub day_number: Option<usize>,
    /// Shoot days of the unit in that version: "of M".
    pub unit_shoot_days: usize,
    pub crew_call: Option<String>,
    pub shooting_call: Option<String>,
    pub wrap: Option<String>,
    /// Scene numbers in shooting order.
    pub scenes: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DayMove {
    pub old: DaySummary,
    pub new: DaySummary,
    pub times: Vec<TimeChange>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DayEdit {
    pub old: DaySummary,
    pub new: DaySummary,
    /// `Some` when the kind of day changed (e.g. shoot → rehearsal).
    pub kind: Option<Change<&'static str>>,
    pub times: Vec<TimeChange>,
}

/// One of a day's times, `HH:MM` as written.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TimeChange {
    /// `crew_call`, `shooting_call` or `wrap`.
    pub what: &'static str,
    pub old: Option<String>,
    pub new: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnitCount {
    pub unit: String,
    pub old: usize,
    pub new: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SceneChanges {
    pub added: Vec<SceneInfo>,
    pub removed: Vec<SceneInfo>,
    pub changed: Vec<SceneEdit>,
}

impl SceneChanges {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// A scene as it is in one version.
#[derive(Debug, Clone, Serialize)]
pub struct SceneInfo {
    pub number: String,
    /// `INT. LIGHTHOUSE - LAMP ROOM - DAWN`.
    pub heading: String,
    pub pages: String,
    pub omitted: bool,
    /// The days that list it.
    pub days: Vec<DayRef>,
}

/// A scene in both versions; each `Option` is `Some` when that changed.
#[derive(Debug, Clone, Serialize)]
pub struct SceneEdit {
    pub number: String,
    pub heading: String,
    /// Re-paged.
    pub pages: Option<Change<String>>,
    /// Moved from one day to another (both dates), scheduled, or taken
    /// off the schedule. Not set when only its whole day moved.
    pub days: Option<Change<Vec<DayRef>>>,
    pub heading_change: Option<Change<String>>,
    pub location: Option<Change<Option<Named>>>,
    pub omitted: Option<Change<bool>>,
    /// Cast members (by character) now in the scene, or no longer.
    pub cast_added: Vec<Named>,
    pub cast_removed: Vec<Named>,
}

/// `added` to, `removed` from the lists, or `changed`.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Added,
    Removed,
    Changed,
}

/// A person whose work changed.
#[derive(Debug, Clone, Serialize)]
pub struct PersonChange {
    pub id: String,
    pub name: String,
    /// `cast` or `crew`.
    pub kind: &'static str,
    pub character: Option<String>,
    pub number: Option<u32>,
    pub role: Option<String>,
    pub department: Option<String>,
    pub status: Status,
    /// Days they now work and did not before.
    pub gained: Vec<DayRef>,
    /// Days they worked and no longer do.
    pub lost: Vec<DayRef>,
    /// Their own call (a cast call or their department's) changed on a day
    /// they work in both versions.
    pub calls: Vec<CallChange>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CallChange {
    #[serde(flatten)]
    pub day: DayRef,
    /// `07:00`, or `05:00 next day` on a night.
    pub old: String,
    pub new: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocationChange {
    pub id: String,
    pub name: String,
    pub status: Status,
    /// Shoot days that now use it.
    pub gained: Vec<DayRef>,
    /// Shoot days that no longer do.
    pub lost: Vec<DayRef>,
    pub permit: Option<Change<Option<PermitDates>>>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PermitDates {
    #[serde(serialize_with = "opt_date")]
    pub from: Option<NaiveDate>,
    #[serde(serialize_with = "opt_date")]
    pub to: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BudgetChange {
    pub grand_total: MoneyChange,
    pub contingency: Option<MoneyChange>,
    pub cap: Option<Change<Option<MoneyText>>>,
    /// Accounts whose total or fringes changed, in topsheet order.
    pub accounts: Vec<AccountChange>,
    /// A sum was too large to add up: the figures are partial.
    pub partial: bool,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct MoneyChange {
    #[serde(serialize_with = "money")]
    pub old: Money,
    #[serde(serialize_with = "money")]
    pub new: Money,
    /// new − old; `None` only when it does not fit.
    #[serde(serialize_with = "opt_money")]
    pub difference: Option<Money>,
}

impl MoneyChange {
    pub fn new(old: Money, new: Money) -> MoneyChange {
        MoneyChange {
            old,
            new,
            difference: new.checked_sub(old),
        }
    }

    pub fn is_change(&self) -> bool {
        self.old != self.new
    }
}

/// Money that serialises as a 2-decimal string.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct MoneyText(#[serde(serialize_with = "money")] pub Money);

#[derive(Debug, Clone, Serialize)]
pub struct AccountChange {
    pub code: String,
    pub name: String,
    pub status: Status,
    /// The sum of its lines.
    pub total: MoneyChange,
    pub fringes: MoneyChange,
}

fn date<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&date.format("%Y-%m-%d"))
}

fn opt_date<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(d) => s.collect_str(&d.format("%Y-%m-%d")),
        None => s.serialize_none(),
    }
}

fn money<S: Serializer>(money: &Money, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&money.plain())
}

fn opt_money<S: Serializer>(money: &Option<Money>, s: S) -> Result<S::Ok, S::Error> {
    match money {
        Some(m) => s.serialize_str(&m.plain()),
        None => s.serialize_none(),
    }
}
