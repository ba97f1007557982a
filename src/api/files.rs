//! Import and export: a preview of a chosen file (detected encoding,
//! delimiter and number format, the first rows, the kind its header fits),
//! the all-or-nothing import with every bad row, and CSV export.

use super::convert::{import_outcome, refused_import};
use super::dto::*;
use super::dto_safety::ImportProgress;
use super::Session;
use crate::csvio::{self, Decoding};
use crate::error::{Error, ErrorCode, Result};
use crate::store::ImportOptions;
use std::path::Path;

/// Rows shown in the preview.
const PREVIEW_ROWS: usize = 10;

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
        let language = self.settings()?.language.get()?;
        let decoding = Decoding::for_language(language.as_str()).forcing(forced);
        Ok(match csvio::preview_with(&bytes, PREVIEW_ROWS, &decoding) {
            Ok((detected, mut rows)) => {
                let header = if rows.is_empty() {
                    Vec::new()
                } else {
                    rows.remove(0)
                };
                ImportPreview {
                    path,
                    detected: Some(DetectedDto::from(&detected)),
                    kind: csvio::guess_kind(&header),
                    header,
                    rows,
                    errors: Vec::new(),
                }
            }
            Err(rejected) => ImportPreview {
                path,
                detected: rejected.detected.as_ref().map(DetectedDto::from),
                kind: None,
                header: Vec::new(),
                rows: Vec::new(),
                errors: rejected.errors.iter().map(RowErrorDto::from).collect(),
            },
        })
    }

    /// Imports the file whole, or refuses it with every bad row.
    pub fn import_file(
        &self,
        path: String,
        kind: Choice<FileKind>,
        create_sources: bool,
        encoding_name: Option<String>,
    ) -> Result<ImportOutcome> {
        let k = kind.get()?;
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
            Ok(s) => import_outcome(s),
            Err(r) => refused_import(k, &r),
        })
    }

    /// How far the running import has got; answers at once, even while the
    /// import holds the database.
    pub fn import_progress(&self) -> Result<ImportProgress> {
        let (phase, done, total) = self.progress.read();
        Ok(ImportProgress { done, total, phase })
    }

    /// Writes an empty file of one kind, its header only, to `path`: a
    /// template for the user to fill in a spreadsheet.
    pub fn save_template(&self, kind: Choice<FileKind>, path: String) -> Result<ExportOutcome> {
        let k = kind.get()?;
        save(path, &csvio::template(k))
    }

    /// Writes one kind of record as CSV to `path`.
    pub fn export_file(&self, kind: Choice<FileKind>, path: String) -> Result<ExportOutcome> {
        let k = kind.get()?;
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
