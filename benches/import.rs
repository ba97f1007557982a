//! Import speed and memory against SQLite's own CSV import (issue 17).
//! Run with `cargo bench --bench import` (optionally `-- ROWS ROWS ...`;
//! 500,000 and 1,000,000 rows by default).
//!
//! For each size the file is generated here (plain form: comma, ISO dates)
//! with realistic columns, a phone number on every row and a touchpoint on
//! every fourth, so the import does the same work as a real call-tracking
//! export. Then, in one run and alternating: `sqlite3 x.db ".mode csv"
//! ".import FILE t"` into a plain table, our import of the same file into
//! a new database, `sqlite3` again (the reference is their mean), and the
//! re-import of the same file (every row unchanged). Our imports run in a
//! child process (this binary again, with `--child`) so that the peak
//! resident memory (VmHWM) is the import's alone; the import screen's
//! preview of the same file (detection and the first ten rows) runs in a
//! child too (`--preview`). The bench measures; it asserts only that the
//! imports and the preview did what they say.

use leadledger::csvio::Kind;
use leadledger::records::Settings;
use leadledger::store::{ImportOptions, NewSource, Store};
use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const SOURCES: &[&str] = &[
    "Europages",
    "Google Ads",
    "Wer liefert was",
    "EMO Hannover",
    "Customer referral",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--preview") {
        preview_child(Path::new(&args[1]));
        return;
    }
    if args.first().map(String::as_str) == Some("--child") {
        child(
            Path::new(&args[1]),
            Path::new(&args[2]),
            args[3].parse().unwrap(),
        );
        return;
    }
    let mut sizes: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    if sizes.is_empty() {
        sizes = vec![500_000, 1_000_000];
    }
    for rows in sizes {
        measure(rows);
    }
}

/// Imports `csv` into `db` and prints the seconds taken and the peak
/// resident memory in kB; `rows` is what the summary must say.
fn child(db: &Path, csv: &Path, rows: usize) {
    let mut store = Store::open(db).unwrap();
    let start = Instant::now();
    let summary = store
        .import_csv_file(Kind::Inquiries, csv, &ImportOptions::default())
        .unwrap()
        .expect("file accepted");
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(summary.rows, rows);
    assert!(summary.inserted == rows || summary.unchanged == rows);
    println!("{secs} {}", peak_kb());
}

/// Previews `csv` as the import screen does and prints the seconds taken
/// and the peak resident memory in kB.
fn preview_child(csv: &Path) {
    let start = Instant::now();
    let mut file = std::fs::File::open(csv).unwrap();
    let decoding = leadledger::csvio::Decoding::for_language("en");
    let (detected, rows) = leadledger::csvio::preview_file(&mut file, 10, &decoding)
        .unwrap()
        .expect("file previewed");
    let secs = start.elapsed().as_secs_f64();
    assert_eq!((detected.delimiter, rows.len()), (',', 11));
    println!("{secs} {}", peak_kb());
}

/// This process's peak resident memory (VmHWM) in kB.
fn peak_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .unwrap_or(0)
}

/// Our import in a child: (seconds, peak resident MB).
fn ours(db: &Path, csv: &Path, rows: usize) -> (f64, f64) {
    in_child(|c| c.arg("--child").args([db, csv]).arg(rows.to_string()))
}

/// Runs this binary again with the arguments `args` adds, and reads the
/// seconds and peak kB it prints: (seconds, peak resident MB).
fn in_child(args: impl FnOnce(&mut Command) -> &mut Command) -> (f64, f64) {
    let child = args(&mut Command::new(std::env::current_exe().unwrap())).output();
    let text = match child {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).into_owned(),
        other => panic!("the child process failed: {other:?}"),
    };
    let mut parts = text.split_whitespace();
    let secs: f64 = parts.next().unwrap().parse().unwrap();
    let kb: f64 = parts.next().unwrap().parse().unwrap();
    (secs, kb / 1024.0)
}

