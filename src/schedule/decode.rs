//! Puts days, in order, on dates: each on the earliest slot after the
//! previous day where its scenes may be shot and the turnaround from the
//! previous day holds. For a fixed order that is the best placement: an
//! earlier slot never leaves the next day fewer choices, since rest only
//! grows with the gap. A day that finds no slot that way then takes the
//! earliest free slots anywhere that suit it and its neighbours, so one
//! day out of order never leaves its scenes unplaced when a date is free.

use super::calendar::Shift;
use super::plan::Facts;
use super::problem::Problem;

/// Where a day went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub slot: usize,
    pub shift: Shift,
}

/// Places `days` (their facts, in shooting order). `None` for a day that
/// fits on no free slot.
pub fn place(problem: &Problem, facts: &[Facts], out: &mut Vec<Option<Placed>>) {
    out.clear();
    let mut next = 0usize;
    let mut previous: Option<(Placed, usize)> = None; // placement, day
    let mut late = Vec::new();
    for (d, f) in facts.iter().enumerate() {
        let mut best: Option<Placed> = None;
        for shift in Shift::BOTH {
            let allowed = &f.allowed[shift.index()];
            let mut from = next;
            while let Some(slot) = allowed.next_from(from) {
                if best.is_some_and(|b| b.slot <= slot) {
                    break;
                }
                let ok = previous.is_none_or(|(p, pd)| {
                    let last = p.slot + facts[pd].length - 1;
                    problem.follows(
                        last,
                        p.shift,
                        slot,
                        shift,
                        facts[pd].cast.intersects(&f.cast),
                    )
                });
                if ok {
                    best = Some(Placed { slot, shift });
                    break;
                }
                from = slot + 1;
            }
        }
        out.push(best);
        match best {
            Some(b) => {
                next = b.slot + f.length;
                previous = Some((b, d));
            }
            None => late.push(d),
        }
    }
    if late.is_empty() {
        return;
    }
    // Free slots for the late days, between the days already placed.
    let n = problem.calendar.len();
    let mut owner: Vec<Option<usize>> = vec![None; n];
    for (d, p) in out.iter().enumerate() {
        if let Some(p) = p {
            let end = (p.slot + facts[d].length).min(n);
            owner[p.slot..end].fill(Some(d));
        }
    }
    for d in late {
        let f = &facts[d];
        let mut best: Option<Placed> = None;
        for shift in Shift::BOTH {
            for slot in f.allowed[shift.index()].iter() {
                if best.is_some_and(|b| b.slot <= slot) {
                    break;
                }
                let end = slot + f.length;
                if end > n || owner[slot..end].iter().any(Option::is_some) {
                    continue;
                }
                let before = owner[..slot].iter().rposition(Option::is_some);
                let after = owner[end..]
                    .iter()
                    .position(Option::is_some)
                    .map(|k| end + k);
                let ok_before = before.is_none_or(|b| {
                    let Some(pd) = owner[b] else { return true };
                    let Some(p) = out[pd] else { return true };
                    problem.follows(b, p.shift, slot, shift, facts[pd].cast.intersects(&f.cast))
                });
                let ok_after = after.is_none_or(|a| {
                    let Some(nd) = owner[a] else { return true };
                    let Some(p) = out[nd] else { return true };
                    problem.follows(
                        end - 1,
                        shift,
                        a,
                        p.shift,
                        facts[nd].cast.intersects(&f.cast),
                    )
                });
                if ok_before && ok_after {
                    best = Some(Placed { slot, shift });
                    break;
                }
            }
        }
        if let Some(b) = best {
            owner[b.slot..b.slot + f.length].fill(Some(d));
            out[d] = Some(b);
        }
    }
}
