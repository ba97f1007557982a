//! The development triangle drawn as curves: for one period's leads (a
//! cohort), the revenue of their won deals added up month by month since
//! the period began. The dashboard's cohort chart and the report's cohort
//! page draw the same curves from this one function, so they cannot differ.
//!
//! The curve is the company's: every lead's credit adds up to one under
//! every model, so its last point is the company's `cohort_revenue` of the
//! period as the metrics engine computes it (a test holds the two equal).

use crate::metrics::{compute, AttributionModel, CompanyFigures, Period, Request};
use crate::records::{Dataset, DealStatus};
use chrono::{Datelike, NaiveDate};
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
    let fiscal_start = ds.settings.fiscal_year_start_month;
    ((fy - COHORT_YEARS + 1)..=fy)
        .filter_map(|year| {
            let period = Period::year(year, fiscal_start).ok()?;
            if period.from > as_of {
                return None;
            }
            let r = compute(
                ds,
                &Request {
                    period,
                    as_of,
                    model,
                },
            );
            Some(CohortYear {
                year,
                period,
                figures: r.company,
                curve: cohort_curve(ds, period.from, period.to, as_of),
            })
        })
        .collect()
}

/// Months from `from`'s month to `d`'s month: 0 for the same month.
fn months_between(from: NaiveDate, d: NaiveDate) -> i64 {
    (i64::from(d.year()) - i64::from(from.year())) * 12 + i64::from(d.month())
        - i64::from(from.month())
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
    let Ok(months) = usize::try_from(months_between(from, as_of) + 1) else {
        return Vec::new();
    };
    if as_of < from {
        return Vec::new();
    }
    let cohort: HashSet<&str> = ds
        .inquiries
        .iter()
        .filter(|i| i.is_lead && (from..=end).contains(&i.received_at.date()))
        .map(|i| i.id.as_str())
        .collect();
    let mut by_month = vec![Decimal::ZERO; months];
    for d in &ds.deals {
        let (Some(closed), Some(inquiry)) = (d.closed_at, d.inquiry_id.as_deref()) else {
            continue;
        };
        if d.status != DealStatus::Won || closed > as_of || !cohort.contains(inquiry) {
            continue;
        }
        let m = usize::try_from(months_between(from, closed).max(0)).unwrap_or(0);
        if let Some(slot) = by_month.get_mut(m) {
            *slot += d.amount;
        }
    }
    let mut sum = Decimal::ZERO;
    by_month
        .into_iter()
        .map(|v| {
            sum += v;
            sum
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn months_are_counted_from_the_period_start() {
        assert_eq!(months_between(day("2025-01-01"), day("2025-01-31")), 0);
        assert_eq!(months_between(day("2025-01-01"), day("2026-03-01")), 14);
        assert_eq!(months_between(day("2025-07-01"), day("2025-06-30")), -1);
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
