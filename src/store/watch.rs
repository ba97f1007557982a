//! Knowing when the database changed under an open session (issue 14,
//! "live screens"; issue 17, "metrics, warm"): a [`Watcher`] runs beside
//! the session on its own connection and reports every change another
//! connection commits, so that the app can drop what it cached and
//! refresh the open screens.
//!
//! On a file the signal is SQLite's `PRAGMA data_version`, which moves
//! whenever another connection commits to the file (the CLI importing
//! while the app is open, or the session's own connection, whose writes
//! drop the cache anyway); a file gives no table names, so every change
//! is reported as `all`. On a team database it is the server's change
//! notifications (`pg/listen.rs`): the triggers of schema version 7 name
//! the table, the operation and the row, and after every reconnect the
//! listener reports `all`, because notifications sent while it was away
//! are lost.

use super::pg::Target;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;
use ts_rs::TS;

/// How often a file's `data_version` is read: twice a second keeps a
/// change within the spec's 2 seconds with room for the page's debounce,
/// and one pragma on an idle connection costs microseconds.
pub const FILE_POLL: Duration = Duration::from_millis(500);

/// A table whose rows the screens show; the names are the schema's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Table {
    Settings,
    Channels,
    Sources,
    TrackingNumbers,
    Spend,
    Inquiries,
    Touchpoints,
    Deals,
    Targets,
    Traffic,
    Activity,
    Calls,
}

impl Table {
    pub const ALL: [Table; 12] = [
        Table::Settings,
        Table::Channels,
        Table::Sources,
        Table::TrackingNumbers,
        Table::Spend,
        Table::Inquiries,
        Table::Touchpoints,
        Table::Deals,
        Table::Targets,
        Table::Traffic,
        Table::Activity,
        Table::Calls,
    ];

