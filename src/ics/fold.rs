//! Line folding (RFC 5545 §3.1): a content line longer than 75 octets is
//! split into lines of at most 75 octets, each continuation starting with
//! one space. A split never falls inside a UTF-8 character, and never
//! right after a space or tab: some parsers trim the end of each physical
//! line, which would lose that space.

const LIMIT: usize = 75;

/// `line` folded, each physical line ending in CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    let mut rest = line;
    // The first line holds 75 octets; a continuation line 74 after its space.
    let mut room = LIMIT;
    loop {
        if rest.len() <= room {
            out.push_str(rest);
            out.push_str("\r\n");
            return out;
        }
        let cut = split_point(rest, room);
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = LIMIT - 1;
    }
}

/// Where to end a physical line holding at most `room` octets of `text`
/// (which is longer than that): at a character boundary, not after
/// whitespace when that can be helped; always at least one character.
fn split_point(text: &str, room: usize) -> usize {
    let mut cut = room;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let mut best = cut;
    while best > 0 && text[..best].ends_with([' ', '\t']) {
        best -= 1;
    }
    if best == 0 {
        best = cut;
    }
    if best == 0 {
        // A single character wider than the room cannot happen (room ≥ 74,
        // a character is at most 4 octets), but never loop forever.
        best = text.chars().next().map_or(text.len(), char::len_utf8);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn short_lines_are_kept() {
        assert_eq!(fold("SUMMARY:Day 1"), "SUMMARY:Day 1\r\n");
    }

    #[test]
    fn long_lines_fold_at_75_octets_on_character_boundaries() {
        let line = format!("DESCRIPTION:{}", "çã".repeat(100));
        let folded = fold(&line);
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }

    #[test]
    fn never_splits_right_after_a_space() {
        let line = format!("SUMMARY:{} tail", "x".repeat(66));
        let folded = fold(&line);
        for physical in folded.split("\r\n") {
            assert!(!physical.ends_with(' '), "{physical:?}");
        }
        assert_eq!(folded.replace("\r\n ", ""), format!("{line}\r\n"));
    }
}
