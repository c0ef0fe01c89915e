use crate::check::Context;
use crate::diagnostics::{Diagnostic, Rule};
use crate::model::{Charge, Kind, Sp};
use crate::source::Span;
use std::collections::HashSet;

/// A reference that names nothing of the expected kind, or an omitted
/// scene on a day. One finding per kind and id, at its first place.
pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let p = ctx.production;
    let ix = &p.index;
    let broken = |kind| p.is_broken(kind);
    let mut refs: Vec<Reference> = Vec::new();
    let add = |refs: &mut Vec<Reference>,
               kind: &'static str,
               id: &Sp<String>,
               known: bool,
               context: String| {
        if !known {
            refs.push(Reference {
                kind,
                id: id.value.clone(),
                span: id.span,
                context,
                omitted: false,
            });
        }
    };
    for scene in &p.scenes {
        let on = format!("scene {}", scene.number.value);
        for id in &scene.cast {
            add(
                &mut refs,
                "cast",
                id,
                broken(Kind::Cast) || ix.cast(&id.value).is_some(),
                on.clone(),
            );
        }
        if let Some(l) = &scene.location {
            add(
                &mut refs,
                "location",
                l,
                broken(Kind::Locations) || ix.locations.contains_key(&l.value),
                on.clone(),
            );
        }
    }
    for member in &p.crew {
        // A crew member who names no units is on the default unit `main`;
        // that is not a reference they wrote.
        for unit in member.units.iter().filter(|u| u.span != member.span) {
            add(
                &mut refs,
                "unit",
                unit,
                broken(Kind::Production) || ix.units.contains(&unit.value),
                format!("crew member {}", member.id.value),
            );
        }
    }
    for day in &p.days {
        let on = format!(
            "the day of {} (unit {})",
            crate::text::long_date(day.date.value),
            day.unit.value
        );
        add(
            &mut refs,
            "unit",
            &day.unit,
            broken(Kind::Production) || ix.units.contains(&day.unit.value),
            on.clone(),
        );
        for number in day.scenes.iter().flat_map(|s| s.value.iter()) {
            match ix.scenes.get(&number.value) {
                Some(&s) if p.scenes[s].omitted => refs.push(Reference {
                    kind: "scene",
                    id: number.value.clone(),
                    span: number.span,
                    context: on.clone(),
                    omitted: true,
                }),
                found => add(
                    &mut refs,
                    "scene",
                    number,
                    broken(Kind::Scenes) || found.is_some(),
                    on.clone(),
                ),
            }
        }
        for id in day.cast.iter().chain(day.cast_calls.iter().map(|c| &c.id)) {
            add(
                &mut refs,
                "cast",
                id,
                broken(Kind::Cast) || ix.cast(&id.value).is_some(),
                on.clone(),
            );
        }
        for id in day.add_crew.iter().chain(&day.off_crew) {
            add(
                &mut refs,
                "crew",
                id,
                broken(Kind::Crew) || ix.crew(&id.value).is_some(),
                on.clone(),
            );
        }
        for (department, _) in &day.department_calls {
            add(
                &mut refs,
                "department",
                department,
                broken(Kind::Crew) || ix.departments.contains(&department.value),
                on.clone(),
            );
        }
    }
    for line in &p.lines {
        let on = format!("budget line \"{}\"", line.description);
        add(
            &mut refs,
            "account",
            &line.account,
            broken(Kind::Budget) || ix.accounts.contains_key(&line.account.value),
            on.clone(),
        );
        for f in &line.fringes {
            add(
                &mut refs,
                "fringe",
                f,
                broken(Kind::Budget) || ix.fringes.contains_key(&f.value),
                on.clone(),
            );
        }
    }
    for expense in &p.expenses {
        let on = format!(
            "the expense of {}{}",
            crate::text::long_date(expense.date),
            expense
                .vendor
                .as_deref()
                .map(|v| format!(" ({v})"))
                .unwrap_or_default()
        );
        match &expense.charge {
            Some(Charge::Line(id)) => add(
                &mut refs,
                "line",
                id,
                broken(Kind::Budget) || ix.lines.contains_key(&id.value),
                on,
            ),
            Some(Charge::Account(code)) => add(
                &mut refs,
                "account",
                code,
                broken(Kind::Budget) || ix.accounts.contains_key(&code.value),
                on,
            ),
            None => {}
        }
    }
    for id in &p.settings.contacts {
        add(
            &mut refs,
            "person",
            id,
            broken(Kind::Cast) || broken(Kind::Crew) || ix.people.contains_key(&id.value),
            "`contacts` in prodcoord.toml".into(),
        );
    }
    refs.sort_by_key(|r| (r.span.file, r.span.start));
    let mut seen = HashSet::new();
    for r in refs {
        if seen.insert((r.kind, r.id.clone())) {
            out.push(r.into_diagnostic(ctx));
        }
    }
}

