//! Periods end to end: leap years, year to date against the same span,
//! records after the as-of date, fiscal years, traffic months, prorated
//! targets, retention and lifetime value across years, and the chart series.

use crate::common::{base, d, lead, spend, won};
use crate::metrics_example::{at, report, worked_example};
use leadledger::metrics::{compute, to_json, AttributionModel, CompanyFigures, Period, Request};
use leadledger::records::{Dataset, Target, Traffic};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The first-touch report of `period` as of `as_of`, as JSON.
fn first_touch_json(ds: &Dataset, period: Period, as_of: chrono::NaiveDate) -> serde_json::Value {
    to_json(&compute(
        ds,
        &Request {
            period,
            as_of,
            model: AttributionModel::FirstTouch,
        },
    ))
}

#[test]
fn leap_day_belongs_to_february_and_shifts_to_the_28th() {
    let mut ds = base();
    ds.inquiries = vec![
        lead("L1", d(2024, 2, 29), 1, &[], "X"),
        lead("L2", d(2024, 3, 1), 1, &[], "Y"),
        lead("P1", d(2023, 2, 28), 1, &[], "Z"),
        lead("P2", d(2023, 3, 1), 1, &[], "Z"),
    ];
    let r = compute(
        &ds,
        &Request {
            period: Period::month(2024, 2).unwrap(),
            as_of: d(2025, 1, 1),
            model: AttributionModel::Linear,
        },
    );
    assert_eq!(r.company.leads, Some(dec!(1)));
    assert_eq!(
        r.prior_periods[0].period,
        Period {
            from: d(2023, 2, 1),
            to: d(2023, 2, 28)
        }
    );
    let json = to_json(&r);
    assert_eq!(at(&json, &["benchmarks", "leads", "prev"]), "1");
    assert_eq!(at(&json, &["benchmarks", "leads", "delta_pct"]), "0.00");
    // 2024 as a whole has 366 days and includes the 29th.
    let year = compute(
        &ds,
        &Request {
            period: Period::year(2024, 1).unwrap(),
            as_of: d(2025, 1, 1),
            model: AttributionModel::Linear,
        },
    );
    assert_eq!(year.company.leads, Some(dec!(2)));
}

/// H1 2025 leads and deals, with records in the second half that a
/// year-to-date report as of 30 June must not see.
fn half_year() -> Dataset {
    let mut ds = base();
    ds.inquiries = vec![
        lead("L1", d(2025, 1, 10), 1, &[], "X"),
        lead("L2", d(2025, 5, 10), 1, &[], "Y"),
        lead("L3", d(2025, 7, 5), 1, &[], "Z"),
        lead("P1", d(2024, 3, 1), 1, &[], "X"),
        lead("P2", d(2024, 9, 1), 1, &[], "V"),
    ];
    ds.deals = vec![
        won("D1", Some("L1"), "X", d(2025, 2, 1), dec!(100)),
        won("D2", Some("L2"), "Y", d(2025, 7, 1), dec!(200)),
        won("D0", Some("P1"), "X", d(2024, 4, 1), dec!(50)),
        won("D9", Some("P2"), "V", d(2024, 10, 1), dec!(70)),
    ];
    ds.spend = vec![
        spend(1, d(2025, 3, 1), dec!(40), Some(1)),
        spend(2, d(2025, 8, 1), dec!(60), Some(1)),
    ];
    ds.targets = vec![Target {
        year: 2025,
        sales_target: Some(dec!(365)),
        lead_target: None,
    }];
    ds
}

