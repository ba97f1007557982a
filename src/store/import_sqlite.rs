//! What an import does differently on SQLite to be fast at a million
//! rows within its memory budget: the connection's settings for the length
//! of the import, and the index on the arrival time dropped and built again
//! after the last row. PostgreSQL needs neither (its server has its own
//! memory and plans the index writes itself), so every function here does
//! nothing for it.

use super::db::{Dialect, Exec};
use crate::csvio::Kind;
use crate::error::Result;

/// SQLite settings for the length of one import, put back when it ends.
/// The statement journal that the audit triggers make SQLite keep for
/// every row stays in memory instead of a temporary file (the profile put
/// its writes at a quarter of the import), and the page cache is 64 MiB
/// rather than 2, so that the transaction's dirty pages are spilled to the
/// WAL less often; both are in the 150 MB an import may use.
pub(super) struct Tuned<'a>(Option<&'a rusqlite::Connection>);

impl<'a> Tuned<'a> {
    pub(super) fn begin(conn: Option<&'a rusqlite::Connection>) -> Tuned<'a> {
        let set =
            conn.map(|c| c.execute_batch("PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536"));
        // Without them the import is slower, not wrong.
        Tuned(conn.filter(|_| matches!(set, Some(Ok(())))))
    }
}

impl Drop for Tuned<'_> {
    fn drop(&mut self) {
        if let Some(c) = self.0 {
            let _ = c.execute_batch("PRAGMA temp_store = DEFAULT; PRAGMA cache_size = -2000");
        }
    }
}

/// Drops, for an import of inquiries into SQLite with more rows than the
/// table holds, the table's indexes that enforce nothing (the one on the
/// arrival time), and answers the statements that build them again, which
/// run after the last row, before the commit. Rows in the order of a file
/// land at random places of such an index, which a table outgrowing the
/// page cache pays for with a read per row; built at the end it is one
/// sort. A refused or failed import rolls the drop back with the rows.
pub(super) fn defer_indexes(tx: &mut dyn Exec, kind: Kind, records: usize) -> Result<Vec<String>> {
    // The sort of the rebuilt index is held in memory (temporary storage
    // is, for the statement journals), about 70 bytes a row: up to this
    // many rows it stays within the import's 150 MB; a larger table keeps
    // its index and pays the reads instead.
    const DEFER_AT_MOST: i64 = 1_000_000;
    if tx.dialect() != Dialect::Sqlite || kind != Kind::Inquiries {
        return Ok(Vec::new());
    }
    let stored = tx
        .query_one("SELECT count(*) FROM inquiries", &[])?
        .int(0)?;
    if records as i64 <= stored || records as i64 + stored > DEFER_AT_MOST {
        return Ok(Vec::new());
    }
    let indexes = tx.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'inquiries' \
         AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'",
        &[],
    )?;
    let mut build = Vec::new();
    for index in indexes {
        tx.batch(&format!("DROP INDEX \"{}\"", index.text(0)?))?;
        build.push(index.text(1)?);
    }
    Ok(build)
}

/// Builds the indexes [`defer_indexes`] dropped, inside the import's
/// transaction, before the commit.
pub(super) fn build_deferred(tx: &mut dyn Exec, deferred: &[String]) -> Result<()> {
    if !deferred.is_empty() {
        // With temporary storage in memory the sort that builds an index is
        // held there whole: the page cache makes room for it.
        tx.batch("PRAGMA cache_size = -8192")?;
    }
    for sql in deferred {
        tx.batch(sql)?;
    }
    Ok(())
}
