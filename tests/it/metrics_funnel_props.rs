//! Properties of the funnel for any data set (issue 15): for the company,
//! no stage holds more than the period's leads (qualified, quoted and won
//! leads), the won deals never exceed the quotes decided in the period plus
//! the won deals that had no quote, and the sources' funnel credits add up
//! to the company's under every model.

use crate::metrics_example::year_request;
use crate::metrics_props::dataset_strategy;
use chrono::Duration;
use leadledger::metrics::{compute, AttributionModel};
use leadledger::records::{Dataset, DealStatus};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// The generated data set with qualification and quote dates: `marks`
/// says per record whether it gets one and how many days from its arrival
/// (or before its closing) it lies.
fn with_dates(mut ds: Dataset, marks: &[(bool, i64)]) -> Dataset {
    let mark = |k: usize| marks.get(k % marks.len().max(1)).copied();
    for (k, q) in ds.inquiries.iter_mut().enumerate() {
        if let Some((true, days)) = mark(k) {
            q.qualified_at = Some(q.received_at.date() + Duration::days(days));
        }
    }
    for (k, deal) in ds.deals.iter_mut().enumerate() {
        if let Some((true, days)) = mark(k + 7) {
            let anchor = deal.closed_at.unwrap_or(chrono::NaiveDate::MIN);
            deal.quoted_at = deal.closed_at.map(|c| c - Duration::days(days));
            if deal.status == DealStatus::Open {
                deal.quoted_at = Some(anchor.max(crate::common::d(2024, 6, 1)));
            }
        }
    }
    ds
}

fn funnel_strategy() -> impl Strategy<Value = Dataset> {
    (
        dataset_strategy(),
        prop::collection::vec((prop::bool::weighted(0.6), 0i64..60), 1..12),
    )
        .prop_map(|(ds, marks)| with_dates(ds, &marks))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn no_stage_exceeds_the_periods_leads(ds in funnel_strategy(), year in 2024i32..=2025) {
        let as_of = crate::common::d(2025, 12, 31);
        let period = leadledger::metrics::Period::year(year, 1).unwrap();
        let decided = ds
            .deals
            .iter()
            .filter(|d| d.quoted_at.is_some_and(|q| q <= as_of))
            .filter(|d| d.status != DealStatus::Open)
            .filter(|d| d.closed_at.is_some_and(|c| period.contains(c)))
            .count();
        let unquoted_won = ds
            .deals
            .iter()
            .filter(|d| d.quoted_at.is_none_or(|q| q > as_of))
            .filter(|d| d.status == DealStatus::Won)
            .filter(|d| d.closed_at.is_some_and(|c| period.contains(c)))
            .count();
        for &model in AttributionModel::ALL {
            let r = compute(&ds, &year_request(year, as_of, model));
            let c = &r.company;
            let leads = c.leads.unwrap();
            prop_assert!(c.qualified_leads.unwrap() <= leads);
            prop_assert!(c.quoted_leads.unwrap() <= leads);
            prop_assert!(c.won_leads.unwrap() <= leads);
            prop_assert!(
                c.won_deals.unwrap() <= Decimal::from(decided + unquoted_won),
                "won {:?}, decided {decided}, unquoted won {unquoted_won}",
                c.won_deals
            );
            for key in ["qualified_pct", "quote_rate_pct", "quote_hit_rate_pct"] {
                let v = c.get(key);
                prop_assert!(v.is_none_or(|v| v >= Decimal::ZERO && v <= Decimal::ONE_HUNDRED), "{key} {v:?}");
            }
            let sum = |key: &str| -> Decimal {
                r.sources.iter().filter_map(|s| s.figures.get(key)).sum::<Decimal>().round_dp(20)
            };
            prop_assert_eq!(sum("qualified_leads"), c.qualified_leads.unwrap());
            prop_assert_eq!(sum("quoted_leads"), c.quoted_leads.unwrap());
            prop_assert_eq!(sum("won_leads"), c.won_leads.unwrap());
            // Quotes of deals without a lead count for the company only.
            prop_assert!(sum("quotes") <= c.quotes.unwrap());
            prop_assert!(sum("cohort_revenue") <= c.cohort_revenue.unwrap());
        }
    }
}
