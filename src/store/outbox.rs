//! The seat's outbox: entries logged while the team server could not be
//! reached, kept in a small SQLite file of their own beside the app's
//! settings until the server has acknowledged them. Each entry holds the
//! UUID it was given where it was entered and the whole form as the page
//! sent it (JSON), under the team database it is meant for. The store on
//! the server makes sending idempotent by that UUID
//! ([`super::Store::save_inquiry_once`]), so an entry is removed here only
//! after the server answered, and sending it again after a crash in
//! between stores it once all the same.

use crate::error::{Error, ErrorCode, Result};
use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension};
use std::path::{Path, PathBuf};

/// The outbox file's own schema version, in its `user_version`.
pub const OUTBOX_VERSION: i64 = 1;

const SCHEMA: &str = "
CREATE TABLE entries (
    seq        INTEGER PRIMARY KEY,
    team       TEXT NOT NULL,
    uuid       TEXT NOT NULL UNIQUE,
    entered_at TEXT NOT NULL,
    input      TEXT NOT NULL,
    problem    TEXT
) STRICT;
CREATE INDEX entries_team ON entries (team, seq);
";

/// One entry waiting to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    /// The order entries were logged in, which is the order they are sent.
    pub seq: i64,
    pub uuid: String,
    /// When it was put in the outbox (local time).
    pub entered_at: NaiveDateTime,
    /// The entry as its caller wrote it (the app's form as JSON).
    pub input: String,
    /// Why the server refused it, when it did for a reason other than
    /// being out of reach (a source removed meanwhile): it is then kept,
    /// not sent again by itself, and shown with that reason.
    pub problem: Option<String>,
}

pub struct Outbox {
    conn: Connection,
    path: PathBuf,
}

fn io(path: &Path, e: rusqlite::Error) -> Error {
    Error::new(ErrorCode::Io, format!("the outbox {}: {e}", path.display()))
}

