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
