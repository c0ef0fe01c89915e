use std::fmt;

/// A page count in eighths of a page (`"1 3/8"` is 11).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pages(pub u64);

impl Pages {
    pub fn eighths(self) -> u64 {
        self.0
    }

    /// Parses `"3"`, `"5/8"` or `"1 3/8"`.
    pub fn parse(text: &str) -> Result<Pages, String> {
        let text = text.trim();
        let (whole, fraction) = match text.split_once(' ') {
            Some((whole, fraction)) => (Some(whole.trim()), Some(fraction.trim())),
            None if text.contains('/') => (None, Some(text)),
            None => (Some(text), None),
        };
        let whole = match whole {
            Some(w) => {
                parse_digits(w).ok_or_else(|| format!("`{w}` is not a whole number of pages"))?
            }
            None => 0,
        };
        let eighths = match fraction {
            Some(f) => {
                let (num, den) = f
                    .split_once('/')
                    .ok_or_else(|| format!("`{f}` is not a fraction such as 3/8"))?;
                if den.trim() != "8" {
                    return Err(format!("pages are counted in eighths; `{f}` is not over 8"));
                }

                parse_digits(num.trim())
                    .filter(|n| *n <= 7)
                    .ok_or_else(|| format!("`{f}`: the eighths must be 0 to 7"))?
            }
            None => 0,
        };
        whole
            .checked_mul(8)
            .and_then(|w| w.checked_add(eighths))
            .map(Pages)
            .ok_or_else(|| "that page count is too large".to_string())
    }
}

fn parse_digits(text: &str) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

impl fmt::Display for Pages {
    /// `5 3/8`, `7/8`, `2`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, rest) = (self.0 / 8, self.0 % 8);
        match (whole, rest) {
            (w, 0) => write!(f, "{w}"),
            (0, r) => write!(f, "{r}/8"),
            (w, r) => write!(f, "{w} {r}/8"),
        }
    }
}
