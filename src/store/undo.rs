//! Deleting with a way back. Each removal of an inquiry, deal, spend entry or
//! source keeps the deleted rows exactly as they were stored (every column,
//! read with `SELECT *`, so a column added by a later migration is kept too)
//! and [`Store::put_back`] inserts them again. The rows go back through plain
//! inserts, so the audit triggers record the restoration like any change.

use super::db::{name_eq, vals, Exec, TxKind, Value};
use super::Store;
use crate::error::{Error, ErrorCode, Result};
use crate::records::{Id, UNKNOWN_SOURCE};

/// What kind of record was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum RemovedKind {
    Inquiry,
    Deal,
    Spend,
    Source,
}

impl RemovedKind {
    pub const ALL: &'static [RemovedKind] = &[
        RemovedKind::Inquiry,
        RemovedKind::Deal,
        RemovedKind::Spend,
        RemovedKind::Source,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RemovedKind::Inquiry => "inquiry",
            RemovedKind::Deal => "deal",
            RemovedKind::Spend => "spend",
            RemovedKind::Source => "source",
        }
    }
}

/// One stored row: its column names and values, as the database holds them.
#[derive(Debug, Clone, PartialEq)]
struct RawRow {
    cols: Vec<String>,
    values: Vec<Value>,
}

impl RawRow {
    fn get(&self, col: &str) -> Option<&Value> {
        let i = self.cols.iter().position(|c| c == col)?;
        self.values.get(i)
    }

    fn int(&self, col: &str) -> Option<i64> {
        match self.get(col) {
            Some(Value::Int(n)) => Some(*n),
            _ => None,
        }
    }

    fn text(&self, col: &str) -> Option<String> {
        match self.get(col) {
            Some(Value::Text(t)) => Some(t.clone()),
            _ => None,
        }
    }

    fn set(&mut self, col: &str, v: Value) {
        if let Some(i) = self.cols.iter().position(|c| c == col) {
            self.values[i] = v;
        }
    }
}

/// A removal that can be undone: the deleted row, the rows that went with it
/// (an inquiry's touchpoints, a source's tracking numbers), and the deals
/// that lost their link to a deleted inquiry.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    pub kind: RemovedKind,
    /// The id the user knows: `INQ-…`, `D-…`, or the spend entry's or source's number.
    pub key: String,
    row: RawRow,
    children: Vec<RawRow>,
    unlinked_deals: Vec<String>,
    /// A version kept before an edit rather than a deletion: putting it back
    /// first removes the record as it is now, so the edit is undone.
    replaces: bool,
}

fn not_found(what: String) -> Error {
    Error::field(ErrorCode::NotFound, "id", what)
}

/// The rows of `table` matching `filter` (`table` and `filter` are this
/// module's constants, never user text).
fn raw_rows(conn: &mut dyn Exec, table: &str, filter: &str, key: Value) -> Result<Vec<RawRow>> {
    let (cols, rows) =
        conn.query_named(&format!("SELECT * FROM {table} WHERE {filter}"), &[key])?;
    Ok(rows
        .into_iter()
        .map(|r| RawRow {
            cols: cols.clone(),
            values: r.0,
        })
        .collect())
}

/// Inserts `row` into `table`, leaving out `without` (a key column whose old
/// value is taken by now, so the database gives a fresh one). Returns the
/// value of `key`, the column the rows that went with it point at.
fn insert_raw(
    conn: &mut dyn Exec,
    table: &str,
    row: &RawRow,
    without: Option<&str>,
    key: &str,
) -> Result<i64> {
    let keep: Vec<usize> = (0..row.cols.len())
        .filter(|&i| Some(row.cols[i].as_str()) != without)
        .collect();
    let cols: Vec<String> = keep
        .iter()
        .map(|&i| format!("\"{}\"", row.cols[i]))
        .collect();
    let marks: Vec<String> = (1..=keep.len()).map(|i| format!("?{i}")).collect();
    let sql = format!(
        "INSERT INTO {table} ({}) VALUES ({}) RETURNING \"{key}\"",
        cols.join(", "),
        marks.join(", ")
    );
    let params: Vec<Value> = keep.iter().map(|&i| row.values[i].clone()).collect();
    conn.query_one(&sql, &params)?.int(0)
}

