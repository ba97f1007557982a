//! The metrics engine against an independent implementation of the spec:
//! `tests/oracle/oracle.py`, written in Python with exact fractions by an
//! engineer who did not read the engine. Demo data sets of a few seeds and
//! "todays" are written as JSON, and for a full past year and a year to date
//! under all six models every company, channel and source figure, every
//! benchmark and every source benchmark must agree with [`to_json`] to 0.01.
//!
//! Python 3 is required: without it this test fails rather than skipping, so
//! that a missing interpreter can never pass for agreement. Set
//! `LEADLEDGER_PYTHON` to use an interpreter other than `python3`.

use chrono::{Datelike, NaiveDate};
use leadledger::demo::{generate, DemoOptions};
use leadledger::metrics::{compute, to_json, Model, Period, Request};
use leadledger::model::Dataset;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::str::FromStr;

/// The agreement the two implementations must reach on every number.
const TOLERANCE: Decimal = dec!(0.01);
/// A benchmark status may differ only when the value lies this close to the
/// edge of the band, where the last digits of two exact-but-differently
/// rounded computations decide.
const EDGE: Decimal = dec!(0.000001);
/// Detailed mismatch lines printed before the rest are only counted.
const MAX_LINES: usize = 400;

fn python() -> String {
    std::env::var("LEADLEDGER_PYTHON").unwrap_or_else(|_| "python3".to_string())
}

fn oracle_script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oracle/oracle.py")
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a valid test date")
}

/// Fails the test, with a message saying what to install, when Python 3 is
/// not there.
fn require_python() {
    let py = python();
    let out = Command::new(&py).arg("--version").output().unwrap_or_else(|e| {
        panic!("the oracle test needs Python 3 (`{py}` could not be run: {e}); install python3 or set LEADLEDGER_PYTHON")
    });
    let version =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && version.contains("Python 3"),
        "the oracle test needs Python 3, `{py} --version` said: {version}"
    );
}

/// One demo data set: generator options and the settings changed after.
struct DemoCase {
    seed: u64,
    today: &'static str,
    inquiries_per_year: u32,
    half_life_days: Option<Decimal>,
    gross_margin: Option<Decimal>,
}

const DEMOS: &[DemoCase] = &[
    DemoCase {
        seed: 1,
        today: "2025-11-22",
        inquiries_per_year: 120,
        half_life_days: None,
        gross_margin: None,
    },
    // A year to date ending on 29 February, with other settings.
    DemoCase {
        seed: 2024,
        today: "2024-02-29",
        inquiries_per_year: 100,
        half_life_days: Some(dec!(3.5)),
        gross_margin: Some(Decimal::ONE),
    },
    DemoCase {
        seed: 77,
        today: "2023-07-15",
        inquiries_per_year: 150,
        half_life_days: None,
        gross_margin: None,
    },
];

fn demo_dataset(case: &DemoCase) -> Dataset {
    let mut ds = generate(&DemoOptions {
        today: date(case.today),
        years: 6,
        inquiries_per_year: case.inquiries_per_year,
        seed: case.seed,
    });
    if let Some(h) = case.half_life_days {
        ds.settings.half_life_days = h;
    }
    if let Some(m) = case.gross_margin {
        ds.settings.gross_margin = m;
    }
    ds
}

/// One request to both implementations, with the oracle running meanwhile.
struct Run {
    label: String,
    request: Request,
    out_path: PathBuf,
    child: Child,
}

fn spawn_oracle(data: &Path, req: &Request, out_path: PathBuf) -> Child {
    let out = File::create(&out_path).expect("a temporary output file");
    Command::new(python())
        .arg(oracle_script())
        .arg(data)
        .arg(req.period.from.to_string())
        .arg(req.period.to.to_string())
        .arg(req.as_of.to_string())
        .arg(req.model.as_str())
        .stdout(Stdio::from(out))
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("could not start the oracle with `{}`: {e}", python()))
}

#[test]
fn engine_agrees_with_the_oracle() {
    require_python();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut mismatches = Vec::new();
    let mut runs_checked = 0;
    for (n, case) in DEMOS.iter().enumerate() {
        let ds = demo_dataset(case);
        let data_path = dir.path().join(format!("demo{n}.json"));
        std::fs::write(
            &data_path,
            serde_json::to_string(&ds).expect("a Dataset serialises"),
        )
        .expect("the data set is written");
        let today = date(case.today);
        let periods = [
            (
                "past year",
                Period {
                    from: date(&format!("{}-01-01", today.year() - 1)),
                    to: date(&format!("{}-12-31", today.year() - 1)),
                },
            ),
            (
                "year to date",
                Period {
                    from: date(&format!("{}-01-01", today.year())),
                    to: date(&format!("{}-12-31", today.year())),
                },
            ),
        ];
        for (period_label, period) in periods {
            // All six models of one period run in the oracle at once while
            // the engine computes them here.
            let runs: Vec<Run> = Model::ALL
                .iter()
                .map(|&model| {
                    let request = Request {
                        period,
                        as_of: today,
                        model,
                    };
                    let out_path =
                        dir.path()
                            .join(format!("out{n}-{}-{}.json", period.from, model.as_str()));
                    let child = spawn_oracle(&data_path, &request, out_path.clone());
                    let label = format!(
                        "seed {} today {} {period_label} {}",
                        case.seed,
                        case.today,
                        model.as_str()
                    );
                    Run {
                        label,
                        request,
                        out_path,
                        child,
                    }
                })
                .collect();
            let engine: Vec<Value> = runs
                .iter()
                .map(|r| to_json(&compute(&ds, &r.request)))
                .collect();
            for (run, engine) in runs.into_iter().zip(engine) {
                let output = run.child.wait_with_output().expect("the oracle ran");
                assert!(
                    output.status.success(),
                    "the oracle failed on {}: {}",
                    run.label,
                    String::from_utf8_lossy(&output.stderr)
                );
                let text = std::fs::read_to_string(&run.out_path).expect("the oracle's output");
                let oracle: Value = serde_json::from_str(&text).expect("the oracle prints JSON");
                compare_reports(&run.label, &oracle, &engine, &mut mismatches);
                runs_checked += 1;
            }
        }
    }
    assert_eq!(runs_checked, DEMOS.len() * 2 * Model::ALL.len());
    if !mismatches.is_empty() {
        panic!("{}", describe(&mismatches));
    }
}

