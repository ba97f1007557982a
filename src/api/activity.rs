//! The Spend screen's channel activity (issue 15): each source's counts of
//! each engagement metric per calendar month of one year, as imported, and
//! beside them the engine's cost per unit (`cost_per.<m>`, the cost per
//! click for clicks) and the source's cost per lead for the same year, so
//! that a click's price and a lead's sit side by side. Money, like the
//! spend grid: the owner's, and locked with the PIN.

use super::dto::exact;
use super::dto_funnel::{ActivityGrid, ActivityRow, ActivityTotal};
use super::Session;
use crate::error::Result;
use crate::i18n::names::source_name;
use crate::i18n::Translator;
use crate::metrics::{compute_prepared, AttributionModel, Period, Request};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

impl Session {
    /// The activity counts of calendar year `year` by source and metric, in
    /// source-name and metric order, with the year's cost per unit and cost
    /// per lead (first touch, as the spend screen has no model to choose).
    pub fn activity_grid(&self, year: i32) -> Result<ActivityGrid> {
        self.require(crate::role::Act::Money)?;
        let from = NaiveDate::from_ymd_opt(year, 1, 1)
            .ok_or_else(|| crate::error::Error::invalid("year", format!("{year} is not a year")))?;
        let to = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(from);
        let req = Request {
            period: Period::range(from, to)?,
            as_of: self.today(),
            model: AttributionModel::FirstTouch,
        };
        self.read_prepared(|_, ds, prepared| {
            let tr = Translator::new(&ds.settings.language)?;
            let mut counts: BTreeMap<(i64, &str), [i64; 12]> = BTreeMap::new();
            for a in ds.activity.iter().filter(|a| a.month.year() == year) {
                counts
                    .entry((a.source_id, a.metric.as_str()))
                    .or_insert([0; 12])[a.month.month0() as usize] += a.count;
            }
            let r = compute_prepared(ds, prepared, &req);
            let mut rows: Vec<ActivityRow> = counts
                .into_iter()
                .map(|((source_id, metric), months)| {
                    let name = ds
                        .source(source_id)
                        .map(|s| s.name.clone())
                        .unwrap_or_default();
                    let scope = r.sources.iter().find(|s| s.name == name);
                    let cost_per = scope
                        .and_then(|s| s.activity.iter().find(|a| a.metric == metric))
                        .and_then(|a| a.cost_per);
                    ActivityRow {
                        source_id,
                        source: source_name(&tr, &name),
                        metric: metric.to_string(),
                        months: months.to_vec(),
                        total: months.iter().sum(),
                        cost_per: exact(cost_per),
                        cpl: exact(scope.and_then(|s| s.figures.cpl)),
                    }
                })
                .collect();
            rows.sort_by(|a, b| a.source.cmp(&b.source).then(a.metric.cmp(&b.metric)));
            Ok(ActivityGrid {
                year,
                rows,
                totals: r
                    .company_activity
                    .iter()
                    .map(|a| ActivityTotal {
                        metric: a.metric.clone(),
                        count: a.count,
                        cost_per: exact(a.cost_per),
                        to_lead_pct: exact(a.to_lead_pct),
                    })
                    .collect(),
            })
        })
    }
}