fn exists(conn: &mut dyn Exec, sql: &str, key: Value) -> Result<bool> {
    Ok(conn.query_opt(sql, &[key])?.is_some())
}

/// Whether a row answers `sql` for `key` (no key: none can).
fn taken(conn: &mut dyn Exec, sql: &str, key: Option<Value>) -> Result<bool> {
    match key {
        Some(k) => exists(conn, sql, k),
        None => Ok(false),
    }
}

/// Refuses to put a row back that points at a source or inquiry removed since.
fn require(conn: &mut dyn Exec, sql: &str, key: Option<Value>, what: &str) -> Result<()> {
    match key {
        Some(Value::Null) | None => Ok(()),
        Some(k) if exists(conn, sql, k.clone())? => Ok(()),
        Some(_) => Err(Error::new(
            ErrorCode::Inconsistent,
            format!("cannot undo: {what} was removed since"),
        )),
    }
}

const SOURCE_EXISTS: &str = "SELECT 1 FROM sources WHERE id = ?1";

/// An inquiry's row, its touchpoints and the ids of its deals. A seat
/// whose role reads no deals (the front desk on a team server, whose login
/// has no grant on them) captures none: the server unlinks them as it
/// would anyway, and putting the inquiry back cannot link them again.
fn capture_inquiry(conn: &mut dyn Exec, id: &str, deals: bool) -> Result<Option<Removed>> {
    let Some(row) = raw_rows(conn, "inquiries", "id = ?1", id.trim().into())?.pop() else {
        return Ok(None);
    };
    let rowid = row.int("rowid").unwrap_or_default();
    let children = raw_rows(
        conn,
        "touchpoints",
        "inquiry_rowid = ?1 ORDER BY seq",
        rowid.into(),
    )?;
    let unlinked_deals = if deals {
        conn.query(
            "SELECT id FROM deals WHERE inquiry_id = ?1 ORDER BY id",
            vals![id.trim()],
        )?
        .iter()
        .map(|r| r.text(0))
        .collect::<Result<Vec<String>>>()?
    } else {
        Vec::new()
    };
    Ok(Some(Removed {
        kind: RemovedKind::Inquiry,
        key: id.trim().to_string(),
        row,
        children,
        unlinked_deals,
        replaces: false,
    }))
}

impl Store {
    /// Removes an inquiry with its touchpoints; its deals keep their amounts
    /// but lose the link, which [`Store::put_back`] restores.
    pub fn remove_inquiry(&mut self, id: &str) -> Result<Removed> {
        let deals = self.role().reads_deals();
        self.db.transaction(TxKind::Write, |tx| {
            let removed = capture_inquiry(tx, id, deals)?
                .ok_or_else(|| not_found(format!("there is no inquiry '{id}'")))?;
            let rowid = removed.row.int("rowid").unwrap_or_default();
            tx.execute("DELETE FROM inquiries WHERE rowid = ?1", vals![rowid])?;
            Ok(removed)
        })
    }

    /// The inquiry `id` as stored now, with its touchpoints and the deals
    /// linked to it, to put back after an edit; `None` when there is none.
    pub fn snapshot_inquiry(&self, id: &str) -> Result<Option<Removed>> {
        let captured = self.db.transaction(TxKind::Snapshot, |tx| {
            capture_inquiry(tx, id, self.role().reads_deals())
        })?;
        Ok(captured.map(|r| Removed {
            replaces: true,
            ..r
        }))
    }

    pub fn remove_deal(&mut self, id: &str) -> Result<Removed> {
        let what = format!("there is no deal '{id}'");
        self.remove_one(RemovedKind::Deal, "deals", id.trim().into(), what)
    }

    pub fn remove_spend(&mut self, id: Id) -> Result<Removed> {
        let what = format!("there is no spend entry {id}");
        self.remove_one(RemovedKind::Spend, "spend", id.into(), what)
    }

