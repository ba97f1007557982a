//! The data of the report's charts, taken from the engine's report: leads
//! per month this period and the two before (where those hold records),
//! ROI by channel (best first; channels without spend have none and are
//! named below the chart), and spend against revenue from marketing per
//! fiscal quarter.

use super::content::{
    channel_name, figure_key, AxisUnit, Block, Chart, ChartKind, Fmt, Section, Series,
};
use crate::metrics::{Period, Report, CHART_YEARS};
use crate::records::Dataset;
use chrono::Datelike;
use rust_decimal::Decimal;

/// "2026", or "2025/26" for a fiscal year across two calendar years.
fn year_label(p: &Period) -> String {
    if p.from.year() == p.to.year() {
        p.from.year().to_string()
    } else {
        format!("{}/{:02}", p.from.year(), p.to.year().rem_euclid(100))
    }
}

pub fn charts(f: &Fmt, ds: &Dataset, report: &Report) -> Section {
    let tr = f.tr;
    let empty = tr.t("chart-no-data");
    let has_data = !report.effective.is_empty();

    // Leads per month: this period and, where they hold records, the two before.
    let months: Vec<_> = report
        .monthly_leads
        .iter()
        .filter(|m| m.years_back == 0)
        .collect();
    let categories = months
        .iter()
        .map(|m| tr.t(&format!("period-month-{}", m.month.month())))
        .collect();
    let mut series = Vec::new();
    for k in 0..CHART_YEARS as u32 {
        let period = if k == 0 {
            Some(report.effective)
        } else {
            report
                .prior_periods
                .iter()
                .find(|p| p.years_back == k && p.has_records)
                .map(|p| p.period)
        };
        let Some(period) = period else { continue };
        let values: Vec<_> = (0..months.len())
            .map(|i| {
                report
                    .monthly_leads
                    .iter()
                    .filter(|m| m.years_back == k)
                    .nth(i)
                    .map(|m| Decimal::from(m.leads))
            })
            .collect();
        series.push(Series {
            label: year_label(&period),
            values,
        });
    }
    let leads = Chart {
        title: tr.t("chart-leads-title"),
        kind: ChartKind::Lines,
        categories,
        series: if has_data { series } else { Vec::new() },
        unit: AxisUnit::Count,
        value_labels: Vec::new(),
        empty_note: empty.clone(),
        notes: Vec::new(),
    };

    // ROI by channel, best first; channels with leads but no spend have none.
    let mut bars: Vec<_> = report
        .channels
        .iter()
        .filter(|c| c.figures.is_active())
        .filter_map(|c| c.figures.roi_pct.map(|r| (channel_name(tr, &c.name), r)))
        .collect();
    bars.sort_by_key(|b| std::cmp::Reverse(b.1));
    let undefined: Vec<String> = report
        .channels
        .iter()
        .filter(|c| c.figures.is_active() && c.figures.roi_pct.is_none())
        .map(|c| channel_name(tr, &c.name))
        .collect();
    let roi = Chart {
        title: tr.t("chart-roi-title"),
        kind: ChartKind::Bars,
        value_labels: bars.iter().map(|b| tr.pct(Some(b.1))).collect(),
        categories: bars.iter().map(|b| b.0.clone()).collect(),
        series: vec![Series {
            label: tr.t(&figure_key("roi_pct")),
            values: bars.iter().map(|b| Some(b.1)).collect(),
        }],
        unit: AxisUnit::Pct,
        empty_note: empty.clone(),
        notes: if undefined.is_empty() {
            Vec::new()
        } else {
            vec![tr.t_args(
                "chart-roi-undefined",
                &[("channels", undefined.join(", ").into())],
            )]
        },
    };

    // Spend against revenue from marketing per fiscal quarter of the period.
    let fsm = ds.settings.fiscal_year_start_month.clamp(1, 12);
    let quarters: Vec<_> = report
        .quarterly
        .iter()
        .filter(|q| q.years_back == 0)
        .collect();
    let quarter_no = |from: chrono::NaiveDate| ((from.month() + 12 - fsm) % 12) / 3 + 1;
    let money = Chart {
        title: tr.t("chart-money-title"),
        kind: ChartKind::Columns,
        categories: quarters
            .iter()
            .map(|q| {
                tr.t_args(
                    "period-quarter",
                    &[("number", quarter_no(q.period.from).to_string().into())],
                )
            })
            .collect(),
        series: if has_data {
            vec![
                Series {
                    label: tr.t(&figure_key("spend")),
                    values: quarters.iter().map(|q| Some(q.spend)).collect(),
                },
                Series {
                    label: tr.t(&figure_key("revenue")),
                    values: quarters.iter().map(|q| Some(q.revenue)).collect(),
                },
            ]
        } else {
            Vec::new()
        },
        unit: AxisUnit::Money(report.currency.clone()),
        value_labels: Vec::new(),
        empty_note: empty,
        notes: Vec::new(),
    };
    Section {
        title: tr.t("report-charts-title"),
        new_page: true,
        blocks: vec![Block::Chart(leads), Block::Chart(roi), Block::Chart(money)],
    }
}
