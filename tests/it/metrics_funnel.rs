//! The spec's funnel and cohort figures (`shared/spec/metrics.md`, "Worked
//! example": its funnel paragraph and the "Cohort example"), figure by
//! figure as the JSON output carries them, and the zero denominators and
//! edge cohorts the issue names.

use crate::common::{channel, d, deal, lead, source, spend, won};
use crate::metrics_example::{at, worked_example, year_request};
use leadledger::metrics::{compute, to_json, AttributionModel, Period, Request};
use leadledger::records::{Activity, Dataset, DealStatus, Direction, Settings};
use rust_decimal_macros::dec;
use serde_json::Value;

fn funnel_json(ds: &Dataset, model: AttributionModel) -> Value {
    to_json(&compute(ds, &year_request(2025, d(2026, 6, 30), model)))
}

/// The source object named `name` of a JSON report.
fn source_of<'a>(json: &'a Value, name: &str) -> &'a Value {
    json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no source {name}"))
}

fn text(v: &Value, key: &str) -> String {
    at(v, &[key])
}

#[test]
fn funnel_of_the_worked_example_for_the_company() {
    let expected = [
        ("won_leads", "1"),
        ("qualified_leads", "2"),
        ("qualified_pct", "66.67"),
        // Spend 1000 over 2 qualified leads.
        ("cost_per_qualified_lead", "500.00"),
        ("quoted_leads", "2"),
        ("quote_rate_pct", "66.67"),
        ("quotes", "2"),
        ("quoted_value", "1800.00"),
        // D1 won, D2 lost.
        ("quote_hit_rate_pct", "50.00"),
        // D1: quoted 1 March, won 15 April.
        ("quote_to_order_days", "45.00"),
        ("quote_to_order_median_days", "45.00"),
        // D3 has no inquiry, so only D1 counts.
        ("cohort_revenue", "1000.00"),
        ("cohort_roi_pct", "0.00"),
        // No earlier cohort has revenue.
        ("cohort_maturity_pct", "null"),
        ("cohort_expected_revenue", "null"),
        ("cohort_expected_roi_pct", "null"),
    ];
    for &model in AttributionModel::ALL {
        let json = funnel_json(&worked_example(), model);
        for (key, value) in expected {
            assert_eq!(at(&json, &["company", key]), value, "{model:?} {key}");
        }
    }
}

#[test]
fn funnel_of_the_worked_example_by_source_under_first_touch() {
    let json = funnel_json(&worked_example(), AttributionModel::FirstTouch);
    let a = source_of(&json, "A");
    assert_eq!(text(a, "quotes"), "1");
    assert_eq!(text(a, "quoted_value"), "1000.00");
    assert_eq!(text(a, "quote_hit_rate_pct"), "100.00");
    assert_eq!(text(a, "qualified_leads"), "1");
    assert_eq!(text(a, "won_leads"), "1");
    // A's spend 100 over its one qualified lead; its cohort revenue 1000.
    assert_eq!(text(a, "cost_per_qualified_lead"), "100.00");
    assert_eq!(text(a, "cohort_revenue"), "1000.00");
    assert_eq!(text(a, "cohort_roi_pct"), "900.00");
    let b = source_of(&json, "B");
    assert_eq!(text(b, "quotes"), "1");
    assert_eq!(text(b, "quoted_value"), "800.00");
    assert_eq!(text(b, "quote_hit_rate_pct"), "0.00");
    assert_eq!(text(b, "cohort_roi_pct"), "-100.00");
    // Unknown's lead I3 was neither qualified nor quoted.
    let u = source_of(&json, "Unknown");
    assert_eq!(text(u, "qualified_pct"), "0.00");
    assert_eq!(text(u, "quote_hit_rate_pct"), "null");
    assert_eq!(text(u, "cost_per_qualified_lead"), "null");
}

#[test]
fn funnel_credits_follow_the_model() {
    // Linear: I1's credit splits ½ A, ½ B, so B gets half of D1's quote
    // and its won share, and all of D2's.
    let json = funnel_json(&worked_example(), AttributionModel::Linear);
    let b = source_of(&json, "B");
    assert_eq!(text(b, "quotes"), "1.5");
    assert_eq!(text(b, "quoted_value"), "1300.00");
    // Decided credit 1.5, of it won 0.5.
    assert_eq!(text(b, "quote_hit_rate_pct"), "33.33");
    assert_eq!(text(b, "qualified_leads"), "1.5");
    assert_eq!(text(b, "cohort_revenue"), "500.00");
    // Data-driven: I1 splits ⅓ A, ⅔ B.
    let json = funnel_json(&worked_example(), AttributionModel::DataDriven);
    let a = source_of(&json, "A");
    assert_eq!(text(a, "quoted_value"), "333.33");
    assert_eq!(text(a, "cohort_revenue"), "333.33");
    assert_eq!(text(source_of(&json, "B"), "quoted_value"), "1466.67");
}

