use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};
use crate::source::Span;
use std::collections::HashMap;

/// An id, cast number, scene number or code defined twice.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let p = ctx.production;
    let people = p
        .cast
        .iter()
        .map(|c| (c.id.value.clone(), c.span))
        .chain(p.crew.iter().map(|c| (c.id.value.clone(), c.span)));
    report("person", "person id", people, out);
    let numbers = p
        .cast
        .iter()
        .filter_map(|c| c.number.as_ref().map(|n| (n.value.to_string(), c.span)));
    report("cast-number", "cast number", numbers, out);
    report(
        "scene",
        "scene number",
        p.scenes.iter().map(|s| (s.number.value.clone(), s.span)),
        out,
    );
    report(
        "location",
        "location id",
        p.locations.iter().map(|l| (l.id.value.clone(), l.span)),
        out,
    );
    report(
        "account",
        "account code",
        p.accounts.iter().map(|a| (a.code.value.clone(), a.span)),
        out,
    );
    let lines = p
        .lines
        .iter()
        .filter_map(|l| l.id.as_ref().map(|id| (id.value.clone(), l.span)));
    report("line", "budget line id", lines, out);
    report(
        "fringe",
        "fringe id",
        p.fringes.iter().map(|f| (f.id.value.clone(), f.span)),
        out,
    );
}

fn report(
    kind: &'static str,
    what: &str,
    entries: impl Iterator<Item = (String, Span)>,
    out: &mut Vec<Diagnostic>,
) {
    let mut first: HashMap<String, Span> = HashMap::new();
    for (id, span) in entries {
        match first.get(&id) {
            None => {
                first.insert(id, span);
            }
            Some(&earlier) => out.push(
                Diagnostic::new(
                    Rule::DuplicateId,
                    span,
                    format!("{what} `{id}` is defined twice"),
                )
                .label("second definition")
                .related(earlier, "first defined here")
                .help(if kind == "person" {
                    "cast and crew share one list of ids; give each person their own".to_string()
                } else {
                    format!("give each its own {what}")
                })
                .subject("kind", kind)
                .subject("id", id),
            ),
        }
    }
}
