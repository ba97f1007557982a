//! The values of keeping the user's data safe, as they cross to the UI:
//! backups, the state of the database file (damaged, from a newer version,
//! in a risky place), deletions that can be undone, and the progress of a
//! long import. Like every DTO, generated into TypeScript by ts-rs.

pub use super::dto_enums::{ArgKind, BackupKind, ProblemCode};
pub use crate::store::location::LocationCode;
pub use crate::store::progress::Phase as ImportPhase;
pub use crate::store::RemovedKind;
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
    pub kind: BackupKind,
    pub bytes: u64,
}

/// A message argument with how to show it: `text` as is, `date` (ISO),
/// `pct` and `count` (decimal strings) in the user's number format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ArgDto {
    pub name: String,
    pub kind: ArgKind,
    pub value: String,
}

impl ArgDto {
    pub fn new(name: &str, kind: ArgKind, value: impl Into<String>) -> ArgDto {
        ArgDto {
            name: name.into(),
            kind,
            value: value.into(),
        }
    }
}

/// Something the user should know about the open database that does not
/// stop the work, such as its lying on a network share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NoticeDto {
    pub code: LocationCode,
    /// The Fluent message that says it (`ui-location-…`).
    pub message_id: String,
    pub args: Vec<ArgDto>,
    /// The same in English, for logs.
    pub message: String,
}

/// Why the database could not be opened normally.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProblemDto {
    pub code: ProblemCode,
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
    pub kind: RemovedKind,
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
    pub phase: ImportPhase,
}
