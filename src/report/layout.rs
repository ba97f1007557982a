//! A small page-layout engine over printpdf's drawing operations: a text
//! cursor that moves down the page and breaks to a new one, word wrapping,
//! right-aligned numbers, tables that continue across pages with their
//! header repeated, rules, boxes and polylines for the charts.
//!
//! Layout works in millimetres from the page's top-left corner, the way one
//! thinks about a printed page; only the emitted operations convert to PDF
//! points from the bottom-left. Geometry is `f32` because printpdf's is;
//! every figure arrives here as finished text.

use super::fonts::Faces;
use printpdf::{
    Color, FontId, Line, LineDashPattern, LinePoint, Op, PaintMode, PdfFontHandle, Point, Pt, Rect,
    Rgb, TextItem, WindingOrder,
};

/// PDF points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

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

/// The pieces of `word` between which a line may break: after each hyphen
/// that follows a letter ("Position-|based"), never after a minus sign.
fn hyphen_pieces(word: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut prev_letter = false;
    for (i, c) in word.char_indices() {
        let end = i + c.len_utf8();
        if c == '-' && prev_letter && end < word.len() {
            pieces.push(&word[start..end]);
            start = end;
        }
        prev_letter = c.is_alphabetic();
    }
    pieces.push(&word[start..]);
    pieces
}

/// An RGB colour with components in 0..=1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgbf(pub f32, pub f32, pub f32);

impl Rgbf {
    fn color(self) -> Color {
        Color::Rgb(Rgb {
            r: self.0,
            g: self.1,
            b: self.2,
            icc_profile: None,
        })
    }
}

pub const INK: Rgbf = Rgbf(0.11, 0.12, 0.14);
pub const MUTED: Rgbf = Rgbf(0.40, 0.43, 0.47);
pub const ACCENT: Rgbf = Rgbf(0.09, 0.27, 0.45);
pub const RULE: Rgbf = Rgbf(0.72, 0.74, 0.77);
pub const HEADER_FILL: Rgbf = Rgbf(0.89, 0.92, 0.95);
pub const ZEBRA: Rgbf = Rgbf(0.965, 0.97, 0.975);

/// Font size (pt), weight and colour of a run of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    pub color: Rgbf,
}

impl Style {
    pub const fn new(size: f32, bold: bool, color: Rgbf) -> Style {
        Style { size, bold, color }
    }
    /// The font size in millimetres.
    pub fn em(&self) -> f32 {
        self.size / PT_PER_MM
    }
    /// The distance between two baselines, in millimetres.
    pub fn line_height(&self) -> f32 {
        self.em() * 1.32
    }
    pub fn bold(self) -> Style {
        Style { bold: true, ..self }
    }
    pub fn colored(self, color: Rgbf) -> Style {
        Style { color, ..self }
    }
    pub fn sized(self, size: f32) -> Style {
        Style { size, ..self }
    }
}

pub const BODY: Style = Style::new(9.0, false, INK);
pub const SMALL: Style = Style::new(7.5, false, MUTED);
pub const TABLE: Style = Style::new(7.8, false, INK);

/// Page size and margins in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
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

/// Pages being laid out, with the cursor on the current one.
pub struct Canvas<'a> {
    faces: &'a Faces,
    fonts: [FontId; 2],
    pub geo: Geometry,
    pages: Vec<Vec<Op>>,
    current: usize,
    /// Top of the next thing to place, in mm from the top edge.
    pub y: f32,
}

