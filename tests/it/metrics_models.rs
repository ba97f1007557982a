//! Each attribution model on hand-computed scenarios, the undefined (null)
//! figures, and the records that carry no credit: reorders without an
//! inquiry, inquiries that are not leads, deals whose inquiry is missing.

use crate::common::{channel, d, deal, general, lead, source, spend, won};
use crate::metrics_example::{at, report, worked_example, year_request};
use leadledger::metrics::{compute, credits, to_json, AttributionModel};
use leadledger::records::{Dataset, DealStatus, Direction, SpendDirection, Target, Traffic};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// A = 1 and C = 3 (inbound), B = 2 (outbound), Unknown = 4.
/// L1 (1 Mar): first touch A, then B on 15 Mar and C on 8 Mar (entered in
/// that order, so the path is A, C, B); won 700 on 1 Apr. L2 (2 Mar): C only,
/// never won. No spend.
fn three_step() -> Dataset {
    Dataset {
        channels: vec![
            channel(1, "Online directories", Direction::Inbound),
            channel(2, "Trade shows", Direction::Outbound),
            channel(3, "Unknown", Direction::Inbound),
        ],
        sources: vec![
            source(1, 1, "A"),
            source(2, 2, "B"),
            source(3, 1, "C"),
            source(4, 3, "Unknown"),
        ],
        inquiries: vec![
            lead(
                "L1",
                d(2025, 3, 1),
                1,
                &[(2, d(2025, 3, 15)), (3, d(2025, 3, 8))],
                "Acme",
            ),
            lead("L2", d(2025, 3, 2), 3, &[], "Beta"),
        ],
        deals: vec![won("W1", Some("L1"), "Acme", d(2025, 4, 1), dec!(700))],
        ..Dataset::default()
    }
}

/// (model, leads A, C, B, revenue A, C, B), worked by hand:
/// - first/last touch: all of L1 to A / to B.
/// - linear: ⅓ each of L1; 700/3 = 233.33 each.
/// - position based: 0.4 A, 0.2 C, 0.4 B → 280, 140, 280.
/// - time decay (h = 7): A is 14 days before the last touch, C 7, B 0, so the
///   weights are ¼, ½, 1 (sum 1.75): A 1/7, C 2/7, B 4/7 → 100, 200, 400.
/// - data-driven: paths START→A→C→B→CONV and START→C→NULL give P(conv) = ½;
///   without A ¼ (RE ½), without C or B 0 (RE 1 each); L1 splits by them
///   0.2, 0.4, 0.4 → 140, 280, 280, and its lead likewise.
/// L2 gives C one more lead under every model.
const SCENARIO: &[(AttributionModel, [&str; 3], [&str; 3])] = &[
    (
        AttributionModel::FirstTouch,
        ["1", "1", "0"],
        ["700.00", "0.00", "0.00"],
    ),
    (
        AttributionModel::LastTouch,
        ["0", "1", "1"],
        ["0.00", "0.00", "700.00"],
    ),
    (
        AttributionModel::Linear,
        ["0.3333", "1.3333", "0.3333"],
        ["233.33", "233.33", "233.33"],
    ),
    (
        AttributionModel::PositionBased,
        ["0.4", "1.2", "0.4"],
        ["280.00", "140.00", "280.00"],
    ),
    (
        AttributionModel::TimeDecay,
        ["0.1429", "1.2857", "0.5714"],
        ["100.00", "200.00", "400.00"],
    ),
    (
        AttributionModel::DataDriven,
        ["0.2", "1.4", "0.4"],
        ["140.00", "280.00", "280.00"],
    ),
];

