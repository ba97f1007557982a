//! The metrics engine: every figure of `shared/spec/metrics.md`, computed as
//! pure functions over a [`Dataset`](crate::records::Dataset), with exact
//! decimal arithmetic (rounding only in [`to_json`] and [`render_table`]).
//!
//! The command line, the PDF report and the desktop app call exactly this:
//!
//! - [`compute`]: the [`Report`] of one [`Request`] (period, as-of date,
//!   model): company, channel, source and campaign figures, benchmarks
//!   against five prior years, monthly leads and quarterly money for charts,
//!   warnings.
//! - [`compare_models`]: one period under all six models side by side.
//! - [`to_json`], [`render_table`]: the report as JSON and as a text table.
//! - [`credits`]: the credit one lead gives its sources under a model.
//! - [`FIGURES`]: each figure's key, English name and [`FigureKind`], for
//!   presentation.
//!
//! Where the spec leaves a choice open, the engine follows the decisions of
//! the issue that introduced it: records dated after the as-of date are
//! ignored everywhere and the effective period ends at `min(to, as_of)`;
//! prior years are the effective period shifted back (29 February →
//! 28 February); company leads, won deals, revenue and new customers are
//! model-independent sums; a deal whose inquiry is missing or not a lead is
//! unattributed; customers are grouped by `company` trimmed and lowercased.
//!
//! Speed: one request builds its lookups once ([`index`](self)) and makes one
//! linear pass over the data per period (the period and its five prior
//! years); nothing is quadratic in the number of records.

mod activity;
mod attribution;
mod benchmark;
pub mod call_log;
pub mod calls;
mod cohort;
mod company;
mod compare;
mod figures;
mod format;
mod funnel;
mod index;
mod markov;
mod output;
mod period;
mod prepared;
mod prior_years;
mod quotes;
mod report;
mod scan;
mod seen;

pub use activity::ActivityFigures;
pub use attribution::{credits, AttributionModel};
pub use benchmark::{Benchmark, Status};
pub use cohort::{cohort_curve_prepared, company_prepared, cumulative_by_month};
pub use compare::{compare_models, compare_models_prepared, ModelComparison, ScopeComparison};
pub use figures::{
    figure_info, CompanyFigures, FigureInfo, FigureKind, ScopeFigures, CALL_KEYS, FIGURES,
    QUALIFICATION_KEYS, SCOPE_KEYS, SOURCE_BENCHMARK_KEYS,
};
pub use output::{format_display, format_value, render_table, to_json};
pub use period::{fiscal_year_of, Period};
pub use prepared::Prepared;
pub use prior_years::{
    fiscal_year_leads, fiscal_year_leads_prepared, read_window, FiscalMonthLeads, CHART_YEARS,
    PRIOR_YEARS,
};
pub use report::{
    compute, compute_prepared, CampaignReport, ChannelReport, MonthlyLeads, PriorPeriod,
    QuarterFigures, Report, Request, SourceBenchmarks, SourceReport, Warning,
};
pub use seen::{render_table_for, sees, to_json_for};
