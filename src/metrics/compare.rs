//! The same period under all six attribution models side by side, per source
//! and per channel, so the owner can see how much each source's figures
//! depend on the model. Of the company figures only `cac_inbound` and
//! `cac_outbound` depend on it (their denominators are credited new
//! customers); the company figures are still given per model.

use super::attribution::{AttributionModel, Attributor};
use super::figures::{CompanyFigures, ScopeFigures};
use super::index::{Index, Prepared};
use super::period::Period;
use super::report::{
    channel_reports, period_figures, periods, source_reports, with_call_figures, Request,
};
use super::scan::{won_companies, Sums};
use crate::records::{Dataset, Direction};
use chrono::NaiveDate;
use serde::Serialize;

/// One source's (or channel's) figures, one entry per model of
/// `ModelComparison::models`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScopeComparison {
    pub name: String,
    /// The channel of a source; `None` for channels and orphan sources.
    pub channel: Option<String>,
    /// The direction of a channel; `None` for sources.
    pub direction: Option<Direction>,
    pub by_model: Vec<ScopeFigures>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModelComparison {
    pub period: Period,
    pub effective: Period,
    pub as_of: NaiveDate,
    /// All six models, in `AttributionModel::ALL` order.
    pub models: Vec<AttributionModel>,
    /// Data-driven was undefined for the period; its column shows linear.
    pub data_driven_fallback: bool,
    /// The company figures, one entry per model.
    pub company: Vec<CompanyFigures>,
    pub sources: Vec<ScopeComparison>,
    pub channels: Vec<ScopeComparison>,
}

/// The period of `req` under every model (`req.model` is not used).
pub fn compare_models(ds: &Dataset, req: &Request) -> ModelComparison {
    compare_models_prepared(ds, &Prepared::new(ds), req)
}

/// [`compare_models`] over `prepared`, the engine's form of `ds`.
pub fn compare_models_prepared(
    ds: &Dataset,
    prepared: &Prepared,
    req: &Request,
) -> ModelComparison {
    let periods = periods(req);
    let view = prepared.as_of(ds, req.as_of);
    let ix = Index::new(ds, prepared, &view, &periods[..1]);
    let bits = won_companies(&ix, &periods[..1]);
    let mut company = Vec::with_capacity(AttributionModel::ALL.len());
    let mut fallback = false;
    let mut sources: Vec<ScopeComparison> = Vec::new();
    let mut channels: Vec<ScopeComparison> = Vec::new();
    let quotes = &view.quotes;
    for (m, &model) in AttributionModel::ALL.iter().enumerate() {
        let mut attributor = Attributor::new(model, &ds.settings, req.as_of);
        let (stats, mut figures) = period_figures(
            &ix,
            &bits,
            0,
            model,
            &mut attributor,
            &[],
            quotes,
            Sums::Full,
        );
        // The call figures do not depend on the model: the log is matched
        // once (in the as-of view) and each row gets the same figures.
        with_call_figures(
            &view,
            std::slice::from_mut(&mut figures),
            std::slice::from_ref(&stats),
        );
        if model == AttributionModel::DataDriven {
            fallback = stats.fallback;
        }
        let src = source_reports(&ix, &stats);
        let chan = channel_reports(&ix, &stats);
        company.push(figures);
        if m == 0 {
            sources = src
                .iter()
                .map(|s| ScopeComparison {
                    name: s.name.clone(),
                    channel: s.channel.clone(),
                    direction: None,
                    by_model: Vec::new(),
                })
                .collect();
            channels = chan
                .iter()
                .map(|c| ScopeComparison {
                    name: c.name.clone(),
                    channel: None,
                    direction: Some(c.direction),
                    by_model: Vec::new(),
                })
                .collect();
        }
        for (row, s) in sources.iter_mut().zip(src) {
            row.by_model.push(s.figures);
        }
        for (row, c) in channels.iter_mut().zip(chan) {
            row.by_model.push(c.figures);
        }
    }
    ModelComparison {
        period: req.period,
        effective: periods[0],
        as_of: req.as_of,
        models: AttributionModel::ALL.to_vec(),
        data_driven_fallback: fallback,
        company,
        sources,
        channels,
    }
}
