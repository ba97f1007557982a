//! Team mode's speed (issue 13), against a PostgreSQL server on loopback,
//! each figure beside the same on a SQLite file where there is one:
//!
//! - (a) logging one inquiry (`save_inquiry`, the id given by the store):
//!   median and p95 of the round trip. Goal: ≤ 20 ms.
//! - (b) the dashboard's metrics for the demo company, pushed to the server
//!   from its file: the uncached path the first dashboard after a write
//!   takes (load the `Dataset`, compute the report of the dashboard's
//!   default query, year to date under first touch, and its leads per month
//!   of the fiscal year). Goal: PostgreSQL within 1.5× of SQLite.
//! - (c) 8 seats, each its own `Store::open_team`, logging at once for a few
//!   seconds: inquiries per second, every acknowledged id in the database
//!   once, no two seats given the same id. Goal: ≥ 200/s, none lost.
//!
//! The server is the tests' throwaway cluster (`tests/support/pg_cluster.rs`:
//! initdb and postgres as the `postgres` user when run as root, a free
//! loopback port, password logins) with `fsync` and `synchronous_commit` on;
//! the bench prints what it runs with. The SQLite file is created in
//! `target/bench-data/` (WAL, `synchronous=FULL`, as the product sets it).
//!
//! Run with `cargo bench --bench team`; `cargo bench --bench team --
//! dashboard` runs (b) alone (for profiling the load, e.g. under `perf`),
//! its run count from `LEADLEDGER_BENCH_RUNS` when set. Benchmarks
//! measure, they do not assert: a missed goal prints FAIL and the process
//! still succeeds.

#[path = "../tests/support/pg_cluster.rs"]
mod pg_cluster;

use chrono::{Duration as Days, NaiveDate, NaiveDateTime, NaiveTime};
use leadledger::demo::{self, DemoOptions};
use leadledger::metrics::{self, AttributionModel, Period, Request};
use leadledger::records::{InquiryKind, Settings};
use leadledger::store::pg::Target;
use leadledger::store::{NewInquiry, Store};
use std::collections::HashSet;
use std::path::Path;
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

const LOGS: usize = 500;
const WARM_UP: usize = 20;
const DASHBOARD_RUNS: usize = 31;
const SEATS: usize = 8;
const SEAT_SECONDS: u64 = 5;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn quantile(sorted: &[Duration], q: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * q).round() as usize;
    sorted[i]
}

fn verdict(pass: bool) -> &'static str {
    if pass {
        "PASS"
    } else {
        "FAIL"
    }
}

/// An inquiry as the front desk logs it: a call with a name and number, the
/// source left for the dialled tracking number to decide, the id left to the
/// store. `n` spreads the times over the autumn of the demo's last year.
fn inquiry(seat: usize, n: usize) -> NewInquiry {
    let day = today() - Days::days((n % 60) as i64);
    let at = NaiveDateTime::new(
        day,
        NaiveTime::from_hms_opt(8 + (n % 9) as u32, (n % 60) as u32, seat as u32 % 60).unwrap(),
    );
    NewInquiry {
        qualified_at: None,
        id: None,
        received_at: at,
        kind: InquiryKind::Call,
        company: Some(format!("Bench Seat {seat} Customer {n}")),
        contact: Some("Ms Example".into()),
        phone: Some(format!("+49 30 {:07}", 1_000_000 + n)),
        email: None,
        source: None,
        touchpoints: Vec::new(),
        is_lead: true,
        status: None,
        estimated_value: None,
        logged_by: Some(format!("seat-{seat}")),
        notes: Some("logged by the team benchmark".into()),
        expected_version: None,
    }
}

