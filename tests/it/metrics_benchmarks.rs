//! Benchmarks against prior years end to end: prev, delta, the
//! least-squares expectation, its band, the status, which prior years take
//! part, and the warning about a missing prior year.

use crate::common::{base, d, lead, spend, won};
use crate::metrics_example::{at, report};
use leadledger::metrics::{compute, to_json, AttributionModel, Period, Request, Status};
use leadledger::records::{Dataset, Inquiry};
use rust_decimal_macros::dec;
use serde_json::Value;

/// `n` leads from source A spread over March to November of `year`.
fn leads_in(year: i32, n: u32) -> Vec<Inquiry> {
    (0..n)
        .map(|i| {
            lead(
                &format!("L{year}-{i}"),
                d(year, 3 + i % 9, 1 + i % 28),
                1,
                &[],
                &format!("C{year}-{i}"),
            )
        })
        .collect()
}

fn with_leads(per_year: &[(i32, u32)]) -> Dataset {
    let mut ds = base();
    for &(year, n) in per_year {
        ds.inquiries.extend(leads_in(year, n));
    }
    ds
}

fn leads_benchmark(ds: &Dataset) -> Value {
    to_json(&report(ds, AttributionModel::FirstTouch))["benchmarks"]["leads"].clone()
}

fn parts(b: &Value) -> Vec<String> {
    [
        "value",
        "prev",
        "delta",
        "delta_pct",
        "expected",
        "band",
        "status",
    ]
    .iter()
    .map(|p| at(b, &[p]))
    .collect()
}

#[test]
fn a_perfect_line_has_a_zero_band() {
    // 90, 95, 100 leads in 2022–2024 expect 105 in 2025; 120 is above.
    let ds = with_leads(&[(2022, 90), (2023, 95), (2024, 100), (2025, 120)]);
    assert_eq!(
        parts(&leads_benchmark(&ds)),
        ["120", "100", "20", "20.00", "105", "0", "above"]
    );
    let r = report(&ds, AttributionModel::FirstTouch);
    assert_eq!(r.benchmarks[0].years, 3);
    assert!(r.warnings.iter().all(|w| w.key != "prior_year_missing"));
}

#[test]
fn a_hundred_after_ninety_five_expects_about_105() {
    // Two prior years: the band is 10 % of the expectation (10.5).
    let ds = with_leads(&[(2023, 95), (2024, 100), (2025, 110)]);
    assert_eq!(
        parts(&leads_benchmark(&ds)),
        ["110", "100", "10", "10.00", "105", "10.5", "within"]
    );
    let low = with_leads(&[(2023, 95), (2024, 100), (2025, 94)]);
    assert_eq!(at(&leads_benchmark(&low), &["status"]), "below");
    // On the band's lower edge (94.5) is within; counts are whole, so use
    // one prior year: expected 100, band 10, 90 is on the edge.
    let edge = with_leads(&[(2024, 100), (2025, 90)]);
    assert_eq!(
        parts(&leads_benchmark(&edge)),
        ["90", "100", "-10", "-10.00", "100", "10", "within"]
    );
}

#[test]
fn residuals_make_the_band_from_three_years_on() {
    // 9, 14, 10 leads in 2022–2024: slope 0.5, intercept 12, residuals
    // −1.5, 3, −1.5, band √(13.5 / 1) = 3.6742.
    let ds = with_leads(&[(2022, 9), (2023, 14), (2024, 10), (2025, 16)]);
    assert_eq!(
        parts(&leads_benchmark(&ds)),
        ["16", "10", "6", "60.00", "12", "3.6742", "above"]
    );
    // Five years on a line: 5, 6, 7, 8, 9 expect 10, and 10 is within.
    let five = with_leads(&[
        (2020, 5),
        (2021, 6),
        (2022, 7),
        (2023, 8),
        (2024, 9),
        (2025, 10),
    ]);
    let r = report(&five, AttributionModel::FirstTouch);
    assert_eq!(r.benchmarks[0].years, 5);
    assert_eq!(r.benchmarks[0].expected, Some(dec!(10)));
    assert_eq!(r.benchmarks[0].status, Some(Status::Within));
    // A sixth year back does not take part.
    let six = with_leads(&[
        (2019, 500),
        (2020, 5),
        (2021, 6),
        (2022, 7),
        (2023, 8),
        (2024, 9),
        (2025, 10),
    ]);
    assert_eq!(
        report(&six, AttributionModel::FirstTouch).benchmarks[0].expected,
        Some(dec!(10))
    );
}

