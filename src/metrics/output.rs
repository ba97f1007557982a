//! Presentation of a report: the JSON of the command line and the API, and a
//! plain-text table for the terminal. This is the only place that rounds.
//!
//! JSON: money, percentages, ratios and days as strings with exactly two
//! decimals; counts (fractional under attribution) with up to four decimals,
//! trailing zeros trimmed; undefined figures as `null`. The terminal shows
//! percentages to one decimal, as the screen and the PDF do, and "n/a" for
//! undefined figures. Rounding is always half away from zero.

use super::activity::ActivityFigures;
use super::benchmark::Benchmark;
use super::figures::{figure_info, FigureKind, ScopeFigures, FIGURES, SCOPE_KEYS};
pub use super::format::{format_display, format_value};
use super::report::Report;
use serde_json::{json, Map, Value};

fn kind_of(key: &str) -> FigureKind {
    figure_info(key).map_or(FigureKind::Ratio, |f| f.kind)
}

fn string_or_null(s: Option<String>) -> Value {
    s.map_or(Value::Null, Value::String)
}

fn scope_object(
    head: Vec<(&str, Value)>,
    figures: &ScopeFigures,
    activity: &[ActivityFigures],
) -> Value {
    let mut obj = Map::new();
    for (k, v) in head {
        obj.insert(k.into(), v);
    }
    for &key in SCOPE_KEYS {
        obj.insert(
            key.into(),
            string_or_null(format_value(figures.get(key), kind_of(key))),
        );
    }
    insert_activity(&mut obj, activity);
    Value::Object(obj)
}

/// The flat activity keys of a scope: `activity.<m>` a count,
/// `cost_per.<m>` money, `to_lead_pct.<m>` a percentage.
fn insert_activity(obj: &mut Map<String, Value>, activity: &[ActivityFigures]) {
    for a in activity {
        let kinds = [FigureKind::Count, FigureKind::Money, FigureKind::Pct];
        for (key, kind) in ActivityFigures::keys(&a.metric).into_iter().zip(kinds) {
            let v = a.get(&key).flatten();
            obj.insert(key, string_or_null(format_value(v, kind)));
        }
    }
}

fn benchmark_object(b: &Benchmark) -> Value {
    let kind = kind_of(b.key);
    let f = |v| string_or_null(format_value(v, kind));
    json!({
        "value": f(b.value),
        "prev": f(b.prev),
        "delta": f(b.delta),
        "delta_pct": string_or_null(format_value(b.delta_pct, FigureKind::Pct)),
        "expected": f(b.expected),
        "band": f(b.band),
        "status": b.status.map_or(Value::Null, |s| Value::String(s.as_str().into())),
    })
}

/// The report in the JSON shape of the command line (see the module doc).
pub fn to_json(report: &Report) -> Value {
    let mut company = Map::new();
    for f in FIGURES {
        company.insert(
            f.key.into(),
            string_or_null(format_value(report.company.get(f.key), f.kind)),
        );
    }
    insert_activity(&mut company, &report.company_activity);
    let channels: Vec<Value> = report
        .channels
        .iter()
        .map(|c| {
            scope_object(
                vec![
                    ("name", json!(c.name)),
                    ("direction", json!(c.direction.as_str())),
                ],
                &c.figures,
                &c.activity,
            )
        })
        .collect();
    let sources: Vec<Value> = report
        .sources
        .iter()
        .map(|s| {
            scope_object(
                vec![("name", json!(s.name)), ("channel", json!(s.channel))],
                &s.figures,
                &s.activity,
            )
        })
        .collect();
    let campaigns: Vec<Value> = report
        .campaigns
        .iter()
        .map(|c| scope_object(vec![("name", json!(c.name))], &c.figures, &[]))
        .collect();
    let mut benchmarks = Map::new();
    for b in &report.benchmarks {
        benchmarks.insert(b.key.into(), benchmark_object(b));
    }
    for (key, b) in &report.activity_benchmarks {
        benchmarks.insert(key.clone(), benchmark_object(b));
    }
    let mut source_benchmarks = Map::new();
    for s in &report.source_benchmarks {
        let mut per = Map::new();
        for b in &s.benchmarks {
            per.insert(b.key.into(), benchmark_object(b));
        }
        source_benchmarks.insert(s.source.clone(), Value::Object(per));
    }
    let mut out = Map::new();
    out.insert(
        "period".into(),
        json!({
            "from": report.period.from.to_string(),
            "to": report.period.to.to_string(),
            "as_of": report.as_of.to_string(),
        }),
    );
    out.insert("model".into(), json!(report.model.as_str()));
    if let Some(m) = report.fallback_model {
        out.insert("fallback_model".into(), json!(m.as_str()));
    }
    out.insert("company".into(), Value::Object(company));
    out.insert("channels".into(), Value::Array(channels));
    out.insert("sources".into(), Value::Array(sources));
    out.insert("campaigns".into(), Value::Array(campaigns));
    out.insert("benchmarks".into(), Value::Object(benchmarks));
    out.insert("source_benchmarks".into(), Value::Object(source_benchmarks));
    out.insert(
        "warnings".into(),
        report.warnings.iter().map(|w| json!(w.message)).collect(),
    );
    Value::Object(out)
}

