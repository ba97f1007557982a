//! The report model: everything the PDF shows, as finished text in the
//! reader's language, built from the metrics engine's [`Report`] and
//! [`ModelComparison`]. No figure is computed here except two presentation
//! sums the tables need (spend not booked to a source = company spend − the
//! rows' spend); every other number is the engine's, formatted by `i18n`.
//! The drawing code (`pages`, `charts`) only lays out what this holds.

use super::layout::{Align, Column, Row, RowKind, Table};
use super::sections;
use crate::i18n::{format_pct, Arg, Translator};
use crate::metrics::{Benchmark, FigureKind, Model, ModelComparison, Period, Report, FIGURES};
use crate::model::Dataset;
use rust_decimal::{Decimal, RoundingStrategy};

/// A series of values for a chart, one per category (`None`: no value).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub label: String,
    pub values: Vec<Option<Decimal>>,
}

/// How a chart's axis labels are written.
#[derive(Debug, Clone, PartialEq)]
pub enum AxisUnit {
    Count,
    Pct,
    Money(String),
}

/// A vector chart: lines or columns over categories, or horizontal bars.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub title: String,
    pub kind: ChartKind,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    pub unit: AxisUnit,
    /// Value labels for horizontal bars, one per category.
    pub value_labels: Vec<String>,
    /// Shown instead of the chart when it has nothing to draw.
    pub empty_note: String,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// One line per series across the categories.
    Lines,
    /// Grouped vertical columns.
    Columns,
    /// One horizontal bar per category (first series).
    Bars,
}

/// One piece of a section, drawn in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(String),
    /// A small, muted remark.
    Note(String),
    Subheading(String),
    Facts(Vec<(String, String)>),
    Bullets(Vec<String>),
    Table(Table),
    Definition {
        term: String,
        text: String,
    },
    Chart(Chart),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub title: String,
    /// Start on a new page (else continue below the previous section).
    pub new_page: bool,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cover {
    pub title: String,
    pub subtitle: String,
    pub company: String,
    pub facts: Vec<(String, String)>,
    /// "Year to date" and the sentence that explains the comparison.
    pub year_to_date: Option<(String, String)>,
    pub notes: Vec<String>,
    pub highlights_title: String,
    pub highlights: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReportModel {
    pub lang: &'static str,
    pub currency: String,
    /// Document title (PDF metadata and running header).
    pub title: String,
    pub header_left: String,
    pub header_right: String,
    pub footer: String,
    pub cover: Cover,
    pub sections: Vec<Section>,
}

/// The translation key of a figure's name: `roi_pct` → `figure-roi-pct`.
pub fn figure_key(key: &str) -> String {
    format!("figure-{}", key.replace('_', "-"))
}

pub fn model_key(model: Model) -> String {
    format!("model-{}", model.as_str().replace('_', "-"))
}

/// Formats figures for one report: the translator plus the currency.
pub struct Fmt<'a> {
    pub tr: &'a Translator,
    pub currency: &'a str,
}

impl Fmt<'_> {
    /// A figure of `kind` as the PDF shows it; undefined is "n/a".
    pub fn value(&self, kind: FigureKind, v: Option<Decimal>) -> String {
        match kind {
            FigureKind::Money => self.tr.money(v, self.currency),
            FigureKind::Pct => self.tr.pct(v),
            FigureKind::Count => self.tr.count(v),
            FigureKind::Ratio => self.tr.number(v, 2),
            FigureKind::Days => match v {
                Some(d) => self.tr.t_args(
                    "common-days",
                    &[("value", self.tr.number(Some(d), 1).into())],
                ),
                None => self.tr.na(),
            },
        }
    }

    pub fn money(&self, v: Option<Decimal>) -> String {
        self.tr.money(v, self.currency)
    }

    /// `text` with a "+" in front when `v` rounds to a positive number.
    fn signed(&self, v: Decimal, decimals: u32, text: String) -> String {
        if v.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
            > Decimal::ZERO
        {
            format!("+{text}")
        } else {
            text
        }
    }

    /// The change against last year: percentage points for a percentage,
    /// else the relative change (or the absolute one when last year was 0).
    pub fn change(&self, kind: FigureKind, b: &Benchmark) -> String {
        match (kind, b.delta, b.delta_pct) {
            (FigureKind::Pct, Some(d), _) => {
                let text = self.signed(d, 1, self.tr.number(Some(d), 1));
                self.tr
                    .t_args("report-change-points", &[("value", text.into())])
            }
            (_, _, Some(p)) => self.signed(p, 1, format_pct(p, self.tr.lang())),
            (_, Some(d), None) => self.signed(d, 2, self.value(kind, Some(d))),
            _ => self.tr.na(),
        }
    }

    /// "low – high" of the expected band.
    pub fn range(&self, kind: FigureKind, b: &Benchmark) -> String {
        match (b.expected, b.band) {
            (Some(e), Some(w)) => self.tr.t_args(
                "period-range",
                &[
                    ("from", self.value(kind, e.checked_sub(w)).into()),
                    ("to", self.value(kind, e.checked_add(w)).into()),
                ],
            ),
            _ => self.tr.na(),
        }
    }

    pub fn period(&self, p: &Period) -> String {
        self.tr.t_args(
            "period-range",
            &[
                ("from", self.tr.date(p.from).into()),
                ("to", self.tr.date(p.to).into()),
            ],
        )
    }
}

pub use crate::i18n::names::{channel_name, source_name};

pub(crate) fn col(title: String, width: f32, align: Align) -> Column {
    Column {
        title,
        width,
        align,
    }
}

pub(crate) fn row(cells: Vec<String>, kind: RowKind) -> Row {
    Row { cells, kind }
}

impl ReportModel {
    /// Builds the model of `report` (and the model comparison of the same
    /// request) in the language of `tr`.
    pub fn build(
        ds: &Dataset,
        report: &Report,
        comparison: &ModelComparison,
        tr: &Translator,
    ) -> ReportModel {
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
        sections.push(sections::models(&f, comparison));
        sections.push(sections::quality(&f, report));
        sections.push(sections::definitions(&f, ds));
        ReportModel {
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
    let rows = FIGURES
        .iter()
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

/// The period the figures cover: the effective one unless it is empty.
pub(crate) fn covered(report: &Report) -> Period {
    if report.effective.is_empty() {
        report.period
    } else {
        report.effective
    }
}

/// Counts as `Arg`s for a plural message: the number and its display text.
pub(crate) fn count_args(tr: &Translator, n: usize) -> [(&'static str, Arg); 2] {
    [
        ("count", n.into()),
        (
            "shown",
            crate::i18n::format_number(Decimal::from(n), 0, tr.lang()).into(),
        ),
    ]
}
