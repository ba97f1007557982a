//! The order in which records were entered changes no figure (issue 10).
//! `metrics_props` checks this on random data sets; these are the cases that
//! once flipped a cent, built so that the true figure lies exactly on a half
//! cent and any rounding that follows record order shows in the output.

use crate::common::{d, lead, spend, won};
use crate::metrics_example::year_request;
use crate::metrics_props::four_sources;
use leadledger::metrics::{compute, to_json, AttributionModel, Request};
use leadledger::records::{Dataset, Id};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::Value;

/// The JSON report with the sources and warnings sorted (they are listed in
/// the order of the data set's sources, which is not a figure).
fn canonical(ds: &Dataset, req: &Request) -> Value {
    let mut json = to_json(&compute(ds, req));
    if let Some(rows) = json["sources"].as_array_mut() {
        rows.sort_by_key(|row| row["name"].to_string());
    }
    if let Some(rows) = json["warnings"].as_array_mut() {
        rows.sort_by_key(|row| row.to_string());
    }
    json
}

/// Every order of the sources, and the inquiries, deals and spend reversed.
fn reorderings(ds: &Dataset) -> Vec<Dataset> {
    fn permutations(n: usize) -> Vec<Vec<usize>> {
        if n == 0 {
            return vec![Vec::new()];
        }
        let mut out = Vec::new();
        for p in permutations(n - 1) {
            for i in 0..=p.len() {
                let mut q = p.clone();
                q.insert(i, n - 1);
                out.push(q);
            }
        }
        out
    }
    let mut out = Vec::new();
    for p in permutations(ds.sources.len()) {
        let mut other = ds.clone();
        other.sources = p.iter().map(|&i| ds.sources[i].clone()).collect();
        out.push(other.clone());
        other.inquiries.reverse();
        other.deals.reverse();
        other.spend.reverse();
        out.push(other);
    }
    out
}

/// The paths (`a.b.3.c`) at which two JSON values differ, with both values.
fn differences(a: &Value, b: &Value, path: &str, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                differences(
                    v,
                    y.get(k).unwrap_or(&Value::Null),
                    &format!("{path}.{k}"),
                    out,
                );
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                differences(v, w, &format!("{path}.{i}"), out);
            }
        }
        _ if a != b => out.push(format!("{path}: {a} vs {b}")),
        _ => {}
    }
}

/// Asserts that every reordering of `ds` gives the same report under every
/// model, and returns the report under `model`.
fn order_free(ds: &Dataset, model: AttributionModel) -> Value {
    let as_of = d(2025, 9, 30);
    for &m in AttributionModel::ALL {
        let req = year_request(2025, as_of, m);
        let expected = canonical(ds, &req);
        for other in reorderings(ds) {
            let mut diff = Vec::new();
            differences(&canonical(&other, &req), &expected, "", &mut diff);
            assert!(
                diff.is_empty(),
                "{m:?}, sources in the order {:?}, inquiries first {}: {diff:#?}",
                other.sources.iter().map(|s| s.id).collect::<Vec<_>>(),
                other.inquiries[0].id,
            );
        }
    }
    canonical(ds, &year_request(2025, as_of, model))
}