impl<'a> Canvas<'a> {
    /// A canvas with one empty page; `fonts` are the document's ids of the
    /// regular and the bold face.
    pub fn new(faces: &'a Faces, fonts: [FontId; 2], geo: Geometry) -> Canvas<'a> {
        Canvas {
            faces,
            fonts,
            geo,
            pages: vec![Vec::new()],
            current: 0,
            y: geo.top,
        }
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Starts a new page and puts the cursor at its top margin.
    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.current = self.pages.len() - 1;
        self.y = self.geo.top;
    }

    /// Draws on page `index` from now on (for headers and footers, once the
    /// number of pages is known).
    pub fn select_page(&mut self, index: usize) {
        self.current = index.min(self.pages.len() - 1);
    }

    pub fn left(&self) -> f32 {
        self.geo.left
    }
    pub fn right(&self) -> f32 {
        self.geo.width - self.geo.right
    }
    pub fn content_width(&self) -> f32 {
        self.right() - self.left()
    }
    pub fn bottom(&self) -> f32 {
        self.geo.height - self.geo.bottom
    }
    /// Breaks the page unless `height` mm still fit below the cursor (an
    /// empty page always counts as fitting, so nothing loops).
    pub fn ensure(&mut self, height: f32) -> bool {
        if self.y + height > self.bottom() && self.y > self.geo.top + 0.01 {
            self.new_page();
            true
        } else {
            false
        }
    }

    pub fn gap(&mut self, mm: f32) {
        self.y += mm;
    }

    /// Width of `text` in mm.
    pub fn text_width(&self, text: &str, style: &Style) -> f32 {
        self.faces.get(style.bold).width_em(text) * style.em()
    }

    /// The largest size ≤ `style.size` (and ≥ 60 % of it) at which `text`
    /// fits into `width` mm.
    pub fn fit_size(&self, text: &str, width: f32, style: &Style) -> Style {
        let natural = self.text_width(text, style);
        if natural <= width || natural <= 0.0 {
            return *style;
        }
        style.sized((style.size * width / natural).max(style.size * 0.6))
    }

    fn push(&mut self, op: Op) {
        self.pages[self.current].push(op);
    }

    fn point(&self, x: f32, y: f32) -> Point {
        Point {
            x: Pt(x * PT_PER_MM),
            y: Pt((self.geo.height - y) * PT_PER_MM),
        }
    }

    /// Draws `text` with its baseline at `baseline` mm from the top.
    pub fn text(&mut self, x: f32, baseline: f32, text: &str, style: &Style) {
        if text.is_empty() {
            return;
        }
        let font = self.fonts[usize::from(style.bold)].clone();
        let pos = self.point(x, baseline);
        self.push(Op::StartTextSection);
        self.push(Op::SetFont {
            font: PdfFontHandle::External(font),
            size: Pt(style.size),
        });
        self.push(Op::SetFillColor {
            col: style.color.color(),
        });
        self.push(Op::SetTextCursor { pos });
        self.push(Op::ShowText {
            items: vec![TextItem::Text(text.to_string())],
        });
        self.push(Op::EndTextSection);
    }

    /// Draws `text` ending at `right` mm from the left edge.
    pub fn text_right(&mut self, right: f32, baseline: f32, text: &str, style: &Style) {
        let w = self.text_width(text, style);
        self.text(right - w, baseline, text, style);
    }

    /// Draws `text` centred on `center`.
    pub fn text_center(&mut self, center: f32, baseline: f32, text: &str, style: &Style) {
        let w = self.text_width(text, style);
        self.text(center - w / 2.0, baseline, text, style);
    }

    /// The baseline of a line of `style` whose line box starts at `top`.
    pub fn baseline(top: f32, style: &Style) -> f32 {
        top + style.line_height() / 2.0 + style.em() * 0.35
    }

    pub fn fill_rect(&mut self, x: f32, top: f32, w: f32, h: f32, color: Rgbf) {
        if w <= 0.0 || h <= 0.0 {
            return;
        }
        let origin = self.point(x, top + h);
        self.push(Op::SetFillColor { col: color.color() });
        self.push(Op::DrawRectangle {
            rectangle: Rect {
                x: origin.x,
                y: origin.y,
                width: Pt(w * PT_PER_MM),
                height: Pt(h * PT_PER_MM),
                mode: Some(PaintMode::Fill),
                winding_order: Some(WindingOrder::NonZero),
            },
        });
    }

    /// A polyline through `points` (mm), `width` in pt, dashed when `dash`
    /// (mm lengths) is not empty.
    pub fn polyline(&mut self, points: &[(f32, f32)], color: Rgbf, width: f32, dash: &[f32]) {
        if points.len() < 2 {
            return;
        }
        let pattern: Vec<f32> = dash.iter().map(|d| d * PT_PER_MM).collect();
        let line = Line {
            points: points
                .iter()
                .map(|&(x, y)| LinePoint {
                    p: self.point(x, y),
                    bezier: false,
                })
                .collect(),
            is_closed: false,
        };
        self.push(Op::SetOutlineColor { col: color.color() });
        self.push(Op::SetOutlineThickness { pt: Pt(width) });
        self.push(Op::SetLineDashPattern {
            dash: LineDashPattern::new(0.0, &pattern),
        });
        self.push(Op::DrawLine { line });
        if !dash.is_empty() {
            self.push(Op::SetLineDashPattern {
                dash: LineDashPattern::solid(),
            });
        }
    }

    pub fn hline(&mut self, x0: f32, x1: f32, y: f32, color: Rgbf, width: f32) {
        self.polyline(&[(x0, y), (x1, y)], color, width, &[]);
    }

    /// Splits `text` into lines no wider than `width` mm. Lines break at
    /// spaces (never at no-break spaces), after a hyphen inside a word and
    /// at `\n`; a piece wider than the line is broken between characters.
    pub fn wrap(&self, text: &str, width: f32, style: &Style) -> Vec<String> {
        let face = self.faces.get(style.bold);
        let max = (width / style.em()).max(0.0);
        let space = face.char_em(' ');
        let mut lines = Vec::new();
        for para in text.split('\n') {
            let mut line = String::new();
            let mut used = 0.0;
            for word in para.split(' ').filter(|w| !w.is_empty()) {
                for (j, piece) in hyphen_pieces(word).into_iter().enumerate() {
                    let sep = if j == 0 && !line.is_empty() {
                        space
                    } else {
                        0.0
                    };
                    let w = face.width_em(piece);
                    if !line.is_empty() && used + sep + w <= max {
                        if j == 0 {
                            line.push(' ');
                        }
                        line.push_str(piece);
                        used += sep + w;
                        continue;
                    }
                    if !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        used = 0.0;
                    }
                    if w <= max {
                        line.push_str(piece);
                        used = w;
                        continue;
                    }
                    for c in piece.chars() {
                        let cw = face.char_em(c);
                        if used + cw > max && !line.is_empty() {
                            lines.push(std::mem::take(&mut line));
                            used = 0.0;
                        }
                        line.push(c);
                        used += cw;
                    }
                }
            }
            lines.push(line);
        }
        lines
    }