/// (a) `LOGS` single logs on each store after a warm-up, each timed alone.
/// The two take turns, log by log, so that both meet the same machine
/// (other work on it comes and goes). Each engine's times, sorted.
fn time_logs(pg: &mut Store, sqlite: &mut Store) -> [Vec<Duration>; 2] {
    let mut times = [Vec::new(), Vec::new()];
    for n in 0..WARM_UP + LOGS {
        for (k, store) in [&mut *pg, &mut *sqlite].into_iter().enumerate() {
            let one = inquiry(0, n);
            let start = Instant::now();
            store.save_inquiry(&one).unwrap();
            if n >= WARM_UP {
                times[k].push(start.elapsed());
            }
        }
    }
    for t in &mut times {
        t.sort();
    }
    times
}

/// The median time of loading the records, of the metrics on them, and of
/// both together in one run; each run's total, in run order.
struct Dash {
    load: Duration,
    compute: Duration,
    total: Duration,
    runs: Vec<Duration>,
}

/// (b) what the first dashboard after a write does, timed in its two parts:
/// loading the records, and the metrics of the dashboard's default query on
/// them. `count` runs (`DASHBOARD_RUNS` unless told) after one warm-up,
/// the stores taking turns.
fn time_dashboard(stores: [&Store; 2], count: usize) -> [Dash; 2] {
    let as_of = today();
    let mut runs: [Vec<(Duration, Duration)>; 2] = [Vec::new(), Vec::new()];
    for run in 0..=count {
        for (k, store) in stores.iter().enumerate() {
            let fiscal_start = store.settings().fiscal_year_start_month;
            let req = Request {
                period: Period::year_to_date(as_of, fiscal_start).unwrap(),
                as_of,
                model: AttributionModel::FirstTouch,
            };
            let start = Instant::now();
            let ds = store.load_dataset().unwrap();
            let loaded = start.elapsed();
            let start = Instant::now();
            let report = metrics::compute(&ds, &req);
            let anchor = if report.effective.is_empty() {
                report.period.from
            } else {
                report.effective.to
            };
            let fy = metrics::fiscal_year_of(anchor, fiscal_start).unwrap();
            let monthly = metrics::fiscal_year_leads(&ds, fy, as_of).unwrap();
            let computed = start.elapsed();
            std::hint::black_box((report, monthly));
            if run > 0 {
                runs[k].push((loaded, computed));
            }
        }
    }
    runs.map(|r| {
        let median = |mut v: Vec<Duration>| {
            v.sort();
            v[v.len() / 2]
        };
        Dash {
            load: median(r.iter().map(|x| x.0).collect()),
            compute: median(r.iter().map(|x| x.1).collect()),
            total: median(r.iter().map(|x| x.0 + x.1).collect()),
            runs: r.iter().map(|x| x.0 + x.1).collect(),
        }
    })
}

/// (c) `SEATS` seats logging at once for `SEAT_SECONDS`: every id each was
/// given, its latencies, its refusals, and the wall time of the whole run.
fn seats_at_once(target: &Target) -> (Vec<String>, Vec<Duration>, Vec<String>, Duration) {
    let barrier = Arc::new(Barrier::new(SEATS + 1));
    let handles: Vec<_> = (0..SEATS)
        .map(|seat| {
            let target = target.clone();
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                let mut store = Store::open_team(&target).unwrap();
                barrier.wait();
                let stop = Instant::now() + Duration::from_secs(SEAT_SECONDS);
                let (mut ids, mut times, mut errors) = (Vec::new(), Vec::new(), Vec::new());
                let mut n = 0;
                while Instant::now() < stop {
                    let start = Instant::now();
                    match store.save_inquiry(&inquiry(seat + 1, n)) {
                        Ok(id) => {
                            times.push(start.elapsed());
                            ids.push(id);
                        }
                        Err(e) => errors.push(format!("{:?}: {}", e.code, e.message)),
                    }
                    n += 1;
                }
                (ids, times, errors)
            })
        })
        .collect();
    barrier.wait();
    let start = Instant::now();
    let (mut ids, mut times, mut errors) = (Vec::new(), Vec::new(), Vec::new());
    for h in handles {
        let (i, t, e) = h.join().unwrap();
        ids.extend(i);
        times.extend(t);
        errors.extend(e);
    }
    let wall = start.elapsed();
    times.sort();
    (ids, times, errors, wall)
}

