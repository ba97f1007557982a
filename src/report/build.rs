//! Building the [`ReportContent`]: the cover, the key figures and, from
//! `sections` and `chart_data`, every other section, in the reader's
//! language.

use super::content::{
    col, covered, figure_key, model_key, row, Block, Cover, Fmt, ReportContent, Section,
};
use super::sections;
use super::table::{Align, RowKind, Table};
use crate::i18n::Translator;
use crate::metrics::{FigureKind, ModelComparison, Prepared, Report, CALL_KEYS, FIGURES};
use crate::records::Dataset;

impl ReportContent {
    /// Builds the model of `report` (and the model comparison of the same
    /// request) in the language of `tr`.
    pub fn build(
        ds: &Dataset,
        prepared: &Prepared,
        report: &Report,
        comparison: &ModelComparison,
        tr: &Translator,
    ) -> ReportContent {
        let f = Fmt {
            tr,
            currency: &report.currency,
        };
        let title = tr.t("report-title");
        let company = if ds.settings.company_name.trim().is_empty() {
            tr.t("report-unnamed-company")
        } else {
            ds.settings.company_name.trim().to_string()
        };
        let mut sections = vec![summary(&f, report)];
        sections.extend(sections::by_channel_and_source(&f, report));
        sections.push(super::chart_data::charts(&f, ds, report));
        sections.push(super::funnel_pages::funnel(&f, report));
        sections.push(super::funnel_pages::cohorts(&f, ds, prepared, report));
        sections.push(sections::models(&f, comparison));
        // The calls part closes the data-quality section: how many callers
        // were asked is a question of the same data's completeness.
        let mut quality = sections::quality(&f, report);
        quality.blocks.extend(super::calls::blocks(&f, ds, report));
        sections.push(quality);
        sections.push(sections::definitions(&f, ds));
        ReportContent {
            lang: tr.lang(),
            currency: report.currency.clone(),
            header_left: company.clone(),
            header_right: format!("{title} · {}", f.period(&covered(report))),
            footer: tr.t_args(
                "report-footer-made",
                &[("date", tr.date(report.as_of).into())],
            ),
            cover: cover(&f, report, company, title.clone()),
            title,
            sections,
        }
    }
}

fn cover(f: &Fmt, report: &Report, company: String, title: String) -> Cover {
    let tr = f.tr;
    let mut model_text = tr.t(&model_key(report.model));
    let mut notes = Vec::new();
    if let Some(fallback) = report.fallback_model {
        model_text = format!("{model_text} → {}", tr.t(&model_key(fallback)));
        notes.push(tr.t("model-fallback"));
    }
    let symbol = crate::i18n::currency_symbol(&report.currency, tr.lang());
    let currency = if symbol == report.currency {
        report.currency.clone()
    } else {
        format!("{} ({symbol})", report.currency)
    };
    let facts = vec![
        (tr.t("report-cover-period"), f.period(&report.period)),
        (tr.t("report-cover-as-of"), tr.date(report.as_of)),
        (tr.t("report-cover-model"), model_text),
        (tr.t("report-cover-currency"), currency),
    ];
    let year_to_date = (report.year_to_date && !report.effective.is_empty()).then(|| {
        let prev = report
            .prior_periods
            .first()
            .map_or(report.effective, |p| p.period);
        // A whole year cut at the as-of date is a year to date; a quarter or
        // a month so cut is only "to date".
        let (badge, text) = if report.period.is_full_year() {
            ("report-cover-ytd", "report-cover-ytd-note")
        } else {
            ("report-cover-ptd", "report-cover-ptd-note")
        };
        let note = tr.t_args(
            text,
            &[
                ("from", tr.date(report.effective.from).into()),
                ("to", tr.date(report.effective.to).into()),
                ("prevfrom", tr.date(prev.from).into()),
                ("prevto", tr.date(prev.to).into()),
            ],
        );
        (tr.t(badge), note)
    });
    let c = &report.company;
    let highlights = [
        ("leads", FigureKind::Count, c.leads),
        ("spend", FigureKind::Money, c.spend),
        ("cpl", FigureKind::Money, c.cpl),
        ("revenue", FigureKind::Money, c.revenue),
        ("total_revenue", FigureKind::Money, c.total_revenue),
        ("roi_pct", FigureKind::Pct, c.roi_pct),
    ]
    .iter()
    .map(|&(key, kind, v)| (tr.t(&figure_key(key)), f.value(kind, v)))
    .collect();
    Cover {
        title,
        subtitle: tr.t("report-subtitle"),
        company,
        facts,
        year_to_date,
        notes,
        highlights_title: tr.t("report-cover-highlights"),
        highlights,
    }
}

/// Key figures: every company figure against last year and the expected
/// range, in the engine's order.
fn summary(f: &Fmt, report: &Report) -> Section {
    let tr = f.tr;
    let columns = vec![
        col(tr.t("report-col-figure"), 3.2, Align::Left),
        col(tr.t("report-col-value"), 1.9, Align::Right),
        col(tr.t("report-col-prev"), 1.9, Align::Right),
        col(tr.t("report-col-change"), 1.3, Align::Right),
        col(tr.t("report-col-expected"), 3.0, Align::Right),
        col(tr.t("report-col-status"), 1.6, Align::Left),
    ];
    // The call figures have their own part of the data-quality section,
    // with what they mean, so the key figures table leaves them out.
    let rows = FIGURES
        .iter()
        .filter(|info| !CALL_KEYS.contains(&info.key))
        .map(|info| {
            let b = report.benchmarks.iter().find(|b| b.key == info.key);
            let value = report.company.get(info.key);
            let cells = match b {
                Some(b) => vec![
                    tr.t(&figure_key(info.key)),
                    f.value(info.kind, value),
                    f.value(info.kind, b.prev),
                    f.change(info.kind, b),
                    f.range(info.kind, b),
                    b.status
                        .map_or_else(|| tr.na(), |s| tr.t(&format!("status-{}", s.as_str()))),
                ],
                None => {
                    let mut cells = vec![tr.t(&figure_key(info.key)), f.value(info.kind, value)];
                    cells.extend(std::iter::repeat_n(tr.na(), 4));
                    cells
                }
            };
            row(cells, RowKind::Normal)
        })
        .collect();
    let mut blocks = vec![Block::Paragraph(tr.t_args(
        "report-summary-intro",
        &[("period", f.period(&covered(report)).into())],
    ))];
    blocks.push(Block::Table(Table { columns, rows }));
    Section {
        title: tr.t("report-summary-title"),
        new_page: true,
        blocks,
    }
}
