//! Sources, their channels and tracking numbers: finding a source by name,
//! the direction a channel has, and adding or updating a source with its
//! numbers. The statements run unchanged on SQLite and PostgreSQL (`name_eq`
//! gives each engine its case-insensitive comparison).

use super::db::{name_eq, vals, Exec, TxKind};
use super::input::NewSource;
use super::write::{optional, required, Outcome};
use super::Store;
use crate::error::{Error, ErrorCode, Result};
use crate::phone;
use crate::records::{Direction, Id};

/// Finds a source by name, case-insensitively.
/// The statement is cached on the connection: an import resolves a name per
/// row and touchpoint, and preparing it each time dominated a large import.
pub(super) fn source_id(conn: &mut dyn Exec, name: &str) -> Result<Option<Id>> {
    let sql = format!(
        "SELECT id FROM sources WHERE {}",
        name_eq(conn.dialect(), "name", "?1")
    );
    conn.query_opt(&sql, vals![name.trim()])?
        .map(|r| r.int(0))
        .transpose()
}

pub(super) fn require_source(conn: &mut dyn Exec, name: &str, field: &str) -> Result<Id> {
    source_id(conn, name)?.ok_or_else(|| {
        Error::field(
            ErrorCode::NotFound,
            field,
            format!("there is no source named '{}'", name.trim()),
        )
    })
}

/// All tracking numbers with their source, for tagging calls.
pub(super) fn tracking_numbers(conn: &mut dyn Exec) -> Result<Vec<(String, Id)>> {
    conn.query("SELECT number, source_id FROM tracking_numbers", &[])?
        .iter()
        .map(|r| Ok((r.text(0)?, r.int(1)?)))
        .collect()
}

/// The channel of this name (case-insensitively, as its unique index
/// compares): its id and direction.
fn channel_by_name(conn: &mut dyn Exec, name: &str) -> Result<Option<(Id, String)>> {
    let sql = format!(
        "SELECT id, direction FROM channels WHERE {}",
        name_eq(conn.dialect(), "name", "?1")
    );
    conn.query_opt(&sql, vals![name])?
        .map(|r| Ok((r.int(0)?, r.text(1)?)))
        .transpose()
}

/// The source a dialled number belongs to, if it is a tracking number.
pub fn tag_by_phone(numbers: &[(String, Id)], phone_raw: &str) -> Option<Id> {
    let n = phone::normalise(phone_raw)?;
    numbers
        .iter()
        .find(|(t, _)| phone::same_line(t, &n))
        .map(|(_, id)| *id)
}

/// Gives an existing channel the direction a file states for it (the
/// direction belongs to the channel, and a new database's are only
/// defaults). Returns the old direction when it changed; a channel that does
/// not exist yet is left for [`upsert_source`] to create.
pub(super) fn set_channel_direction(
    conn: &mut dyn Exec,
    channel: &str,
    direction: Direction,
) -> Result<Option<Direction>> {
    let channel = required(channel, "channel")?;
    let old = channel_by_name(conn, &channel)?;
    match old.map(|(id, d)| (id, Direction::parse(&d))) {
        Some((id, Some(old))) if old != direction => {
            conn.execute(
                "UPDATE channels SET direction = ?2 WHERE id = ?1",
                vals![id, direction.as_str()],
            )?;
            Ok(Some(old))
        }
        _ => Ok(None),
    }
}

pub(super) fn upsert_source(conn: &mut dyn Exec, s: &NewSource) -> Result<(Id, Outcome)> {
    let name = required(&s.name, "source")?;
    let channel = required(&s.channel, "channel")?;
    let existing = channel_by_name(conn, &channel)?;
    let channel_id = match existing {
        Some((id, dir)) => {
            if let Some(want) = s.direction.filter(|d| d.as_str() != dir) {
                return Err(Error::field(
                    ErrorCode::Inconsistent,
                    "direction",
                    format!("channel '{channel}' is {dir}, not {}", want.as_str()),
                ));
            }
            id
        }
        None => {
            let dir = s.direction.unwrap_or(Direction::Inbound);
            conn.query_one(
                "INSERT INTO channels (name, direction) VALUES (?1, ?2) RETURNING id",
                vals![&channel, dir.as_str()],
            )?
            .int(0)?
        }
    };
    let mut numbers = Vec::new();
    for raw in &s.tracking_numbers {
        let n = phone::normalise(raw).ok_or_else(|| {
            Error::invalid("tracking_numbers", format!("'{raw}' is not a phone number"))
        })?;
        numbers.push(n);
    }
    let utm = (
        optional(&s.utm_source, "utm_source")?,
        optional(&s.utm_medium, "utm_medium")?,
        optional(&s.utm_campaign, "utm_campaign")?,
    );
    let (id, outcome) = match source_id(conn, &name)? {
        Some(id) => {
            let changed = conn.execute(
                "UPDATE sources SET channel_id = ?2, utm_source = ?3, utm_medium = ?4, utm_campaign = ?5 \
                 WHERE id = ?1 AND (channel_id, utm_source, utm_medium, utm_campaign) \
                 IS DISTINCT FROM (?2, ?3, ?4, ?5)",
                vals![id, channel_id, &utm.0, &utm.1, &utm.2],
            )?;
            (
                id,
                if changed > 0 {
                    Outcome::Updated
                } else {
                    Outcome::Unchanged
                },
            )
        }
        None => {
            let id = conn
                .query_one(
                    "INSERT INTO sources (channel_id, name, utm_source, utm_medium, utm_campaign) \
                     VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
                    vals![channel_id, &name, &utm.0, &utm.1, &utm.2],
                )?
                .int(0)?;
            (id, Outcome::Inserted)
        }
    };
    let mut outcome = outcome;
    for n in numbers {
        let owner = conn
            .query_opt(
                "SELECT t.source_id, s.name FROM tracking_numbers t JOIN sources s ON s.id = t.source_id \
                 WHERE t.number = ?1",
                vals![&n],
            )?
            .map(|r| Ok::<_, Error>((r.int(0)?, r.text(1)?)))
            .transpose()?;
        match owner {
            Some((owner, _)) if owner == id => {}
            Some((_, other)) => {
                return Err(Error::field(
                    ErrorCode::Duplicate,
                    "tracking_numbers",
                    format!("tracking number {n} already belongs to source '{other}'"),
                ))
            }
            None => {
                conn.execute(
                    "INSERT INTO tracking_numbers (number, source_id) VALUES (?1, ?2)",
                    vals![&n, id],
                )?;
                if outcome == Outcome::Unchanged {
                    outcome = Outcome::Updated;
                }
            }
        }
    }
    Ok((id, outcome))
}

impl Store {
    /// Adds a source (and its channel when new) or updates one of the same name.
    pub fn save_source(&mut self, s: &NewSource) -> Result<Id> {
        self.db
            .transaction(TxKind::Write, |tx| Ok(upsert_source(tx, s)?.0))
    }
}
