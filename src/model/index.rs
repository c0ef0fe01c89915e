use super::Production;
use std::collections::{HashMap, HashSet};

/// Which entry an id names when people are looked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PersonRef {
    Cast(usize),
    Crew(usize),
}

/// Lookups by id; the first definition wins (cast before crew, then load
/// order), as format.md §8 says.
#[derive(Debug, Default)]
pub struct Index {
    pub people: HashMap<String, PersonRef>,
    pub scenes: HashMap<String, usize>,
    pub locations: HashMap<String, usize>,
    pub accounts: HashMap<String, usize>,
    pub lines: HashMap<String, usize>,
    pub fringes: HashMap<String, usize>,
    pub units: HashSet<String>,
    pub departments: HashSet<String>,
}

impl Index {
    pub fn build(production: &Production) -> Index {
        let mut index = Index::default();
        for (i, member) in production.cast.iter().enumerate() {
            index
                .people
                .entry(member.id.value.clone())
                .or_insert(PersonRef::Cast(i));
        }
        for (i, member) in production.crew.iter().enumerate() {
            index
                .people
                .entry(member.id.value.clone())
                .or_insert(PersonRef::Crew(i));
            index.departments.insert(member.department.clone());
        }
        for (i, scene) in production.scenes.iter().enumerate() {
            index.scenes.entry(scene.number.value.clone()).or_insert(i);
        }
        for (i, location) in production.locations.iter().enumerate() {
            index
                .locations
                .entry(location.id.value.clone())
                .or_insert(i);
        }
        for (i, account) in production.accounts.iter().enumerate() {
            index
                .accounts
                .entry(account.code.value.clone())
                .or_insert(i);
        }
        for (i, line) in production.lines.iter().enumerate() {
            if let Some(id) = &line.id {
                index.lines.entry(id.value.clone()).or_insert(i);
            }
        }
        for (i, fringe) in production.fringes.iter().enumerate() {
            index.fringes.entry(fringe.id.value.clone()).or_insert(i);
        }
        index.units = production
            .settings
            .unit_names()
            .into_iter()
            .map(str::to_owned)
            .collect();
        index
    }

    pub fn cast(&self, id: &str) -> Option<usize> {
        match self.people.get(id) {
            Some(PersonRef::Cast(i)) => Some(*i),
            _ => None,
        }
    }

    pub fn crew(&self, id: &str) -> Option<usize> {
        match self.people.get(id) {
            Some(PersonRef::Crew(i)) => Some(*i),
            _ => None,
        }
    }
}
