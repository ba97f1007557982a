//! The metrics engine against an independent implementation of the spec:
//! `tests/oracle/oracle.py`, written in Python with exact fractions by an
//! engineer who did not read the engine. Data sets are written as JSON and
//! run through both; under all six models every company, channel and source
//! figure, every benchmark and every source benchmark must agree with
//! [`to_json`] to 0.01 (the comparison itself is in `compare`).
//!
//! - Demo data sets of a few seeds and "todays" (one with odd records added),
//!   for a full past year and a year to date.
//! - Hand cases: the spec's worked example (whole year and year to date), a
//!   customer retained across 29 February, and the data-driven cases of
//!   `metrics_models` (one touchpoint per inquiry; a deal whose lead arrived
//!   in the year before).
//!
//! Each data set goes through a store on both engines (`both_engines!`):
//! written into a new file or team database, read back with
//! `load_dataset`, and that is what both implementations compute on. The
//! records no store can hold (deals naming an inquiry that does not exist)
//! are checked once more in memory.
//!
//! Python 3 is required: without it these tests fail rather than skip, so
//! that a missing interpreter can never pass for agreement. Set
//! `LEADLEDGER_PYTHON` to use an interpreter other than `python3`, and
//! `LEADLEDGER_ORACLE_KEEP` to a directory to keep the data sets and the
//! oracle's outputs.

use crate::common::date;
use crate::engines::{both_engines, Engine};
use chrono::{Datelike, Days, NaiveDate};
use leadledger::demo::{generate, DemoOptions};
use leadledger::metrics::{compute, to_json, AttributionModel, Period, Request};
use leadledger::records::{Dataset, Deal, DealStatus, Id, Touchpoint};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::Value;
use std::collections::HashSet;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

mod compare;
use crate::metrics_models::{an_earlier_lead_buys, one_touchpoint_each};
use compare::{describe, Checker, Mismatch};

fn python() -> String {
    std::env::var("LEADLEDGER_PYTHON").unwrap_or_else(|_| "python3".to_string())
}

fn oracle_script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oracle/oracle.py")
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
    DemoCase(1, "2025-11-22", 100, None, None, false),
    // A year to date ending on 29 February, with other settings.
    DemoCase(
        2024,
        "2024-02-29",
        80,
        Some(dec!(3.5)),
        Some(Decimal::ONE),
        false,
    ),
    DemoCase(77, "2023-07-15", 120, None, None, false),
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
        language: "en".into(),
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

