//! Draws the report model page by page: the cover, then each section
//! (key figures, by channel and by source, charts, models compared, data
//! quality, definitions) block by block, and finally the running header and
//! the footer with "page n of m" once the number of pages is known.

use super::charts;
use super::content::{Block, Cover, ReportContent, Section};
use super::layout::{Canvas, Style, ACCENT, BODY, HEADER_FILL, INK, MUTED, RULE, SMALL, TABLE};
use crate::i18n::Translator;

/// Lays out the whole report on `cv` (which starts with one empty page).
pub fn draw(cv: &mut Canvas, model: &ReportContent, tr: &Translator) {
    cover(cv, &model.cover);
    for section in &model.sections {
        draw_section(cv, section, model.lang);
    }
    decorate(cv, model, tr);
}

fn cover(cv: &mut Canvas, c: &Cover) {
    let (x, w) = (cv.left(), cv.content_width());
    cv.fill_rect(0.0, 0.0, cv.geo.width, 9.0, ACCENT);
    cv.y = cv.geo.top + 28.0;
    let company = Style::new(13.0, false, MUTED);
    cv.paragraph(&c.company, &company, 0.0);
    cv.gap(3.0);
    let title = cv.fit_size(&c.title, w, &Style::new(30.0, true, ACCENT));
    cv.paragraph(&c.title, &title, 0.0);
    cv.gap(1.0);
    cv.paragraph(&c.subtitle, &Style::new(12.5, false, INK), 0.0);
    cv.gap(14.0);
    cv.hline(x, x + w, cv.y, RULE, 0.6);
    cv.gap(5.0);
    let label_w = c
        .facts
        .iter()
        .map(|(l, _)| cv.text_width(l, &BODY.sized(10.0)))
        .fold(0.0, f32::max)
        + 8.0;
    cv.facts(&c.facts, &BODY.sized(10.0), label_w.max(40.0));
    if let Some((badge, note)) = &c.year_to_date {
        cv.gap(5.0);
        let style = BODY.sized(9.5);
        let lines = cv.wrap(note, w - 10.0, &style);
        let h = 6.0 + style.line_height() * (lines.len() as f32 + 1.2) + 3.0;
        cv.fill_rect(x, cv.y, w, h, HEADER_FILL);
        cv.fill_rect(x, cv.y, 1.6, h, ACCENT);
        let top = cv.y + 3.0;
        cv.text(
            x + 5.0,
            Canvas::baseline(top, &style),
            badge,
            &style.bold().colored(ACCENT),
        );
        for (i, line) in lines.iter().enumerate() {
            cv.text(
                x + 5.0,
                Canvas::baseline(top + style.line_height() * (i as f32 + 1.2), &style),
                line,
                &style,
            );
        }
        cv.y += h;
    }
    for note in &c.notes {
        cv.gap(3.0);
        cv.paragraph(note, &SMALL.sized(8.5), 0.0);
    }
    cv.gap(10.0);
    cv.paragraph(&c.highlights_title, &Style::new(11.0, true, INK), 0.0);
    cv.gap(2.0);
    tiles(cv, &c.highlights);
}

/// Key figures as tiles, three to a row.
fn tiles(cv: &mut Canvas, items: &[(String, String)]) {
    const PER_ROW: usize = 3;
    const GAP: f32 = 4.0;
    const H: f32 = 21.0;
    let w = (cv.content_width() - GAP * (PER_ROW as f32 - 1.0)) / PER_ROW as f32;
    let label_style = Style::new(8.0, false, MUTED);
    for chunk in items.chunks(PER_ROW) {
        cv.ensure(H + GAP);
        for (i, (label, value)) in chunk.iter().enumerate() {
            let x = cv.left() + i as f32 * (w + GAP);
            cv.fill_rect(x, cv.y, w, H, HEADER_FILL);
            let label = cv.ellipsize(label, w - 6.0, &label_style);
            cv.text(x + 3.0, cv.y + 6.0, &label, &label_style);
            let value_style = cv.fit_size(value, w - 6.0, &Style::new(15.0, true, ACCENT));
            cv.text(x + 3.0, cv.y + 15.5, value, &value_style);
        }
        cv.y += H + GAP;
    }
}