#[test]
fn every_model_on_a_three_step_path() {
    let ds = three_step();
    for &(model, leads, revenue) in SCENARIO {
        let json = to_json(&report(&ds, model));
        let src = |i: &str, key: &str| at(&json, &["sources", i, key]);
        assert_eq!(
            [src("0", "leads"), src("2", "leads"), src("1", "leads")],
            leads,
            "{model:?}"
        );
        assert_eq!(
            [
                src("0", "revenue"),
                src("2", "revenue"),
                src("1", "revenue")
            ],
            revenue,
            "{model:?}"
        );
        // The won deal and the new customer follow the same credit.
        let won_a = at(&json, &["sources", "0", "won_deals"]);
        let nc_a = at(&json, &["sources", "0", "new_customers"]);
        assert_eq!(won_a, nc_a, "{model:?}");
        // The inbound channel holds A and C.
        let r = report(&ds, model);
        let inbound: Decimal = [0, 2]
            .iter()
            .map(|&i| r.sources[i].figures.revenue.unwrap())
            .sum();
        assert_eq!(r.channels[0].figures.revenue.unwrap(), inbound, "{model:?}");
    }
}

#[test]
fn data_driven_lead_to_customer_follows_each_lead() {
    // L1 converts and splits 0.2, 0.4, 0.4; L2 (C's, RE 1) does not. A and
    // B hold only their part of L1: 100 %; C 0.4 of 1.4 leads.
    let json = to_json(&report(&three_step(), AttributionModel::DataDriven));
    let ltc = |i: &str| at(&json, &["sources", i, "lead_to_customer_pct"]);
    assert_eq!(
        [ltc("0"), ltc("2"), ltc("1")],
        ["100.00", "28.57", "100.00"]
    );
    // Under linear L1's credit converts: A ⅓ of ⅓ leads = 100 %.
    let json = to_json(&report(&three_step(), AttributionModel::Linear));
    let ltc = |i: &str| at(&json, &["sources", i, "lead_to_customer_pct"]);
    assert_eq!([ltc("0"), ltc("2")], ["100.00", "25.00"]);
}

/// Issue 11: Thomasnet = 1 (online directories) and Google Ads = 2 (paid
/// search), Unknown = 3, every inquiry with one touchpoint. Thomasnet's Q0
/// won 7,400 and Google Ads' Q3 12,500; the other leads never buy (Q1's deal
/// is lost). Removal effects are ½ each.
pub fn one_touchpoint_each() -> Dataset {
    let inquiries = [
        (1, d(2025, 2, 3)),
        (1, d(2025, 3, 4)),
        (1, d(2025, 5, 6)),
        (2, d(2025, 2, 10)),
        (2, d(2025, 4, 11)),
        (3, d(2025, 6, 12)),
    ];
    // The worked example's three sources, renamed, both channels inbound.
    let mut ds = worked_example();
    ds.channels[0].name = "Online directories".into();
    ds.channels[1] = channel(2, "Paid search", Direction::Inbound);
    ds.sources[0].name = "Thomasnet".into();
    ds.sources[1].name = "Google Ads".into();
    ds.spend = vec![
        spend(1, d(2025, 1, 15), dec!(1200), Some(1)),
        spend(2, d(2025, 1, 15), dec!(2500), Some(2)),
    ];
    ds.inquiries = inquiries
        .iter()
        .enumerate()
        .map(|(i, &(src, day))| lead(&format!("Q{i}"), day, src, &[], &format!("Co{i}")))
        .collect();
    ds.deals = vec![
        won("W1", Some("Q0"), "Co0", d(2025, 4, 1), dec!(7400)),
        won("W2", Some("Q3"), "Co3", d(2025, 5, 1), dec!(12500)),
        deal(
            "L1",
            Some("Q1"),
            "Co1",
            d(2025, 6, 1),
            DealStatus::Lost,
            dec!(900),
        ),
    ];
    ds
}

/// Data-driven shared the period's revenue out by the removal effects,
/// whichever lead bought what: 9,950 each. Each lead now gives all its
/// credit, and its own revenue, to its one source, as every model does.
#[test]
fn one_touchpoint_each_gives_data_driven_the_first_touch_figures() {
    let ds = one_touchpoint_each();
    let json = to_json(&report(&ds, AttributionModel::DataDriven));
    assert!(json.get("fallback_model").is_none());
    let src = |i: &str, key: &str| at(&json, &["sources", i, key]);
    assert_eq!(
        [src("0", "revenue"), src("1", "revenue")],
        ["7400.00", "12500.00"]
    );
    assert_eq!(
        [src("0", "roi_pct"), src("1", "roi_pct")],
        ["516.67", "400.00"]
    );
    assert_eq!([src("0", "leads"), src("1", "leads")], ["3", "2"]);
    assert_eq!([src("0", "cac"), src("1", "cac")], ["1200.00", "2500.00"]);
    for model in [AttributionModel::FirstTouch, AttributionModel::LastTouch] {
        let other = to_json(&report(&ds, model));
        for part in ["sources", "channels", "company"] {
            assert_eq!(other[part], json[part], "{model:?} {part}");
        }
    }
}

