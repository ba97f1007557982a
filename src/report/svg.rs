//! The SVG mirror of the report's pages, for the desktop app's preview.
//!
//! The layout [`Canvas`](super::layout::Canvas) calls these functions from
//! the same three primitives that emit the PDF operations (text, filled
//! rectangles, polylines), so a preview page is the PDF page drawn again,
//! not a second layout that could break lines or pages differently.
//!
//! Coordinates are millimetres from the top-left corner with a `viewBox` of
//! the paper size, exactly as layout thinks of them. Text asks for DejaVu
//! Sans, the PDF's face, and carries its measured width in `textLength`:
//! where the viewer lacks that face (or kerns), the fallback font is
//! stretched to the same width, so no line overruns a column in the preview
//! that fits in the PDF.

use super::style::{Geometry, Rgbf, Style, PT_PER_MM};
use std::fmt::Write;

/// A length in millimetres with at most two decimals and no trailing
/// zeros: a hundredth of a millimetre is far below what a screen shows,
/// and shorter numbers keep the pages small to send to the window.
fn num(v: f32) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.into()
    }
}

/// `#rrggbb` of a colour with components in 0..=1.
fn color(c: Rgbf) -> String {
    let byte = |v: f32| (v.clamp(0.0, 1.0) * 255.0).round() as u8;
    format!("#{:02x}{:02x}{:02x}", byte(c.0), byte(c.1), byte(c.2))
}

/// `text` made safe as XML character data and attribute values. Control
/// characters that XML 1.0 forbids become U+FFFD: a source name imported
/// from a damaged file must not make the whole page unreadable.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if c.is_control() && (c as u32) < 0x20 => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// A run of text with its baseline at `baseline` mm; `width` is its width
/// in the PDF, in mm.
pub fn text(out: &mut String, x: f32, baseline: f32, text: &str, style: &Style, width: f32) {
    let weight = if style.bold {
        " font-weight=\"bold\""
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{weight} fill=\"{}\" textLength=\"{}\" \
         lengthAdjust=\"spacingAndGlyphs\">{}</text>",
        num(x),
        num(baseline),
        num(style.size / PT_PER_MM),
        color(style.color),
        num(width),
        escape(text)
    );
}

/// A filled rectangle whose top-left corner is at (`x`, `top`) mm.
pub fn rect(out: &mut String, x: f32, top: f32, w: f32, h: f32, fill: Rgbf) {
    let _ = writeln!(
        out,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
        num(x),
        num(top),
        num(w),
        num(h),
        color(fill)
    );
}

/// A polyline through `points` (mm), `width_pt` thick in points, dashed
/// with the `dash` lengths in mm when there are any.
pub fn polyline(
    out: &mut String,
    points: &[(f32, f32)],
    stroke: Rgbf,
    width_pt: f32,
    dash: &[f32],
) {
    let points: Vec<String> = points
        .iter()
        .map(|&(x, y)| format!("{},{}", num(x), num(y)))
        .collect();
    let dash = if dash.is_empty() {
        String::new()
    } else {
        let lengths: Vec<String> = dash.iter().map(|d| num(*d)).collect();
        format!(" stroke-dasharray=\"{}\"", lengths.join(" "))
    };
    let _ = writeln!(
        out,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"{dash}/>",
        points.join(" "),
        color(stroke),
        num(width_pt / PT_PER_MM)
    );
}

