//! Importing a phone system's call log, and what follows it: the tracking
//! tags, the retention purge and the unlogged-calls queue. The import is
//! all or nothing like every other kind's (`import.rs`): the log is read
//! whole first, every bad row refused with its row and reason, and only a
//! log read in full is stored, in one transaction; a call stored already
//! (the same [`Call::key`](crate::csvio::calls::Call::key)) is counted, not
//! added again.
//!
//! Calls are not one of the table kinds of [`csvio::Kind`]: a call log is
//! read by its own reader, in the phone systems' layouts, with `--format`
//! and `--columns` instead of the plain columns every other kind shares, so
//! it has its own entry beside `import_csv` and its own summary.

use super::calls::{self as sql, insert_call};
use super::db::{guarded, Exec, TxKind};
use super::sources::require_source;
use super::Store;
use crate::csvio::calls::{
    parse_calls, write_plain, Call, CallFormat, CallReadOptions, ColumnMap, Exported, Skipped,
};
use crate::csvio::{Decoding, Detected, Rejected, RowError};
use crate::error::{ErrorCode, Result};
use crate::metrics::call_log;
use crate::metrics::calls::{counts, dialled_source, match_calls, tracking_tags};
use crate::records::{Id, Inquiry, InquiryKind, Source, StoredCall, UNKNOWN_SOURCE};
use chrono::{Months, NaiveDate, NaiveDateTime, TimeDelta};
use serde::Serialize;

/// How to read a call log for the import.
#[derive(Debug, Clone, Default)]
pub struct CallImportOptions {
    /// The layout the user named; `None` recognises it.
    pub format: Option<CallFormat>,
    /// The user's column mapping (`--columns`).
    pub columns: Option<ColumnMap>,
    /// The encoding the user chose; `None` detects it.
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

/// What an accepted call import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CallImportSummary {
    pub format: CallFormat,
    pub detected: Detected,
    /// The inbound calls from a shown number the log holds.
    pub calls: usize,
    /// Of them, those not stored before.
    pub new: usize,
    /// Of them, those stored already (by an earlier or overlapping log).
    pub already: usize,
    /// The calls the reader left out, by why.
    pub skipped: Skipped,
    /// Inquiries whose Unknown first touch a dialled tracking number tagged.
    pub tagged: usize,
    /// Calls whose numbers the retention period purged after the import.
    pub purged: usize,
}

/// What a call log would add, read and compared with the stored calls but
/// storing nothing: the import screen shows it before the user imports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallPreviewSummary {
    pub format: CallFormat,
    pub detected: Detected,
    /// The counted calls of the log, oldest first.
    pub calls: Vec<Call>,
    /// Of them, how many are stored already.
    pub already: usize,
    pub skipped: Skipped,
}

/// A call of the queue: counted, recent, and matched to no inquiry, with
/// the source its dialled tracking number implies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnloggedCall {
    pub call: StoredCall,
    pub source: Option<(Id, String)>,
}

/// The longest look back the queue takes, in days: a year of calls is
/// more than anyone works through by hand.
pub const QUEUE_DAYS_MAX: u32 = 366;

impl Store {
    /// Imports a call log whole, or refuses it with every bad row; then
    /// tags the inquiries its calls' tracking numbers answer and purges the
    /// numbers of calls older than the retention period. The outer `Result`
    /// is a failure of the database itself.
    pub fn import_calls(
        &mut self,
        bytes: &[u8],
        options: &CallImportOptions,
    ) -> Result<std::result::Result<CallImportSummary, Rejected>> {
        let parsed = match parse_calls(bytes, &self.read_options(options)) {
            Ok(p) => p,
            Err(rejected) => return Ok(Err(rejected)),
        };
        let stored = self.db.transaction_or_rollback(TxKind::Serial, |tx| {
            let mut new = 0;
            let mut errors = Vec::new();
            for call in &parsed.calls {
                // The reader checked every field; what the database could
                // still refuse is named against the call's row all the same.
                match guarded(tx, |tx| insert_call(tx, call)) {
                    Ok(added) => new += usize::from(added),
                    Err(e) if e.code == ErrorCode::Invalid => errors.push(RowError {
                        row: call.row,
                        column: e.field,
                        reason: e.message,
                    }),
                    Err(e) => return Err(e),
                }
            }
            if errors.is_empty() {
                Ok(Ok(new))
            } else {
                Ok(Err(Rejected {
                    detected: Some(parsed.detected.clone()),
                    errors,
                    ..Default::default()
                }))
            }
        })?;
        let new = match stored {
            Ok(n) => n,
            Err(rejected) => return Ok(Err(rejected)),
        };
        let tagged = self.apply_call_tags()?;
        let purged = self.purge_expired_calls(chrono::Local::now().date_naive())?;
        Ok(Ok(CallImportSummary {
            format: parsed.format,
            detected: parsed.detected,
            calls: parsed.calls.len(),
            new,
            already: parsed.calls.len() - new,
            skipped: parsed.skipped,
            tagged,
            purged,
        }))
    }