/// Lays out rows as columns: the first `left` columns left-aligned, the
/// rest right-aligned, two spaces apart, with a rule under the header.
fn table(rows: &[Vec<String>], left: usize) -> String {
    let columns = rows.first().map_or(0, |r| r.len());
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, cell)| {
                let pad = " ".repeat(widths[c] - cell.chars().count());
                if c < left {
                    format!("{cell}{pad}")
                } else {
                    format!("{pad}{cell}")
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
        if i == 0 {
            out.push_str(&"-".repeat(widths.iter().sum::<usize>() + 2 * columns.saturating_sub(1)));
            out.push('\n');
        }
    }
    out
}

/// The scope columns the terminal shows (the JSON has them all).
const TABLE_KEYS: &[(&str, &str)] = &[
    ("leads", "Leads"),
    ("spend", "Spend"),
    ("revenue", "Revenue"),
    ("roi_pct", "ROI %"),
    ("cpl", "CPL"),
    ("won_deals", "Won"),
    ("deal_conversion_pct", "Conv. %"),
    ("new_customers", "New cust."),
    ("cac", "CAC"),
];

fn scope_rows(
    first: &[&str],
    rows: Vec<(Vec<String>, &ScopeFigures)>,
    seen: Seen,
) -> Vec<Vec<String>> {
    let keys: Vec<&(&str, &str)> = TABLE_KEYS.iter().filter(|(k, _)| seen(k)).collect();
    let mut header: Vec<String> = first.iter().map(|s| s.to_string()).collect();
    header.extend(keys.iter().map(|(_, label)| label.to_string()));
    let mut out = vec![header];
    for (mut cells, figures) in rows {
        cells.extend(
            keys.iter()
                .map(|(key, _)| format_display(figures.get(key), kind_of(key))),
        );
        out.push(cells);
    }
    out
}

/// Whether the reader sees the figure, or the warning, of a key
/// (`metrics::seen`).
pub(super) type Seen<'a> = &'a dyn Fn(&str) -> bool;

/// A readable plain-text report for the terminal, in English.
pub fn render_table(report: &Report) -> String {
    render_table_seen(report, &|_| true)
}

