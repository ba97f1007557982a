//! The cohort years' figures over a prepared data set: what the
//! dashboard's cohort view and the report's cohort page read of each of
//! the last six fiscal years, without the rest of a report.
//!
//! A dashboard answer shows six cohort years beside its own period. As six
//! whole reports they cost six times the answer itself (each with its five
//! prior years, sources, benchmarks and warnings), though the views read
//! only the company's figures of each year. [`company_prepared`] computes
//! exactly `compute_prepared(…).company` with one period's sums and the
//! prior years' model-free cohort revenue, which is all the maturity reads.

use super::attribution::Attributor;
use super::figures::CompanyFigures;
use super::funnel::{cohort_sums, expect_company, maturity};
use super::index::{Index, Prepared};
use super::report::{period_figures, periods, with_call_figures, Request};
use super::scan::{won_companies, Sums};
use crate::records::Dataset;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// The company figures of `req`, equal to those of
/// [`compute_prepared`](super::compute_prepared)`(ds, prepared, req)`.
pub fn company_prepared(ds: &Dataset, prepared: &Prepared, req: &Request) -> CompanyFigures {
    let periods = periods(req);
    let view = prepared.as_of(ds, req.as_of);
    let ix = Index::new(ds, prepared, &view, &periods[..1]);
    let bits = won_companies(&ix, &periods[..1]);
    let mut attributor = Attributor::new(req.model, &ds.settings, req.as_of);
    let (stats, mut company) = period_figures(
        &ix,
        &bits,
        0,
        req.model,
        &mut attributor,
        &[],
        &view.quotes,
        Sums::Company,
    );
    // The prior years' cohorts count as long past their ends as the
    // request's own period has run by the as-of date.
    let age = ix.age(req.as_of);
    let f = maturity(periods[1..].iter().map(|p| cohort_sums(&ix, p, age)));
    expect_company(&mut company, f, ds.settings.gross_margin);
    with_call_figures(
        &view,
        std::slice::from_mut(&mut company),
        std::slice::from_ref(&stats),
    );
    company
}

/// Months from `from`'s month to `d`'s month: 0 for the same month.
fn months_between(from: NaiveDate, d: NaiveDate) -> i64 {
    (i64::from(d.year()) - i64::from(from.year())) * 12 + i64::from(d.month())
        - i64::from(from.month())
}

/// The cumulative revenue of the leads received in `from ..= min(to,
/// as_of)` at the end of each month from `from`'s to `as_of`'s: the
/// engine's own form of `report::cohort_curve`, whose last point is the
/// period's `cohort_revenue` as of `as_of`.
pub fn cohort_curve_prepared(
    ds: &Dataset,
    prepared: &Prepared,
    from: NaiveDate,
    to: NaiveDate,
    as_of: NaiveDate,
) -> Vec<Decimal> {
    if as_of < from {
        return Vec::new();
    }
    let cohort = from..=to.min(as_of);
    let view = prepared.as_of(ds, as_of);
    let deals = view
        .won
        .iter()
        .zip(&view.quotes.won_received)
        .filter(|(_, received)| received.is_some_and(|r| cohort.contains(&r)))
        .map(|(w, _)| (w.closed, w.amount));
    cumulative_by_month(from, as_of, deals)
}

/// The running total of `deals` (closing date, amount) at the end of each
/// month from `from`'s to `as_of`'s, index 0 the first; a deal closed before
/// `from` (a data slip) counts in the first month, one after `as_of`'s month
/// nowhere. Empty when `as_of` precedes `from`.
pub fn cumulative_by_month(
    from: NaiveDate,
    as_of: NaiveDate,
    deals: impl Iterator<Item = (NaiveDate, Decimal)>,
) -> Vec<Decimal> {
    let months = match usize::try_from(months_between(from, as_of) + 1) {
        Ok(n) if as_of >= from => n,
        _ => return Vec::new(),
    };
    let mut by_month = vec![Decimal::ZERO; months];
    for (closed, amount) in deals {
        let m = usize::try_from(months_between(from, closed).max(0)).unwrap_or(0);
        if let Some(slot) = by_month.get_mut(m) {
            *slot += amount;
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
    use rust_decimal_macros::dec;

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
    fn a_slip_before_the_start_counts_in_the_first_month_and_a_late_deal_nowhere() {
        let deals = [
            (day("2024-12-20"), dec!(5)),
            (day("2025-02-03"), dec!(7)),
            (day("2025-04-01"), dec!(100)),
        ];
        let c = cumulative_by_month(day("2025-01-01"), day("2025-03-15"), deals.into_iter());
        assert_eq!(c, vec![dec!(5), dec!(12), dec!(12)]);
        assert!(
            cumulative_by_month(day("2025-01-01"), day("2024-12-31"), deals.into_iter()).is_empty()
        );
    }
}
