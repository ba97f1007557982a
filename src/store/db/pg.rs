//! [`Exec`] on PostgreSQL: the `postgres` client and its transactions. The
//! statements arrive with SQLite's `?1` placeholders and are sent with
//! PostgreSQL's `$1`, each prepared once per session ([`Statements`]);
//! values are bound and read by the column's type, so the store sees the
//! same [`Value`]s from either engine.

use super::{numbered_to_dollar, wrong_type, Cells, Dialect, Exec, Row, Value};
use crate::error::{Error, ErrorCode, Result};
use crate::store::pg::errors::classify;
use crate::store::pg::Target;
use postgres::types::{to_sql_checked, IsNull, ToSql, Type};
use postgres::{Client, GenericClient, Statement};
use std::cell::{RefCell, RefMut};
use std::collections::HashMap;

/// A seat's session on the team server, with what it takes to open a new
/// one: when the server went away (restarted, the network dropped), the
/// statement under way failed with `offline` and nothing of it was kept;
/// the next use connects again by itself.
pub(crate) struct PgLink {
    client: RefCell<Client>,
    /// Prepared on `client`; forgotten when it is replaced.
    statements: RefCell<Statements>,
    target: Target,
}

impl PgLink {
    pub(crate) fn new(client: Client, target: Target) -> PgLink {
        PgLink {
            client: RefCell::new(client),
            statements: RefCell::default(),
            target,
        }
    }

    /// The session, connected again first if the last one was lost.
    pub(crate) fn client(&self) -> Result<RefMut<'_, Client>> {
        let mut c = self.client.borrow_mut();
        if c.is_closed() {
            self.statements.borrow_mut().0.clear();
            *c = crate::store::pg::connect(&self.target)?;
        }
        Ok(c)
    }

    /// The session with the statements prepared on it, for [`Pg`].
    pub(crate) fn session(&self) -> Result<(RefMut<'_, Client>, RefMut<'_, Statements>)> {
        let client = self.client()?;
        Ok((client, self.statements.borrow_mut()))
    }

    /// The server and database, which every failure names.
    pub(crate) fn target(&self) -> &Target {
        &self.target
    }
}

/// The statements prepared on one session, by the text the store wrote. The
/// store runs the same few dozen statements again and again (every log,
/// the nine reads of every dashboard): prepared once, each later run is one
/// round trip to the server instead of two (parse and describe, then bind
/// and execute), and the server does not parse it again.
#[derive(Default)]
pub(crate) struct Statements(HashMap<String, Statement>);

impl Statements {
    /// Well above the store's own statements; those built from table names
    /// (a push's copies) are few too. Beyond it the cache starts afresh.
    const MAX: usize = 256;

    /// Forgets every statement after a failure that may have been one of
    /// them: the schema changed under it ("cached plan must not change
    /// result type"), it is gone from the server, or the session is. A
    /// refused value (a duplicate, a check) keeps them.
    fn after(&mut self, e: &postgres::Error) {
        let class = e.code().map(|c| &c.code()[..2]);
        if matches!(class, None | Some("0A" | "26" | "42")) {
            self.0.clear();
        }
    }
}

impl ToSql for Value {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(v) => match *ty {
                Type::INT8 => v.to_sql(ty, out),
                Type::INT4 => i32::try_from(*v)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*v)?.to_sql(ty, out),
                Type::BOOL => (*v != 0).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR => v.to_string().to_sql(ty, out),
                _ => Err(format!("an integer cannot be bound as {ty}").into()),
            },
            Value::Text(v) => match *ty {
                Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
                    v.as_str().to_sql(ty, out)
                }
                _ => Err(format!("text cannot be bound as {ty}").into()),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        // Checked per value in `to_sql`, which names the type it refuses.
        true
    }

    to_sql_checked!();
}

/// How a column's values are read, decided once per statement from the
/// type the server describes: the store's columns are integers (BIGINT,
/// with INTEGER and SMALLINT from some casts), flags and text.
#[derive(Clone, Copy)]
enum Kind {
    Int8,
    Int4,
    Int2,
    Bool,
    Text,
    /// Refused when read (see `value`).
    Other,
}

fn kinds(stmt: &Statement) -> Vec<Kind> {
    stmt.columns()
        .iter()
        .map(|c| match *c.type_() {
            Type::INT8 => Kind::Int8,
            Type::INT4 => Kind::Int4,
            Type::INT2 => Kind::Int2,
            Type::BOOL => Kind::Bool,
            Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME => Kind::Text,
            _ => Kind::Other,
        })
        .collect()
}

/// A column's value as the server sent it (binary format), or NULL. The
/// client's typed reading checks the type and finds the column again for
/// every value; with the kinds decided once per statement, a row of the
/// dashboard's few thousand is read for a third of that.
struct Raw<'a>(Option<&'a [u8]>);

