//! The values of reading and writing files that cross to the page: what an
//! import's preview found, what an import or an export did, and every bad
//! row. Apart from `dto.rs` (which re-exports them) because the call log's
//! DTOs (`dto_calls.rs`) use them too, and `dto.rs` re-exports those.

use crate::csvio::Kind as FileKind;
use crate::records::Direction;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RowErrorDto {
    pub row: u32,
    pub column: Option<String>,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DetectedDto {
    pub encoding: String,
    /// The text fitted two code pages and the user's language chose: the
    /// screen says so and offers the encoding choice.
    pub encoding_guessed: bool,
    pub delimiter: String,
    pub decimal_separator: Option<String>,
    pub date_format: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportPreview {
    pub path: String,
    pub detected: Option<DetectedDto>,
    /// The kind whose required columns the header has, if exactly one fits.
    pub kind: Option<FileKind>,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub errors: Vec<RowErrorDto>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportOutcome {
    pub accepted: bool,
    pub kind: FileKind,
    pub detected: Option<DetectedDto>,
    pub rows: u32,
    pub inserted: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub created_sources: Vec<String>,
    /// Channels whose direction a sources file changed.
    pub changed_channels: Vec<ChannelChangeDto>,
    /// Every bad row when refused (the first 1,000 by row when there are
    /// more); nothing was written then.
    pub errors: Vec<RowErrorDto>,
    /// How many problems the refused file has in all.
    pub error_count: u32,
    /// Where every problem was written when there are more than `errors`
    /// holds (`FILE.errors.csv` beside the file).
    pub errors_file: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChannelChangeDto {
    pub channel: String,
    pub from: Direction,
    pub to: Direction,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportOutcome {
    pub path: String,
    pub bytes: u32,
}

/// What a call log's import did, or every bad row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CallImportOutcome {
    pub accepted: bool,
    /// The layout read: asterisk, fritzbox, 3cx, plain or columns.
    pub format: Option<String>,
    pub detected: Option<DetectedDto>,
    pub calls: u32,
    pub new: u32,
    pub already: u32,
    pub outgoing: u32,
    pub internal: u32,
    pub withheld: u32,
    pub tagged: u32,
    pub purged: u32,
    pub errors: Vec<RowErrorDto>,
}
