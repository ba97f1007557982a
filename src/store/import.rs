//! CSV import into the database: all or nothing. The CSV layer turns bytes
//! into the store's own input records (`store::input`), which are written
//! as they come; this module resolves names, validates every row against
//! the stored data, and writes them in one immediate transaction. Every bad row
//! is collected before anything is kept, so the user fixes a file once.

use super::db::{guarded, Exec, TxKind};
use super::deals::upsert_deal;
use super::input::NewSource;
use super::inquiries::{resolve_inquiry, upsert_inquiry};
use super::progress::Progress;
use super::sources::{
    require_source, set_channel_direction, source_id, tracking_numbers, upsert_source,
};
use super::spend::{count_spend, insert_spend, spend_key, upsert_target, upsert_traffic};
use super::write::Outcome;
use super::Store;
use crate::csvio::{
    self, Decoding, Detected, Kind, Numbered, ReadOptions, Rejected, RowError, Rows,
};
use crate::error::{Error, ErrorCode, Result};
use crate::records::{Direction, UNKNOWN_CHANNEL, UNKNOWN_SOURCE};
use serde::Serialize;
use std::collections::BTreeMap;

/// What an accepted import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    pub kind: Kind,
    pub detected: Detected,
    pub rows: usize,
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Sources the import created (with `--create-sources`), in the Unknown channel.
    pub created_sources: Vec<String>,
    /// Channels whose direction the file changed, in the file's order.
    pub changed_channels: Vec<ChannelChange>,
}

/// A channel that a sources file gave another direction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChannelChange {
    pub channel: String,
    pub from: Direction,
    pub to: Direction,
}

/// What an import is told besides the file.
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions<'a> {
    /// Create the sources the file names that do not exist yet.
    pub create_sources: bool,
    /// The encoding the user chose; `None` detects it, with the database's
    /// language deciding a file that fits two code pages.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Counts the rows as they go, for a progress bar.
    pub progress: Option<&'a Progress>,
}

impl ImportSummary {
    fn count(&mut self, o: Outcome) {
        match o {
            Outcome::Inserted => self.inserted += 1,
            Outcome::Updated => self.updated += 1,
            Outcome::Unchanged => self.unchanged += 1,
        }
    }
}

fn row_error(row: usize, e: Error) -> RowError {
    RowError {
        row,
        column: e.field,
        reason: e.message,
    }
}

/// Counts a row's outcome, or keeps its error for the refusal. A failure of
/// the database itself (full disk, I/O error, damage) is no fault of the row:
/// it ends the import at once, because SQLite may already have rolled the
/// transaction back, and further rows would then be written one by one
/// outside it, leaving half an import behind.
fn note(
    progress: &Progress,
    errors: &mut Vec<RowError>,
    summary: &mut ImportSummary,
    row: usize,
    r: Result<Outcome>,
) -> Result<()> {
    progress.step();
    match r {
        Ok(o) => summary.count(o),
        Err(e) if is_database_failure(&e) => return Err(e),
        Err(e) => errors.push(row_error(row, e)),
    }
    Ok(())
}

/// Writes every row of one kind, each under its own savepoint, and notes
/// what it did or why it was refused; a failure of the database itself
/// ends the import at once.
fn each<T>(
    tx: &mut dyn Exec,
    rows: &[Numbered<T>],
    progress: &Progress,
    errors: &mut Vec<RowError>,
    summary: &mut ImportSummary,
    mut write: impl FnMut(&mut dyn Exec, &T) -> Result<Outcome>,
) -> Result<()> {
    summary.rows = rows.len();
    progress.storing(rows.len());
    for r in rows {
        let result = guarded(tx, |tx| write(tx, r));
        note(progress, errors, summary, r.row, result)?;
    }
    Ok(())
}

fn is_database_failure(e: &Error) -> bool {
    // On a team server too: the server gone (the transaction with it), or
    // a serialization failure, which runs the whole import again.
    matches!(
        e.code,
        ErrorCode::DiskFull
            | ErrorCode::Io
            | ErrorCode::Corrupt
            | ErrorCode::NotADatabase
            | ErrorCode::Offline
            | ErrorCode::Busy
    )
}

