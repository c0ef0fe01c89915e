use crate::cli::{Cli, CallsheetArgs, Output};

pub fn run(cli: &Cli, args: &CallsheetArgs, out: &Output) -> Result<u8, crate::Error> {
    let _ = (cli, args, out);
    Err(crate::Error::Usage("`prodcoord callsheet` is not built yet".into()))
}
