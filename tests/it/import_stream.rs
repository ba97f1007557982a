//! The streamed CSV import (issue 17) on both engines: files read from a
//! path in chunks still keep every promise of `shared/spec/csv.md`. Errors in
//! the first and the last row are both named and nothing is stored; more
//! than 1,000 bad rows keep the first 1,000, count them all and list every
//! one in `FILE.errors.csv`; the file-wide decisions hold when their only
//! evidence is in the last row; quoted fields spanning lines cross the
//! reader's chunks.

use crate::engines::{both_engines, Engine};
use leadledger::csvio::{Kind, KEPT};
use leadledger::store::{ImportOptions, Store};
use std::path::{Path, PathBuf};

/// Rows enough that the file is several of the reader's 64 KiB chunks.
const ROWS: usize = 3000;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn import(
    store: &mut Store,
    kind: Kind,
    path: &Path,
) -> Result<leadledger::store::ImportSummary, leadledger::csvio::Rejected> {
    store
        .import_csv_file(kind, path, &ImportOptions::default())
        .expect("no database failure")
}

fn good_row(i: usize) -> String {
    format!(
        "Q-{i:05},2026-03-{:02} 09:30,call,Unknown,Firm {i}\n",
        1 + i % 28
    )
}

fn inquiry_count(store: &Store) -> usize {
    store.load_dataset().unwrap().inquiries.len()
}

/// The file's index on the arrival time is there: an import into a small
/// table builds it again at the end, and a refused one rolls its drop back.
fn has_received_index(engine: Engine, db: &crate::engines::Guard) -> bool {
    engine != Engine::Sqlite
        || !db
            .query_text("SELECT name FROM sqlite_master WHERE name = 'inquiries_received'")
            .is_empty()
}

fn first_and_last_rows_bad_are_both_named_and_nothing_is_stored(engine: Engine) {
    let (db, mut store) = engine.new_db("EUR");
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("id,received_at,kind,source,company\n");
    csv.push_str("Q-00000,2026-02-30 09:30,call,Unknown,Firm 0\n");
    for i in 1..ROWS - 1 {
        csv.push_str(&good_row(i));
    }
    csv.push_str(&format!(
        "Q-{:05},2026-03-01 09:30,letter,Unknown,Last\n",
        ROWS - 1
    ));
    let path = write(dir.path(), "inquiries.csv", csv.as_bytes());
    let rejected = import(&mut store, Kind::Inquiries, &path).expect_err("refused");
    let rows: Vec<(usize, Option<&str>)> = rejected
        .errors
        .iter()
        .map(|e| (e.row, e.column.as_deref()))
        .collect();
    assert_eq!(
        rows,
        vec![(2, Some("received_at")), (ROWS + 1, Some("kind"))],
        "{:?}",
        rejected.errors
    );
    assert_eq!(rejected.total(), 2);
    assert_eq!(rejected.errors_file, None);
    assert_eq!(inquiry_count(&store), 0, "nothing of the file is stored");
    assert!(has_received_index(engine, &db));
    // The same file fixed is taken whole, and again with nothing new.
    let fixed = csv
        .replace("2026-02-30", "2026-02-28")
        .replace(",letter,", ",email,");
    let path = write(dir.path(), "inquiries.csv", fixed.as_bytes());
    let summary = import(&mut store, Kind::Inquiries, &path).expect("accepted");
    assert_eq!((summary.rows, summary.inserted), (ROWS, ROWS));
    assert!(has_received_index(engine, &db));
    let again = import(&mut store, Kind::Inquiries, &path).expect("accepted");
    assert_eq!((again.inserted, again.unchanged), (0, ROWS));
    assert_eq!(inquiry_count(&store), ROWS);
}
both_engines!(first_and_last_rows_bad_are_both_named_and_nothing_is_stored);

