//! TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma are
//! backslash-escaped, a line break is `\n`; other control characters are
//! not allowed in TEXT and are left out.

/// `text` as an iCalendar TEXT value.
pub fn text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_what_the_rfc_says() {
        assert_eq!(
            super::text("a\\b;c,d\ne\r\nf\rg\u{7}h"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ngh"
        );
        assert_eq!(super::text("Inês: 06:15"), "Inês: 06:15");
    }
}