    /// The width of the widest piece `wrap` could not break further.
    fn widest_piece(&self, text: &str, style: &Style) -> f32 {
        text.split([' ', '\n'])
            .flat_map(hyphen_pieces)
            .map(|p| self.text_width(p, style))
            .fold(0.0, f32::max)
    }

    /// `text` cut with "…" so that it fits into `width` mm on one line.
    pub fn ellipsize(&self, text: &str, width: f32, style: &Style) -> String {
        if self.text_width(text, style) <= width {
            return text.to_string();
        }
        let face = self.faces.get(style.bold);
        let max = width / style.em() - face.char_em('…');
        let mut used = 0.0;
        let mut out = String::new();
        for c in text.chars() {
            used += face.char_em(c);
            if used > max {
                break;
            }
            out.push(c);
        }
        out.truncate(out.trim_end().len());
        out.push('…');
        out
    }

    /// A wrapped paragraph at the cursor, indented by `indent` mm, breaking
    /// pages between lines.
    pub fn paragraph(&mut self, text: &str, style: &Style, indent: f32) {
        let x = self.left() + indent;
        let lh = style.line_height();
        for line in self.wrap(text, self.content_width() - indent, style) {
            self.ensure(lh);
            let base = Canvas::baseline(self.y, style);
            self.text(x, base, &line, style);
            self.y += lh;
        }
    }

