//! How the oracle's JSON and the engine's [`to_json`] are held against each
//! other: every figure to 0.01, nulls only against nulls, benchmark statuses
//! exactly unless the value lies on the edge of its band, and every
//! disagreement kept, so that one run reports them all at once.
//!
//! [`to_json`]: leadledger::metrics::to_json

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::Value;
use std::collections::BTreeMap;
use std::str::FromStr;

/// The agreement the two implementations must reach on every number.
const TOLERANCE: Decimal = dec!(0.01);
/// A benchmark status may differ only when the value lies this close to the
/// edge of the band, where the last digits of two exact-but-differently
/// rounded computations decide.
const EDGE: Decimal = dec!(0.000001);
/// Detailed mismatch lines printed before the rest are only counted.
const MAX_LINES: usize = 400;

/// One disagreement: which run, which scope, which key, and both values.
pub struct Mismatch {
    run: String,
    scope: String,
    key: String,
    oracle: String,
    engine: String,
}

/// Collects the disagreements of one run into the common list.
pub struct Checker<'a> {
    pub run: &'a str,
    pub out: &'a mut Vec<Mismatch>,
}

impl Checker<'_> {
    fn note(&mut self, scope: &str, key: &str, oracle: String, engine: String) {
        let (run, scope, key) = (self.run.to_string(), scope.to_string(), key.to_string());
        self.out.push(Mismatch {
            run,
            scope,
            key,
            oracle,
            engine,
        });
    }

    fn figures(&mut self, scope: &str, keys: &[&str], oracle: &Value, engine: &Value) {
        for key in keys {
            let (a, b) = (oracle.get(*key), engine.get(*key));
            if !agree(a, b) {
                self.note(scope, key, show(a), show(b));
            }
        }
    }

    fn benchmark(&mut self, scope: &str, oracle: &Value, engine: Option<&Value>) {
        let Some(engine) = engine else {
            return self.note(scope, "(benchmark)", "present".into(), "(missing)".into());
        };
        let keys = ["value", "prev", "delta", "delta_pct", "expected", "band"];
        self.figures(scope, &keys, oracle, engine);
        let (a, b) = (oracle.get("status"), engine.get("status"));
        if a != b && !near_edge(oracle) {
            self.note(scope, "status", show(a), show(b));
        }
    }

    pub fn reports(&mut self, oracle: &Value, engine: &Value) {
        let company = &oracle["company"];
        self.figures(
            "company",
            &figure_keys(company),
            company,
            &engine["company"],
        );
        for (list, what) in [("channels", "channel"), ("sources", "source")] {
            let items = oracle[list].as_array().cloned().unwrap_or_default();
            let engine_len = engine[list].as_array().map_or(0, Vec::len);
            if engine_len != items.len() {
                self.note(
                    list,
                    "(count)",
                    items.len().to_string(),
                    engine_len.to_string(),
                );
            }
            for item in &items {
                let scope = format!("{what} {}", item["name"].as_str().unwrap_or_default());
                let Some(e) = by_name(&engine[list], item["name"].as_str().unwrap_or_default())
                else {
                    self.note(&scope, "(entry)", "present".into(), "(missing)".into());
                    continue;
                };
                if what == "source" && item.get("channel") != e.get("channel") {
                    self.note(
                        &scope,
                        "channel",
                        show(item.get("channel")),
                        show(e.get("channel")),
                    );
                }
                self.figures(&scope, &figure_keys(item), item, e);
            }
        }
        for (key, bench) in oracle["benchmarks"].as_object().into_iter().flatten() {
            self.benchmark(
                &format!("benchmark {key}"),
                bench,
                engine["benchmarks"].get(key),
            );
        }
        for (source, benches) in oracle["source_benchmarks"]
            .as_object()
            .into_iter()
            .flatten()
        {
            for (key, bench) in benches.as_object().into_iter().flatten() {
                let e = engine["source_benchmarks"]
                    .get(source)
                    .and_then(|s| s.get(key));
                self.benchmark(&format!("source_benchmark {source} {key}"), bench, e);
            }
        }
        let a = oracle.get("fallback_model");
        let b = engine.get("fallback_model").filter(|v| !v.is_null());
        if a != b {
            self.note("report", "fallback_model", show(a), show(b));
        }
    }
}

pub fn describe(list: &[Mismatch]) -> String {
    let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
    for m in list {
        let scope_kind = m.scope.split(' ').next().unwrap_or("");
        *by_key.entry(format!("{scope_kind} {}", m.key)).or_default() += 1;
    }
    let mut text = format!(
        "{} disagreements between the engine and the oracle\n",
        list.len()
    );
    text += "by scope and key:\n";
    for (k, count) in &by_key {
        text += &format!("  {k}: {count}\n");
    }
    text += "details (run | scope | key: oracle vs engine):\n";
    for m in list.iter().take(MAX_LINES) {
        let Mismatch {
            run,
            scope,
            key,
            oracle,
            engine,
        } = m;
        text += &format!("  {run} | {scope} | {key}: oracle {oracle} vs engine {engine}\n");
    }
    if list.len() > MAX_LINES {
        text += &format!("  … and {} more\n", list.len() - MAX_LINES);
    }
    text
}

fn show(v: Option<&Value>) -> String {
    match v {
        None => "(missing)".to_string(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// A JSON number or numeric string as a Decimal; `None` for null.
fn number(v: &Value) -> Option<Decimal> {
    match v {
        Value::String(s) => Decimal::from_str(s)
            .or_else(|_| Decimal::from_scientific(s))
            .ok(),
        Value::Number(n) => Decimal::from_str(&n.to_string()).ok(),
        _ => None,
    }
}

/// Whether two figures agree: both null, or both numbers within the tolerance.
fn agree(oracle: Option<&Value>, engine: Option<&Value>) -> bool {
    match (oracle, engine) {
        (Some(Value::Null), Some(Value::Null)) => true,
        (Some(a), Some(b)) if !a.is_null() && !b.is_null() => match (number(a), number(b)) {
            (Some(x), Some(y)) => (x - y).abs() <= TOLERANCE,
            _ => false,
        },
        _ => false,
    }
}

/// The keys of an oracle object that carry figures.
fn figure_keys(obj: &Value) -> Vec<&str> {
    let skip = |k: &&str| !matches!(*k, "name" | "channel" | "direction");
    obj.as_object()
        .map(|m| m.keys().map(String::as_str).filter(skip).collect())
        .unwrap_or_default()
}

/// Whether the oracle's value lies on the edge of its band, to [`EDGE`].
fn near_edge(bench: &Value) -> bool {
    let get = |k: &str| bench.get(k).and_then(number);
    match (get("value"), get("expected"), get("band")) {
        (Some(v), Some(e), Some(b)) => ((v - e).abs() - b).abs() <= EDGE,
        _ => false,
    }
}

/// Finds the engine's entry of a list by name.
fn by_name<'a>(list: &'a Value, name: &str) -> Option<&'a Value> {
    list.as_array()?
        .iter()
        .find(|x| x.get("name").and_then(Value::as_str) == Some(name))
}