fn more_than_a_thousand_bad_rows_are_all_listed_beside_the_file(engine: Engine) {
    let (_db, mut store) = engine.new_db("EUR");
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("id,received_at,kind,source,company\n");
    let mut bad = Vec::new();
    for i in 0..ROWS {
        if i % 2 == 1 {
            // A bad date on every other row, and an id seen before on the
            // last: 1,501 problems, the duplicate found after the last row.
            csv.push_str(&format!(
                "Q-{i:05},2026-13-01 09:30,call,Unknown,Firm {i}\n"
            ));
            bad.push(i + 2);
        } else {
            csv.push_str(&good_row(i));
        }
    }
    csv.push_str(&good_row(0));
    bad.push(ROWS + 2);
    let path = write(dir.path(), "inquiries.csv", csv.as_bytes());
    let rejected = import(&mut store, Kind::Inquiries, &path).expect_err("refused");
    assert_eq!(rejected.total(), bad.len());
    assert_eq!(rejected.errors.len(), KEPT);
    let kept: Vec<usize> = rejected.errors.iter().map(|e| e.row).collect();
    assert_eq!(kept, bad[..KEPT], "the first 1,000 by row");
    let listed = rejected
        .errors_file
        .clone()
        .expect("the full list is written");
    assert_eq!(listed, dir.path().join("inquiries.csv.errors.csv"));
    let mut reader = csv::Reader::from_path(&listed).unwrap();
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["row", "column", "reason"]
    );
    let all: Vec<(usize, String, String)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].parse().unwrap(), r[1].to_string(), r[2].to_string())
        })
        .collect();
    assert_eq!(all.iter().map(|e| e.0).collect::<Vec<_>>(), bad);
    assert_eq!(all[0].1, "received_at");
    let last = all.last().unwrap();
    assert_eq!(last.1, "id");
    assert_eq!(last.2, "the id \"Q-00000\" already appears in row 2");
    let message = rejected.to_error("inquiries.csv").message;
    assert!(
        message.contains(&format!("{} problems", bad.len())),
        "{message}"
    );
    assert!(message.contains("inquiries.csv.errors.csv"), "{message}");
    assert_eq!(inquiry_count(&store), 0);
    // The same file with one bad row left: the old list would send the
    // user to 1,500 rows that are fine, so it is gone, and so it stays
    // once the file is accepted.
    let mut fixed = String::from("id,received_at,kind,source,company\n");
    for i in 0..ROWS {
        fixed.push_str(&good_row(i));
    }
    fixed.push_str(&good_row(0));
    write(dir.path(), "inquiries.csv", fixed.as_bytes());
    let rejected = import(&mut store, Kind::Inquiries, &path).expect_err("one duplicate");
    assert_eq!((rejected.total(), rejected.errors_file.clone()), (1, None));
    assert!(!listed.exists(), "the stale list is removed");
    fixed.truncate(fixed.len() - good_row(0).len());
    write(dir.path(), "inquiries.csv", fixed.as_bytes());
    std::fs::write(&listed, "row,column,reason\n").unwrap();
    import(&mut store, Kind::Inquiries, &path).expect("accepted");
    assert!(!listed.exists(), "no list beside an accepted file");
    assert_eq!(inquiry_count(&store), ROWS);
}
both_engines!(more_than_a_thousand_bad_rows_are_all_listed_beside_the_file);

fn late_evidence_still_decides_the_whole_file(engine: Engine) {
    let (_db, mut store) = engine.new_db("EUR");
    let dir = tempfile::tempdir().unwrap();
    // Every date but the last could be either order; the last proves the
    // day comes first, so 05/03/2026 is the fifth of March.
    let mut csv = String::from("date,amount,category,note\n");
    for i in 0..ROWS {
        csv.push_str(&format!("05/03/2026,{i}.50,advertising,row {i}\n"));
    }
    csv.push_str("25/03/2026,1.50,advertising,the proof\n");
    let path = write(dir.path(), "spend.csv", csv.as_bytes());
    let summary = import(&mut store, Kind::Spend, &path).expect("accepted");
    assert_eq!(summary.detected.date_format, "DD/MM/YYYY");
    assert_eq!(summary.rows, ROWS + 1);
    let ds = store.load_dataset().unwrap();
    let march_fifth = chrono::NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
    assert_eq!(
        ds.spend.iter().filter(|s| s.date == march_fifth).count(),
        ROWS
    );
    // A Windows-1252 byte in the last row alone: the file is not UTF-8, and
    // the name before it reads as written.
    let mut bytes = String::from("id,received_at,kind,source,company\n");
    for i in 0..ROWS {
        bytes.push_str(&good_row(i));
    }
    let mut bytes = bytes.into_bytes();
    bytes.extend_from_slice(b"Q-99999,2026-03-01 09:30,call,Unknown,M\xFCller Pr\xE4zision GmbH\n");
    let path = write(dir.path(), "inquiries.csv", &bytes);
    let summary = import(&mut store, Kind::Inquiries, &path).expect("accepted");
    assert_eq!(summary.detected.encoding, "Windows-1252");
    let ds = store.load_dataset().unwrap();
    let last = ds.inquiries.iter().find(|i| i.id == "Q-99999").unwrap();
    assert_eq!(last.company.as_deref(), Some("Müller Präzision GmbH"));
}
both_engines!(late_evidence_still_decides_the_whole_file);

fn quoted_lines_cross_the_chunks_and_rows_keep_their_numbers(engine: Engine) {
    let (_db, mut store) = engine.new_db("EUR");
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("id,received_at,kind,source,company,notes\r\n");
    let mut line = 2;
    let mut bad_line = 0;
    for i in 0..ROWS {
        // Three lines of notes per row: the file crosses the 64 KiB chunks
        // inside quoted fields again and again.
        let kind = if i == ROWS - 7 {
            bad_line = line;
            "visit"
        } else {
            "call"
        };
        csv.push_str(&format!(
            "Q-{i:05},2026-03-01 09:30,{kind},Unknown,Firm {i},\"first {i}\r\nsecond, with a comma\r\nthird \"\"quoted\"\"\"\r\n"
        ));
        line += 3;
    }
    let path = write(dir.path(), "inquiries.csv", csv.as_bytes());
    let rejected = import(&mut store, Kind::Inquiries, &path).expect_err("refused");
    assert_eq!(rejected.errors.len(), 1, "{:?}", rejected.errors);
    assert_eq!(rejected.errors[0].row, bad_line);
    let fixed = csv.replace(",visit,", ",call,");
    let path = write(dir.path(), "inquiries.csv", fixed.as_bytes());
    import(&mut store, Kind::Inquiries, &path).expect("accepted");
    let ds = store.load_dataset().unwrap();
    let one = ds.inquiries.iter().find(|i| i.id == "Q-02000").unwrap();
    assert_eq!(
        one.notes.as_deref(),
        Some("first 2000\r\nsecond, with a comma\r\nthird \"quoted\"")
    );
}
both_engines!(quoted_lines_cross_the_chunks_and_rows_keep_their_numbers);
