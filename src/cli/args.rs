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
