//! The management report: a multi-page PDF in English, German, Dutch,
//! Swedish or Russian, on A4 or US Letter, drawn from the metrics engine's
//! figures (issue 5).
//!
//! [`render`] computes the [`Report`](crate::metrics::Report) and the model
//! comparison of one request, turns them into a [`ReportContent`] (all text,
//! in the reader's language and number format) and lays that out:
//! cover, key figures against last year and the expected range, by channel
//! and by source, vector charts, the attribution models compared, data
//! quality and warnings, and the definitions of every figure. Fonts are the
//! embedded DejaVu Sans faces, subset so that a report stays small.
//! The bytes go to disk through [`crate::atomic::write`], which never
//! leaves a half-written file behind. [`preview`] and [`render_with_preview`] give
//! each page as SVG as well, drawn by the same layout run as the PDF, for
//! the desktop app's preview.

mod build;
mod calls;
mod chart_data;
mod charts;
mod cohort_curve;
mod content;
mod fonts;
mod funnel_pages;
mod layout;
mod pages;
mod sections;
mod style;
mod svg;
mod table;

pub use cohort_curve::{
    cohort_curve, cohort_years, cohort_years_prepared, CohortYear, COHORT_YEARS,
};
pub use content::{Block, Chart, Cover, ReportContent, Section};
pub use table::Table;

use crate::error::{Error, ErrorCode, Result};
use crate::i18n::Translator;
use crate::metrics::{self, Request};
use crate::records::Dataset;
use layout::{Canvas, Geometry};
use printpdf::{Mm, OffsetDateTime, PdfDocument, PdfPage, PdfSaveOptions};

/// The paper a report is laid out for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    pub const ALL: &'static [Paper] = &[Paper::A4, Paper::Letter];

    pub fn as_str(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        }
    }

    /// Parses `a4` or `letter`, case-insensitively.
    pub fn parse(s: &str) -> Result<Paper> {
        match s.trim().to_ascii_lowercase().as_str() {
            "a4" => Ok(Paper::A4),
            "letter" | "us-letter" | "us_letter" => Ok(Paper::Letter),
            other => Err(Error::invalid(
                "paper",
                format!("unknown paper size '{other}'; use a4 or letter"),
            )),
        }
    }

    /// Page size and margins in millimetres.
    fn geometry(self) -> Geometry {
        let (width, height) = match self {
            Paper::A4 => (210.0, 297.0),
            Paper::Letter => (215.9, 279.4),
        };
        Geometry {
            width,
            height,
            left: 18.0,
            right: 18.0,
            top: 22.0,
            bottom: 22.0,
        }
    }
}

/// A rendered report: the PDF, its number of pages and, when asked for
/// ([`render_with_preview`]), every page as an SVG document.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// One SVG document per PDF page, in mm with the paper's `viewBox`;
    /// empty unless a preview was asked for.
    pub svg: Vec<String>,
}

/// The report of `req` over `ds` in `lang` (en, de, nl, sv, ru) on `paper`,
/// as PDF bytes.
pub fn render(ds: &Dataset, req: &Request, lang: &str, paper: Paper) -> Result<Vec<u8>> {
    Ok(render_report(ds, req, lang, paper)?.pdf)
}

/// Like [`render`], also telling the number of pages.
pub fn render_report(ds: &Dataset, req: &Request, lang: &str, paper: Paper) -> Result<Rendered> {
    let tr = Translator::new(lang)?;
    let model = build_model(ds, req, &tr);
    render_model(&model, &tr, paper, req.as_of)
}

/// Like [`render_report`], with every page as SVG as well, from the same
/// layout run, so that what the preview shows is exactly what is saved.
pub fn render_with_preview(
    ds: &Dataset,
    req: &Request,
    lang: &str,
    paper: Paper,
) -> Result<Rendered> {
    let tr = Translator::new(lang)?;
    let model = build_model(ds, req, &tr);
    write_pdf(&model, &tr, paper, req.as_of, true)
}

/// Only the pages as SVG documents: the same layout as the PDF, without
/// writing (and subsetting the fonts of) a PDF nobody asked for yet.
pub fn preview(ds: &Dataset, req: &Request, lang: &str, paper: Paper) -> Result<Vec<String>> {
    let tr = Translator::new(lang)?;
    let model = build_model(ds, req, &tr);
    let faces = fonts::faces()?;
    // Layout never looks at the document's font ids, so ids of no document
    // give the same pages.
    let ids = [printpdf::FontId::new(), printpdf::FontId::new()];
    let mut cv = Canvas::new(faces, ids, paper.geometry()).with_preview();
    pages::draw(&mut cv, &model, &tr);
    Ok(cv.take_svg().unwrap_or_default())
}

/// The report model of `req` in the language of `tr` (what the PDF shows,
/// as text; the desktop preview can use it as well).
pub fn build_model(ds: &Dataset, req: &Request, tr: &Translator) -> ReportContent {
    // One engine form of the records serves the report, the model
    // comparison and the cohort page, instead of one made by each.
    let prepared = metrics::Prepared::new(ds);
    let report = metrics::compute_prepared(ds, &prepared, req);
    let comparison = metrics::compare_models_prepared(ds, &prepared, req);
    ReportContent::build(ds, &prepared, &report, &comparison, tr)
}