/// One disagreement: which run, which scope, which key, and both values.
struct Mismatch {
    run: String,
    scope: String,
    key: String,
    oracle: String,
    engine: String,
}

fn describe(list: &[Mismatch]) -> String {
    let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
    for m in list {
        let scope_kind = m.scope.split(' ').next().unwrap_or("").to_string();
        *by_key.entry(format!("{scope_kind} {}", m.key)).or_default() += 1;
    }
    let mut text = format!(
        "{} disagreements between the engine and the oracle\nby scope and key:\n",
        list.len()
    );
    for (k, count) in &by_key {
        text += &format!("  {k}: {count}\n");
    }
    text += "details (run | scope | key: oracle vs engine):\n";
    for m in list.iter().take(MAX_LINES) {
        text += &format!(
            "  {} | {} | {}: oracle {} vs engine {}\n",
            m.run, m.scope, m.key, m.oracle, m.engine
        );
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

fn compare_figures(
    run: &str,
    scope: &str,
    keys: &[&str],
    oracle: &Value,
    engine: &Value,
    out: &mut Vec<Mismatch>,
) {
    for key in keys {
        let (a, b) = (oracle.get(*key), engine.get(*key));
        if !agree(a, b) {
            out.push(Mismatch {
                run: run.into(),
                scope: scope.into(),
                key: (*key).into(),
                oracle: show(a),
                engine: show(b),
            });
        }
    }
}

/// The keys of an oracle object that carry figures.
fn figure_keys(obj: &Value) -> Vec<&str> {
    obj.as_object()
        .map(|m| {
            m.keys()
                .map(String::as_str)
                .filter(|k| !matches!(*k, "name" | "channel" | "direction"))
                .collect()
        })
        .unwrap_or_default()
}

fn compare_benchmark(
    run: &str,
    scope: &str,
    oracle: &Value,
    engine: Option<&Value>,
    out: &mut Vec<Mismatch>,
) {
    let Some(engine) = engine else {
        out.push(Mismatch {
            run: run.into(),
            scope: scope.into(),
            key: "(benchmark)".into(),
            oracle: "present".into(),
            engine: "(missing)".into(),
        });
        return;
    };
    compare_figures(
        run,
        scope,
        &["value", "prev", "delta", "delta_pct", "expected", "band"],
        oracle,
        engine,
        out,
    );
    let (a, b) = (oracle.get("status"), engine.get("status"));
    if a != b && !near_edge(oracle) {
        out.push(Mismatch {
            run: run.into(),
            scope: scope.into(),
            key: "status".into(),
            oracle: show(a),
            engine: show(b),
        });
    }
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

fn compare_reports(run: &str, oracle: &Value, engine: &Value, out: &mut Vec<Mismatch>) {
    compare_figures(
        run,
        "company",
        &figure_keys(&oracle["company"]),
        &oracle["company"],
        &engine["company"],
        out,
    );
    for (list, what) in [("channels", "channel"), ("sources", "source")] {
        let items = oracle[list].as_array().cloned().unwrap_or_default();
        let engine_len = engine[list].as_array().map_or(0, Vec::len);
        if engine_len != items.len() {
            out.push(Mismatch {
                run: run.into(),
                scope: list.into(),
                key: "(count)".into(),
                oracle: items.len().to_string(),
                engine: engine_len.to_string(),
            });
        }
        for item in &items {
            let name = item["name"].as_str().unwrap_or_default();
            let scope = format!("{what} {name}");
            match by_name(&engine[list], name) {
                None => out.push(Mismatch {
                    run: run.into(),
                    scope,
                    key: "(entry)".into(),
                    oracle: "present".into(),
                    engine: "(missing)".into(),
                }),
                Some(e) => {
                    if what == "source" && item.get("channel") != e.get("channel") {
                        out.push(Mismatch {
                            run: run.into(),
                            scope: scope.clone(),
                            key: "channel".into(),
                            oracle: show(item.get("channel")),
                            engine: show(e.get("channel")),
                        });
                    }
                    compare_figures(run, &scope, &figure_keys(item), item, e, out);
                }
            }
        }
    }
    if let Some(benches) = oracle["benchmarks"].as_object() {
        for (key, bench) in benches {
            compare_benchmark(
                run,
                &format!("benchmark {key}"),
                bench,
                engine["benchmarks"].get(key),
                out,
            );
        }
    }
    if let Some(sources) = oracle["source_benchmarks"].as_object() {
        for (source, benches) in sources {
            for (key, bench) in benches.as_object().into_iter().flatten() {
                let e = engine["source_benchmarks"]
                    .get(source)
                    .and_then(|s| s.get(key));
                compare_benchmark(
                    run,
                    &format!("source_benchmark {source} {key}"),
                    bench,
                    e,
                    out,
                );
            }
        }
    }
    let (a, b) = (
        oracle.get("fallback_model"),
        engine.get("fallback_model").filter(|v| !v.is_null()),
    );
    if a != b {
        out.push(Mismatch {
            run: run.into(),
            scope: "report".into(),
            key: "fallback_model".into(),
            oracle: show(a),
            engine: show(b),
        });
    }
}