/// The terminal's report with only the figures `seen` lets through: the
/// others' rows and columns are left out, not shown empty.
pub(super) fn render_table_seen(report: &Report, seen: Seen) -> String {
    let mut out = format!(
        "Leadledger report {} to {} (as of {}), model: {}\n",
        report.period.from,
        report.period.to,
        report.as_of,
        report.model.label()
    );
    if let Some(m) = report.fallback_model {
        out.push_str(&format!(
            "Data-driven is undefined for this period; showing {} instead.\n",
            m.label()
        ));
    }
    if report.year_to_date && !report.effective.is_empty() {
        out.push_str(&format!(
            "Year to date: {} to {}, compared with the same span of prior years.\n",
            report.effective.from, report.effective.to
        ));
    }
    out.push_str(&format!("Amounts in {}.\n\nCompany\n", report.currency));
    let mut company = vec![vec!["Figure".to_string(), "Value".to_string()]];
    for f in FIGURES.iter().filter(|f| seen(f.key)) {
        company.push(vec![
            f.label.to_string(),
            format_display(report.company.get(f.key), f.kind),
        ]);
    }
    out.push_str(&table(&company, 1));

    out.push_str("\nSources\n");
    let rows = report.sources.iter().map(|s| {
        (
            vec![s.name.clone(), s.channel.clone().unwrap_or_default()],
            &s.figures,
        )
    });
    out.push_str(&table(
        &scope_rows(&["Source", "Channel"], rows.collect(), seen),
        2,
    ));

    out.push_str("\nChannels\n");
    let rows = report.channels.iter().map(|c| {
        (
            vec![c.name.clone(), c.direction.as_str().to_string()],
            &c.figures,
        )
    });
    out.push_str(&table(
        &scope_rows(&["Channel", "Direction"], rows.collect(), seen),
        2,
    ));

    let mut activity = vec![["Source", "Metric", "Count", "Cost per", "Leads per 100"]
        .map(String::from)
        .to_vec()];
    let company = ("Company".to_string(), &report.company_activity);
    let per_source = report.sources.iter().map(|s| (s.name.clone(), &s.activity));
    for (name, figures) in std::iter::once(company).chain(per_source) {
        for a in figures.iter().filter(|a| a.count > 0 || name == "Company") {
            let [count, cost, to_lead] = ActivityFigures::keys(&a.metric);
            if !seen(&count) {
                continue;
            }
            activity.push(vec![
                name.clone(),
                a.metric.clone(),
                a.count.to_string(),
                format_display(a.get(&cost).flatten(), FigureKind::Money),
                format_display(a.get(&to_lead).flatten(), FigureKind::Pct),
            ]);
        }
    }
    if activity.len() > 1 {
        out.push_str("\nChannel activity\n");
        out.push_str(&table(&activity, 2));
    }

    if !report.campaigns.is_empty() {
        out.push_str("\nCampaigns\n");
        let rows = report
            .campaigns
            .iter()
            .map(|c| (vec![c.name.clone()], &c.figures));
        out.push_str(&table(&scope_rows(&["Campaign"], rows.collect(), seen), 1));
    }

    out.push_str("\nAgainst prior years\n");
    let mut bench = vec![[
        "Figure", "Value", "Prev", "Change %", "Expected", "Band ±", "Status",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect::<Vec<_>>()];
    for b in report.benchmarks.iter().filter(|b| seen(b.key)) {
        let kind = kind_of(b.key);
        let label = figure_info(b.key).map_or(b.key, |f| f.label);
        bench.push(vec![
            label.to_string(),
            format_display(b.value, kind),
            format_display(b.prev, kind),
            format_display(b.delta_pct, FigureKind::Pct),
            format_display(b.expected, kind),
            format_display(b.band, kind),
            b.status.map_or("n/a", |s| s.as_str()).to_string(),
        ]);
    }
    out.push_str(&table(&bench, 1));

    let warnings: Vec<_> = report.warnings.iter().filter(|w| seen(w.key)).collect();
    if !warnings.is_empty() {
        out.push_str("\nWarnings\n");
        for w in warnings {
            out.push_str(&format!("- {}\n", w.message));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn json_rounding_by_kind() {
        assert_eq!(
            format_value(Some(dec!(333.335)), FigureKind::Money).as_deref(),
            Some("333.34")
        );
        assert_eq!(
            format_value(Some(dec!(-333.335)), FigureKind::Money).as_deref(),
            Some("-333.34")
        );
        assert_eq!(
            format_value(Some(dec!(1000)), FigureKind::Money).as_deref(),
            Some("1000.00")
        );
        assert_eq!(
            format_value(Some(dec!(-0.001)), FigureKind::Pct).as_deref(),
            Some("0.00")
        );
        assert_eq!(
            format_value(Some(dec!(3)), FigureKind::Count).as_deref(),
            Some("3")
        );
        assert_eq!(
            format_value(Some(dec!(3.000)), FigureKind::Count).as_deref(),
            Some("3")
        );
        assert_eq!(
            format_value(Some(dec!(0.37868)), FigureKind::Count).as_deref(),
            Some("0.3787")
        );
        assert_eq!(
            format_value(Some(dec!(0.49999999999)), FigureKind::Count).as_deref(),
            Some("0.5")
        );
        assert_eq!(
            format_value(Some(dec!(1.5)), FigureKind::Ratio).as_deref(),
            Some("1.50")
        );
        assert_eq!(format_value(None, FigureKind::Ratio), None);
    }

    #[test]
    fn screen_shows_one_decimal_percentages_and_na() {
        assert_eq!(format_display(Some(dec!(33.3333)), FigureKind::Pct), "33.3");
        assert_eq!(format_display(Some(dec!(0.05)), FigureKind::Pct), "0.1");
        assert_eq!(format_display(None, FigureKind::Money), "n/a");
    }

    #[test]
    fn table_aligns_columns() {
        let rows = vec![
            vec!["Name".to_string(), "Value".to_string()],
            vec!["Äpfel".to_string(), "1.00".to_string()],
        ];
        assert_eq!(
            table(&rows, 1),
            "Name   Value\n------------\nÄpfel   1.00\n"
        );
    }
}
