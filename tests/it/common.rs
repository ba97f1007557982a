//! Helpers shared by the integration tests.

use leadledger::model::Settings;
use leadledger::store::Store;
use std::path::PathBuf;
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

pub fn date(s: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

pub fn datetime(s: &str) -> chrono::NaiveDateTime {
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("test date-time")
}
