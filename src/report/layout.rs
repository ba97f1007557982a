//! A small page-layout engine over printpdf's drawing operations: a text
//! cursor that moves down the page and breaks to a new one, word wrapping,
//! right-aligned text, headings kept with what follows, rules, boxes and
//! polylines for the charts. Tables are in `table`.
//!
//! Layout works in millimetres from the page's top-left corner, the way one
//! thinks about a printed page; only the emitted operations convert to PDF
//! points from the bottom-left. Geometry is `f32` because printpdf's is;
//! every figure arrives here as finished text.

use super::fonts::{Face, Faces, SOFT_HYPHEN};
pub use super::style::{
    Geometry, Rgbf, Style, ACCENT, BODY, HEADER_FILL, INK, MUTED, PT_PER_MM, RULE, SMALL, TABLE,
    ZEBRA,
};
use printpdf::{
    FontId, Line, LineDashPattern, LinePoint, Op, PaintMode, PdfFontHandle, Point, Pt, Rect,
    TextItem, WindingOrder,
};

/// The pieces of `word` between which a line may break: after each hyphen
/// or soft hyphen (U+00AD) that follows a letter ("Position-|based",
/// "Kunden\u{AD}|gewinnung"), never after a minus sign.
fn hyphen_pieces(word: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut prev_letter = false;
    for (i, c) in word.char_indices() {
        let end = i + c.len_utf8();
        if (c == '-' || c == SOFT_HYPHEN) && prev_letter && end < word.len() {
            pieces.push(&word[start..end]);
            start = end;
        }
        prev_letter = c.is_alphabetic();
    }
    pieces.push(&word[start..]);
    pieces
}

/// The width of a piece in em, counting the hyphen a soft hyphen at its
/// end turns into when the line breaks there.
fn piece_em(face: &Face, piece: &str) -> f32 {
    let hyphen = if piece.ends_with(SOFT_HYPHEN) {
        face.char_em('-')
    } else {
        0.0
    };
    face.width_em(piece) + hyphen
}

/// A finished line: a soft hyphen at its end becomes a visible one.
fn finish(mut line: String) -> String {
    if line.ends_with(SOFT_HYPHEN) {
        line.pop();
        line.push('-');
    }
    line
}

/// Pages being laid out, with the cursor on the current one.
pub struct Canvas<'a> {
    faces: &'a Faces,
    fonts: [FontId; 2],
    pub geo: Geometry,
    pages: Vec<Vec<Op>>,
    /// The SVG mirror of each page (`svg`), when a preview was asked for.
    svg: Option<Vec<String>>,
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
            svg: None,
            current: 0,
            y: geo.top,
        }
    }

    /// Records every page as SVG as well, from the same drawing calls.
    pub fn with_preview(mut self) -> Self {
        self.svg = Some(vec![String::new(); self.pages.len()]);
        self
    }

    /// The current page's SVG drawing, when a preview is being recorded.
    fn mirror(&mut self) -> Option<&mut String> {
        let page = self.current;
        self.svg.as_mut().and_then(|pages| pages.get_mut(page))
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Starts a new page and puts the cursor at its top margin.
    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        if let Some(svg) = &mut self.svg {
            svg.push(String::new());
        }
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
        let text: String = text.chars().filter(|&c| c != SOFT_HYPHEN).collect();
        let width = self.text_width(&text, style);
        if let Some(out) = self.mirror() {
            super::svg::text(out, x, baseline, &text, style, width);
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
            items: vec![TextItem::Text(text)],
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
        if let Some(out) = self.mirror() {
            super::svg::rect(out, x, top, w, h, color);
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
        if let Some(out) = self.mirror() {
            super::svg::polyline(out, points, color, width, dash);
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
        // A little slack, so that a column made exactly as wide as a word keeps it
        // whole despite rounding.
        let max = (width / style.em()).max(0.0) + 1e-3;
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
                    let w = piece_em(face, piece);
                    if !line.is_empty() && used + sep + w <= max {
                        if j == 0 {
                            line.push(' ');
                        }
                        line.push_str(piece);
                        used += sep + w;
                        continue;
                    }
                    if !line.is_empty() {
                        lines.push(finish(std::mem::take(&mut line)));
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
                            lines.push(finish(std::mem::take(&mut line)));
                            used = 0.0;
                        }
                        line.push(c);
                        used += cw;
                    }
                }
            }
            lines.push(finish(line));
        }
        lines
    }

    /// The width of the widest piece `wrap` could not break further.
    pub(super) fn widest_piece(&self, text: &str, style: &Style) -> f32 {
        let face = self.faces.get(style.bold);
        text.split([' ', '\n'])
            .flat_map(hyphen_pieces)
            .map(|p| piece_em(face, p) * style.em())
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

    /// The height of a full page's content area (mm).
    pub fn page_body(&self) -> f32 {
        self.bottom() - self.geo.top
    }

    /// The SVG documents of the pages, when recorded (see `with_preview`).
    pub fn take_svg(&mut self) -> Option<Vec<String>> {
        let geo = self.geo;
        self.svg.take().map(|pages| {
            pages
                .iter()
                .map(|b| super::svg::document(&geo, b))
                .collect()
        })
    }

    /// The laid-out pages' operations.
    pub fn into_pages(self) -> Vec<Vec<Op>> {
        self.pages
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::report::fonts::faces;

    pub(in crate::report) fn canvas() -> Canvas<'static> {
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
        let fits = cv.text_width(money, &BODY) + 1.0;
        assert_eq!(
            cv.wrap(&format!("a {money}"), fits, &BODY),
            vec!["a", money]
        );
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
        // A soft hyphen breaks like a hyphen and shows only where it breaks.
        let word = "Kunden\u{AD}gewinnungs\u{AD}kosten";
        let narrow = cv.text_width("gewinnungs-", &TABLE) + 0.5;
        assert_eq!(
            cv.wrap(word, narrow, &TABLE),
            vec!["Kunden-", "gewinnungs-", "kosten"]
        );
        assert_eq!(cv.wrap(word, 100.0, &TABLE), vec![word]);
        assert_eq!(
            cv.text_width(word, &TABLE),
            cv.text_width("Kundengewinnungskosten", &TABLE)
        );
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
}
