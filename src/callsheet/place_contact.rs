use crate::model::{Contact, Hospital};
use serde::Serialize;

/// Who to call at a location, or its nearest emergency room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlaceContact {
    pub name: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

impl PlaceContact {
    pub fn from_contact(contact: &Contact) -> Option<PlaceContact> {
        let entry = PlaceContact {
            name: non_empty(&contact.name),
            address: None,
            phone: non_empty(&contact.phone),
            email: non_empty(&contact.email),
        };
        (!entry.is_empty()).then_some(entry)
    }

    pub fn from_hospital(hospital: &Hospital) -> PlaceContact {
        PlaceContact {
            name: Some(hospital.name.clone()),
            address: non_empty(&hospital.address),
            phone: non_empty(&hospital.phone),
            email: None,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.address.is_none()
            && self.phone.is_none()
            && self.email.is_none()
    }

    /// `Name, address, phone, email`: the parts that are there.
    pub fn one_line(&self) -> String {
        [&self.name, &self.address, &self.phone, &self.email]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A string that says something, trimmed of nothing: `None` for blank.
pub(crate) fn non_empty(text: &Option<String>) -> Option<String> {
    text.as_ref().filter(|t| !t.trim().is_empty()).cloned()
}