/// `ds` written into a new store on `engine` and read back, as the product
/// computes on it: settings, channels, sources, spend, inquiries, deals,
/// targets and traffic. A deal naming an inquiry that does not exist is
/// left out, as no store holds one (see [`add_edge_cases`]).
fn through(engine: Engine, ds: &Dataset) -> Dataset {
    let ids: HashSet<&str> = ds.inquiries.iter().map(|i| i.id.as_str()).collect();
    let mut storable = ds.clone();
    storable
        .deals
        .retain(|d| d.inquiry_id.as_deref().is_none_or(|i| ids.contains(i)));
    let (_db, mut store) = engine.new_db(&ds.settings.currency);
    store.fill(&storable).expect("the data set is stored");
    let read = store.load_dataset().expect("the data set is read back");
    let count = |d: &Dataset| {
        (
            d.spend.len(),
            d.inquiries.len(),
            d.deals.len(),
            d.targets.len(),
            d.traffic.len(),
        )
    };
    assert_eq!(count(&read), count(&storable), "every record is stored");
    read
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
        twin.amount = (d.amount / Decimal::from(3)).round_dp(2);
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

/// Where the data sets and the oracle's outputs go: a temporary directory,
/// or the one LEADLEDGER_ORACLE_KEEP names, to look into a disagreement.
fn output_dir(tmp: &tempfile::TempDir) -> PathBuf {
    let dir = std::env::var_os("LEADLEDGER_ORACLE_KEEP")
        .map(PathBuf::from)
        .unwrap_or_else(|| tmp.path().to_path_buf());
    std::fs::create_dir_all(&dir).expect("the output directory");
    dir
}

/// Runs one data set and period under all six models through both
/// implementations and notes every disagreement; returns the runs checked.
fn check_all_models(
    dir: &Path,
    name: &str,
    ds: &Dataset,
    period: Period,
    as_of: NaiveDate,
    mismatches: &mut Vec<Mismatch>,
) -> usize {
    let data_path = dir.join(format!("{name}.json"));
    let json = serde_json::to_string(ds).expect("a Dataset serialises");
    std::fs::write(&data_path, json).expect("the data set is written");
    // The oracle runs all six models at once while the engine computes them.
    let runs: Vec<Run> = AttributionModel::ALL
        .iter()
        .map(|&model| {
            let request = Request {
                period,
                as_of,
                model,
            };
            let file = format!("{name}-{}-{}.out.json", period.from, model.as_str());
            let out_path = dir.join(file);
            let child = spawn_oracle(&data_path, &request, out_path.clone());
            let label = format!(
                "{name} {}..{} as of {as_of} {}",
                period.from,
                period.to,
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
        .map(|r| to_json(&compute(ds, &r.request)))
        .collect();
    let mut checked = 0;
    for (run, engine) in runs.into_iter().zip(engine) {
        let output = run.child.wait_with_output().expect("the oracle ran");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success(),
            "the oracle failed on {}: {stderr}",
            run.label
        );
        let text = std::fs::read_to_string(&run.out_path).expect("the oracle's output");
        let oracle: Value = serde_json::from_str(&text).expect("the oracle prints JSON");
        Checker {
            run: &run.label,
            out: mismatches,
        }
        .reports(&oracle, &engine);
        checked += 1;
    }
    checked
}

fn engine_agrees_with_the_oracle_on_demo_data(engine: Engine) {
    require_python();
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let dir = output_dir(&tmp);
    let mut mismatches = Vec::new();
    let mut runs_checked = 0;
    for case in DEMOS {
        let ds = through(engine, &demo_dataset(case));
        let today = date(case.1);
        let name = format!("demo-seed{}-{today}-{engine:?}", case.0);
        for period in [calendar_year(today.year() - 1), calendar_year(today.year())] {
            runs_checked += check_all_models(&dir, &name, &ds, period, today, &mut mismatches);
        }
    }
    assert_eq!(runs_checked, DEMOS.len() * 2 * AttributionModel::ALL.len());
    assert!(mismatches.is_empty(), "{}", describe(&mismatches));
}
both_engines!(engine_agrees_with_the_oracle_on_demo_data);

/// The demo data set with the records of [`add_edge_cases`] that no store
/// holds (deals naming an inquiry that does not exist), as a `Dataset`
/// read from JSON may have them: in memory.
#[test]
fn engine_agrees_with_the_oracle_on_records_no_store_holds() {
    require_python();
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let dir = output_dir(&tmp);
    let mut mismatches = Vec::new();
    let case = DEMOS.iter().find(|c| c.5).expect("a case with edge cases");
    let ds = demo_dataset(case);
    assert!(ds.deals.iter().any(|d| d.id.ends_with("-ghost")));
    let today = date(case.1);
    let name = format!("demo-seed{}-{today}-memory", case.0);
    for period in [calendar_year(today.year() - 1), calendar_year(today.year())] {
        check_all_models(&dir, &name, &ds, period, today, &mut mismatches);
    }
    assert!(mismatches.is_empty(), "{}", describe(&mismatches));
}

/// A customer whose deal falls on 29 February 2020, for a period ending on
/// 29 February 2024: three years back the period ends on 28 February 2021,
/// and that period's own prior year ends on 28 February 2020.
fn leap_day_retention() -> Dataset {
    let mut ds = Dataset::default();
    let deal = |id: &str, company: &str, closed: &str| Deal {
        id: id.into(),
        inquiry_id: None,
        company: company.into(),
        quoted_at: None,
        closed_at: Some(date(closed)),
        status: DealStatus::Won,
        amount: dec!(100),
        lost_reason: None,
        version: leadledger::records::FIRST_VERSION,
    };
    ds.deals = vec![
        deal("D1", "Y", "2020-01-10"),
        deal("D2", "X", "2020-02-29"),
        deal("D3", "X", "2021-02-01"),
        deal("D4", "X", "2024-02-01"),
    ];
    ds
}

fn engine_agrees_with_the_oracle_on_hand_cases(engine: Engine) {
    require_python();
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let dir = output_dir(&tmp);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oracle/worked_example.json");
    let text = std::fs::read_to_string(path).expect("the worked example");
    let example: Dataset = serde_json::from_str(&text).expect("the worked example is a Dataset");
    let feb = Period {
        from: date("2024-01-01"),
        to: date("2024-02-29"),
    };
    let cases = [
        (
            "worked-example",
            &example,
            calendar_year(2025),
            date("2025-12-31"),
        ),
        (
            "worked-example-ytd",
            &example,
            calendar_year(2025),
            date("2025-03-15"),
        ),
        (
            "leap-day-retention",
            &leap_day_retention(),
            feb,
            date("2024-12-31"),
        ),
        (
            "one-touchpoint-each",
            &one_touchpoint_each(),
            calendar_year(2025),
            date("2025-12-31"),
        ),
        (
            "an-earlier-lead-buys",
            &an_earlier_lead_buys(),
            calendar_year(2025),
            date("2025-12-31"),
        ),
    ];
    let mut mismatches = Vec::new();
    for (name, ds, period, as_of) in cases {
        let ds = through(engine, ds);
        let name = format!("{name}-{engine:?}");
        check_all_models(&dir, &name, &ds, period, as_of, &mut mismatches);
    }
    assert!(mismatches.is_empty(), "{}", describe(&mismatches));
}
both_engines!(engine_agrees_with_the_oracle_on_hand_cases);
