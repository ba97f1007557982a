//! Benchmark of the management report (issue 5): the demo company's report
//! for a whole year, rendered N times (`cargo bench --bench report -- N`,
//! default 20). Prints the mean and best time per report, the page count,
//! the size of the PDF and the process's peak memory (VmHWM from
//! /proc/self/status, Linux only). Goal: ≤ 100 ms and ≤ 100 MB.

use chrono::NaiveDate;
use leadledger::demo::{generate, DemoOptions};
use leadledger::metrics::{AttributionModel, Period, Request};
use leadledger::report::{render_report, Paper};
use std::time::{Duration, Instant};

/// Peak resident memory in MB, if the platform tells.
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let runs: u32 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(20)
        .max(1);
    // A fixed "today" so that every run measures the same data.
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let ds = generate(&DemoOptions {
        today,
        ..DemoOptions::default()
    });
    let req = Request {
        period: Period::year(2025, 1).expect("year"),
        as_of: today,
        model: AttributionModel::FirstTouch,
    };

    // One untimed run parses the fonts and warms the caches, as the first
    // report of a session would.
    let first = render_report(&ds, &req, "en", Paper::A4).expect("render");
    let mut total = Duration::ZERO;
    let mut best = Duration::MAX;
    let langs = ["en", "de", "nl", "sv", "ru"];
    for i in 0..runs {
        let lang = langs[i as usize % langs.len()];
        let start = Instant::now();
        let rendered = render_report(&ds, &req, lang, Paper::A4).expect("render");
        let took = start.elapsed();
        std::hint::black_box(&rendered.pdf);
        total += took;
        best = best.min(took);
    }
    let mean = total.as_secs_f64() * 1000.0 / f64::from(runs);
    println!(
        "report: demo company, year 2025, {} inquiries, {runs} runs (languages in turn): mean {mean:.1} ms, \
         best {:.1} ms, {} pages, {} KB",
        ds.inquiries.len(),
        best.as_secs_f64() * 1000.0,
        first.pages,
        first.pdf.len() / 1024
    );
    match peak_mb() {
        Some(mb) => println!("report: peak memory (VmHWM) {mb:.1} MB"),
        None => println!("report: peak memory not available on this platform"),
    }
}
