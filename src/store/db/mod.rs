//! One way to run SQL on either engine. The store's statements are written
//! once where the two engines agree (which is nearly everywhere: both take
//! `INSERT … RETURNING`, `ON CONFLICT`, `IS DISTINCT FROM` and row values),
//! with `?1`-style numbered placeholders that the PostgreSQL side rewrites to
//! `$1`; where they differ, the store asks [`Exec::dialect`] and writes each
//! engine's statement beside the other, so the difference is in plain sight.
//!
//! Values cross as [`Value`] (integers and text: the schema stores money as
//! integer minor units, dates as ISO text and flags as 0 or 1), and rows come
//! back owned, so no caller depends on either client's row type.

mod pg;
mod sqlite;

use crate::error::{Error, ErrorCode, Result};

pub(crate) use pg::PgLink;
pub(crate) use sqlite::Lite;

/// A value bound to a statement or read from a row.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Value {
    Null,
    Int(i64),
    Text(String),
}

impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Value::Int(v)
    }
}

impl From<i32> for Value {
    fn from(v: i32) -> Self {
        Value::Int(v.into())
    }
}

impl From<u32> for Value {
    fn from(v: u32) -> Self {
        Value::Int(v.into())
    }
}

impl From<bool> for Value {
    fn from(v: bool) -> Self {
        Value::Int(v as i64)
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Value::Text(v.to_string())
    }
}

impl From<String> for Value {
    fn from(v: String) -> Self {
        Value::Text(v)
    }
}

impl From<&String> for Value {
    fn from(v: &String) -> Self {
        Value::Text(v.clone())
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Self {
        v.map_or(Value::Null, Into::into)
    }
}

impl<T: Clone + Into<Value>> From<&Option<T>> for Value {
    fn from(v: &Option<T>) -> Self {
        v.clone().map_or(Value::Null, Into::into)
    }
}

/// `vals![a, b, c]`: the parameters of a statement, each turned into a
/// [`Value`].
macro_rules! vals {
    ($($v:expr),* $(,)?) => {
        &[$($crate::store::db::Value::from($v)),*]
    };
}
pub(crate) use vals;

/// One row of a result, its columns in the statement's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row(pub(crate) Vec<Value>);

impl Row {
    fn column(&self, i: usize) -> Result<&Value> {
        self.0.get(i).ok_or_else(|| {
            Error::new(
                ErrorCode::Io,
                format!("the statement returned no column {i}"),
            )
        })
    }

    fn wrong(&self, i: usize, want: &str) -> Error {
        Error::new(
            ErrorCode::Corrupt,
            format!("stored column {i} is {:?}, not {want}", self.0.get(i)),
        )
    }

    pub(crate) fn int(&self, i: usize) -> Result<i64> {
        match self.column(i)? {
            Value::Int(v) => Ok(*v),
            _ => Err(self.wrong(i, "an integer")),
        }
    }

    pub(crate) fn opt_int(&self, i: usize) -> Result<Option<i64>> {
        match self.column(i)? {
            Value::Null => Ok(None),
            Value::Int(v) => Ok(Some(*v)),
            Value::Text(_) => Err(self.wrong(i, "an integer")),
        }
    }

    pub(crate) fn text(&self, i: usize) -> Result<String> {
        match self.column(i)? {
            Value::Text(v) => Ok(v.clone()),
            _ => Err(self.wrong(i, "text")),
        }
    }

    pub(crate) fn opt_text(&self, i: usize) -> Result<Option<String>> {
        match self.column(i)? {
            Value::Null => Ok(None),
            Value::Text(v) => Ok(Some(v.clone())),
            Value::Int(_) => Err(self.wrong(i, "text")),
        }
    }
}

/// A row read in place, for the loads that turn many rows into records:
/// text is borrowed from the engine's own buffer rather than copied into a
/// [`Value`] first, so a column the record keeps is allocated once and a
/// column it only parses (a date, a kind) never is.
pub(crate) trait Cells {
    fn int(&self, i: usize) -> Result<i64>;
    fn opt_int(&self, i: usize) -> Result<Option<i64>>;
    fn str(&self, i: usize) -> Result<&str>;
    fn opt_str(&self, i: usize) -> Result<Option<&str>>;
}

impl Cells for Row {
    fn int(&self, i: usize) -> Result<i64> {
        Row::int(self, i)
    }
    fn opt_int(&self, i: usize) -> Result<Option<i64>> {
        Row::opt_int(self, i)
    }
    fn str(&self, i: usize) -> Result<&str> {
        self.opt_str(i)?.ok_or_else(|| self.wrong(i, "text"))
    }
    fn opt_str(&self, i: usize) -> Result<Option<&str>> {
        match self.column(i)? {
            Value::Null => Ok(None),
            Value::Text(v) => Ok(Some(v)),
            Value::Int(_) => Err(self.wrong(i, "text")),
        }
    }
}

/// The error of a column that holds the wrong type, for the [`Cells`] of
/// either engine.
pub(crate) fn wrong_type(i: usize, want: &str) -> Error {
    Error::new(
        ErrorCode::Corrupt,
        format!("stored column {i} is not {want}"),
    )
}

/// Which engine a statement goes to, for the few statements that differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    Sqlite,
    Postgres,
}

