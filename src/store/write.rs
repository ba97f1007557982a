//! Writing single records, with the validation every entry path shares: the
//! app's forms, the command line, CSV import and the demo generator all end in
//! the `insert_*`/`upsert_*` functions here, so a rule holds everywhere at once.

use super::db::{name_eq, vals, Exec, TxKind};
use super::Store;
use crate::error::{Error, ErrorCode, Result};
use crate::money::to_minor;
use crate::phone;
use crate::records::*;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

pub(super) use super::input::{NewDeal, NewInquiry, NewSource, NewSpend, NewTarget};

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

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

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

/// A spend row ready to store: validated, source resolved.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct SpendKey {
    pub date: String,
    pub amount_minor: i64,
    pub category: &'static str,
    pub source_id: Option<Id>,
    pub campaign: Option<String>,
    pub direction: Option<&'static str>,
    pub note: Option<String>,
}

pub(super) fn spend_key(cur: &str, s: &NewSpend, source_id: Option<Id>) -> Result<SpendKey> {
    check_date(s.date, "date")?;
    let amount_minor = to_minor(s.amount, cur, "amount")?;
    if source_id.is_some() && s.direction.is_some() {
        return Err(Error::invalid(
            "direction",
            "direction is only for general spend (spend with no source)",
        ));
    }
    Ok(SpendKey {
        date: iso(s.date),
        amount_minor,
        category: s.category.as_str(),
        source_id,
        campaign: optional(&s.campaign, "campaign")?,
        direction: if source_id.is_none() {
            Some(s.direction.unwrap_or(SpendDirection::Shared).as_str())
        } else {
            None
        },
        note: optional(&s.note, "note")?,
    })
}

pub(super) fn insert_spend(conn: &mut dyn Exec, k: &SpendKey) -> Result<Id> {
    conn.query_one(
        "INSERT INTO spend (date, amount_minor, category, source_id, campaign, direction, note) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
        vals![
            &k.date,
            k.amount_minor,
            k.category,
            k.source_id,
            &k.campaign,
            k.direction,
            &k.note
        ],
    )?
    .int(0)
}

pub(super) fn count_spend(conn: &mut dyn Exec, k: &SpendKey) -> Result<usize> {
    let n = conn
        .query_one(
            "SELECT count(*) FROM spend WHERE date = ?1 AND amount_minor = ?2 AND category = ?3 \
             AND source_id IS NOT DISTINCT FROM ?4 AND campaign IS NOT DISTINCT FROM ?5 \
             AND direction IS NOT DISTINCT FROM ?6 AND note IS NOT DISTINCT FROM ?7",
            vals![
                &k.date,
                k.amount_minor,
                k.category,
                k.source_id,
                &k.campaign,
                k.direction,
                &k.note
            ],
        )?
        .int(0)?;
    Ok(n as usize)
}

pub(super) fn upsert_target(conn: &mut dyn Exec, cur: &str, t: &NewTarget) -> Result<Outcome> {
    let NewTarget {
        year,
        sales_target: sales,
        lead_target: leads,
    } = *t;
    if !RECORD_YEARS.contains(&year) {
        return Err(Error::field(
            ErrorCode::InvalidDate,
            "year",
            format!("year {year} is outside {}", record_years_text()),
        ));
    }
    if leads.is_some_and(|l| l < 0) {
        return Err(Error::invalid(
            "lead_target",
            "the lead target must not be negative",
        ));
    }
    let sales = sales
        .map(|s| to_minor(s, cur, "sales_target"))
        .transpose()?;
    let changed = conn.execute(
        "INSERT INTO targets (year, sales_target_minor, lead_target) VALUES (?1, ?2, ?3) \
         ON CONFLICT (year) DO UPDATE SET sales_target_minor = excluded.sales_target_minor, \
         lead_target = excluded.lead_target \
         WHERE (targets.sales_target_minor, targets.lead_target) \
         IS DISTINCT FROM (excluded.sales_target_minor, excluded.lead_target)",
        vals![i64::from(year), sales, leads],
    )?;
    Ok(if changed == 0 {
        Outcome::Unchanged
    } else {
        Outcome::Inserted
    })
}

pub(super) fn upsert_traffic(
    conn: &mut dyn Exec,
    month: NaiveDate,
    source: Id,
    visitors: i64,
) -> Result<Outcome> {
    if visitors < 0 {
        return Err(Error::invalid("visitors", "visitors must not be negative"));
    }
    let changed = conn.execute(
        "INSERT INTO traffic (month, source_id, visitors) VALUES (?1, ?2, ?3) \
         ON CONFLICT (month, source_id) DO UPDATE SET visitors = excluded.visitors \
         WHERE traffic.visitors IS DISTINCT FROM excluded.visitors",
        vals![month.format("%Y-%m-01").to_string(), source, visitors],
    )?;
    Ok(if changed == 0 {
        Outcome::Unchanged
    } else {
        Outcome::Inserted
    })
}

impl Store {
    /// Adds a source (and its channel when new) or updates one of the same name.
    pub fn save_source(&mut self, s: &NewSource) -> Result<Id> {
        self.db
            .transaction(TxKind::Write, |tx| Ok(upsert_source(tx, s)?.0))
    }

    /// Books one spend entry.
    pub fn add_spend(&mut self, s: &NewSpend) -> Result<Id> {
        let cur = &self.settings.currency;
        self.db.transaction(TxKind::Write, |tx| {
            let source = match &s.source {
                Some(name) if !name.trim().is_empty() => Some(require_source(tx, name, "source")?),
                _ => None,
            };
            let key = spend_key(cur, s, source)?;
            insert_spend(tx, &key)
        })
    }

    /// Sets a year's targets, replacing earlier ones.
    pub fn set_target(
        &mut self,
        year: i32,
        sales: Option<Decimal>,
        leads: Option<i64>,
    ) -> Result<()> {
        let cur = &self.settings.currency;
        self.db.transaction(TxKind::Write, |tx| {
            let target = NewTarget {
                year,
                sales_target: sales,
                lead_target: leads,
            };
            upsert_target(tx, cur, &target).map(|_| ())
        })
    }
}
