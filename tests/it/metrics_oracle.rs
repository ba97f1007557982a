//! Draft: dump the engine's JSON.
use leadledger::metrics::{compute, to_json, Model, Period, Request};
use leadledger::model::Dataset;

#[test]
fn dump_shape() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oracle/worked_example.json")).unwrap();
    let ds: Dataset = serde_json::from_str(&text).unwrap();
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let req = Request { period: Period { from: d("2025-01-01"), to: d("2025-12-31") }, as_of: d("2025-12-31"), model: Model::TimeDecay };
    let r = compute(&ds, &req);
    println!("{}", serde_json::to_string_pretty(&to_json(&r)).unwrap());
}
