//! The report's funnel page and cohort page (issue 15): the same views as
//! the dashboard's, drawn as vector charts with their tables and the plain
//! words of what they mean. Every figure is the engine's, read by its key in
//! `shared/spec/metrics.md` ("The funnel", "Cohorts"); the cohort curves and
//! years come from `cohort_curve`, which the dashboard uses too.

use super::cohort_curve::{cohort_years_prepared, CohortYear};
use super::content::{
    col, covered, figure_key, row, AxisUnit, Block, Chart, ChartKind, Fmt, Section, Series,
};
use super::table::{Align, RowKind, Table};
use crate::i18n::names::source_name;
use crate::metrics::{fiscal_year_of, FigureKind, Prepared, Report};
use crate::records::Dataset;
use rust_decimal::Decimal;

/// How many sources the funnel page lists (most leads first): what fits
/// the page beside the company's row.
const FUNNEL_SOURCES: usize = 10;

/// The four stages of the funnel, as a lead passes them.
const STAGES: [&str; 4] = ["leads", "qualified_leads", "quoted_leads", "won_leads"];

/// A count with its share of the leads: "12 (40.0 %)".
fn with_share(f: &Fmt, v: Option<Decimal>, share: Option<Decimal>) -> String {
    match share {
        Some(_) => format!("{} ({})", f.tr.count(v), f.tr.pct(share)),
        None => f.tr.count(v),
    }
}

/// The funnel page: the company's and each source's leads, qualified,
/// quoted and won, as grouped columns and a table.
pub fn funnel(f: &Fmt, report: &Report) -> Section {
    let tr = f.tr;
    let mut sources: Vec<_> = report
        .sources
        .iter()
        .filter(|s| s.figures.leads.is_some_and(|l| l > Decimal::ZERO))
        .collect();
    sources.sort_by(|a, b| b.figures.leads.cmp(&a.figures.leads));
    sources.truncate(FUNNEL_SOURCES);
    let mut names = vec![tr.t("ui-funnel-all")];
    names.extend(sources.iter().map(|s| source_name(tr, &s.name)));
    let get = |i: usize, key: &str| match i {
        0 => report.company.get(key),
        _ => sources[i - 1].figures.get(key),
    };
    let has_data = report.company.leads.is_some_and(|l| l > Decimal::ZERO);
    let chart = Chart {
        title: tr.t("report-funnel-chart"),
        kind: ChartKind::Columns,
        categories: names.clone(),
        series: if has_data {
            STAGES
                .iter()
                .map(|key| Series {
                    label: tr.t(&figure_key(key)),
                    values: (0..names.len()).map(|i| get(i, key)).collect(),
                })
                .collect()
        } else {
            Vec::new()
        },
        unit: AxisUnit::Count,
        value_labels: Vec::new(),
        empty_note: tr.t("chart-no-data"),
        notes: Vec::new(),
    };
    let columns = vec![
        col(tr.t("ui-source"), 3.0, Align::Left),
        col(tr.t(&figure_key("leads")), 1.2, Align::Right),
        col(tr.t(&figure_key("qualified_leads")), 2.0, Align::Right),
        col(tr.t(&figure_key("quoted_leads")), 2.0, Align::Right),
        col(tr.t(&figure_key("won_leads")), 2.0, Align::Right),
        col(tr.t(&figure_key("quote_hit_rate_pct")), 1.6, Align::Right),
        col(tr.t(&figure_key("quoted_value")), 2.0, Align::Right),
    ];
    // The sources, then all of them as the total row.
    let rows = (1..names.len())
        .chain([0])
        .map(|i| {
            let cells = vec![
                names[i].clone(),
                tr.count(get(i, "leads")),
                with_share(f, get(i, "qualified_leads"), get(i, "qualified_pct")),
                with_share(f, get(i, "quoted_leads"), get(i, "quote_rate_pct")),
                with_share(f, get(i, "won_leads"), get(i, "lead_to_customer_pct")),
                tr.pct(get(i, "quote_hit_rate_pct")),
                f.money(get(i, "quoted_value")),
            ];
            row(
                cells,
                if i == 0 {
                    RowKind::Total
                } else {
                    RowKind::Normal
                },
            )
        })
        .collect();
    let c = &report.company;
    let facts = [
        ("quote_hit_rate_pct", FigureKind::Pct),
        ("quote_to_order_days", FigureKind::Days),
        ("quote_to_order_median_days", FigureKind::Days),
        ("cost_per_qualified_lead", FigureKind::Money),
    ]
    .iter()
    .map(|&(key, kind)| (tr.t(&figure_key(key)), f.value(kind, c.get(key))))
    .collect();
    Section {
        title: tr.t("report-funnel-title"),
        new_page: true,
        blocks: vec![
            Block::Paragraph(tr.t("report-funnel-intro")),
            Block::Chart(chart),
            Block::Table(Table { columns, rows }),
            Block::Facts(facts),
        ],
    }
}

