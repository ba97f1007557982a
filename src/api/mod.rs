//! The facade the desktop app calls: one [`Session`] per window process,
//! holding the open database, and one method per UI command. The Tauri
//! commands in `src-tauri` are one-line adapters to these methods, so every
//! rule is here, tested without a window.
//!
//! Across the boundary money is a decimal string, dates are ISO text and
//! every failure is a [`crate::Error`] (`{code, message, field}`).

mod activity;
mod backups;
pub mod bindings;
mod call_files;
mod calls;
mod choice;
mod commands;
mod convert;
mod dashboard;
pub mod dto;
mod dto_calls;
mod dto_enums;
mod dto_files;
mod dto_funnel;
mod dto_outbox;
mod dto_safety;
mod files;
mod funnel;
mod inquiries;
mod integrity;
mod keys;
mod known;
mod live;
mod offline;
mod outbox;
mod people;
mod pin;
mod reports;
mod sources;
mod spend;
mod team;
mod team_copy;
mod undo;
mod warnings;

pub use dto::*;
pub use dto_outbox::*;
pub use dto_safety::*;
pub use live::{DataChanged, DATA_CHANGED_EVENT};
pub use pin::{Clock as PinClock, PinStatus};
pub use reports::{ReportPreview, ReportQuery, SavedReport};
pub use team::{default_config_path, remembered};

use crate::demo::{self, DemoOptions};
use crate::error::{Error, ErrorCode, Result};
use crate::records::{Dataset, Settings};
use crate::role::Role;
use crate::store::pg::{target::is_url, Target};
use crate::store::progress::Progress;
use crate::store::Store;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

/// The environment variable naming the database when `--db` is not given.
pub const DB_ENV: &str = "LEADLEDGER_DB";

struct State {
    store: Option<Store>,
    demo: bool,
    /// The records as last loaded; dropped by every write. Screens read far
    /// more often than they write, and the demo's five years load in tens of
    /// milliseconds, so one load serves many reads. On a team database they
    /// are also dropped when the server's change mark moves (another seat
    /// wrote): `cache_mark` is the mark they were loaded under.
    cache: Option<Arc<Dataset>>,
    cache_mark: Option<String>,
    /// The watcher's change count the records were loaded under (see
    /// `live`): a change another process commits drops them too.
    cache_count: u64,
    /// The engine's form of `cache`, built at the first dashboard read and
    /// dropped with the records it was built from.
    prepared: live::PreparedSlot,
    live: Arc<live::Live>,
    watcher: Option<crate::store::watch::Watcher>,
    /// The team database the session is set to (open, or failed to open),
    /// `None` on a file.
    team: Option<Target>,
    /// Why that team database is not open, for the welcome screen.
    team_failure: Option<Error>,
    /// The file is damaged and open read-only: every change is refused here,
    /// before SQLite would refuse it, with a code the page can explain.
    read_only: bool,
    /// Why the file could not be opened normally.
    problem: Option<ProblemDto>,
    /// Where the file lies, if that puts it at risk.
    warnings: Vec<NoticeDto>,
    /// Deletions that can still be undone.
    undo: undo::UndoQueue,
    /// The Log screen's number keys as handed out this session (key, source
    /// id), so that they stay put while staff work; see `keys`.
    log_keys: Option<Vec<(u8, crate::records::Id)>>,
    /// The language of the demo left for the welcome screen: the setup form
    /// goes on in it.
    welcome_language: Option<Language>,
}

impl State {
    /// The session is an offline team seat (see `offline`): set to a team
    /// database that did not open because its server could not be reached.
    fn offline_seat(&self) -> bool {
        self.store.is_none()
            && !self.demo
            && self.team.is_some()
            && self
                .team_failure
                .as_ref()
                .is_some_and(|e| e.code == ErrorCode::Offline)
    }

