//! Metrics speed on a large company, cold: ten years of 50,000 inquiries a
//! year with matching spend, deals and calls. For one year with its five
//! prior years, by source, under each of the six models, it times loading
//! the records the figures read (`Store::load_window`) and computing every
//! figure, and compares with the `sqlite3` command running the plain
//! GROUP BY sums (leads, spend, won revenue per source and year) on the same
//! file. Goal (issue 17): load + compute of one request ≤ 1.5 × sqlite3.
//!
//! The sqlite3 runs and the loads alternate, so both meet the same load of
//! a shared machine; the full load (`load_dataset`, every field of every
//! record) is timed beside them for comparison, and the resident memory the
//! first load adds is read from `/proc/self/status`.
//!
//! Run with `cargo bench --bench metrics`. The generated database is kept in
//! `target/bench-data/` so later runs skip the generation.

#[path = "support/large.rs"]
mod large;

use leadledger::metrics::{self, AttributionModel, Period, Request};
use leadledger::store::Store;
use std::path::Path;
use std::time::{Duration, Instant};

const GROUP_BY: &str = "\
SELECT source_id, substr(received_at, 1, 4), count(*) FROM inquiries WHERE is_lead = 1 GROUP BY 1, 2;
SELECT source_id, substr(date, 1, 4), sum(amount_minor) FROM spend GROUP BY 1, 2;
SELECT i.source_id, substr(d.closed_at, 1, 4), sum(d.amount_minor) FROM deals d
  JOIN inquiries i ON i.id = d.inquiry_id WHERE d.status = 'won' GROUP BY 1, 2;";

const ROUNDS: usize = 5;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// A line of `/proc/self/status` in megabytes (`VmRSS`, `VmHWM`).
fn status_mb(key: &str) -> Option<f64> {
    let text = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = text.lines().find(|l| l.starts_with(key))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// The processor time used so far by this process and by its waited-for
/// children (`/proc/self/stat`, in the kernel's 1/100 s ticks). On a
/// machine shared with other builds the wall clock measures the others
/// too; the processor time of both sides compares the work itself.
fn cpu() -> (Duration, Duration) {
    let text = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command's name, which is in parentheses.
    let rest = text.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<u64> = rest
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0))
        .collect();
    let ticks = |a: usize, b: usize| {
        Duration::from_millis(10 * (f.get(a).unwrap_or(&0) + f.get(b).unwrap_or(&0)))
    };
    // utime, stime, cutime, cstime are fields 14 to 17, 12 to 15 here.
    (ticks(11, 12), ticks(13, 14))
}

/// A span's wall-clock and processor time.
#[derive(Clone, Copy)]
struct Took {
    wall: Duration,
    cpu: Duration,
}

/// One run of the sqlite3 command; `None` when it is not installed.
fn sqlite3(path: &Path) -> Option<Took> {
    let start = Instant::now();
    let before = cpu().1;
    match std::process::Command::new("sqlite3")
        .arg(path)
        .arg(GROUP_BY)
        .output()
    {
        Ok(o) if o.status.success() => Some(Took {
            wall: start.elapsed(),
            cpu: cpu().1.saturating_sub(before),
        }),
        Ok(o) => panic!("sqlite3 failed: {}", String::from_utf8_lossy(&o.stderr)),
        Err(e) => {
            println!("sqlite3 command not available ({e}); install the sqlite3 package to compare");
            None
        }
    }
}

fn main() {
    let path = large::company_10y_50k();
    let store = Store::open(&path).unwrap();
    let period = Period::year(2025, 1).unwrap();
    let window = metrics::read_window(&period).unwrap();

    let rss_before = status_mb("VmRSS:");
    let mut loads = Vec::new();
    let mut fulls = Vec::new();
    let mut sq = Vec::new();
    let mut ds = None;
    let mut rss_peak = None;
    for round in 0..ROUNDS {
        if let Some(t) = sqlite3(&path) {
            sq.push(t);
        }
        let start = Instant::now();
        let before = cpu().0;
        ds = Some(store.load_window(window.from, window.to).unwrap());
        loads.push(Took {
            wall: start.elapsed(),
            cpu: cpu().0.saturating_sub(before),
        });
        if round == 0 {
            rss_peak = status_mb("VmHWM:");
        }
        // The full records, for comparison: fewer rounds, it is slow.
        if round < 3 {
            let start = Instant::now();
            std::hint::black_box(store.load_dataset().unwrap());
            fulls.push(start.elapsed());
        }
    }
    let ds = ds.unwrap();
    let load = median(loads.iter().map(|t| t.wall).collect());
    let load_cpu = median(loads.iter().map(|t| t.cpu).collect());
    println!(
        "load_window (6 years: {} inquiries, {} deals, {} calls): {:.0} ms ({:.0} ms \
         processor); load_dataset (every record in full): {:.0} ms",
        ds.inquiries.len(),
        ds.deals.len(),
        ds.calls.len(),
        ms(load),
        ms(load_cpu),
        ms(median(fulls))
    );
    if let (Some(before), Some(peak)) = (rss_before, rss_peak) {
        println!(
            "resident memory: {before:.0} MB before the first load, peak {peak:.0} MB after it \
             (+{:.0} MB)",
            peak - before
        );
    }

    let mut worst = Duration::ZERO;
    let mut worst_cpu = Duration::ZERO;
    for model in AttributionModel::ALL {
        let req = Request {
            period,
            as_of: large::today(),
            model: *model,
        };
        let mut runs = Vec::new();
        let mut cpus = Vec::new();
        for _ in 0..ROUNDS {
            let start = Instant::now();
            let before = cpu().0;
            let report = metrics::compute(&ds, &req);
            runs.push(start.elapsed());
            cpus.push(cpu().0.saturating_sub(before));
            std::hint::black_box(report);
        }
        let (m, c) = (median(runs), median(cpus));
        worst = worst.max(m);
        worst_cpu = worst_cpu.max(c);
        println!(
            "compute {:<15} {:>7.1} ms ({:>4.0} ms processor)   load + compute {:>7.1} ms",
            model.as_str(),
            ms(m),
            ms(c),
            ms(m + load)
        );
    }

    if sq.is_empty() {
        return;
    }
    let sq_cpu = median(sq.iter().map(|t| t.cpu).collect());
    let sq = median(sq.iter().map(|t| t.wall).collect());
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    let total = load + worst;
    let total_cpu = load_cpu + worst_cpu;
    println!(
        "sqlite3 GROUP BY sums: {:.0} ms ({:.0} ms processor); load {:.2}x of it \
         ({:.2}x processor)",
        ms(sq),
        ms(sq_cpu),
        ratio(load, sq),
        ratio(load_cpu, sq_cpu)
    );
    println!(
        "slowest model load + compute: {:.0} ms ({:.0} ms processor); ratio {:.2} \
         ({:.2} processor; goal 1.5)",
        ms(total),
        ms(total_cpu),
        ratio(total, sq),
        ratio(total_cpu, sq_cpu)
    );
}
