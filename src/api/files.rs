//! Import and export: a preview of a chosen file (detected encoding,
//! delimiter and number format, the first rows, the kind its header fits),
//! the all-or-nothing import with every bad row, and CSV export.

use super::dto::*;
use super::dto_safety::ImportProgress;
use super::Session;
use crate::csvio::{self, Detected, Kind, RowError};
use crate::error::{Error, ErrorCode, Result};
use std::path::Path;

/// Rows shown in the preview.
const PREVIEW_ROWS: usize = 10;

fn kind(text: &str) -> Result<Kind> {
    Kind::parse(text).ok_or_else(|| {
        Error::invalid(
            "kind",
            format!("unknown kind '{text}'; use {}", Kind::choices()),
        )
    })
}

fn detected_dto(d: &Detected) -> DetectedDto {
    DetectedDto {
        encoding: d.encoding.into(),
        delimiter: d.delimiter.to_string(),
        decimal_separator: d.decimal_separator.map(|c| c.to_string()),
        date_format: d.date_format.into(),
    }
}

fn row_errors(errors: &[RowError]) -> Vec<RowErrorDto> {
    errors
        .iter()
        .map(|e| RowErrorDto {
            row: e.row as u32,
            column: e.column.clone(),
            reason: e.reason.clone(),
        })
        .collect()
}

fn read(path: &str) -> Result<Vec<u8>> {
    std::fs::read(Path::new(path))
        .map_err(|e| Error::field(ErrorCode::Io, "path", format!("cannot read {path}: {e}")))
}

/// The kind whose required columns a header has, when exactly one fits
/// (the most specific wins when several do).
pub fn guess_kind(header: &[String]) -> Option<Kind> {
    let cols: Vec<String> = header
        .iter()
        .map(|h| h.trim().to_lowercase().replace([' ', '-'], "_"))
        .collect();
    let mut fits: Vec<Kind> = Kind::ALL
        .iter()
        .copied()
        .filter(|k| k.required().iter().all(|r| cols.iter().any(|c| c == r)))
        .collect();
    fits.sort_by_key(|k| std::cmp::Reverse(k.required().len()));
    match fits.as_slice() {
        [] => None,
        [one] => Some(*one),
        [a, b, ..] if a.required().len() > b.required().len() => Some(*a),
        _ => None,
    }
}

impl Session {
    pub fn import_preview(&self, path: String) -> Result<ImportPreview> {
        let bytes = read(&path)?;
        Ok(match csvio::preview(&bytes, PREVIEW_ROWS) {
            Ok((detected, mut rows)) => {
                let header = if rows.is_empty() {
                    Vec::new()
                } else {
                    rows.remove(0)
                };
                ImportPreview {
                    path,
                    detected: Some(detected_dto(&detected)),
                    kind: guess_kind(&header).map(|k| k.as_str().into()),
                    header,
                    rows,
                    errors: Vec::new(),
                }
            }
            Err(rejected) => ImportPreview {
                path,
                detected: rejected.detected.as_ref().map(detected_dto),
                kind: None,
                header: Vec::new(),
                rows: Vec::new(),
                errors: row_errors(&rejected.errors),
            },
        })
    }

    /// Imports the file whole, or refuses it with every bad row.
    pub fn import_file(
        &self,
        path: String,
        kind_text: String,
        create_sources: bool,
    ) -> Result<ImportOutcome> {
        let k = kind(&kind_text)?;
        self.progress.begin();
        let verdict = read(&path).and_then(|bytes| {
            self.write(|store| {
                store.import_csv_reporting(k, &bytes, create_sources, &self.progress)
            })
        });
        // Done whether kept, refused or failed: the page stops polling on
        // the answer anyway, and a later look must not show a stale bar.
        self.progress.finish();
        let verdict = verdict?;
        Ok(match verdict {
            Ok(s) => ImportOutcome {
                accepted: true,
                kind: k.as_str().into(),
                detected: Some(detected_dto(&s.detected)),
                rows: s.rows as u32,
                inserted: s.inserted as u32,
                updated: s.updated as u32,
                unchanged: s.unchanged as u32,
                created_sources: s.created_sources,
                errors: Vec::new(),
            },
            Err(r) => ImportOutcome {
                accepted: false,
                kind: k.as_str().into(),
                detected: r.detected.as_ref().map(detected_dto),
                rows: 0,
                inserted: 0,
                updated: 0,
                unchanged: 0,
                created_sources: Vec::new(),
                errors: row_errors(&r.errors),
            },
        })
    }

    /// How far the running import has got; answers at once, even while the
    /// import holds the database.
    pub fn import_progress(&self) -> Result<ImportProgress> {
        let (phase, done, total) = self.progress.read();
        Ok(ImportProgress {
            done,
            total,
            phase: phase.as_str().into(),
        })
    }

    /// Writes one kind of record as CSV to `path`.
    pub fn export_file(&self, kind_text: String, path: String) -> Result<ExportOutcome> {
        let k = kind(&kind_text)?;
        let mut out = Vec::new();
        self.read(|store, _| store.export_csv(k, &mut out))?;
        std::fs::write(&path, &out).map_err(|e| {
            Error::field(ErrorCode::Io, "path", format!("cannot write {path}: {e}"))
        })?;
        Ok(ExportOutcome {
            path,
            bytes: out.len() as u32,
        })
    }
}
