//! Metrics speed on a large company: ten years of 50,000 inquiries a year with
//! matching spend and deals. For one year with its five prior years, by
//! source, under each of the six models, it times loading the records and
//! computing every figure, and compares with the `sqlite3` command running the
//! plain GROUP BY sums (leads, spend, won revenue per source and year) on the
//! same file. Goal: ≤ 250 ms, and at most twice the sqlite3 time.
//!
//! Run with `cargo bench --bench metrics`. The generated database is kept in
//! `target/bench-data/` so later runs skip the generation.

#[path = "support/large.rs"]
mod large;

use leadledger::metrics::{self, AttributionModel, Period, Request};
use leadledger::store::Store;
use std::time::{Duration, Instant};

const GROUP_BY: &str = "\
SELECT source_id, substr(received_at, 1, 4), count(*) FROM inquiries WHERE is_lead = 1 GROUP BY 1, 2;
SELECT source_id, substr(date, 1, 4), sum(amount_minor) FROM spend GROUP BY 1, 2;
SELECT i.source_id, substr(d.closed_at, 1, 4), sum(d.amount_minor) FROM deals d
  JOIN inquiries i ON i.id = d.inquiry_id WHERE d.status = 'won' GROUP BY 1, 2;";

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let path = large::company_10y_50k();
    let store = Store::open(&path).unwrap();
    let period = Period::year(2025, 1).unwrap();
    let window = metrics::read_window(&period).unwrap();

    let mut loads = Vec::new();
    let mut ds = None;
    for _ in 0..5 {
        let start = Instant::now();
        ds = Some(store.load_window(window.from, window.to).unwrap());
        loads.push(start.elapsed());
    }
    let ds = ds.unwrap();
    let load = median(loads);
    println!(
        "load (6 years of {} inquiries in memory): {:.0} ms",
        ds.inquiries.len(),
        load.as_secs_f64() * 1e3
    );

    let mut worst = Duration::ZERO;
    for model in AttributionModel::ALL {
        let req = Request {
            period,
            as_of: large::today(),
            model: *model,
        };
        let mut runs = Vec::new();
        for _ in 0..5 {
            let start = Instant::now();
            let report = metrics::compute(&ds, &req);
            runs.push(start.elapsed());
            std::hint::black_box(report);
        }
        let m = median(runs);
        worst = worst.max(m);
        println!(
            "compute {:<15} {:>7.1} ms   load + compute {:>7.1} ms",
            model.as_str(),
            m.as_secs_f64() * 1e3,
            (m + load).as_secs_f64() * 1e3
        );
    }

    let mut sq = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        let out = std::process::Command::new("sqlite3")
            .arg(&path)
            .arg(GROUP_BY)
            .output();
        match out {
            Ok(o) if o.status.success() => sq.push(start.elapsed()),
            Ok(o) => panic!("sqlite3 failed: {}", String::from_utf8_lossy(&o.stderr)),
            Err(e) => {
                println!(
                    "sqlite3 command not available ({e}); install the sqlite3 package to compare"
                );
                return;
            }
        }
    }
    let sq = median(sq);
    let total = load + worst;
    println!(
        "sqlite3 GROUP BY sums: {:.0} ms; slowest model load + compute: {:.0} ms; ratio {:.2}",
        sq.as_secs_f64() * 1e3,
        total.as_secs_f64() * 1e3,
        total.as_secs_f64() / sq.as_secs_f64()
    );
}
