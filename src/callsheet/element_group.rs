use super::{DayContext, ElementItem};
use crate::model::ELEMENT_CATEGORIES;
use serde::Serialize;

/// The elements of one category that the day's scenes need.
#[derive(Debug, Clone, Serialize)]
pub struct ElementGroup {
    /// The key in `scenes.toml`: `props`, `set_dressing`, ...
    pub category: &'static str,
    /// For people: `Props`, `Set dressing`, ...
    pub label: &'static str,
    /// Each element once, in order of first need.
    pub items: Vec<ElementItem>,
}

impl ElementGroup {
    /// The day's elements by category, in breakdown order.
    pub(crate) fn of_day(ctx: &DayContext) -> Vec<ElementGroup> {
        let mut groups: Vec<ElementGroup> = Vec::new();
        for &s in &ctx.plan.scenes {
            let scene = &ctx.production.scenes[s];
            for (category, items) in &scene.elements {
                for item in items {
                    let name = item.trim();
                    if name.is_empty() {
                        continue;
                    }
                    let g = match groups.iter().position(|g| g.category == *category) {
                        Some(g) => g,
                        None => {
                            groups.push(ElementGroup {
                                category,
                                label: label(category),
                                items: Vec::new(),
                            });
                            groups.len() - 1
                        }
                    };
                    let items = &mut groups[g].items;
                    let number = &scene.number.value;
                    match items.iter_mut().find(|i| i.name == name) {
                        Some(i) if i.scenes.contains(number) => {}
                        Some(i) => i.scenes.push(number.clone()),
                        None => items.push(ElementItem {
                            name: name.to_string(),
                            scenes: vec![number.clone()],
                        }),
                    }
                }
            }
        }
        groups.sort_by_key(|g| {
            ELEMENT_CATEGORIES
                .iter()
                .position(|c| *c == g.category)
                .unwrap_or(usize::MAX)
        });
        groups
    }
}

/// The heading of a category on the call sheet.
pub fn label(category: &str) -> &'static str {
    match category {
        "props" => "Props",
        "set_dressing" => "Set dressing",
        "wardrobe" => "Wardrobe",
        "makeup" => "Makeup",
        "vehicles" => "Vehicles",
        "animals" => "Animals",
        "stunts" => "Stunts",
        "sfx" => "Special effects",
        "vfx" => "Visual effects",
        "special_equipment" => "Special equipment",
        "music" => "Music",
        "sound" => "Sound",
        "greenery" => "Greenery",
        "security" => "Security",
        "notes" => "Notes",
        _ => "Other",
    }
}
