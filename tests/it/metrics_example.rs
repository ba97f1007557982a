//! The worked example of `shared/spec/metrics.md`, built as a `Dataset`
//! literal and checked figure by figure, for every model. The example, its
//! year request and `at` (a JSON value by path) are shared by the other
//! `metrics_*` test files; the record builders are in `common`.

use crate::common::{channel, d, deal, general, lead, source, spend, won};
use chrono::NaiveDate;
use leadledger::metrics::{
    compare_models, compute, render_table, to_json, AttributionModel, Period, Report, Request,
};
use leadledger::records::{
    Dataset, Deal, DealStatus, Direction, Inquiry, Settings, SpendDirection, Target, Traffic,
};
use rust_decimal_macros::dec;
use serde_json::Value;

/// Sources A = 1 (paid search, inbound), B = 2 (trade shows, outbound),
/// Unknown = 3 (Unknown, inbound); channels 1, 2, 3 likewise.
pub fn worked_example() -> Dataset {
    Dataset {
        settings: Settings::default(),
        channels: vec![
            channel(1, "Paid search", Direction::Inbound),
            channel(2, "Trade shows", Direction::Outbound),
            channel(3, "Unknown", Direction::Inbound),
        ],
        sources: vec![
            source(1, 1, "A"),
            source(2, 2, "B"),
            source(3, 3, "Unknown"),
        ],
        spend: vec![
            spend(1, d(2025, 1, 10), dec!(100.00), Some(1)),
            spend(2, d(2025, 2, 1), dec!(300.00), Some(2)),
            general(3, d(2025, 3, 1), dec!(600.00), SpendDirection::Inbound),
        ],
        inquiries: vec![
            Inquiry {
                qualified_at: Some(d(2025, 1, 16)),
                ..lead("I1", d(2025, 1, 15), 1, &[(2, d(2025, 1, 20))], "X")
            },
            Inquiry {
                qualified_at: Some(d(2025, 2, 11)),
                ..lead("I2", d(2025, 2, 10), 2, &[], "Y")
            },
            lead("I3", d(2025, 3, 1), 3, &[], "Z"),
        ],
        deals: vec![
            Deal {
                quoted_at: Some(d(2025, 3, 1)),
                ..won("D1", Some("I1"), "X", d(2025, 4, 15), dec!(1000.00))
            },
            Deal {
                quoted_at: Some(d(2025, 2, 20)),
                ..deal(
                    "D2",
                    Some("I2"),
                    "Y",
                    d(2025, 3, 10),
                    DealStatus::Lost,
                    dec!(800.00),
                )
            },
            won("D3", None, "X", d(2025, 6, 1), dec!(500.00)),
        ],
        targets: vec![Target {
            year: 2025,
            sales_target: Some(dec!(3000)),
            lead_target: Some(10),
        }],
        traffic: vec![Traffic {
            month: d(2025, 1, 1),
            source_id: 1,
            visitors: 100,
        }],
        activity: Vec::new(),
        calls: Vec::new(),
    }
}

pub fn year_request(year: i32, as_of: NaiveDate, model: AttributionModel) -> Request {
    Request {
        period: Period::year(year, 1).unwrap(),
        as_of,
        model,
    }
}

pub fn report(ds: &Dataset, model: AttributionModel) -> Report {
    compute(ds, &year_request(2025, d(2025, 12, 31), model))
}

