//! CSV import into the database: all or nothing, in bounded memory. The CSV
//! layer reads the file in chunks and hands over each row as the store's own
//! input record (`store::input`) the moment it is read; this module
//! resolves names (each distinct name once per import), validates the row
//! against the stored data and writes it, all inside one immediate
//! transaction. Every bad row is collected (the first thousand in memory,
//! every one in `FILE.errors.csv` beside the file when there are more)
//! before anything is kept, so the user fixes a file once.

use super::db::{guarded, Exec, TxKind};
use super::deals::upsert_deal;
use super::import_sqlite::{build_deferred, defer_indexes, Tuned};
use super::input::NewSource;
use super::inquiries::{resolve_inquiry_with, upsert_inquiry};
use super::progress::Progress;
use super::sources::{
    require_source, set_channel_direction, source_id, tracking_numbers, upsert_source,
};
use super::spend::{count_spend, insert_spend, spend_key, upsert_target, upsert_traffic};
use super::write::Outcome;
use super::Store;
use crate::csvio::{
    self, Decoding, Detected, ErrorLog, Input, Kind, Numbered, ReadOptions, Rejected, Row,
    RowError, KEPT,
};
use crate::error::{Error, ErrorCode, Result};
use crate::records::{Direction, Id, UNKNOWN_CHANNEL, UNKNOWN_SOURCE};
use chrono::NaiveDate;
use serde::Serialize;
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

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
    /// The summary before the first row; what was detected is set at the end.
    fn nothing_yet(kind: Kind) -> ImportSummary {
        let none = 0;
        ImportSummary {
            kind,
            detected: Detected {
                encoding: "UTF-8",
                encoding_guessed: false,
                delimiter: ',',
                decimal_separator: None,
                date_format: "YYYY-MM-DD",
            },
            rows: none,
            inserted: none,
            updated: none,
            unchanged: none,
            created_sources: Vec::new(),
            changed_channels: Vec::new(),
        }
    }

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

fn logged(log: &mut ErrorLog, e: RowError) -> Result<()> {
    log.push(e).map_err(|e| {
        Error::new(
            ErrorCode::Io,
            format!("cannot keep the list of problems in a temporary file: {e}"),
        )
    })
}

/// Counts a row's outcome, or logs its error for the refusal. A failure of
/// the database itself (full disk, I/O error, damage) is no fault of the
/// row: it ends the import at once, because SQLite may already have rolled
/// the transaction back, and further rows would then be written one by one
/// outside it, leaving half an import behind.
fn note(
    log: &mut ErrorLog,
    summary: &mut ImportSummary,
    row: usize,
    r: Result<Outcome>,
) -> Result<()> {
    match r {
        Ok(o) => summary.count(o),
        Err(e) if is_database_failure(&e) => return Err(e),
        Err(e) => logged(log, row_error(row, e))?,
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

/// The ids of the source names one import meets, each looked up (and, with
/// `--create-sources`, created in the Unknown channel) the first time, so
/// a million rows naming five sources ask the database five times.
#[derive(Default)]
struct Names {
    ids: HashMap<String, Option<Id>>,
    create: bool,
    created: Vec<String>,
}

impl Names {
    fn id(&mut self, tx: &mut dyn Exec, name: &str, field: &str) -> Result<Id> {
        let name = name.trim();
        let found = match self.ids.get(name) {
            Some(found) => *found,
            None => {
                let mut found = source_id(tx, name)?;
                if found.is_none() && self.create && !name.is_empty() {
                    let new = NewSource {
                        channel: UNKNOWN_CHANNEL.into(),
                        name: name.to_string(),
                        ..Default::default()
                    };
                    // A name the store refuses (one too long, say) is the
                    // row's fault: it joins the refusal with the other bad
                    // rows, and every row naming it is refused for it.
                    let (id, _) = guarded(tx, |tx| upsert_source(tx, &new))?;
                    self.created.push(name.to_string());
                    found = Some(id);
                }
                self.ids.insert(name.to_string(), found);
                found
            }
        };
        found.ok_or_else(|| {
            Error::field(
                ErrorCode::NotFound,
                field,
                format!("there is no source named '{name}'"),
            )
        })
    }
}

/// The UUIDs of one import's new inquiries: version 7, the import's start
/// in milliseconds, then 42 random bits drawn once per import and a
/// counter. They sort in the file's order, so the unique index on them
/// grows at its end, as the ids' does, instead of taking every row at a
/// random page; and no random numbers are asked of the system per row.
struct Uuids {
    millis: u64,
    random: [u8; 10],
    count: u32,
}

impl Uuids {
    fn new() -> Uuids {
        let millis = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64);
        let mut random = [0u8; 10];
        random.copy_from_slice(&uuid::Uuid::new_v4().as_bytes()[..10]);
        Uuids {
            millis,
            random,
            count: 0,
        }
    }

    fn next(&mut self) -> String {
        self.count = self.count.wrapping_add(1);
        let mut bytes = self.random;
        // Bytes 0-1 become the 12 bits of rand_a, 2-9 the 62 of rand_b:
        // the counter sits below the random bits the variant leaves.
        bytes[4..8].copy_from_slice(&self.count.to_be_bytes());
        uuid::Builder::from_unix_timestamp_millis(self.millis, &bytes)
            .into_uuid()
            .to_string()
    }
}

/// One import's state inside its transaction.
struct Importer<'a> {
    cur: &'a str,
    names: Names,
    summary: ImportSummary,
    /// For inquiries: the tracking numbers, the Unknown source, today.
    numbers: Vec<(String, Id)>,
    unknown: Id,
    today: NaiveDate,
    uuids: Uuids,
    /// A sources file is kept whole (one row per source, so small): each
    /// channel's direction is settled from every row before any is written.
    sources: Vec<Numbered<NewSource>>,
}