    fn remove_one(
        &mut self,
        kind: RemovedKind,
        table: &str,
        key: Value,
        missing: String,
    ) -> Result<Removed> {
        let row = self.db.transaction(TxKind::Write, |tx| {
            let row = raw_rows(tx, table, "id = ?1", key.clone())?
                .pop()
                .ok_or_else(|| not_found(missing.clone()))?;
            tx.execute(
                &format!("DELETE FROM {table} WHERE id = ?1"),
                &[key.clone()],
            )?;
            Ok(row)
        })?;
        let shown = match row.get("id") {
            Some(Value::Int(n)) => n.to_string(),
            Some(Value::Text(t)) => t.clone(),
            _ => String::new(),
        };
        Ok(Removed {
            kind,
            key: shown,
            row,
            children: Vec::new(),
            unlinked_deals: Vec::new(),
            replaces: false,
        })
    }

    /// Removes a source that nothing refers to, with its tracking numbers; a
    /// source in use must be merged into another instead.
    pub fn remove_source(&mut self, id: Id) -> Result<Removed> {
        self.db.transaction(TxKind::Write, |tx| {
            let row = raw_rows(tx, "sources", "id = ?1", id.into())?
                .pop()
                .ok_or_else(|| {
                    Error::field(
                        ErrorCode::NotFound,
                        "source",
                        format!("there is no source with id {id}"),
                    )
                })?;
            let name = row.text("name").unwrap_or_default();
            if name.eq_ignore_ascii_case(UNKNOWN_SOURCE) {
                return Err(Error::invalid(
                    "source",
                    "the Unknown source cannot be removed",
                ));
            }
            let used = tx
                .query_one(
                    "SELECT (SELECT count(*) FROM inquiries WHERE source_id = ?1) \
                 + (SELECT count(*) FROM touchpoints WHERE source_id = ?1) \
                 + (SELECT count(*) FROM spend WHERE source_id = ?1) \
                 + (SELECT count(*) FROM traffic WHERE source_id = ?1) \
                 + (SELECT count(*) FROM activity WHERE source_id = ?1)",
                    vals![id],
                )?
                .int(0)?;
            if used > 0 {
                return Err(Error::field(
                    ErrorCode::Inconsistent,
                    "source",
                    format!("'{name}' has {used} records; merge it into another source instead"),
                ));
            }
            let children = raw_rows(tx, "tracking_numbers", "source_id = ?1", id.into())?;
            tx.execute("DELETE FROM sources WHERE id = ?1", vals![id])?;
            Ok(Removed {
                kind: RemovedKind::Source,
                key: id.to_string(),
                row,
                children,
                unlinked_deals: Vec::new(),
                replaces: false,
            })
        })
    }

    /// Inserts what `r` removed again, with the same ids and values, all in
    /// one transaction. A key taken since (a new record got the same number)
    /// is given afresh where nothing the user sees depends on it; an id the
    /// user knows (`INQ-…`, `D-…`, a source name) taken since refuses the undo.
    pub fn put_back(&mut self, r: &Removed) -> Result<()> {
        self.db.transaction(TxKind::Write, |tx| put_back(tx, r))
    }
}

