//! The one error type of the backend.
//!
//! Every failure a user can cause or meet carries a stable machine-readable
//! `code` (the UI and scripts branch on it, never on the text), a sentence in
//! English for logs and the command line, and, where one input is at fault, the
//! `field` that names it.

use serde::Serialize;
use std::fmt;
use ts_rs::TS;

/// Stable error codes. The serialised form (snake_case) is part of the
/// contract with the UI and with scripts, so variants are only ever added.
/// The UI's TypeScript gets them as a string union (`ui/src/bindings`), so a
/// misspelt code there fails the type check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A value failed validation (empty required text, bad enum value, ...).
    Invalid,
    /// A money amount is negative, absurdly large or has too many decimals.
    InvalidAmount,
    /// A date is malformed or outside the supported range.
    InvalidDate,
    /// A named record (source, channel, inquiry) does not exist.
    NotFound,
    /// A record with the same key already exists.
    Duplicate,
    /// A deal closed before it was quoted, and similar ordering faults.
    Inconsistent,
    /// A CSV file was refused; `rows` in the import report says why.
    CsvRejected,
    /// The database was written by a newer version of Leadledger.
    DatabaseTooNew,
    /// The file, or the database on a team server, is not a Leadledger
    /// database.
    NotADatabase,
    /// The database file is damaged.
    Corrupt,
    /// The disk is full.
    DiskFull,
    /// Any other input/output or SQLite failure.
    Io,
    /// The database is open for reading only (it is damaged); nothing can be
    /// changed until a backup is restored.
    ReadOnly,
    /// Another writer held the database, or on a team server the change
    /// met another seat's at the same moment, for longer than the retries
    /// allowed; nothing of it was saved and it may simply be tried again.
    Busy,
    /// The team server cannot be reached, or the connection to it was lost.
    Offline,
    /// The team server refused the login: a wrong password, an unknown
    /// user, or no password where one is needed.
    AuthFailed,
    /// An encrypted connection was required and could not be made, or the
    /// server's certificate is not trusted.
    TlsFailed,
    /// The team server runs a PostgreSQL older than Leadledger supports.
    ServerTooOld,
    /// The team database's schema is older than this version of Leadledger
    /// needs; the owner upgrades it (`leadledger team upgrade`).
    NeedsUpgrade,
    /// The record was changed (or removed) by someone else after it was
    /// read for this edit: the save is refused and nothing is overwritten
    /// unseen. The app's answer carries the record as it now stands.
    Conflict,
    /// The money screens are locked with the owner PIN of a single-file
    /// database, or a PIN entered to open them was wrong (then `field` is
    /// `pin`); after five wrong ones the session waits 30 seconds.
    Locked,
    /// The login's role on the team server may not do this (a front-desk
    /// or sales seat asking for money figures, an import, a report, the
    /// people of the team): refused by the product before it asks, and by
    /// the server's own grants (SQLSTATE 42501) when another client asks.
    Forbidden,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Invalid => "invalid",
            ErrorCode::InvalidAmount => "invalid_amount",
            ErrorCode::InvalidDate => "invalid_date",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Duplicate => "duplicate",
            ErrorCode::Inconsistent => "inconsistent",
            ErrorCode::CsvRejected => "csv_rejected",
            ErrorCode::DatabaseTooNew => "database_too_new",
            ErrorCode::NotADatabase => "not_a_database",
            ErrorCode::Corrupt => "corrupt",
            ErrorCode::DiskFull => "disk_full",
            ErrorCode::Io => "io",
            ErrorCode::ReadOnly => "read_only",
            ErrorCode::Busy => "busy",
            ErrorCode::Offline => "offline",
            ErrorCode::AuthFailed => "auth_failed",
            ErrorCode::TlsFailed => "tls_failed",
            ErrorCode::ServerTooOld => "server_too_old",
            ErrorCode::NeedsUpgrade => "needs_upgrade",
            ErrorCode::Conflict => "conflict",
            ErrorCode::Locked => "locked",
            ErrorCode::Forbidden => "forbidden",
        }
    }
}

/// `{code, message, field}` — exactly what crosses the boundary to the UI,
/// where its TypeScript (generated from this type) is `ApiError`: `Error` is
/// taken by JavaScript's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(rename = "ApiError")]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
    pub field: Option<String>,
    /// For a `conflict` from a screen's save: the record as it now stands
    /// (the app's `InquiryDto` or `DealDto`, whichever was saved), so the
    /// screen shows what the other seat saved instead of overwriting it.
    /// Absent for every other error, and when the record is gone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "InquiryDto | DealDto")]
    pub current: Option<serde_json::Value>,
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Error {
            code,
            message: message.into(),
            field: None,
            current: None,
        }
    }

    /// An error attributed to one input field, so a form can highlight it.
    pub fn field(code: ErrorCode, field: &str, message: impl Into<String>) -> Self {
        Error {
            code,
            message: message.into(),
            field: Some(field.to_string()),
            current: None,
        }
    }

    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Self::field(ErrorCode::Invalid, field, message)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{} ({}: {})", self.message, self.code.as_str(), field),
            None => write!(f, "{} ({})", self.message, self.code.as_str()),
        }
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode as Sq;
        let code = match e.sqlite_error_code() {
            Some(Sq::DiskFull) => ErrorCode::DiskFull,
            Some(Sq::DatabaseCorrupt) => ErrorCode::Corrupt,
            Some(Sq::NotADatabase) => ErrorCode::NotADatabase,
            Some(Sq::ConstraintViolation) => ErrorCode::Duplicate,
            _ => ErrorCode::Io,
        };
        // Every write runs in one transaction that SQLite rolls back when the
        // disk fills up or a read or write fails, so the message can promise
        // the user that nothing was half-saved.
        let message = match (code, e.sqlite_error_code()) {
            (ErrorCode::DiskFull, _) => {
                "the disk is full; nothing of this change was saved. Free some space and try again"
                    .to_string()
            }
            (_, Some(Sq::SystemIoFailure)) => format!(
                "the database file could not be read or written (input/output error); nothing \
                 of this change was saved, if one was under way. Check the disk or network \
                 drive ({e})"
            ),
            (ErrorCode::Corrupt, _) => format!("the database file is damaged ({e})"),
            (ErrorCode::NotADatabase, _) => {
                format!("the file is not a Leadledger database ({e})")
            }
            _ => format!("database error: {e}"),
        };
        Error::new(code, message)
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        // Backups and exports write files too; a full disk there is the same
        // fact for the user as a full disk under the database.
        if e.kind() == std::io::ErrorKind::StorageFull {
            return Error::new(
                ErrorCode::DiskFull,
                format!("the disk is full; the file was not written ({e})"),
            );
        }
        Error::new(ErrorCode::Io, format!("input/output error: {e}"))
    }
}
