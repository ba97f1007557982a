//! The dashboard: one metrics report turned into what the screen draws (KPI
//! tiles with their comparison, leads per month against the two years
//! before, channels and sources, the untracked-lead alarm, warnings), and
//! the model comparison. All figures come from `metrics`, the monthly lead
//! counts of whole fiscal years included; nothing is recomputed here.
//! Channel and source names are shown as the report shows them: Unknown and
//! the default channels in the company's language.

use super::dto::*;
use super::Session;
use crate::error::{Error, ErrorCode, Result};
use crate::i18n::names::{channel_name, source_name};
use crate::i18n::Translator;
use crate::metrics::{
    compare_models_prepared, compute_prepared, figure_info, fiscal_year_leads_prepared,
    fiscal_year_of, Benchmark, FigureKind, FiscalMonthLeads, Period, Request, ScopeFigures,
};
use crate::records::{record_years_text, RECORD_YEARS};
use chrono::{Datelike, NaiveDate};

fn need<T>(v: Option<T>, field: &str) -> Result<T> {
    v.ok_or_else(|| Error::invalid(field, format!("{field} is required for this period")))
}

/// The period a dashboard query asks for.
pub fn period_of(q: &DashboardQuery, as_of: NaiveDate, fiscal_start: u32) -> Result<Period> {
    let fy = || fiscal_year_of(as_of, fiscal_start);
    let kind = q.period.get()?;
    let period = match kind {
        PeriodKind::Year => Period::year(q.year.map_or_else(fy, Ok)?, fiscal_start),
        PeriodKind::Quarter => Period::quarter(
            q.year.map_or_else(fy, Ok)?,
            need(q.quarter, "quarter")?,
            fiscal_start,
        ),
        PeriodKind::Month => Period::month(q.year.unwrap_or(as_of.year()), need(q.month, "month")?),
        PeriodKind::Ytd => Period::year_to_date(as_of, fiscal_start),
        PeriodKind::Custom => Period::range(need(q.from, "from")?, need(q.to, "to")?),
    }?;
    // Records are dated in `RECORD_YEARS` (the store refuses others), so a
    // period outside that span is a mistake, not an empty dashboard.
    let field = if kind == PeriodKind::Custom {
        "from"
    } else {
        "year"
    };
    for d in [period.from, period.to] {
        if !RECORD_YEARS.contains(&d.year()) {
            return Err(Error::field(
                ErrorCode::InvalidDate,
                field,
                format!("{d} is outside the years {}", record_years_text()),
            ));
        }
    }
    Ok(period)
}

fn scope_row(
    name: &str,
    channel: Option<String>,
    direction: Option<Direction>,
    f: &ScopeFigures,
) -> ScopeRow {
    ScopeRow {
        name: name.to_string(),
        channel,
        direction,
        leads: exact(f.leads),
        spend: exact(f.spend),
        revenue: exact(f.revenue),
        roi_pct: exact(f.roi_pct),
        cpl: exact(f.cpl),
        won_deals: exact(f.won_deals),
        active: f.is_active(),
    }
}

/// A company figure against prior years, as a dashboard tile shows it.
fn kpi(b: &Benchmark) -> Kpi {
    let kind = figure_info(b.key).map_or(FigureKind::Count, |f| f.kind);
    Kpi {
        key: b.key.to_string(),
        kind,
        value: exact(b.value),
        prev: exact(b.prev),
        delta_pct: exact(b.delta_pct),
        expected: exact(b.expected),
        band: exact(b.band),
        expected_low: b
            .expected
            .zip(b.band)
            .and_then(|(e, w)| exact(e.checked_sub(w))),
        expected_high: b
            .expected
            .zip(b.band)
            .and_then(|(e, w)| exact(e.checked_add(w))),
        status: b.status,
    }
}

impl Session {
    fn request(&self, q: &DashboardQuery) -> Result<Request> {
        let as_of = q.as_of.unwrap_or(self.today());
        let fiscal_start = self.settings()?.fiscal_year_start_month;
        Ok(Request {
            period: period_of(q, as_of, fiscal_start)?,
            as_of,
            model: q.model.get()?,
        })
    }

