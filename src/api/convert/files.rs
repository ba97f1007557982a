//! Import: what the importer detected and did, or every bad row it found,
//! as the Import screen shows them.

use crate::api::dto::{ChannelChangeDto, DetectedDto, FileKind, ImportOutcome, RowErrorDto};
use crate::csvio::{Detected, Rejected, RowError};
use crate::store::{ChannelChange, ImportSummary};

/// Counts as the page gets them: no file has 4 billion rows, and one that
/// claimed to would show the most a `u32` holds rather than wrap.
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl From<&Detected> for DetectedDto {
    fn from(d: &Detected) -> DetectedDto {
        let Detected {
            encoding,
            encoding_guessed,
            delimiter,
            decimal_separator,
            date_format,
        } = d;
        DetectedDto {
            encoding: (*encoding).into(),
            encoding_guessed: *encoding_guessed,
            delimiter: delimiter.to_string(),
            decimal_separator: decimal_separator.map(|c| c.to_string()),
            date_format: (*date_format).into(),
        }
    }
}

impl From<&RowError> for RowErrorDto {
    fn from(e: &RowError) -> RowErrorDto {
        let RowError {
            row,
            column,
            reason,
        } = e;
        RowErrorDto {
            row: count(*row),
            column: column.clone(),
            reason: reason.clone(),
        }
    }
}

impl From<ChannelChange> for ChannelChangeDto {
    fn from(c: ChannelChange) -> ChannelChangeDto {
        let ChannelChange { channel, from, to } = c;
        ChannelChangeDto { channel, from, to }
    }
}

/// An import that was kept whole.
pub fn import_outcome(s: ImportSummary) -> ImportOutcome {
    let ImportSummary {
        kind,
        detected,
        rows,
        inserted,
        updated,
        unchanged,
        created_sources,
        changed_channels,
    } = s;
    ImportOutcome {
        accepted: true,
        kind,
        detected: Some(DetectedDto::from(&detected)),
        rows: count(rows),
        inserted: count(inserted),
        updated: count(updated),
        unchanged: count(unchanged),
        created_sources,
        changed_channels: changed_channels.into_iter().map(Into::into).collect(),
        errors: Vec::new(),
        error_count: 0,
        errors_file: None,
    }
}

/// An import of `kind` that was refused: nothing was written.
pub fn refused_import(kind: FileKind, r: &Rejected) -> ImportOutcome {
    let Rejected {
        detected,
        errors,
        errors_file,
        ..
    } = r;
    ImportOutcome {
        accepted: false,
        kind,
        detected: detected.as_ref().map(DetectedDto::from),
        rows: 0,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        created_sources: Vec::new(),
        changed_channels: Vec::new(),
        errors: errors.iter().map(RowErrorDto::from).collect(),
        error_count: count(r.total()),
        errors_file: errors_file.as_ref().map(|p| p.display().to_string()),
    }
}
