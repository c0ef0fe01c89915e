use crate::cli::{Cli, CompletionsArgs, Output};
use clap::CommandFactory;

pub fn run(args: &CompletionsArgs, out: &Output) -> Result<u8, crate::Error> {
    let mut buffer = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "prodcoord", &mut buffer);
    out.print(&String::from_utf8_lossy(&buffer))?;
    Ok(0)
}