/// The complete SVG document of one page whose drawing is `body`: the
/// paper's size, a white sheet (a thumbnail must not show the window
/// through it) and the report's font.
pub fn document(geo: &Geometry, body: &str) -> String {
    let (w, h) = (num(geo.width), num(geo.height));
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}mm\" \
         height=\"{h}mm\" font-family=\"'DejaVu Sans', 'DejaVu Sans Book', sans-serif\" \
         xml:space=\"preserve\">\n<rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>\n{body}</svg>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::style::{BODY, INK};

    /// Whether every `&` starts one of the entities `escape` writes and
    /// every `<` opens a tag: enough to catch text that was not escaped.
    pub(in crate::report) fn well_formed(svg: &str) -> bool {
        let entities = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"];
        let amps_ok = svg
            .match_indices('&')
            .all(|(i, _)| entities.iter().any(|e| svg[i..].starts_with(e)));
        let tags_ok = svg.match_indices('<').all(|(i, _)| {
            svg[i + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '/')
        });
        amps_ok && tags_ok && svg.starts_with("<svg ") && svg.trim_end().ends_with("</svg>")
    }

    #[test]
    fn numbers_are_short_and_colours_are_hex() {
        assert_eq!(num(210.0), "210");
        assert_eq!(num(215.9), "215.9");
        assert_eq!(num(1.005_f32 + 0.0001), "1.01");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f32::NAN), "0");
        assert_eq!(color(Rgbf(1.0, 0.0, 0.5)), "#ff0080");
        assert_eq!(color(INK), "#1c1f24");
    }

    #[test]
    fn text_is_escaped_and_keeps_its_measured_width() {
        assert_eq!(
            escape("Müller & Söhne <\"Print\"> 'x'"),
            "Müller &amp; Söhne &lt;&quot;Print&quot;&gt; &apos;x&apos;"
        );
        assert_eq!(escape("a\u{1}b\tc"), "a\u{FFFD}b c");
        let mut body = String::new();
        text(&mut body, 18.0, 30.5, "R&D <leads>", &BODY.bold(), 24.25);
        assert!(body.contains(">R&amp;D &lt;leads&gt;</text>"), "{body}");
        assert!(body.contains("textLength=\"24.25\""));
        assert!(body.contains("font-weight=\"bold\""));
        assert!(body.contains(&format!("font-size=\"{}\"", num(9.0 / PT_PER_MM))));
        polyline(&mut body, &[(0.0, 1.0), (2.0, 3.0)], INK, 0.5, &[1.5, 1.0]);
        assert!(body.contains("points=\"0,1 2,3\""));
        assert!(body.contains("stroke-dasharray=\"1.5 1\""));
        rect(&mut body, 1.0, 2.0, 3.0, 4.0, INK);
        let geo = Geometry {
            width: 215.9,
            height: 279.4,
            left: 0.0,
            right: 0.0,
            top: 0.0,
            bottom: 0.0,
        };
        let doc = document(&geo, &body);
        assert!(doc.contains("viewBox=\"0 0 215.9 279.4\""));
        assert!(well_formed(&doc), "{doc}");
        assert!(!well_formed(&document(&geo, "<text>R&D</text>")));
    }

    use crate::i18n::{format_count, Translator};
    use crate::metrics::{self, AttributionModel, Period, Request};
    use crate::records::Dataset;
    use crate::report::{preview, render_with_preview, Paper};
    use chrono::NaiveDate;

    fn request() -> Request {
        Request {
            period: Period::year(2026, 1).unwrap(),
            as_of: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
            model: AttributionModel::FirstTouch,
        }
    }

    fn demo() -> (Dataset, Request) {
        let req = request();
        let ds = crate::demo::generate(&crate::demo::DemoOptions {
            today: req.as_of,
            ..Default::default()
        });
        (ds, req)
    }

    /// The number of pages of a PDF as poppler's `pdfinfo` reads it.
    fn pdfinfo_pages(pdf: &[u8]) -> usize {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.pdf");
        std::fs::write(&path, pdf).unwrap();
        let out = std::process::Command::new("pdfinfo")
            .arg(&path)
            .output()
            .expect("pdfinfo (Debian package poppler-utils) is needed");
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        text.lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("no page count in {text}"))
    }

    #[test]
    fn the_preview_has_the_pdfs_pages_cover_and_figures() {
        let (mut ds, req) = demo();
        // The source with the most leads in the period gets a name that
        // needs escaping, so it is certain to appear in the tables.
        let mut leads = std::collections::HashMap::new();
        for i in ds.inquiries.iter().filter(|i| i.is_lead) {
            if req.period.contains(i.received_at.date()) {
                *leads.entry(i.source_id).or_insert(0) += 1;
            }
        }
        let top = leads.iter().max_by_key(|(_, n)| **n).map(|(id, _)| *id);
        let source = ds.sources.iter_mut().find(|s| Some(s.id) == top).unwrap();
        source.name = "Müller & Söhne <\"Print\">".into();

        let leads = metrics::compute(&ds, &req).company.leads.unwrap();
        for (lang, paper, height) in [("de", Paper::A4, "297"), ("en", Paper::Letter, "279.4")] {
            let r = render_with_preview(&ds, &req, lang, paper).unwrap();
            // LEADLEDGER_REPORT_KEEP=DIR keeps the PDF and its SVG pages, to
            // put side by side.
            if let Some(keep) = std::env::var_os("LEADLEDGER_REPORT_KEEP") {
                let keep = std::path::Path::new(&keep);
                std::fs::create_dir_all(keep).unwrap();
                std::fs::write(keep.join(format!("preview-{lang}.pdf")), &r.pdf).unwrap();
                for (i, page) in r.svg.iter().enumerate() {
                    let name = format!("preview-{lang}-{}.svg", i + 1);
                    std::fs::write(keep.join(name), page).unwrap();
                }
            }
            assert_eq!(r.svg.len(), r.pages);
            assert_eq!(r.svg.len(), pdfinfo_pages(&r.pdf), "{lang}");
            // The preview alone lays out the same pages.
            assert_eq!(preview(&ds, &req, lang, paper).unwrap(), r.svg, "{lang}");
            let tr = Translator::new(lang).unwrap();
            let cover = &r.svg[0];
            assert!(cover.contains(&format!(" {height}\"")), "{lang}: paper");
            assert!(cover.contains(&escape(&tr.t("report-title"))), "{lang}");
            assert!(
                cover.contains(&format!(">{}</text>", format_count(leads, lang))),
                "{lang}: the lead count is on the cover"
            );
            let last = tr.t_args(
                "report-footer-page",
                &[
                    ("page", r.pages.to_string().into()),
                    ("pages", r.pages.to_string().into()),
                ],
            );
            assert!(r.svg[r.pages - 1].contains(&escape(&last)), "{lang}");
            let all = r.svg.concat();
            assert!(r.svg.iter().all(|p| well_formed(p)), "{lang}");
            assert!(all.contains("&lt;&quot;Print&quot;&gt;"), "{lang}");
            assert!(all.contains("Müller &amp;"), "{lang}");
            assert!(!all.contains("<\"Print"), "{lang}");
        }
    }

    #[test]
    fn bad_language_is_refused_before_any_layout() {
        let e = preview(&Dataset::default(), &request(), "fr", Paper::A4).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("lang"));
    }
}
