//! Finding and opening the database for a command: a file, or a team
//! database on a PostgreSQL server (`--db postgres://…`).

use leadledger::demo::{self, DemoOptions};
use leadledger::error::{Error, ErrorCode, Result};
use leadledger::records::Settings;
use leadledger::role::Act;
use leadledger::store::pg::{self, target, Target};
use leadledger::store::{backup, location, Store};
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The database a command works on, as `--db` or `LEADLEDGER_DB` named it.
pub enum Db {
    /// A single-computer database file.
    File(PathBuf),
    /// A team database on a server; the password from the URL, else from
    /// `LEADLEDGER_PASSWORD` (`shared/spec/team.md`).
    Team(Target),
}

impl Db {
    /// The database `--db` names: a `postgres://` or `postgresql://` URL is
    /// a team database, anything else a file; none, the default file.
    pub fn from_arg(arg: Option<OsString>) -> Result<Db> {
        let Some(arg) = arg else {
            return default_path().map(Db::File);
        };
        match arg.to_str() {
            Some(text) if target::is_url(text) => {
                super::prompt::missing_password(Target::from_url(text)?).map(Db::Team)
            }
            _ => Ok(Db::File(PathBuf::from(arg))),
        }
    }

    /// How messages name it: the path, or the URL without its password.
    pub fn name(&self) -> String {
        match self {
            Db::File(path) => path.display().to_string(),
            Db::Team(t) => t.url(),
        }
    }

    /// The team database, for the `team` commands.
    pub fn team(&self, command: &str) -> Result<&Target> {
        match self {
            Db::Team(t) => Ok(t),
            Db::File(path) => Err(Error::invalid(
                "db",
                format!(
                    "`team {command}` works on a team database, and --db names the file {}; \
                     give the server's URL: --db postgres://user@host/database",
                    path.display()
                ),
            )),
        }
    }

    /// Whether the database is there to open: the file exists, or the
    /// team database holds a schema (an empty one is for `init` to prepare).
    pub fn exists(&self) -> Result<bool> {
        match self {
            Db::File(path) => Ok(path.exists()),
            Db::Team(t) => {
                let mut client = pg::connect(t)?;
                Ok(!matches!(
                    pg::inspect(&mut client, t)?,
                    pg::SchemaState::Empty
                ))
            }
        }
    }
}

/// The database in the platform's data directory
/// (`~/.local/share/leadledger/leadledger.db` on Linux).
pub fn default_path() -> Result<PathBuf> {
    data_dir().map(|d| d.join("leadledger.db"))
}

fn data_dir() -> Result<PathBuf> {
    directories::ProjectDirs::from("", "", "leadledger")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or_else(|| Error::new(ErrorCode::Io, "no home directory found; pass --db PATH"))
}

/// The path whose `backups/` folder holds a team database's backups on
/// this computer (`backup::team_anchor`), beside the default database file
/// as the app keeps them.
pub fn team_home(t: &Target) -> Result<PathBuf> {
    Ok(backup::team_anchor(&data_dir()?, t))
}

/// Warns on standard error when the database lies on a network share or in a
/// cloud-sync folder. It is a warning, not a refusal: the user may know the
/// share is used by one computer at a time, but should know the risk.
pub fn warn_location(path: &Path) {
    if let Some(w) = location::warning(path) {
        eprintln!("leadledger: warning: {} ({})", w.message, w.code.as_str());
    }
}

/// Opens an existing database, after the location warning for a file.
pub fn open(db: &Db) -> Result<Store> {
    match db {
        Db::File(path) => {
            warn_location(path);
            let mut store = Store::open(path)?;
            store.purge_on_opening()?;
            Ok(store)
        }
        Db::Team(t) => Store::open_team(t),
    }
}

/// Opens an existing database for a command only some roles may use: a
/// team seat whose role may not is refused with `forbidden` as soon as its
/// role is known, before the command reads or writes anything.
pub fn open_for(db: &Db, act: Act) -> Result<Store> {
    let store = open(db)?;
    store.role().require(act)?;
    Ok(store)
}

/// Creates a new database: a file (after the location warning), or on a
/// team server the preparation of an empty database (`team init`).
pub fn create(db: &Db, settings: Settings) -> Result<Store> {
    match db {
        Db::File(path) => {
            warn_location(path);
            Store::create(path, settings)
        }
        Db::Team(t) => Store::init_team(t, settings),
    }
}

/// Opens the database for a command that only reads. With no database file
/// yet, the demo company is shown from memory (and nothing is written), so a
/// first look at the tool shows real figures. A team database must be there.
pub fn open_for_reading(db: &Db) -> Result<Store> {
    match db {
        Db::File(path) if !path.exists() => {
            eprintln!(
                "leadledger: no database at {} yet; showing the demo company. \
                 Run `leadledger init` to start your own.",
                path.display()
            );
            demo_in_memory(None)
        }
        _ => open(db),
    }
}

/// The demo company in an in-memory database.
pub fn demo_in_memory(today: Option<chrono::NaiveDate>) -> Result<Store> {
    let opts = demo_options(today);
    let ds = demo::generate(&opts);
    let mut store = Store::in_memory(Settings {
        currency: ds.settings.currency.clone(),
        ..Settings::default()
    })?;
    store.fill(&ds)?;
    Ok(store)
}

pub fn demo_options(today: Option<chrono::NaiveDate>) -> DemoOptions {
    let mut opts = DemoOptions::default();
    if let Some(t) = today {
        opts.today = t;
    }
    opts
}
