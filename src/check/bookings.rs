//! Every person's working windows, sorted by call. Crew who share units
//! and department and have no day-specific changes share one list, so the
//! work grows with days plus people, not days times people.

use super::Context;
use crate::model::{DayKind, PersonRef, Timeline, Window};
use std::collections::{HashMap, HashSet};

/// One working window on one day (an index into `Timeline::plans`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Booking {
    pub window: Window,
    pub plan: usize,
}

/// The bookings of one or more people who work exactly the same windows.
#[derive(Debug)]
pub struct BookingList {
    pub people: Vec<PersonRef>,
    pub bookings: Vec<Booking>,
}

impl BookingList {
    pub fn is_cast(&self) -> bool {
        matches!(self.people.first(), Some(PersonRef::Cast(_)))
    }
}

pub fn booking_lists(ctx: &Context) -> Vec<BookingList> {
    let production = ctx.production;
    let index = &production.index;
    let timeline = &ctx.timeline;
    let mut cast_bookings: Vec<Vec<Booking>> = vec![Vec::new(); production.cast.len()];
    for (p, plan) in timeline.plans.iter().enumerate() {
        let day = ctx.day_of(plan);
        for &c in &plan.cast {
            let id = &production.cast[c].id.value;
            if let Some(window) = Timeline::cast_window(day, plan, id) {
                cast_bookings[c].push(Booking { window, plan: p });
            }
        }
    }
    let mut lists: Vec<BookingList> = Vec::new();
    for (c, bookings) in cast_bookings.into_iter().enumerate() {
        if index.people.get(&production.cast[c].id.value) == Some(&PersonRef::Cast(c))
            && !bookings.is_empty()
        {
            lists.push(finish(vec![PersonRef::Cast(c)], bookings));
        }
    }

    // Crew named in any add_crew/off_crew get lists of their own.
    let mut exceptional: HashSet<&str> = HashSet::new();
    for day in &production.days {
        exceptional.extend(
            day.add_crew
                .iter()
                .chain(&day.off_crew)
                .map(|c| c.value.as_str()),
        );
    }

    let mut classes: HashMap<(Vec<&str>, &str), Vec<PersonRef>> = HashMap::new();
    for (i, member) in production.crew.iter().enumerate() {
        if index.people.get(&member.id.value) != Some(&PersonRef::Crew(i)) {
            continue;
        }
        if exceptional.contains(member.id.value.as_str()) {
            let added = timeline
                .added_crew
                .get(&member.id.value)
                .map_or(&[][..], Vec::as_slice);
            let bookings = crew_bookings(
                ctx,
                &member.units,
                &member.department,
                Some((&member.id.value, added)),
            );
            if !bookings.is_empty() {
                lists.push(finish(vec![PersonRef::Crew(i)], bookings));
            }
            continue;
        }
        let mut units: Vec<&str> = member.units.iter().map(|u| u.value.as_str()).collect();
        units.sort_unstable();
        units.dedup();
        classes
            .entry((units, member.department.as_str()))
            .or_default()
            .push(PersonRef::Crew(i));
    }
    let mut classes: Vec<_> = classes.into_iter().collect();
    classes.sort_by_key(|(_, people)| people.clone());
    for ((_, department), people) in classes {
        let PersonRef::Crew(first) = people[0] else {
            continue;
        };
        let bookings = crew_bookings(ctx, &production.crew[first].units, department, None);
        if !bookings.is_empty() {
            lists.push(finish(people, bookings));
        }
    }
    lists
}

fn crew_bookings(
    ctx: &Context,
    units: &[crate::model::Sp<String>],
    department: &str,
    exception: Option<(&str, &[usize])>,
) -> Vec<Booking> {
    let timeline = &ctx.timeline;
    let mut plans: Vec<usize> = Vec::new();
    let mut seen_units = HashSet::new();
    for unit in units {
        if seen_units.insert(unit.value.as_str())
            && let Some(p) = timeline.by_unit.get(&unit.value)
        {
            plans.extend(p.iter().copied());
        }
    }
    if let Some((_, added)) = exception {
        plans.extend_from_slice(added);
        plans.sort_unstable();
        plans.dedup();
    }
    plans
        .into_iter()
        .filter_map(|p| {
            let plan = &timeline.plans[p];
            let day = ctx.day_of(plan);
            if plan.kind == DayKind::Travel {
                return None;
            }
            let works = match exception {
                Some((id, _)) => Timeline::crew_works(day, id, units),
                None => true,
            };
            if !works {
                return None;
            }
            Timeline::crew_window(day, plan, department).map(|window| Booking { window, plan: p })
        })
        .collect()
}

fn finish(people: Vec<PersonRef>, mut bookings: Vec<Booking>) -> BookingList {
    bookings.retain(|b| !b.window.is_empty());
    bookings.sort();
    BookingList { people, bookings }
}

/// A conflict found by [`sweep`].
pub enum Conflict {
    /// `booking` overlaps the earlier `other`.
    Overlap { booking: Booking, other: Booking },
    /// Rest before `booking` since the wrap of `previous` is too short.
    ShortRest { booking: Booking, previous: Booking },
}

/// Walks the bookings in call order: a booking starting before the latest
/// earlier wrap overlaps; otherwise the rest since that wrap is checked.
pub fn sweep(bookings: &[Booking], min_rest: chrono::TimeDelta, mut found: impl FnMut(Conflict)) {
    let mut latest: Option<Booking> = None;
    for &booking in bookings {
        if let Some(previous) = latest {
            if booking.window.call < previous.window.wrap {
                found(Conflict::Overlap {
                    booking,
                    other: previous,
                });
            } else if booking.window.call - previous.window.wrap < min_rest {
                found(Conflict::ShortRest { booking, previous });
            }
        }
        if latest.is_none_or(|l| booking.window.wrap > l.window.wrap) {
            latest = Some(booking);
        }
    }
}
