//! A team's database on a PostgreSQL server as a [`Store`]: opening it,
//! preparing an empty one (`team init`), upgrading its schema, and moving
//! records between the engines exactly (`team push`, `team pull`): every
//! row of every table with its ids, the audit trail and the settings, so
//! that the figures read the same before and after.
//!
//! The copy goes table by table in the order the foreign keys need, each
//! row as stored (`SELECT *`), inside one transaction on the receiving side
//! with its triggers off: the rows arrive as they were, and the audit trail
//! is copied rather than written anew. A copy that fails leaves the
//! receiving database as it was.

use super::db::{self, Conn, Exec, PgLink, TxKind, Value};
use super::watch::{Change, WatchOn, Watcher};
use super::{pg, settings, Store};
use crate::error::{Error, ErrorCode, Result};
use crate::records::Settings;
use crate::role::{Act, Role};
use std::path::{Path, PathBuf};

/// The tables a copy carries, parents before children, each with the
/// columns that order its rows (so a copy reads the same on every run).
const TABLES: &[(&str, &str)] = &[
    ("settings", "key"),
    ("channels", "id"),
    ("sources", "id"),
    ("tracking_numbers", "number"),
    ("spend", "id"),
    ("inquiries", "rowid"),
    ("touchpoints", "inquiry_rowid, seq"),
    ("deals", "rowid"),
    ("targets", "year"),
    ("traffic", "month, source_id"),
    ("activity", "month, source_id, metric"),
    ("calls", "id"),
    ("audit", "id"),
];

/// Identity columns on PostgreSQL, whose sequences must continue after the
/// highest copied value.
const IDENTITIES: &[(&str, &str)] = &[
    ("channels", "id"),
    ("sources", "id"),
    ("spend", "id"),
    ("inquiries", "rowid"),
    ("deals", "rowid"),
    ("calls", "id"),
    ("audit", "id"),
];

/// How many values one INSERT carries at most (SQLite allows 32,766
/// parameters, PostgreSQL 65,535); rows go in batches below it.
const MAX_PARAMS: usize = 30_000;

impl Store {
    /// Opens the team database `target` names, for a seat to work on. The
    /// database must be Leadledger's at exactly this build's schema; an
    /// older one names the version needed and is left alone.
    pub fn open_team(target: &pg::Target) -> Result<Store> {
        let mut client = pg::connect(target)?;
        // The role first: a login in none of the groups is told so, not
        // that it may not read the schema's version.
        let role = pg::role_of(&mut client, target)?;
        pg::require_current(&mut client, target)?;
        let db = Conn::Postgres(Box::new(PgLink::new(client, target.clone())));
        // A staff login reads the company's settings rows only (row-level
        // security); the others keep their defaults, which it never shows.
        let settings = db.with(|x| settings::load(x))?;
        Ok(Store {
            db,
            path: None,
            team: Some(target.clone()),
            settings,
            role,
        })
    }

    /// Prepares an empty database on the server for a company: the schema,
    /// the settings fixed at creation, the default channels and the Unknown
    /// source, as `Store::create` does for a file.
    pub fn init_team(target: &pg::Target, settings: Settings) -> Result<Store> {
        let settings = settings::validate(settings)?;
        let mut client = pg::connect(target)?;
        refuse_prepared(&mut client, target)?;
        pg::upgrade(&mut client, target)?;
        let role = pg::role_of(&mut client, target)?;
        let store = Store {
            db: Conn::Postgres(Box::new(PgLink::new(client, target.clone()))),
            path: None,
            team: Some(target.clone()),
            settings,
            role,
        };
        store.db.transaction(TxKind::Write, |tx| {
            super::first_records(tx, &store.settings)
        })?;
        Ok(store)
    }