#[test]
fn year_to_date_equals_the_same_span_and_compares_like_with_like() {
    let ds = half_year();
    let ytd = compute(
        &ds,
        &Request {
            period: Period::year(2025, 1).unwrap(),
            as_of: d(2025, 6, 30),
            model: AttributionModel::FirstTouch,
        },
    );
    assert!(ytd.year_to_date);
    assert_eq!(
        ytd.effective,
        Period {
            from: d(2025, 1, 1),
            to: d(2025, 6, 30)
        }
    );
    let span = compute(
        &ds,
        &Request {
            period: Period::range(d(2025, 1, 1), d(2025, 6, 30)).unwrap(),
            as_of: d(2025, 12, 31),
            model: AttributionModel::FirstTouch,
        },
    );
    assert!(!span.year_to_date);
    // The cohort figures count orders up to the as-of date whatever the
    // period (its leads' revenue so far), so only they may differ.
    let not_cohort = |k: &str| !k.starts_with("cohort_");
    for key in CompanyFigures::KEYS.iter().filter(|k| not_cohort(k)) {
        assert_eq!(ytd.company.get(key), span.company.get(key), "{key}");
    }
    let benchmarks = |r: &leadledger::metrics::Report| {
        r.benchmarks
            .iter()
            .filter(|b| not_cohort(b.key))
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(benchmarks(&ytd), benchmarks(&span));
    let c = &ytd.company;
    // L3 (July) and D2 (closed 1 July) are not seen; spend of August neither.
    assert_eq!(
        (c.leads, c.won_deals, c.spend),
        (Some(dec!(2)), Some(dec!(1)), Some(dec!(40)))
    );
    assert_eq!(c.lead_to_customer_pct, Some(dec!(50)));
    // Target 365 prorated to 181 days: 181; 100 / 181.
    assert_eq!(to_json(&ytd)["company"]["value_converted_pct"], "55.25");
    // One year back is 1 Jan – 30 Jun 2024: P1 only, not P2 of September.
    let json = to_json(&ytd);
    assert_eq!(at(&json, &["benchmarks", "leads", "prev"]), "1");
    assert_eq!(at(&json, &["benchmarks", "revenue", "prev"]), "50.00");
    assert_eq!(at(&json, &["benchmarks", "revenue", "delta_pct"]), "100.00");
    // Retention: X bought in H1 2024 and again in H1 2025.
    assert_eq!(c.retention_pct, Some(dec!(100)));
    // The whole year, seen at its end, differs.
    let full = report(&ds, AttributionModel::FirstTouch);
    assert_eq!(full.company.leads, Some(dec!(3)));
    assert_eq!(full.company.retention_pct, Some(dec!(50)));
}

#[test]
fn as_of_before_the_period_gives_an_empty_report() {
    let r = compute(
        &worked_example(),
        &Request {
            period: Period::year(2025, 1).unwrap(),
            as_of: d(2024, 12, 31),
            model: AttributionModel::FirstTouch,
        },
    );
    assert!(r.effective.is_empty());
    assert_eq!(r.company.leads, Some(Decimal::ZERO));
    assert_eq!(r.company.clv, None);
    assert_eq!(r.warnings[0].key, "empty_period");
}

#[test]
fn prorated_targets_in_common_and_leap_years() {
    let mut ds = base();
    ds.targets = vec![
        Target {
            year: 2025,
            sales_target: Some(dec!(3650)),
            lead_target: None,
        },
        Target {
            year: 2024,
            sales_target: Some(dec!(3660)),
            lead_target: None,
        },
    ];
    ds.deals = vec![
        won("D1", None, "X", d(2025, 2, 1), dec!(450)),
        won("D2", None, "Y", d(2024, 2, 29), dec!(455)),
    ];
    let as_of = d(2026, 1, 1);
    // Q1 2025: 90 days of 365 → 900; Q1 2024: 91 of 366 → 910.
    assert_eq!(
        first_touch_json(&ds, Period::quarter(2025, 1, 1).unwrap(), as_of)["company"]
            ["value_converted_pct"],
        "50.00"
    );
    assert_eq!(
        first_touch_json(&ds, Period::quarter(2024, 1, 1).unwrap(), as_of)["company"]
            ["value_converted_pct"],
        "50.00"
    );
    // A full year takes the whole target; a year without one is undefined.
    assert_eq!(
        first_touch_json(&ds, Period::year(2025, 1).unwrap(), as_of)["company"]
            ["value_converted_pct"],
        "12.33"
    );
    assert_eq!(
        at(
            &first_touch_json(&ds, Period::year(2023, 1).unwrap(), as_of),
            &["company", "value_converted_pct"]
        ),
        "null"
    );
}

#[test]
fn fiscal_years_and_their_quarters() {
    let mut ds = base();
    ds.settings.fiscal_year_start_month = 4;
    ds.inquiries = vec![
        lead("L1", d(2025, 4, 1), 1, &[], "X"),
        lead("L2", d(2026, 3, 31), 1, &[], "Y"),
        lead("L3", d(2025, 3, 31), 1, &[], "Z"),
    ];
    ds.spend = vec![
        spend(1, d(2025, 5, 1), dec!(10), Some(1)),
        spend(2, d(2026, 2, 1), dec!(20), Some(1)),
    ];
    let r = compute(
        &ds,
        &Request {
            period: Period::year(2025, 4).unwrap(),
            as_of: d(2026, 12, 31),
            model: AttributionModel::FirstTouch,
        },
    );
    assert_eq!(r.company.leads, Some(dec!(2)));
    let q: Vec<(u32, Period, Decimal)> = r
        .quarterly
        .iter()
        .filter(|q| q.years_back == 0)
        .map(|q| (q.years_back, q.period, q.spend))
        .collect();
    assert_eq!(q.len(), 4);
    assert_eq!(
        q[0],
        (
            0,
            Period {
                from: d(2025, 4, 1),
                to: d(2025, 6, 30)
            },
            dec!(10)
        )
    );
    assert_eq!(
        q[3],
        (
            0,
            Period {
                from: d(2026, 1, 1),
                to: d(2026, 3, 31)
            },
            dec!(20)
        )
    );
    let months: Vec<i64> = r
        .monthly_leads
        .iter()
        .filter(|m| m.years_back == 0)
        .map(|m| m.leads)
        .collect();
    assert_eq!(months, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    // One year back: L3 on the last day of fiscal 2024.
    let prior: i64 = r
        .monthly_leads
        .iter()
        .filter(|m| m.years_back == 1)
        .map(|m| m.leads)
        .sum();
    assert_eq!(prior, 1);
    assert_eq!(
        r.monthly_leads.iter().filter(|m| m.years_back == 2).count(),
        12
    );
}

#[test]
fn a_traffic_month_counts_when_its_first_day_is_in_the_period() {
    let mut ds = base();
    ds.inquiries = vec![lead("L1", d(2025, 2, 5), 1, &[], "X")];
    ds.traffic = vec![
        Traffic {
            month: d(2025, 1, 1),
            source_id: 1,
            visitors: 1000,
        },
        Traffic {
            month: d(2025, 2, 1),
            source_id: 1,
            visitors: 50,
        },
        Traffic {
            month: d(2025, 3, 1),
            source_id: 1,
            visitors: 7000,
        },
    ];
    let json = first_touch_json(
        &ds,
        Period::range(d(2025, 1, 15), d(2025, 3, 31)).unwrap(),
        d(2025, 2, 10),
    );
    // January starts before the period; March after the as-of date.
    assert_eq!(at(&json, &["company", "visitor_to_lead_pct"]), "2.00");
    assert_eq!(at(&json, &["sources", "0", "visitor_to_lead_pct"]), "2.00");
}

#[test]
fn lifetime_value_over_several_years() {
    let mut ds = base();
    ds.deals = vec![
        won("D1", None, "X", d(2023, 1, 1), dec!(100)),
        won("D2", None, " x", d(2025, 1, 1), dec!(300)),
        won("D3", None, "Y", d(2025, 6, 1), dec!(200)),
        won("D4", None, "Y", d(2026, 6, 1), dec!(900)),
    ];
    // Up to 2025: AOV 200; X spans 731 days (lifespan 731/365), Y one deal.
    // F = (730/731 + 1)/2, L = (731/365 + 1)/2; CLV = 300.0686.
    let json = first_touch_json(&ds, Period::year(2025, 1).unwrap(), d(2025, 12, 31));
    assert_eq!(at(&json, &["company", "clv"]), "300.07");
    assert_eq!(at(&json, &["company", "new_customers"]), "1");
    // D4 lies after the as-of date and is ignored even for a later period.
    let later = first_touch_json(&ds, Period::year(2026, 1).unwrap(), d(2025, 12, 31));
    assert_eq!(at(&later, &["company", "total_revenue"]), "0.00");
    // Retention 2025 against 2024: nobody bought in 2024.
    assert_eq!(at(&json, &["company", "retention_pct"]), "null");
}

#[test]
fn retention_of_a_prior_year_uses_that_year_shifted_back() {
    // Jan–Feb 2024 four years back ends on 29 Feb 2020, but the retention of
    // Jan–Feb 2021 looks at Jan–28 Feb 2020, where only Y bought.
    let mut ds = base();
    ds.deals = vec![
        won("D1", None, "Y", d(2020, 1, 10), dec!(100)),
        won("D2", None, "X", d(2020, 2, 29), dec!(100)),
        won("D3", None, "X", d(2021, 2, 1), dec!(100)),
        won("D4", None, "X", d(2024, 2, 1), dec!(100)),
    ];
    let r = compute(
        &ds,
        &Request {
            period: Period::range(d(2024, 1, 1), d(2024, 2, 29)).unwrap(),
            as_of: d(2024, 12, 31),
            model: AttributionModel::FirstTouch,
        },
    );
    assert_eq!(
        r.prior_periods[3].period,
        Period {
            from: d(2020, 1, 1),
            to: d(2020, 2, 29)
        }
    );
    assert_eq!(
        r.prior_periods[2].company.retention_pct,
        Some(Decimal::ZERO)
    );
    // 2024 against Jan–Feb 2023: nobody bought then.
    assert_eq!(r.company.retention_pct, None);
}