impl<'a> postgres::types::FromSql<'a> for Raw<'a> {
    fn from_sql(
        _: &Type,
        raw: &'a [u8],
    ) -> std::result::Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Raw(Some(raw)))
    }
    fn from_sql_null(
        _: &Type,
    ) -> std::result::Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Raw(None))
    }
    fn accepts(_: &Type) -> bool {
        // The kind was checked once for the statement (`kinds`).
        true
    }
}

fn unreadable(r: &postgres::Row, i: usize, why: &dyn std::fmt::Display) -> Error {
    Error::new(
        ErrorCode::Corrupt,
        format!(
            "a stored value of column '{}' cannot be read: {why}",
            r.columns()[i].name()
        ),
    )
}

fn value(r: &postgres::Row, i: usize, kind: Kind) -> Result<Value> {
    let unreadable = |why: &dyn std::fmt::Display| unreadable(r, i, why);
    if let Kind::Other = kind {
        // SUM(bigint) is numeric in PostgreSQL: the statement must cast
        // it back, as every statement of the store does.
        return Err(Error::new(
            ErrorCode::Io,
            format!(
                "column '{}' came back as {}; the statement must cast it to BIGINT or TEXT",
                r.columns()[i].name(),
                r.columns()[i].type_()
            ),
        ));
    }
    let Raw(raw) = r.try_get(i).map_err(|e| unreadable(&e))?;
    let Some(raw) = raw else {
        return Ok(Value::Null);
    };
    let wrong = || {
        unreadable(&format_args!(
            "{} bytes are not one value of its type",
            raw.len()
        ))
    };
    Ok(match kind {
        Kind::Int8 => Value::Int(i64::from_be_bytes(raw.try_into().map_err(|_| wrong())?)),
        Kind::Int4 => Value::Int(i32::from_be_bytes(raw.try_into().map_err(|_| wrong())?).into()),
        Kind::Int2 => Value::Int(i16::from_be_bytes(raw.try_into().map_err(|_| wrong())?).into()),
        Kind::Bool => match raw {
            [b] => Value::Int((*b != 0).into()),
            _ => return Err(wrong()),
        },
        Kind::Other => return Err(wrong()),
        Kind::Text => Value::Text(
            std::str::from_utf8(raw)
                .map_err(|e| unreadable(&e))?
                .to_string(),
        ),
    })
}

/// A row as the server sent it, read in place by the kinds of its
/// statement's columns.
struct PgCells<'a> {
    row: &'a postgres::Row,
    kinds: &'a [Kind],
}

impl PgCells<'_> {
    fn kind(&self, i: usize) -> Result<Kind> {
        self.kinds.get(i).copied().ok_or_else(|| {
            Error::new(
                ErrorCode::Io,
                format!("the statement returned no column {i}"),
            )
        })
    }
}

impl Cells for PgCells<'_> {
    fn int(&self, i: usize) -> Result<i64> {
        self.opt_int(i)?.ok_or_else(|| wrong_type(i, "an integer"))
    }
    fn opt_int(&self, i: usize) -> Result<Option<i64>> {
        // Integers are read by `value`, which allocates for text only.
        match self.kind(i)? {
            Kind::Text => Err(wrong_type(i, "an integer")),
            kind => match value(self.row, i, kind)? {
                Value::Int(v) => Ok(Some(v)),
                Value::Null => Ok(None),
                Value::Text(_) => Err(wrong_type(i, "an integer")),
            },
        }
    }
    fn str(&self, i: usize) -> Result<&str> {
        self.opt_str(i)?.ok_or_else(|| wrong_type(i, "text"))
    }
    fn opt_str(&self, i: usize) -> Result<Option<&str>> {
        let Kind::Text = self.kind(i)? else {
            return Err(wrong_type(i, "text"));
        };
        let Raw(raw) = self
            .row
            .try_get(i)
            .map_err(|e| unreadable(self.row, i, &e))?;
        raw.map(|b| std::str::from_utf8(b).map_err(|e| unreadable(self.row, i, &e)))
            .transpose()
    }
}

fn rows(got: Vec<postgres::Row>, stmt: &Statement) -> Result<Vec<Row>> {
    let kinds = kinds(stmt);
    got.iter()
        .map(|r| {
            kinds
                .iter()
                .enumerate()
                .map(|(i, k)| value(r, i, *k))
                .collect::<Result<_>>()
                .map(Row)
        })
        .collect()
}

fn named(got: Vec<postgres::Row>, stmt: &postgres::Statement) -> Result<(Vec<String>, Vec<Row>)> {
    let names = stmt
        .columns()
        .iter()
        .map(|c| c.name().to_string())
        .collect();
    Ok((names, rows(got, stmt)?))
}

fn refs(params: &[Value]) -> Vec<&(dyn ToSql + Sync)> {
    params.iter().map(|v| v as &(dyn ToSql + Sync)).collect()
}