    /// A new store replaces the old one: nothing of the old one applies.
    fn replace(&mut self, store: Store, demo: bool, warnings: Vec<NoticeDto>) {
        self.store = Some(store);
        self.demo = demo;
        self.cache = None;
        self.cache_mark = None;
        self.watch();
        self.read_only = false;
        self.problem = None;
        self.warnings = warnings;
        self.undo.clear();
        self.log_keys = None;
    }
}

pub struct Session {
    /// The database file; on a team database, the local file the app would
    /// use otherwise, beside which the team's backups are kept.
    db_path: PathBuf,
    /// The app's configuration file, where a team connection is remembered;
    /// `None` remembers nothing (tests, and a session given `--db`).
    config: Option<PathBuf>,
    today: NaiveDate,
    /// The system's language (`LANG` and friends), if one of the five: the
    /// welcome screen's before any company exists.
    system_language: Option<&'static str>,
    state: Mutex<State>,
    /// Outside the lock on purpose: an import holds the lock while it runs,
    /// and the page reads its progress meanwhile.
    progress: Arc<Progress>,
    /// The owner PIN's wrong tries and whether it was entered (see `pin`);
    /// its own lock, since checking a PIN takes a while.
    pin: Mutex<pin::Gate>,
    /// The team database's daily copy, taken in the background.
    team_copy: team_copy::TeamCopy,
    /// The outbox of entries logged while the team server was away, and
    /// what the session knows of reaching it (see `outbox`).
    seat: outbox::Seat,
    /// An offline team seat's snapshot and retries (see `offline`).
    offline: offline::Offline,
    /// Where a remembered team connection's password is kept, if anywhere
    /// (`Session::with_keys`; none unless given).
    keys: Arc<dyn crate::keystore::KeyStore>,
}

/// The database path: `--db`, else `LEADLEDGER_DB`, else the platform's data
/// directory (`~/.local/share/leadledger/leadledger.db` on Linux). Either may
/// be a team URL (`postgres://…`), which [`Session::start`] opens as such.
pub fn resolve_db_path(arg: Option<PathBuf>) -> Result<PathBuf> {
    resolve_db(arg, None)
}

/// Where the app starts: `--db`, else `LEADLEDGER_DB`, else the team
/// connection remembered in `config` (see `team`), else the platform's file.
pub fn resolve_db(arg: Option<PathBuf>, config: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = arg {
        return Ok(p);
    }
    if let Some(p) = std::env::var_os(DB_ENV).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    if let Some(url) = config.and_then(remembered) {
        return Ok(PathBuf::from(url));
    }
    default_db_path()
}

/// The platform's database file.
fn default_db_path() -> Result<PathBuf> {
    directories::ProjectDirs::from("", "", "leadledger")
        .map(|d| d.data_dir().join("leadledger.db"))
        .ok_or_else(|| Error::new(ErrorCode::Io, "no home directory found; pass --db PATH"))
}

/// The team database `url` names, opened (password from the URL or
/// `LEADLEDGER_PASSWORD`): the store, the target, and why it did not open.
fn open_url(url: &str) -> (Option<Store>, Option<Target>, Option<Error>) {
    match Target::from_url(url) {
        Err(e) => (None, None, Some(e)),
        Ok(t) => match Store::open_team(&t) {
            Ok(store) => (Some(store), Some(t), None),
            Err(e) => (None, Some(t), Some(e)),
        },
    }
}

/// The database at `db_path` as the session opens it (none yet when there is
/// no file), with the risks of its location.
fn open_at(db_path: &Path) -> (integrity::Opened, Vec<NoticeDto>) {
    let opened = if db_path.exists() {
        integrity::open_file(db_path)
    } else {
        integrity::Opened {
            store: None,
            read_only: false,
            problem: None,
        }
    };
    let warnings = if opened.store.is_some() {
        integrity::location_notices(db_path)
    } else {
        Vec::new()
    };
    (opened, warnings)
}