fn draw_section(cv: &mut Canvas, section: &Section, lang: &str) {
    if section.new_page {
        cv.new_page();
    } else {
        cv.gap(6.0);
    }
    cv.heading(&section.title, 15.0, lead_height(cv, &section.blocks));
    for (i, block) in section.blocks.iter().enumerate() {
        match block {
            Block::Paragraph(text) => {
                cv.paragraph(text, &BODY, 0.0);
                cv.gap(3.0);
            }
            Block::Note(text) => {
                cv.paragraph(text, &SMALL, 0.0);
                cv.gap(2.0);
            }
            Block::Subheading(text) => {
                let keep = lead_height(cv, &section.blocks[i + 1..]);
                cv.gap(2.0);
                cv.heading(text, 11.0, keep);
            }
            Block::Facts(facts) => {
                let label_w = facts
                    .iter()
                    .map(|(l, _)| cv.text_width(l, &BODY))
                    .fold(0.0, f32::max)
                    + 6.0;
                cv.facts(facts, &BODY, label_w.min(cv.content_width() * 0.6));
                cv.gap(3.0);
            }
            Block::Bullets(items) => {
                for item in items {
                    let lines = cv.wrap(item, cv.content_width() - 5.0, &BODY);
                    cv.ensure(BODY.line_height());
                    cv.text(
                        cv.left() + 0.5,
                        Canvas::baseline(cv.y, &BODY),
                        "•",
                        &BODY.colored(ACCENT),
                    );
                    for line in lines {
                        cv.ensure(BODY.line_height());
                        cv.text(cv.left() + 5.0, Canvas::baseline(cv.y, &BODY), &line, &BODY);
                        cv.y += BODY.line_height();
                    }
                    cv.gap(1.5);
                }
                cv.gap(2.0);
            }
            Block::Table(table) => {
                cv.table(table, &TABLE);
                cv.gap(2.0);
            }
            Block::Definition { term, text } => {
                let lines = cv.wrap(text, cv.content_width(), &BODY);
                let keep = BODY.line_height() * (1 + lines.len().min(3)) as f32;
                cv.ensure(keep);
                cv.paragraph(term, &BODY.bold(), 0.0);
                cv.paragraph(text, &BODY, 0.0);
                cv.gap(2.5);
            }
            Block::Chart(chart) => charts::draw(cv, chart, charts::height_for(chart), lang),
        }
    }
}

/// How much of `blocks` a heading above them keeps on its page: the
/// paragraphs and notes that introduce a table and the whole table when it
/// fits on a page (it would move to the next page anyway), else its first
/// rows; a little of anything else.
fn lead_height(cv: &Canvas, blocks: &[Block]) -> f32 {
    let mut h = 0.0;
    for block in blocks {
        match block {
            Block::Paragraph(text) | Block::Note(text) => {
                let style = if matches!(block, Block::Note(_)) {
                    SMALL
                } else {
                    BODY
                };
                h += cv.wrap(text, cv.content_width(), &style).len() as f32 * style.line_height()
                    + 3.0;
            }
            Block::Table(t) => {
                let table = cv.table_height(t, &TABLE);
                let whole = table <= cv.page_body() - h - 20.0;
                return h + if whole { table } else { 30.0 };
            }
            _ => return h + 20.0,
        }
    }
    h + 20.0
}

/// The running header (not on the cover) and the footer on every page.
fn decorate(cv: &mut Canvas, model: &ReportContent, tr: &Translator) {
    let pages = cv.page_count();
    let style = Style::new(7.5, false, MUTED);
    let (left, right) = (cv.left(), cv.right());
    let head_y = cv.geo.top - 8.0;
    let foot_y = cv.geo.height - cv.geo.bottom + 9.0;
    let pages_text = crate::i18n::format_number(rust_decimal::Decimal::from(pages), 0, tr.lang());
    for i in 0..pages {
        cv.select_page(i);
        if i > 0 {
            let right_text = cv.ellipsize(&model.header_right, (right - left) * 0.6, &style);
            let left_text = cv.ellipsize(
                &model.header_left,
                right - left - cv.text_width(&right_text, &style) - 6.0,
                &style,
            );
            cv.text(left, head_y, &left_text, &style);
            cv.text_right(right, head_y, &right_text, &style);
            cv.hline(left, right, head_y + 2.0, RULE, 0.4);
        }
        cv.hline(left, right, foot_y - 4.0, RULE, 0.4);
        let footer = cv.ellipsize(&model.footer, (right - left) * 0.7, &style);
        cv.text(left, foot_y, &footer, &style);
        let page_text = tr.t_args(
            "report-footer-page",
            &[
                (
                    "page",
                    crate::i18n::format_number(rust_decimal::Decimal::from(i + 1), 0, tr.lang())
                        .into(),
                ),
                ("pages", pages_text.clone().into()),
            ],
        );
        cv.text_right(right, foot_y, &page_text, &style);
    }
}