/// [`Exec`] on a session or on a transaction of it, through the session's
/// prepared [`Statements`].
pub(crate) struct Pg<'a, C> {
    conn: &'a mut C,
    statements: &'a mut Statements,
    target: &'a Target,
}

impl<'a, C: GenericClient> Pg<'a, C> {
    pub(crate) fn new(conn: &'a mut C, statements: &'a mut Statements, target: &'a Target) -> Self {
        Pg {
            conn,
            statements,
            target,
        }
    }

    /// The statement of `sql`, prepared now if this session has not yet.
    fn statement(&mut self, sql: &str) -> Result<Statement> {
        if let Some(s) = self.statements.0.get(sql) {
            return Ok(s.clone());
        }
        let prepared = self.conn.prepare(&numbered_to_dollar(sql)?);
        let s = prepared.map_err(|e| self.failed(e))?;
        if self.statements.0.len() >= Statements::MAX {
            self.statements.0.clear();
        }
        self.statements.0.insert(sql.to_string(), s.clone());
        Ok(s)
    }

    fn failed(&mut self, e: postgres::Error) -> Error {
        self.statements.after(&e);
        classify(&e, self.target)
    }

    fn run(&mut self, sql: &str, params: &[Value]) -> Result<(Statement, Vec<postgres::Row>)> {
        let stmt = self.statement(sql)?;
        let got = self.conn.query(&stmt, &refs(params));
        Ok((stmt, got.map_err(|e| self.failed(e))?))
    }
}

impl<C: GenericClient> Exec for Pg<'_, C> {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }
    fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64> {
        let stmt = self.statement(sql)?;
        let done = self.conn.execute(&stmt, &refs(params));
        done.map_err(|e| self.failed(e))
    }
    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>> {
        let (stmt, got) = self.run(sql, params)?;
        rows(got, &stmt)
    }
    fn batch(&mut self, sql: &str) -> Result<()> {
        let done = self.conn.batch_execute(sql);
        done.map_err(|e| self.failed(e))
    }
    fn query_named(&mut self, sql: &str, params: &[Value]) -> Result<(Vec<String>, Vec<Row>)> {
        let (stmt, got) = self.run(sql, params)?;
        named(got, &stmt)
    }
    /// The rows as the server sent them, each turned into the store's in
    /// one buffer in turn, so that a large table is not also held as a
    /// vector of the store's rows. (Received in one go: the client's row
    /// iterator enters its runtime once per row, slower than holding the
    /// rows in their compact binary form.)
    fn for_each(
        &mut self,
        sql: &str,
        params: &[Value],
        f: &mut dyn FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        let (stmt, got) = self.run(sql, params)?;
        let kinds = kinds(&stmt);
        let mut row = Row(Vec::with_capacity(kinds.len()));
        for r in &got {
            row.0.clear();
            for (i, kind) in kinds.iter().enumerate() {
                row.0.push(value(r, i, *kind)?);
            }
            f(&row)?;
        }
        Ok(())
    }
    /// As [`Exec::for_each`], each row read where it lies.
    fn scan(
        &mut self,
        sql: &str,
        params: &[Value],
        f: &mut dyn FnMut(&dyn Cells) -> Result<()>,
    ) -> Result<()> {
        let (stmt, got) = self.run(sql, params)?;
        let kinds = kinds(&stmt);
        for row in &got {
            f(&PgCells { row, kinds: &kinds })?;
        }
        Ok(())
    }
}

/// One attempt of [`super::Conn::transaction`]: begins with the isolation
/// `kind` asks for, runs `f` and commits.
pub(super) fn run<T, R>(
    client: &mut Client,
    statements: &mut Statements,
    target: &Target,
    kind: super::TxKind,
    f: &mut impl FnMut(&mut dyn Exec) -> Result<std::result::Result<T, R>>,
) -> Result<std::result::Result<T, R>> {
    use super::TxKind;
    use postgres::IsolationLevel as L;
    let (level, read_only) = match kind {
        TxKind::Write => (L::ReadCommitted, false),
        TxKind::Serial => (L::Serializable, false),
        TxKind::Snapshot => (L::RepeatableRead, true),
    };
    let mut tx = client
        .build_transaction()
        .isolation_level(level)
        .read_only(read_only)
        .start()
        .map_err(|e| classify(&e, target))?;
    let out = f(&mut Pg::new(&mut tx, statements, target))?;
    if out.is_ok() {
        tx.commit().map_err(|e| classify(&e, target))?;
    }
    // Otherwise dropping the transaction rolls it back.
    Ok(out)
}

/// How long to wait before the `attempt`-th retry: a few milliseconds,
/// doubling, with a spread taken from the clock so that two seats that
/// collided retry at different moments.
pub(super) fn backoff(attempt: u32) -> std::time::Duration {
    let spread = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos() % 5_000_000);
    std::time::Duration::from_millis(5 << attempt.min(6))
        + std::time::Duration::from_nanos(spread.into())
}
