//! The report's sections after the key figures: by channel and by source,
//! the attribution models compared, data quality and warnings, and the
//! definitions (the charts' data is in `chart_data`). Like `model`, this
//! only selects and formats the engine's numbers.

use super::content::{
    channel_name, col, count_args, covered, figure_key, model_key, row, Block, Fmt, Section,
};
use super::table::{Align, RowKind, Table};
use crate::metrics::{FigureKind, ModelComparison, Report, ScopeFigures, CALL_KEYS, FIGURES};
use crate::records::Dataset;
use rust_decimal::Decimal;

/// The five figures of the channel and source tables.
fn figure_cells(f: &Fmt, s: &ScopeFigures) -> Vec<String> {
    vec![
        f.tr.count(s.leads),
        f.money(s.spend),
        f.money(s.revenue),
        f.tr.pct(s.roi_pct),
        f.money(s.cpl),
    ]
}

fn figure_columns(f: &Fmt) -> Vec<super::table::Column> {
    let t = |k: &str| f.tr.t(&figure_key(k));
    vec![
        col(t("leads"), 1.0, Align::Right),
        col(t("spend"), 1.7, Align::Right),
        col(t("revenue"), 1.7, Align::Right),
        col(t("roi_pct"), 1.2, Align::Right),
        col(t("cpl"), 1.4, Align::Right),
    ]
}

/// The rows after the listed scopes: spend booked to no listed scope (when
/// there is any), then the company total.
fn closing_rows(
    f: &Fmt,
    report: &Report,
    listed_spend: Decimal,
    label_cells: usize,
) -> Vec<super::table::Row> {
    let c = &report.company;
    let mut rows = Vec::new();
    let rest = c.spend.unwrap_or_default() - listed_spend;
    let pad = |first: String| {
        let mut cells = vec![first];
        cells.extend(std::iter::repeat_n(String::new(), label_cells - 1));
        cells
    };
    if !rest.is_zero() {
        let mut cells = pad(f.tr.t("report-row-general-spend"));
        cells.extend([
            String::new(),
            f.money(Some(rest)),
            String::new(),
            String::new(),
            String::new(),
        ]);
        rows.push(row(cells, RowKind::Muted));
    }
    let mut cells = pad(f.tr.t("report-row-total"));
    cells.extend([
        f.tr.count(c.leads),
        f.money(c.spend),
        f.money(c.revenue),
        f.tr.pct(c.roi_pct),
        f.money(c.cpl),
    ]);
    rows.push(row(cells, RowKind::Total));
    rows
}

pub fn by_channel_and_source(f: &Fmt, report: &Report) -> Vec<Section> {
    let tr = f.tr;
    let model = tr.t(&model_key(report.fallback_model.unwrap_or(report.model)));
    let mut channel_blocks = vec![Block::Paragraph(
        tr.t_args("report-channels-intro", &[("model", model.into())]),
    )];
    let shown: Vec<_> = report
        .channels
        .iter()
        .filter(|c| c.figures.is_active())
        .collect();
    let mut columns = vec![col(tr.t("report-col-channel"), 3.0, Align::Left)];
    columns.extend(figure_columns(f));
    let mut rows: Vec<_> = shown
        .iter()
        .map(|c| {
            row(
                [vec![channel_name(tr, &c.name)], figure_cells(f, &c.figures)].concat(),
                RowKind::Normal,
            )
        })
        .collect();
    let listed: Decimal = shown.iter().filter_map(|c| c.figures.spend).sum();
    rows.extend(closing_rows(f, report, listed, 1));
    // The note on hidden rows goes above the table, where it cannot end up
    // alone on a page after a long table.
    let hidden = report.channels.len() - shown.len();
    if hidden > 0 {
        channel_blocks.push(Block::Note(
            tr.t_args("report-inactive-channels", &count_args(tr, hidden)),
        ));
    }
    channel_blocks.push(Block::Table(Table { columns, rows }));

    let shown: Vec<_> = report
        .sources
        .iter()
        .filter(|s| s.figures.is_active())
        .collect();
    let mut columns = vec![
        col(tr.t("report-col-source"), 2.6, Align::Left),
        col(tr.t("report-col-channel"), 1.9, Align::Left),
    ];
    columns.extend(figure_columns(f));
    let mut rows: Vec<_> = shown
        .iter()
        .map(|s| {
            let channel = s
                .channel
                .as_deref()
                .map(|c| channel_name(tr, c))
                .unwrap_or_default();
            row(
                [
                    vec![super::content::source_name(tr, &s.name), channel],
                    figure_cells(f, &s.figures),
                ]
                .concat(),
                RowKind::Normal,
            )
        })
        .collect();
    let listed: Decimal = shown.iter().filter_map(|s| s.figures.spend).sum();
    rows.extend(closing_rows(f, report, listed, 2));
    let mut source_blocks = Vec::new();
    let hidden = report.sources.len() - shown.len();
    if hidden > 0 {
        source_blocks.push(Block::Note(
            tr.t_args("report-inactive-sources", &count_args(tr, hidden)),
        ));
    }
    source_blocks.push(Block::Table(Table { columns, rows }));
    vec![
        Section {
            title: tr.t("report-channels-title"),
            new_page: true,
            blocks: channel_blocks,
        },
        Section {
            title: tr.t("report-sources-title"),
            new_page: false,
            blocks: source_blocks,
        },
    ]
}