/// Lays out and writes `model` as a PDF. The document's dates are the
/// as-of date, so the same request gives the same file.
pub fn render_model(
    model: &ReportContent,
    tr: &Translator,
    paper: Paper,
    as_of: chrono::NaiveDate,
) -> Result<Rendered> {
    write_pdf(model, tr, paper, as_of, false)
}

/// Lays out `model` once and writes the PDF, recording the SVG pages too
/// when `with_svg`.
fn write_pdf(
    model: &ReportContent,
    tr: &Translator,
    paper: Paper,
    as_of: chrono::NaiveDate,
    with_svg: bool,
) -> Result<Rendered> {
    let faces = fonts::faces()?;
    let mut doc = PdfDocument::new(&format!("{} – {}", model.title, model.header_left));
    let ids = [
        doc.add_font(&faces.regular.parsed),
        doc.add_font(&faces.bold.parsed),
    ];
    let geo = paper.geometry();
    let mut cv = Canvas::new(faces, ids, geo);
    if with_svg {
        cv = cv.with_preview();
    }
    pages::draw(&mut cv, model, tr);
    let svg = cv.take_svg().unwrap_or_default();
    let pages: Vec<PdfPage> = cv
        .into_pages()
        .into_iter()
        .map(|ops| PdfPage::new(Mm(geo.width), Mm(geo.height), ops))
        .collect();
    let count = pages.len();
    let info = &mut doc.metadata.info;
    info.author = model.header_left.clone();
    info.creator = "Leadledger".into();
    info.producer = "Leadledger (printpdf)".into();
    info.subject = model.header_right.clone();
    let stamp = as_of
        .and_hms_opt(0, 0, 0)
        .map_or(0, |t| t.and_utc().timestamp());
    if let Ok(date) = OffsetDateTime::from_unix_timestamp(stamp) {
        info.creation_date = date;
        info.modification_date = date;
        info.metadata_date = date;
    }
    doc.with_pages(pages);
    let mut warnings = Vec::new();
    let opts = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let pdf = doc.save(&opts, &mut warnings);
    // printpdf reports misuse (text outside a text section, a colour out of
    // range, a font it cannot embed) as error-level warnings; the drawing
    // code must never cause one.
    debug_assert!(
        !warnings
            .iter()
            .any(|w| w.severity == printpdf::PdfParseErrorSeverity::Error),
        "printpdf: {warnings:?}"
    );
    if pdf.is_empty() {
        return Err(Error::new(
            ErrorCode::Io,
            format!("the PDF could not be written: {warnings:?}"),
        ));
    }
    Ok(Rendered {
        pdf,
        pages: count,
        svg,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{format_count, format_money, format_pct};
    use chrono::NaiveDate;

    #[test]
    fn the_model_carries_the_engines_figures_in_the_readers_format() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let ds = crate::demo::generate(&crate::demo::DemoOptions {
            today,
            ..Default::default()
        });
        let req = Request {
            period: metrics::Period::year(2026, 1).unwrap(),
            as_of: today,
            model: metrics::AttributionModel::Linear,
        };
        let report = metrics::compute(&ds, &req);
        let c = &report.company;
        let tr = Translator::new("ru").unwrap();
        let model = build_model(&ds, &req, &tr);
        let total = format_money(c.total_revenue.unwrap(), "EUR", "ru");
        assert!(
            total.contains('\u{202F}') && total.ends_with("\u{A0}€"),
            "{total}"
        );
        let tiles = &model.cover.highlights;
        assert!(tiles.contains(&(tr.t("figure-total-revenue"), total)));
        assert!(tiles.contains(&(tr.t("figure-roi-pct"), format_pct(c.roi_pct.unwrap(), "ru"))));
        assert!(tiles.contains(&(tr.t("figure-leads"), format_count(c.leads.unwrap(), "ru"))));
        assert!(
            model.cover.year_to_date.is_some(),
            "the cover says year to date"
        );
        // The key-figures table lists every figure in the engine's order
        // but the call figures, which have their own part.
        let Some(Block::Table(summary)) = model.sections[0].blocks.get(1) else {
            panic!("the key figures come first");
        };
        assert_eq!(
            summary.rows.len(),
            metrics::FIGURES.len() - metrics::CALL_KEYS.len()
        );
        assert_eq!(
            summary.rows[0].cells[1],
            format_count(c.leads.unwrap(), "ru")
        );
        let pages = render_model(&model, &tr, Paper::A4, today).unwrap().pages;
        assert!(pages >= 7, "{pages} pages");
    }

    #[test]
    fn paper_sizes_parse() {
        assert_eq!(Paper::parse("A4").unwrap(), Paper::A4);
        assert_eq!(Paper::parse(" letter ").unwrap(), Paper::Letter);
        assert_eq!(
            Paper::parse("legal").unwrap_err().field.as_deref(),
            Some("paper")
        );
        assert!(Paper::Letter.geometry().height < Paper::A4.geometry().height);
    }
}
