//! The report of one request: the period's figures for the company, every
//! channel, source and campaign, the benchmarks against five prior years,
//! the series the PDF charts, and the warnings. Everything is kept at full
//! precision; only `output` rounds.

use super::activity::{
    company_activity, metric_names, scope_activity, source_activity, ActivityFigures,
};
use super::attribution::{AttributionModel, Attributor};
use super::benchmark::{benchmark, Benchmark};
use super::call_log;
use super::company::company_figures;
use super::figures::{
    CompanyFigures, ScopeFigures, ScopeSums, CALL_KEYS, QUALIFICATION_KEYS, SOURCE_BENCHMARK_KEYS,
};
use super::format::format_value;
use super::funnel::{add_funnel, expect_company, expect_scope, maturity};
use super::index::{AsOf, Index, Prepared};
use super::period::{add_months, Period};
use super::prior_years::{CHART_YEARS, PRIOR_YEARS};
use super::quotes::Quotes;
use super::scan::{retention, scan, won_companies, PeriodStats, Sums};
use super::FigureKind;
use crate::records::{Dataset, Direction};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

/// What to compute: a period, the day the report is made as of, a model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Request {
    pub period: Period,
    pub as_of: NaiveDate,
    pub model: AttributionModel,
}

/// A warning with a stable `key` (for translation), the source it is
/// about if any, and an English sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub key: &'static str,
    pub source: Option<String>,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChannelReport {
    pub name: String,
    pub direction: Direction,
    pub figures: ScopeFigures,
    pub activity: Vec<ActivityFigures>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceReport {
    pub name: String,
    pub channel: Option<String>,
    pub figures: ScopeFigures,
    /// One entry per activity metric any row holds ("Channel activity").
    pub activity: Vec<ActivityFigures>,
}

/// A campaign: the spend booked with that `campaign` text, and the leads,
/// deals and revenue of the sources whose `utm_campaign` is that text. A
/// campaign is a tag that cuts across sources, and the sources carrying its
/// UTM value are the only link from an inquiry to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CampaignReport {
    pub name: String,
    pub figures: ScopeFigures,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceBenchmarks {
    pub source: String,
    pub benchmarks: Vec<Benchmark>,
}

/// One prior-year period (the effective period shifted back).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PriorPeriod {
    pub years_back: u32,
    pub period: Period,
    /// Whether the data set holds any spend, inquiry or deal dated in it.
    pub has_records: bool,
    pub company: CompanyFigures,
}

/// Leads received in one calendar month (clipped to the effective period or
/// its shift `years_back` years earlier).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthlyLeads {
    pub years_back: u32,
    /// The first day of the month.
    pub month: NaiveDate,
    pub leads: i64,
}

/// Spend and revenue of one fiscal quarter, clipped to the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuarterFigures {
    pub years_back: u32,
    pub period: Period,
    pub spend: Decimal,
    /// Revenue from marketing (won deals with a lead inquiry).
    pub revenue: Decimal,
    pub total_revenue: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The period asked for.
    pub period: Period,
    /// `period` ending at `min(to, as_of)`; empty when as-of precedes it.
    pub effective: Period,
    pub as_of: NaiveDate,
    /// The effective period ends before the requested one: a year (or
    /// quarter, month) to date, held against the same span of prior years.
    pub year_to_date: bool,
    pub model: AttributionModel,
    /// Set when the data-driven model was undefined and this one was used.
    pub fallback_model: Option<AttributionModel>,
    pub currency: String,
    pub company: CompanyFigures,
    pub channels: Vec<ChannelReport>,
    pub sources: Vec<SourceReport>,
    pub campaigns: Vec<CampaignReport>,
    /// Company figures against prior years, in `FIGURES` order.
    pub benchmarks: Vec<Benchmark>,
    /// The company's activity figures, one entry per metric, and their
    /// benchmarks by flat key (`activity.clicks`, `cost_per.clicks`, …).
    pub company_activity: Vec<ActivityFigures>,
    pub activity_benchmarks: Vec<(String, Benchmark)>,
    pub source_benchmarks: Vec<SourceBenchmarks>,
    /// Years back 1..5.
    pub prior_periods: Vec<PriorPeriod>,
    /// The period's months, then the same months one and two years back.
    pub monthly_leads: Vec<MonthlyLeads>,
    /// The period's fiscal quarters, then one and two years back.
    pub quarterly: Vec<QuarterFigures>,
    pub warnings: Vec<Warning>,
    /// For each call of the log, the inquiry it matched as of `as_of` (an
    /// index into the inquiries): read once for the figures and kept for
    /// the screens' lists of calls, so that nothing matches the log twice.
    #[serde(skip)]
    pub call_matches: Vec<Option<usize>>,
}