#[test]
fn a_missing_prior_year_leaves_prev_undefined_and_warns() {
    // Nothing at all in 2024: no prev, and the fit rests on 2023 and 2022:
    // (−2, 90), (−3, 80) → slope 10, expected 110, band 11.
    let ds = with_leads(&[(2022, 80), (2023, 90), (2025, 100)]);
    assert_eq!(
        parts(&leads_benchmark(&ds)),
        ["100", "null", "null", "null", "110", "11", "within"]
    );
    let r = report(&ds, AttributionModel::FirstTouch);
    let missing: Vec<_> = r
        .warnings
        .iter()
        .filter(|w| w.key == "prior_year_missing")
        .collect();
    assert_eq!(missing.len(), 1);
    assert!(missing[0].message.contains("2024-01-01 to 2024-12-31"));
    assert!(!r.prior_periods[0].has_records);
    assert!(r.prior_periods[1].has_records);
}

#[test]
fn a_prior_year_with_records_but_an_undefined_figure_is_left_out() {
    // 2024 holds only spend: leads 0 there (defined, takes part), CPL
    // undefined (left out of the fit, prev undefined); 2023 has 4 leads for 100.
    let mut ds = with_leads(&[(2023, 4), (2025, 5)]);
    ds.spend = vec![
        spend(1, d(2023, 5, 1), dec!(100), Some(1)),
        spend(2, d(2024, 5, 1), dec!(80), Some(1)),
        spend(3, d(2025, 5, 1), dec!(50), Some(1)),
    ];
    let json = to_json(&report(&ds, AttributionModel::FirstTouch));
    assert_eq!(
        parts(&json["benchmarks"]["cpl"]),
        ["10.00", "null", "null", "null", "25.00", "2.50", "below"]
    );
    // Leads: (−1, 0), (−2, 4) → slope 4, expected −4, band 0.4.
    assert_eq!(
        parts(&json["benchmarks"]["leads"]),
        ["5", "0", "5", "null", "-4", "0.4", "above"]
    );
    // Per source too.
    assert_eq!(
        at(&json, &["source_benchmarks", "A", "spend", "prev"]),
        "80.00"
    );
    assert_eq!(
        at(&json, &["source_benchmarks", "A", "spend", "delta_pct"]),
        "-37.50"
    );
    assert_eq!(
        at(&json, &["source_benchmarks", "A", "cpl", "expected"]),
        "25.00"
    );
    assert_eq!(
        at(&json, &["source_benchmarks", "Unknown", "leads", "value"]),
        "0"
    );
    assert!(json["source_benchmarks"]["A"].get("won_deals").is_none());
}

#[test]
fn a_quarter_is_held_against_the_same_quarter() {
    let mut ds = base();
    ds.inquiries = vec![
        lead("Q1", d(2025, 2, 1), 1, &[], "X"),
        lead("Q2", d(2025, 3, 1), 1, &[], "Y"),
        lead("P1", d(2024, 1, 5), 1, &[], "Z"),
        lead("P2", d(2024, 4, 5), 1, &[], "Z"),
    ];
    ds.deals = vec![
        won("D1", Some("Q1"), "X", d(2025, 3, 1), dec!(500)),
        won("D0", Some("P1"), "Z", d(2024, 2, 1), dec!(400)),
    ];
    let r = compute(
        &ds,
        &Request {
            period: Period::quarter(2025, 1, 1).unwrap(),
            as_of: d(2025, 12, 31),
            model: AttributionModel::FirstTouch,
        },
    );
    let json = to_json(&r);
    assert_eq!(
        parts(&json["benchmarks"]["leads"]),
        ["2", "1", "1", "100.00", "1", "0.1", "above"]
    );
    assert_eq!(
        parts(&json["benchmarks"]["revenue"]),
        ["500.00", "400.00", "100.00", "25.00", "400.00", "40.00", "above"]
    );
    // Retention of Q1 2025 against Q1 2024: Z did not come back.
    assert_eq!(at(&json, &["benchmarks", "retention_pct", "value"]), "0.00");
    assert_eq!(
        at(&json, &["benchmarks", "retention_pct", "status"]),
        "null"
    );
}