/// The spec's cohort example: one paid-search source S, margin 1.
fn cohort_example() -> Dataset {
    let l = |id: &str, day| lead(id, day, 1, &[], id);
    Dataset {
        settings: Settings::default(),
        channels: vec![channel(1, "Paid search", Direction::Inbound)],
        sources: vec![source(1, 1, "S"), source(2, 1, "Unknown")],
        spend: vec![spend(1, d(2026, 2, 1), dec!(500.00), Some(1))],
        inquiries: vec![
            l("L1", d(2025, 2, 1)),
            l("L2", d(2025, 3, 1)),
            l("L3", d(2024, 4, 1)),
            l("L4", d(2024, 5, 1)),
            l("L5", d(2026, 1, 10)),
            l("L6", d(2026, 2, 1)),
        ],
        deals: vec![
            won("D1", Some("L1"), "L1", d(2025, 5, 1), dec!(400.00)),
            won("D2", Some("L2"), "L2", d(2025, 10, 1), dec!(600.00)),
            won("D3", Some("L3"), "L3", d(2024, 6, 1), dec!(500.00)),
            won("D4", Some("L4"), "L4", d(2025, 1, 15), dec!(1500.00)),
            won("D5", Some("L5"), "L5", d(2026, 3, 1), dec!(300.00)),
            deal(
                "D6",
                Some("L6"),
                "L6",
                d(2026, 2, 1),
                DealStatus::Open,
                dec!(900.00),
            ),
        ],
        ..Dataset::default()
    }
}

fn half_year_2026() -> Request {
    Request {
        period: Period::range(d(2026, 1, 1), d(2026, 6, 30)).unwrap(),
        as_of: d(2026, 6, 30),
        model: AttributionModel::FirstTouch,
    }
}

#[test]
fn the_cohort_example() {
    for &model in AttributionModel::ALL {
        let req = Request {
            model,
            ..half_year_2026()
        };
        let json = to_json(&compute(&cohort_example(), &req));
        let c = |k| at(&json, &["company", k]);
        // 2025 H1: early 400 of 1000; 2024 H1: early 500 of 2000 → 900/3000.
        assert_eq!(c("cohort_maturity_pct"), "30.00", "{model:?}");
        assert_eq!(c("cohort_revenue"), "300.00");
        assert_eq!(c("cohort_roi_pct"), "-40.00");
        assert_eq!(c("cohort_expected_revenue"), "1000.00");
        assert_eq!(c("cohort_expected_roi_pct"), "100.00");
        // The source S has all of it; the maturity is the company's.
        let s = source_of(&json, "S");
        assert_eq!(text(s, "cohort_expected_revenue"), "1000.00");
        assert_eq!(text(s, "cohort_expected_roi_pct"), "100.00");
    }
}

#[test]
fn the_cohort_example_for_the_full_year_2025() {
    // A = 181 days: cohort 2024's early counts deals closed by 2025-06-30,
    // so early = all = 2000 and f = 1.
    let json = to_json(&compute(
        &cohort_example(),
        &year_request(2025, d(2026, 6, 30), AttributionModel::FirstTouch),
    ));
    let c = |k| at(&json, &["company", k]);
    assert_eq!(c("cohort_maturity_pct"), "100.00");
    assert_eq!(c("cohort_revenue"), "1000.00");
    assert_eq!(c("cohort_expected_revenue"), "1000.00");
}

#[test]
fn a_prior_cohort_is_benchmarked_at_the_same_age() {
    // 2026 H1 is seen at age A = 0, so 2025 H1's cohort is held at age 0
    // too: of its deals only D1 (closed 2025-05-01) had arrived by
    // 2025-06-30, D2 came in October.
    let report = compute(&cohort_example(), &half_year_2026());
    let b = report
        .benchmarks
        .iter()
        .find(|b| b.key == "cohort_revenue")
        .unwrap();
    assert_eq!(b.prev, Some(dec!(400.00)));
    let m = report
        .benchmarks
        .iter()
        .find(|b| b.key == "cohort_maturity_pct")
        .unwrap();
    assert_eq!((m.prev, m.expected), (None, None));
}

#[test]
fn a_cohort_whose_earlier_cohorts_have_no_revenue() {
    let mut ds = cohort_example();
    // Every earlier cohort's deals lost: no prior all_k > 0.
    for deal in ds.deals.iter_mut().filter(|d| d.id != "D5" && d.id != "D6") {
        deal.status = DealStatus::Lost;
    }
    let json = to_json(&compute(&ds, &half_year_2026()));
    let c = |k| at(&json, &["company", k]);
    assert_eq!(c("cohort_revenue"), "300.00");
    assert_eq!(c("cohort_maturity_pct"), "null");
    assert_eq!(c("cohort_expected_revenue"), "null");
    assert_eq!(c("cohort_expected_roi_pct"), "null");
}

