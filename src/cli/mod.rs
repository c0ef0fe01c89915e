//! The command line: arguments, and the one dispatch to `commands`.

mod args;
mod output;

pub use args::*;
pub use output::Output;

use clap::Parser;
use std::process::ExitCode;

/// Parses the arguments, runs the command, and turns the outcome into an
/// exit status: 0 fine, 1 findings, 2 could not run.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let out = Output::new(cli.color, cli.quiet);
    let result = match &cli.command {
        Command::Check(args) => crate::commands::check::run(&cli, args, &out),
        Command::Report(args) => crate::commands::report::run(&cli, args, &out),
        Command::Callsheet(args) => crate::commands::callsheet::run(&cli, args, &out),
        Command::Export(args) => crate::commands::export::run(&cli, args, &out),
        Command::Schedule(args) => crate::commands::schedule::run(&cli, args, &out),
        Command::Diff(args) => crate::commands::diff::run(&cli, args, &out),
        Command::Import(args) => crate::commands::import::run(&cli, args, &out),
        Command::Init(args) => crate::commands::init::run(args, &out),
        Command::Completions(args) => crate::commands::completions::run(args, &out),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(crate::Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            out.error(&e.to_string(), e.help().as_deref());
            ExitCode::from(2)
        }
    }
}
