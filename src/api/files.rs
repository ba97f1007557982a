//! Import and export: a preview of a chosen file (detected encoding,
//! delimiter and number format, the first rows, the kind its header fits),
//! the all-or-nothing import with every bad row, and CSV export.

use super::dto::*;
use super::dto_safety::ImportProgress;
use super::Session;
use crate::csvio::{self, Decoding, Detected, Kind, RowError};
use crate::error::{Error, ErrorCode, Result};
use crate::store::ImportOptions;
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
        encoding_guessed: d.encoding_guessed,
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

/// The user's choice of encoding: `None` (or empty) detects it.
fn encoding(name: &Option<String>) -> Result<Option<&'static encoding_rs::Encoding>> {
    match name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        None => Ok(None),
        Some(n) => csvio::encoding_by_name(n)
            .map(Some)
            .map_err(|m| Error::invalid("encoding", m)),
    }
}

impl Session {
    /// What the file looks like, read as `encoding` (or as detected); the
    /// page calls it again when the user picks another encoding.
    pub fn import_preview(
        &self,
        path: String,
        encoding_name: Option<String>,
    ) -> Result<ImportPreview> {
        let forced = encoding(&encoding_name)?;
        let bytes = read(&path)?;
        let language = self.settings()?.language;
        let decoding = Decoding::for_language(&language).forcing(forced);
        Ok(match csvio::preview_with(&bytes, PREVIEW_ROWS, &decoding) {
            Ok((detected, mut rows)) => {
                let header = if rows.is_empty() {
                    Vec::new()
                } else {
                    rows.remove(0)
                };
                ImportPreview {
                    path,
                    detected: Some(detected_dto(&detected)),
                    kind: csvio::guess_kind(&header).map(|k| k.as_str().into()),
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
        encoding_name: Option<String>,
    ) -> Result<ImportOutcome> {
        let k = kind(&kind_text)?;
        let options = ImportOptions {
            create_sources,
            encoding: encoding(&encoding_name)?,
            progress: Some(&self.progress),
        };
        self.progress.begin();
        let verdict = read(&path)
            .and_then(|bytes| self.write(|store| store.import_csv_with(k, &bytes, &options)));
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
                changed_channels: s
                    .changed_channels
                    .into_iter()
                    .map(|c| ChannelChangeDto {
                        channel: c.channel,
                        from: c.from.as_str().into(),
                        to: c.to.as_str().into(),
                    })
                    .collect(),
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
                changed_channels: Vec::new(),
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

    /// Writes an empty file of one kind, its header only, to `path`: a
    /// template for the user to fill in a spreadsheet.
    pub fn save_template(&self, kind_text: String, path: String) -> Result<ExportOutcome> {
        let k = kind(&kind_text)?;
        save(path, &csvio::template(k))
    }

    /// Writes one kind of record as CSV to `path`.
    pub fn export_file(&self, kind_text: String, path: String) -> Result<ExportOutcome> {
        let k = kind(&kind_text)?;
        let mut out = Vec::new();
        self.read(|store, _| store.export_csv(k, &mut out))?;
        save(path, &out)
    }
}

/// Writes a file the user asked for, atomically; a failure names the path.
fn save(path: String, bytes: &[u8]) -> Result<ExportOutcome> {
    crate::atomic::write(&path, bytes).map_err(|e| Error {
        field: Some("path".into()),
        ..e
    })?;
    Ok(ExportOutcome {
        path,
        bytes: bytes.len() as u32,
    })
}