impl Session {
    /// Opens the database at `db_path` if there is one; otherwise the
    /// session waits for the welcome screen's choice. A file that cannot be
    /// opened normally does not fail the start: the status says why (see
    /// `integrity`), so the app can explain instead of exiting.
    pub fn start(db_path: PathBuf) -> Result<Session> {
        Self::start_on(db_path, chrono::Local::now().date_naive())
    }

    /// Like [`Session::start`] with a fixed "today", for tests.
    ///
    /// `db` is a file, or a team URL (`postgres://…`): then the session is
    /// on that team database, or, when it cannot be opened (no password, the
    /// server unreachable, …), at the welcome screen with the reason and the
    /// connection to try again.
    pub fn start_on(db: PathBuf, today: NaiveDate) -> Result<Session> {
        Self::start_beside(db, None, today)
    }

    /// Like [`Session::start_on`], with the local database file whose folder
    /// holds a team database's copies (`teams/<slug>/backups`) given rather
    /// than the platform's data directory: the tests keep them in a
    /// temporary folder instead of the home of whoever runs them.
    pub fn start_beside(db: PathBuf, local: Option<PathBuf>, today: NaiveDate) -> Result<Session> {
        let url = db.to_str().filter(|t| is_url(t)).map(str::to_string);
        let (db_path, opened, warnings, team, team_failure) = match url {
            None => {
                let (opened, warnings) = open_at(&db);
                (db, opened, warnings, None, None)
            }
            Some(url) => {
                let (store, team, failure) = open_url(&url);
                let file = local.unwrap_or_else(|| {
                    default_db_path().unwrap_or_else(|_| PathBuf::from("leadledger.db"))
                });
                let opened = integrity::Opened {
                    store,
                    read_only: false,
                    problem: None,
                };
                (file, opened, Vec::new(), team, failure)
            }
        };
        let session = Session {
            db_path,
            config: None,
            today,
            system_language: crate::i18n::system_language(|v| std::env::var(v).ok()),
            state: Mutex::new(State {
                store: opened.store,
                demo: false,
                cache: None,
                cache_mark: None,
                cache_count: 0,
                prepared: Default::default(),
                live: Arc::default(),
                watcher: None,
                team,
                team_failure,
                read_only: opened.read_only,
                problem: opened.problem,
                warnings,
                undo: undo::UndoQueue::default(),
                log_keys: None,
                welcome_language: None,
            }),
            progress: Arc::new(Progress::default()),
            pin: Mutex::default(),
            team_copy: team_copy::TeamCopy::default(),
            seat: outbox::Seat::default(),
            offline: offline::Offline::default(),
            keys: Arc::new(crate::keystore::NoKeyStore),
        };
        session.lock().watch();
        // A file took its daily copy in Store::open; a team database's is
        // the owner's seat's (team::take_daily).
        session.take_team_daily();
        Ok(session)
    }

    /// The session as if the system spoke `lang` (read from `LANG` and
    /// friends otherwise), for tests.
    pub fn with_system_language(mut self, lang: Option<&'static str>) -> Session {
        self.system_language = lang;
        self
    }

    /// Remembers a team connection made on the welcome screen in `config`
    /// (the app's configuration file), for the next start.
    /// The outbox of entries waiting for the server is kept beside it.
    pub fn with_config(mut self, config: Option<PathBuf>) -> Session {
        self.outbox_beside(config.as_deref());
        self.config = config;
        self
    }

    pub fn db_path(&self) -> &Path {
        &self.db_path
    }

