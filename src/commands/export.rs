use crate::cli::{Cli, ExportCommand, Output};

pub fn run(cli: &Cli, command: &ExportCommand, out: &Output) -> Result<u8, crate::Error> {
    let _ = (cli, command, out);
    Err(crate::Error::Usage("`prodcoord export ics` is not built yet".into()))
}