/// `sqlite3`'s own import of the file into a plain table of a new database.
fn sqlite(dir: &Path, csv: &Path, n: usize) -> f64 {
    let db = dir.join(format!("plain{n}.db"));
    let start = Instant::now();
    let status = Command::new("sqlite3")
        .arg(&db)
        .arg(".mode csv")
        .arg(format!(".import {} t", csv.display()))
        .status()
        .expect("sqlite3 is installed");
    let secs = start.elapsed().as_secs_f64();
    assert!(status.success());
    std::fs::remove_file(&db).ok();
    secs
}

/// What SQLite itself takes to put the same rows into our schema (the
/// indexes on id, date and UUID, the audit trigger, the touchpoints, the
/// same page cache), set-based from a `.import`ed table with no checks of
/// ours: the floor under any import that keeps the schema. A diagnostic,
/// printed beside the ratio, not the goal's reference.
fn sqlite_same_schema(dir: &Path, fresh: &Path, csv: &Path) -> f64 {
    let db = dir.join("schema.db");
    std::fs::copy(fresh, &db).unwrap();
    let sql = format!(
        "PRAGMA cache_size = -65536;\n\
         .mode csv\n\
         .import {} t\n\
         BEGIN;\n\
         INSERT INTO inquiries (id, received_at, kind, company, contact, phone, email, source_id, \
           is_lead, estimated_value_minor, logged_by, uuid) \
           SELECT id, received_at, kind, company, contact, phone, email, \
           (SELECT s.id FROM sources s WHERE s.name = t.source), \
           CASE is_lead WHEN 'true' THEN 1 ELSE 0 END, \
           CAST(round(estimated_value * 100) AS INTEGER), logged_by, \
           printf('00000000-0000-7000-8000-%012d', t.rowid) FROM t ORDER BY t.rowid;\n\
         INSERT INTO touchpoints (inquiry_rowid, seq, source_id, date) \
           SELECT i.rowid, 0, (SELECT s.id FROM sources s \
           WHERE s.name = substr(t.touchpoints, 1, instr(t.touchpoints, '@') - 1)), \
           substr(t.touchpoints, instr(t.touchpoints, '@') + 1) \
           FROM t JOIN inquiries i ON i.id = t.id WHERE t.touchpoints <> '';\n\
         DROP TABLE t;\n\
         COMMIT;\n",
        csv.display()
    );
    let start = Instant::now();
    let mut child = Command::new("sqlite3")
        .arg(&db)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .expect("sqlite3 is installed");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(sql.as_bytes())
        .unwrap();
    let status = child.wait().unwrap();
    let secs = start.elapsed().as_secs_f64();
    assert!(status.success());
    std::fs::remove_file(&db).ok();
    secs
}

fn measure(rows: usize) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let csv = dir.path().join("inquiries.csv");
    generate(&csv, rows);
    let mb = std::fs::metadata(&csv).unwrap().len() as f64 / 1e6;
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
    drop(store);
    let fresh = dir.path().join("fresh.db");
    std::fs::copy(&db, &fresh).unwrap();
    let reference_a = sqlite(dir.path(), &csv, 1);
    let (first, peak) = ours(&db, &csv, rows);
    let reference_b = sqlite(dir.path(), &csv, 2);
    let (again, peak_again) = ours(&db, &csv, rows);
    let floor = sqlite_same_schema(dir.path(), &fresh, &csv);
    let (preview, preview_peak) = in_child(|c| c.arg("--preview").arg(&csv));
    let reference = (reference_a + reference_b) / 2.0;
    println!(
        "import {rows} inquiry rows ({mb:.1} MB): {first:.2} s ({:.0} rows/s), peak {peak:.0} MB; \
         sqlite3 .import {reference:.2} s ({reference_a:.2}, {reference_b:.2}); ratio {:.2}; \
         re-import (all unchanged) {again:.2} s, peak {peak_again:.0} MB; \
         sqlite3 into our schema (indexes, audit trigger) {floor:.2} s, ratio {:.2}; \
         preview (detection, first 10 rows) {preview:.2} s, peak {preview_peak:.0} MB",
        rows as f64 / first,
        first / reference,
        floor / reference
    );
}

fn generate(path: &Path, rows: usize) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
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
}