/// The source names a file refers to, for `--create-sources`, each with the
/// first row that names it, so that a name the store refuses is reported
/// against a row like any other bad cell.
fn named_sources(rows: &Rows) -> BTreeMap<String, usize> {
    let mut names = BTreeMap::new();
    let mut add = |name: &str, row: usize| {
        if !name.trim().is_empty() {
            names.entry(name.to_string()).or_insert(row);
        }
    };
    match rows {
        Rows::Spend(r) => r
            .iter()
            .for_each(|s| s.source.iter().for_each(|n| add(n, s.row))),
        Rows::Inquiries(r) => {
            for i in r {
                i.source.iter().for_each(|n| add(n, i.row));
                i.touchpoints.iter().for_each(|(n, _)| add(n, i.row));
            }
        }
        Rows::Traffic(r) => r.iter().for_each(|t| add(&t.source, t.row)),
        Rows::Activity(r) => r.iter().for_each(|a| add(&a.source, a.row)),
        _ => {}
    }
    names
}

/// The direction each channel of a sources file is given, with the first row
/// that gives it, in the file's order. A later row that gives the same
/// channel the other direction is refused: one file cannot mean both.
fn stated_directions(
    rows: &[Numbered<NewSource>],
    errors: &mut Vec<RowError>,
) -> Vec<(String, Direction, usize)> {
    let mut stated: Vec<(String, Direction, usize)> = Vec::new();
    for r in rows {
        let Some(direction) = r.direction else {
            continue;
        };
        let channel = r.channel.trim();
        match stated
            .iter()
            .find(|(c, _, _)| c.to_lowercase() == channel.to_lowercase())
        {
            Some((_, first, row)) if *first != direction => errors.push(RowError {
                row: r.row,
                column: Some("direction".into()),
                reason: format!(
                    "the channel \"{channel}\" is {} in row {row} but {} here; \
                     a channel has one direction",
                    first.as_str(),
                    direction.as_str()
                ),
            }),
            Some(_) => {}
            None => stated.push((channel.to_string(), direction, r.row)),
        }
    }
    stated
}

impl Store {
    /// Imports one CSV file of `kind`. The outer `Result` is a failure of the
    /// database itself; the inner one is the file's verdict: accepted with a
    /// summary, or refused whole with every bad row.
    pub fn import_csv(
        &mut self,
        kind: Kind,
        bytes: &[u8],
        create_sources: bool,
    ) -> Result<std::result::Result<ImportSummary, Rejected>> {
        let options = ImportOptions {
            create_sources,
            ..ImportOptions::default()
        };
        self.import_csv_with(kind, bytes, &options)
    }

    /// Like [`Store::import_csv`], as `options` say.
    pub fn import_csv_with(
        &mut self,
        kind: Kind,
        bytes: &[u8],
        options: &ImportOptions,
    ) -> Result<std::result::Result<ImportSummary, Rejected>> {
        let idle = Progress::default();
        let progress = options.progress.unwrap_or(&idle);
        let create_sources = options.create_sources;
        progress.begin();
        let read = ReadOptions {
            max_decimals: crate::money::minor_exponent(&self.settings.currency),
            decoding: Decoding::for_language(&self.settings.language).forcing(options.encoding),
        };
        let parsed = match csvio::parse_with(kind, bytes, &read) {
            Ok(p) => p,
            Err(rejected) => return Ok(Err(rejected)),
        };
        let cur = &self.settings.currency;
        // All or nothing: a file with any bad row is rolled back whole, so
        // the closure answers the file's verdict and the transaction commits
        // only an accepted one. On a team server it runs serializable and
        // is run again from the start if it met another seat's change.
        self.db.transaction_or_rollback(TxKind::Serial, |tx| {
            import_rows(tx, cur, kind, &parsed, create_sources, progress)
        })
    }
}

