//! The database: one SQLite file per company. All SQL of the product lives in
//! this module and its children; everything above it sees records and errors.
//!
//! Opening follows one path whatever the caller: a read-only look at the
//! header (so a file from a newer version or a foreign file is refused without
//! being touched), then [`configure`] for the pragmas, then the embedded
//! forward-only migrations.

mod activity;
pub mod backup;
mod bulk;
mod call_import;
mod calls;
mod db;
mod deals;
mod edit;
mod fill;
mod import;
mod import_sqlite;
pub(crate) mod input;
mod inquiries;
mod keys;
pub mod location;
pub mod outbox;
mod people;
pub mod pg;
pub mod progress;
mod read;
pub mod recovery;
mod settings;
mod sources;
mod spend;
mod stored;
mod team;
mod undo;
pub mod watch;
mod write;

pub use call_import::{
    CallImportOptions, CallImportSummary, CallPreviewSummary, UnloggedCall, QUEUE_DAYS_MAX,
};
pub use import::{ChannelChange, ImportOptions, ImportSummary};
pub use input::{NewDeal, NewInquiry, NewSource, NewSpend, NewTarget, NewTraffic};
pub use inquiries::{check_uuid, new_uuid};
pub use keys::KEYS as LOG_KEYS;
pub use people::Person;
pub use undo::{Removed, RemovedKind};

use crate::error::{Error, ErrorCode, Result};
use crate::records::{Settings, DEFAULT_CHANNELS, UNKNOWN_CHANNEL, UNKNOWN_SOURCE};
use db::{vals, Conn, Exec, Lite, TxKind};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};

/// Marks a file as a Leadledger database ("LDGL"), so that opening some other
/// SQLite file is refused instead of migrating it into something it is not.
pub const APPLICATION_ID: i64 = 0x4C44_474C;

/// The migrations, in order; the database's `user_version` counts how many
/// have run. Never edit one that has shipped: add a new file.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_audit.sql"),
    include_str!("migrations/0003_audit_sources.sql"),
    include_str!("migrations/0004_versions.sql"),
    include_str!("migrations/0005_calls.sql"),
    include_str!("migrations/0006_inquiry_uuids.sql"),
    include_str!("migrations/0007_notify.sql"),
    include_str!("migrations/0008_funnel.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub struct Store {
    db: Conn,
    /// The file, for a single-file database; `None` in memory and on a
    /// team server.
    path: Option<PathBuf>,
    /// The team server, for a team database.
    team: Option<pg::Target>,
    settings: Settings,
    /// The login's role on a team database (read at connect); the owner
    /// on a file, which has no roles.
    role: crate::role::Role,
}

/// Limits a connection runs under. The product opens with none; tests use
/// them to bring about conditions such as a full disk on demand, through the
/// same [`configure`] every connection passes, so what they test is the
/// product's own path.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    /// The most pages the file may grow to (`PRAGMA max_page_count`). A write
    /// that needs more fails exactly as on a full disk (`SQLITE_FULL`).
    pub max_page_count: Option<u64>,
}

/// Sets every connection pragma, in one place. WAL lets the app read while an
/// import writes; `synchronous=FULL` makes an acknowledged write survive a
/// power cut, which matters more here than write speed.
fn configure(conn: &Connection, limits: &Limits) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") && !mode.eq_ignore_ascii_case("memory") {
        return Err(Error::new(
            ErrorCode::Io,
            format!("could not enable WAL (got {mode})"),
        ));
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    if let Some(pages) = limits.max_page_count {
        // The pragma answers with the limit in force, which SQLite never sets
        // below the file's current size; the answer is not needed.
        let pages = i64::try_from(pages).unwrap_or(i64::MAX);
        conn.query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))?;
    }
    Ok(())
}

/// Reads `(application_id, user_version)` without writing anything.
fn header(conn: &Connection) -> Result<(i64, i64)> {
    let app: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    Ok((app, version))
}

fn check_header(app: i64, version: i64, path: &Path) -> Result<()> {
    if app != APPLICATION_ID {
        return Err(Error::new(
            ErrorCode::NotADatabase,
            format!("{} is not a Leadledger database", path.display()),
        ));
    }
    if version > SCHEMA_VERSION {
        return Err(Error::new(
            ErrorCode::DatabaseTooNew,
            format!(
                "{} was written by a newer version of Leadledger (schema {version}, this version \
                 knows up to {SCHEMA_VERSION}); update Leadledger to open it. The file was not changed.",
                path.display()
            ),
        ));
    }
    Ok(())
}