/// `column = param` as a name is compared: channel and source names are
/// unique regardless of ASCII case. SQLite's columns carry `COLLATE NOCASE`;
/// PostgreSQL's unique indexes are on `ll_nocase(name)`, the same ASCII-only
/// folding, which the comparison must name to mean the same (and to use
/// the index).
pub(crate) fn name_eq(dialect: Dialect, column: &str, param: &str) -> String {
    match dialect {
        Dialect::Sqlite => format!("{column} = {param}"),
        Dialect::Postgres => format!("ll_nocase({column}) = ll_nocase({param})"),
    }
}

/// What a transaction is for; each engine picks its isolation from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TxKind {
    /// A change of a few rows. SQLite takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so two writers queue instead of failing half-way;
    /// PostgreSQL runs at READ COMMITTED and locks the rows it touches.
    Write,
    /// A change that must see one state throughout, such as an import.
    /// PostgreSQL runs SERIALIZABLE and may refuse it with a serialization
    /// failure, which [`is_retryable`] recognises.
    Serial,
    /// A read of many tables that must agree with each other (a dashboard,
    /// a report, an export): one snapshot, read only.
    Snapshot,
}

/// Runs statements: a connection outside a transaction, or a transaction.
pub(crate) trait Exec {
    fn dialect(&self) -> Dialect;
    /// Runs a statement and answers how many rows it changed.
    fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64>;
    /// Runs a query and answers all of its rows.
    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>>;
    /// Runs several statements without parameters (a migration).
    fn batch(&mut self, sql: &str) -> Result<()>;
    /// Runs a query and answers its column names with its rows, for the
    /// code that keeps whole rows as they are stored (undo, copying a
    /// database between engines).
    fn query_named(&mut self, sql: &str, params: &[Value]) -> Result<(Vec<String>, Vec<Row>)>;

    /// Hands each row of a query to `f` in turn, so a large table is read
    /// without holding all of its rows twice (as rows and as records).
    fn for_each(
        &mut self,
        sql: &str,
        params: &[Value],
        f: &mut dyn FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        for r in self.query(sql, params)? {
            f(&r)?;
        }
        Ok(())
    }

    /// Hands each row of a query to `f` read in place ([`Cells`]): the
    /// same rows as [`Exec::for_each`], without a copy of each value.
    fn scan(
        &mut self,
        sql: &str,
        params: &[Value],
        f: &mut dyn FnMut(&dyn Cells) -> Result<()>,
    ) -> Result<()> {
        self.for_each(sql, params, &mut |r| f(r))
    }

    /// The first row, if any.
    fn query_opt(&mut self, sql: &str, params: &[Value]) -> Result<Option<Row>> {
        Ok(self.query(sql, params)?.into_iter().next())
    }

    /// The one row a query must return.
    fn query_one(&mut self, sql: &str, params: &[Value]) -> Result<Row> {
        self.query_opt(sql, params)?.ok_or_else(|| {
            Error::new(
                ErrorCode::Io,
                format!("the query returned no row: {}", first_line(sql)),
            )
        })
    }
}

fn first_line(sql: &str) -> &str {
    sql.lines().next().unwrap_or(sql).trim()
}

/// A failure that the same transaction, run again from its start, may not
/// meet: a serialization failure or a deadlock on PostgreSQL. (SQLite needs
/// no retry: its writers queue for the file's lock, `busy_timeout`.)
pub(crate) fn is_retryable(e: &Error) -> bool {
    e.code == ErrorCode::Busy
}

/// How many times a PostgreSQL transaction that met another seat's is run
/// again before the change is given up with `busy`; each retry waits a
/// little longer, so that two seats that collided do not collide again.
const RETRIES: u32 = 6;

/// The open database, on either engine. Its methods take `&self`, as the
/// store's readers do: rusqlite runs statements through a shared reference,
/// and the PostgreSQL client, which needs `&mut`, sits in a `RefCell` of its
/// [`PgLink`] (the
/// store is used by one thread at a time; the session holds it in a mutex).
pub(crate) enum Conn {
    Sqlite(rusqlite::Connection),
    Postgres(Box<PgLink>),
}

impl Conn {
    /// The SQLite connection, for what only a file has (pragmas, the
    /// integrity check, `VACUUM INTO`); `None` on a team server.
    pub(crate) fn sqlite(&self) -> Option<&rusqlite::Connection> {
        match self {
            Conn::Sqlite(c) => Some(c),
            Conn::Postgres(_) => None,
        }
    }

    /// Runs `f` outside a transaction: each statement commits by itself.
    pub(crate) fn with<T>(&self, f: impl FnOnce(&mut dyn Exec) -> Result<T>) -> Result<T> {
        match self {
            Conn::Sqlite(c) => f(&mut Lite(c)),
            Conn::Postgres(link) => {
                let (mut client, mut statements) = link.session()?;
                f(&mut pg::Pg::new(
                    &mut *client,
                    &mut statements,
                    link.target(),
                ))
            }
        }
    }