    pub fn dashboard(&self, q: DashboardQuery) -> Result<Dashboard> {
        let req = self.request(&q)?;
        self.read_prepared(|_, ds, prepared| {
            let r = compute_prepared(ds, prepared, &req);
            let tr = Translator::new(&ds.settings.language)?;
            let fiscal_start = ds.settings.fiscal_year_start_month;
            let anchor = if r.effective.is_empty() {
                r.period.from
            } else {
                r.effective.to
            };
            let fy = fiscal_year_of(anchor, fiscal_start)?;
            let kpis = r.benchmarks.iter().map(kpi).collect();
            let logged = r.benchmarks.iter().find(|b| b.key == "calls_logged_pct");
            let calls = super::calls::calls_tile(ds, &r, logged.map(kpi));
            let funnel = super::funnel::funnel_view(&r, &tr, &ds.settings.company_name);
            let cohorts = Some(super::funnel::cohort_view(
                ds, prepared, fy, r.as_of, r.model,
            )?);
            Ok(Dashboard {
                from: r.period.from,
                to: r.period.to,
                effective_to: r.effective.to,
                as_of: r.as_of,
                model: r.model,
                fallback_model: r.fallback_model,
                currency: r.currency.clone(),
                kpis,
                monthly_year: fy,
                monthly: fiscal_year_leads_prepared(ds, prepared, fy, r.as_of)?
                    .into_iter()
                    .map(
                        |FiscalMonthLeads {
                             month,
                             this_year,
                             one_year_back,
                             two_years_back,
                         }| MonthLeads {
                            month: month.month(),
                            this_year,
                            one_year_back,
                            two_years_back,
                        },
                    )
                    .collect(),
                channels: r
                    .channels
                    .iter()
                    .map(|c| {
                        let name = channel_name(&tr, &c.name);
                        scope_row(&name, None, Some(c.direction), &c.figures)
                    })
                    .collect(),
                sources: r
                    .sources
                    .iter()
                    .map(|s| {
                        let channel = s.channel.as_deref().map(|c| channel_name(&tr, c));
                        scope_row(&source_name(&tr, &s.name), channel, None, &s.figures)
                    })
                    .collect(),
                untracked_pct: exact(r.company.unknown_source_pct),
                untracked_alarm: r.warnings.iter().any(|w| w.key == "unknown_source_high"),
                calls,
                warnings: r
                    .warnings
                    .iter()
                    .map(|w| super::warnings::warning_dto(w, &r, &tr))
                    .collect(),
                funnel,
                cohorts,
            })
        })
        .and_then(|d| self.pin_dashboard(d))
    }

    /// The period under all six models: leads, revenue and ROI per channel and source.
    pub fn model_comparison(&self, q: DashboardQuery) -> Result<ModelComparisonDto> {
        self.require(crate::role::Act::Report)?;
        let req = self.request(&q)?;
        self.read_prepared(|_, ds, prepared| {
            let c = compare_models_prepared(ds, prepared, &req);
            let tr = Translator::new(&ds.settings.language)?;
            let rows = |scopes: &[crate::metrics::ScopeComparison],
                        name: &dyn Fn(&str) -> String| {
                scopes
                    .iter()
                    .map(|s| ComparisonRow {
                        name: name(&s.name),
                        leads: s.by_model.iter().map(|f| exact(f.leads)).collect(),
                        revenue: s.by_model.iter().map(|f| exact(f.revenue)).collect(),
                        roi_pct: s.by_model.iter().map(|f| exact(f.roi_pct)).collect(),
                    })
                    .collect()
            };
            Ok(ModelComparisonDto {
                models: c.models.clone(),
                data_driven_fallback: c.data_driven_fallback,
                channels: rows(&c.channels, &|n| channel_name(&tr, n)),
                sources: rows(&c.sources, &|n| source_name(&tr, n)),
            })
        })
    }
}
