use crate::model::{PersonRef, Production};
use serde::Serialize;

/// A person from `production.contacts`, printed at the top of every call
/// sheet.
#[derive(Debug, Clone, Serialize)]
pub struct ProductionContact {
    pub id: String,
    pub name: String,
    /// Crew role, or the character for a performer.
    pub role: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

impl ProductionContact {
    pub(crate) fn all(production: &Production) -> Vec<ProductionContact> {
        use super::place_contact::non_empty;
        production
            .settings
            .contacts
            .iter()
            .filter_map(|id| match production.index.people.get(&id.value)? {
                PersonRef::Crew(i) => {
                    let c = &production.crew[*i];
                    Some(ProductionContact {
                        id: id.value.clone(),
                        name: c.name.clone(),
                        role: Some(c.role.clone()).filter(|r| !r.trim().is_empty()),
                        phone: non_empty(&c.phone),
                        email: non_empty(&c.email),
                    })
                }
                PersonRef::Cast(i) => {
                    let c = &production.cast[*i];
                    Some(ProductionContact {
                        id: id.value.clone(),
                        name: c.name.clone(),
                        role: Some(c.character.clone()).filter(|r| !r.trim().is_empty()),
                        phone: non_empty(&c.phone),
                        email: non_empty(&c.email),
                    })
                }
            })
            .collect()
    }
}