    /// Runs `f` in one transaction of `kind` and commits it; an error from
    /// `f` rolls everything back. On PostgreSQL a transaction that met
    /// another seat's (a serialization failure, a deadlock) is run again
    /// from the start, up to [`RETRIES`] times, so `f` must compute its
    /// change from what it reads, never from state kept between attempts.
    pub(crate) fn transaction<T>(
        &self,
        kind: TxKind,
        mut f: impl FnMut(&mut dyn Exec) -> Result<T>,
    ) -> Result<T> {
        let out =
            self.transaction_or_rollback(kind, |tx| f(tx).map(Ok::<T, std::convert::Infallible>))?;
        Ok(out.unwrap_or_else(|never| match never {}))
    }

    /// Like [`Conn::transaction`], for a change that may be refused as a
    /// whole without a failure (an import with bad rows): `Ok(Err(_))` from
    /// `f` rolls back and is handed back as it is.
    pub(crate) fn transaction_or_rollback<T, R>(
        &self,
        kind: TxKind,
        mut f: impl FnMut(&mut dyn Exec) -> Result<std::result::Result<T, R>>,
    ) -> Result<std::result::Result<T, R>> {
        match self {
            Conn::Sqlite(c) => {
                use rusqlite::TransactionBehavior as B;
                let behavior = match kind {
                    TxKind::Write | TxKind::Serial => B::Immediate,
                    TxKind::Snapshot => B::Deferred,
                };
                let tx = rusqlite::Transaction::new_unchecked(c, behavior)?;
                let out = f(&mut Lite(&tx))?;
                if out.is_ok() {
                    tx.commit()?;
                }
                // Otherwise dropping the transaction rolls it back.
                Ok(out)
            }
            Conn::Postgres(link) => {
                let (mut client, mut statements) = link.session()?;
                let mut attempt = 0;
                loop {
                    attempt += 1;
                    match pg::run(&mut client, &mut statements, link.target(), kind, &mut f) {
                        Err(e) if is_retryable(&e) && attempt < RETRIES => {
                            std::thread::sleep(pg::backoff(attempt));
                        }
                        Err(e) if is_retryable(&e) => {
                            return Err(Error::new(
                                ErrorCode::Busy,
                                format!(
                                    "the change met other seats' changes {attempt} times in a \
                                     row and was given up; nothing of it was saved. Try again \
                                     ({})",
                                    e.message
                                ),
                            ))
                        }
                        other => return other,
                    }
                }
            }
        }
    }
}

/// Runs `f` so that a statement of it that fails leaves the transaction
/// usable: an import records a bad row and goes on to the next. SQLite
/// undoes just the failed statement by itself; PostgreSQL aborts the whole
/// transaction unless the row runs under a savepoint, rolled back when it
/// fails.
pub(crate) fn guarded<T>(
    tx: &mut dyn Exec,
    f: impl FnOnce(&mut dyn Exec) -> Result<T>,
) -> Result<T> {
    if tx.dialect() == Dialect::Sqlite {
        return f(tx);
    }
    tx.batch("SAVEPOINT row")?;
    match f(tx) {
        Ok(v) => {
            tx.batch("RELEASE SAVEPOINT row")?;
            Ok(v)
        }
        Err(e) => {
            tx.batch("ROLLBACK TO SAVEPOINT row")?;
            Err(e)
        }
    }
}

/// `?1` … `?N` become `$1` … `$N`, outside string literals and quoted names.
/// A bare `?` is refused: every statement numbers its parameters, so the two
/// engines bind them the same way.
pub(crate) fn numbered_to_dollar(sql: &str) -> Result<String> {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut quote: Option<char> = None;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                out.push(c);
            }
            None if c == '?' => {
                if !chars.peek().is_some_and(char::is_ascii_digit) {
                    return Err(Error::new(
                        ErrorCode::Io,
                        format!(
                            "a statement uses an unnumbered parameter: {}",
                            first_line(sql)
                        ),
                    ));
                }
                out.push('$');
            }
            None => out.push(c),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_renumbered_outside_literals() {
        assert_eq!(
            numbered_to_dollar("SELECT '?1', \"a?2\" FROM t WHERE x = ?1 AND y IN (?2, ?10)")
                .unwrap(),
            "SELECT '?1', \"a?2\" FROM t WHERE x = $1 AND y IN ($2, $10)"
        );
        assert!(numbered_to_dollar("SELECT ? FROM t").is_err());
    }

    #[test]
    fn rows_read_their_types_and_refuse_others() {
        let r = Row(vec![Value::Int(3), Value::Null, Value::Text("x".into())]);
        assert_eq!(r.int(0).unwrap(), 3);
        assert_eq!(r.opt_int(1).unwrap(), None);
        assert_eq!(r.opt_text(1).unwrap(), None);
        assert_eq!(r.text(2).unwrap(), "x");
        assert!(r.int(2).is_err());
        assert!(r.text(0).is_err());
        assert!(r.int(5).is_err());
    }
}