    /// Reads a call log as [`Store::import_calls`] would and counts the
    /// calls stored already, storing nothing; a log the import would refuse
    /// is refused here with the same rows.
    pub fn preview_calls(
        &self,
        bytes: &[u8],
        options: &CallImportOptions,
    ) -> Result<std::result::Result<CallPreviewSummary, Rejected>> {
        let parsed = match parse_calls(bytes, &self.read_options(options)) {
            Ok(p) => p,
            Err(rejected) => return Ok(Err(rejected)),
        };
        let keys = self.db.with(sql::stored_keys)?;
        let already = parsed
            .calls
            .iter()
            .filter(|c| keys.contains(&sql::stored_key(&c.key())))
            .count();
        Ok(Ok(CallPreviewSummary {
            format: parsed.format,
            detected: parsed.detected,
            calls: parsed.calls,
            already,
            skipped: parsed.skipped,
        }))
    }

    /// The reader's options for the user's choices, in the company's
    /// language's usual encodings unless one was chosen.
    fn read_options(&self, options: &CallImportOptions) -> CallReadOptions {
        CallReadOptions {
            format: options.format,
            columns: options.columns.clone(),
            decoding: Decoding::for_language(&self.settings.language).forcing(options.encoding),
        }
    }

    /// Gives each matched inquiry whose first touch is Unknown the source
    /// its call's dialled tracking number implies, as an edit (the audit
    /// trail records it); an inquiry that said a source keeps it, however
    /// the dialled number differs. Answers how many were tagged.
    pub fn apply_call_tags(&mut self) -> Result<usize> {
        let ds = self.load_dataset()?;
        if ds.calls.is_empty() {
            return Ok(0);
        }
        let matches = call_log::match_log(&ds);
        let tags = tracking_tags(&ds, &ds.calls, &matches);
        if tags.is_empty() {
            return Ok(0);
        }
        self.db.transaction(TxKind::Write, |tx| {
            let unknown = require_source(tx, UNKNOWN_SOURCE, "source")?;
            let mut n = 0;
            for (i, source) in &tags {
                n += usize::from(sql::tag_inquiry(
                    tx,
                    &ds.inquiries[*i].id,
                    unknown,
                    *source,
                )?);
            }
            Ok(n)
        })
    }

    /// The first day whose calls keep their numbers on `today`.
    pub fn call_retention_cutoff(&self, today: NaiveDate) -> NaiveDate {
        today
            .checked_sub_months(Months::new(self.settings.call_retention_months))
            .unwrap_or(NaiveDate::MIN)
    }

    /// Purges the numbers of the calls older than the retention period on
    /// `today`; the import and opening the database run it. Answers how
    /// many calls lost their numbers.
    pub fn purge_expired_calls(&mut self, today: NaiveDate) -> Result<usize> {
        let cutoff = self.call_retention_cutoff(today);
        self.purge_calls_before(cutoff, today)
    }

    /// The purge the app and the command line run when they open a file:
    /// [`Store::purge_expired_calls`] as of today. `Store::open` itself
    /// does not, so that opening a backup to check or copy it, or a file to
    /// push it to a team server, changes nothing in it.
    pub fn purge_on_opening(&mut self) -> Result<usize> {
        self.purge_expired_calls(chrono::Local::now().date_naive())
    }

    /// Purges the numbers of the calls started before `cutoff`, keeping on
    /// each what the figures read of it as the records stand: whether it
    /// was logged (and which inquiry it is), tracked, and a mismatch.
    pub fn purge_calls_before(&mut self, cutoff: NaiveDate, today: NaiveDate) -> Result<usize> {
        let cutoff = cutoff.and_hms_opt(0, 0, 0).expect("midnight exists");
        let expired = self.db.with(|c| sql::expired_count(c, cutoff))?;
        if expired == 0 {
            return Ok(0);
        }
        let ds = self.load_dataset()?;
        let matches = call_log::match_log(&ds);
        let at = today.and_hms_opt(0, 0, 0).expect("midnight exists");
        self.db.transaction(TxKind::Write, |tx| {
            let mut n = 0;
            for (i, c) in ds.calls.iter().enumerate() {
                if c.frozen.is_none() && c.call.started_at < cutoff {
                    sql::purge_call(tx, c.id, at, &call_log::freeze(&ds, &matches, i))?;
                    n += 1;
                }
            }
            Ok(n)
        })
    }

