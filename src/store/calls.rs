//! The phone system's call log in the store (`shared/spec/csv.md`, kind
//! `calls`): the statements for both engines, loading the log into the
//! [`Dataset`](crate::records::Dataset), and the one-row changes the import,
//! the tracking tags and the retention purge make. The import itself, the
//! tags and the purge as a whole are in `call_import.rs`.
//!
//! A call's `call_key` is a digest of its [`CallKey`] rather than the key
//! itself: the key of a call without an id holds both numbers, and the
//! column must keep a purged call recognisable (so that a re-imported old
//! log does not add it again) without keeping its numbers readable.

use super::bulk::Shape;
use super::db::{vals, Cells, Exec};
use crate::csvio::calls::{Call, CallDirection, CallKey};
use crate::error::{Error, ErrorCode, Result};
use crate::records::{FrozenCall, Id, StoredCall};
use chrono::NaiveDateTime;

const STAMP: &str = "%Y-%m-%d %H:%M:%S";

/// The 64-bit FNV-1a digest of `bytes`, written as 16 hex digits. Its
/// algorithm is fixed here rather than taken from a hashing crate, whose
/// output may change between versions, since stored keys must stay
/// comparable forever. It is a fingerprint, not a secret: whoever holds
/// the file and guesses a number and a second can confirm the guess.
fn fnv1a(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The stored key of a call: the digest of its [`CallKey`], each part
/// written out with its name so that no two keys share a text.
pub fn stored_key(key: &CallKey) -> String {
    let text = match key {
        CallKey::Id(id) => format!("id\u{1f}{id}"),
        CallKey::Moment {
            started_at,
            caller,
            dialled,
        } => format!(
            "at\u{1f}{}\u{1f}{}\u{1f}{}",
            started_at.format(STAMP),
            caller.as_deref().unwrap_or(""),
            dialled.as_deref().unwrap_or("")
        ),
    };
    fnv1a(text.as_bytes())
}

/// Stores a call unless the same call is stored already; answers whether
/// it was new.
pub(super) fn insert_call(tx: &mut dyn Exec, call: &Call) -> Result<bool> {
    let added = tx.execute(
        "INSERT INTO calls (call_key, started_at, caller, caller_key, dialled, dialled_key, \
         duration_s, answered, direction, extension, call_id) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (call_key) DO NOTHING",
        vals![
            stored_key(&call.key()),
            call.started_at.format(STAMP).to_string(),
            &call.caller,
            &call.caller_key,
            &call.dialled,
            &call.dialled_key,
            call.duration_s,
            call.answered,
            call.direction.as_str(),
            &call.extension,
            &call.call_id,
        ],
    )?;
    Ok(added > 0)
}

const COLUMNS: &str = "id, started_at, caller, caller_key, dialled, dialled_key, duration_s, \
                       answered, direction, extension, call_id, purged_at, logged, tracked, \
                       mismatched, matched_inquiry FROM calls";

fn corrupt(what: &str) -> Error {
    Error::new(
        ErrorCode::Corrupt,
        format!("a stored call's {what} is malformed"),
    )
}

/// A stored call; [`Shape::Figures`] leaves out the numbers as written
/// and the system's own ids, which no figure reads (the normalised keys
/// are what calls are matched by).
fn stored_call(r: &dyn Cells, shape: Shape) -> Result<StoredCall> {
    let started_at = super::stored::datetime(r.str(1)?).map_err(|_| corrupt("start"))?;
    let direction = CallDirection::parse(r.str(8)?).ok_or_else(|| corrupt("direction"))?;
    let flag = |i: usize| -> Result<bool> { Ok(r.opt_int(i)?.unwrap_or(0) != 0) };
    let owned = |i: usize| -> Result<Option<String>> { Ok(r.opt_str(i)?.map(str::to_owned)) };
    let written = |i: usize| match shape {
        Shape::Full => owned(i),
        Shape::Figures => Ok(None),
    };
    let frozen = match r.opt_str(11)? {
        None => None,
        Some(_) => Some(FrozenCall {
            logged: flag(12)?,
            tracked: flag(13)?,
            mismatched: flag(14)?,
            inquiry: owned(15)?,
        }),
    };
    Ok(StoredCall {
        id: r.int(0)?,
        call: Call {
            row: 0,
            started_at,
            caller: written(2)?.unwrap_or_default(),
            caller_key: owned(3)?.unwrap_or_default(),
            dialled: written(4)?,
            dialled_key: owned(5)?,
            duration_s: r.int(6)?,
            answered: r.int(7)? != 0,
            direction,
            extension: written(9)?,
            call_id: written(10)?,
        },
        frozen,
    })
}

/// Every stored call, in row id order: the hook `read.rs` calls.
pub(super) fn load_calls(tx: &mut dyn Exec, shape: Shape) -> Result<Vec<StoredCall>> {
    let mut out = Vec::new();
    tx.scan(&format!("SELECT {COLUMNS} ORDER BY id"), &[], &mut |r| {
        out.push(stored_call(r, shape)?);
        Ok(())
    })?;
    Ok(out)
}

/// The calls started at or after `from`, in row id order, for the queue.
pub(super) fn calls_since(tx: &mut dyn Exec, from: NaiveDateTime) -> Result<Vec<StoredCall>> {
    let mut out = Vec::new();
    tx.for_each(
        &format!("SELECT {COLUMNS} WHERE started_at >= ?1 ORDER BY id"),
        vals![from.format(STAMP).to_string()],
        &mut |r| {
            out.push(stored_call(r, Shape::Full)?);
            Ok(())
        },
    )?;
    Ok(out)
}

/// One stored call by its row id.
pub(super) fn call_by_id(tx: &mut dyn Exec, id: Id) -> Result<StoredCall> {
    match tx.query_opt(&format!("SELECT {COLUMNS} WHERE id = ?1"), vals![id])? {
        Some(r) => stored_call(&r, Shape::Full),
        None => Err(Error::field(
            ErrorCode::NotFound,
            "id",
            format!("there is no call {id}"),
        )),
    }
}

/// The keys of every stored call (their numbers purged or not), for the
/// import's preview to count the calls of a log that are stored already.
pub(super) fn stored_keys(tx: &mut dyn Exec) -> Result<std::collections::HashSet<String>> {
    let mut out = std::collections::HashSet::new();
    tx.for_each("SELECT call_key FROM calls", &[], &mut |r| {
        out.insert(r.text(0)?);
        Ok(())
    })?;
    Ok(out)
}

/// Whether any call is stored at all.
pub(super) fn any_call(tx: &mut dyn Exec) -> Result<bool> {
    Ok(tx.query_opt("SELECT 1 FROM calls LIMIT 1", &[])?.is_some())
}

/// How many calls started before `cutoff` still have their numbers.
pub(super) fn expired_count(tx: &mut dyn Exec, cutoff: NaiveDateTime) -> Result<i64> {
    tx.query_one(
        "SELECT count(*) FROM calls WHERE purged_at IS NULL AND started_at < ?1",
        vals![cutoff.format(STAMP).to_string()],
    )?
    .int(0)
}

/// Drops a call's numbers and keeps what the figures read of it.
pub(super) fn purge_call(
    tx: &mut dyn Exec,
    id: Id,
    at: NaiveDateTime,
    f: &FrozenCall,
) -> Result<()> {
    tx.execute(
        "UPDATE calls SET caller = NULL, caller_key = NULL, dialled = NULL, dialled_key = NULL, \
         purged_at = ?2, logged = ?3, tracked = ?4, mismatched = ?5, matched_inquiry = ?6 \
         WHERE id = ?1 AND purged_at IS NULL",
        vals![
            id,
            at.format(STAMP).to_string(),
            f.logged,
            f.tracked,
            f.mismatched,
            &f.inquiry
        ],
    )?;
    Ok(())
}

/// Tags an inquiry whose first touch is still `unknown` with `source`, as
/// an edit of the inquiry: its version moves on (an open form is then out
/// of date) and the audit trail's triggers record the change, with the
/// acting login on a team server. Answers whether it changed.
pub(super) fn tag_inquiry(tx: &mut dyn Exec, id: &str, unknown: Id, source: Id) -> Result<bool> {
    let changed = tx.execute(
        "UPDATE inquiries SET source_id = ?2, version = version + 1 \
         WHERE id = ?1 AND source_id = ?3",
        vals![id, source, unknown],
    )?;
    Ok(changed > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digest_is_fnv1a_and_keys_differ_by_their_parts() {
        // The published FNV-1a 64 test vectors.
        assert_eq!(fnv1a(b""), "cbf29ce484222325");
        assert_eq!(fnv1a(b"a"), "af63dc4c8601ec8c");
        let at = chrono::NaiveDate::from_ymd_opt(2026, 3, 2)
            .unwrap()
            .and_hms_opt(9, 0, 5)
            .unwrap();
        let moment = |c: &str, d: &str| CallKey::Moment {
            started_at: at,
            caller: Some(c.into()),
            dialled: Some(d.into()),
        };
        assert_ne!(
            stored_key(&moment("301", "2")),
            stored_key(&moment("30", "12"))
        );
        assert_ne!(
            stored_key(&CallKey::Id("7".into())),
            stored_key(&moment("7", ""))
        );
        assert_eq!(
            stored_key(&moment("301", "2")),
            stored_key(&moment("301", "2"))
        );
    }
}
