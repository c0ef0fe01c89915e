//! `prodcoord schedule`: builds the unit's shoot days (src/schedule), shows
//! them with their figures, and writes them when asked.

use crate::cli::{Cli, Output, ScheduleArgs};
use crate::schedule::{self, Options, summary, verify, write};
use std::io::{IsTerminal, Write};
use std::time::Duration;

pub fn run(cli: &Cli, args: &ScheduleArgs, out: &Output) -> Result<u8, crate::Error> {
    if !(args.time_limit.is_finite() && args.time_limit > 0.0) {
        return Err(crate::Error::Usage(
            "--time-limit must be a number of seconds above 0".into(),
        ));
    }
    let root = crate::load::find_root(cli.project.as_deref())?;
    let production = match super::load_trusted(cli, out)? {
        Ok(production) => production,
        Err(code) => return Ok(code),
    };
    let options = Options {
        unit: args.unit.clone(),
        start: args.start,
        seed: args.seed,
        time_limit: Duration::from_secs_f64(args.time_limit.min(86_400.0)),
    };
    let show_progress = !out.quiet && std::io::stderr().is_terminal();
    let mut last = std::time::Instant::now();
    let currency = production.settings.currency.clone();
    let mut progress = |done: f64, figures: &schedule::objective::Figures| {
        if !show_progress || last.elapsed() < Duration::from_millis(200) && done < 1.0 {
            return;
        }
        last = std::time::Instant::now();
        let cost = crate::model::Money(rust_decimal::Decimal::from_i128_with_scale(
            figures.score.cost,
            2,
        ));
        let mut stderr = std::io::stderr().lock();
        let _ = write!(
            stderr,
            "\rscheduling… {:>3.0}%  {} shoot days, hold cost + moves {cost} {currency}   ",
            done * 100.0,
            figures.score.days
        );
        let _ = stderr.flush();
    };
    let built = schedule::build(&production, &options, &mut progress);
    if show_progress {
        let _ = write!(std::io::stderr().lock(), "\r{:80}\r", "");
    }
    let schedule = built.map_err(|e| crate::Error::Usage(e.to_string()))?;
    let (production, measured) = verify::measure(production, &schedule);
    out.print(&summary::render(&production, &schedule, &measured))?;
    if schedule.out_of_time {
        out.note(
            "note: the time limit stopped the search early; a longer --time-limit may do better, and runs may differ",
        );
    }
    if !measured.new_errors.is_empty() {
        let text =
            crate::diagnostics::render::render_human(&measured.new_errors, &production.sources);
        out.error(
            &format!(
                "this schedule would bring {} that `prodcoord check` reports; nothing was written\n{text}",
                if measured.new_errors.len() == 1 {
                    "an error".to_string()
                } else {
                    format!("{} errors", measured.new_errors.len())
                }
            ),
            Some("this is a bug in `prodcoord schedule`: please report it with the production"),
        );
        return Ok(1);
    }
    if !schedule.unplaced.is_empty() {
        if args.write || args.output.is_some() {
            out.note("nothing written: some scenes could not be placed (see above)");
        }
        return Ok(1);
    }
    let unit = &schedule.problem.unit;
    if let Some(path) = &args.output {
        let text = write::new_file(&production, unit, &schedule.days);
        crate::fsutil::create_new_atomic(path, &text).map_err(|source| crate::Error::Io {
            context: if path.exists() {
                format!(
                    "{} exists; choose another file, or use --write",
                    path.display()
                )
            } else {
                format!("cannot write {}", path.display())
            },
            source,
        })?;
        out.note(&format!(
            "wrote {} shoot days of unit {unit} to {}",
            schedule.days.len(),
            path.display()
        ));
    } else if args.write {
        let edits = write::replace_days(
            &root,
            &production,
            unit,
            &schedule.problem.replaced,
            &schedule.days,
        )
        .map_err(crate::Error::Usage)?;
        for edit in &edits {
            crate::fsutil::replace_atomic(&edit.path, &edit.contents).map_err(|source| {
                crate::Error::Io {
                    context: format!("cannot write {}", edit.name),
                    source,
                }
            })?;
        }
        let names: Vec<&str> = edits.iter().map(|e| e.name.as_str()).collect();
        out.note(&format!(
            "wrote {} shoot days of unit {unit} to {} (locked days and comments kept)",
            schedule.days.len(),
            names.join(", ")
        ));
    } else {
        out.note("nothing written: --write replaces the unlocked days in the schedule files, -o FILE writes them elsewhere");
    }
    Ok(0)
}