/// [`Store::put_back`] inside its transaction.
fn put_back(tx: &mut dyn Exec, r: &Removed) -> Result<()> {
    let duplicate = |what: String| {
        Error::new(
            ErrorCode::Duplicate,
            format!("cannot undo: {what} exists again by now"),
        )
    };
    let mut row = r.row.clone();
    if r.replaces && r.kind == RemovedKind::Inquiry {
        // The edit undone is a change like any other: the row put back
        // counts on from the version it replaces, so a form that showed
        // the edit is out of date.
        let now = tx
            .query_opt("SELECT version FROM inquiries WHERE id = ?1", vals![&r.key])?
            .map(|v| v.int(0))
            .transpose()?;
        if let Some(v) = now {
            row.set("version", Value::Int(v + 1));
        }
        // Deleting unlinks the inquiry's deals (ON DELETE SET NULL); the
        // version put back links them again below.
        tx.execute("DELETE FROM inquiries WHERE id = ?1", vals![&r.key])?;
    }
    let r = &Removed { row, ..r.clone() };
    match r.kind {
        RemovedKind::Inquiry => {
            if taken(
                tx,
                "SELECT 1 FROM inquiries WHERE id = ?1",
                r.row.get("id").cloned(),
            )? {
                return Err(duplicate(format!("inquiry {}", r.key)));
            }
            require(
                tx,
                SOURCE_EXISTS,
                r.row.get("source_id").cloned(),
                "its source",
            )?;
            for tp in &r.children {
                require(
                    tx,
                    SOURCE_EXISTS,
                    tp.get("source_id").cloned(),
                    "a touchpoint's source",
                )?;
            }
            let clash = taken(
                tx,
                "SELECT 1 FROM inquiries WHERE rowid = ?1",
                r.row.get("rowid").cloned(),
            )?;
            let rowid = insert_raw(tx, "inquiries", &r.row, clash.then_some("rowid"), "rowid")?;
            for tp in &r.children {
                let mut tp = tp.clone();
                tp.set("inquiry_rowid", Value::Int(rowid));
                insert_raw(tx, "touchpoints", &tp, None, "inquiry_rowid")?;
            }
            for deal in &r.unlinked_deals {
                tx.execute(
                    "UPDATE deals SET inquiry_id = ?1, version = version + 1 \
                     WHERE id = ?2 AND inquiry_id IS NULL",
                    vals![&r.key, deal],
                )?;
            }
        }
        RemovedKind::Deal => {
            if taken(
                tx,
                "SELECT 1 FROM deals WHERE id = ?1",
                r.row.get("id").cloned(),
            )? {
                return Err(duplicate(format!("deal {}", r.key)));
            }
            require(
                tx,
                "SELECT 1 FROM inquiries WHERE id = ?1",
                r.row.get("inquiry_id").cloned(),
                "its inquiry",
            )?;
            let clash = taken(
                tx,
                "SELECT 1 FROM deals WHERE rowid = ?1",
                r.row.get("rowid").cloned(),
            )?;
            insert_raw(tx, "deals", &r.row, clash.then_some("rowid"), "rowid")?;
        }
        RemovedKind::Spend => {
            require(
                tx,
                SOURCE_EXISTS,
                r.row.get("source_id").cloned(),
                "its source",
            )?;
            let clash = taken(
                tx,
                "SELECT 1 FROM spend WHERE id = ?1",
                r.row.get("id").cloned(),
            )?;
            insert_raw(tx, "spend", &r.row, clash.then_some("id"), "id")?;
        }
        RemovedKind::Source => {
            let name = r.row.text("name").unwrap_or_default();
            let same_name = format!(
                "SELECT 1 FROM sources WHERE {}",
                name_eq(tx.dialect(), "name", "?1")
            );
            if taken(tx, &same_name, Some(Value::Text(name.clone())))? {
                return Err(duplicate(format!("a source named '{name}'")));
            }
            require(
                tx,
                "SELECT 1 FROM channels WHERE id = ?1",
                r.row.get("channel_id").cloned(),
                "its channel",
            )?;
            for n in &r.children {
                if taken(
                    tx,
                    "SELECT 1 FROM tracking_numbers WHERE number = ?1",
                    n.get("number").cloned(),
                )? {
                    return Err(duplicate(format!(
                        "tracking number {}",
                        n.text("number").unwrap_or_default()
                    )));
                }
            }
            let clash = taken(tx, SOURCE_EXISTS, r.row.get("id").cloned())?;
            let id = insert_raw(tx, "sources", &r.row, clash.then_some("id"), "id")?;
            for n in &r.children {
                let mut n = n.clone();
                n.set("source_id", Value::Int(id));
                insert_raw(tx, "tracking_numbers", &n, None, "source_id")?;
            }
        }
    }
    Ok(())
}
