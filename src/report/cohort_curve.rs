//! The development triangle drawn as curves: for one period's leads (a
//! cohort), the revenue of their won deals added up month by month since
//! the period began. The dashboard's cohort chart and the report's cohort
//! page draw the same curves from this one function ([`cohort_years`]), so
//! they cannot differ; it reads them from the engine's prepared form, and
//! [`cohort_curve`] gives the same from the records alone (a test holds
//! the two equal).
//!
//! The curve is the company's: every lead's credit adds up to one under
//! every model, so its last point is the company's `cohort_revenue` of the
//! period as the metrics engine computes it (a test holds the two equal).

use crate::metrics::{
    cohort_curve_prepared, company_prepared, cumulative_by_month, AttributionModel, CompanyFigures,
    Period, Prepared, Request,
};
use crate::records::{Dataset, DealStatus};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::HashSet;

/// How many fiscal years the cohort views show, this one included.
pub const COHORT_YEARS: i32 = 6;

/// One fiscal year's leads as the cohort views show them.
#[derive(Debug, Clone, PartialEq)]
pub struct CohortYear {
    /// The fiscal year (the year it starts in).
    pub year: i32,
    pub period: Period,
    /// The engine's company figures of the year as of the as-of date:
    /// `leads`, `spend`, `cohort_revenue`, `cohort_roi_pct`, ….
    pub figures: CompanyFigures,
    /// [`cohort_curve`] of the year.
    pub curve: Vec<Decimal>,
}

/// The last [`COHORT_YEARS`] fiscal years up to `fy` that have begun by
/// `as_of`, oldest first, each computed by the metrics engine as of `as_of`
/// under `model`; the last is `fy` itself when it has begun, and its
/// figures carry the maturity and the expected revenue and ROI.
pub fn cohort_years(
    ds: &Dataset,
    fy: i32,
    as_of: NaiveDate,
    model: AttributionModel,
) -> Vec<CohortYear> {
    cohort_years_prepared(ds, &Prepared::new(ds), fy, as_of, model)
}

/// [`cohort_years`] over `prepared`, the engine's form of `ds`: each year's
/// company figures without the rest of its report, and its curve from the
/// same won deals the engine's cohort revenue adds.
pub fn cohort_years_prepared(
    ds: &Dataset,
    prepared: &Prepared,
    fy: i32,
    as_of: NaiveDate,
    model: AttributionModel,
) -> Vec<CohortYear> {
    let fiscal_start = ds.settings.fiscal_year_start_month;
    ((fy - COHORT_YEARS + 1)..=fy)
        .filter_map(|year| {
            let period = Period::year(year, fiscal_start).ok()?;
            if period.from > as_of {
                return None;
            }
            let req = Request {
                period,
                as_of,
                model,
            };
            Some(CohortYear {
                year,
                period,
                figures: company_prepared(ds, prepared, &req),
                curve: cohort_curve_prepared(ds, prepared, period.from, period.to, as_of),
            })
        })
        .collect()
}

/// The cumulative revenue of the leads received in `from ..= min(to, as_of)`
/// at the end of each month since `from`, up to `as_of`'s month: index 0 is
/// the first month. Only won deals closed on or before `as_of` count, as for
/// `cohort_revenue`; a deal closed before its lead's period began (a data
/// slip) counts in the first month. Empty when `as_of` precedes `from`.
pub fn cohort_curve(
    ds: &Dataset,
    from: NaiveDate,
    to: NaiveDate,
    as_of: NaiveDate,
) -> Vec<Decimal> {
    let end = to.min(as_of);
    if as_of < from {
        return Vec::new();
    }
    let cohort: HashSet<&str> = ds
        .inquiries
        .iter()
        .filter(|i| i.is_lead && (from..=end).contains(&i.received_at.date()))
        .map(|i| i.id.as_str())
        .collect();
    let deals = ds.deals.iter().filter_map(|d| {
        let (closed, inquiry) = (d.closed_at?, d.inquiry_id.as_deref()?);
        let counts = d.status == DealStatus::Won && closed <= as_of && cohort.contains(inquiry);
        counts.then_some((closed, d.amount))
    });
    cumulative_by_month(from, as_of, deals)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn an_empty_dataset_gives_a_flat_curve() {
        let ds = Dataset::default();
        let c = cohort_curve(&ds, day("2025-01-01"), day("2025-12-31"), day("2025-03-15"));
        assert_eq!(c, vec![Decimal::ZERO; 3]);
        assert!(
            cohort_curve(&ds, day("2025-01-01"), day("2025-12-31"), day("2024-12-31")).is_empty()
        );
    }
}
