use crate::cli::{Cli, DiffArgs, Output};

pub fn run(cli: &Cli, args: &DiffArgs, out: &Output) -> Result<u8, crate::Error> {
    let _ = (cli, args, out);
    Err(crate::Error::Usage("`prodcoord diff` is not built yet".into()))
}