#[test]
fn a_cohort_with_no_earlier_cohorts() {
    let mut ds = cohort_example();
    ds.inquiries
        .retain(|i| i.received_at.date() >= d(2026, 1, 1));
    ds.deals.retain(|d| d.id == "D5" || d.id == "D6");
    let json = to_json(&compute(&ds, &half_year_2026()));
    let c = |k| at(&json, &["company", k]);
    assert_eq!(c("cohort_revenue"), "300.00");
    assert_eq!(c("cohort_maturity_pct"), "null");
    assert_eq!(c("cohort_expected_revenue"), "null");
}

#[test]
fn every_zero_denominator_is_null() {
    // Nothing at all in the period: no leads, no spend, no quotes.
    let json = to_json(&compute(
        &cohort_example(),
        &year_request(2020, d(2026, 6, 30), AttributionModel::Linear),
    ));
    for key in [
        "qualified_pct",
        "cost_per_qualified_lead",
        "quote_rate_pct",
        "quote_hit_rate_pct",
        "quote_to_order_days",
        "quote_to_order_median_days",
        "cohort_roi_pct",
        "cohort_expected_roi_pct",
    ] {
        assert_eq!(at(&json, &["company", key]), "null", "{key}");
    }
    for key in ["qualified_leads", "quoted_leads", "quotes", "won_leads"] {
        assert_eq!(at(&json, &["company", key]), "0", "{key}");
    }
    // Leads and spend but nobody qualified or quoted: the rates are 0, the
    // cost per qualified lead and the hit rate undefined.
    let json = to_json(&compute(&cohort_example(), &half_year_2026()));
    let c = |k| at(&json, &["company", k]);
    assert_eq!(c("qualified_pct"), "0.00");
    assert_eq!(c("cost_per_qualified_lead"), "null");
    assert_eq!(c("quote_hit_rate_pct"), "null");
    assert_eq!(c("quote_to_order_days"), "null");
}

#[test]
fn qualification_benchmarks_skip_years_without_qualifications() {
    // 2024 holds records but none of its leads carries a qualified_at, so
    // it does not take part: prev is undefined although 2024 had leads.
    let mut ds = worked_example();
    ds.inquiries.push(lead("I0", d(2024, 5, 1), 1, &[], "W"));
    let report = compute(
        &ds,
        &year_request(2025, d(2026, 6, 30), AttributionModel::FirstTouch),
    );
    let q = report
        .benchmarks
        .iter()
        .find(|b| b.key == "qualified_leads")
        .unwrap();
    assert_eq!(q.prev, None);
    let leads = report.benchmarks.iter().find(|b| b.key == "leads").unwrap();
    assert_eq!(leads.prev, Some(dec!(1)));
}

fn with_activity() -> Dataset {
    let mut ds = worked_example();
    let row = |month, source_id, metric: &str, count| Activity {
        month,
        source_id,
        metric: metric.into(),
        count,
    };
    ds.activity = vec![
        row(d(2024, 3, 1), 1, "clicks", 150),
        row(d(2025, 1, 1), 1, "clicks", 120),
        row(d(2025, 2, 1), 1, "clicks", 80),
        row(d(2025, 1, 1), 1, "impressions", 5000),
        // December's first day is in 2025; January 2026's is not.
        row(d(2026, 1, 1), 1, "clicks", 999),
    ];
    // A prior year takes part only when it holds a record as well.
    ds.inquiries.push(lead("I0", d(2024, 5, 1), 1, &[], "W"));
    ds
}

#[test]
fn channel_activity_per_scope_and_model() {
    let json = funnel_json(&with_activity(), AttributionModel::FirstTouch);
    let c = |k| at(&json, &["company", k]);
    assert_eq!(c("activity.clicks"), "200");
    // A's spend only (100), never the general labour: the cost per click.
    assert_eq!(c("cost_per.clicks"), "0.50");
    // A's one lead per 200 clicks.
    assert_eq!(c("to_lead_pct.clicks"), "0.50");
    assert_eq!(c("activity.impressions"), "5000");
    assert_eq!(c("cost_per.impressions"), "0.02");
    let b = source_of(&json, "B");
    assert_eq!(text(b, "activity.clicks"), "0");
    assert_eq!(text(b, "cost_per.clicks"), "null");
    assert_eq!(text(b, "to_lead_pct.clicks"), "null");
    let paid = json["channels"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Paid search")
        .unwrap();
    assert_eq!(text(paid, "activity.clicks"), "200");
    // Under linear A has half of I1: 0.5 leads per 200 clicks.
    let json = funnel_json(&with_activity(), AttributionModel::Linear);
    assert_eq!(text(source_of(&json, "A"), "to_lead_pct.clicks"), "0.25");
    // 2024 holds clicks and a lead, so it takes part; impressions only
    // from 2025.
    assert_eq!(at(&json, &["benchmarks", "activity.clicks", "prev"]), "150");
    assert_eq!(
        at(&json, &["benchmarks", "activity.impressions", "prev"]),
        "null"
    );
}
