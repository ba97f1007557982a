//! Import speed: one million inquiry rows from a CSV file into a new database.
//! Goal: at most 10 s on the 2-core machine. Run with
//! `cargo bench --bench import` (optionally `-- ROWS`).
//!
//! The file is generated here (plain form: comma, ISO dates) with realistic
//! columns, a phone number on every row and a touchpoint on every fourth, so
//! the import does the same work as a real call-tracking export.

use leadledger::csvio::Kind;
use leadledger::records::Settings;
use leadledger::store::{NewSource, Store};
use std::io::Write;
use std::time::Instant;

const SOURCES: &[&str] = &[
    "Europages",
    "Google Ads",
    "Wer liefert was",
    "EMO Hannover",
    "Customer referral",
];

fn main() {
    let rows: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir().expect("temporary directory");
    let csv_path = dir.path().join("inquiries.csv");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&csv_path).unwrap());
    writeln!(out, "id,received_at,kind,company,contact,phone,email,source,touchpoints,is_lead,estimated_value,logged_by").unwrap();
    for i in 0..rows {
        let day = 1 + (i % 28);
        let month = 1 + (i / 28) % 12;
        let year = 2016 + (i % 10);
        let source = SOURCES[i % SOURCES.len()];
        let touch = if i % 4 == 0 {
            format!(
                "{}@{year}-{month:02}-{:02}",
                SOURCES[(i + 1) % SOURCES.len()],
                (day + 1).min(28)
            )
        } else {
            String::new()
        };
        writeln!(
            out,
            "INQ-{i:08},{year}-{month:02}-{day:02} 09:{:02}:00,call,Company {} GmbH,Contact {i},+49 711 {:07},c{i}@example.com,{source},{touch},{},{}.50,Anna",
            i % 60,
            i % 5000,
            i % 10_000_000,
            if i % 7 == 0 { "false" } else { "true" },
            1000 + i % 50_000,
        )
        .unwrap();
    }
    out.flush().unwrap();
    drop(out);
    let bytes = std::fs::read(&csv_path).unwrap();

    let db = dir.path().join("bench.db");
    let mut store = Store::create(&db, Settings::default()).unwrap();
    for (i, name) in SOURCES.iter().enumerate() {
        store
            .save_source(&NewSource {
                channel: "Online directories".into(),
                name: name.to_string(),
                tracking_numbers: vec![format!("+49 30 900{i:03}")],
                ..Default::default()
            })
            .unwrap();
    }
    let start = Instant::now();
    let summary = store
        .import_csv(Kind::Inquiries, &bytes, false)
        .unwrap()
        .expect("file accepted");
    let first = start.elapsed();
    let start = Instant::now();
    let again = store
        .import_csv(Kind::Inquiries, &bytes, false)
        .unwrap()
        .expect("file accepted");
    let second = start.elapsed();
    assert_eq!(summary.inserted, rows);
    assert_eq!(again.unchanged, rows);
    println!(
        "import {rows} inquiry rows ({:.1} MB): {:.2} s ({:.0} rows/s); re-import (all unchanged): {:.2} s",
        bytes.len() as f64 / 1e6,
        first.as_secs_f64(),
        rows as f64 / first.as_secs_f64(),
        second.as_secs_f64()
    );
}
