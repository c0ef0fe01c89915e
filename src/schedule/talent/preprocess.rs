//! Preprocessing of a talent scheduling instance, after Garcia de la Banda,
//! Stuckey & Chu, "Solving talent scheduling with dynamic programming"
//! (INFORMS Journal on Computing 23(1), 2011), §3:
//!
//! - an actor in only one scene is never held, nor is one in every scene
//!   of a block shot back to back: they are left out;
//! - scenes with the same actors are shot together (there is always an
//!   optimal order where they are adjacent: moving the later one next to
//!   the earlier, or the earlier next to the later, costs at most the
//!   weighted average of the two, which is the original cost);
//! - scenes sharing no actor fall apart into independent blocks, each shot
//!   in one go (splitting interleaved blocks apart only shortens spans);
//! - a scene left without actors goes at the end of its block, where
//!   nobody of the block waits any more (inside the span of any actor
//!   dropped for being in every scene of the block).
//!
//! Each step may enable another, so they run until nothing changes.

use super::Instance;
use std::collections::HashMap;

/// A scene, or scenes with the same actors shot back to back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Actors that can be held (indices into `Instance::costs`), sorted.
    pub actors: Vec<usize>,
    pub duration: i64,
    /// The instance's scenes, in shooting order.
    pub scenes: Vec<usize>,
}

/// One part of the reduced order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// Groups connected by shared actors, to be put in the best order.
    Block(Vec<Group>),
    /// Scenes whose place is already decided (nobody waits during them).
    Fixed(Vec<usize>),
}

/// The instance as a sequence of independent segments.
pub fn reduce(instance: &Instance) -> Vec<Segment> {
    let groups = (0..instance.scenes())
        .map(|s| {
            let mut actors: Vec<usize> = instance.cast[s]
                .iter()
                .copied()
                .filter(|&a| instance.costs[a] > 0)
                .collect();
            actors.sort_unstable();
            actors.dedup();
            Group {
                actors,
                duration: i64::from(instance.durations[s]),
                scenes: vec![s],
            }
        })
        .collect();
    let mut out = Vec::new();
    reduce_set(groups, instance.actors(), &mut out);
    out
}

fn reduce_set(mut groups: Vec<Group>, actors: usize, out: &mut Vec<Segment>) {
    // Each round may drop an actor who is in every group left; the groups
    // it empties must stay inside that actor's span, so groups emptied in
    // a later round go before those emptied earlier.
    let mut rounds: Vec<Vec<usize>> = Vec::new();
    loop {
        let mut emptied = Vec::new();
        let changed = simplify(&mut groups, actors, &mut emptied);
        rounds.push(emptied);
        if !changed {
            break;
        }
    }
    let tail: Vec<usize> = rounds.into_iter().rev().flatten().collect();
    let mut parts = split(groups, actors);
    if parts.len() == 1 {
        if let Some(block) = parts.pop() {
            out.push(Segment::Block(block));
        }
    } else {
        for part in parts {
            reduce_set(part, actors, out);
        }
    }
    if !tail.is_empty() {
        out.push(Segment::Fixed(tail));
    }
}

/// One round of dropping actors that are never held, moving emptied groups
/// to `tail` and merging groups with equal actors. Whether anything changed.
fn simplify(groups: &mut Vec<Group>, actors: usize, tail: &mut Vec<usize>) -> bool {
    let mut changed = false;
    let mut count = vec![0usize; actors];
    for g in groups.iter() {
        for &a in &g.actors {
            count[a] += 1;
        }
    }
    let n = groups.len();
    for g in groups.iter_mut() {
        let before = g.actors.len();
        g.actors.retain(|&a| count[a] > 1 && count[a] < n);
        changed |= g.actors.len() != before;
    }
    let mut kept: Vec<Group> = Vec::with_capacity(groups.len());
    let mut by_actors: HashMap<Vec<usize>, usize> = HashMap::new();
    for g in groups.drain(..) {
        if g.actors.is_empty() {
            tail.extend(g.scenes);
            changed = true;
            continue;
        }
        match by_actors.get(&g.actors) {
            Some(&i) => {
                kept[i].duration += g.duration;
                kept[i].scenes.extend(g.scenes);
                changed = true;
            }
            None => {
                by_actors.insert(g.actors.clone(), kept.len());
                kept.push(g);
            }
        }
    }
    *groups = kept;
    changed
}

/// Splits groups into sets connected by shared actors, in order of first
/// group.
fn split(groups: Vec<Group>, actors: usize) -> Vec<Vec<Group>> {
    let n = groups.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut owner: Vec<Option<usize>> = vec![None; actors];
    for (i, g) in groups.iter().enumerate() {
        for &a in &g.actors {
            match owner[a] {
                None => owner[a] = Some(i),
                Some(j) => {
                    let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                    if ri != rj {
                        parent[ri.max(rj)] = ri.min(rj);
                    }
                }
            }
        }
    }
    let mut index_of_root: HashMap<usize, usize> = HashMap::new();
    let mut parts: Vec<Vec<Group>> = Vec::new();
    for (i, g) in groups.into_iter().enumerate() {
        let root = find(&mut parent, i);
        let k = *index_of_root.entry(root).or_insert_with(|| {
            parts.push(Vec::new());
            parts.len() - 1
        });
        parts[k].push(g);
    }
    parts
}
