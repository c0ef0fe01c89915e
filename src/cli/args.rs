use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  prodcoord check                          check the production in this folder
  prodcoord --project examples/lighthouse check
  prodcoord check --format github          annotations for a GitHub pull request
  prodcoord init my-film                   start a new production
  prodcoord completions bash > ~/.local/share/bash-completion/completions/prodcoord";

/// A film or TV production as plain TOML files: find every conflict before
/// the shoot day does.
#[derive(Debug, Parser)]
#[command(name = "prodcoord", version, after_help = EXAMPLES, propagate_version = true)]
pub struct Cli {
    /// The production folder (default: the nearest folder with a
    /// prodcoord.toml, from here upwards)
    #[arg(long, global = true, value_name = "DIR")]
    pub project: Option<PathBuf>,

    /// When to colour the output
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    pub color: ColorWhen,

    /// Print only what matters: findings and errors, no summary
    #[arg(short, long, global = true)]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour on a terminal, unless NO_COLOR is set
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check every file and rule: double bookings, turnaround, permits, budget...
    #[command(after_help = "\
Examples:
  prodcoord check
  prodcoord check --format json | jq '.diagnostics[] | .rule'
  prodcoord check --deny warnings          fail on warnings too (for CI)

Exit status: 0 no errors, 1 errors found, 2 could not run.")]
    Check(CheckArgs),
    /// Print a report: day out of days, budget topsheet, cost report, schedules, lists
    #[command(after_help = "\
Examples:
  prodcoord report dood
  prodcoord report budget --format csv > topsheet.csv
  prodcoord report oneliner --unit main --from 2027-03-01 --to 2027-03-07
  prodcoord report cost --format json

Reports refuse to run while `prodcoord check` finds integrity errors (exit 1).")]
    Report(ReportArgs),
    /// Write the call sheet of one shoot day
    #[command(after_help = "\
Examples:
  prodcoord callsheet 2027-03-09
  prodcoord callsheet 2027-03-09 --unit second --format html -o day7.html
  prodcoord callsheet 2027-03-09 --format markdown | pbcopy")]
    Callsheet(CallsheetArgs),
    /// Export calendar files for cast and crew
    #[command(subcommand)]
    Export(ExportCommand),
    /// Build a shooting schedule: fewest days, then moves, then least hold cost
    #[command(after_help = "\
Examples:
  prodcoord schedule                       show a schedule and its figures; write nothing
  prodcoord schedule --write               replace the unlocked days of schedule.toml
  prodcoord schedule -o draft.toml --seed 7 --time-limit 30")]
    Schedule(ScheduleArgs),
    /// What changed between two versions of the production, and who must be told
    #[command(after_help = "\
Examples:
  prodcoord diff                           last commit against the working tree
  prodcoord diff main HEAD --format markdown
  prodcoord diff --old-dir v1 --new-dir v2

Exit status: 0 whether or not anything changed, 1 when either version has
integrity errors, 2 when it cannot run (e.g. a revision that does not exist).")]
    Diff(DiffArgs),
    /// Import a screenplay into the scene breakdown
    #[command(subcommand)]
    Import(ImportCommand),
    /// Start a new production: prodcoord.toml and a commented file of each kind
    #[command(after_help = "Examples:\n  prodcoord init\n  prodcoord init the-lighthouse-keeper")]
    Init(InitArgs),
    /// Print shell completions (bash, zsh, fish, powershell, elvish)
    #[command(after_help = "\
Examples:
  prodcoord completions bash > ~/.local/share/bash-completion/completions/prodcoord
  prodcoord completions zsh > ~/.zfunc/_prodcoord
  prodcoord completions fish > ~/.config/fish/completions/prodcoord.fish")]
    Completions(CompletionsArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// How to print the findings
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,

    /// Make warnings count as errors (the only value is `warnings`)
    #[arg(long, value_enum, value_name = "warnings")]
    pub deny: Option<DenyWhat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DenyWhat {
    Warnings,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Blocks with the source line, for people
    Human,
    /// One JSON document, for scripts
    Json,
    /// GitHub Actions annotations
    Github,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Folder to create the production in (default: the current folder)
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Which report
    #[arg(value_enum)]
    pub kind: ReportKind,

    /// Output format
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,

    /// Only this unit's days (default: every unit)
    #[arg(long, value_name = "UNIT")]
    pub unit: Option<String>,

    /// Only days from this date on (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub from: Option<chrono::NaiveDate>,

    /// Only days up to this date (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub to: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportKind {
    /// Day out of days: cast by shoot date, SW/W/WF/H... codes
    Dood,
    /// Budget topsheet: accounts, groups, fringes, contingency, grand total
    Budget,
    /// Cost report: budget against actual per account and line
    Cost,
    /// Shooting schedule: each day's scenes with cast and elements
    Schedule,
    /// One-liner: one line per scene, with day breaks
    Oneliner,
    /// Cast list
    Cast,
    /// Crew list by department
    Crew,
    /// Locations with addresses, parking, hospital and dates used
    Locations,
    /// Breakdown elements by category: which scenes, which days
    Elements,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// A table sized to the terminal
    Table,
    /// RFC 4180 CSV with a header row
    Csv,
    /// One JSON document
    Json,
    /// GitHub-flavoured Markdown tables
    Markdown,
}

#[derive(Debug, Args)]
pub struct CallsheetArgs {
    /// The shoot day (YYYY-MM-DD)
    pub date: chrono::NaiveDate,

    /// The unit whose day it is
    #[arg(long, default_value = "main", value_name = "UNIT")]
    pub unit: String,

    /// Output format
    #[arg(long, value_enum, default_value_t = CallsheetFormat::Text)]
    pub format: CallsheetFormat,

    /// Write to this file instead of standard output (never overwrites
    /// a file prodcoord did not create unless --force)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Overwrite FILE if it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CallsheetFormat {
    /// Plain text for the terminal or an email
    Text,
    /// Markdown
    Markdown,
    /// One printable HTML page (A4 and Letter)
    Html,
    /// One JSON document
    Json,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// An iCalendar (.ics) file of shoot days, or of one person's calls
    #[command(after_help = "\
Examples:
  prodcoord export ics -o lighthouse.ics
  prodcoord export ics --person ines -o ines.ics
  prodcoord export ics --unit second")]
    Ics(IcsArgs),
}

#[derive(Debug, Args)]
pub struct IcsArgs {
    /// Only the days this person works, from their call to wrap
    #[arg(long, value_name = "ID")]
    pub person: Option<String>,

    /// Only this unit's days
    #[arg(long, value_name = "UNIT")]
    pub unit: Option<String>,

    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Overwrite FILE if it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ScheduleArgs {
    /// The unit to schedule
    #[arg(long, default_value = "main", value_name = "UNIT")]
    pub unit: String,

    /// First shoot date (default: production.start)
    #[arg(long, value_name = "DATE")]
    pub start: Option<chrono::NaiveDate>,

    /// Replace the unlocked days of schedule.toml (comments and locked days are kept)
    #[arg(long, conflicts_with = "output")]
    pub write: bool,

    /// Write the days to this file instead
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Seed for the search; the same input and seed give the same schedule
    #[arg(long, default_value_t = 0)]
    pub seed: u64,

    /// Longest time to search, in seconds
    #[arg(long, default_value_t = 10.0, value_name = "SECS")]
    pub time_limit: f64,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old version: a git revision (default HEAD)
    pub old: Option<String>,

    /// The new version: a git revision (default: the working tree)
    pub new: Option<String>,

    /// Compare this folder (the old version) instead of a git revision
    #[arg(long, value_name = "DIR", requires = "new_dir", conflicts_with_all = ["old", "new"])]
    pub old_dir: Option<PathBuf>,

    /// Compare with this folder (the new version)
    #[arg(long, value_name = "DIR", requires = "old_dir")]
    pub new_dir: Option<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Plain text
    Text,
    /// Markdown, for a pull-request comment
    Markdown,
    /// One JSON document
    Json,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// A Fountain screenplay (.fountain)
    #[command(after_help = "\
Examples:
  prodcoord import fountain lighthouse.fountain           print the breakdown
  prodcoord import fountain lighthouse.fountain --write   merge it into scenes.toml")]
    Fountain(ImportArgs),
    /// A Final Draft screenplay (.fdx)
    Fdx(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The screenplay file
    pub script: PathBuf,

    /// Merge into scenes.toml and cast.toml (keeping what people added)
    #[arg(long)]
    pub write: bool,
}