fn main() {
    // `cargo bench` hands the harness its own `--bench`; any other word
    // names the part to run.
    let only_dashboard = std::env::args().skip(1).any(|a| a == "dashboard");
    let dashboard_runs = std::env::var("LEADLEDGER_BENCH_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DASHBOARD_RUNS);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let work = tempfile::tempdir_in(&dir).unwrap();

    // The demo company in a file, and pushed from it to the server.
    let ds = demo::generate(&DemoOptions {
        today: today(),
        ..DemoOptions::default()
    });
    let file_path = work.path().join("demo.db");
    let mut file = Store::create(
        &file_path,
        Settings {
            currency: ds.settings.currency.clone(),
            ..Settings::default()
        },
    )
    .unwrap();
    file.fill(&ds).unwrap();

    let cluster = pg_cluster::cluster();
    let db = cluster.fresh_db();
    let target = Target::parse(&db.url()).unwrap();
    let mut team = Store::push_file(&file_path, &target).unwrap();
    let mut admin = db.admin();
    let show = |admin: &mut postgres::Client, name: &str| -> String {
        admin
            .query_one(&format!("SHOW {name}"), &[])
            .map(|r| r.get::<_, String>(0))
            .unwrap_or_else(|e| format!("? ({e})"))
    };
    println!(
        "server: PostgreSQL {} on 127.0.0.1:{} (TCP, no TLS); fsync={} synchronous_commit={} \
         wal_sync_method={} full_page_writes={} shared_buffers={}; data in {} ({})",
        show(&mut admin, "server_version"),
        db.port,
        show(&mut admin, "fsync"),
        show(&mut admin, "synchronous_commit"),
        show(&mut admin, "wal_sync_method"),
        show(&mut admin, "full_page_writes"),
        show(&mut admin, "shared_buffers"),
        cluster.root.display(),
        filesystem_of(&cluster.root),
    );
    println!(
        "loopback round trip (a prepared SELECT 1 over TCP): median {:.3} ms",
        ms(round_trip(&db.url()))
    );
    println!(
        "sqlite: {} ({}); machine: {} cores, load average {} at the start",
        file_path.display(),
        filesystem_of(work.path()),
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        load_average()
    );
    println!(
        "demo company: {} inquiries, {} deals, {} spend rows",
        ds.inquiries.len(),
        ds.deals.len(),
        ds.spend.len()
    );

    // (b) first, while both hold exactly the demo company.
    let [pg, sq] = time_dashboard([&team, &file], dashboard_runs);
    let ratio = pg.total.as_secs_f64() / sq.total.as_secs_f64();
    // Each PostgreSQL run against the SQLite run beside it: the median of
    // these is steadier than the ratio of medians when the machine is busy.
    let mut paired: Vec<f64> = pg
        .runs
        .iter()
        .zip(&sq.runs)
        .map(|(p, s)| p.as_secs_f64() / s.as_secs_f64())
        .collect();
    paired.sort_by(f64::total_cmp);
    let paired = paired[paired.len() / 2];
    println!();
    println!(
        "(b) dashboard metrics, uncached (load_dataset + compute, YTD first touch), \
         median of {dashboard_runs}, engines in turn:"
    );
    for (name, d) in [("PostgreSQL", &pg), ("SQLite    ", &sq)] {
        println!(
            "    {name} {:7.1} ms (load {:.1} + compute {:.1})",
            ms(d.total),
            ms(d.load),
            ms(d.compute)
        );
    }
    println!(
        "    ratio of the medians {ratio:.2}x (median of the paired runs' ratios {paired:.2}x)   \
         goal <= 1.5x   {}",
        verdict(ratio <= 1.5)
    );
    if only_dashboard {
        return;
    }

    // (a) single logs on each engine.
    let [pg_logs, sq_logs] = time_logs(&mut team, &mut file);
    let pg_median = quantile(&pg_logs, 0.5);
    let pg_p95 = quantile(&pg_logs, 0.95);
    println!();
    println!("(a) logging one inquiry (save_inquiry, id from the store), {LOGS} logs after {WARM_UP} warm-up, engines in turn:");
    println!(
        "    PostgreSQL median {:6.2} ms   p95 {:6.2} ms   max {:6.2} ms",
        ms(pg_median),
        ms(pg_p95),
        ms(*pg_logs.last().unwrap())
    );
    println!(
        "    SQLite     median {:6.2} ms   p95 {:6.2} ms   max {:6.2} ms",
        ms(quantile(&sq_logs, 0.5)),
        ms(quantile(&sq_logs, 0.95)),
        ms(*sq_logs.last().unwrap())
    );
    println!(
        "    PostgreSQL p95 {:.2} ms   goal <= 20 ms   {}",
        ms(pg_p95),
        verdict(pg_p95 <= Duration::from_millis(20))
    );

    // (c) eight seats at once on the same database.
    let count = |admin: &mut postgres::Client| -> i64 {
        admin
            .query_one("SELECT count(*) FROM inquiries", &[])
            .unwrap()
            .get(0)
    };
    let before = count(&mut admin);
    let (ids, times, errors, wall) = seats_at_once(&target);
    let after = count(&mut admin);
    let rate = ids.len() as f64 / wall.as_secs_f64();
    let unique: HashSet<&String> = ids.iter().collect();
    let stored: HashSet<String> = admin
        .query("SELECT id FROM inquiries", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let missing = ids.iter().filter(|id| !stored.contains(*id)).count();
    let lost_none = missing == 0 && after - before == ids.len() as i64;
    println!();
    println!(
        "(c) {SEATS} seats logging at once for {SEAT_SECONDS} s, each its own Store::open_team:"
    );
    println!(
        "    {} acknowledged in {:.2} s: {:.0} inquiries/s; per log median {:.2} ms, p95 {:.2} ms; {} refused",
        ids.len(),
        wall.as_secs_f64(),
        rate,
        ms(quantile(&times, 0.5)),
        ms(quantile(&times, 0.95)),
        errors.len()
    );
    for e in errors.iter().take(5) {
        println!("      refused: {e}");
    }
    println!(
        "    rows {before} -> {after} (+{}), acknowledged ids missing: {missing}, duplicate ids: {}",
        after - before,
        ids.len() - unique.len()
    );
    println!(
        "    {rate:.0}/s   goal >= 200/s, none lost, ids unique   {}",
        verdict(rate >= 200.0 && lost_none && unique.len() == ids.len())
    );
    println!();
    println!("load average {} at the end", load_average());
}

/// The 1, 5 and 15 minute load averages: other work on the machine moves
/// every figure here, so the run says how busy it was.
fn load_average() -> String {
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    text.split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The median time of a prepared `SELECT 1` on a session of its own over
/// TCP: the floor under every statement the store sends.
fn round_trip(url: &str) -> Duration {
    let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
    let one = client.prepare("SELECT 1").unwrap();
    let mut times: Vec<Duration> = (0..200)
        .map(|_| {
            let start = Instant::now();
            client.query_one(&one, &[]).unwrap();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// The file system type of the mount holding `path`, from /proc/self/mounts
/// (longest matching mount point).
fn filesystem_of(path: &Path) -> String {
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mounts = std::fs::read_to_string("/proc/self/mounts").unwrap_or_default();
    mounts
        .lines()
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            let (_, point, fs) = (f.next()?, f.next()?, f.next()?);
            path.starts_with(point)
                .then(|| (point.len(), fs.to_string()))
        })
        .max()
        .map_or_else(|| "unknown file system".into(), |(_, fs)| fs)
}
