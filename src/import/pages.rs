//! Page lengths from the printed layout of a standard screenplay (US
//! Letter, Courier 12, 55 lines a page): every element takes the lines it
//! wraps to in its column plus the blank line above it. A scene's length is
//! its lines over 55, rounded to the nearest eighth, never less than 1/8.
//!
//! Columns (characters a line holds):
//!
//! | element | width |
//! |---|---|
//! | scene heading, action, transition, centred text | 61 |
//! | character cue | 38 |
//! | dialogue | 35 |
//! | parenthetical | 25 |
//! | dual dialogue: cue, dialogue, parenthetical | 28, 26, 19 |
//!
//! Sections, synopses, notes, boneyard and page breaks take no room.

use super::script::{Dialogue, Element, Speech};
use crate::model::Pages;

pub const LINES_PER_PAGE: u64 = 55;
pub const ACTION_WIDTH: usize = 61;
pub const CUE_WIDTH: usize = 38;
pub const DIALOGUE_WIDTH: usize = 35;
pub const PARENTHETICAL_WIDTH: usize = 25;
const DUAL_CUE_WIDTH: usize = 28;
const DUAL_DIALOGUE_WIDTH: usize = 26;
const DUAL_PARENTHETICAL_WIDTH: usize = 19;

/// How many printed lines `text` takes in a column `width` characters wide,
/// breaking between words (a word longer than the column is cut). An empty
/// line still takes one.
pub fn wrapped(text: &str, width: usize) -> u64 {
    let width = width.max(1);
    let mut lines: u64 = 1;
    let mut used = 0usize;
    for word in text.split_whitespace() {
        let mut len = word.chars().count();
        if used > 0 && used + 1 + len <= width {
            used += 1 + len;
            continue;
        }
        if used > 0 {
            lines += 1;
        }
        while len > width {
            lines += 1;
            len -= width;
        }
        used = len;
    }
    lines
}

/// Printed lines of one element, without the blank line above it.
pub fn element_lines(element: &Element) -> u64 {
    match element {
        Element::Action(lines) | Element::Centered(lines) => lines
            .iter()
            .map(|l| wrapped(l, ACTION_WIDTH))
            .sum::<u64>()
            .max(1),
        Element::Transition(text) => wrapped(text, ACTION_WIDTH),
        Element::Dialogue(d) => dialogue_lines(d, CUE_WIDTH, DIALOGUE_WIDTH, PARENTHETICAL_WIDTH),
        Element::DualDialogue(left, right) => {
            let side = |d| {
                dialogue_lines(
                    d,
                    DUAL_CUE_WIDTH,
                    DUAL_DIALOGUE_WIDTH,
                    DUAL_PARENTHETICAL_WIDTH,
                )
            };
            side(left).max(side(right))
        }
    }
}

fn dialogue_lines(d: &Dialogue, cue: usize, words: usize, parenthetical: usize) -> u64 {
    wrapped(&d.cue, cue)
        + d.speech
            .iter()
            .map(|s| match s {
                Speech::Parenthetical(text) => wrapped(text, parenthetical),
                Speech::Words(text) => wrapped(text, words),
            })
            .sum::<u64>()
}

/// Printed lines of a scene: the heading and each element, every one with
/// the blank line above it.
pub fn scene_lines(heading: &str, body: &[Element]) -> u64 {
    body.iter()
        .fold(1 + wrapped(heading, ACTION_WIDTH), |total, e| {
            total.saturating_add(1 + element_lines(e))
        })
}

/// `lines` printed lines in eighths of a 55-line page, rounded to the
/// nearest eighth (half up), at least 1/8.
pub fn eighths(lines: u64) -> Pages {
    let doubled = lines.saturating_mul(16).saturating_add(LINES_PER_PAGE);
    Pages((doubled / (2 * LINES_PER_PAGE)).max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping() {
        assert_eq!(wrapped("", 10), 1);
        assert_eq!(wrapped("abc def", 7), 1);
        assert_eq!(wrapped("abc defg", 7), 2);
        assert_eq!(wrapped("abcdefghijklmno", 5), 3);
        assert_eq!(wrapped("ab abcdefghijklmno", 5), 4);
        assert_eq!(wrapped(&"x".repeat(61), 61), 1);
        assert_eq!(wrapped(&"x".repeat(62), 61), 2);
    }

    #[test]
    fn rounding() {
        assert_eq!(eighths(55), Pages(8));
        assert_eq!(eighths(0), Pages(1));
        assert_eq!(eighths(1), Pages(1));
        // 6.875 lines an eighth: 10 lines is 1.45 eighths, 11 is 1.6
        assert_eq!(eighths(10), Pages(1));
        assert_eq!(eighths(11), Pages(2));
        assert_eq!(eighths(110), Pages(16));
        assert!(eighths(u64::MAX).0 > 0);
    }
}
