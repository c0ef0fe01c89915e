//! `--format table`: comfy-table, sized to the terminal, scene rows in
//! stripboard colours when colour is wanted.

use crate::reports::text::sanitize;
use crate::reports::{Align, Row, RowKind, Strip, Table};
use anstyle::Style;
use comfy_table::{
    Attribute, Cell as ComfyCell, CellAlignment, Color, ColumnConstraint, ContentArrangement,
    Width, presets,
};

/// The narrowest a wrapping text column gets on a narrow terminal.
const MIN_WRAPPED_WIDTH: usize = 14;

/// How the terminal looks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TableOptions {
    /// The terminal's width, `None` when not a terminal (then nothing
    /// wraps).
    pub width: Option<u16>,
    /// Colour and bold (stripboard colours, red for over budget).
    pub color: bool,
}

impl TableOptions {
    /// The width of the terminal on stdout, if stdout is one.
    pub fn terminal_width() -> Option<u16> {
        comfy_table::Table::new().width()
    }
}

pub fn render(table: &Table, options: TableOptions) -> String {
    let mut out = String::new();
    if !table.title.is_empty() {
        let bold = Style::new().bold();
        if options.color {
            out.push_str(&format!("{bold}{}{bold:#}\n", sanitize(&table.title)));
        } else {
            out.push_str(&sanitize(&table.title));
            out.push('\n');
        }
    }
    let mut grid = comfy_table::Table::new();
    grid.force_no_tty()
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(width) = options.width {
        grid.set_width(width);
    }
    if options.color {
        // crossterm drops colours under NO_COLOR on its own; the caller
        // has already weighed NO_COLOR against `--color`.
        crossterm::style::force_color_output(true);
        grid.enforce_styling();
    }
    grid.set_header(table.columns.iter().map(|c| {
        let cell = ComfyCell::new(sanitize(&c.label));
        if options.color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    for row in &table.rows {
        grid.add_row(
            row.cells
                .iter()
                .map(|c| styled(row, &c.display(), options.color)),
        );
    }
    for (i, column) in table.columns.iter().enumerate() {
        if let Some(c) = grid.column_mut(i) {
            if !column.wrap {
                c.set_constraint(ColumnConstraint::ContentWidth);
            } else {
                // Text may wrap, but never into a ribbon of single letters.
                let longest = table
                    .rows
                    .iter()
                    .filter_map(|r| r.cells.get(i))
                    .map(|cell| cell.display().chars().count())
                    .chain([column.label.chars().count()])
                    .max()
                    .unwrap_or(0);
                let floor = longest.clamp(1, MIN_WRAPPED_WIDTH) as u16;
                c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(floor)));
            }
            c.set_cell_alignment(match column.align {
                Align::Left => CellAlignment::Left,
                Align::Right => CellAlignment::Right,
                Align::Center => CellAlignment::Center,
            });
        }
    }
    out.push_str(&grid.to_string());
    out.push('\n');
    for note in &table.notes {
        out.push_str(&sanitize(note));
        out.push('\n');
    }
    out
}

fn styled(row: &Row, text: &str, color: bool) -> ComfyCell {
    let cell = ComfyCell::new(sanitize(text));
    if !color {
        return cell;
    }
    let cell = match row.kind {
        RowKind::Item => cell,
        RowKind::Strip(strip) => {
            let (bg, fg) = match strip {
                Strip::IntDay => (Color::White, Color::Black),
                Strip::ExtDay => (Color::Yellow, Color::Black),
                Strip::IntNight => (Color::DarkBlue, Color::White),
                Strip::ExtNight => (Color::DarkGreen, Color::White),
            };
            cell.bg(bg).fg(fg)
        }
        RowKind::Break | RowKind::Subtotal | RowKind::Total => cell.add_attribute(Attribute::Bold),
    };
    if row.alert {
        cell.fg(Color::Red).add_attribute(Attribute::Bold)
    } else {
        cell
    }
}