/// A = 1, B = 2 (outbound), U = 3. In 2025 L1 (A) converts, L2 (B) and L3
/// (B, then U) do not: RE(A) = 1, RE(B) = RE(U) = 0. E arrived in 2024 (A,
/// then B) and its deal closed in 2025.
pub fn an_earlier_lead_buys() -> Dataset {
    let mut ds = three_step();
    ds.sources = vec![source(1, 1, "A"), source(2, 2, "B"), source(3, 1, "U")];
    ds.inquiries = vec![
        lead("E", d(2024, 12, 1), 1, &[(2, d(2024, 12, 5))], "CoE"),
        lead("L1", d(2025, 1, 10), 1, &[], "Co1"),
        lead("L2", d(2025, 1, 11), 2, &[], "Co2"),
        lead("L3", d(2025, 1, 12), 2, &[(3, d(2025, 1, 13))], "Co3"),
    ];
    ds.deals = vec![
        won("DE", Some("E"), "CoE", d(2025, 2, 1), dec!(600)),
        won("D1", Some("L1"), "Co1", d(2025, 3, 1), dec!(400)),
    ];
    ds
}

/// 2025's removal effects give E's deal all to A (linear halves it); L3's
/// sources have RE 0: half each, as under linear. In 2024 nothing had
/// converted: linear, with a warning.
#[test]
fn data_driven_splits_every_credit_of_a_period_by_its_own_leads() {
    let ds = an_earlier_lead_buys();
    let json = to_json(&report(&ds, AttributionModel::DataDriven));
    assert!(json.get("fallback_model").is_none());
    let src = |i: &str, key: &str| at(&json, &["sources", i, key]);
    let figures =
        |i: &str| ["revenue", "won_deals", "new_customers", "leads"].map(|key| src(i, key));
    assert_eq!(figures("0"), ["1000.00", "2", "2", "1"]);
    assert_eq!(figures("1"), ["0.00", "0", "0", "1.5"]);
    assert_eq!(figures("2"), ["0.00", "0", "0", "0.5"]);
    assert_eq!(at(&json, &["company", "cac_outbound"]), "null");
    let linear = to_json(&report(&ds, AttributionModel::Linear));
    assert_eq!(at(&linear, &["sources", "0", "revenue"]), "700.00");
    let y2024 = compute(
        &ds,
        &year_request(2024, d(2025, 12, 31), AttributionModel::DataDriven),
    );
    assert_eq!(y2024.fallback_model, Some(AttributionModel::Linear));
    assert!(y2024
        .warnings
        .iter()
        .any(|w| w.key == "data_driven_fallback"));
    assert_eq!(y2024.sources[1].figures.leads, Some(dec!(0.5)));
}

#[test]
fn credits_of_one_lead() {
    let ds = three_step();
    let l1 = &ds.inquiries[0];
    let as_of = d(2025, 12, 31);
    assert_eq!(
        credits(&ds, l1, AttributionModel::PositionBased, as_of),
        vec![(1, dec!(0.4)), (3, dec!(0.2)), (2, dec!(0.4))]
    );
    let decay = credits(&ds, l1, AttributionModel::TimeDecay, as_of);
    assert_eq!(decay.iter().map(|c| c.1).sum::<Decimal>(), Decimal::ONE);
    assert_eq!(decay[2].1.round_dp(20), (dec!(4) / dec!(7)).round_dp(20));
    // Before C and B were touched, A had everything.
    assert_eq!(
        credits(&ds, l1, AttributionModel::LastTouch, d(2025, 3, 7)),
        vec![(1, Decimal::ONE)]
    );
    // A half-life of 14 days: weights ½, 1/√2, 1.
    let mut slow = ds.clone();
    slow.settings.half_life_days = dec!(14);
    let c = credits(
        &slow,
        &slow.inquiries[0],
        AttributionModel::TimeDecay,
        as_of,
    );
    assert_eq!(c[0].1.round_dp(6), dec!(0.226541));
}

