//! The company's figures of one period, from the sums of one pass
//! ([`PeriodStats`]).

use super::figures::{pct, ratio, roi, CompanyFigures};
use super::period::days_in_year;
use super::scan::PeriodStats;
use crate::records::Dataset;
use chrono::Datelike;
use rust_decimal::Decimal;

/// Mean and median of a list of day counts; undefined when empty.
fn mean_and_median(days: &mut [i64]) -> (Option<Decimal>, Option<Decimal>) {
    if days.is_empty() {
        return (None, None);
    }
    days.sort_unstable();
    let n = days.len();
    let total: i128 = days.iter().map(|&d| d as i128).sum();
    let mean = ratio(
        Decimal::from_i128_with_scale(total, 0),
        Decimal::from(n as u64),
    );
    let median = if n % 2 == 1 {
        Decimal::from(days[n / 2])
    } else {
        (Decimal::from(days[n / 2 - 1]) + Decimal::from(days[n / 2])) / Decimal::TWO
    };
    (mean, Some(median))
}

/// The company figures of one period. `retention` is computed by the caller,
/// which knows the period one year back.
pub(crate) fn company_figures(
    ds: &Dataset,
    s: &mut PeriodStats,
    retention: Option<Decimal>,
) -> CompanyFigures {
    let margin = ds.settings.gross_margin;
    let leads = Decimal::from(s.leads);
    let new_customers = Decimal::from(s.new_customers);
    let cac = ratio(s.spend, new_customers);
    let (cycle_mean, cycle_median) = mean_and_median(&mut s.cycle_days);
    let clv_to_cac = match (s.clv, cac) {
        (Some(clv), Some(cac)) => ratio(clv, cac),
        _ => None,
    };
    let fu = &mut s.funnel;
    let (quote_mean, quote_median) = mean_and_median(&mut fu.quote_days);
    let qualified = Decimal::from(fu.qualified);
    let quoted_leads = Decimal::from(fu.quoted_leads);
    CompanyFigures {
        won_leads: Some(Decimal::from(s.converted)),
        qualified_leads: Some(qualified),
        qualified_pct: pct(qualified, leads),
        cost_per_qualified_lead: ratio(s.spend, qualified),
        quoted_leads: Some(quoted_leads),
        quote_rate_pct: pct(quoted_leads, leads),
        quotes: Some(Decimal::from(fu.quotes)),
        quoted_value: Some(fu.quoted_value),
        quote_hit_rate_pct: pct(Decimal::from(fu.decided_won), Decimal::from(fu.decided)),
        quote_to_order_days: quote_mean,
        quote_to_order_median_days: quote_median,
        cohort_revenue: Some(fu.cohort_revenue),
        cohort_roi_pct: roi(fu.cohort_revenue, s.spend, margin),
        // Read from the prior cohorts by `compute` (`funnel::expect`).
        cohort_maturity_pct: None,
        cohort_expected_revenue: None,
        cohort_expected_roi_pct: None,
        leads: Some(leads),
        spend: Some(s.spend),
        revenue: Some(s.revenue),
        total_revenue: Some(s.total_revenue),
        roi_pct: roi(s.revenue, s.spend, margin),
        romi: ratio(s.revenue, s.spend),
        cpl: ratio(s.spend, leads),
        won_deals: Some(Decimal::from(s.won)),
        deal_conversion_pct: pct(Decimal::from(s.won), leads),
        lead_to_customer_pct: pct(Decimal::from(s.converted), leads),
        new_customers: Some(new_customers),
        cac,
        cac_inbound: ratio(s.direction_spend[0], s.direction_new_customers[0]),
        cac_outbound: ratio(s.direction_spend[1], s.direction_new_customers[1]),
        value_converted_pct: value_converted(ds, s),
        sales_cycle_days: cycle_mean,
        sales_cycle_median_days: cycle_median,
        visitor_to_lead_pct: pct(leads, Decimal::from(s.visitors)),
        unknown_source_pct: pct(Decimal::from(s.unknown_leads), leads),
        retention_pct: retention,
        clv: s.clv,
        clv_to_cac,
        // Read from the call log, not the period's sums: `compute` sets
        // them over the whole log's matching.
        calls: None,
        calls_logged_pct: None,
        calls_tracked_pct: None,
        calls_source_mismatch: None,
    }
}

/// total_revenue / sales target × 100. The target is the one of the calendar
/// year the effective period starts in; a period shorter than a whole year
/// gets target × its days / the days of that year.
fn value_converted(ds: &Dataset, s: &PeriodStats) -> Option<Decimal> {
    let year = s.period.from.year();
    let target = ds.targets.iter().find(|t| t.year == year)?.sales_target?;
    let target = if s.period.is_full_year() {
        target
    } else {
        target.checked_mul(Decimal::from(s.period.days()))? / Decimal::from(days_in_year(year))
    };
    pct(s.total_revenue, target)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn median_of_even_count_is_mean_of_middle_pair() {
        assert_eq!(
            mean_and_median(&mut [10, 1, 4, 7]),
            (Some(dec!(5.5)), Some(dec!(5.5)))
        );
        assert_eq!(
            mean_and_median(&mut [3, 90, 4]),
            (Some(dec!(97) / dec!(3)), Some(dec!(4)))
        );
        assert_eq!(mean_and_median(&mut []), (None, None));
    }
}