impl Outbox {
    /// Opens the outbox at `path`, creating it (and its folder) if needed.
    /// A file of a newer outbox version is refused rather than guessed at.
    pub fn open(path: &Path) -> Result<Outbox> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                Error::new(
                    ErrorCode::Io,
                    format!("cannot create {}: {e}", dir.display()),
                )
            })?;
        }
        let conn = Connection::open(path).map_err(|e| io(path, e))?;
        // A crash between the server's answer and the removal is the one
        // case the UUID covers; the file itself must not lose a commit.
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")
            .map_err(|e| io(path, e))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(|e| io(path, e))?;
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| io(path, e))?;
        match version {
            0 => conn
                .execute_batch(&format!(
                    "BEGIN; {SCHEMA} PRAGMA user_version = {OUTBOX_VERSION}; COMMIT;"
                ))
                .map_err(|e| io(path, e))?,
            OUTBOX_VERSION => {}
            v => {
                return Err(Error::new(
                    ErrorCode::DatabaseTooNew,
                    format!(
                        "the outbox {} is of version {v}, this version knows up to \
                         {OUTBOX_VERSION}; update Leadledger to send what waits in it",
                        path.display()
                    ),
                ))
            }
        }
        Ok(Outbox {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Keeps an entry for the team database `team` (its key, see the app's
    /// session). The same UUID twice is the same entry: kept once.
    pub fn put(
        &self,
        team: &str,
        uuid: &str,
        entered_at: NaiveDateTime,
        input: &str,
    ) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO entries (team, uuid, entered_at, input) VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (uuid) DO NOTHING",
                params![
                    team,
                    uuid,
                    entered_at.format("%Y-%m-%d %H:%M:%S").to_string(),
                    input
                ],
            )
            .map_err(|e| io(&self.path, e))?;
        Ok(())
    }

    /// The entries waiting for `team`, oldest first.
    pub fn waiting(&self, team: &str) -> Result<Vec<Waiting>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT seq, uuid, entered_at, input, problem FROM entries \
                 WHERE team = ?1 ORDER BY seq",
            )
            .map_err(|e| io(&self.path, e))?;
        let rows = stmt
            .query_map([team], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                ))
            })
            .map_err(|e| io(&self.path, e))?;
        let mut out = Vec::new();
        for row in rows {
            let (seq, uuid, at, input, problem) = row.map_err(|e| io(&self.path, e))?;
            let entered_at =
                NaiveDateTime::parse_from_str(&at, "%Y-%m-%d %H:%M:%S").map_err(|e| {
                    Error::new(
                        ErrorCode::Corrupt,
                        format!("the outbox's entry {uuid}: time '{at}': {e}"),
                    )
                })?;
            out.push(Waiting {
                seq,
                uuid,
                entered_at,
                input,
                problem,
            });
        }
        Ok(out)
    }

    /// How many entries wait for `team`.
    pub fn count(&self, team: &str) -> Result<u32> {
        self.conn
            .query_row(
                "SELECT count(*) FROM entries WHERE team = ?1",
                [team],
                |r| r.get(0),
            )
            .map_err(|e| io(&self.path, e))
    }

    /// Removes the entry the server acknowledged.
    pub fn remove(&self, uuid: &str) -> Result<()> {
        self.conn
            .execute("DELETE FROM entries WHERE uuid = ?1", [uuid])
            .map_err(|e| io(&self.path, e))?;
        Ok(())
    }

    /// Notes why the server refused an entry (`None` clears it, to try
    /// again).
    pub fn set_problem(&self, uuid: &str, problem: Option<&str>) -> Result<()> {
        self.conn
            .execute(
                "UPDATE entries SET problem = ?2 WHERE uuid = ?1",
                params![uuid, problem],
            )
            .map_err(|e| io(&self.path, e))?;
        Ok(())
    }

    /// The entry with `uuid`, if it still waits.
    pub fn contains(&self, uuid: &str) -> Result<bool> {
        self.conn
            .query_row("SELECT 1 FROM entries WHERE uuid = ?1", [uuid], |_| Ok(()))
            .optional()
            .map(|r| r.is_some())
            .map_err(|e| io(&self.path, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
    }

    #[test]
    fn entries_wait_in_order_per_team_and_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings").join("outbox.db");
        let outbox = Outbox::open(&path).unwrap();
        outbox
            .put("a", "u1", at("2026-03-02 09:00:00"), "{1}")
            .unwrap();
        outbox
            .put("b", "u2", at("2026-03-02 09:01:00"), "{2}")
            .unwrap();
        outbox
            .put("a", "u3", at("2026-03-02 09:02:00"), "{3}")
            .unwrap();
        // The same entry again (a retried put) stays one entry.
        outbox
            .put("a", "u1", at("2026-03-02 09:03:00"), "{1}")
            .unwrap();
        drop(outbox);
        let outbox = Outbox::open(&path).unwrap();
        let a: Vec<_> = outbox
            .waiting("a")
            .unwrap()
            .into_iter()
            .map(|w| w.uuid)
            .collect();
        assert_eq!(a, ["u1", "u3"]);
        assert_eq!(outbox.count("b").unwrap(), 1);
        outbox.set_problem("u3", Some("gone")).unwrap();
        assert_eq!(
            outbox.waiting("a").unwrap()[1].problem.as_deref(),
            Some("gone")
        );
        outbox.remove("u1").unwrap();
        assert!(!outbox.contains("u1").unwrap());
        assert_eq!(outbox.count("a").unwrap(), 1);
    }

    #[test]
    fn a_newer_outbox_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("outbox.db");
        Connection::open(&path)
            .unwrap()
            .execute_batch("PRAGMA user_version = 7")
            .unwrap();
        let e = Outbox::open(&path).err().unwrap();
        assert_eq!(e.code, ErrorCode::DatabaseTooNew, "{e}");
    }
}
