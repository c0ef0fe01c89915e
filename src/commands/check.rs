use crate::check::check_loaded;
use crate::cli::{CheckArgs, CheckFormat, Cli, Output};
use crate::diagnostics::render;
use crate::load::{find_root, load};

pub fn run(cli: &Cli, args: &CheckArgs, out: &Output) -> Result<u8, crate::Error> {
    let root = find_root(cli.project.as_deref())?;
    let outcome = check_loaded(load(&root), args.deny.is_some());
    let sources = &outcome.production.sources;
    let (errors, warnings) = (outcome.errors(), outcome.warnings());
    let summary = render::summary(errors, warnings, sources.len());
    match args.format {
        CheckFormat::Human => {
            let mut text = render::render_human(&outcome.diagnostics, sources);
            if !out.quiet {
                text.push_str(&summary);
                text.push('\n');
            }
            out.print_report(&text)?;
        }
        CheckFormat::Json => {
            out.print_report(&render::render_json(&outcome.diagnostics, sources))?;
            out.note(&summary);
        }
        CheckFormat::Github => {
            out.print_report(&render::render_github(&outcome.diagnostics, sources))?;
            out.note(&summary);
        }
    }
    if let Some((last, rest)) = outcome.failures.split_last() {
        for failure in rest {
            out.error(&failure.to_string(), None);
        }
        return Err(crate::Error::Unreadable {
            path: match last {
                crate::Error::Unreadable { path, .. } => path.clone(),
                other => other.to_string(),
            },
            reason: match last {
                crate::Error::Unreadable { reason, .. } => {
                    format!("{reason} (nothing was checked in it)")
                }
                _ => String::new(),
            },
        });
    }
    Ok(u8::from(errors > 0))
}
