//! Channel activity (`shared/spec/metrics.md`, "Channel activity"): for
//! each metric any activity row holds, a scope's count in the period, the
//! cost per unit (the spend of the scope's sources that report the metric
//! in the period, so general spend such as salaries never enters) and the
//! leads of those sources per unit.

use super::benchmark::{benchmark, Benchmark};
use super::figures::{pct, ratio};
use super::index::Index;
use super::scan::PeriodStats;
use chrono::Datelike;
use rust_decimal::Decimal;
use serde::Serialize;

/// One activity metric's figures for one scope and period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActivityFigures {
    pub metric: String,
    /// `activity.<m>`: Σ counts in the period (0 when the scope has none).
    pub count: i64,
    /// `cost_per.<m>`: spend of the reporting sources / count.
    pub cost_per: Option<Decimal>,
    /// `to_lead_pct.<m>`: leads of the reporting sources / count × 100.
    pub to_lead_pct: Option<Decimal>,
}

impl ActivityFigures {
    /// The figure of flat key `key` (`activity.clicks`, `cost_per.clicks`,
    /// `to_lead_pct.clicks`), if it is this metric's.
    pub fn get(&self, key: &str) -> Option<Option<Decimal>> {
        let (kind, metric) = key.split_once('.')?;
        if metric != self.metric {
            return None;
        }
        match kind {
            "activity" => Some(Some(Decimal::from(self.count))),
            "cost_per" => Some(self.cost_per),
            "to_lead_pct" => Some(self.to_lead_pct),
            _ => None,
        }
    }

    /// The three flat keys of a metric, in JSON order.
    pub fn keys(metric: &str) -> [String; 3] {
        [
            format!("activity.{metric}"),
            format!("cost_per.{metric}"),
            format!("to_lead_pct.{metric}"),
        ]
    }
}

/// The metrics any activity row holds, in byte order.
pub(crate) fn metric_names(ix: &Index) -> Vec<String> {
    let mut names: Vec<String> = ix.ds.activity.iter().map(|a| a.metric.clone()).collect();
    names.sort();
    names.dedup();
    names
}

/// Per source index and metric: the period's count, and whether the source
/// reports the metric in the period at all (a row, even of 0).
pub(crate) struct SourceActivity {
    counts: Vec<Vec<Option<i64>>>,
}

pub(crate) fn source_activity(
    ix: &Index,
    stats: &PeriodStats,
    metrics: &[String],
) -> SourceActivity {
    let mut counts = vec![vec![None; metrics.len()]; ix.sources.len()];
    for a in &ix.ds.activity {
        let first_day = a.month.with_day(1).unwrap_or(a.month);
        if !stats.period.contains(first_day) {
            continue;
        }
        if let Ok(m) = metrics.binary_search(&a.metric) {
            let slot = &mut counts[ix.sources.idx(a.source_id) as usize][m];
            *slot = Some(slot.unwrap_or(0) + a.count);
        }
    }
    SourceActivity { counts }
}

/// Whether any count of metric `m` lies in the period (a benchmark's
/// condition for a prior period).
fn has_count(a: &SourceActivity, m: usize) -> bool {
    a.counts.iter().any(|c| c[m].is_some())
}

/// The activity figures of the scope made of the sources `members` holds.
pub(crate) fn scope_activity(
    a: &SourceActivity,
    stats: &PeriodStats,
    metrics: &[String],
    members: &dyn Fn(usize) -> bool,
) -> Vec<ActivityFigures> {
    metrics
        .iter()
        .enumerate()
        .map(|(m, metric)| {
            let (mut count, mut spend, mut leads) = (0i64, Decimal::ZERO, Decimal::ZERO);
            for (i, c) in a.counts.iter().enumerate() {
                if let Some(n) = c[m].filter(|_| members(i)) {
                    count += n;
                    spend += stats.sources[i].spend;
                    leads += stats.sources[i].leads;
                }
            }
            let units = Decimal::from(count);
            ActivityFigures {
                metric: metric.clone(),
                count,
                cost_per: ratio(spend, units),
                to_lead_pct: pct(leads, units),
            }
        })
        .collect()
}

/// The company's activity figures with their benchmarks against the prior
/// periods in which a count of the metric lies.
pub(crate) fn company_activity(
    ix: &Index,
    stats: &[PeriodStats],
    metrics: &[String],
) -> (Vec<ActivityFigures>, Vec<(String, Benchmark)>) {
    let all = |_: usize| true;
    let per_period: Vec<(SourceActivity, Vec<ActivityFigures>)> = stats
        .iter()
        .map(|s| {
            let a = source_activity(ix, s, metrics);
            let f = scope_activity(&a, s, metrics, &all);
            (a, f)
        })
        .collect();
    let mut benchmarks = Vec::new();
    for (m, metric) in metrics.iter().enumerate() {
        for key in ActivityFigures::keys(metric) {
            let value = per_period[0].1[m].get(&key).flatten();
            let prior: Vec<Option<Decimal>> = per_period[1..]
                .iter()
                .zip(&stats[1..])
                .map(|((a, f), s)| {
                    let takes_part = s.has_records && has_count(a, m);
                    f[m].get(&key).flatten().filter(|_| takes_part)
                })
                .collect();
            let kind_key = match key.split_once('.').map(|k| k.0) {
                Some("cost_per") => "cpl",
                Some("to_lead_pct") => "visitor_to_lead_pct",
                _ => "leads",
            };
            // The benchmark's key only chooses how it is rounded; the
            // flat key goes beside it.
            benchmarks.push((key, benchmark(kind_key, value, &prior)));
        }
    }
    let company = per_period
        .into_iter()
        .next()
        .map(|p| p.1)
        .unwrap_or_default();
    (company, benchmarks)
}
