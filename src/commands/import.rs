use crate::cli::{Cli, ImportCommand, Output};

pub fn run(cli: &Cli, command: &ImportCommand, out: &Output) -> Result<u8, crate::Error> {
    let _ = (cli, command, out);
    Err(crate::Error::Usage("`prodcoord import` is not built yet".into()))
}
