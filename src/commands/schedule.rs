use crate::cli::{Cli, ScheduleArgs, Output};

pub fn run(cli: &Cli, args: &ScheduleArgs, out: &Output) -> Result<u8, crate::Error> {
    let _ = (cli, args, out);
    Err(crate::Error::Usage("`prodcoord schedule` is not built yet".into()))
}
