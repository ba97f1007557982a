//! A full disk and input/output errors: a write that does not fit fails with
//! `disk_full` and a plain sentence, and leaves the file sound and exactly as
//! it was before. The full disk is brought about with `max_page_count`, set
//! through the store's own pragma function (`Limits`).

use crate::common::{date, datetime, dump, new_db, new_deal, new_inquiry, new_spend};
use leadledger::csvio::Kind;
use leadledger::store::{Limits, NewDeal, NewInquiry, NewSpend, Store};
use leadledger::{Error, ErrorCode};
use rust_decimal::Decimal;
use std::path::Path;

fn integrity(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

fn page_count(db: &Path) -> u64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    // Fold the write-ahead log in, so the count is the file's true size.
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    let n: i64 = conn
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    n as u64
}

fn assert_disk_full(e: &Error) {
    assert_eq!(e.code, ErrorCode::DiskFull, "{e}");
    assert!(
        e.message.contains("disk is full") && e.message.contains("nothing of this change"),
        "{}",
        e.message
    );
}

/// A database with a few records, and its dump.
fn seeded() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, path, mut store) = new_db("EUR");
    store
        .add_spend(&padded_spend(0, "seed"))
        .expect("the first spend fits");
    drop(store);
    (dir, path)
}

// The records that fill the disk: the `i`-th of each kind, padded with a
// long note or name so that a few hundred of them fill the allowed pages.

fn padded_spend(i: usize, note: &str) -> NewSpend {
    new_spend(
        Decimal::new(12_345 + i as i64, 2),
        Some(format!("{note} {i} {}", "x".repeat(400))),
    )
}

fn padded_inquiry(i: usize) -> NewInquiry {
    NewInquiry {
        company: Some(format!("Firm {i}")),
        estimated_value: Some(Decimal::new(500, 0)),
        notes: Some("y".repeat(400)),
        ..new_inquiry(&format!("FULL-{i:05}"), datetime("2026-03-02 09:00"))
    }
}

fn padded_deal(i: usize) -> NewDeal {
    NewDeal {
        quoted_at: Some(date("2026-03-03")),
        ..new_deal(
            &format!("DEAL-{i:05}"),
            &format!("Buyer {i} {}", "z".repeat(300)),
            date("2026-03-10"),
            Decimal::new(9_900, 2),
        )
    }
}

fn inquiries_csv(rows: usize) -> Vec<u8> {
    let mut csv = String::from("id,received_at,kind,source,company,notes\n");
    for i in 0..rows {
        csv.push_str(&format!(
            "BIG-{i:06},2026-04-01 10:00,call,Unknown,Company {i},{}\n",
            "n".repeat(200)
        ));
    }
    csv.into_bytes()
}

#[test]
fn a_large_import_into_a_full_disk_fails_whole() {
    let (_dir, path) = seeded();
    let limit = page_count(&path) + 8;
    let before = dump(&path);
    let mut store = Store::open_with_limits(
        &path,
        Limits {
            max_page_count: Some(limit),
        },
    )
    .unwrap();
    let err = store
        .import_csv(Kind::Inquiries, &inquiries_csv(3000), false)
        .expect_err("the import does not fit");
    assert_disk_full(&err);
    // The store stays usable for reading after the refusal.
    assert_eq!(store.load_dataset().unwrap().inquiries.len(), 0);
    drop(store);
    assert_eq!(integrity(&path), "ok");
    assert_eq!(dump(&path), before, "nothing of the import was kept");
}

#[test]
fn a_streamed_import_from_a_file_into_a_full_disk_fails_whole() {
    let (dir, path) = seeded();
    let limit = page_count(&path) + 8;
    let before = dump(&path);
    let csv = dir.path().join("inquiries.csv");
    std::fs::write(&csv, inquiries_csv(3000)).unwrap();
    let mut store = Store::open_with_limits(
        &path,
        Limits {
            max_page_count: Some(limit),
        },
    )
    .unwrap();
    let err = store
        .import_csv_file(Kind::Inquiries, &csv, &Default::default())
        .expect_err("the import does not fit");
    assert_disk_full(&err);
    assert_eq!(store.load_dataset().unwrap().inquiries.len(), 0);
    drop(store);
    assert_eq!(integrity(&path), "ok");
    assert_eq!(dump(&path), before, "nothing of the import was kept");
}

/// Writes with `write` until the disk is full, checking after the failing
/// write that the file holds exactly what it held before it.
fn fill_until_full(
    path: &Path,
    what: &str,
    mut write: impl FnMut(&mut Store, usize) -> leadledger::Result<()>,
) {
    let limit = page_count(path) + 4;
    let mut store = Store::open_with_limits(
        path,
        Limits {
            max_page_count: Some(limit),
        },
    )
    .unwrap();
    for i in 1..2000 {
        let before = dump(path);
        match write(&mut store, i) {
            Ok(()) => continue,
            Err(e) => {
                assert_disk_full(&e);
                assert!(i > 1, "{what}: the first write after opening fits");
                assert_eq!(dump(path), before, "{what}: the failed write left nothing");
                drop(store);
                assert_eq!(integrity(path), "ok", "{what}");
                assert_eq!(dump(path), before, "{what}: nothing after closing either");
                return;
            }
        }
    }
    panic!("{what}: 2000 writes fitted into {limit} pages");
}

#[test]
fn single_writes_into_a_full_disk_fail_cleanly() {
    let (_dir, path) = seeded();
    fill_until_full(&path, "spend", |s, i| {
        s.add_spend(&padded_spend(i, "more")).map(|_| ())
    });
    fill_until_full(&path, "inquiry", |s, i| {
        s.save_inquiry(&padded_inquiry(i)).map(|_| ())
    });
    fill_until_full(&path, "deal", |s, i| s.save_deal(&padded_deal(i)));
    // Every write acknowledged before the disk filled up is there.
    let ds = Store::open(&path).unwrap().load_dataset().unwrap();
    assert!(ds.spend.len() >= 2 && !ds.inquiries.is_empty() && !ds.deals.is_empty());
    assert!(ds.spend.iter().all(|s| s.amount >= Decimal::new(12_345, 2)));
}

#[test]
fn sqlite_failures_map_to_plain_codes() {
    use rusqlite::ffi;
    let sqlite =
        |code: i32| Error::from(rusqlite::Error::SqliteFailure(ffi::Error::new(code), None));
    assert_disk_full(&sqlite(ffi::SQLITE_FULL));
    for code in [
        ffi::SQLITE_IOERR,
        ffi::SQLITE_IOERR_WRITE,
        ffi::SQLITE_IOERR_FSYNC,
    ] {
        let e = sqlite(code);
        assert_eq!(e.code, ErrorCode::Io, "{e}");
        assert!(e.message.contains("input/output error"), "{}", e.message);
        assert!(
            e.message.contains("nothing of this change was saved"),
            "{}",
            e.message
        );
    }
    assert_eq!(sqlite(ffi::SQLITE_CORRUPT).code, ErrorCode::Corrupt);
    let io = Error::from(std::io::Error::from(std::io::ErrorKind::StorageFull));
    assert_eq!(io.code, ErrorCode::DiskFull);
    assert!(io.message.contains("disk is full"), "{}", io.message);
}
