//! The naive strip sort, as a stripboard is often first sorted: by
//! location, then INT/EXT and day/night, then scene number; days are cut
//! whenever the next strip does not fit. Its figures show what the
//! optimisation bought.

use super::plan::{Day, Facts, fits};
use super::problem::Problem;
use crate::model::{IntExt, Production, TimeOfDay};

/// Days of the strip sort, in order.
pub fn strip_sort(production: &Production, problem: &Problem) -> Vec<Day> {
    let mut order: Vec<usize> = (0..problem.items.len()).collect();
    order.sort_by_cached_key(|&i| {
        let item = &problem.items[i];
        let scene = &production.scenes[item.scene];
        let location = match item.location {
            Some(l) => (0, production.locations[l].id.value.clone()),
            None => (1, String::new()),
        };
        let int_ext = match scene.int_ext {
            IntExt::Int => 0,
            IntExt::Ext => 1,
            IntExt::IntExt => 2,
        };
        let time = match scene.time {
            TimeOfDay::Day => 0,
            TimeOfDay::Dawn => 1,
            TimeOfDay::Dusk => 2,
            TimeOfDay::Night => 3,
        };
        (location, int_ext, time, scene_key(&scene.number.value))
    });
    let cast_count = production.cast.len();
    let mut days: Vec<Day> = Vec::new();
    let mut current = Day::default();
    let mut facts = Facts::of(problem, cast_count, &[]);
    for i in order {
        let item = &problem.items[i];
        if !fits(problem, &facts, &current.items, item) {
            days.push(std::mem::take(&mut current));
        }
        current.items.push(i);
        facts = Facts::of(problem, cast_count, &current.items);
    }
    if !current.items.is_empty() {
        days.push(current);
    }
    days
}

/// Scene numbers in natural order: "2" < "12" < "12A" < "13".
pub fn scene_key(number: &str) -> (u64, String) {
    let digits: String = number
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    (digits.parse().unwrap_or(u64::MAX), number.to_string())
}
