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

pub(super) fn read(path: &str) -> Result<Vec<u8>> {
    std::fs::read(Path::new(path)).map_err(|e| cannot_read(path, e))
}

/// A file that cannot be opened or read is the path field's error.
fn cannot_read(path: &str, e: std::io::Error) -> Error {
    Error::field(ErrorCode::Io, "path", format!("cannot read {path}: {e}"))
}

/// The user's choice of encoding: `None` (or empty) detects it.
pub(super) fn encoding(name: &Option<String>) -> Result<Option<&'static encoding_rs::Encoding>> {
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
        self.require(crate::role::Act::Import)?;
        let forced = encoding(&encoding_name)?;
        let language = self.settings()?.language.get()?;
        let decoding = Decoding::for_language(language.as_str()).forcing(forced);
        // Read in chunks, as the import reads it: a file of a million rows
        // is never held whole for ten rows on screen.
        let mut file = std::fs::File::open(Path::new(&path)).map_err(|e| cannot_read(&path, e))?;
        let answer =
            csvio::preview_file(&mut file, PREVIEW_ROWS, &decoding).map_err(|e| Error {
                field: Some("path".into()),
                ..e
            })?;
        Ok(match answer {
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
        self.require(crate::role::Act::Import)?;
        let k = kind.get()?;
        let options = ImportOptions {
            create_sources,
            encoding: encoding(&encoding_name)?,
            progress: Some(&self.progress),
        };
        self.progress.begin();
        // The import reads the file in chunks; opening it here first names
        // the path field when it cannot be read.
        let verdict = std::fs::File::open(Path::new(&path))
            .map_err(|e| cannot_read(&path, e))
            .and_then(|_| self.write(|store| store.import_csv_file(k, Path::new(&path), &options)));
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
        self.require(crate::role::Act::Import)?;
        let k = kind.get()?;
        save(path, &csvio::template(k))
    }

    /// Writes one kind of record as CSV to `path`.
    pub fn export_file(&self, kind: Choice<FileKind>, path: String) -> Result<ExportOutcome> {
        self.require(crate::role::Act::Export)?;
        let k = kind.get()?;
        // Streamed into the temporary file beside the target as the rows are
        // written, as the command line does: a large export is never held
        // whole in memory, and the file appears whole or not at all.
        let bytes = self
            .read(|store, _| {
                crate::atomic::write_with(&path, |out| {
                    let mut counted = Counted { out, bytes: 0 };
                    store.export_csv(k, &mut counted)?;
                    Ok(counted.bytes)
                })
            })
            .map_err(at_path)?;
        Ok(ExportOutcome {
            path,
            bytes: u32::try_from(bytes).unwrap_or(u32::MAX),
        })
    }
}

/// A writer that counts what passes through it, for the export's summary.
struct Counted<'a> {
    out: &'a mut dyn std::io::Write,
    bytes: u64,
}

impl std::io::Write for Counted<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// A failure to write the chosen file is the path's fault, for the form.
pub(super) fn at_path(e: Error) -> Error {
    match e.code {
        ErrorCode::Io | ErrorCode::DiskFull if e.field.is_none() => Error {
            field: Some("path".into()),
            ..e
        },
        _ => e,
    }
}

/// Writes a file the user asked for, atomically; a failure names the path.
fn save(path: String, bytes: &[u8]) -> Result<ExportOutcome> {
    crate::atomic::write(&path, bytes).map_err(at_path)?;
    Ok(ExportOutcome {
        path,
        bytes: bytes.len() as u32,
    })
}