/// Leads and revenue of every active channel under all six models.
pub fn models(f: &Fmt, cmp: &ModelComparison) -> Section {
    let tr = f.tr;
    let mut blocks = vec![Block::Paragraph(tr.t("report-models-intro"))];
    if cmp.data_driven_fallback {
        blocks.push(Block::Note(tr.t("model-fallback")));
    }
    let shown: Vec<_> = cmp
        .channels
        .iter()
        .filter(|c| c.by_model.iter().any(ScopeFigures::is_active))
        .collect();
    for (title, key, kind) in [
        ("report-models-leads", "leads", FigureKind::Count),
        ("report-models-revenue", "revenue", FigureKind::Money),
    ] {
        let mut columns = vec![col(tr.t("report-col-channel"), 2.2, Align::Left)];
        columns.extend(
            cmp.models
                .iter()
                .map(|m| col(tr.t(&model_key(*m)), 1.5, Align::Right)),
        );
        let mut rows: Vec<_> = shown
            .iter()
            .map(|c| {
                let mut cells = vec![channel_name(tr, &c.name)];
                cells.extend(c.by_model.iter().map(|s| f.value(kind, s.get(key))));
                row(cells, RowKind::Normal)
            })
            .collect();
        let mut total = vec![tr.t("report-row-total")];
        total.extend(
            (0..cmp.models.len())
                .map(|m| f.value(kind, cmp.company.get(m).and_then(|c| c.get(key)))),
        );
        rows.push(row(total, RowKind::Total));
        blocks.push(Block::Subheading(tr.t(title)));
        blocks.push(Block::Table(Table { columns, rows }));
    }
    Section {
        title: tr.t("report-models-title"),
        new_page: true,
        blocks,
    }
}

