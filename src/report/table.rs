//! Tables for the layout engine: column widths from the content (numbers
//! never wrap, long names take what is left), cells wrapped to their
//! column, rows that never split, tables kept together when they fit on a
//! page and otherwise continued on the next one under a repeated header.

use super::layout::{Canvas, Style, HEADER_FILL, INK, MUTED, RULE, ZEBRA};

/// Cells longer than this many lines are cut with an ellipsis, so that one
/// absurd value cannot make a row taller than a page.
const MAX_CELL_LINES: usize = 12;
/// Space between a cell's text and its edges, in mm.
const CELL_PAD_X: f32 = 1.4;
const CELL_PAD_Y: f32 = 1.0;
/// Space below a table, in mm.
const TABLE_GAP: f32 = 3.0;

/// A table measured for drawing: column widths, wrapped cells, heights.
struct TableLayout {
    aligns: Vec<Align>,
    widths: Vec<f32>,
    head: Vec<Vec<String>>,
    head_h: f32,
    head_style: Style,
    rows: Vec<(Vec<Vec<String>>, RowKind, f32)>,
}

impl TableLayout {
    fn height(&self) -> f32 {
        self.head_h + self.rows.iter().map(|r| r.2).sum::<f32>() + TABLE_GAP
    }
}

/// The sum of `widths` over the columns aligned `align`.
fn sum_mins_of(table: &Table, widths: &[f32], align: Align) -> f32 {
    table
        .columns
        .iter()
        .zip(widths)
        .filter(|(c, _)| c.align == align)
        .map(|(_, w)| w)
        .sum()
}