    /// Brings the team database's schema up to this build's; the owner's act.
    pub fn upgrade_team(target: &pg::Target) -> Result<pg::Upgraded> {
        let mut client = pg::connect(target)?;
        match pg::inspect(&mut client, target)? {
            pg::SchemaState::Empty => Err(Error::new(
                ErrorCode::NotADatabase,
                format!(
                    "the {} is empty; prepare it with `team init` instead",
                    target.place()
                ),
            )),
            pg::SchemaState::Leadledger { .. } => {
                pg::role_of(&mut client, target)?.require(Act::Schema)?;
                pg::upgrade(&mut client, target)
            }
        }
    }

    /// Copies the single-file database at `file` into the team database
    /// `target`, which must be empty (no schema) or hold no records yet
    /// (prepared by `team init`). Every row arrives as it is in the file.
    pub fn push_file(file: &Path, target: &pg::Target) -> Result<Store> {
        // The file is looked at first (a missing one is named as such),
        // then the role, before anything is asked of the server's tables.
        let source = Store::open(file)?;
        let mut client = pg::connect(target)?;
        pg::role_of(&mut client, target)?.require(Act::Schema)?;
        pg::upgrade(&mut client, target)?;
        pg::require_current(&mut client, target)?;
        let dest = Store {
            db: Conn::Postgres(Box::new(PgLink::new(client, target.clone()))),
            path: None,
            team: Some(target.clone()),
            settings: source.settings.clone(),
            role: Role::Owner,
        };
        let holds = dest.db.with(|x| x.query_one(HELD, &[])?.int(0))?;
        if holds > 0 {
            return Err(Error::new(
                ErrorCode::Duplicate,
                format!(
                    "the {} already holds records; push copies into an empty team \
                     database only, and nothing was changed",
                    target.place()
                ),
            ));
        }
        source.db.transaction(TxKind::Snapshot, |from| {
            dest.db.transaction(TxKind::Serial, |to| copy_all(from, to))
        })?;
        // The server's planner knows nothing yet of the tables just filled
        // (autovacuum looks at them a minute or so later); until it does,
        // the first dashboards sort whole tables an index gives in order.
        dest.db.with(|x| x.batch("ANALYZE"))?;
        Ok(dest)
    }

    /// A mark that changes whenever a transaction that wrote anything may
    /// have committed on the team's server since the last call: the
    /// server's current snapshot (`xmin:xmax:in-progress`), which moves
    /// with every transaction id handed out and every one that ends. A seat
    /// keeps the records it loaded while the mark stays. Another database
    /// on the same server moves it too, which only costs a reload. On a
    /// file it is `PRAGMA data_version` of the store's own connection,
    /// which moves with every commit of another connection (the CLI
    /// importing while the app is open; see `watch`); `None` in memory.
    pub fn change_mark(&self) -> Result<Option<String>> {
        if !self.is_team() {
            if self.path.is_none() {
                return Ok(None);
            }
            return self
                .db
                .with(|x| x.query_one("PRAGMA data_version", &[])?.int(0))
                .map(|v| Some(v.to_string()));
        }
        self.db
            .with(|x| {
                x.query_one("SELECT pg_current_snapshot()::text", &[])?
                    .text(0)
            })
            .map(Some)
    }

    /// What a [`Watcher`] of this database
    /// watches: the file or the team database; `None` in memory.
    pub fn watch_on(&self) -> Option<WatchOn> {
        match (&self.team, &self.path) {
            (Some(t), _) => Some(WatchOn::Team(t.clone())),
            (None, Some(p)) => Some(WatchOn::File(p.clone())),
            (None, None) => None,
        }
    }

    /// Writes this database as a new single file at `out` (which must not
    /// exist): `team pull`, and a team database's backup. The file is
    /// checked (`backup::verify`) before it appears, whole or not at all.
    pub fn pull_into(&self, out: &Path) -> Result<()> {
        // A copy of part of the records would pass for the company's.
        self.role.require(Act::Schema)?;
        if out.exists() {
            return Err(Error::new(
                ErrorCode::Duplicate,
                format!("{} already exists; choose a new file", out.display()),
            ));
        }
        crate::atomic::write_via_path(out, |tmp| {
            self.db
                .transaction(TxKind::Snapshot, |from| write_file(from, tmp))
        })
    }

