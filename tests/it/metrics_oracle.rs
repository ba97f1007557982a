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

use chrono::{Datelike, Days, NaiveDate};
use leadledger::demo::{generate, DemoOptions};
use leadledger::metrics::{compute, to_json, Model, Period, Request};
use leadledger::model::{Dataset, Deal, DealStatus, Id, Touchpoint};
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

/// 1 January to 31 December of `year`; with an as-of date inside it, the
/// engine and the oracle both cut it to a year to date.
fn calendar_year(year: i32) -> Period {
    Period {
        from: date(&format!("{year}-01-01")),
        to: date(&format!("{year}-12-31")),
    }
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

/// One demo data set: seed, today, inquiries a year, the half-life and
/// gross margin to set afterwards (`None`: the demo's), and whether to add
/// the records a demo never makes (see [`add_edge_cases`]).
struct DemoCase(
    u64,
    &'static str,
    u32,
    Option<Decimal>,
    Option<Decimal>,
    bool,
);

const DEMOS: &[DemoCase] = &[
    DemoCase(1, "2025-11-22", 120, None, None, false),
    // A year to date ending on 29 February, with other settings.
    DemoCase(
        2024,
        "2024-02-29",
        100,
        Some(dec!(3.5)),
        Some(Decimal::ONE),
        false,
    ),
    DemoCase(77, "2023-07-15", 150, None, None, false),
    DemoCase(5, "2025-03-31", 90, Some(dec!(10)), None, true),
];

fn demo_dataset(case: &DemoCase) -> Dataset {
    let DemoCase(seed, today, inquiries_per_year, half_life, margin, edge_cases) = *case;
    let today = date(today);
    let opts = DemoOptions {
        today,
        years: 6,
        inquiries_per_year,
        seed,
    };
    let mut ds = generate(&opts);
    if let Some(h) = half_life {
        ds.settings.half_life_days = h;
    }
    if let Some(m) = margin {
        ds.settings.gross_margin = m;
    }
    if edge_cases {
        add_edge_cases(&mut ds, today);
    }
    ds
}

/// Adds, deterministically, what the demo generator never makes: touchpoints
/// dated before their inquiry, on the same day as each other (entered out
/// of order) or after the as-of date; won deals whose inquiry does not exist
/// or is not a lead; a customer's first won deal tied on its date with one
/// whose id sorts first, under a differently spaced and cased company name;
/// general spend with no direction.
fn add_edge_cases(ds: &mut Dataset, today: NaiveDate) {
    let sources: Vec<Id> = ds.sources.iter().map(|s| s.id).collect();
    let pick = |i: usize| sources[i % sources.len()];
    for (i, inq) in ds.inquiries.iter_mut().enumerate() {
        let day = inq.received_at.date();
        let touch = |source_id, date| Touchpoint { source_id, date };
        match i % 11 {
            0 => inq.touchpoints.push(touch(pick(i), day - Days::new(3))),
            1 => {
                inq.touchpoints
                    .insert(0, touch(pick(i + 1), day + Days::new(9)));
                inq.touchpoints.push(touch(pick(i + 2), day + Days::new(5)));
                inq.touchpoints.push(touch(pick(i + 3), day + Days::new(5)));
            }
            2 => inq.touchpoints.push(touch(pick(i), today + Days::new(10))),
            _ => {}
        }
    }
    let non_lead = ds
        .inquiries
        .iter()
        .find(|i| !i.is_lead)
        .map(|i| i.id.clone());
    let won: Vec<Deal> = ds
        .deals
        .iter()
        .filter(|d| d.status == DealStatus::Won && d.closed_at.is_some())
        .cloned()
        .collect();
    for (k, d) in won.iter().enumerate().step_by(9) {
        let other = &ds.inquiries[(k * 7) % ds.inquiries.len()];
        let mut twin = d.clone();
        twin.id = format!("!{}", d.id); // '!' sorts before every letter and digit.
        twin.inquiry_id = Some(other.id.clone());
        twin.company = format!("  {} ", d.company.to_ascii_uppercase());
        twin.amount = d.amount / Decimal::from(3);
        let mut ghost = d.clone();
        ghost.id = format!("{}-ghost", d.id);
        ghost.inquiry_id = Some("no-such-inquiry".to_string());
        ghost.company = format!("Ghost {k}");
        let mut reorder = d.clone();
        reorder.id = format!("{}-not-a-lead", d.id);
        reorder.inquiry_id = non_lead.clone();
        ds.deals.extend([twin, ghost, reorder]);
    }
    for s in ds
        .spend
        .iter_mut()
        .filter(|s| s.source_id.is_none())
        .step_by(4)
    {
        s.direction = None;
    }
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
    let tmp = tempfile::tempdir().expect("a temporary directory");
    // LEADLEDGER_ORACLE_KEEP names a directory to keep the data sets and the
    // oracle's outputs in, for looking into a disagreement.
    let keep = std::env::var_os("LEADLEDGER_ORACLE_KEEP").map(PathBuf::from);
    let dir = keep.as_deref().unwrap_or(tmp.path());
    std::fs::create_dir_all(dir).expect("the output directory");
    let mut mismatches = Vec::new();
    let mut runs_checked = 0;
    for (n, case) in DEMOS.iter().enumerate() {
        let ds = demo_dataset(case);
        let data_path = dir.join(format!("demo{n}.json"));
        std::fs::write(
            &data_path,
            serde_json::to_string(&ds).expect("a Dataset serialises"),
        )
        .expect("the data set is written");
        let today = date(case.1);
        let periods = [
            ("past year", calendar_year(today.year() - 1)),
            ("year to date", calendar_year(today.year())),
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
                    let name = format!("out{n}-{}-{}.json", period.from, model.as_str());
                    let out_path = dir.join(name);
                    let child = spawn_oracle(&data_path, &request, out_path.clone());
                    let label = format!(
                        "seed {} today {today} {period_label} {}",
                        case.0,
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
                Checker {
                    run: &run.label,
                    out: &mut mismatches,
                }
                .reports(&oracle, &engine);
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

/// Collects the disagreements of one run into the common list.
struct Checker<'a> {
    run: &'a str,
    out: &'a mut Vec<Mismatch>,
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

    fn reports(&mut self, oracle: &Value, engine: &Value) {
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

fn describe(list: &[Mismatch]) -> String {
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
