//! The report model: everything the PDF shows, as finished text in the
//! reader's language, built from the metrics engine's [`Report`] and
//! [`ModelComparison`](crate::metrics::ModelComparison). No figure is computed here except two presentation
//! sums the tables need (spend not booked to a source = company spend − the
//! rows' spend); every other number is the engine's, formatted by `i18n`.
//! It is built in `build` (with `sections` and `chart_data`); the drawing
//! code (`pages`, `charts`) only lays out what this holds.

use super::table::{Align, Column, Row, RowKind, Table};
use crate::i18n::{format_pct, Arg, Translator};
use crate::metrics::{AttributionModel, Benchmark, FigureKind, Period, Report};
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
pub struct ReportContent {
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

pub fn model_key(model: AttributionModel) -> String {
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