impl Importer<'_> {
    /// Writes one row and answers its outcome, or why it was refused.
    fn write(&mut self, tx: &mut dyn Exec, row: &Row) -> Result<Outcome> {
        let cur = self.cur;
        let names = &mut self.names;
        match row {
            Row::Source(r) => upsert_source(tx, r).map(|(_, o)| o),
            // Spend rows have no id: the CSV layer refuses identical rows
            // within one file, and a row identical to a stored one is counted
            // as unchanged, so a second import adds nothing.
            Row::Spend(r) => {
                let source = match r.source.as_deref().filter(|s| !s.trim().is_empty()) {
                    Some(name) => Some(names.id(tx, name, "source")?),
                    None => None,
                };
                let key = spend_key(cur, r, source)?;
                if count_spend(tx, &key)? > 0 {
                    return Ok(Outcome::Unchanged);
                }
                insert_spend(tx, &key)?;
                Ok(Outcome::Inserted)
            }
            Row::Inquiry(r) => {
                let mut lookup =
                    |tx: &mut dyn Exec, name: &str, field: &str| names.id(tx, name, field);
                let mut res = resolve_inquiry_with(
                    tx,
                    &self.numbers,
                    self.unknown,
                    self.today,
                    r,
                    &mut lookup,
                )?;
                res.uuid = self.uuids.next();
                upsert_inquiry(tx, cur, &res)
            }
            Row::Deal(r) => upsert_deal(tx, cur, r),
            Row::Target(r) => upsert_target(tx, cur, r),
            Row::Traffic(r) => {
                let id = names.id(tx, &r.source, "source")?;
                upsert_traffic(tx, r.month, id, r.visitors)
            }
            Row::Activity(r) => {
                let id = names.id(tx, &r.source, "source")?;
                super::activity::upsert_activity(tx, r.month, id, &r.metric, r.count)
            }
        }
    }

    /// A row from the reader: counted, written (a sources row kept for
    /// later), its error logged.
    fn take(&mut self, tx: &mut dyn Exec, row: Option<Row>, log: &mut ErrorLog) -> Result<()> {
        let Some(row) = row else {
            return Ok(());
        };
        self.summary.rows += 1;
        if let Row::Source(s) = row {
            self.sources.push(s);
            return Ok(());
        }
        let line = match &row {
            Row::Source(r) => r.row,
            Row::Spend(r) => r.row,
            Row::Inquiry(r) => r.row,
            Row::Deal(r) => r.row,
            Row::Target(r) => r.row,
            Row::Traffic(r) => r.row,
            Row::Activity(r) => r.row,
        };
        let result = guarded(tx, |tx| self.write(tx, &row));
        note(log, &mut self.summary, line, result)
    }

    /// Writes the kept sources file: the channels' directions first, then
    /// each source.
    fn write_sources(&mut self, tx: &mut dyn Exec, log: &mut ErrorLog) -> Result<()> {
        let rows = std::mem::take(&mut self.sources);
        let mut errors = Vec::new();
        for (channel, direction, row) in stated_directions(&rows, &mut errors) {
            match guarded(tx, |tx| set_channel_direction(tx, &channel, direction)) {
                Ok(Some(from)) => self.summary.changed_channels.push(ChannelChange {
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
        let refused: std::collections::HashSet<usize> = errors.iter().map(|e| e.row).collect();
        for e in errors {
            logged(log, e)?;
        }
        for r in &rows {
            if refused.contains(&r.row) {
                continue;
            }
            let result = guarded(tx, |tx| upsert_source(tx, r).map(|(_, o)| o));
            note(log, &mut self.summary, r.row, result)?;
        }
        Ok(())
    }
}

/// Where the full list of a refused file's problems is written: beside it,
/// its name with `.errors.csv` added (`inquiries.csv.errors.csv`).
pub fn errors_file_for(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".errors.csv");
    path.with_file_name(name)
}

/// Removes the list an earlier refusal of the same file wrote beside it:
/// once the file is accepted, or refused for fewer problems than need a
/// list, that list no longer says what is wrong with it, and a user
/// working through it would fix rows that are fine. A list that cannot be
/// removed is left; the refusal or the summary says what holds now.
fn drop_stale_errors(path: Option<&Path>) {
    if let Some(p) = path {
        let _ = std::fs::remove_file(errors_file_for(p));
    }
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

    /// Like [`Store::import_csv`], as `options` say, from bytes in memory.
    pub fn import_csv_with(
        &mut self,
        kind: Kind,
        bytes: &[u8],
        options: &ImportOptions,
    ) -> Result<std::result::Result<ImportSummary, Rejected>> {
        self.import_from(kind, &mut std::io::Cursor::new(bytes), None, options)
    }

    /// Imports the file at `path`, read in chunks: memory stays bounded
    /// whatever its size. A refused file with more problems than the
    /// refusal lists has every one written beside it (see
    /// [`errors_file_for`]), and the refusal names that file.
    pub fn import_csv_file(
        &mut self,
        kind: Kind,
        path: &Path,
        options: &ImportOptions,
    ) -> Result<std::result::Result<ImportSummary, Rejected>> {
        let mut file = std::fs::File::open(path).map_err(|e| {
            Error::new(
                ErrorCode::Io,
                format!("cannot read {}: {e}", path.display()),
            )
        })?;
        self.import_from(kind, &mut file, Some(path), options)
    }

    fn import_from(
        &mut self,
        kind: Kind,
        src: &mut dyn Input,
        path: Option<&Path>,
        options: &ImportOptions,
    ) -> Result<std::result::Result<ImportSummary, Rejected>> {
        let idle = Progress::default();
        let progress = options.progress.unwrap_or(&idle);
        progress.begin();
        let read = ReadOptions {
            max_decimals: crate::money::minor_exponent(&self.settings.currency),
            decoding: Decoding::for_language(&self.settings.language).forcing(options.encoding),
        };
        let cur = &self.settings.currency;
        let create = options.create_sources;
        let _tuned = Tuned::begin(self.db.sqlite());
        // All or nothing: a file with any bad row is rolled back whole, so
        // the closure answers the file's verdict and the transaction commits
        // only an accepted one. On a team server it runs serializable and
        // is run again from the start (the file read again) if it met
        // another seat's change.
        self.db.transaction_or_rollback(TxKind::Serial, |tx| {
            import_stream(tx, cur, kind, src, path, &read, create, progress)
        })
    }
}

/// Reads and writes one file inside the import's transaction and answers
/// the verdict: the summary, or every bad row (the caller then rolls back).
/// A failure of the database itself ends the import at once.
#[allow(clippy::too_many_arguments)]
fn import_stream(
    tx: &mut dyn Exec,
    cur: &str,
    kind: Kind,
    src: &mut dyn Input,
    path: Option<&Path>,
    read: &ReadOptions,
    create_sources: bool,
    progress: &Progress,
) -> Result<std::result::Result<ImportSummary, Rejected>> {
    let (numbers, unknown) = if kind == Kind::Inquiries {
        let unknown = require_source(tx, UNKNOWN_SOURCE, "source")?;
        (tracking_numbers(tx)?, unknown)
    } else {
        (Vec::new(), 0)
    };
    let mut importer = Importer {
        cur,
        names: Names {
            create: create_sources,
            ..Names::default()
        },
        summary: ImportSummary::nothing_yet(kind),
        numbers,
        unknown,
        today: chrono::Local::now().date_naive(),
        uuids: Uuids::new(),
        sources: Vec::new(),
    };
    let mut log = ErrorLog::default();
    // The survey's count decides, before the first row, whether indexes
    // wait until the end; both callbacks write through the transaction.
    let shared = RefCell::new(tx);
    let mut deferred: Vec<String> = Vec::new();
    let detected = csvio::read_stream(
        kind,
        src,
        read,
        &mut log,
        &mut |_, records| {
            progress.storing(records);
            deferred = defer_indexes(&mut **shared.borrow_mut(), kind, records)?;
            Ok(())
        },
        &mut |row, log| {
            progress.step();
            importer.take(&mut **shared.borrow_mut(), row, log)
        },
    )?;
    let tx = shared.into_inner();
    let detected = match detected {
        Ok(d) => d,
        Err(rejected) => return Ok(Err(rejected)),
    };
    importer.write_sources(tx, &mut log)?;
    if !log.is_empty() {
        // The caller rolls back every row, created sources included.
        let mut rejected = Rejected::from_log(Some(detected), &mut log);
        if let (Some(path), true) = (path, log.total() > KEPT) {
            let beside = errors_file_for(path);
            crate::atomic::write_with(&beside, |out| {
                log.write_all(out).map_err(|e| {
                    Error::new(
                        ErrorCode::Io,
                        format!("cannot write {}: {e}", beside.display()),
                    )
                })
            })?;
            rejected.errors_file = Some(beside);
        } else {
            drop_stale_errors(path);
        }
        return Ok(Err(rejected));
    }
    build_deferred(tx, &deferred)?;
    drop_stale_errors(path);
    let mut summary = importer.summary;
    summary.detected = detected;
    summary.created_sources = importer.names.created;
    summary.created_sources.sort();
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
