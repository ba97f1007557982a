//! The validation every record kind shares (dates in range, names without
//! control characters, trimmed optional texts, the version an edit was made
//! from) and what an upsert did. Each kind's own statements live in its file
//! (`sources.rs`, `spend.rs`, `inquiries.rs`, `deals.rs`); the app's forms, the command line, CSV import and
//! the demo generator all end in them, so a rule holds everywhere at once.

use super::db::{vals, Dialect, Exec};
use crate::error::{Error, ErrorCode, Result};
use crate::records::*;
use chrono::{Datelike, NaiveDate};

/// What an upsert did, so an import can say how much changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Inserted,
    Updated,
    Unchanged,
}

pub(super) fn check_date(d: NaiveDate, field: &str) -> Result<()> {
    if RECORD_YEARS.contains(&d.year()) {
        Ok(())
    } else {
        Err(Error::field(
            ErrorCode::InvalidDate,
            field,
            format!("{field} {d} is outside {}", record_years_text()),
        ))
    }
}

/// Refuses control characters: a NUL or an escape code in a name prints like
/// nothing, so "Trade\0shows" would look exactly like "Trade shows" and yet be
/// another record. Tab is allowed everywhere; line breaks only where a text
/// may have lines (notes), never in a name.
pub(super) fn check_controls(t: &str, field: &str, line_breaks: bool) -> Result<()> {
    let bad = t
        .chars()
        .find(|c| c.is_control() && *c != '\t' && !(line_breaks && matches!(c, '\n' | '\r')));
    match bad {
        None => Ok(()),
        Some(c) => Err(Error::invalid(
            field,
            format!(
                "{field} contains the control character U+{:04X}, which cannot be shown; \
                 remove it",
                c as u32
            ),
        )),
    }
}

pub(super) fn required(text: &str, field: &str) -> Result<String> {
    let t = text.trim();
    if t.is_empty() {
        return Err(Error::invalid(field, format!("{field} must not be empty")));
    }
    check_controls(t, field, false)?;
    if t.chars().count() > 500 {
        return Err(Error::invalid(
            field,
            format!("{field} is longer than 500 characters"),
        ));
    }
    Ok(t.to_string())
}

/// An optional text, trimmed; empty is `None`. Control characters are
/// refused as in [`required`]; line breaks are kept (notes may have lines).
pub(super) fn optional(text: &Option<String>, field: &str) -> Result<Option<String>> {
    match text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(t) => {
            check_controls(t, field, true)?;
            Ok(Some(t.to_string()))
        }
    }
}

/// The stored row of `table` (inquiries or deals) with id `id`: its rowid
/// and version. On PostgreSQL the row stays locked until the transaction
/// ends, so no other seat's save can come between the version check and
/// the write; on SQLite the writer holds the whole file already.
pub(super) fn stored_row(conn: &mut dyn Exec, table: &str, id: &str) -> Result<Option<(i64, i64)>> {
    let lock = match conn.dialect() {
        Dialect::Sqlite => "",
        Dialect::Postgres => " FOR UPDATE",
    };
    conn.query_opt(
        &format!("SELECT rowid, version FROM {table} WHERE id = ?1{lock}"),
        vals![id],
    )?
    .map(|row| Ok((row.int(0)?, row.int(1)?)))
    .transpose()
}

/// Refuses a save made from a form that showed another version of the
/// record than the stored one (or a record that is gone since): the later
/// of two seats' saves, which would overwrite the first unseen.
pub(super) fn check_version(
    what: &str,
    id: &str,
    expected: Option<i64>,
    stored: Option<(i64, i64)>,
) -> Result<()> {
    let Some(expected) = expected else {
        return Ok(());
    };
    match stored {
        Some((_, v)) if v == expected => Ok(()),
        Some((_, v)) => Err(Error::field(
            ErrorCode::Conflict,
            "version",
            format!(
                "{what} {id} was changed by someone else after it was opened (it is at \
                 version {v}, the form showed version {expected}); nothing was saved. Look at \
                 it as it is now and make the change again"
            ),
        )),
        None => Err(Error::field(
            ErrorCode::Conflict,
            "version",
            format!(
                "{what} {id} was removed by someone else after it was opened; nothing was saved"
            ),
        )),
    }
}