/// Data-driven credits settle by source id, not by the order of the
/// sources or of a lead's touchpoints. (Issue 10 found `cac_outbound` one
/// year back at 6,928.64 in one record order and 6,928.63 in another.) In
/// 2024 two leads touch B, then A, then C, and both buy, each a new
/// customer: every source is on the one converting path, so RE(A) = RE(B)
/// = RE(C) = 1 and each lead gives ⅓ to each. ⅓ does not terminate; the
/// last-digit remainder goes to A, the lowest id, so B's new customers are
/// exactly twice 0.333…3, and 4,619.09 / ⅔ = 6,928.635 exactly rounds half
/// away from zero, as the oracle has it. Had the remainder followed B's
/// place first in the leads, or in the data set, that digit would have
/// made it 6,928.63.
#[test]
fn data_driven_ties_do_not_follow_the_order_of_the_sources() {
    let mut ds = four_sources();
    for i in 0..2u32 {
        let (id, company) = (format!("I{i}"), format!("Co{i}"));
        let touches = [(1, d(2024, 3, 2 + i)), (3, d(2024, 3, 3 + i))];
        ds.inquiries
            .push(lead(&id, d(2024, 3, 1 + i), 2, &touches, &company));
        ds.deals.push(won(
            &format!("D{i}"),
            Some(&id),
            &company,
            d(2024, 5, 1 + i),
            dec!(1000),
        ));
    }
    ds.spend
        .push(spend(1, d(2024, 4, 1), dec!(4619.09), Some(2)));
    // A current year, so that the prior year is benchmarked.
    ds.inquiries.push(lead("I9", d(2025, 2, 1), 1, &[], "Co9"));
    let json = order_free(&ds, AttributionModel::DataDriven);
    assert_eq!(json["benchmarks"]["cac_outbound"]["prev"], "6928.64");
}

/// Adds a lead received on 1 March 2025 with first touch `first` and further
/// touchpoints `further` that day, won on 1 April for `amount`.
fn add_won_lead(ds: &mut Dataset, first: Id, further: &[Id], amount: Decimal) {
    let i = ds.inquiries.len();
    let (id, company) = (format!("I{i}"), format!("Co{i}"));
    let day = d(2025, 3, 1);
    let touches: Vec<_> = further.iter().map(|&s| (s, day)).collect();
    ds.inquiries.push(lead(&id, day, first, &touches, &company));
    ds.deals.push(won(
        &format!("D{i}"),
        Some(&id),
        &company,
        d(2025, 4, 1),
        amount,
    ));
}

/// A source's revenue adds credit × amount over its deals, and these
/// products of 28-digit credits round: summed in the order the deals were
/// entered, A's revenue was 800.20 one way and 800.19 the other. Linear
/// gives A ⅔, ⅔ and ⅚: 7.28 × ⅔ + 292.50 × ⅔ + 720.41 × ⅚ = 800.195.
#[test]
fn revenue_does_not_follow_the_order_of_the_deals() {
    let mut ds = four_sources();
    add_won_lead(&mut ds, 2, &[1, 1], dec!(7.28));
    add_won_lead(&mut ds, 1, &[1, 2], dec!(292.50));
    add_won_lead(&mut ds, 1, &[1, 1, 2, 1, 1], dec!(720.41));
    let json = order_free(&ds, AttributionModel::Linear);
    assert_eq!(json["sources"][0]["name"], "A");
    assert_eq!(json["sources"][0]["revenue"], "800.20");
}

/// A channel's figures are sums over its sources, which round like any sum
/// of 28-digit credits: with A, B and C in one channel its revenue was
/// 1,727.80 or 1,727.81 depending on the order the sources were listed in
/// (exactly 521.97 × ½ + 713.28 × ⅚ + 872.42 = 1,727.805).
#[test]
fn channels_do_not_follow_the_order_of_the_sources() {
    let mut ds = four_sources();
    ds.sources[1].channel_id = 1;
    ds.sources[3].channel_id = 2;
    add_won_lead(&mut ds, 2, &[4, 1, 4, 3, 4], dec!(521.97));
    add_won_lead(&mut ds, 1, &[1, 3, 1, 4, 2], dec!(713.28));
    add_won_lead(&mut ds, 1, &[], dec!(872.42));
    ds.spend
        .push(spend(1, d(2025, 2, 1), dec!(807.73), Some(1)));
    let json = order_free(&ds, AttributionModel::Linear);
    let revenue = json["channels"][0]["revenue"].as_str().unwrap().to_string();
    assert!(
        ["1727.80", "1727.81"].contains(&revenue.as_str()),
        "{revenue}"
    );
}
