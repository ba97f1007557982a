//! The values of the phone system's call log that cross to the screens:
//! the Log screen's queue of calls nobody logged, the reasons a call is not
//! a lead, and the mismatches the dashboard lists. The tile, which holds
//! `dto.rs`'s types, is in `dto.rs`; the import's outcome is with the other
//! file DTOs in `dto_files.rs`.

// The reason's enum lives with the other enums the page sends, which
// `choice.rs` reads; `dto` re-exports it from here with the rest.
pub use super::dto_enums::NotLeadReason;
use super::dto_files::{DetectedDto, RowErrorDto};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The layouts a call log is read in; the import screen offers them.
pub use crate::csvio::calls::CallFormat;

/// A counted call (inbound, answered, an outside number) of the last days
/// that no inquiry matches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UnloggedCallDto {
    /// The call's row id, which `dismiss_call` takes.
    pub id: i64,
    /// "YYYY-MM-DDTHH:MM:SS", the shop's wall-clock time.
    pub started_at: String,
    /// The calling number as the log wrote it.
    pub caller: String,
    pub duration_s: u32,
    /// The number dialled as the log wrote it, if it says.
    pub dialled: Option<String>,
    /// The source whose tracking number was dialled, if any.
    pub source_id: Option<i64>,
    pub source: Option<String>,
}

/// A logged call whose caller named one source and dialled another's
/// tracking number; both are kept as they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CallMismatchDto {
    pub inquiry_id: String,
    /// "YYYY-MM-DDTHH:MM:SS".
    pub started_at: String,
    pub caller: String,
    /// The inquiry's first touch.
    pub said: String,
    /// The source the dialled tracking number implies.
    pub dialled: String,
}

/// One call of a call log's preview, as the reader understood it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CallPreviewRow {
    /// The line of the file it starts on.
    pub row: u32,
    /// "YYYY-MM-DDTHH:MM:SS", the shop's wall-clock time.
    pub started_at: String,
    pub caller: String,
    pub dialled: Option<String>,
    pub duration_s: u32,
    pub answered: bool,
}

/// What importing a call log would do, or every bad row; nothing is stored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CallPreviewDto {
    /// The layout recognised or chosen: asterisk, fritzbox, 3cx, plain or
    /// columns.
    pub format: Option<String>,
    pub detected: Option<DetectedDto>,
    /// The counted calls of the log; of them `new` would be added and
    /// `already` are stored.
    pub calls: u32,
    pub new: u32,
    pub already: u32,
    /// The calls the reader leaves out, by why.
    pub outgoing: u32,
    pub internal: u32,
    pub withheld: u32,
    /// The first calls.
    pub rows: Vec<CallPreviewRow>,
    pub errors: Vec<RowErrorDto>,
}
