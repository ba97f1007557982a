//! The large company the metrics benchmarks read: ten years of 50,000
//! inquiries a year (about 500,000) with their spend and deals, generated
//! once into `target/bench-data/metrics-10y-50k.db` and kept, so later runs
//! skip the generation. Included by path by each bench that uses it.

use chrono::NaiveDate;
use leadledger::demo::{self, DemoOptions};
use leadledger::records::Settings;
use leadledger::store::Store;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The benchmarks' "today".
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// The file, generated first if it is not there yet.
pub fn company_10y_50k() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("metrics-10y-50k.db");
    if path.exists() {
        return path;
    }
    let start = Instant::now();
    let ds = demo::generate(&DemoOptions {
        today: today(),
        years: 10,
        inquiries_per_year: 50_000,
        seed: 42,
        ..DemoOptions::default()
    });
    // Written under another name and renamed: an interrupted generation
    // leaves no file that passes for the whole data set.
    let tmp = dir.join("metrics-10y-50k.db.partial");
    let _ = std::fs::remove_file(&tmp);
    let mut store = Store::create(&tmp, Settings::default()).unwrap();
    store.fill(&ds).unwrap();
    drop(store);
    std::fs::rename(&tmp, &path).unwrap();
    println!(
        "generated {} inquiries, {} deals, {} spend rows in {:.1} s",
        ds.inquiries.len(),
        ds.deals.len(),
        ds.spend.len(),
        start.elapsed().as_secs_f64()
    );
    path
}