/// Shares `extra` among columns that need `needs[i]` more: the smallest
/// needs are met in full first (a status column stops wrapping), the
/// largest share what is left equally (long names wrap a little more).
fn share_out(needs: &[f32], mut extra: f32) -> Vec<f32> {
    let mut order: Vec<usize> = (0..needs.len()).collect();
    order.sort_by(|&a, &b| needs[a].total_cmp(&needs[b]));
    let mut grants = vec![0.0; needs.len()];
    for (done, &i) in order.iter().enumerate() {
        let share = extra / (order.len() - done) as f32;
        grants[i] = needs[i].min(share);
        extra -= grants[i];
    }
    grants
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// A table column: its title, a relative width and how its cells align.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub title: String,
    pub width: f32,
    pub align: Align,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Normal,
    /// A subtotal or total: bold, with a rule above.
    Total,
    /// A row of lesser weight (e.g. spend not booked to a source).
    Muted,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<String>,
    pub kind: RowKind,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

impl Canvas<'_> {
    /// The column widths of `table` in mm across the content width. Every
    /// column first gets what it cannot do without: a right-aligned
    /// (numeric) column its widest cell on one line, any column its widest
    /// unbreakable piece of text. Space left over goes first to cells that
    /// would otherwise wrap (long names), then to headers that would wrap,
    /// and once everything fits on one line, by the columns' relative widths.
    fn widths(&self, table: &Table, style: &Style, head: &Style) -> Vec<f32> {
        let total = self.content_width();
        let pad = 2.0 * CELL_PAD_X;
        // Three levels per column: least, cells on one line, header too.
        let mut levels = [Vec::new(), Vec::new(), Vec::new()];
        for (i, c) in table.columns.iter().enumerate() {
            let (mut full, mut piece) = (0.0f32, 0.0f32);
            for r in &table.rows {
                let st = if r.kind == RowKind::Total {
                    style.bold()
                } else {
                    *style
                };
                if let Some(text) = r.cells.get(i) {
                    full = full.max(self.text_width(text, &st));
                    piece = piece.max(self.widest_piece(text, &st));
                }
            }
            let head_piece = self.widest_piece(&c.title, head);
            let least = match c.align {
                Align::Right => full.max(head_piece),
                Align::Left => piece.min(total * 0.3).max(head_piece),
            };
            let cells = full.max(least);
            levels[0].push(least + pad);
            levels[1].push(cells + pad);
            levels[2].push(cells.max(self.text_width(&c.title, head)) + pad);
        }
        let sums: Vec<f32> = levels.iter().map(|l| l.iter().sum()).collect();
        let weights: Vec<f32> = table.columns.iter().map(|c| c.width.max(0.01)).collect();
        let sum_weights: f32 = weights.iter().sum();
        if sums[2] <= total {
            let extra = total - sums[2];
            return levels[2]
                .iter()
                .zip(&weights)
                .map(|(w, k)| w + extra * k / sum_weights)
                .collect();
        }
        for k in (0..2).rev() {
            if sums[k] <= total {
                let needs: Vec<f32> = levels[k]
                    .iter()
                    .zip(&levels[k + 1])
                    .map(|(a, b)| b - a)
                    .collect();
                let grants = share_out(&needs, total - sums[k]);
                return levels[k].iter().zip(grants).map(|(a, g)| a + g).collect();
            }
        }
        // Not even the least fits: numbers keep their width and the text
        // columns share the rest (breaking long words), unless the numbers
        // alone are too wide, when every column is scaled by its weight.
        let numeric = sum_mins_of(table, &levels[0], Align::Right);
        let text: f32 = sum_mins_of(table, &levels[0], Align::Left);
        if numeric < total && text > 0.0 {
            let scale = (total - numeric) / text;
            return table
                .columns
                .iter()
                .zip(&levels[0])
                .map(|(c, w)| {
                    if c.align == Align::Right {
                        *w
                    } else {
                        w * scale
                    }
                })
                .collect();
        }
        weights.iter().map(|k| k / sum_weights * total).collect()
    }

    fn cell_lines(&self, text: &str, width: f32, style: &Style) -> Vec<String> {
        let mut lines = self.wrap(text, width, style);
        if lines.len() > MAX_CELL_LINES {
            lines.truncate(MAX_CELL_LINES);
            let last = lines.pop().unwrap_or_default();
            let cut = self.ellipsize(&format!("{last} …"), width, style);
            lines.push(cut);
        }
        lines
    }

    /// Draws one row of cells at the cursor; returns nothing, moves the
    /// cursor below the row.
    fn draw_row(
        &mut self,
        cells: &[Vec<String>],
        widths: &[f32],
        aligns: &[Align],
        style: &Style,
        height: f32,
    ) {
        const PAD_X: f32 = CELL_PAD_X;
        const PAD_Y: f32 = CELL_PAD_Y;
        let lh = style.line_height();
        let mut x = self.left();
        for ((lines, &w), align) in cells.iter().zip(widths).zip(aligns) {
            for (i, line) in lines.iter().enumerate() {
                let base = Canvas::baseline(self.y + PAD_Y + i as f32 * lh, style);
                match align {
                    Align::Left => self.text(x + PAD_X, base, line, style),
                    Align::Right => self.text_right(x + w - PAD_X, base, line, style),
                }
            }
            x += w;
        }
        self.y += height;
    }

    fn layout_table(&self, table: &Table, style: &Style) -> TableLayout {
        let head_style = style.bold().sized(style.size * 0.95);
        let widths = self.widths(table, style, &head_style);
        let lines_of =
            |cells: &[Vec<String>]| cells.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32;
        let head: Vec<Vec<String>> = table
            .columns
            .iter()
            .zip(&widths)
            .map(|(c, &w)| self.cell_lines(&c.title, w - 2.0 * CELL_PAD_X, &head_style))
            .collect();
        let head_h = lines_of(&head) * head_style.line_height() + 2.0 * CELL_PAD_Y;
        let rows = table
            .rows
            .iter()
            .map(|r| {
                let st = if r.kind == RowKind::Total {
                    style.bold()
                } else {
                    *style
                };
                let cells: Vec<Vec<String>> = r
                    .cells
                    .iter()
                    .zip(&widths)
                    .map(|(c, &w)| self.cell_lines(c, w - 2.0 * CELL_PAD_X, &st))
                    .collect();
                let h = lines_of(&cells) * style.line_height() + 2.0 * CELL_PAD_Y;
                (cells, r.kind, h)
            })
            .collect();
        TableLayout {
            aligns: table.columns.iter().map(|c| c.align).collect(),
            widths,
            head,
            head_h,
            head_style,
            rows,
        }
    }

    /// The height `table` takes when it does not break (mm).
    pub fn table_height(&self, table: &Table, style: &Style) -> f32 {
        self.layout_table(table, style).height()
    }

    /// A table at the cursor. A table that fits on one page is kept
    /// together (it starts a new page rather than break); a longer one
    /// breaks between rows, never inside one, and draws its header again at
    /// the top of each new page.
    pub fn table(&mut self, table: &Table, style: &Style) {
        let t = self.layout_table(table, style);
        let total = t.height();
        if total <= self.page_body() {
            self.ensure(total);
        } else {
            let first: f32 = t.rows.iter().take(3).map(|r| r.2).sum();
            self.ensure(t.head_h + first);
        }
        let draw_head = |cv: &mut Canvas| {
            cv.fill_rect(cv.left(), cv.y, cv.content_width(), t.head_h, HEADER_FILL);
            cv.draw_row(&t.head, &t.widths, &t.aligns, &t.head_style, t.head_h);
        };
        draw_head(self);
        for (i, (cells, kind, h)) in t.rows.iter().enumerate() {
            if self.y + h > self.bottom() {
                self.hline(self.left(), self.right(), self.y, RULE, 0.5);
                self.new_page();
                draw_head(self);
            }
            let st = match kind {
                RowKind::Total => {
                    self.hline(self.left(), self.right(), self.y, INK, 0.6);
                    style.bold()
                }
                RowKind::Muted => style.colored(MUTED),
                RowKind::Normal => {
                    if i % 2 == 1 {
                        self.fill_rect(self.left(), self.y, self.content_width(), *h, ZEBRA);
                    }
                    *style
                }
            };
            self.draw_row(cells, &t.widths, &t.aligns, &st, *h);
        }
        self.hline(self.left(), self.right(), self.y, RULE, 0.5);
        self.y += TABLE_GAP;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::layout::{tests::canvas, TABLE};
    use printpdf::{Op, TextItem};

    #[test]
    fn numeric_columns_never_wrap_and_names_take_the_rest() {
        let cv = canvas();
        let table = Table {
            columns: vec![
                Column {
                    title: "Source".into(),
                    width: 3.0,
                    align: Align::Left,
                },
                Column {
                    title: "Revenue from marketing".into(),
                    width: 1.0,
                    align: Align::Right,
                },
            ],
            rows: vec![Row {
                cells: vec!["word ".repeat(100), "€1,234,567.89".into()],
                kind: RowKind::Normal,
            }],
        };
        let head = TABLE.bold().sized(TABLE.size * 0.95);
        let w = cv.widths(&table, &TABLE, &head);
        assert!((w.iter().sum::<f32>() - cv.content_width()).abs() < 0.01);
        assert!(w[1] >= cv.text_width("€1,234,567.89", &TABLE) + 2.0 * CELL_PAD_X - 1e-3);
        assert!(w[0] > w[1]);
    }

    #[test]
    fn small_needs_are_met_first() {
        let g = share_out(&[2.0, 50.0, 0.0, 30.0], 40.0);
        assert_eq!(g[0], 2.0);
        assert_eq!(g[2], 0.0);
        assert!((g[1] - 19.0).abs() < 1e-4 && (g[3] - 19.0).abs() < 1e-4);
        assert_eq!(share_out(&[1.0, 2.0], 10.0), vec![1.0, 2.0]);
    }

    #[test]
    fn long_tables_continue_on_new_pages_with_their_header() {
        let mut cv = canvas();
        let table = Table {
            columns: vec![
                Column {
                    title: "Source".into(),
                    width: 3.0,
                    align: Align::Left,
                },
                Column {
                    title: "Leads".into(),
                    width: 1.0,
                    align: Align::Right,
                },
            ],
            rows: (0..200)
                .map(|i| Row {
                    cells: vec![format!("Source {i}"), i.to_string()],
                    kind: RowKind::Normal,
                })
                .collect(),
        };
        cv.table(&table, &TABLE);
        assert!(cv.page_count() >= 3, "{} pages", cv.page_count());
        let pages = cv.into_pages();
        for page in &pages {
            let texts: Vec<&str> = page
                .iter()
                .filter_map(|op| match op {
                    Op::ShowText { items } => match items.first() {
                        Some(TextItem::Text(t)) => Some(t.as_str()),
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
            assert_eq!(
                texts.first(),
                Some(&"Source"),
                "every page starts with the header"
            );
        }
    }

    #[test]
    fn a_cell_taller_than_a_page_is_cut() {
        let mut cv = canvas();
        let table = Table {
            columns: vec![Column {
                title: "Name".into(),
                width: 1.0,
                align: Align::Left,
            }],
            rows: vec![Row {
                cells: vec!["word ".repeat(20_000)],
                kind: RowKind::Normal,
            }],
        };
        cv.table(&table, &TABLE);
        assert!(cv.page_count() <= 2);
    }
}