#[test]
fn an_empty_database_has_undefined_ratios_not_zeros() {
    let r = report(&Dataset::default(), AttributionModel::DataDriven);
    let json = to_json(&r);
    for key in [
        "leads",
        "spend",
        "revenue",
        "total_revenue",
        "won_deals",
        "new_customers",
    ] {
        assert!(
            ["0", "0.00"].contains(&at(&json, &["company", key]).as_str()),
            "{key}"
        );
    }
    for key in [
        "roi_pct",
        "romi",
        "cpl",
        "deal_conversion_pct",
        "lead_to_customer_pct",
        "cac",
        "cac_inbound",
        "cac_outbound",
        "value_converted_pct",
        "sales_cycle_days",
        "sales_cycle_median_days",
        "visitor_to_lead_pct",
        "unknown_source_pct",
        "retention_pct",
        "clv",
        "clv_to_cac",
    ] {
        assert_eq!(at(&json, &["company", key]), "null", "{key}");
    }
    // No lead converted: data-driven is undefined and falls back to linear.
    assert_eq!(at(&json, &["fallback_model"]), "linear");
    assert!(r.warnings.iter().any(|w| w.key == "data_driven_fallback"));
}

#[test]
fn zero_target_zero_cac_and_zero_visitors_are_undefined() {
    let mut ds = worked_example();
    ds.spend.clear();
    ds.targets = vec![Target {
        year: 2025,
        sales_target: Some(Decimal::ZERO),
        lead_target: None,
    }];
    ds.traffic = vec![Traffic {
        month: d(2025, 1, 1),
        source_id: 1,
        visitors: 0,
    }];
    let json = to_json(&report(&ds, AttributionModel::FirstTouch));
    assert_eq!(at(&json, &["company", "value_converted_pct"]), "null");
    assert_eq!(at(&json, &["company", "visitor_to_lead_pct"]), "null");
    // No spend but one new customer: CAC is 0, so CLV:CAC is undefined.
    assert_eq!(at(&json, &["company", "cac"]), "0.00");
    assert_eq!(at(&json, &["company", "clv_to_cac"]), "null");
    assert_eq!(at(&json, &["company", "roi_pct"]), "null");
    assert_eq!(at(&json, &["company", "cpl"]), "0.00");
}

#[test]
fn a_source_with_spend_and_no_leads() {
    let mut ds = worked_example();
    ds.sources.push(source(4, 2, "Fair 2025"));
    ds.spend.push(spend(9, d(2025, 5, 5), dec!(250), Some(4)));
    let r = report(&ds, AttributionModel::FirstTouch);
    let json = to_json(&r);
    let fair = |key: &str| at(&json, &["sources", "3", key]);
    assert_eq!(
        [fair("leads"), fair("spend"), fair("revenue")],
        ["0", "250.00", "0.00"]
    );
    assert_eq!([fair("roi_pct"), fair("romi")], ["-100.00", "0.00"]);
    for key in [
        "cpl",
        "deal_conversion_pct",
        "lead_to_customer_pct",
        "cac",
        "visitor_to_lead_pct",
    ] {
        assert_eq!(fair(key), "null", "{key}");
    }
    assert!(r
        .warnings
        .iter()
        .any(|w| w.key == "small_sample" && w.source.as_deref() == Some("Fair 2025")));
    // Its spend is outbound (trade shows): cac_outbound = 550 / 0 stays null.
    assert_eq!(at(&json, &["company", "cac_outbound"]), "null");
    assert_eq!(at(&json, &["company", "spend"]), "1250.00");
}