/// The JSON value at `path` (object keys, or array positions), as text or "null".
pub fn at(v: &Value, path: &[&str]) -> String {
    let mut cur = v;
    for p in path {
        cur = match p.parse::<usize>() {
            Ok(i) if cur.is_array() => &cur[i],
            _ => &cur[*p],
        };
    }
    match cur {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[test]
fn company_figures_of_the_worked_example() {
    let expected = [
        ("leads", "3"),
        ("spend", "1000.00"),
        ("revenue", "1000.00"),
        ("total_revenue", "1500.00"),
        ("roi_pct", "0.00"),
        ("romi", "1.00"),
        ("cpl", "333.33"),
        ("won_deals", "1"),
        ("deal_conversion_pct", "33.33"),
        ("lead_to_customer_pct", "33.33"),
        ("new_customers", "1"),
        ("cac", "1000.00"),
        ("value_converted_pct", "50.00"),
        // 15 Jan to 15 Apr.
        ("sales_cycle_days", "90.00"),
        ("sales_cycle_median_days", "90.00"),
        ("visitor_to_lead_pct", "3.00"),
        ("unknown_source_pct", "33.33"),
        ("retention_pct", "null"),
        // AOV 750 × 2 orders a year × 1 year.
        ("clv", "1500.00"),
        ("clv_to_cac", "1.50"),
    ];
    for &model in AttributionModel::ALL {
        let json = to_json(&report(&worked_example(), model));
        for (key, value) in expected {
            assert_eq!(at(&json, &["company", key]), value, "{model:?} {key}");
        }
    }
}

/// (model, A leads, A revenue, A roi_pct, B leads, B revenue, B roi_pct,
/// cac_inbound, cac_outbound). The spec gives four rows (data-driven:
/// RE(A) = ½, RE(B) = 1, so I1 splits ⅓ to A and ⅔ to B); by hand:
/// last_touch gives I1 to B (its last touchpoint), so A has 0 leads and 0
/// revenue (ROI −100 %), B has 2 leads and 1000 revenue (ROI
/// (1000 − 300)/300 = 233.33 %); the new customer X is outbound, so
/// cac_inbound = 700/0 is undefined and cac_outbound = 300/1. position_based
/// with two touchpoints gives ½ each, exactly like linear.
const TABLE: &[(
    AttributionModel,
    &str,
    &str,
    &str,
    &str,
    &str,
    &str,
    &str,
    &str,
)] = &[
    (
        AttributionModel::FirstTouch,
        "1",
        "1000.00",
        "900.00",
        "1",
        "0.00",
        "-100.00",
        "700.00",
        "null",
    ),
    (
        AttributionModel::LastTouch,
        "0",
        "0.00",
        "-100.00",
        "2",
        "1000.00",
        "233.33",
        "null",
        "300.00",
    ),
    (
        AttributionModel::Linear,
        "0.5",
        "500.00",
        "400.00",
        "1.5",
        "500.00",
        "66.67",
        "1400.00",
        "600.00",
    ),
    (
        AttributionModel::PositionBased,
        "0.5",
        "500.00",
        "400.00",
        "1.5",
        "500.00",
        "66.67",
        "1400.00",
        "600.00",
    ),
    (
        AttributionModel::TimeDecay,
        "0.3787",
        "378.69",
        "278.69",
        "1.6213",
        "621.31",
        "107.10",
        "1848.47",
        "482.85",
    ),
    (
        AttributionModel::DataDriven,
        "0.3333",
        "333.33",
        "233.33",
        "1.6667",
        "666.67",
        "122.22",
        "2100.00",
        "450.00",
    ),
];

#[test]
fn source_table_of_the_worked_example() {
    for &(model, a_leads, a_rev, a_roi, b_leads, b_rev, b_roi, cac_in, cac_out) in TABLE {
        let r = report(&worked_example(), model);
        let json = to_json(&r);
        assert_eq!(r.fallback_model, None, "{model:?}");
        assert_eq!(json["sources"][0]["name"], "A");
        assert_eq!(json["sources"][0]["channel"], "Paid search");
        let got = [
            at(&json, &["sources", "0", "leads"]),
            at(&json, &["sources", "0", "revenue"]),
            at(&json, &["sources", "0", "roi_pct"]),
            at(&json, &["sources", "1", "leads"]),
            at(&json, &["sources", "1", "revenue"]),
            at(&json, &["sources", "1", "roi_pct"]),
            at(&json, &["company", "cac_inbound"]),
            at(&json, &["company", "cac_outbound"]),
        ];
        assert_eq!(
            got,
            [a_leads, a_rev, a_roi, b_leads, b_rev, b_roi, cac_in, cac_out],
            "{model:?}"
        );
        // Unknown gets I3 only and never a deal.
        assert_eq!(at(&json, &["sources", "2", "leads"]), "1");
        assert_eq!(at(&json, &["sources", "2", "revenue"]), "0.00");
        assert_eq!(at(&json, &["sources", "2", "roi_pct"]), "null");
        // Channels hold exactly their one source each.
        assert_eq!(json["channels"][0]["leads"], json["sources"][0]["leads"]);
        assert_eq!(json["channels"][1]["direction"], "outbound");
        assert_eq!(
            json["channels"][1]["revenue"],
            json["sources"][1]["revenue"]
        );
    }
}

/// The spec's data-driven row figure by figure: RE(A) = ½, RE(B) = 1,
/// RE(Unknown) = 0. I1 splits its credit ⅓ to A and ⅔ to B, and so do its
/// won deal D1, its revenue and its new customer X; I2 is all B's; I3's one
/// source has RE 0, so it stays with Unknown as under linear.
#[test]
fn data_driven_follows_each_leads_own_split() {
    let json = to_json(&report(&worked_example(), AttributionModel::DataDriven));
    let expected: [(&str, [(&str, &str); 11]); 2] = [
        (
            "0",
            [
                ("leads", "0.3333"),
                ("won_deals", "0.3333"),
                ("new_customers", "0.3333"),
                ("revenue", "333.33"),
                ("roi_pct", "233.33"),
                ("romi", "3.33"),
                // 100 / ⅓ and 0.3333 leads of 100 visitors.
                ("cpl", "300.00"),
                ("cac", "300.00"),
                ("visitor_to_lead_pct", "0.33"),
                ("deal_conversion_pct", "100.00"),
                ("lead_to_customer_pct", "100.00"),
            ],
        ),
        (
            "1",
            [
                ("leads", "1.6667"),
                ("won_deals", "0.6667"),
                ("new_customers", "0.6667"),
                ("revenue", "666.67"),
                ("roi_pct", "122.22"),
                ("romi", "2.22"),
                // 300 / (5/3), 300 / ⅔, ⅔ of 5/3 leads won.
                ("cpl", "180.00"),
                ("cac", "450.00"),
                ("visitor_to_lead_pct", "null"),
                ("deal_conversion_pct", "40.00"),
                ("lead_to_customer_pct", "40.00"),
            ],
        ),
    ];
    for (i, figures) in expected {
        for (key, value) in figures {
            assert_eq!(at(&json, &["sources", i, key]), value, "source {i} {key}");
            // Each channel holds one source.
            assert_eq!(at(&json, &["channels", i, key]), value, "channel {i} {key}");
        }
    }
    for (key, value) in [
        ("leads", "1"),
        ("won_deals", "0"),
        ("new_customers", "0"),
        ("revenue", "0.00"),
        ("lead_to_customer_pct", "0.00"),
    ] {
        assert_eq!(at(&json, &["sources", "2", key]), value, "Unknown {key}");
    }
    // 700 / ⅓ and 300 / ⅔; the company figures are every model's.
    assert_eq!(at(&json, &["company", "cac_inbound"]), "2100.00");
    assert_eq!(at(&json, &["company", "cac_outbound"]), "450.00");
    assert_eq!(at(&json, &["company", "won_deals"]), "1");
    assert!(json.get("fallback_model").is_none());
}

#[test]
fn comparison_holds_the_same_rows() {
    let ds = worked_example();
    let cmp = compare_models(
        &ds,
        &year_request(2025, d(2025, 12, 31), AttributionModel::FirstTouch),
    );
    assert_eq!(cmp.models, AttributionModel::ALL);
    for (m, &model) in AttributionModel::ALL.iter().enumerate() {
        let r = report(&ds, model);
        assert_eq!(
            cmp.sources[0].by_model[m], r.sources[0].figures,
            "{model:?}"
        );
        assert_eq!(
            cmp.sources[1].by_model[m], r.sources[1].figures,
            "{model:?}"
        );
        assert_eq!(
            cmp.channels[1].by_model[m], r.channels[1].figures,
            "{model:?}"
        );
        assert_eq!(cmp.company[m], r.company);
    }
    assert!(!cmp.data_driven_fallback);
}

#[test]
fn source_details_and_warnings() {
    let r = report(&worked_example(), AttributionModel::FirstTouch);
    let json = to_json(&r);
    // A: 100 spend, 1 lead of 100 visitors, 1 won deal, 1 new customer.
    assert_eq!(at(&json, &["sources", "0", "cpl"]), "100.00");
    assert_eq!(at(&json, &["sources", "0", "visitor_to_lead_pct"]), "1.00");
    assert_eq!(
        at(&json, &["sources", "0", "deal_conversion_pct"]),
        "100.00"
    );
    assert_eq!(
        at(&json, &["sources", "0", "lead_to_customer_pct"]),
        "100.00"
    );
    assert_eq!(at(&json, &["sources", "0", "cac"]), "100.00");
    assert_eq!(at(&json, &["sources", "0", "romi"]), "10.00");
    // B: spend, a lead, nothing won.
    assert_eq!(at(&json, &["sources", "1", "cac"]), "null");
    assert_eq!(at(&json, &["sources", "1", "visitor_to_lead_pct"]), "null");
    assert_eq!(at(&json, &["sources", "1", "deal_conversion_pct"]), "0.00");
    // No records in 2024: no benchmarks, and one warning about it.
    assert_eq!(at(&json, &["benchmarks", "leads", "value"]), "3");
    for part in ["prev", "delta", "delta_pct", "expected", "band", "status"] {
        assert_eq!(at(&json, &["benchmarks", "leads", part]), "null", "{part}");
    }
    let keys: Vec<&str> = r.warnings.iter().map(|w| w.key).collect();
    assert_eq!(
        keys,
        [
            "unknown_source_high",
            "prior_year_missing",
            "small_sample",
            "small_sample",
            "small_sample"
        ]
    );
    assert_eq!(r.warnings[2].source.as_deref(), Some("A"));
    assert_eq!(json["warnings"].as_array().unwrap().len(), 5);
    assert!(r.warnings[0].message.starts_with("33.33 % of leads"));
    assert!(!r.year_to_date);
    assert!(json.get("fallback_model").is_none());
}

#[test]
fn terminal_table_shows_the_figures() {
    let text = render_table(&report(&worked_example(), AttributionModel::Linear));
    assert!(text.contains("model: Linear"));
    assert!(text
        .lines()
        .any(|l| l.starts_with("Cost per lead") && l.ends_with("333.33")));
    assert!(text
        .lines()
        .any(|l| l.starts_with("Customer retention") && l.ends_with("n/a")));
    // Percentages to one decimal on screen.
    assert!(text
        .lines()
        .any(|l| l.starts_with("Untracked leads") && l.ends_with("33.3")));
    let b = text.lines().find(|l| l.starts_with("B ")).unwrap();
    assert_eq!(
        b.split_whitespace().collect::<Vec<_>>()[..6],
        ["B", "Trade", "shows", "1.5", "300.00", "500.00"]
    );
}
