//! What the two call-log test files share: importing a log into the store,
//! logging calls, two sources with tracking numbers, a plain-form log and
//! March's company figures as `metrics --json` writes them. It is kept apart
//! so that `calls_store` and `calls_retention` both read it and neither
//! imports the other.

use chrono::{NaiveDate, NaiveDateTime};
use leadledger::metrics::{compute, to_json, AttributionModel, Period, Request};
use leadledger::records::InquiryKind;
use leadledger::store::{CallImportOptions, CallImportSummary, NewSource, Store};
use serde_json::Value;

pub fn import(store: &mut Store, bytes: &[u8]) -> CallImportSummary {
    store
        .import_calls(bytes, &CallImportOptions::default())
        .unwrap()
        .unwrap_or_else(|r| panic!("{:?}", r.errors))
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

/// A logged phone inquiry: id, time, number and the source said.
pub fn log_call(store: &mut Store, id: &str, when: &str, phone: &str, source: &str) {
    let mut q = crate::common::new_inquiry(id, at(when));
    q.kind = InquiryKind::Call;
    q.phone = Some(phone.into());
    q.source = Some(source.into());
    store.save_inquiry(&q).unwrap();
}

/// Two sources with tracking numbers, and two logged calls: Q-1 at 09:02
/// that said Unknown, Q-2 at 10:02 that said `second_said`.
pub fn two_tracked_calls(store: &mut Store, second_said: &str) {
    tracked_source(store, "Trade press", "030 12345690");
    tracked_source(store, "Online directory", "030 12345691");
    log_call(store, "Q-1", "2026-03-02 09:02", "030 12345671", "Unknown");
    log_call(
        store,
        "Q-2",
        "2026-03-02 10:02",
        "030 12345672",
        second_said,
    );
}

fn tracked_source(store: &mut Store, name: &str, number: &str) {
    store
        .save_source(&NewSource {
            channel: "Print".into(),
            name: name.into(),
            tracking_numbers: vec![number.into()],
            ..NewSource::default()
        })
        .unwrap();
}

/// A plain-form log of `rows` (started_at, caller, dialled).
pub fn plain(rows: &[(&str, &str, &str)]) -> Vec<u8> {
    let mut s = String::from("started_at,caller,dialled,duration_s\n");
    for (when, caller, dialled) in rows {
        s.push_str(&format!("{when}:00,{caller},{dialled},60\n"));
    }
    s.into_bytes()
}

/// The company figures of March 2026 as `metrics --json` writes them.
pub fn march_json(store: &Store, as_of: NaiveDate) -> Value {
    let ds = store.load_dataset().unwrap();
    let period = Period::month(2026, 3).unwrap();
    let r = compute(
        &ds,
        &Request {
            period,
            as_of,
            model: AttributionModel::Linear,
        },
    );
    to_json(&r)
}

/// A company figure as written: a decimal string, or "null".
pub fn figure(json: &Value, key: &str) -> String {
    match &json["company"][key] {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

pub const MAIN: &str = "030 12345600";
