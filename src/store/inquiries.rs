//! Inquiries: the records staff write all day, with their touchpoints and
//! the readable number each gets. An inquiry is upserted by its id, so
//! re-importing a file or saving an edited form is the same act.

use super::db::{vals, Dialect, Exec, TxKind};
use super::input::NewInquiry;
use super::sources::{require_source, tag_by_phone, tracking_numbers};
use super::write::{check_date, check_version, optional, required, stored_row, Outcome};
use super::Store;
use crate::error::{Error, ErrorCode, Result};
use crate::money::to_minor;
use crate::records::*;
use chrono::{Datelike, NaiveDate};

/// An inquiry with its sources resolved to ids, ready to store.
pub(super) struct ResolvedInquiry<'a> {
    pub new: &'a NewInquiry,
    pub id: String,
    pub source_id: Id,
    pub touchpoints: Vec<(Id, NaiveDate)>,
    /// The UUID a new row gets (an update keeps the stored one): a fresh
    /// one unless the caller brings the one given where it was entered.
    pub uuid: String,
}

/// A qualification date lies on or after the day the inquiry arrived and
/// not after `today`: a lead cannot be qualified before it asked, nor in
/// the future.
pub(super) fn check_qualified(new: &NewInquiry, today: NaiveDate) -> Result<()> {
    let Some(q) = new.qualified_at else {
        return Ok(());
    };
    check_date(q, "qualified_at")?;
    let received = new.received_at.date();
    if q < received {
        return Err(Error::field(
            ErrorCode::Inconsistent,
            "qualified_at",
            format!("the lead was qualified on {q}, before it arrived on {received}"),
        ));
    }
    if q > today {
        return Err(Error::invalid(
            "qualified_at",
            format!("the qualification date {q} is after today ({today})"),
        ));
    }
    Ok(())
}

/// Resolves names and validates an inquiry. `numbers` are the tracking
/// numbers, loaded once by the caller so that an import of a million rows
/// does not read them a million times.
pub(super) fn resolve_inquiry<'a>(
    conn: &mut dyn Exec,
    numbers: &[(String, Id)],
    unknown: Id,
    new: &'a NewInquiry,
) -> Result<ResolvedInquiry<'a>> {
    let today = chrono::Local::now().date_naive();
    let mut resolved =
        resolve_inquiry_with(conn, numbers, unknown, today, new, &mut require_source)?;
    resolved.uuid = new_uuid();
    Ok(resolved)
}

/// [`resolve_inquiry`] with the day taken as today and the lookup of a
/// source by name (`conn`, name, field) given by the caller: an import
/// asks the clock once and keeps the ids of the names it has met, rather
/// than asking the database again on every row. The UUID is left empty
/// for the caller to give (an import makes its own, time-ordered).
pub(super) fn resolve_inquiry_with<'a>(
    conn: &mut dyn Exec,
    numbers: &[(String, Id)],
    unknown: Id,
    today: NaiveDate,
    new: &'a NewInquiry,
    source: &mut dyn FnMut(&mut dyn Exec, &str, &str) -> Result<Id>,
) -> Result<ResolvedInquiry<'a>> {
    let id = match &new.id {
        Some(id) => required(id, "id")?,
        None => next_inquiry_id(conn, new.received_at.date())?,
    };
    check_date(new.received_at.date(), "received_at")?;
    check_qualified(new, today)?;
    let named = match new
        .source
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(name) => source(conn, name, "source")?,
        None => unknown,
    };
    // A dialled tracking number answers the question when the caller could not.
    let source_id = match (named == unknown, new.phone.as_deref()) {
        (true, Some(p)) => tag_by_phone(numbers, p).unwrap_or(unknown),
        _ => named,
    };
    let mut touchpoints = Vec::with_capacity(new.touchpoints.len());
    for (name, date) in &new.touchpoints {
        check_date(*date, "touchpoints")?;
        touchpoints.push((source(conn, name, "touchpoints")?, *date));
    }
    if let Some(email) = optional(&new.email, "email")? {
        if !email.contains('@') {
            return Err(Error::invalid(
                "email",
                format!("'{email}' is not an e-mail address"),
            ));
        }
    }
    Ok(ResolvedInquiry {
        new,
        id,
        source_id,
        touchpoints,
        uuid: String::new(),
    })
}