/// Data quality: the untracked share, the warnings in words, and the
/// sources whose figures rest on a small sample.
pub fn quality(f: &Fmt, report: &Report) -> Section {
    let tr = f.tr;
    let active_sources = report
        .sources
        .iter()
        .filter(|s| s.figures.is_active())
        .count();
    let mut blocks = vec![
        Block::Paragraph(tr.t("report-quality-intro")),
        Block::Facts(vec![
            (
                tr.t("report-quality-records"),
                tr.count(report.company.leads),
            ),
            (
                tr.t(&figure_key("unknown_source_pct")),
                tr.pct(report.company.unknown_source_pct),
            ),
            (
                tr.t("report-quality-sources"),
                crate::i18n::format_number(Decimal::from(active_sources), 0, tr.lang()),
            ),
        ]),
        Block::Subheading(tr.t("report-quality-warnings")),
    ];
    let mut bullets = Vec::new();
    let mut small = Vec::new();
    for w in &report.warnings {
        let text = match w.key {
            "empty_period" => tr.t_args(
                "warning-empty-period",
                &[
                    ("from", tr.date(report.period.from).into()),
                    ("to", tr.date(report.period.to).into()),
                    ("asof", tr.date(report.as_of).into()),
                ],
            ),
            "unresolved_source" => tr.t("warning-unresolved-source"),
            "data_driven_fallback" => tr.t("warning-data-driven-fallback"),
            "unknown_source_high" => tr.t_args(
                "warning-unknown-source-high",
                &[("pct", tr.pct(report.company.unknown_source_pct).into())],
            ),
            "prior_year_missing" => {
                let p = report
                    .prior_periods
                    .first()
                    .map_or(covered(report), |p| p.period);
                tr.t_args(
                    "warning-prior-year-missing",
                    &[
                        ("from", tr.date(p.from).into()),
                        ("to", tr.date(p.to).into()),
                    ],
                )
            }
            "small_sample" => {
                if let Some(s) = w
                    .source
                    .as_ref()
                    .and_then(|name| report.sources.iter().find(|s| &s.name == name))
                {
                    small.push(s);
                }
                continue;
            }
            // A warning this version does not know yet keeps its English text.
            _ => w.message.clone(),
        };
        bullets.push(text);
    }
    if !small.is_empty() {
        bullets.push(tr.t("warning-small-sample"));
    }
    if bullets.is_empty() {
        bullets.push(tr.t("warning-none"));
    }
    blocks.push(Block::Bullets(bullets));
    if !small.is_empty() {
        blocks.push(Block::Subheading(tr.t("report-quality-small-sample")));
        let columns = vec![
            col(tr.t("report-col-source"), 3.0, Align::Left),
            col(tr.t("report-col-channel"), 2.2, Align::Left),
            col(tr.t(&figure_key("leads")), 1.0, Align::Right),
            col(tr.t(&figure_key("won_deals")), 1.2, Align::Right),
        ];
        let rows = small
            .iter()
            .map(|s| {
                let channel = s
                    .channel
                    .as_deref()
                    .map(|c| channel_name(tr, c))
                    .unwrap_or_default();
                row(
                    vec![
                        super::content::source_name(tr, &s.name),
                        channel,
                        tr.count(s.figures.leads),
                        tr.count(s.figures.won_deals),
                    ],
                    RowKind::Normal,
                )
            })
            .collect();
        blocks.push(Block::Table(Table { columns, rows }));
    }
    Section {
        title: tr.t("report-quality-title"),
        new_page: true,
        blocks,
    }
}

/// Every figure and every model in plain words, from the translation files.
pub fn definitions(f: &Fmt, ds: &Dataset) -> Section {
    let tr = f.tr;
    let mut blocks = vec![
        Block::Paragraph(tr.t("report-definitions-intro")),
        Block::Subheading(tr.t("report-definitions-figures")),
    ];
    // The call figures are defined where they are shown: only a company
    // that keeps a call log has the section that shows them.
    let shown = FIGURES
        .iter()
        .filter(|f| !ds.calls.is_empty() || !CALL_KEYS.contains(&f.key));
    for info in shown {
        let key = figure_key(info.key);
        blocks.push(Block::Definition {
            term: tr.t(&key),
            text: tr.t(&format!("{key}-definition")),
        });
    }
    blocks.push(Block::Subheading(tr.t("report-definitions-models")));
    // The half-life as shown, and as the number that chooses "day" or "days".
    let half_life = ds.settings.half_life_days;
    let days = tr.count(Some(half_life));
    for m in crate::metrics::AttributionModel::ALL {
        let key = model_key(*m);
        blocks.push(Block::Definition {
            term: tr.t(&key),
            text: tr.t_args(
                &format!("{key}-definition"),
                &[
                    ("days", days.clone().into()),
                    ("count", crate::i18n::Arg::Quantity(half_life)),
                ],
            ),
        });
    }
    Section {
        title: tr.t("report-definitions-title"),
        new_page: true,
        blocks,
    }
}
