//! UIDs that stay the same from one export to the next, so that a
//! calendar app updates an event instead of adding a second one: made of
//! the date, the unit, the person (for a personal calendar) and the
//! production's title, never of the time of export.
//!
//! `20270308-main@the-lighthouse-keeper.prodcoord`,
//! `20270308-main-tomas@the-lighthouse-keeper.prodcoord`.

use chrono::NaiveDate;

pub fn uid(title: &str, unit: &str, date: NaiveDate, person: Option<&str>) -> String {
    let mut uid = format!("{}-{}", date.format("%Y%m%d"), part(unit));
    if let Some(person) = person {
        uid.push('-');
        uid.push_str(&part(person));
    }
    uid.push('@');
    uid.push_str(&part(title));
    uid.push_str(".prodcoord");
    uid
}

/// A name as UID text: kept when it is already lower-case ASCII letters,
/// digits, `-` and `_`; otherwise a slug of it plus a short hash of the
/// exact name, so that two names never share a UID part.
fn part(name: &str) -> String {
    let plain = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if plain {
        return name.to_string();
    }
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("{:08x}", fnv1a(name))
    } else {
        format!("{slug}-{:08x}", fnv1a(name))
    }
}

/// FNV-1a, 32 bits: stable across runs, platforms and versions (unlike
/// the standard library's hasher).
fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash: u32, b| {
        (hash ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uids_are_made_of_the_names() {
        let date = NaiveDate::from_ymd_opt(2027, 3, 8).unwrap_or_default();
        let uid = uid("The Lighthouse Keeper", "main", date, Some("tomas"));
        assert!(
            uid.starts_with("20270308-main-tomas@the-lighthouse-keeper-"),
            "{uid}"
        );
        assert!(uid.ends_with(".prodcoord"), "{uid}");
        assert_eq!(part("main"), "main");
        assert_ne!(part("Main"), part("main"));
        assert!(part("Ção").starts_with("o-"));
        assert_eq!(part("!!").len(), 8);
    }
}
