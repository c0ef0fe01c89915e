//! `prodcoord import fountain|fdx SCRIPT [--write]`: the engine is in
//! [`crate::import`]; this reads the files, prints, and writes.
//!
//! With no production to be found (and no `--project`), the breakdown is
//! still printed, with cast ids made from the script's names; `--write`
//! then stops with exit status 2. A production with integrity errors is
//! refused (exit 1), as for reports.

use crate::cli::{Cli, ImportArgs, ImportCommand, Output};
use crate::commands::load_trusted;
use crate::import::{Format, Resolution, merge, render};
use crate::load::find_root;

pub fn run(cli: &Cli, command: &ImportCommand, out: &Output) -> Result<u8, crate::Error> {
    let (format, args) = match command {
        ImportCommand::Fountain(args) => (Format::Fountain, args),
        ImportCommand::Fdx(args) => (Format::Fdx, args),
    };
    let name = script_name(args);
    let text = read_script(args, out)?;
    let breakdown = crate::import::read(format, &text)
        .map_err(|reason| crate::Error::Usage(format!("{}: {reason}", args.script.display())))?;

    let root = match find_root(cli.project.as_deref()) {
        Ok(root) => Some(root),
        Err(crate::Error::NoRoot { searched }) if !args.write && cli.project.is_none() => {
            out.note(&format!(
                "No production found in {} or above: the cast ids below come from the script alone, and nothing is written.",
                searched.display()
            ));
            None
        }
        Err(e) => return Err(e),
    };
    let production = match root {
        Some(_) => match load_trusted(cli, out)? {
            Ok(production) => Some(production),
            Err(code) => return Ok(code),
        },
        None => None,
    };
    let resolution = Resolution::new(&breakdown.characters, production.as_ref());
    let plan = match (&production, &root) {
        (Some(production), Some(root)) => Some(merge::plan(
            &breakdown,
            &resolution,
            production,
            root,
            &name,
        )?),
        _ => None,
    };

    let mut report = render::table(&breakdown, &resolution, &name);
    if !out.quiet {
        report.push_str(&render::notes(
            &breakdown,
            &resolution,
            production.is_some(),
        ));
    }
    let Some(plan) = plan else {
        out.print(&report)?;
        return Ok(0);
    };
    let mut warnings = render::warnings(&plan.changes);
    if let Some(refusal) = &plan.refusal {
        warnings.push(refusal.clone());
    }
    if plan.changes.is_empty() {
        if !out.quiet {
            report.push_str(
                "\nThe production's breakdown already matches the script: nothing to change.\n",
            );
        }
        out.print(&report)?;
        print_warnings(out, &warnings);
        return Ok(0);
    }
    let changes = render::changes(&plan.changes);
    if !args.write {
        if !out.quiet {
            report.push_str(&format!(
                "\nWith --write, the production would change ({}):\n{changes}",
                files(&plan)
            ));
        }
        out.print(&report)?;
        print_warnings(out, &warnings);
        return Ok(0);
    }
    if let Some(refusal) = &plan.refusal {
        out.print(&report)?;
        return Err(crate::Error::Usage(format!(
            "{refusal}; nothing was written"
        )));
    }
    if !breakdown.duplicate_numbers.is_empty() {
        out.print(&report)?;
        print_warnings(out, &warnings);
        return Err(crate::Error::Usage(format!(
            "the script numbers more than one scene {}: give each scene its own number before --write",
            breakdown.duplicate_numbers.join(", ")
        )));
    }
    if let Some(root) = &root
        && let Some(errors) = merge::verify(root, &plan.files)?
    {
        out.print(&report)?;
        let mut stderr = anstream::AutoStream::new(std::io::stderr().lock(), out.color_choice());
        let _ = std::io::Write::write_all(&mut stderr, errors.as_bytes());
        return Err(crate::Error::Usage(
            "the import would leave the errors above in the production, so nothing was written (please report this)".into(),
        ));
    }
    merge::write(&plan.files)?;
    if !out.quiet {
        report.push_str(&format!("\nWrote {}:\n{changes}", files(&plan)));
    }
    out.print(&report)?;
    print_warnings(out, &warnings);
    Ok(0)
}

fn script_name(args: &ImportArgs) -> String {
    args.script
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| args.script.display().to_string())
}

/// The script's text; a file that is not UTF-8 is read with replacement
/// characters, and said so.
fn read_script(args: &ImportArgs, out: &Output) -> Result<String, crate::Error> {
    let bytes = std::fs::read(&args.script).map_err(|source| crate::Error::Io {
        context: format!("cannot read {}", args.script.display()),
        source,
    })?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            out.note(&format!(
                "{} is not UTF-8 text: characters that could not be read are shown as �",
                args.script.display()
            ));
            Ok(String::from_utf8_lossy(e.as_bytes()).into_owned())
        }
    }
}

fn files(plan: &merge::Plan) -> String {
    plan.files
        .iter()
        .map(|f| {
            if f.created {
                format!("new {}", f.rel)
            } else {
                f.rel.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Warnings are shown even with `--quiet`.
fn print_warnings(out: &Output, warnings: &[String]) {
    if warnings.is_empty() {
        return;
    }
    let mut stderr = anstream::AutoStream::new(std::io::stderr().lock(), out.color_choice());
    let yellow = anstyle::Style::new()
        .bold()
        .fg_color(Some(anstyle::AnsiColor::Yellow.into()));
    for warning in warnings {
        let _ = std::io::Write::write_all(
            &mut stderr,
            format!("{yellow}warning{yellow:#}: {warning}\n").as_bytes(),
        );
    }
}
