//! The engine's prepared form (issue 17, "Metrics, warm"): one `Prepared`
//! serving many requests answers each exactly as a fresh `compute` does, so
//! the views it keeps per as-of date never leak from one request into the
//! next; the cohort years' short path gives the company figures of the
//! whole report; the call figures and monthly leads read from the view are
//! those of the records; and the rules for a deal's inquiry hold on a
//! hand-built set with two inquiries of one id.

use crate::common::{d, lead, won};
use crate::metrics_props::four_sources;
use chrono::Datelike;
use leadledger::demo::{self, DemoOptions};
use leadledger::metrics::{
    call_log, cohort_curve_prepared, company_prepared, compare_models, compare_models_prepared,
    compute, compute_prepared, fiscal_year_leads, fiscal_year_leads_prepared, AttributionModel,
    Period, Prepared, Request,
};
use leadledger::report::cohort_curve;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Requests over the demo's years as of two dates, under every model,
/// interleaved so that consecutive requests differ in as-of date and
/// period, as a dashboard's switches do.
fn requests() -> Vec<Request> {
    let mut out = Vec::new();
    for &model in AttributionModel::ALL.iter() {
        for (period, as_of) in [
            (Period::year(2025, 1).unwrap(), d(2025, 12, 31)),
            (
                Period::year_to_date(d(2025, 8, 14), 1).unwrap(),
                d(2025, 8, 14),
            ),
            (Period::quarter(2024, 2, 1).unwrap(), d(2025, 12, 31)),
            (Period::month(2025, 3).unwrap(), d(2025, 8, 14)),
            (Period::year(2023, 1).unwrap(), d(2024, 2, 29)),
        ] {
            out.push(Request {
                period,
                as_of,
                model,
            });
        }
    }
    out
}

#[test]
fn one_prepared_data_set_answers_every_request_as_a_fresh_compute() {
    let ds = demo::generate(&DemoOptions::default());
    let prepared = Prepared::new(&ds);
    for req in requests() {
        let fresh = compute(&ds, &req);
        assert_eq!(compute_prepared(&ds, &prepared, &req), fresh, "{req:?}");
        assert_eq!(
            company_prepared(&ds, &prepared, &req),
            fresh.company,
            "{req:?}"
        );
        assert_eq!(
            compare_models_prepared(&ds, &prepared, &req),
            compare_models(&ds, &req),
            "{req:?}"
        );
    }
}

#[test]
fn the_prepared_call_figures_and_monthly_leads_are_those_of_the_records() {
    let ds = demo::generate(&DemoOptions::default());
    let prepared = Prepared::new(&ds);
    let mut with_calls = 0;
    for req in requests() {
        let r = compute_prepared(&ds, &prepared, &req);
        let matches = call_log::match_log_as_of(&ds, req.as_of);
        let f = call_log::log_figures(&ds, &matches, &r.effective);
        let c = &r.company;
        assert_eq!(
            (c.calls, c.calls_logged_pct, c.calls_tracked_pct),
            (f.calls, f.calls_logged_pct, f.calls_tracked_pct),
            "{req:?}"
        );
        assert_eq!(c.calls_source_mismatch, f.calls_source_mismatch, "{req:?}");
        with_calls += usize::from(f.calls.is_some_and(|n| n > Decimal::ZERO));
        assert_eq!(r.call_matches, matches, "{req:?}");
        let fy = req.period.from.year();
        assert_eq!(
            fiscal_year_leads_prepared(&ds, &prepared, fy, req.as_of).unwrap(),
            fiscal_year_leads(&ds, fy, req.as_of).unwrap(),
            "{req:?}"
        );
    }
    assert!(with_calls > 0, "the demo's log has calls");
}

#[test]
fn the_engines_cohort_curve_is_the_records_curve() {
    let ds = demo::generate(&DemoOptions::default());
    let prepared = Prepared::new(&ds);
    for year in 2020..=2025 {
        let (from, to) = (d(year, 1, 1), d(year, 12, 31));
        for as_of in [d(year, 6, 30), d(2025, 12, 31), d(year - 1, 12, 31)] {
            let records = cohort_curve(&ds, from, to, as_of);
            assert_eq!(
                cohort_curve_prepared(&ds, &prepared, from, to, as_of),
                records,
                "{year} as of {as_of}"
            );
        }
    }
}

#[test]
fn a_deal_names_the_first_inquiry_with_its_id_received_by_the_as_of_date() {
    let mut ds = four_sources();
    // Two inquiries with one id (the store refuses this; a hand-built set
    // can have it): the first is received after the as-of date, so the
    // deal's lead is the second, from source B, until the first arrives.
    ds.inquiries = vec![
        lead("I1", d(2025, 11, 20), 1, &[], "Acme"),
        lead("I1", d(2025, 3, 1), 2, &[], "Acme"),
    ];
    ds.deals = vec![won("D1", Some("I1"), "Acme", d(2025, 6, 1), dec!(1000))];
    let prepared = Prepared::new(&ds);
    let at = |as_of| Request {
        period: Period::year(2025, 1).unwrap(),
        as_of,
        model: AttributionModel::FirstTouch,
    };
    let source_revenue = |r: &leadledger::metrics::Report, name: &str| {
        r.sources
            .iter()
            .find(|s| s.name == name)
            .and_then(|s| s.figures.revenue)
            .unwrap_or_default()
    };
    let r = compute_prepared(&ds, &prepared, &at(d(2025, 10, 1)));
    assert_eq!(r.company.won_leads, Some(Decimal::ONE));
    assert_eq!(source_revenue(&r, "B"), dec!(1000));
    assert_eq!(source_revenue(&r, "A"), Decimal::ZERO);
    // Once both are in, the first in data set order is the deal's lead.
    let r = compute_prepared(&ds, &prepared, &at(d(2025, 12, 31)));
    assert_eq!(source_revenue(&r, "A"), dec!(1000));
    assert_eq!(source_revenue(&r, "B"), Decimal::ZERO);
    assert_eq!(r, compute(&ds, &at(d(2025, 12, 31))));
}
