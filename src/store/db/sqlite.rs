//! [`Exec`] on SQLite: rusqlite's connection and transaction, each statement
//! prepared once and kept in rusqlite's statement cache.

use super::{wrong_type, Cells, Dialect, Exec, Row, Value};
use crate::error::{Error, ErrorCode, Result};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::Connection;

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Value::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Value::Int(v) => ToSqlOutput::Borrowed(ValueRef::Integer(*v)),
            Value::Text(v) => ToSqlOutput::Borrowed(ValueRef::Text(v.as_bytes())),
        })
    }
}

fn value(v: ValueRef<'_>) -> Result<Value> {
    match v {
        ValueRef::Null => Ok(Value::Null),
        ValueRef::Integer(i) => Ok(Value::Int(i)),
        // Checked first as it nearly always is: valid UTF-8 (the validation
        // is much faster than the lossy conversion's scan).
        ValueRef::Text(t) => Ok(Value::Text(match std::str::from_utf8(t) {
            Ok(s) => s.to_owned(),
            Err(_) => String::from_utf8_lossy(t).into_owned(),
        })),
        // The schema has neither: money is integer minor units, and no
        // column holds bytes. Such a value was written by something else.
        ValueRef::Real(_) | ValueRef::Blob(_) => Err(Error::new(
            ErrorCode::Corrupt,
            "a stored value is a float or bytes, which no Leadledger column holds",
        )),
    }
}

/// A row of rusqlite's read in place.
struct LiteCells<'a, 'b>(&'a rusqlite::Row<'b>);

impl LiteCells<'_, '_> {
    fn get(&self, i: usize) -> Result<ValueRef<'_>> {
        Ok(self.0.get_ref(i)?)
    }
}

impl Cells for LiteCells<'_, '_> {
    fn int(&self, i: usize) -> Result<i64> {
        self.opt_int(i)?.ok_or_else(|| wrong_type(i, "an integer"))
    }
    fn opt_int(&self, i: usize) -> Result<Option<i64>> {
        match self.get(i)? {
            ValueRef::Null => Ok(None),
            ValueRef::Integer(v) => Ok(Some(v)),
            _ => Err(wrong_type(i, "an integer")),
        }
    }
    fn str(&self, i: usize) -> Result<&str> {
        self.opt_str(i)?.ok_or_else(|| wrong_type(i, "text"))
    }
    fn opt_str(&self, i: usize) -> Result<Option<&str>> {
        match self.get(i)? {
            ValueRef::Null => Ok(None),
            // Borrowed, so it must be valid as it is; the store writes
            // nothing else, and a file edited by other means is refused
            // as corrupt rather than read with replacement characters.
            ValueRef::Text(t) => std::str::from_utf8(t)
                .map(Some)
                .map_err(|_| wrong_type(i, "UTF-8 text")),
            _ => Err(wrong_type(i, "text")),
        }
    }
}

fn query(c: &Connection, sql: &str, params: &[Value]) -> Result<Vec<Row>> {
    let mut stmt = c.prepare_cached(sql)?;
    let n = stmt.column_count();
    let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut cols = Vec::with_capacity(n);
        for i in 0..n {
            cols.push(value(r.get_ref(i)?)?);
        }
        out.push(Row(cols));
    }
    Ok(out)
}

fn execute(c: &Connection, sql: &str, params: &[Value]) -> Result<u64> {
    let n = c
        .prepare_cached(sql)?
        .execute(rusqlite::params_from_iter(params))?;
    Ok(n as u64)
}

/// A connection or a transaction (which derefs to its connection): rusqlite
/// runs statements through a shared reference either way.
pub(crate) struct Lite<'a>(pub(crate) &'a Connection);

impl Exec for Lite<'_> {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }
    fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64> {
        execute(self.0, sql, params)
    }
    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>> {
        query(self.0, sql, params)
    }
    fn batch(&mut self, sql: &str) -> Result<()> {
        Ok(self.0.execute_batch(sql)?)
    }
    fn query_named(&mut self, sql: &str, params: &[Value]) -> Result<(Vec<String>, Vec<Row>)> {
        let names = self
            .0
            .prepare_cached(sql)?
            .column_names()
            .iter()
            .map(|c| c.to_string())
            .collect();
        Ok((names, query(self.0, sql, params)?))
    }
    fn for_each(
        &mut self,
        sql: &str,
        params: &[Value],
        f: &mut dyn FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.0.prepare_cached(sql)?;
        let n = stmt.column_count();
        let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
        // One row's buffer serves every row.
        let mut row = Row(Vec::with_capacity(n));
        while let Some(r) = rows.next()? {
            row.0.clear();
            for i in 0..n {
                row.0.push(value(r.get_ref(i)?)?);
            }
            f(&row)?;
        }
        Ok(())
    }
    fn scan(
        &mut self,
        sql: &str,
        params: &[Value],
        f: &mut dyn FnMut(&dyn Cells) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.0.prepare_cached(sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
        while let Some(r) = rows.next()? {
            f(&LiteCells(r))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::db::vals;

    #[test]
    fn values_round_trip() {
        let conn = Connection::open_in_memory().unwrap();
        let mut c = Lite(&conn);
        c.batch("CREATE TABLE t (a INTEGER, b TEXT) STRICT")
            .unwrap();
        let n = c
            .execute(
                "INSERT INTO t (a, b) VALUES (?1, ?2), (?3, ?4)",
                vals![7i64, "x", None::<i64>, None::<String>],
            )
            .unwrap();
        assert_eq!(n, 2);
        let rows = c.query("SELECT a, b FROM t ORDER BY a", &[]).unwrap();
        assert_eq!(rows[0].0, vec![Value::Null, Value::Null]);
        assert_eq!(rows[1].int(0).unwrap(), 7);
        assert_eq!(rows[1].text(1).unwrap(), "x");
    }
}