struct Reference {
    kind: &'static str,
    id: String,
    span: Span,
    context: String,
    omitted: bool,
}

impl Reference {
    fn into_diagnostic(self, ctx: &Context) -> Diagnostic {
        let ix = &ctx.production.index;
        let (message, help) = if self.omitted {
            (
                format!(
                    "scene {} is omitted from the script but is still scheduled on {}",
                    self.id,
                    self.context.trim_start_matches("the ")
                ),
                "take it off the day (an omitted scene adds no pages, cast or location)"
                    .to_string(),
            )
        } else {
            let candidates: Vec<&str> = match self.kind {
                "cast" => ctx
                    .production
                    .cast
                    .iter()
                    .map(|c| c.id.value.as_str())
                    .collect(),
                "crew" => ctx
                    .production
                    .crew
                    .iter()
                    .map(|c| c.id.value.as_str())
                    .collect(),
                "person" => ix.people.keys().map(String::as_str).collect(),
                "scene" => ix.scenes.keys().map(String::as_str).collect(),
                "location" => ix.locations.keys().map(String::as_str).collect(),
                "unit" => ix.units.iter().map(String::as_str).collect(),
                "department" => ix.departments.iter().map(String::as_str).collect(),
                "line" => ix.lines.keys().map(String::as_str).collect(),
                "account" => ix.accounts.keys().map(String::as_str).collect(),
                "fringe" => ix.fringes.keys().map(String::as_str).collect(),
                _ => Vec::new(),
            };
            let mut sorted = candidates;
            sorted.sort_unstable();
            let help = match crate::load::did_you_mean(&self.id, &sorted) {
                Some(close) => format!("did you mean `{close}`?"),
                None => match self.kind {
                    "unit" => format!(
                        "units are listed in prodcoord.toml: `units = [{}]`",
                        sorted
                            .iter()
                            .map(|u| format!("\"{u}\""))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    "cast" if ix.crew(&self.id).is_some() => format!(
                        "`{}` is a crew member; only cast can be listed here",
                        self.id
                    ),
                    "crew" if ix.cast(&self.id).is_some() => format!(
                        "`{}` is a cast member; only crew can be listed here",
                        self.id
                    ),
                    "department" => {
                        "department calls must name a department used in crew.toml exactly"
                            .to_string()
                    }
                    _ => format!(
                        "add a {} with this id, or correct the spelling",
                        noun(self.kind)
                    ),
                },
            };
            (
                format!(
                    "{} names {} `{}`, which does not exist",
                    self.context,
                    noun(self.kind),
                    self.id
                ),
                help,
            )
        };
        Diagnostic::new(Rule::UnknownReference, self.span, message)
            .label(if self.omitted {
                "omitted scene"
            } else {
                "unknown"
            })
            .help(help)
            .subject("kind", self.kind)
            .subject("id", self.id)
    }
}

fn noun(kind: &str) -> &str {
    match kind {
        "cast" => "cast member",
        "crew" => "crew member",
        "line" => "budget line",
        "account" => "budget account",
        other => other,
    }
}
