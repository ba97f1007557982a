//! Helpers shared by the integration tests.

use crate::metrics_example::channel;
use chrono::NaiveDate;
use leadledger::api::{NewCompany, Session};
use leadledger::model::{Dataset, Direction, Id, Settings, Source, SpendCategory};
use leadledger::store::{NewSpend, Store};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// A fresh database file in its own temporary directory (kept alive by the
/// returned `TempDir`).
pub fn new_db(currency: &str) -> (TempDir, PathBuf, Store) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("company.db");
    let store = Store::create(
        &path,
        Settings {
            currency: currency.into(),
            ..Settings::default()
        },
    )
    .expect("create database");
    (dir, path, store)
}

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

pub fn datetime(s: &str) -> chrono::NaiveDateTime {
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("test date-time")
}

/// Every table of a database file, row by row and sorted, after its
/// `user_version` and `application_id`: equal dumps, unchanged contents.
pub fn dump(db: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut out = Vec::new();
    for pragma in ["user_version", "application_id"] {
        let v: i64 = conn
            .query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0))
            .unwrap();
        out.push(format!("{pragma}={v}"));
    }
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                let cells: Vec<String> = (0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect();
                Ok(format!("{table}: {}", cells.join(" | ")))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        rows.sort();
        out.extend(rows);
    }
    out
}

/// An advertising spend entry of 1 March 2026 for the store.
pub fn new_spend(amount: Decimal, note: Option<String>) -> NewSpend {
    NewSpend {
        date: date("2026-03-01"),
        amount,
        category: SpendCategory::Advertising,
        source: None,
        campaign: None,
        direction: None,
        note,
    }
}

/// The app's "today" in the tests: 15 June 2026.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 15).unwrap()
}

/// The app on a new database file with no company yet.
pub fn fresh() -> (TempDir, Session) {
    let dir = tempfile::tempdir().unwrap();
    let s = Session::start_on(dir.path().join("company.db"), today()).unwrap();
    (dir, s)
}

/// Creates Muster GmbH (EUR, the year from January) in `language`.
pub fn company(s: &Session, language: &str) {
    s.create_company(NewCompany {
        name: "Muster GmbH".into(),
        currency: "EUR".into(),
        fiscal_year_start_month: 1,
        language: language.into(),
    })
    .unwrap();
}

/// A source of the metrics engine's data set, with no tracking numbers or
/// UTM tags.
pub fn source(id: Id, channel_id: Id, name: &str) -> Source {
    Source {
        id,
        channel_id,
        name: name.into(),
        tracking_numbers: vec![],
        utm_source: None,
        utm_medium: None,
        utm_campaign: None,
    }
}

/// Source A = 1 (paid search) and Unknown = 2, both inbound, and no record.
pub fn base() -> Dataset {
    Dataset {
        channels: vec![
            channel(1, "Paid search", Direction::Inbound),
            channel(2, "Unknown", Direction::Inbound),
        ],
        sources: vec![source(1, 1, "A"), source(2, 2, "Unknown")],
        ..Dataset::default()
    }
}
