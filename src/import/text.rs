//! Small text helpers shared by both readers.

/// `text` without Fountain emphasis (`*italic*`, `**bold**`, `_underline_`)
/// and with backslash escapes resolved (`\*` is a literal `*`).
pub fn plain(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        match c {
            '\\' => {
                if let Some(&next) = chars.get(i + 1) {
                    out.push(next);
                    i += 2;
                    continue;
                }
                out.push(c);
            }
            '*' => {}
            '_' => {
                // an underscore between two letters or digits is part of a word
                let before = i.checked_sub(1).and_then(|j| chars.get(j));
                let after = chars.get(i + 1);
                if before.is_some_and(|b| b.is_alphanumeric())
                    && after.is_some_and(|a| a.is_alphanumeric())
                {
                    out.push(c);
                }
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// Runs of whitespace made one space, trimmed.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of `text`: runs of letters, digits and apostrophes.
pub fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emphasis_goes_escapes_stay() {
        assert_eq!(plain("**BOLD** and *it* _under_"), "BOLD and it under");
        assert_eq!(plain(r"a \* star"), "a * star");
        assert_eq!(plain("ROOM_101"), "ROOM_101");
        assert_eq!(plain("trailing \\"), "trailing \\");
    }

    #[test]
    fn words_split_on_punctuation() {
        assert_eq!(words("DAY/NIGHT (1979)"), vec!["DAY", "NIGHT", "1979"]);
        assert_eq!(collapse("  a \t b  "), "a b");
    }
}