/// Runs the migrations the database has not seen, each in its own immediate
/// transaction together with the version bump, so a crash leaves a whole step.
fn migrate(conn: &mut Connection) -> Result<()> {
    let (_, version) = header(conn)?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

/// What a new company's database holds before anyone enters anything: its
/// settings, the default channels in the language chosen at creation, and
/// the Unknown source. The same on either engine.
fn first_records(tx: &mut dyn Exec, settings: &Settings) -> Result<()> {
    settings::save(tx, settings)?;
    // The channels speak the language chosen at creation; Unknown keeps
    // its name, by which code finds it.
    let tr = crate::i18n::Translator::new(&settings.language)?;
    for channel in DEFAULT_CHANNELS {
        tx.execute(
            "INSERT INTO channels (name, direction) VALUES (?1, ?2)",
            vals![
                crate::i18n::names::stored_channel_name(&tr, channel),
                channel.direction.as_str()
            ],
        )?;
    }
    tx.execute(
        "INSERT INTO sources (channel_id, name) \
         SELECT id, ?2 FROM channels WHERE name = ?1",
        vals![UNKNOWN_CHANNEL, UNKNOWN_SOURCE],
    )?;
    Ok(())
}

impl Store {
    /// Opens an existing database, migrating it forward if it is older.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_with_limits(path, Limits::default())
    }

    /// Like [`Store::open`], with the connection under `limits`.
    pub fn open_with_limits(path: &Path, limits: Limits) -> Result<Store> {
        // SQLite reports a folder as a disk I/O error, which sends the user
        // looking for a broken disk instead of a wrong path.
        if path.is_dir() {
            return Err(Error::new(
                ErrorCode::NotADatabase,
                format!("{} is a folder, not a database file", path.display()),
            ));
        }
        if !path.exists() {
            return Err(Error::new(
                ErrorCode::NotFound,
                format!("there is no database at {}", path.display()),
            ));
        }
        {
            let probe = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
            let (app, version) = header(&probe).map_err(|e| match e.code {
                ErrorCode::NotADatabase => Error::new(
                    ErrorCode::NotADatabase,
                    format!("{} is not a Leadledger database", path.display()),
                ),
                _ => e,
            })?;
            check_header(app, version, path)?;
            backup::quick_check(&probe, path).map_err(|e| {
                let newest = backup::list(path).ok().and_then(|l| l.into_iter().next());
                match newest {
                    Some(b) => Error::new(
                        e.code,
                        format!("{}; the newest backup is {}", e.message, b.path.display()),
                    ),
                    None => e,
                }
            })?;
            drop(probe);
            if version > 0 && version < SCHEMA_VERSION {
                backup::before_migration(path, version)?;
            }
        }
        let mut conn = Connection::open(path)?;
        configure(&conn, &limits)?;
        migrate(&mut conn)?;
        let settings = settings::load(&mut Lite(&conn))?;
        let store = Store {
            db: Conn::Sqlite(conn),
            path: Some(path.to_path_buf()),
            team: None,
            settings,
            role: crate::role::Role::Owner,
        };
        backup::daily(&store, chrono::Local::now().date_naive())?;
        Ok(store)
    }

    /// Creates a new database at `path` (which must not exist) for a company.
    pub fn create(path: &Path, settings: Settings) -> Result<Store> {
        // Bad settings are named before anything else, whatever the file.
        let settings = settings::validate(settings)?;
        if path.exists() {
            return Err(Error::new(
                ErrorCode::Duplicate,
                format!(
                    "{} already exists; choose another file or open it",
                    path.display()
                ),
            ));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let conn = Connection::open(path)?;
        let store = Self::initialise(conn, Some(path.to_path_buf()), settings);
        if store.is_err() {
            // Leave no half-made database behind: the next attempt starts clean.
            let _ = std::fs::remove_file(path);
            for ext in ["-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
            }
        }
        store
    }

    /// A database in memory, for the demo shown before a company exists and for tests.
    pub fn in_memory(settings: Settings) -> Result<Store> {
        Self::initialise(Connection::open_in_memory()?, None, settings)
    }

    fn initialise(
        mut conn: Connection,
        path: Option<PathBuf>,
        settings: Settings,
    ) -> Result<Store> {
        let settings = settings::validate(settings)?;
        configure(&conn, &Limits::default())?;
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        migrate(&mut conn)?;
        let store = Store {
            db: Conn::Sqlite(conn),
            path,
            team: None,
            settings,
            role: crate::role::Role::Owner,
        };
        store
            .db
            .transaction(TxKind::Write, |tx| first_records(tx, &store.settings))?;
        Ok(store)
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Who this seat is: the role of its login on a team database, the
    /// owner on a file.
    pub fn role(&self) -> crate::role::Role {
        self.role
    }

    /// Changes the settings; the currency is fixed at creation because every
    /// stored amount is in its minor units.
    pub fn update_settings(&mut self, new: Settings) -> Result<()> {
        if new.currency != self.settings.currency {
            return Err(Error::invalid(
                "currency",
                "the reporting currency is fixed when the database is created",
            ));
        }
        let new = settings::validate(new)?;
        self.db
            .transaction(TxKind::Write, |tx| settings::save(tx, &new))?;
        self.settings = new;
        Ok(())
    }

    /// Whether the records are on a team server rather than in a file.
    pub fn is_team(&self) -> bool {
        self.team.is_some()
    }

    /// The team server and database, for a team database.
    pub fn team(&self) -> Option<&pg::Target> {
        self.team.as_ref()
    }

    /// `PRAGMA integrity_check`, as text: "ok" when the file is sound. A
    /// team server keeps its own data sound (and checks its pages); there
    /// the answer is "ok" once the server answers at all.
    pub fn integrity_check(&self) -> Result<String> {
        let Some(conn) = self.db.sqlite() else {
            self.db.with(|x| x.query_one("SELECT 1", &[]).map(|_| ()))?;
            return Ok("ok".into());
        };
        let mut stmt = conn.prepare("PRAGMA integrity_check")?;
        let rows: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows.join("; "))
    }

    pub fn schema_version(&self) -> Result<i64> {
        match (&self.db, &self.team) {
            (Conn::Sqlite(c), _) => Ok(header(c)?.1),
            (Conn::Postgres(link), Some(t)) => match pg::inspect(&mut *link.client()?, t)? {
                pg::SchemaState::Leadledger { version } => Ok(version),
                pg::SchemaState::Empty => Ok(0),
            },
            (Conn::Postgres(_), None) => Err(Error::new(
                ErrorCode::Io,
                "a team connection without its target",
            )),
        }
    }

    fn currency(&self) -> &str {
        &self.settings.currency
    }
}
