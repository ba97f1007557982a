//! Editing and removing records from the app's screens: undoing a logged
//! call, replacing a month of a source's spend from the spend grid, renaming
//! and merging sources, keeping channels. Every change runs in one immediate
//! transaction and refuses what would leave records pointing nowhere.

use super::db::{name_eq, vals, Exec, TxKind};
use super::input::{NewSource, NewSpend};
use super::sources::{require_source, upsert_source};
use super::spend::{insert_spend, spend_key};
use super::write::{check_date, optional, required};
use super::Store;
use crate::error::{Error, ErrorCode, Result};
use crate::records::*;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

fn not_found(field: &str, what: String) -> Error {
    Error::field(ErrorCode::NotFound, field, what)
}

fn source_name(conn: &mut dyn Exec, id: Id) -> Result<String> {
    conn.query_opt("SELECT name FROM sources WHERE id = ?1", vals![id])?
        .ok_or_else(|| not_found("source", format!("there is no source with id {id}")))?
        .text(0)
}

/// The first and last day of the month of `d`, as ISO text.
fn month_bounds(d: NaiveDate) -> (String, String) {
    let first = NaiveDate::from_ymd_opt(d.year(), d.month(), 1).unwrap_or(d);
    let next = if d.month() == 12 {
        NaiveDate::from_ymd_opt(d.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(d.year(), d.month() + 1, 1)
    };
    let last = next.and_then(|n| n.pred_opt()).unwrap_or(first);
    (
        first.format("%Y-%m-%d").to_string(),
        last.format("%Y-%m-%d").to_string(),
    )
}

impl Store {
    /// Removes an inquiry (its touchpoints go with it; deals keep their
    /// amounts but lose the link). This is the "undo" of the log screen.
    pub fn delete_inquiry(&mut self, id: &str) -> Result<()> {
        self.remove_inquiry(id).map(drop)
    }

    pub fn delete_deal(&mut self, id: &str) -> Result<()> {
        self.remove_deal(id).map(drop)
    }

    /// Sets a source's spend for the month of `month` to `amount`: the
    /// month's entries of that source are replaced by one entry on the first
    /// of the month. The entry keeps the category the replaced entries shared
    /// (trade shows stay "events"); mixed or none become "advertising". Zero
    /// leaves the month without spend.
    pub fn set_month_spend(&mut self, source: Id, month: NaiveDate, amount: Decimal) -> Result<()> {
        check_date(month, "month")?;
        let cur = &self.settings.currency;
        self.db.transaction(TxKind::Write, |tx| {
        let name = source_name(tx, source)?;
        let (first, last) = month_bounds(month);
        let categories = tx
            .query(
                "SELECT DISTINCT category FROM spend WHERE source_id = ?1 AND date BETWEEN ?2 AND ?3",
                vals![source, &first, &last],
            )?
            .iter()
            .map(|r| r.text(0))
            .collect::<Result<Vec<String>>>()?;
        let category = match categories.as_slice() {
            [one] => SpendCategory::parse(one).unwrap_or(SpendCategory::Advertising),
            _ => SpendCategory::Advertising,
        };
        let new = NewSpend {
            date: NaiveDate::parse_from_str(&first, "%Y-%m-%d").unwrap_or(month),
            amount,
            category,
            source: Some(name),
            campaign: None,
            direction: None,
            note: None,
        };
        // Validate before deleting, so a bad amount changes nothing.
        let key = spend_key(cur, &new, Some(source))?;
        tx.execute(
            "DELETE FROM spend WHERE source_id = ?1 AND date BETWEEN ?2 AND ?3",
            vals![source, &first, &last],
        )?;
        if !amount.is_zero() {
            insert_spend(tx, &key)?;
        }
        Ok(())
        })
    }

    /// Books several spend entries at once (an annual cost spread over its
    /// months): all of them or none.
    pub fn add_spend_all(&mut self, entries: &[NewSpend]) -> Result<Vec<Id>> {
        let cur = &self.settings.currency;
        self.db.transaction(TxKind::Write, |tx| {
            let mut ids = Vec::with_capacity(entries.len());
            for s in entries {
                let source = match &s.source {
                    Some(name) if !name.trim().is_empty() => {
                        Some(require_source(tx, name, "source")?)
                    }
                    _ => None,
                };
                let key = spend_key(cur, s, source)?;
                ids.push(insert_spend(tx, &key)?);
            }
            Ok(ids)
        })
    }

    pub fn delete_spend(&mut self, id: Id) -> Result<()> {
        self.remove_spend(id).map(drop)
    }

    /// Changes the source with id `id`: its name, channel, UTM values, and
    /// its tracking numbers (replaced by `s.tracking_numbers`).
    pub fn update_source(&mut self, id: Id, s: &NewSource) -> Result<()> {
        let name = required(&s.name, "name")?;
        self.db.transaction(TxKind::Write, |tx| {
            let old = source_name(tx, id)?;
            if old.eq_ignore_ascii_case(UNKNOWN_SOURCE)
                && !name.eq_ignore_ascii_case(UNKNOWN_SOURCE)
            {
                return Err(Error::invalid(
                    "name",
                    "the Unknown source stands for \"not known\" and cannot be renamed",
                ));
            }
            let sql = format!(
                "SELECT id FROM sources WHERE {} AND id <> ?2",
                name_eq(tx.dialect(), "name", "?1")
            );
            if tx.query_opt(&sql, vals![&name, id])?.is_some() {
                return Err(Error::field(
                    ErrorCode::Duplicate,
                    "name",
                    format!("there is already a source named '{name}'"),
                ));
            }
            tx.execute(
                "UPDATE sources SET name = ?2 WHERE id = ?1",
                vals![id, &name],
            )?;
            tx.execute(
                "DELETE FROM tracking_numbers WHERE source_id = ?1",
                vals![id],
            )?;
            let mut s = s.clone();
            s.name = name.clone();
            // Fields left empty are cleared rather than kept.
            s.utm_source = optional(&s.utm_source, "utm_source")?;
            s.utm_medium = optional(&s.utm_medium, "utm_medium")?;
            s.utm_campaign = optional(&s.utm_campaign, "utm_campaign")?;
            upsert_source(tx, &s)?;
            Ok(())
        })
    }

    /// Removes a source that nothing refers to; one in use must be merged.
    /// The rules live in [`Store::remove_source`], which keeps what it removed.
    pub fn delete_source(&mut self, id: Id) -> Result<()> {
        self.remove_source(id).map(drop)
    }

    /// Moves every inquiry, touchpoint, spend entry, visitor count and
    /// tracking number of source `from` to source `into`, then removes `from`.
    pub fn merge_sources(&mut self, from: Id, into: Id) -> Result<()> {
        if from == into {
            return Err(Error::invalid(
                "into",
                "a source cannot be merged into itself",
            ));
        }
        self.db.transaction(TxKind::Write, |tx| {
        let name = source_name(tx, from)?;
        source_name(tx, into)?;
        if name.eq_ignore_ascii_case(UNKNOWN_SOURCE) {
            return Err(Error::invalid(
                "from",
                "the Unknown source cannot be merged away",
            ));
        }
        for sql in [
            // An inquiry whose source or touchpoints move is changed: its
            // version counts on, once.
            "UPDATE inquiries SET source_id = CASE WHEN source_id = ?1 THEN ?2 ELSE source_id END, \
             version = version + 1 WHERE source_id = ?1 \
             OR rowid IN (SELECT inquiry_rowid FROM touchpoints WHERE source_id = ?1)",
            "UPDATE touchpoints SET source_id = ?2 WHERE source_id = ?1",
            "UPDATE spend SET source_id = ?2 WHERE source_id = ?1",
            "UPDATE tracking_numbers SET source_id = ?2 WHERE source_id = ?1",
            // Visitor counts of the same month add up.
            "INSERT INTO traffic (month, source_id, visitors) \
             SELECT month, ?2, visitors FROM traffic WHERE source_id = ?1 \
             ON CONFLICT (month, source_id) DO UPDATE SET visitors = traffic.visitors + excluded.visitors",
            // Activity counts of the same month and metric add up likewise.
            "INSERT INTO activity (month, source_id, metric, count) \
             SELECT month, ?2, metric, count FROM activity WHERE source_id = ?1 \
             ON CONFLICT (month, source_id, metric) DO UPDATE SET count = activity.count + excluded.count",
        ] {
            tx.execute(sql, vals![from, into])?;
        }
        tx.execute("DELETE FROM traffic WHERE source_id = ?1", vals![from])?;
        tx.execute("DELETE FROM activity WHERE source_id = ?1", vals![from])?;
        tx.execute("DELETE FROM sources WHERE id = ?1", vals![from])?;
        Ok(())
        })
    }

    /// Adds a channel, or renames / redirects the one with id `id`.
    pub fn save_channel(&mut self, id: Option<Id>, name: &str, direction: Direction) -> Result<Id> {
        let name = required(name, "name")?;
        self.db.transaction(TxKind::Write, |tx| {
            let sql = format!(
                "SELECT id FROM channels WHERE {} AND id IS DISTINCT FROM ?2",
                name_eq(tx.dialect(), "name", "?1")
            );
            if tx.query_opt(&sql, vals![&name, id])?.is_some() {
                return Err(Error::field(
                    ErrorCode::Duplicate,
                    "name",
                    format!("there is already a channel named '{name}'"),
                ));
            }
            let id = match id {
                Some(id) => {
                    let old = tx
                        .query_opt("SELECT name FROM channels WHERE id = ?1", vals![id])?
                        .ok_or_else(|| not_found("channel", format!("there is no channel {id}")))?
                        .text(0)?;
                    if old.eq_ignore_ascii_case(UNKNOWN_CHANNEL) && old != name {
                        return Err(Error::invalid(
                            "name",
                            "the Unknown channel cannot be renamed",
                        ));
                    }
                    tx.execute(
                        "UPDATE channels SET name = ?2, direction = ?3 WHERE id = ?1",
                        vals![id, &name, direction.as_str()],
                    )?;
                    id
                }
                None => tx
                    .query_one(
                        "INSERT INTO channels (name, direction) VALUES (?1, ?2) RETURNING id",
                        vals![&name, direction.as_str()],
                    )?
                    .int(0)?,
            };
            Ok(id)
        })
    }

    /// Removes a channel that has no sources.
    pub fn delete_channel(&mut self, id: Id) -> Result<()> {
        self.db.transaction(TxKind::Write, |tx| {
            let n = tx
                .query_one(
                    "SELECT count(*) FROM sources WHERE channel_id = ?1",
                    vals![id],
                )?
                .int(0)?;
            if n > 0 {
                return Err(Error::field(
                    ErrorCode::Inconsistent,
                    "channel",
                    format!("the channel still has {n} sources; move or merge them first"),
                ));
            }
            if tx.execute("DELETE FROM channels WHERE id = ?1", vals![id])? == 0 {
                return Err(not_found("channel", format!("there is no channel {id}")));
            }
            Ok(())
        })
    }
}
