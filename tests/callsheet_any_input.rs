//! No panics on any production: the call sheet of every shoot day of every
//! unit, in every format, and every calendar (everyone's and each
//! person's), built through the library on the examples (the one with
//! planted conflicts and integrity errors included: the library must not
//! panic even where the command would refuse) and on generated productions.

use prodcoord::callsheet::render::render;
use prodcoord::callsheet::{CallSheet, Format};
use prodcoord::ics::{ExportOptions, export};
use prodcoord::model::{DayKind, Production, Timeline};

fn every_sheet_and_calendar(production: &Production) -> usize {
    let timeline = Timeline::build(production);
    let mut sheets = 0;
    for plan in &timeline.plans {
        let built = CallSheet::build(production, &timeline, plan.date, &plan.unit);
        match plan.kind {
            DayKind::Shoot => {
                let sheet = built.expect("a shoot day has a call sheet");
                for format in [Format::Text, Format::Markdown, Format::Html, Format::Json] {
                    let text = render(&sheet, format).expect("renders");
                    assert!(!text.is_empty());
                }
                sheets += 1;
            }
            // One plan per date and unit: a rehearsal or travel day is no shoot day.
            _ => assert!(built.is_err()),
        }
    }
    let stamp = chrono::DateTime::from_timestamp(0, 0).expect("epoch");
    let mut people: Vec<Option<String>> = vec![None];
    people.extend(production.cast.iter().map(|c| Some(c.id.value.clone())));
    people.extend(
        production
            .crew
            .iter()
            .take(12)
            .map(|c| Some(c.id.value.clone())),
    );
    for person in people {
        let options = ExportOptions {
            person,
            unit: None,
            stamp,
        };
        let calendar = export(production, &timeline, &options).expect("known person");
        assert!(calendar.text.ends_with("END:VCALENDAR\r\n"));
    }
    sheets
}

#[test]
fn the_examples() {
    for project in ["examples/lighthouse", "examples/lighthouse-conflicts"] {
        let loaded = prodcoord::load::load(std::path::Path::new(project));
        let outcome = prodcoord::check::check_loaded(loaded, false);
        assert!(
            every_sheet_and_calendar(&outcome.production) >= 27,
            "{project}"
        );
    }
}

#[test]
fn generated_productions() {
    for seed in [1, 2] {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().join("production");
        prodgen::generate(&root, 1, seed).expect("generates");
        let outcome = prodcoord::check::check_loaded(prodcoord::load::load(&root), false);
        assert!(every_sheet_and_calendar(&outcome.production) > 0);
    }
}
