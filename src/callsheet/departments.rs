//! The order of departments on a call sheet (domain.md): production,
//! camera, grip, electric, sound, art, wardrobe, hair & makeup, locations,
//! transport, catering, craft service, script supervisor, stunts, special
//! effects, medic, security; any other department after them, by name.
//!
//! Department names are free text, so common spellings of each are
//! recognised (`"script"`, `"HMU"`, `"SFX"`, `"costume"`, ...), ignoring
//! case and `and` for `&`.

/// Each department in order, with the names it goes by.
const ORDER: &[&[&str]] = &[
    &[
        "production",
        "production office",
        "assistant directors",
        "directing",
    ],
    &["camera"],
    &["grip", "grips"],
    &["electric", "electrics", "electrical", "lighting"],
    &["sound"],
    &["art", "art department", "props", "set decoration"],
    &["wardrobe", "costume", "costumes"],
    &[
        "hair & makeup",
        "hair & make-up",
        "makeup & hair",
        "make-up & hair",
        "makeup",
        "make-up",
        "hmu",
    ],
    &["locations", "location"],
    &["transport", "transportation"],
    &["catering"],
    &["craft service", "craft services", "crafty"],
    &["script supervisor", "script", "continuity"],
    &["stunts", "stunt"],
    &["special effects", "sfx", "special fx"],
    &["medic", "medical", "set medic"],
    &["security"],
];

/// The department's place in the call-sheet order, if it is a known one.
pub fn rank(department: &str) -> Option<usize> {
    let name = normalise(department);
    ORDER
        .iter()
        .position(|names| names.contains(&name.as_str()))
}

/// Sorts known departments first in call-sheet order, then the others by
/// name (ignoring case), then exactly.
pub fn sort_key(department: &str) -> (usize, String, String) {
    (
        rank(department).unwrap_or(usize::MAX),
        department.to_lowercase(),
        department.to_string(),
    )
}

/// Lower case, single spaces, `and` as `&`.
fn normalise(department: &str) -> String {
    department
        .to_lowercase()
        .split_whitespace()
        .map(|w| if w == "and" { "&" } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_spellings_rank_in_order() {
        assert_eq!(rank("production"), Some(0));
        assert_eq!(rank("Hair and Makeup"), Some(7));
        assert_eq!(rank("script"), Some(12));
        assert_eq!(rank("SFX"), Some(14));
        assert_eq!(rank("drone"), None);
        let mut names = vec!["drone", "medic", "Camera", "art", "Accounts"];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(names, ["Camera", "art", "medic", "Accounts", "drone"]);
    }
}