    /// Replaces every record of this team database with the backup file
    /// `from`'s, in one transaction: the backup is checked first, the
    /// current records are pulled into a new `before-restore-STAMP.db` in
    /// `backups` (inside the same transaction, so it holds exactly what was
    /// replaced), and then the backup's rows are copied in with the
    /// server's triggers off, as `team push` does. An older backup is
    /// brought to this schema on a working copy; the file itself is never
    /// written. Returns the safety copy's path. A restore that fails
    /// leaves the server as it was.
    pub fn restore_team(&mut self, from: &Path, backups: &Path) -> Result<PathBuf> {
        if self.team.is_none() {
            return Err(Error::new(
                ErrorCode::Invalid,
                "restore_team works on a team database; a file is restored with backup::restore",
            ));
        }
        self.role.require(Act::Backup)?;
        super::backup::verify(from)?;
        std::fs::create_dir_all(backups)?;
        let work = tempfile::Builder::new()
            .prefix(".restoring-")
            .tempdir_in(backups)?;
        let copy = work.path().join("restore.db");
        std::fs::copy(from, &copy)?;
        let source = Store::open(&copy)?;
        let stamp = chrono::Local::now().format("%Y-%m-%d-%H%M%S");
        let mut out = backups.join(format!("before-restore-{stamp}.db"));
        let mut n = 2;
        while out.exists() {
            out = backups.join(format!("before-restore-{stamp}-{n}.db"));
            n += 1;
        }
        crate::atomic::write_via_path(&out, |tmp| {
            self.db.transaction(TxKind::Serial, |to| {
                write_file(to, tmp)?;
                source
                    .db
                    .transaction(TxKind::Snapshot, |rows| copy_all(rows, to))
            })
        })?;
        drop(source);
        drop(work);
        // As after a push: the planner learns the new tables' sizes now.
        self.db.with(|x| x.batch("ANALYZE"))?;
        self.settings = self.db.with(|x| settings::load(x))?;
        Ok(out)
    }
}

/// A new single file at `tmp` holding every row `from` reads, its journal
/// folded in, and checked as a backup is.
fn write_file(from: &mut dyn Exec, tmp: &Path) -> Result<()> {
    let mut conn = rusqlite::Connection::open(tmp)?;
    super::configure(&conn, &super::Limits::default())?;
    conn.pragma_update(None, "application_id", super::APPLICATION_ID)?;
    super::migrate(&mut conn)?;
    let file = Conn::Sqlite(conn);
    file.transaction(TxKind::Write, |to| copy_all(from, to))?;
    if let Conn::Sqlite(conn) = file {
        // The copy is one file with nothing left in its journal.
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    }
    super::backup::verify(tmp)
}

/// Counts what a receiving database holds beyond what `team init` wrote.
const HELD: &str = "SELECT (SELECT count(*) FROM inquiries) + (SELECT count(*) FROM deals) \
     + (SELECT count(*) FROM spend) + (SELECT count(*) FROM targets) \
     + (SELECT count(*) FROM traffic) + (SELECT count(*) FROM activity) \
     + (SELECT count(*) FROM tracking_numbers) \
     + (SELECT count(*) FROM sources) - 1";

/// `team init` on a database that already holds a schema is a mistake that
/// would mix two companies: refused, naming what is there.
fn refuse_prepared(client: &mut postgres::Client, target: &pg::Target) -> Result<()> {
    match pg::inspect(client, target)? {
        pg::SchemaState::Empty => Ok(()),
        pg::SchemaState::Leadledger { version } => Err(Error::new(
            ErrorCode::Duplicate,
            format!(
                "the {} is already a Leadledger database (schema {version}); connect to it \
                 instead, or use an empty database",
                target.place()
            ),
        )),
    }
}