/// The cohort page: each of the last six years' leads, their revenue so far
/// against the year's spend, as curves by months since the year began and
/// a table; this year's maturity and expected revenue and ROI beside them.
pub fn cohorts(f: &Fmt, ds: &Dataset, prepared: &Prepared, report: &Report) -> Section {
    let tr = f.tr;
    let anchor = covered(report).to;
    let fy = fiscal_year_of(anchor, ds.settings.fiscal_year_start_month)
        .unwrap_or_else(|_| chrono::Datelike::year(&anchor));
    let years = cohort_years_prepared(ds, prepared, fy, report.as_of, report.model);
    // A year without leads (before the records begin) has no curve to draw;
    // its row stays in the table.
    let drawn: Vec<&CohortYear> = years
        .iter()
        .filter(|y| y.figures.leads.is_some_and(|l| l > Decimal::ZERO))
        .collect();
    // The curves at each quarter's end (a young year's last point at its
    // last month): six years of months would not leave room for a label.
    let quarters = drawn
        .iter()
        .map(|y| y.curve.len().div_ceil(3))
        .max()
        .unwrap_or(0);
    let at_quarter = |y: &CohortYear, q: usize| {
        (3 * q < y.curve.len()).then(|| y.curve[(3 * q + 2).min(y.curve.len() - 1)])
    };
    let has_data = years
        .iter()
        .any(|y| y.curve.last().is_some_and(|v| !v.is_zero()));
    let chart = Chart {
        title: tr.t("report-cohort-chart"),
        kind: ChartKind::Lines,
        // Months since the year began, labelled once a year.
        categories: (1..=quarters)
            .map(|q| {
                if q % 4 == 0 {
                    (3 * q).to_string()
                } else {
                    String::new()
                }
            })
            .collect(),
        // The newest year first, in the accent colour, as in the leads chart.
        series: if has_data {
            drawn
                .iter()
                .rev()
                .map(|y| Series {
                    label: y.year.to_string(),
                    values: (0..quarters).map(|q| at_quarter(y, q)).collect(),
                })
                .collect()
        } else {
            Vec::new()
        },
        unit: AxisUnit::Money(report.currency.clone()),
        value_labels: Vec::new(),
        empty_note: tr.t("chart-no-data"),
        notes: vec![tr.t("ui-cohort-months")],
    };
    let columns = vec![
        col(tr.t("ui-cohort-year"), 1.6, Align::Left),
        col(tr.t(&figure_key("leads")), 1.4, Align::Right),
        col(tr.t(&figure_key("spend")), 2.2, Align::Right),
        col(tr.t(&figure_key("cohort_revenue")), 2.6, Align::Right),
        col(tr.t(&figure_key("cohort_roi_pct")), 2.0, Align::Right),
    ];
    let rows = years
        .iter()
        .rev()
        .map(|y: &CohortYear| {
            let c = &y.figures;
            row(
                vec![
                    y.year.to_string(),
                    tr.count(c.leads),
                    f.money(c.spend),
                    f.money(c.get("cohort_revenue")),
                    tr.pct(c.get("cohort_roi_pct")),
                ],
                RowKind::Normal,
            )
        })
        .collect();
    let current = years.last().filter(|y| y.year == fy).map(|y| &y.figures);
    let get = |k: &str| current.and_then(|c| c.get(k));
    let expected = match (get("cohort_expected_revenue"), get("cohort_maturity_pct")) {
        (Some(revenue), Some(maturity)) => Block::Paragraph(tr.t_args(
            "ui-cohort-expected",
            &[
                ("revenue", f.money(Some(revenue)).into()),
                ("roi", tr.pct(get("cohort_expected_roi_pct")).into()),
                ("maturity", tr.pct(Some(maturity)).into()),
            ],
        )),
        _ => Block::Note(tr.t("ui-cohort-unknown")),
    };
    Section {
        title: tr.t("report-cohort-title"),
        new_page: true,
        blocks: vec![
            Block::Paragraph(tr.t("report-cohort-intro")),
            Block::Chart(chart),
            Block::Table(Table { columns, rows }),
            expected,
        ],
    }
}