/// Writes the parsed rows of one file inside the import's transaction and
/// answers the verdict: the summary, or every bad row (the caller then rolls
/// back). A failure of the database itself ends the import at once.
fn import_rows(
    tx: &mut dyn Exec,
    cur: &str,
    kind: Kind,
    parsed: &csvio::Parsed,
    create_sources: bool,
    progress: &Progress,
) -> Result<std::result::Result<ImportSummary, Rejected>> {
    let mut summary = ImportSummary {
        kind,
        detected: parsed.detected.clone(),
        rows: 0,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        created_sources: Vec::new(),
        changed_channels: Vec::new(),
    };
    let mut errors: Vec<RowError> = Vec::new();
    if create_sources {
        for (name, row) in named_sources(&parsed.rows) {
            if source_id(tx, &name)?.is_none() {
                let new = NewSource {
                    channel: UNKNOWN_CHANNEL.into(),
                    name: name.clone(),
                    ..Default::default()
                };
                // A name the store refuses (one too long, say) is the
                // row's fault: it joins the refusal with the other bad
                // rows instead of failing the import as a whole.
                match guarded(tx, |tx| upsert_source(tx, &new)) {
                    Ok(_) => summary.created_sources.push(name),
                    Err(e) if is_database_failure(&e) => return Err(e),
                    Err(e) => errors.push(row_error(row, e)),
                }
            }
        }
    }
    match &parsed.rows {
        Rows::Sources(rows) => {
            summary.rows = rows.len();
            progress.storing(rows.len());
            for (channel, direction, row) in stated_directions(rows, &mut errors) {
                match guarded(tx, |tx| set_channel_direction(tx, &channel, direction)) {
                    Ok(Some(from)) => summary.changed_channels.push(ChannelChange {
                        channel,
                        from,
                        to: direction,
                    }),
                    Ok(None) => {}
                    Err(e) if is_database_failure(&e) => return Err(e),
                    Err(e) => errors.push(row_error(row, e)),
                }
            }
            // A row already refused for its direction is not written too,
            // so that it is named once, for the reason that matters.
            let refused: Vec<usize> = errors.iter().map(|e| e.row).collect();
            for r in rows {
                if refused.contains(&r.row) {
                    progress.step();
                    continue;
                }
                note(
                    progress,
                    &mut errors,
                    &mut summary,
                    r.row,
                    guarded(tx, |tx| upsert_source(tx, r).map(|(_, o)| o)),
                )?;
            }
        }
        // Spend rows have no id: the CSV layer refuses identical rows
        // within one file, and a row identical to a stored one is counted
        // as unchanged, so a second import adds nothing.
        Rows::Spend(rows) => each(tx, rows, progress, &mut errors, &mut summary, |tx, r| {
            let source = match r.source.as_deref().filter(|s| !s.trim().is_empty()) {
                Some(name) => Some(require_source(tx, name, "source")?),
                None => None,
            };
            let key = spend_key(cur, r, source)?;
            if count_spend(tx, &key)? > 0 {
                return Ok(Outcome::Unchanged);
            }
            insert_spend(tx, &key)?;
            Ok(Outcome::Inserted)
        })?,
        Rows::Inquiries(rows) => {
            let numbers = tracking_numbers(tx)?;
            let unknown = require_source(tx, UNKNOWN_SOURCE, "source")?;
            each(tx, rows, progress, &mut errors, &mut summary, |tx, r| {
                let res = resolve_inquiry(tx, &numbers, unknown, r)?;
                upsert_inquiry(tx, cur, &res)
            })?
        }
        Rows::Deals(rows) => each(tx, rows, progress, &mut errors, &mut summary, |tx, r| {
            upsert_deal(tx, cur, r)
        })?,
        Rows::Targets(rows) => each(tx, rows, progress, &mut errors, &mut summary, |tx, r| {
            upsert_target(tx, cur, r)
        })?,
        Rows::Traffic(rows) => each(tx, rows, progress, &mut errors, &mut summary, |tx, r| {
            let id = require_source(tx, &r.source, "source")?;
            upsert_traffic(tx, r.month, id, r.visitors)
        })?,
        Rows::Activity(rows) => each(tx, rows, progress, &mut errors, &mut summary, |tx, r| {
            let id = require_source(tx, &r.source, "source")?;
            super::activity::upsert_activity(tx, r.month, id, &r.metric, r.count)
        })?,
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.row);
        // The caller rolls back every row, created sources included.
        return Ok(Err(Rejected {
            detected: Some(parsed.detected.clone()),
            errors,
        }));
    }
    progress.saving();
    Ok(Ok(summary))
}

impl Store {
    /// Writes one kind as CSV, exactly the spec's columns.
    pub fn export_csv<W: std::io::Write>(&self, kind: Kind, out: W) -> Result<()> {
        let ds = self.load_dataset()?;
        csvio::write(kind, &ds, out)
    }
}