/// A random (version 4) UUID in its usual hyphenated lower-case form.
pub fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// `text` as a UUID in the hyphenated lower-case form the column keeps, or
/// `invalid` naming the field `uuid`.
pub fn check_uuid(text: &str) -> Result<String> {
    uuid::Uuid::try_parse(text.trim())
        .map(|u| u.to_string())
        .map_err(|_| Error::invalid("uuid", format!("'{text}' is not a UUID")))
}

/// The inquiry already stored under `uuid`, if any.
fn by_uuid(conn: &mut dyn Exec, uuid: &str) -> Result<Option<String>> {
    conn.query_opt("SELECT id FROM inquiries WHERE uuid = ?1", vals![uuid])?
        .map(|r| r.text(0))
        .transpose()
}

fn next_inquiry_id(conn: &mut dyn Exec, day: NaiveDate) -> Result<String> {
    let prefix = format!("INQ-{}-", day.year());
    let (sql, pattern) = match conn.dialect() {
        // One writer at a time holds a file: the highest number is final.
        Dialect::Sqlite => (
            "SELECT id FROM inquiries WHERE id GLOB ?1 ORDER BY length(id) DESC, id DESC LIMIT 1",
            format!("{prefix}[0-9]*"),
        ),
        // Seats of one year take turns for the moments of an insert
        // (decision 51): the lock is the transaction's, so it is held until
        // the new row is committed and the next seat's read sees it.
        Dialect::Postgres => {
            conn.execute(
                "SELECT pg_advisory_xact_lock(?1, ?2)",
                vals![super::APPLICATION_ID, day.year()],
            )?;
            (
                "SELECT id FROM inquiries WHERE id ~ ?1 ORDER BY length(id) DESC, id DESC LIMIT 1",
                format!("^{prefix}[0-9]"),
            )
        }
    };
    let last = conn
        .query_opt(sql, vals![pattern])?
        .map(|r| r.text(0))
        .transpose()?;
    let n = last
        .and_then(|l| l[prefix.len()..].parse::<u64>().ok())
        .unwrap_or(0)
        + 1;
    Ok(format!("{prefix}{n:05}"))
}

pub(super) fn upsert_inquiry(
    conn: &mut dyn Exec,
    cur: &str,
    r: &ResolvedInquiry,
) -> Result<Outcome> {
    let n = r.new;
    let estimated = n
        .estimated_value
        .map(|v| to_minor(v, cur, "estimated_value"))
        .transpose()?;
    let received = n.received_at.format("%Y-%m-%d %H:%M:%S").to_string();
    let mut values = vals![
        &r.id,
        &received,
        n.kind.as_str(),
        optional(&n.company, "company")?,
        optional(&n.contact, "contact")?,
        optional(&n.phone, "phone")?,
        optional(&n.email, "email")?,
        r.source_id,
        n.is_lead,
        optional(&n.status, "status")?,
        estimated,
        optional(&n.logged_by, "logged_by")?,
        optional(&n.notes, "notes")?,
        n.qualified_at.map(|d| d.format("%Y-%m-%d").to_string()),
    ]
    .to_vec();
    let existing = stored_row(conn, "inquiries", &r.id)?;
    check_version("inquiry", &r.id, n.expected_version, existing)?;
    let (rowid, mut outcome) = match existing.map(|(rowid, _)| rowid) {
        None => {
            values.push(r.uuid.as_str().into());
            let rowid = conn
                .query_one(
                    "INSERT INTO inquiries (id, received_at, kind, company, contact, phone, email, source_id, \
                     is_lead, status, estimated_value_minor, logged_by, notes, qualified_at, uuid) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) \
                     RETURNING rowid",
                    &values,
                )?
                .int(0)?;
            (rowid, Outcome::Inserted)
        }
        Some(rowid) => {
            let changed = conn.execute(
                "UPDATE inquiries SET received_at = ?2, kind = ?3, company = ?4, contact = ?5, \
                 phone = ?6, email = ?7, source_id = ?8, is_lead = ?9, status = ?10, \
                 estimated_value_minor = ?11, logged_by = ?12, notes = ?13, qualified_at = ?14, \
                 version = version + 1 WHERE id = ?1 AND \
                 (received_at, kind, company, contact, phone, email, source_id, is_lead, status, \
                 estimated_value_minor, logged_by, notes, qualified_at) IS DISTINCT FROM \
                 (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                &values,
            )?;
            (
                rowid,
                if changed > 0 {
                    Outcome::Updated
                } else {
                    Outcome::Unchanged
                },
            )
        }
    };
    if outcome == Outcome::Inserted {
        insert_touchpoints(conn, rowid, &r.touchpoints)?;
    } else if stored_touchpoints(conn, rowid)? != r.touchpoints {
        conn.execute(
            "DELETE FROM touchpoints WHERE inquiry_rowid = ?1",
            vals![rowid],
        )?;
        insert_touchpoints(conn, rowid, &r.touchpoints)?;
        if outcome == Outcome::Unchanged {
            // The touchpoints are the inquiry's too: a form showing the
            // old ones is now out of date.
            conn.execute(
                "UPDATE inquiries SET version = version + 1 WHERE rowid = ?1",
                vals![rowid],
            )?;
        }
        outcome = Outcome::Updated;
    }
    Ok(outcome)
}