#[test]
fn reorders_and_non_leads_are_unattributed() {
    let mut ds = worked_example();
    // A reorder by a new customer Q with no inquiry, and an inquiry that is a
    // reorder by an existing customer (not a lead) with a won deal.
    ds.deals
        .push(won("D4", None, "Q", d(2025, 7, 1), dec!(200)));
    let mut reorder = lead("I4", d(2025, 7, 5), 1, &[], "X");
    reorder.is_lead = false;
    ds.inquiries.push(reorder);
    ds.deals
        .push(won("D5", Some("I4"), "x ", d(2025, 8, 1), dec!(300)));
    // A deal whose inquiry id names nothing counts like a reorder.
    ds.deals
        .push(won("D6", Some("I404"), "R", d(2025, 9, 1), dec!(400)));
    for &model in AttributionModel::ALL {
        let json = to_json(&report(&ds, model));
        let c = |key: &str| at(&json, &["company", key]);
        assert_eq!(
            [c("leads"), c("won_deals"), c("revenue")],
            ["3", "1", "1000.00"],
            "{model:?}"
        );
        assert_eq!(c("total_revenue"), "2400.00");
        // X, Q and R are new; only X came through a lead.
        assert_eq!(c("new_customers"), "3");
        assert_eq!(c("cac"), "333.33");
        assert_eq!(c("sales_cycle_days"), "90.00");
        let total_nc: Decimal = report(&ds, model)
            .sources
            .iter()
            .map(|s| s.figures.new_customers.unwrap())
            .sum();
        assert_eq!(total_nc.round_dp(20), Decimal::ONE, "{model:?}");
    }
}

#[test]
fn a_lost_deal_and_an_open_deal_count_for_nothing() {
    let mut ds = worked_example();
    ds.deals.push(deal(
        "D7",
        Some("I3"),
        "Z",
        d(2025, 5, 1),
        DealStatus::Open,
        dec!(900),
    ));
    let json = to_json(&report(&ds, AttributionModel::Linear));
    assert_eq!(at(&json, &["company", "total_revenue"]), "1500.00");
    assert_eq!(at(&json, &["sources", "2", "won_deals"]), "0");
}

#[test]
fn margin_general_spend_and_campaigns() {
    let mut ds = worked_example();
    ds.settings.gross_margin = dec!(0.4);
    ds.spend.push(general(
        10,
        d(2025, 3, 3),
        dec!(100),
        SpendDirection::Shared,
    ));
    ds.spend.push(general(
        11,
        d(2025, 3, 3),
        dec!(50),
        SpendDirection::Outbound,
    ));
    ds.sources[0].utm_campaign = Some("spring".into());
    ds.spend[0].campaign = Some(" spring ".into());
    let json = to_json(&report(&ds, AttributionModel::FirstTouch));
    // (1000 × 0.4 − 1150) / 1150 × 100.
    assert_eq!(at(&json, &["company", "roi_pct"]), "-65.22");
    // Shared spend only in the company CAC; outbound general spend in
    // cac_outbound's numerator (its denominator is still 0).
    assert_eq!(at(&json, &["company", "cac"]), "1150.00");
    assert_eq!(at(&json, &["company", "cac_inbound"]), "700.00");
    assert_eq!(at(&json, &["campaigns", "0", "name"]), "spring");
    assert_eq!(at(&json, &["campaigns", "0", "spend"]), "100.00");
    assert_eq!(at(&json, &["campaigns", "0", "leads"]), "1");
    assert_eq!(at(&json, &["campaigns", "0", "revenue"]), "1000.00");
}

#[test]
fn unknown_source_ids_count_as_unknown() {
    let mut ds = worked_example();
    ds.inquiries.push(lead("I9", d(2025, 4, 1), 77, &[], "W"));
    let r = compute(
        &ds,
        &year_request(2025, d(2025, 12, 31), AttributionModel::FirstTouch),
    );
    assert_eq!(r.sources[2].figures.leads, Some(dec!(2)));
    assert_eq!(r.company.unknown_source_pct, Some(dec!(50)));
    assert!(r.warnings.iter().any(|w| w.key == "unresolved_source"));
}