    /// A section heading, kept on the same page as at least `keep` mm of
    /// what follows it.
    pub fn heading(&mut self, text: &str, size: f32, keep: f32) {
        let style = Style::new(size, true, ACCENT);
        let lines = self.wrap(text, self.content_width(), &style);
        self.ensure(lines.len() as f32 * style.line_height() + keep);
        for line in lines {
            let base = Canvas::baseline(self.y, &style);
            self.text(self.left(), base, &line, &style);
            self.y += style.line_height();
        }
        self.y += style.em() * 0.4;
    }

    /// Label–value lines (a definition list) in two columns.
    pub fn facts(&mut self, facts: &[(String, String)], style: &Style, label_width: f32) {
        let lh = style.line_height() * 1.15;
        for (label, value) in facts {
            let lines = self.wrap(value, self.content_width() - label_width, style);
            self.ensure(lh * lines.len() as f32);
            let base = Canvas::baseline(self.y, style);
            self.text(self.left(), base, label, &style.colored(MUTED));
            for (i, line) in lines.iter().enumerate() {
                self.text(
                    self.left() + label_width,
                    base + i as f32 * lh,
                    line,
                    &style.bold(),
                );
            }
            self.y += lh * lines.len() as f32;
        }
    }

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

    /// The height of a full page's content area (mm).
    pub fn page_body(&self) -> f32 {
        self.bottom() - self.geo.top
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

    /// The laid-out pages' operations.
    pub fn into_pages(self) -> Vec<Vec<Op>> {
        self.pages
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fonts::faces;

    fn canvas() -> Canvas<'static> {
        let geo = Geometry {
            width: 210.0,
            height: 297.0,
            left: 20.0,
            right: 20.0,
            top: 20.0,
            bottom: 20.0,
        };
        Canvas::new(faces().unwrap(), [FontId::new(), FontId::new()], geo)
    }

    #[test]
    fn wrapping_respects_the_width_and_keeps_every_character() {
        let cv = canvas();
        let text = "Leads, costs and returns by channel and source, for the owner and the bank";
        let lines = cv.wrap(text, 40.0, &BODY);
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(cv.text_width(l, &BODY) <= 40.0 + 1e-3, "{l}");
        }
        assert_eq!(lines.join(" "), text);
        // A word longer than the line breaks between characters.
        let long = "x".repeat(300);
        let parts = cv.wrap(&long, 30.0, &BODY);
        assert!(parts.len() > 3);
        assert_eq!(parts.concat(), long);
        // A no-break space never breaks.
        let money = "1\u{202F}234\u{202F}567,89\u{A0}€";
        assert!(cv
            .wrap(&format!("a {money}"), 20.0, &BODY)
            .iter()
            .any(|l| l == money));
    }

    #[test]
    fn lines_break_after_hyphens_but_not_after_a_minus() {
        assert_eq!(
            hyphen_pieces("Lead-to-customer"),
            vec!["Lead-", "to-", "customer"]
        );
        assert_eq!(hyphen_pieces("-30.4%"), vec!["-30.4%"]);
        assert_eq!(hyphen_pieces("E-"), vec!["E-"]);
        let cv = canvas();
        let w = cv.text_width("Position-based", &TABLE);
        let lines = cv.wrap("Position-based", w - 1.0, &TABLE);
        assert_eq!(lines, vec!["Position-", "based"]);
    }

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
    fn ellipsis_and_fit() {
        let cv = canvas();
        let s = cv.ellipsize("A very long source name that cannot fit", 25.0, &BODY);
        assert!(s.ends_with('…') && cv.text_width(&s, &BODY) <= 25.0 + 1e-3);
        assert_eq!(cv.ellipsize("Short", 25.0, &BODY), "Short");
        let st = cv.fit_size("€1,234,567.89", 20.0, &BODY.sized(20.0));
        assert!(st.size < 20.0);
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
