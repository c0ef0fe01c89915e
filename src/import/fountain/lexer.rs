//! From file text to the lines the parser reads: line breaks of any kind,
//! tabs as four spaces, the boneyard (`/* … */`, across lines) and notes
//! (`[[ … ]]`, inside one paragraph) taken out, and the title page.

/// One line of the script, with its 1-based line number in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    pub number: usize,
}

impl Line {
    /// A blank line separates paragraphs. A line of exactly two spaces is
    /// Fountain's way to keep an empty line inside a paragraph.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty() && self.text != "  "
    }

    pub fn trimmed(&self) -> &str {
        self.text.trim()
    }
}

/// The lines of `source`, boneyard removed.
pub fn lines(source: &str) -> Vec<Line> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let normalized = source.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<Line> = normalized
        .split('\n')
        .enumerate()
        .map(|(i, text)| Line {
            text: text.replace('\t', "    "),
            number: i + 1,
        })
        .collect();
    strip_pairs(lines, "/*", "*/")
}

/// Removes every `open … close` span (the first `close` after each `open`;
/// an `open` never closed is left as text). A line that had text and has
/// none left is dropped: what was cut takes no room on the page.
pub fn strip_pairs(lines: Vec<Line>, open: &str, close: &str) -> Vec<Line> {
    let joined = lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let mut removed: Vec<std::ops::Range<usize>> = Vec::new();
    let mut from = 0;
    while let Some(start) = joined.get(from..).and_then(|rest| rest.find(open)) {
        let start = from + start;
        let after_open = start + open.len();
        match joined.get(after_open..).and_then(|rest| rest.find(close)) {
            Some(end) => {
                let end = after_open + end + close.len();
                removed.push(start..end);
                from = end;
            }
            None => break,
        }
    }
    if removed.is_empty() {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len());
    let mut offset = 0;
    let mut cut = removed.iter().peekable();
    for line in lines {
        let start = offset;
        let end = start + line.text.len();
        offset = end + 1;
        let mut kept = String::new();
        let mut at = start;
        while at < end {
            while cut.peek().is_some_and(|r| r.end <= at) {
                cut.next();
            }
            match cut.peek() {
                Some(r) if r.start <= at => at = r.end.min(end),
                Some(r) if r.start < end => {
                    kept.push_str(joined.get(at..r.start).unwrap_or(""));
                    at = r.end.min(end);
                }
                _ => {
                    kept.push_str(joined.get(at..end).unwrap_or(""));
                    at = end;
                }
            }
        }
        let emptied = kept.trim().is_empty() && !line.text.trim().is_empty();
        if kept != line.text && emptied {
            continue;
        }
        out.push(Line {
            text: kept,
            number: line.number,
        });
    }
    out
}

/// A title page: the first paragraph, when every line of it is `Key: value`
/// or an indented continuation, and some key has a value. Returns the
/// `Title:` (if any) and how many lines it takes (with the blank lines
/// before it), or `None` when the script has no title page.
pub fn title_page(lines: &[Line]) -> Option<(Option<String>, usize)> {
    let start = lines.iter().position(|l| !l.is_blank())?;
    let block: Vec<&Line> = lines
        .get(start..)?
        .iter()
        .take_while(|l| !l.is_blank())
        .collect();
    let mut fields: Vec<(String, Vec<String>)> = Vec::new();
    for line in &block {
        let text = &line.text;
        let indented = text.starts_with("   ");
        if indented && !fields.is_empty() {
            if let Some((_, values)) = fields.last_mut() {
                values.push(text.trim().to_string());
            }
            continue;
        }
        let (key, value) = text.split_once(':')?;
        let valid_key = key.chars().next().is_some_and(char::is_alphabetic)
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '_' | '-'));
        if !valid_key {
            return None;
        }
        let value = value.trim();
        let values = if value.is_empty() {
            Vec::new()
        } else {
            vec![value.to_string()]
        };
        fields.push((key.trim().to_lowercase(), values));
    }
    if !fields.iter().any(|(_, values)| !values.is_empty()) {
        return None;
    }
    let title = fields
        .iter()
        .find(|(k, _)| k == "title")
        .map(|(_, values)| {
            crate::import::text::collapse(&crate::import::text::plain(&values.join(" ")))
        })
        .filter(|t| !t.is_empty());
    Some((title, start + block.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line]) -> Vec<(&str, usize)> {
        lines.iter().map(|l| (l.text.as_str(), l.number)).collect()
    }

    #[test]
    fn boneyard_across_lines() {
        let lines = lines("one\n/* cut\n\nINT. CUT - DAY\n*/\ntwo /* x */ three\r\nfour\rfive");
        assert_eq!(
            texts(&lines),
            vec![
                ("one", 1),
                ("", 3),
                ("two  three", 6),
                ("four", 7),
                ("five", 8)
            ]
        );
    }

    #[test]
    fn unclosed_boneyard_is_text() {
        let lines = lines("a /* b\nc");
        assert_eq!(texts(&lines), vec![("a /* b", 1), ("c", 2)]);
    }

    #[test]
    fn title_pages() {
        let script = lines(
            "Title:\n    _**BRICK & STEEL**_\n    FULL RETIRED\nCredit: Written by\nAuthor: Stu\n\nINT. HOUSE - DAY",
        );
        assert_eq!(
            title_page(&script),
            Some((Some("BRICK & STEEL FULL RETIRED".into()), 5))
        );
        assert_eq!(title_page(&lines("INT. HOUSE - DAY\n\nText")), None);
        assert_eq!(title_page(&lines("FADE IN:\n\nINT. HOUSE - DAY")), None);
        assert_eq!(title_page(&lines("")), None);
    }
}