    pub fn today(&self) -> NaiveDate {
        self.today
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic in another command must not lock the user out of their data.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn status(&self) -> Result<SessionStatus> {
        let st = self.lock();
        let settings = st
            .store
            .as_ref()
            .map(|s| s.settings().clone())
            .unwrap_or_default();
        let on_team = !st.demo && st.store.as_ref().is_some_and(Store::is_team);
        let mut status = SessionStatus {
            needs_setup: st.store.is_none() && st.problem.is_none(),
            demo: st.demo,
            company: settings.company_name,
            currency: settings.currency,
            // Before any company exists, the welcome screen's language.
            language: match (&st.store, st.welcome_language, self.system_language) {
                (Some(_), _, _) | (None, None, None) => convert::language_of(&settings.language),
                (None, Some(welcome), _) => welcome,
                (None, None, Some(system)) => convert::language_of(system),
            },
            fiscal_year_start_month: settings.fiscal_year_start_month,
            db_path: if st.demo || st.store.is_none() || on_team {
                None
            } else {
                Some(self.db_path.display().to_string())
            },
            today: self.today,
            read_only: st.read_only && !st.demo,
            problem: if st.demo { None } else { st.problem.clone() },
            warnings: if st.demo {
                Vec::new()
            } else {
                st.warnings.clone()
            },
            team: st.team.as_ref().filter(|_| on_team).map(team::label),
            team_connection: st.team.as_ref().map(team::connection_of),
            team_failure: if st.demo || on_team {
                None
            } else {
                st.team_failure.clone()
            },
            team_backup_failure: if on_team {
                self.team_copy.failure()
            } else {
                None
            },
            role: st.store.as_ref().map_or(Role::Owner, Store::role),
            reach: self.seat.reach(outbox::outbox_key(&st).as_deref()),
        };
        self.offline_status(&st, &mut status);
        Ok(status)
    }

    /// "Explore the demo company": five years of a job shop, in memory, so
    /// that trying things out never touches the user's own database. It
    /// speaks `language` (the welcome screen's): its channels and
    /// descriptive source names are named as a company created in it would
    /// name them.
    pub fn open_demo(&self, language: Choice<Language>) -> Result<SessionStatus> {
        let opts = DemoOptions {
            today: self.today,
            // The demo's own check refuses an unknown language, naming the
            // field `lang` as the command line's `--lang` does.
            language: language.text().trim().to_lowercase(),
            ..DemoOptions::default()
        };
        opts.validate()?;
        let ds = demo::generate(&opts);
        let mut store = Store::in_memory(Settings {
            currency: ds.settings.currency.clone(),
            language: ds.settings.language.clone(),
            ..Settings::default()
        })?;
        store.fill(&ds)?;
        self.lock().replace(store, true, Vec::new());
        self.status()
    }

    /// "Start my company" from the demo: the demo is dropped and the session
    /// is where it was before it: at the welcome screen's setup form (in the
    /// demo's language), or at the database file if one has appeared at the
    /// session's path meanwhile. Outside the demo it changes nothing.
    pub fn leave_demo(&self) -> Result<SessionStatus> {
        {
            let mut st = self.lock();
            if st.demo {
                let language = st
                    .store
                    .as_ref()
                    .map(|s| convert::language_of(&s.settings().language));
                let team = st.team.clone();
                let (opened, warnings) = match &team {
                    // Back to the team database the session is set to.
                    Some(t) => {
                        let opened = match Store::open_team(t) {
                            Ok(store) => {
                                st.team_failure = None;
                                Some(store)
                            }
                            Err(e) => {
                                st.team_failure = Some(e);
                                None
                            }
                        };
                        let opened = integrity::Opened {
                            store: opened,
                            read_only: false,
                            problem: None,
                        };
                        (opened, Vec::new())
                    }
                    None => open_at(&self.db_path),
                };
                match opened.store {
                    Some(store) => st.replace(store, false, warnings),
                    None => {
                        st.store = None;
                        st.demo = false;
                        st.cache = None;
                        st.undo.clear();
                        st.log_keys = None;
                        st.warnings = warnings;
                    }
                }
                st.read_only = opened.read_only;
                st.problem = opened.problem;
                st.welcome_language = language;
            }
        }
        self.take_team_daily();
        self.status()
    }

    /// "Set up my company": creates the database at the session's path, its
    /// channels named in the language chosen.
    pub fn create_company(&self, c: NewCompany) -> Result<SessionStatus> {
        if c.name.trim().is_empty() {
            return Err(Error::invalid("name", "the company name must not be empty"));
        }
        let settings = convert::new_company(c)?;
        let store = Store::create(&self.db_path, settings)?;
        let warnings = integrity::location_notices(&self.db_path);
        {
            let mut st = self.lock();
            st.replace(store, false, warnings);
            // The company is now the file: the next start opens it, not a
            // team database remembered before.
            st.team = None;
            st.team_failure = None;
        }
        if let Some(config) = &self.config {
            team::forget(config, self.keys.as_ref())?;
        }
        self.status()
    }

    /// Runs `f` on the records (loaded once until the next write).
    fn read<T>(&self, f: impl FnOnce(&Store, &Dataset) -> Result<T>) -> Result<T> {
        self.read_shared(|store, ds, _| f(store, ds))
    }

    /// [`read`](Self::read), handing `f` the records as kept and the slot
    /// of their engine form (see `live::PreparedSlot`).
    fn read_shared<T>(
        &self,
        f: impl FnOnce(&Store, &Arc<Dataset>, &live::PreparedSlot) -> Result<T>,
    ) -> Result<T> {
        let mut st = self.lock();
        // Taken before the records are loaded, so that a change committed
        // in between shows at the next read.
        let mark = st.store.as_ref().map(Store::change_mark).transpose();
        let mark = self.seat.noted(mark)?.flatten();
        let count = st.live.count();
        if mark != st.cache_mark || count != st.cache_count {
            st.cache = None;
            st.cache_mark = mark;
            st.cache_count = count;
        }
        let ds = match &st.cache {
            Some(ds) => ds.clone(),
            None => {
                let store = st.store.as_ref().ok_or_else(|| absent(&st))?;
                let ds = Arc::new(self.seat.noted(store.load_dataset())?);
                st.cache = Some(ds.clone());
                self.seat.read_done(Some(&ds));
                ds
            }
        };
        if st.cache_mark.is_some() {
            // The server answered that the records kept are current.
            self.seat.read_done(None);
        }
        let store = st.store.as_ref().ok_or_else(|| absent(&st))?;
        f(store, &ds, &st.prepared)
    }

    /// Runs `f` with the store for writing; drops the cached records.
    fn write<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        let mut st = self.lock();
        if st.read_only {
            return Err(integrity::read_only_error());
        }
        st.cache = None;
        let missing = absent(&st);
        let store = st.store.as_mut().ok_or(missing)?;
        self.seat.noted(f(store))
    }

