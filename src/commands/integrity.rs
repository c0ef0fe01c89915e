use crate::check::check_loaded;
use crate::cli::{Cli, Output};
use crate::diagnostics::render;
use crate::load::{Loaded, find_root, load};
use crate::model::Production;

/// Loads the production for a command that needs trustworthy data
/// (report, callsheet, export, schedule, diff). With integrity errors
/// (syntax, unknown-field, missing-field, invalid-value, duplicate-id,
/// unknown-reference, duplicate-day) it prints them and gives exit status 1
/// instead; scheduling and budget conflicts do not stop it.
pub fn load_trusted(cli: &Cli, out: &Output) -> Result<Result<Production, u8>, crate::Error> {
    let root = find_root(cli.project.as_deref())?;
    trusted(load(&root), out, None)
}

/// As [`load_trusted`], for a production already loaded (e.g. one side of
/// `prodcoord diff`); `which` names it in the message, e.g. "the old
/// version (HEAD, 1a2b3c4)".
pub fn trusted(
    loaded: Loaded,
    out: &Output,
    which: Option<&str>,
) -> Result<Result<Production, u8>, crate::Error> {
    let outcome = check_loaded(loaded, false);
    if let Some(failure) = outcome.failures.into_iter().next() {
        return Err(failure);
    }
    let blocking: Vec<_> = outcome
        .diagnostics
        .iter()
        .filter(|d| d.rule.is_integrity() && d.severity == crate::diagnostics::Severity::Error)
        .cloned()
        .collect();
    if blocking.is_empty() {
        return Ok(Ok(outcome.production));
    }
    let sources = &outcome.production.sources;
    let mut text = match which {
        Some(which) => format!("in {which}:\n\n"),
        None => String::new(),
    };
    text.push_str(&render::render_human(&blocking, sources));
    text.push_str(&format!(
        "{}{} must be fixed first: run `prodcoord check` for every finding\n",
        if blocking.len() == 1 {
            "this error".to_string()
        } else {
            format!("these {} errors", blocking.len())
        },
        which.map(|w| format!(" in {w}")).unwrap_or_default()
    ));
    let mut stderr = anstream::AutoStream::new(std::io::stderr().lock(), out.color_choice());
    let _ = std::io::Write::write_all(&mut stderr, text.as_bytes());
    Ok(Err(1))
}