/// Every table's rows from `from` into `to`, which holds only what its
/// schema and `team init` wrote; that is removed first.
fn copy_all(from: &mut dyn Exec, to: &mut dyn Exec) -> Result<()> {
    let triggers = Triggers::off(to)?;
    for (table, _) in TABLES.iter().rev() {
        to.execute(&format!("DELETE FROM {table}"), &[])?;
    }
    for (table, order) in TABLES {
        copy_table(from, to, table, order)?;
    }
    if to.dialect() == db::Dialect::Postgres {
        for (table, column) in IDENTITIES {
            // The next id the server hands out follows the copied ones.
            to.query_one(
                &format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', '{column}'), \
                     COALESCE((SELECT max({column}) FROM {table}), 0) + 1, false)"
                ),
                &[],
            )?;
        }
    }
    triggers.on(to)
}

fn copy_table(from: &mut dyn Exec, to: &mut dyn Exec, table: &str, order: &str) -> Result<()> {
    let (cols, rows) = from.query_named(&format!("SELECT * FROM {table} ORDER BY {order}"), &[])?;
    if rows.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = cols.iter().map(|c| format!("\"{c}\"")).collect();
    let per_batch = (MAX_PARAMS / cols.len()).max(1);
    for batch in rows.chunks(per_batch) {
        let mut marks = Vec::with_capacity(batch.len());
        let mut params: Vec<Value> = Vec::with_capacity(batch.len() * cols.len());
        for row in batch {
            let start = params.len();
            let ph: Vec<String> = (1..=cols.len())
                .map(|i| format!("?{}", start + i))
                .collect();
            marks.push(format!("({})", ph.join(", ")));
            params.extend(row.0.iter().cloned());
        }
        let sql = format!(
            "INSERT INTO {table} ({}) VALUES {}",
            names.join(", "),
            marks.join(", ")
        );
        to.execute(&sql, &params)?;
    }
    Ok(())
}

/// The receiving side's triggers, switched off for a copy and back on at
/// its end, inside the copy's transaction: PostgreSQL disables them per
/// table (the owner of the tables may), SQLite has no such switch, so its
/// triggers are dropped and created again from their own definitions.
enum Triggers {
    Postgres,
    Sqlite(Vec<String>),
}

impl Triggers {
    fn off(to: &mut dyn Exec) -> Result<Triggers> {
        match to.dialect() {
            db::Dialect::Postgres => {
                for (table, _) in TABLES {
                    to.batch(&format!("ALTER TABLE {table} DISABLE TRIGGER USER"))?;
                }
                Ok(Triggers::Postgres)
            }
            db::Dialect::Sqlite => {
                let found = to.query(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name",
                    &[],
                )?;
                let mut sqls = Vec::new();
                for r in found {
                    to.batch(&format!("DROP TRIGGER \"{}\"", r.text(0)?))?;
                    sqls.push(r.text(1)?);
                }
                Ok(Triggers::Sqlite(sqls))
            }
        }
    }

    fn on(self, to: &mut dyn Exec) -> Result<()> {
        match self {
            Triggers::Postgres => {
                for (table, _) in TABLES {
                    to.batch(&format!("ALTER TABLE {table} ENABLE TRIGGER USER"))?;
                }
                // The copy ran without the change notifications of its
                // rows; the listening seats hear of it all at once, when
                // the copy commits (`pg/listen.rs` reads a payload naming
                // no table as a change of everything).
                to.batch(&format!(
                    "SELECT pg_notify('{}', '{{\"table\": \"*\", \"op\": \"copy\"}}')",
                    super::pg::listen::CHANNEL
                ))?;
            }
            Triggers::Sqlite(sqls) => {
                for sql in sqls {
                    to.batch(&sql)?;
                }
            }
        }
        Ok(())
    }
}

impl WatchOn {
    /// Starts the watcher of this database: a file's, or the team
    /// database's listener.
    pub fn start(self, sink: impl Fn(Change) + Send + 'static) -> Watcher {
        match self {
            WatchOn::File(path) => Watcher::file(path, sink),
            WatchOn::Team(target) => super::pg::listen::start(target, sink),
        }
    }
}