    /// The outbox key of the open team database (see `outbox`).
    fn team_key(&self) -> Option<String> {
        outbox::outbox_key(&self.lock())
    }

    pub fn settings(&self) -> Result<SettingsDto> {
        let st = self.lock();
        let store = st.store.as_ref().ok_or_else(|| absent(&st))?;
        Ok(SettingsDto::from(store.settings()))
    }

    /// Saves the settings (the currency is fixed at creation).
    pub fn update_settings(&self, s: SettingsDto) -> Result<SettingsDto> {
        let settings = convert::settings_of(s)?;
        self.pin_settings(&settings)?;
        self.write(|store| {
            store.update_settings(settings)?;
            Ok(SettingsDto::from(store.settings()))
        })
    }
}

impl Session {
    /// The path whose `backups/` folder holds the open database's backups:
    /// the file itself, or for a team database its folder beside the local
    /// data (see `team`).
    fn backups_anchor(&self, st: &State) -> PathBuf {
        match st.store.as_ref().and_then(Store::team) {
            Some(t) => team::backups_anchor(&self.db_path, t),
            None => self.db_path.clone(),
        }
    }
}

/// Why no store serves a command: no company yet, or an offline team seat.
fn absent(st: &State) -> Error {
    if st.offline_seat() {
        offline::away()
    } else {
        no_company()
    }
}

fn no_company() -> Error {
    Error::new(
        ErrorCode::NotFound,
        "no company is open yet; explore the demo company or start your own",
    )
}