/// The effective period and its shifts 1..=PRIOR_YEARS years back.
pub(crate) fn periods(req: &Request) -> Vec<Period> {
    let eff = req.period.effective(req.as_of);
    (0..=PRIOR_YEARS as i32)
        .map(|k| {
            eff.shift_years(-k).unwrap_or(Period {
                from: NaiveDate::MAX,
                to: NaiveDate::MIN,
            })
        })
        .collect()
}

/// Distinct campaign texts (trimmed), sorted: the sources' UTM campaigns and
/// the campaigns of spend dated in the period.
fn campaign_names(ds: &Dataset, period: &Period) -> Vec<String> {
    let mut names: Vec<String> = ds
        .sources
        .iter()
        .filter_map(|s| s.utm_campaign.as_deref())
        .chain(
            ds.spend
                .iter()
                .filter(|s| period.contains(s.date))
                .filter_map(|s| s.campaign.as_deref()),
        )
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(String::from)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The period's sums under `model` (those `sums` asks for), plus its
/// company figures, which are whole whatever `sums` is.
#[allow(clippy::too_many_arguments)]
pub(crate) fn period_figures(
    ix: &Index,
    bits: &[u32],
    k: usize,
    model: AttributionModel,
    attributor: &mut Attributor,
    campaigns: &[String],
    quotes: &Quotes,
    sums: Sums,
) -> (PeriodStats, CompanyFigures) {
    let fsm = ix.ds.settings.fiscal_year_start_month;
    let mut stats = scan(
        ix,
        quotes,
        k,
        model,
        attributor,
        campaigns,
        fsm,
        k < CHART_YEARS,
        sums,
    );
    // Under the attributor's state for period k, which the scan has set.
    add_funnel(ix, quotes, k, attributor, &mut stats, sums);
    let figures = company_figures(ix.ds, &mut stats, retention(bits, k));
    (stats, figures)
}

/// Source rows to show: the data set's sources, plus the stand-in Unknown
/// when one had to be added.
pub(crate) fn source_reports(ix: &Index, stats: &PeriodStats) -> Vec<SourceReport> {
    let margin = ix.ds.settings.gross_margin;
    let metrics = metric_names(ix);
    let act = source_activity(ix, stats, &metrics);
    ix.sources
        .rows
        .iter()
        .zip(&stats.sources)
        .enumerate()
        .map(|(i, (row, sums))| SourceReport {
            name: row.name.clone(),
            channel: row.channel.map(|c| ix.ds.channels[c].name.clone()),
            figures: sums.figures(margin),
            activity: scope_activity(&act, stats, &metrics, &|j| j == i),
        })
        .collect()
}

pub(crate) fn channel_reports(ix: &Index, stats: &PeriodStats) -> Vec<ChannelReport> {
    let margin = ix.ds.settings.gross_margin;
    let mut sums = vec![ScopeSums::default(); ix.ds.channels.len()];
    // In canonical order: sums of 28-digit credits round.
    for &i in &ix.sources.order {
        if let Some(c) = ix.sources.rows[i as usize].channel {
            sums[c].add(&stats.sources[i as usize]);
        }
    }
    let metrics = metric_names(ix);
    let act = source_activity(ix, stats, &metrics);
    ix.ds
        .channels
        .iter()
        .zip(sums)
        .enumerate()
        .map(|(k, (c, s))| ChannelReport {
            name: c.name.clone(),
            direction: c.direction,
            figures: s.figures(margin),
            activity: scope_activity(&act, stats, &metrics, &|i| {
                ix.sources.rows[i].channel == Some(k)
            }),
        })
        .collect()
}

fn campaign_reports(ix: &Index, stats: &PeriodStats, campaigns: &[String]) -> Vec<CampaignReport> {
    let margin = ix.ds.settings.gross_margin;
    campaigns
        .iter()
        .enumerate()
        .map(|(k, name)| {
            let mut sums = ScopeSums::default();
            for &i in &ix.sources.order {
                // The stand-in Unknown (past the data set's sources) has none.
                let tagged = ix.ds.sources.get(i as usize).is_some_and(|src| {
                    src.utm_campaign.as_deref().map(str::trim) == Some(name.as_str())
                });
                if tagged {
                    sums.add(&stats.sources[i as usize]);
                }
            }
            sums.spend = stats.campaign_spend[k];
            CampaignReport {
                name: name.clone(),
                figures: sums.figures(margin),
            }
        })
        .collect()
}

/// Sets the call figures of each period's company figures, which come from
/// the call log matched once over all of it (the as-of view's marks, see
/// `call_log::marks`) rather than from the period's sums, and answers for
/// each period whether the log holds a call in it.
pub(crate) fn with_call_figures(
    view: &AsOf,
    company: &mut [CompanyFigures],
    stats: &[PeriodStats],
) -> Vec<bool> {
    company
        .iter_mut()
        .zip(stats)
        .map(|(c, s)| {
            let f = call_log::marks_figures(&view.call_marks, &s.period);
            c.calls = f.calls;
            c.calls_logged_pct = f.calls_logged_pct;
            c.calls_tracked_pct = f.calls_tracked_pct;
            c.calls_source_mismatch = f.calls_source_mismatch;
            call_log::marks_have_call_in(&view.call_marks, &s.period)
        })
        .collect()
}

/// Computes the report of one request.
pub fn compute(ds: &Dataset, req: &Request) -> Report {
    compute_prepared(ds, &Prepared::new(ds), req)
}

/// [`compute`] over `prepared`, the engine's form of `ds` (see
/// [`Prepared`]): what a session that keeps the records calls, so that only
/// the request's own work is done.
pub fn compute_prepared(ds: &Dataset, prepared: &Prepared, req: &Request) -> Report {
    let periods = periods(req);
    let eff = periods[0];
    let view = prepared.as_of(ds, req.as_of);
    let ix = Index::new(ds, prepared, &view, &periods);
    let campaigns = campaign_names(ds, &eff);
    let bits = won_companies(&ix, &periods);
    let mut attributor = Attributor::new(req.model, &ds.settings, req.as_of);
    let quotes = &view.quotes;
    let mut stats = Vec::with_capacity(PRIOR_YEARS + 1);
    let mut company = Vec::with_capacity(PRIOR_YEARS + 1);
    for k in 0..=PRIOR_YEARS {
        let (s, f) = period_figures(
            &ix,
            &bits,
            k,
            req.model,
            &mut attributor,
            &campaigns,
            quotes,
            // The prior years' sources are only held against this one's.
            if k == 0 { Sums::Full } else { Sums::Benchmark },
        );
        stats.push(s);
        company.push(f);
    }
    let maturity = maturity(
        stats[1..]
            .iter()
            .map(|s| (s.funnel.cohort_revenue, s.funnel.cohort_revenue_all)),
    );
    let margin = ds.settings.gross_margin;
    expect_company(&mut company[0], maturity, margin);
    let mut sources = source_reports(&ix, &stats[0]);
    for s in &mut sources {
        expect_scope(&mut s.figures, maturity, margin);
    }
    let prior_sources: Vec<Vec<SourceReport>> =
        stats[1..].iter().map(|s| source_reports(&ix, s)).collect();

    let call_matches = view.call_matches.clone();
    let has_calls = with_call_figures(&view, &mut company, &stats);
    let benchmarks = CompanyFigures::KEYS
        .iter()
        .map(|&key| {
            let takes_part = |k: usize| {
                if CALL_KEYS.contains(&key) {
                    has_calls[k]
                } else if QUALIFICATION_KEYS.contains(&key) {
                    stats[k].has_records && stats[k].funnel.has_qualified
                } else {
                    stats[k].has_records
                }
            };
            let prior: Vec<Option<Decimal>> = (1..=PRIOR_YEARS)
                .map(|k| company[k].get(key).filter(|_| takes_part(k)))
                .collect();
            benchmark(key, company[0].get(key), &prior)
        })
        .collect();
    let source_benchmarks = sources
        .iter()
        .enumerate()
        .map(|(i, src)| SourceBenchmarks {
            source: src.name.clone(),
            benchmarks: SOURCE_BENCHMARK_KEYS
                .iter()
                .map(|&key| {
                    let prior: Vec<Option<Decimal>> = (1..=PRIOR_YEARS)
                        .map(|k| {
                            prior_sources[k - 1][i]
                                .figures
                                .get(key)
                                .filter(|_| stats[k].has_records)
                        })
                        .collect();
                    benchmark(key, src.figures.get(key), &prior)
                })
                .collect(),
        })
        .collect();

    let (company_activity, activity_benchmarks) = company_activity(&ix, &stats, &metric_names(&ix));
    let mut monthly_leads = Vec::new();
    let mut quarterly = Vec::new();
    for (k, s) in stats.iter().enumerate().take(CHART_YEARS) {
        for (m, &leads) in s.months.iter().enumerate() {
            if let Some(month) = add_months(s.period.from, m as i32) {
                monthly_leads.push(MonthlyLeads {
                    years_back: k as u32,
                    month,
                    leads,
                });
            }
        }
        for q in &s.quarters {
            quarterly.push(QuarterFigures {
                years_back: k as u32,
                period: q.period,
                spend: q.spend,
                revenue: q.revenue,
                total_revenue: q.total_revenue,
            });
        }
    }

    let fallback_model = (req.model == AttributionModel::DataDriven && stats[0].fallback)
        .then_some(AttributionModel::Linear);
    let warnings = warnings(
        &ix,
        req,
        &stats,
        &company[0],
        &sources,
        fallback_model.is_some(),
    );
    let prior_periods = (1..=PRIOR_YEARS)
        .map(|k| PriorPeriod {
            years_back: k as u32,
            period: stats[k].period,
            has_records: stats[k].has_records,
            company: company[k].clone(),
        })
        .collect();
    Report {
        period: req.period,
        effective: eff,
        as_of: req.as_of,
        year_to_date: eff.to < req.period.to,
        model: req.model,
        fallback_model,
        currency: ds.settings.currency.clone(),
        channels: channel_reports(&ix, &stats[0])
            .into_iter()
            .map(|mut c| {
                expect_scope(&mut c.figures, maturity, margin);
                c
            })
            .collect(),
        campaigns: campaign_reports(&ix, &stats[0], &campaigns),
        company: company.swap_remove(0),
        sources,
        benchmarks,
        company_activity,
        activity_benchmarks,
        source_benchmarks,
        prior_periods,
        monthly_leads,
        quarterly,
        warnings,
        call_matches,
    }
}

fn warnings(
    ix: &Index,
    req: &Request,
    stats: &[PeriodStats],
    company: &CompanyFigures,
    sources: &[SourceReport],
    fallback: bool,
) -> Vec<Warning> {
    let mut out = Vec::new();
    let mut warn = |key, source: Option<&str>, message: String| {
        out.push(Warning {
            key,
            source: source.map(String::from),
            message,
        })
    };
    let eff = stats[0].period;
    if eff.is_empty() {
        warn(
            "empty_period",
            None,
            format!(
                "The period {} to {} has no day on or before the as-of date {}; every figure is empty.",
                req.period.from, req.period.to, req.as_of
            ),
        );
    }
    if ix.sources.unresolved.get() {
        warn(
            "unresolved_source",
            None,
            "Some records name a source that does not exist; they were counted as Unknown.".into(),
        );
    }
    if fallback {
        warn(
            "data_driven_fallback",
            None,
            "The data-driven model is undefined for this period (no lead converted, or no source changes \
             the chance of converting); the figures use the linear model instead."
                .into(),
        );
    }
    if let Some(pct) = company.unknown_source_pct.filter(|&p| p > Decimal::TEN) {
        warn(
            "unknown_source_high",
            None,
            format!(
                "{} % of leads have Unknown as their first touch; ask every inquirer where they heard about you.",
                format_value(Some(pct), FigureKind::Pct).unwrap_or_default()
            ),
        );
    }
    if !eff.is_empty() && !stats[1].has_records {
        let p = stats[1].period;
        warn(
            "prior_year_missing",
            None,
            format!("No records are dated {} to {} (one year back); the prior-year comparison is missing.", p.from, p.to),
        );
    }
    for src in sources {
        let f = &src.figures;
        let leads = f.leads.unwrap_or_default();
        let won = f.won_deals.unwrap_or_default();
        let active = !leads.is_zero() || !f.spend.unwrap_or_default().is_zero();
        if active && (leads < Decimal::TEN || won < Decimal::from(3)) {
            let count = |v| format_value(Some(v), FigureKind::Count).unwrap_or_default();
            warn(
                "small_sample",
                Some(&src.name),
                format!(
                    "{}: only {} leads and {} won deals in the period; its ratios rest on a small sample.",
                    src.name,
                    count(leads),
                    count(won)
                ),
            );
        }
    }
    out
}
