//! Call log speed (issue 16): importing and matching a year of a busy
//! shop's calls, 100,000 calls against 20,000 logged phone inquiries (goal:
//! at most 2 s), and opening the Log screen's queue of calls nobody logged
//! (goal: at most 50 ms). Run with `cargo bench --bench calls`; it prints
//! each figure with its goal and PASS or FAIL, measuring without asserting
//! the goals, as the other benchmarks do.
//!
//! The data are generated here: calls spread over the last 365 days (so
//! none is past the retention period), one in five logged as an inquiry two
//! minutes after it began, one in four placed to a tracking number, one in
//! twenty missed.

use chrono::{Duration, Local, NaiveDateTime};
use leadledger::csvio::Kind;
use leadledger::metrics::{compute, AttributionModel, Period, Request};
use leadledger::records::Settings;
use leadledger::store::{CallImportOptions, NewSource, Store};
use std::fmt::Write as _;
use std::time::{Duration as Elapsed, Instant};

const CALLS: usize = 100_000;
const LOGGED_EVERY: usize = 5;
const TRACKING: &[&str] = &["+49 30 900001", "+49 30 900002", "+49 30 900003"];
const MAIN_LINE: &str = "+49 30 900000";

fn verdict(took: Elapsed, goal: Elapsed) -> &'static str {
    if took <= goal {
        "PASS"
    } else {
        "FAIL"
    }
}

/// The start of call `i`: spread evenly over the year before `now`.
fn started(now: NaiveDateTime, i: usize) -> NaiveDateTime {
    now - Duration::seconds(((CALLS - i) as i64) * 365 * 24 * 3600 / CALLS as i64)
}

fn caller(i: usize) -> String {
    format!("+49 711 {:07}", 1_000_000 + i)
}

fn main() {
    let now = Local::now().naive_local() - Duration::hours(1);
    let mut calls = String::from("started_at,caller,dialled,duration_s,answered\n");
    let mut inquiries = String::from("id,received_at,kind,phone,source,is_lead\n");
    for i in 0..CALLS {
        let at = started(now, i);
        let dialled = if i % 4 == 0 {
            TRACKING[i % TRACKING.len()]
        } else {
            MAIN_LINE
        };
        let answered = i % 20 != 7;
        writeln!(
            calls,
            "{},{},{dialled},{},{answered}",
            at.format("%Y-%m-%d %H:%M:%S"),
            caller(i),
            30 + i % 600
        )
        .unwrap();
        if i % LOGGED_EVERY == 0 {
            writeln!(
                inquiries,
                "Q-{i:06},{},call,{},Unknown,true",
                (at + Duration::minutes(2)).format("%Y-%m-%d %H:%M:%S"),
                caller(i)
            )
            .unwrap();
        }
    }
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut store = Store::create(&dir.path().join("bench.db"), Settings::default()).unwrap();
    for (n, number) in TRACKING.iter().enumerate() {
        store
            .save_source(&NewSource {
                channel: "Print".into(),
                name: format!("Magazine {n}"),
                tracking_numbers: vec![number.to_string()],
                ..NewSource::default()
            })
            .unwrap();
    }
    store
        .import_csv(Kind::Inquiries, inquiries.as_bytes(), false)
        .unwrap()
        .expect("the inquiries are accepted");

    let start = Instant::now();
    let summary = store
        .import_calls(calls.as_bytes(), &CallImportOptions::default())
        .unwrap()
        .expect("the log is accepted");
    let import = start.elapsed();
    println!(
        "import and match {} calls against {} inquiries ({:.1} MB): {:.2} s (goal ≤ 2 s: {}); \
         {} inquiries tagged by their dialled tracking number",
        summary.new,
        CALLS / LOGGED_EVERY,
        calls.len() as f64 / 1e6,
        import.as_secs_f64(),
        verdict(import, Elapsed::from_secs(2)),
        summary.tagged
    );

    let start = Instant::now();
    let again = store
        .import_calls(calls.as_bytes(), &CallImportOptions::default())
        .unwrap()
        .expect("the log is accepted");
    println!(
        "the same log again ({} already stored, {} new): {:.2} s",
        again.already,
        again.new,
        start.elapsed().as_secs_f64()
    );

    let ds = store.load_dataset().unwrap();
    let today = now.date();
    let request = Request {
        period: Period::range(today - Duration::days(364), today).unwrap(),
        as_of: today,
        model: AttributionModel::FirstTouch,
    };
    let start = Instant::now();
    let report = compute(&ds, &request);
    println!(
        "metrics of the year with its prior years (the whole log matched once): {:.0} ms; \
         calls {}, logged {} %",
        start.elapsed().as_secs_f64() * 1e3,
        report.company.calls.unwrap_or_default(),
        report
            .company
            .calls_logged_pct
            .unwrap_or_default()
            .round_dp(2)
    );

    let from = (today - Duration::days(6)).and_hms_opt(0, 0, 0).unwrap();
    let mut times: Vec<Elapsed> = (0..21)
        .map(|_| {
            let start = Instant::now();
            let queue = store.unlogged_calls(from).unwrap();
            let took = start.elapsed();
            assert!(!queue.is_empty());
            took
        })
        .collect();
    times.sort();
    let queued = store.unlogged_calls(from).unwrap().len();
    let median = times[times.len() / 2];
    println!(
        "the queue of the last 7 days ({queued} calls): median {:.1} ms, slowest {:.1} ms \
         (goal ≤ 50 ms: {})",
        median.as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
        verdict(median, Elapsed::from_millis(50))
    );
}