    /// Writes the stored call log in the plain form, which `import_calls`
    /// reads back; calls past the retention period have no numbers to
    /// write and are counted instead.
    pub fn export_calls<W: std::io::Write>(&self, out: W) -> Result<Exported> {
        write_plain(&self.load_dataset()?.calls, out)
    }

    /// Whether the company has any call stored.
    pub fn has_calls(&self) -> Result<bool> {
        self.db.with(sql::any_call)
    }

    /// One stored call by its row id.
    pub fn call(&self, id: Id) -> Result<StoredCall> {
        self.db.with(|c| sql::call_by_id(c, id))
    }

    /// The counted calls started on or after `from` that no inquiry
    /// matches, newest first. Only the calls and inquiries near the span
    /// are read, so the queue opens at once on a year of a busy shop's
    /// calls: calls from a day before it and inquiries of kind `call` from
    /// half an hour before those take part in the one-to-one matching, so
    /// that an inquiry an earlier call holds is not offered to a later one.
    pub fn unlogged_calls(&self, from: NaiveDateTime) -> Result<Vec<UnloggedCall>> {
        let lead_in = from - TimeDelta::days(1);
        let (calls, inquiries, sources) = self.db.transaction(TxKind::Snapshot, |tx| {
            Ok((
                sql::calls_since(tx, lead_in)?,
                call_inquiries_since(tx, lead_in - crate::metrics::calls::WINDOW)?,
                tracked_sources(tx)?,
            ))
        })?;
        let matches = match_calls(&calls, &inquiries);
        let mut out: Vec<UnloggedCall> = calls
            .into_iter()
            .zip(matches)
            .filter(|(c, m)| m.is_none() && counts(&c.call) && c.call.started_at >= from)
            .map(|(c, _)| UnloggedCall {
                source: dialled_source(&c.call, &sources).map(|s| (s.id, s.name.clone())),
                call: c,
            })
            .collect();
        out.sort_by(|a, b| {
            (b.call.call.started_at, b.call.id).cmp(&(a.call.call.started_at, a.call.id))
        });
        Ok(out)
    }
}

/// The inquiries of kind `call` received at or after `from`, with what
/// matching reads of them.
fn call_inquiries_since(tx: &mut dyn Exec, from: NaiveDateTime) -> Result<Vec<Inquiry>> {
    let mut out = Vec::new();
    tx.for_each(
        "SELECT id, received_at, phone, source_id FROM inquiries \
         WHERE kind = 'call' AND phone IS NOT NULL AND received_at >= ?1 ORDER BY rowid",
        super::db::vals![from.format("%Y-%m-%d %H:%M:%S").to_string()],
        &mut |r| {
            let received = r.text(1)?;
            out.push(Inquiry {
                qualified_at: None,
                id: r.text(0)?,
                received_at: NaiveDateTime::parse_from_str(&received, "%Y-%m-%d %H:%M:%S")
                    .map_err(|e| {
                        crate::error::Error::new(
                            ErrorCode::Corrupt,
                            format!("stored date '{received}' is malformed: {e}"),
                        )
                    })?,
                kind: InquiryKind::Call,
                company: None,
                contact: None,
                phone: r.opt_text(2)?,
                email: None,
                source_id: r.int(3)?,
                touchpoints: Vec::new(),
                is_lead: true,
                status: None,
                estimated_value: None,
                logged_by: None,
                notes: None,
                version: crate::records::FIRST_VERSION,
            });
            Ok(())
        },
    )?;
    Ok(out)
}

/// The sources that have tracking numbers, with their numbers.
fn tracked_sources(tx: &mut dyn Exec) -> Result<Vec<Source>> {
    let mut out: Vec<Source> = Vec::new();
    tx.for_each(
        "SELECT s.id, s.channel_id, s.name, t.number FROM tracking_numbers t \
         JOIN sources s ON s.id = t.source_id ORDER BY s.id, t.number",
        &[],
        &mut |r| {
            let id = r.int(0)?;
            match out.last_mut() {
                Some(s) if s.id == id => s.tracking_numbers.push(r.text(3)?),
                _ => out.push(Source {
                    id,
                    channel_id: r.int(1)?,
                    name: r.text(2)?,
                    tracking_numbers: vec![r.text(3)?],
                    utm_source: None,
                    utm_medium: None,
                    utm_campaign: None,
                }),
            }
            Ok(())
        },
    )?;
    Ok(out)
}
