//! Plain-text columns, padded to the widest cell; the last column is not
//! padded (it holds the long text: synopsis, scenes).

pub struct Columns {
    rows: Vec<Vec<String>>,
}

impl Columns {
    pub fn new() -> Columns {
        Columns { rows: Vec::new() }
    }

    /// Adds a row; each cell is put on one line (keeping the spaces it
    /// starts with: an indent).
    pub fn row<I, S>(&mut self, cells: I)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.rows.push(
            cells
                .into_iter()
                .map(|c| {
                    let c = c.as_ref();
                    let indent = c.len() - c.trim_start_matches(' ').len();
                    format!("{}{}", &c[..indent], super::fmt::one_line(c))
                })
                .collect(),
        );
    }

    /// Every row, each line starting with `indent`, columns two spaces
    /// apart, no trailing spaces.
    pub fn render(&self, indent: &str) -> String {
        let count = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let mut widths = vec![0; count];
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate() {
                widths[i] = widths[i].max(width(cell));
            }
        }
        let mut out = String::new();
        for row in &self.rows {
            let mut line = indent.to_string();
            for (i, cell) in row.iter().enumerate() {
                line.push_str(cell);
                if i + 1 < row.len() {
                    let pad = widths[i].saturating_sub(width(cell)) + 2;
                    line.extend(std::iter::repeat_n(' ', pad));
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}

/// Width on screen, counting each character once (combining marks none).
fn width(text: &str) -> usize {
    text.chars()
        .filter(|c| !matches!(*c as u32, 0x300..=0x36F | 0x200B..=0x200F))
        .count()
}
