//! The values of keeping the user's data safe, as they cross to the UI:
//! backups, the state of the database file (damaged, from a newer version,
//! in a risky place), deletions that can be undone, and the progress of a
//! long import. Like every DTO, generated into TypeScript by ts-rs.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One backup beside the database, for the list in Settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupDto {
    /// The file name; the only thing the page sends back to restore it.
    pub name: String,
    /// When it was taken (local time).
    pub when: NaiveDateTime,
    /// daily, weekly, monthly, manual, pre_migration, pre_restore, damaged or other.
    pub kind: String,
    pub bytes: u64,
}

/// A message argument with how to show it: `text` as is, `date` (ISO),
/// `pct` and `count` (decimal strings) in the user's number format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ArgDto {
    pub name: String,
    pub kind: String,
    pub value: String,
}

impl ArgDto {
    pub fn new(name: &str, kind: &str, value: impl Into<String>) -> ArgDto {
        ArgDto {
            name: name.into(),
            kind: kind.into(),
            value: value.into(),
        }
    }
}

/// Something the user should know about the open database that does not
/// stop the work, such as its lying on a network share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NoticeDto {
    /// network_share or cloud_folder.
    pub code: String,
    /// The Fluent message that says it (`ui-location-…`).
    pub message_id: String,
    pub args: Vec<ArgDto>,
    /// The same in English, for logs.
    pub message: String,
}

/// Why the database could not be opened normally.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProblemDto {
    /// corrupt (open read-only if it could be read at all), too_new,
    /// not_a_database or unreadable.
    pub code: String,
    /// In English, for logs and support.
    pub message: String,
    /// The database file.
    pub file: String,
    /// The newest backup that passed its check, to restore from (never
    /// offered for a file from a newer version: it would throw away newer data).
    pub newest_backup: Option<String>,
    pub newest_backup_at: Option<NaiveDateTime>,
    /// The schema version the file says it has (too_new).
    pub found_version: Option<i64>,
    /// The newest schema version this build knows.
    pub supported_version: i64,
}

/// A deletion that can be undone for a while with its token. The deleted
/// records themselves stay in the backend: the page holds only the token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DeletedDto {
    pub token: String,
    /// inquiry, deal, spend or source.
    pub kind: String,
    /// The record's id (`INQ-…`, `D-…`, the entry's or source's number).
    pub id: String,
    /// What the user calls it: the company, the source's name, the note.
    pub label: String,
    pub date: Option<NaiveDate>,
    /// Deals and spend: the amount as a decimal string.
    pub amount: Option<String>,
}

/// How far the running (or last) import has got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportProgress {
    pub done: u64,
    /// 0 while the file is still being read.
    pub total: u64,
    /// idle, reading, storing, saving or done.
    pub phase: String,
}