fn insert_touchpoints(conn: &mut dyn Exec, rowid: i64, t: &[(Id, NaiveDate)]) -> Result<()> {
    for (seq, (source, date)) in t.iter().enumerate() {
        conn.execute(
            "INSERT INTO touchpoints (inquiry_rowid, seq, source_id, date) VALUES (?1, ?2, ?3, ?4)",
            vals![
                rowid,
                seq as i64,
                *source,
                date.format("%Y-%m-%d").to_string()
            ],
        )?;
    }
    Ok(())
}

fn stored_touchpoints(conn: &mut dyn Exec, rowid: i64) -> Result<Vec<(Id, NaiveDate)>> {
    let rows = conn.query(
        "SELECT source_id, date FROM touchpoints WHERE inquiry_rowid = ?1 ORDER BY seq",
        vals![rowid],
    )?;
    let mut out = Vec::new();
    for row in rows {
        let (id, d) = (row.int(0)?, row.text(1)?);
        let d = NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(|e| {
            Error::new(
                ErrorCode::Corrupt,
                format!("stored touchpoint date '{d}': {e}"),
            )
        })?;
        out.push((id, d));
    }
    Ok(out)
}

impl Store {
    /// Logs (or, with a known id, updates) an inquiry and returns its id. An
    /// inquiry whose source is missing or Unknown and whose phone is a
    /// tracking number is tagged with that number's source.
    pub fn save_inquiry(&mut self, new: &NewInquiry) -> Result<String> {
        let cur = &self.settings.currency;
        self.db.transaction(TxKind::Write, |tx| {
            let numbers = tracking_numbers(tx)?;
            let unknown = require_source(tx, UNKNOWN_SOURCE, "source")?;
            let resolved = resolve_inquiry(tx, &numbers, unknown, new)?;
            upsert_inquiry(tx, cur, &resolved)?;
            Ok(resolved.id)
        })
    }

    /// Logs a new inquiry under the UUID given where it was entered and
    /// returns its id; when an inquiry with that UUID is stored already
    /// (the same entry sent again after its acknowledgement was lost), that
    /// one's id, with nothing written. The readable number is the store's,
    /// given on arrival, so `new.id` must be `None`.
    pub fn save_inquiry_once(&mut self, new: &NewInquiry, uuid: &str) -> Result<String> {
        if new.id.is_some() {
            return Err(Error::invalid(
                "id",
                "an entry sent by its UUID gets its number from the store",
            ));
        }
        let uuid = check_uuid(uuid)?;
        let cur = &self.settings.currency;
        self.db.transaction(TxKind::Write, |tx| {
            let numbers = tracking_numbers(tx)?;
            let unknown = require_source(tx, UNKNOWN_SOURCE, "source")?;
            // Resolving first takes the year's turn on PostgreSQL (see
            // next_inquiry_id), so a second seat sending the same entry at
            // the same moment reads this one's row once it is committed.
            let mut resolved = resolve_inquiry(tx, &numbers, unknown, new)?;
            if let Some(id) = by_uuid(tx, &uuid)? {
                return Ok(id);
            }
            resolved.uuid = uuid.clone();
            upsert_inquiry(tx, cur, &resolved)?;
            Ok(resolved.id)
        })
    }

    /// The id of the inquiry stored under `uuid`, if there is one.
    pub fn inquiry_by_uuid(&self, uuid: &str) -> Result<Option<String>> {
        let uuid = check_uuid(uuid)?;
        self.db
            .transaction(TxKind::Snapshot, |tx| by_uuid(tx, &uuid))
    }
}
