//! What `prodcoord schedule` prints: the days, one line each, and the
//! figures beside those of the naive strip sort.

use super::Schedule;
use super::calendar::Shift;
use super::output::ShootDay;
use super::verify::Measured;
use super::write::time_text;
use crate::model::{DayKind, Money, Pages, Production};
use crate::text::long_date;
use rust_decimal::Decimal;

/// The day listing and the summary.
pub fn render(production: &Production, schedule: &Schedule, measured: &Measured) -> String {
    let mut out = String::new();
    let unit = &schedule.problem.unit;
    out.push_str(&format!(
        "{} — shooting schedule of unit {unit}\n\n",
        production.settings.title
    ));
    out.push_str(&days_table(production, schedule));
    out.push('\n');
    out.push_str(&figures(production, schedule, measured));
    if !schedule.unplaced.is_empty() {
        out.push_str(&format!(
            "\nCould not place {}:\n",
            plural(schedule.unplaced.len(), "scene", "scenes")
        ));
        for u in &schedule.unplaced {
            out.push_str(&format!("  {}\n", u.reason));
        }
    }
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// One line per shoot day of the unit, kept days included.
fn days_table(production: &Production, schedule: &Schedule) -> String {
    enum Row<'a> {
        New(&'a ShootDay),
        Kept(usize),
    }
    let unit = &schedule.problem.unit;
    let mut rows: Vec<(chrono::NaiveDate, Row)> = schedule
        .days
        .iter()
        .map(|d| (d.date, Row::New(d)))
        .collect();
    for (i, day) in production.days.iter().enumerate() {
        if day.unit.value == *unit && schedule.problem.replaced.binary_search(&i).is_err() {
            rows.push((day.date.value, Row::Kept(i)));
        }
    }
    rows.sort_by_key(|(date, _)| *date);
    let mut out =
        String::from("Day  Date              Call–wrap          Pages  Scenes, by location\n");
    let mut number = 0;
    for (date, row) in rows {
        match row {
            Row::New(day) => {
                number += 1;
                let night = if day.shift == Shift::Night {
                    " night"
                } else {
                    ""
                };
                let hours = format!(
                    "{}–{}{night}",
                    time_text(day.times.call),
                    time_text(day.times.wrap)
                );
                out.push_str(&format!(
                    "{number:>3}  {:<16}  {hours:<17} {:>6}  {}\n",
                    long_date(date),
                    Pages(day.pages).to_string(),
                    scenes_by_location(production, &day.scenes)
                ));
                let mut notes = Vec::new();
                for &(c, t) in &day.cast_calls {
                    notes.push(format!(
                        "{} called {}",
                        cast_name(production, c),
                        time_text(t)
                    ));
                }
                for &i in &day.off_crew {
                    let m = &production.crew[i];
                    notes.push(format!("{} ({}) off, unavailable", m.name, m.department));
                }
                if !notes.is_empty() {
                    out.push_str(&format!("{:>46}{}\n", "", notes.join("; ")));
                }
            }
            Row::Kept(i) => {
                let day = &production.days[i];
                let what = match day.kind {
                    DayKind::Shoot => {
                        number += 1;
                        let scenes: Vec<usize> = day
                            .scenes
                            .iter()
                            .flat_map(|s| s.value.iter())
                            .filter_map(|n| production.index.scenes.get(&n.value).copied())
                            .collect();
                        format!("locked: {}", scenes_by_location(production, &scenes))
                    }
                    DayKind::Rehearsal => "rehearsal day (kept)".to_string(),
                    DayKind::Travel => "travel day (kept)".to_string(),
                };
                let label = if day.kind == DayKind::Shoot {
                    format!("{number:>3}")
                } else {
                    "  -".to_string()
                };
                out.push_str(&format!("{label}  {:<16}  {what}\n", long_date(date)));
            }
        }
    }
    out
}

fn cast_name(production: &Production, c: usize) -> String {
    let m = &production.cast[c];
    if m.character.is_empty() {
        m.name.clone()
    } else {
        format!("{} ({})", m.name, m.character)
    }
}

/// "cafe-mare-alta: 10, 30 → marvila-stage: 31" (location ids: short,
/// and what the files say).
fn scenes_by_location(production: &Production, scenes: &[usize]) -> String {
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    for &s in scenes {
        let scene = &production.scenes[s];
        let place = scene
            .location
            .as_ref()
            .map(|l| l.value.clone())
            .unwrap_or_else(|| "no location".to_string());
        match groups.last_mut() {
            Some((p, numbers)) if *p == place => numbers.push(&scene.number.value),
            _ => groups.push((place, vec![&scene.number.value])),
        }
    }
    groups
        .into_iter()
        .map(|(place, numbers)| format!("{place}: {}", numbers.join(", ")))
        .collect::<Vec<_>>()
        .join(" → ")
}

/// The summary table: this schedule beside the strip sort.
fn figures(production: &Production, schedule: &Schedule, measured: &Measured) -> String {
    let currency = &production.settings.currency;
    let rules = &production.settings.rules;
    let f = &schedule.figures;
    let n = &schedule.naive_figures;
    let mean = |days: &[ShootDay]| {
        let total: u64 = days.iter().map(|d| d.pages).sum();
        if days.is_empty() {
            Pages(0)
        } else {
            Pages((total + days.len() as u64 / 2) / days.len() as u64)
        }
    };
    let money = |m: Money| m.to_string();
    let with_moves = |hold: Money, moves: usize| {
        let moves = rules.move_cost.0 * Decimal::from(moves as u64);
        Money(hold.0 + moves)
    };
    let mut rows: Vec<[String; 4]> = vec![
        [
            "shoot days".into(),
            f.score.days.to_string(),
            n.score.days.to_string(),
            format!("lower bound {}", schedule.days_lower_bound),
        ],
        [
            "pages per day, mean".into(),
            mean(&schedule.days).to_string(),
            mean(&schedule.naive_days).to_string(),
            format!("at most {}", rules.max_pages_per_day),
        ],
        [
            "company moves".into(),
            f.moves.to_string(),
            n.moves.to_string(),
            format!("{} {currency} each", money(rules.move_cost)),
        ],
        [
            "hold days".into(),
            measured.hold_days.to_string(),
            measured.naive_hold_days.to_string(),
            String::new(),
        ],
        [
            format!("hold cost ({currency})"),
            money(measured.hold_cost),
            money(measured.naive_hold_cost),
            match schedule.hold_lower_bound {
                Some(lb) => format!(
                    "lower bound {} for these days in any order",
                    money(Money(Decimal::from_i128_with_scale(lb, 2)))
                ),
                None => "lower bound: none computed with drop/pickup allowed".into(),
            },
        ],
        [
            format!("hold cost + moves ({currency})"),
            money(with_moves(measured.hold_cost, f.moves)),
            money(with_moves(measured.naive_hold_cost, n.moves)),
            "what the schedule minimises after days".into(),
        ],
    ];
    let fixed = schedule.problem.unplaceable.len();
    if f.score.unplaced + fixed > 0 || n.score.unplaced + fixed > 0 {
        rows.insert(
            1,
            [
                "scenes not placed".into(),
                (f.score.unplaced + fixed).to_string(),
                (n.score.unplaced + fixed).to_string(),
                String::new(),
            ],
        );
    }
    if f.score.dark > 0 || n.score.dark > 0 {
        rows.insert(
            1,
            [
                "dates without shooting".into(),
                f.score.dark.to_string(),
                n.score.dark.to_string(),
                "skipped to meet availability and turnaround".into(),
            ],
        );
    }
    let widths = [0, 1, 2].map(|k| {
        rows.iter()
            .map(|r| r[k].chars().count())
            .max()
            .unwrap_or(0)
            .max([0, 8, 10][k])
    });
    let mut out = format!(
        "{:<w0$}  {:>w1$}  {:>w2$}\n",
        "",
        "schedule",
        "strip sort",
        w0 = widths[0],
        w1 = widths[1],
        w2 = widths[2]
    );
    for r in rows {
        let line = format!(
            "{:<w0$}  {:>w1$}  {:>w2$}  {}",
            r[0],
            r[1],
            r[2],
            r[3],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2]
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
