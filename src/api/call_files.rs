//! The phone system's call log on the Import & export screen: the user's
//! choices read once for the preview and the import alike, the preview
//! (`preview_call_log`: the layout recognised, the encoding, how many calls
//! are new or stored already and how many the reader left out, the first
//! calls, or every bad row, storing nothing), and the owner's export of the
//! stored log in the plain form the import reads back.

use super::dto::*;
use super::dto_calls::*;
use super::Session;
use crate::csvio::calls::ColumnMap;
use crate::error::{Error, Result};
use crate::store::CallImportOptions;

/// Calls shown in the preview.
const PREVIEW_CALLS: usize = 10;

/// The reader's options for the page's choices: a format of its choices (or
/// none, to recognise it), a mapping of another layout's columns, and the
/// encoding. An unknown format or a malformed mapping is refused naming its
/// field.
pub(super) fn call_options(
    format: Option<Choice<CallFormat>>,
    columns: Option<String>,
    encoding_name: Option<String>,
) -> Result<CallImportOptions> {
    // The page sends "" for "recognise automatically", as an older page or
    // the command line's habit might.
    let format = match format.filter(|f| !f.text().trim().is_empty()) {
        None => None,
        Some(f) => Some(f.get()?),
    };
    let columns = match columns.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        None => None,
        Some(c) => Some(ColumnMap::parse(c).map_err(|m| Error::invalid("columns", m))?),
    };
    Ok(CallImportOptions {
        format,
        columns,
        encoding: super::files::encoding(&encoding_name)?,
    })
}

pub(super) fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Session {
    /// What importing the call log at `path` would do, with the same
    /// choices `import_call_log` takes; stores nothing.
    pub fn preview_call_log(
        &self,
        path: String,
        format: Option<Choice<CallFormat>>,
        columns: Option<String>,
        encoding_name: Option<String>,
    ) -> Result<CallPreviewDto> {
        // As its import: the owner's, and no PIN, since a log holds no money.
        self.seat_role().require(crate::role::Act::Import)?;
        let options = call_options(format, columns, encoding_name)?;
        let bytes = super::files::read(&path)?;
        let verdict = self.read(|store, _| store.preview_calls(&bytes, &options))?;
        Ok(match verdict {
            Ok(p) => CallPreviewDto {
                format: Some(p.format.as_str().to_string()),
                detected: Some(DetectedDto::from(&p.detected)),
                calls: count(p.calls.len()),
                new: count(p.calls.len() - p.already),
                already: count(p.already),
                outgoing: count(p.skipped.outgoing),
                internal: count(p.skipped.internal),
                withheld: count(p.skipped.withheld),
                rows: p
                    .calls
                    .iter()
                    .take(PREVIEW_CALLS)
                    .map(|c| CallPreviewRow {
                        row: count(c.row),
                        started_at: c.started_at.format("%Y-%m-%dT%H:%M:%S").to_string(),
                        caller: c.caller.clone(),
                        dialled: c.dialled.clone(),
                        duration_s: u32::try_from(c.duration_s).unwrap_or(0),
                        answered: c.answered,
                    })
                    .collect(),
                errors: Vec::new(),
            },
            // A refused log has no counts: nothing of it would be stored.
            Err(r) => CallPreviewDto {
                detected: r.detected.as_ref().map(DetectedDto::from),
                errors: r.errors.iter().map(RowErrorDto::from).collect(),
                ..CallPreviewDto::default()
            },
        })
    }

    /// Writes the stored call log to `path` in the plain form the import
    /// reads back; the owner's only, like every export, since it holds
    /// personal numbers. Calls past the retention period have none left and
    /// are not written.
    pub fn export_call_log(&self, path: String) -> Result<ExportOutcome> {
        self.require(crate::role::Act::Export)?;
        self.read(|store, _| crate::atomic::write_with(&path, |out| store.export_calls(out)))
            .map_err(super::files::at_path)?;
        // The plain writer counts calls, not bytes; the file is whole now.
        let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
        Ok(ExportOutcome {
            path,
            bytes: u32::try_from(bytes).unwrap_or(u32::MAX),
        })
    }
}