    /// The table's name in the schema.
    pub fn name(self) -> &'static str {
        match self {
            Table::Settings => "settings",
            Table::Channels => "channels",
            Table::Sources => "sources",
            Table::TrackingNumbers => "tracking_numbers",
            Table::Spend => "spend",
            Table::Inquiries => "inquiries",
            Table::Touchpoints => "touchpoints",
            Table::Deals => "deals",
            Table::Targets => "targets",
            Table::Traffic => "traffic",
            Table::Activity => "activity",
            Table::Calls => "calls",
        }
    }

    pub fn of_name(name: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// What changed: the tables named, or, with `all`, anything at all (a
/// file, which names no tables; a reconnect, after which nothing is known
/// of what happened meanwhile; a table this build does not know).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(rename = "DataChanged")]
pub struct Change {
    pub tables: Vec<Table>,
    pub all: bool,
}

impl Change {
    pub fn everything() -> Change {
        Change {
            tables: Vec::new(),
            all: true,
        }
    }

    /// Adds `other` to this change, each table named once.
    pub fn merge(&mut self, other: Change) {
        self.all |= other.all;
        for t in other.tables {
            if !self.tables.contains(&t) {
                self.tables.push(t);
            }
        }
        self.tables.sort();
    }

    pub fn is_empty(&self) -> bool {
        !self.all && self.tables.is_empty()
    }
}

/// What a watcher watches: a database file, or a team database
/// ([`WatchOn::start`], beside `Store::watch_on`, starts the one that fits).
#[derive(Debug, Clone)]
pub enum WatchOn {
    File(PathBuf),
    Team(Target),
}

/// The background watch of one database, reporting each change to the
/// sink it was started with ([`Watcher::file`] here, the team database's
/// listener in `pg/listen.rs`). Dropping it stops the thread at its next
/// wake-up. A file's watcher is waited for (at most one 50 ms step and one
/// `PRAGMA`), because its read-only connection would otherwise outlive the
/// session for a moment and make whatever opens the file next, a restore or
/// a repair that needs the file to itself, find it locked. The server's
/// listener is not waited for: it may be inside a connect to a server that
/// is down, and holds nothing another program could trip over.
pub struct Watcher {
    stop: Arc<AtomicBool>,
    joined: Option<thread::JoinHandle<()>>,
}

impl Watcher {
    /// Runs `body` on a thread of its own until the watcher is dropped
    /// (`body` looks at the flag it is given). A thread that cannot start
    /// leaves the screens as they were before live screens: refreshed by
    /// the user and by this seat's own writes; nothing else depends on it.
    pub(crate) fn spawn(name: &str, body: impl FnOnce(&AtomicBool) + Send + 'static) -> Watcher {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let spawned = thread::Builder::new()
            .name(name.into())
            .spawn(move || body(&flag));
        drop(spawned);
        Watcher { stop, joined: None }
    }

    /// Watches the database file at `path`; dropping the watcher waits for
    /// its thread, and so for its connection to close.
    pub fn file(path: PathBuf, sink: impl Fn(Change) + Send + 'static) -> Watcher {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let joined = thread::Builder::new()
            .name("leadledger-watch-file".into())
            .spawn(move || watch_file(&path, &flag, &sink))
            .ok();
        Watcher { stop, joined }
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.joined.take() {
            // A watcher thread that panicked has nothing left to close.
            let _ = thread.join();
        }
    }
}

/// Sleeps `total` in short steps, returning early (false) when stopped.
pub(crate) fn pause(total: Duration, stop: &AtomicBool) -> bool {
    let step = Duration::from_millis(50);
    let mut left = total;
    while !left.is_zero() {
        if stop.load(Ordering::Relaxed) {
            return false;
        }
        let now = left.min(step);
        thread::sleep(now);
        left -= now;
    }
    !stop.load(Ordering::Relaxed)
}

/// The file's identity, so that a file replaced under its name (a restore
/// renames a new file into place) is opened again rather than watched in
/// its old, unlinked form.
fn identity(path: &std::path::Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

fn watch_file(path: &std::path::Path, stop: &AtomicBool, sink: &dyn Fn(Change)) {
    use rusqlite::{Connection, OpenFlags};
    let mut open: Option<(Connection, (u64, u64), i64)> = None;
    // The first look is at once, so that a change made right after the
    // session opened is measured against the file as it opened.
    let mut first = true;
    while std::mem::take(&mut first) || pause(FILE_POLL, stop) {
        let id = identity(path);
        if open.as_ref().map(|o| Some(o.1)) != Some(id) {
            // First look, or the file was replaced: a replaced file is a
            // change of everything.
            let had = open.take().is_some();
            let Some(id) = id else { continue };
            let Ok(conn) = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            else {
                continue;
            };
            let Ok(version) = data_version(&conn) else {
                continue;
            };
            open = Some((conn, id, version));
            if had {
                sink(Change::everything());
            }
            continue;
        }
        let Some((conn, _, seen)) = open.as_mut() else {
            continue;
        };
        match data_version(conn) {
            Ok(v) if v != *seen => {
                *seen = v;
                sink(Change::everything());
            }
            Ok(_) => {}
            // Busy for a moment (a checkpoint): ask again at the next tick.
            Err(_) => {}
        }
    }
}

fn data_version(conn: &rusqlite::Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA data_version", [], |r| r.get(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged_changes_name_each_table_once() {
        let mut c = Change::default();
        assert!(c.is_empty());
        for t in [Table::Touchpoints, Table::Inquiries, Table::Touchpoints] {
            c.merge(Change {
                tables: vec![t],
                all: false,
            });
        }
        assert_eq!(c.tables, vec![Table::Inquiries, Table::Touchpoints]);
        assert!(!c.all);
        c.merge(Change::everything());
        assert!(c.all && !c.is_empty());
    }

    #[test]
    fn every_table_is_found_by_its_name() {
        for t in Table::ALL {
            assert_eq!(Table::of_name(t.name()), Some(t));
        }
        assert_eq!(Table::of_name("audit"), None);
    }
}
