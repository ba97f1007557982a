//! The team database's schema: what a database holds ([`inspect`]), the
//! check every seat makes before it works on it ([`require_current`]), and
//! the forward-only migrations that only the owner's seat runs when asked
//! ([`upgrade`], which `leadledger team init` and `team upgrade` call).
//!
//! The rules are the SQLite file's (ARCHITECTURE.md, invariants): each
//! migration runs in one transaction together with its version, a database
//! newer than the build or not Leadledger's is refused before anything is
//! written. Where SQLite has its file header, a team database has the
//! `leadledger_meta` row (`migrations/meta.sql`), created in the same
//! transaction as migration 1, so a database is either untouched or holds a
//! whole schema.

use super::errors::AtTarget;
use super::target::Target;
use crate::error::{Error, ErrorCode, Result};
use crate::store::{APPLICATION_ID, SCHEMA_VERSION as SQLITE_SCHEMA_VERSION};
use postgres::GenericClient;

/// The migrations, in order, numbered as SQLite's: migration N here makes
/// the same tables and columns as `src/store/migrations/000N_*.sql`. Never
/// edit one that has shipped: add a new file on both engines.
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

const META: &str = include_str!("migrations/meta.sql");

/// The schema version this build writes on PostgreSQL.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

// The engines move in step: a build that knew a version on one engine and
// not on the other could not copy a database between them.
const _: () = assert!(SCHEMA_VERSION == SQLITE_SCHEMA_VERSION);

/// What a database holds, as far as Leadledger is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaState {
    /// No tables at all: `team init` may prepare it.
    Empty,
    /// A Leadledger database at this schema version (at most this build's).
    Leadledger { version: i64 },
}

/// A finished [`upgrade`]: the version found and the version left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Upgraded {
    pub from: i64,
    pub to: i64,
}

/// Reads what the database holds, writing nothing. A database with other
/// tables and no Leadledger marker, a marker of another application, or a
/// schema newer than this build are refused with their own codes.
pub fn inspect(client: &mut impl GenericClient, target: &Target) -> Result<SchemaState> {
    let place = target.place();
    // One statement, so one snapshot: another seat's upgrade committing
    // between two statements must not make its tables look foreign.
    let row = client
        .query_one(
            "SELECT count(*) FILTER (WHERE n.nspname = 'public' AND c.relname = 'leadledger_meta'), \
                    count(*) \
             FROM pg_catalog.pg_class c \
             JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
             WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') \
             AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'",
            &[],
        )
        .at(target)?;
    let (marked, tables): (i64, i64) = (row.get(0), row.get(1));
    if marked == 0 {
        if tables > 0 {
            return Err(Error::new(
                ErrorCode::NotADatabase,
                format!(
                    "the {place} is not a Leadledger database: it holds {tables} other \
                     table(s). Leadledger needs a database of its own; it was not changed"
                ),
            ));
        }
        return Ok(SchemaState::Empty);
    }
    let row = client
        .query_opt(
            "SELECT application_id, schema_version FROM leadledger_meta",
            &[],
        )
        .at(target)?;
    let (app, version): (i64, i64) = match row {
        Some(r) => (r.get(0), r.get(1)),
        None => (0, 0),
    };
    if app != APPLICATION_ID {
        return Err(Error::new(
            ErrorCode::NotADatabase,
            format!("the {place} is not a Leadledger database; it was not changed"),
        ));
    }
    if version > SCHEMA_VERSION {
        return Err(Error::new(
            ErrorCode::DatabaseTooNew,
            format!(
                "the {place} was written by a newer version of Leadledger (schema \
                 {version}, this version knows up to {SCHEMA_VERSION}); update Leadledger \
                 on this computer to use it. The database was not changed"
            ),
        ));
    }
    Ok(SchemaState::Leadledger { version })
}

/// What a seat checks before it reads or writes: a Leadledger database at
/// exactly this build's schema. An older one names the version needed and
/// who can upgrade it; nothing is changed either way.
pub fn require_current(client: &mut impl GenericClient, target: &Target) -> Result<()> {
    let place = target.place();
    match inspect(client, target)? {
        SchemaState::Empty => Err(Error::new(
            ErrorCode::NotADatabase,
            format!(
                "the {place} is empty; the owner prepares it with \
                 `leadledger --db {} team init`",
                target.url()
            ),
        )),
        SchemaState::Leadledger { version } if version < SCHEMA_VERSION => Err(Error::new(
            ErrorCode::NeedsUpgrade,
            format!(
                "the {place} has schema {version}; this version of Leadledger needs schema \
                 {SCHEMA_VERSION}. The owner upgrades it with `leadledger --db {} team \
                 upgrade`; until then nothing is changed",
                target.url()
            ),
        )),
        SchemaState::Leadledger { .. } => Ok(()),
    }
}

/// Brings the database to this build's schema: an empty one gets the whole
/// schema, an older one the migrations it lacks; then the roles are
/// applied to it (`roles::prepare`), so a database made before roles came
/// gets them too. Only the owner's seat calls it, and only when asked.
pub fn upgrade(client: &mut impl GenericClient, target: &Target) -> Result<Upgraded> {
    let done = upgrade_to(client, target, SCHEMA_VERSION)?;
    super::roles::prepare(client, target)?;
    Ok(done)
}

/// Like [`upgrade`], stopping at `version`: the tests build an older
/// schema with it to upgrade from.
pub fn upgrade_to(
    client: &mut impl GenericClient,
    target: &Target,
    version: i64,
) -> Result<Upgraded> {
    let want = version.clamp(0, SCHEMA_VERSION);
    let from = match inspect(client, target)? {
        SchemaState::Empty => 0,
        SchemaState::Leadledger { version } => version,
    };
    let mut now = from;
    while now < want {
        let mut tx = client.transaction().at(target)?;
        // Two owners' seats upgrading at once take turns; the second then
        // finds the work done. The lock ends with the transaction.
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&APPLICATION_ID])
            .at(target)?;
        now = match inspect(&mut tx, target)? {
            SchemaState::Empty => {
                create_meta(&mut tx, target)?;
                0
            }
            SchemaState::Leadledger { version } => version,
        };
        if now >= want {
            tx.commit().at(target)?;
            break;
        }
        let next = now + 1;
        tx.batch_execute(MIGRATIONS[now as usize]).at(target)?;
        tx.execute("UPDATE leadledger_meta SET schema_version = $1", &[&next])
            .at(target)?;
        tx.execute(
            "INSERT INTO leadledger_migrations (version) VALUES ($1)",
            &[&next],
        )
        .at(target)?;
        tx.commit().at(target)?;
        now = next;
    }
    Ok(Upgraded { from, to: now })
}

/// The marker of a new team database, refusing one whose encoding is not
/// UTF-8: every name and note must arrive as it was typed.
fn create_meta(tx: &mut impl GenericClient, target: &Target) -> Result<()> {
    let encoding: String = tx
        .query_one("SELECT current_setting('server_encoding')", &[])
        .at(target)?
        .get(0);
    if encoding != "UTF8" {
        return Err(Error::new(
            ErrorCode::Invalid,
            format!(
                "the {} uses the encoding {encoding}; Leadledger needs UTF8. Create the \
                 database with ENCODING 'UTF8' (Debian's default); nothing was changed",
                target.place()
            ),
        ));
    }
    tx.batch_execute(META).at(target)?;
    tx.execute(
        "INSERT INTO leadledger_meta (application_id, schema_version) VALUES ($1, 0)",
        &[&APPLICATION_ID],
    )
    .at(target)?;
    Ok(())
}
