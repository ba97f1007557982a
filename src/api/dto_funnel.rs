//! The answers of issue 15's views: the funnel per source, the cohorts of
//! the last six years, open quotes with their age, and the activity counts
//! per month. Figures are exact decimal strings, as in `Kpi` and
//! `ScopeRow`; the page rounds each once for display.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One scope's funnel for the period: its leads, then how many of them were
/// qualified, quoted and won, each with its share of the leads (the stages
/// are not nested, so every rate is a share of the leads). The counts are
/// for every role; `quoted_value` and `cost_per_qualified_lead` are money
/// and are left out for a seat that does not read money.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FunnelRow {
    pub name: String,
    pub channel: Option<String>,
    pub leads: Option<String>,
    pub qualified_leads: Option<String>,
    pub quoted_leads: Option<String>,
    pub won_leads: Option<String>,
    pub qualified_pct: Option<String>,
    pub quote_rate_pct: Option<String>,
    /// won_leads / leads × 100 (the lead-to-customer rate).
    pub won_pct: Option<String>,
    pub quotes: Option<String>,
    pub quote_hit_rate_pct: Option<String>,
    pub quoted_value: Option<String>,
    pub cost_per_qualified_lead: Option<String>,
}

/// The company's funnel and each listed source's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FunnelView {
    pub company: FunnelRow,
    /// The sources with leads in the period, most leads first.
    pub sources: Vec<FunnelRow>,
}

/// One fiscal year's leads: what they have brought so far against the
/// year's spend, and their revenue month by month since the year began.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CohortYear {
    /// The fiscal year (the year it starts in).
    pub year: i32,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub leads: Option<String>,
    pub spend: Option<String>,
    pub cohort_revenue: Option<String>,
    pub cohort_roi_pct: Option<String>,
    /// Cumulative revenue of the year's leads at the end of each month
    /// since the year's first day (index 0 is the first month), up to the
    /// as-of date: one row of the development triangle.
    pub curve: Vec<String>,
}

/// The cohort view: the last six fiscal years, oldest first, and this
/// year's expected revenue and ROI with the maturity they are read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CohortView {
    pub years: Vec<CohortYear>,
    pub maturity_pct: Option<String>,
    pub expected_revenue: Option<String>,
    pub expected_roi_pct: Option<String>,
}

/// A deal quoted and not yet decided, with how long the quote has waited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OpenQuoteDto {
    pub deal_id: String,
    pub inquiry_id: Option<String>,
    pub company: String,
    pub quoted_at: NaiveDate,
    /// Days from the quote to today.
    pub age_days: i64,
    /// `None` for a seat that does not read money, or while the PIN locks it.
    pub amount: Option<String>,
}

/// One source's counts of one activity metric in each calendar month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActivityRow {
    pub source_id: i64,
    pub source: String,
    /// The metric's name as imported (`clicks`, `opens`, …).
    pub metric: String,
    /// January to December.
    pub months: Vec<i64>,
    pub total: i64,
    /// The year's spend of the source / its count (`cost_per.<m>`).
    pub cost_per: Option<String>,
    /// The source's cost per lead in the same year.
    pub cpl: Option<String>,
}

/// The company's figures of one activity metric for the year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActivityTotal {
    pub metric: String,
    pub count: i64,
    pub cost_per: Option<String>,
    pub to_lead_pct: Option<String>,
}

/// The Spend screen's activity panel for one calendar year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActivityGrid {
    pub year: i32,
    pub rows: Vec<ActivityRow>,
    pub totals: Vec<ActivityTotal>,
}
