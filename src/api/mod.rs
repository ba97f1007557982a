//! The facade the desktop app calls: one [`Session`] per window process,
//! holding the open database, and one method per UI command. The Tauri
//! commands in `src-tauri` are one-line adapters to these methods, so every
//! rule is here, tested without a window.
//!
//! Across the boundary money is a decimal string, dates are ISO text and
//! every failure is a [`crate::Error`] (`{code, message, field}`).

mod backups;
pub mod bindings;
mod choice;
mod commands;
mod convert;
mod dashboard;
pub mod dto;
mod dto_enums;
mod dto_safety;
mod files;
mod inquiries;
mod integrity;
mod keys;
mod known;
mod reports;
mod sources;
mod spend;
mod undo;
mod warnings;

pub use dto::*;
pub use dto_safety::*;
pub use reports::{ReportPreview, ReportQuery, SavedReport};

use crate::demo::{self, DemoOptions};
use crate::error::{Error, ErrorCode, Result};
use crate::records::{Dataset, Settings};
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
    /// milliseconds, so one load serves many reads.
    cache: Option<Arc<Dataset>>,
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
    /// A new store replaces the old one: nothing of the old one applies.
    fn replace(&mut self, store: Store, demo: bool, warnings: Vec<NoticeDto>) {
        self.store = Some(store);
        self.demo = demo;
        self.cache = None;
        self.read_only = false;
        self.problem = None;
        self.warnings = warnings;
        self.undo.clear();
        self.log_keys = None;
    }
}

pub struct Session {
    db_path: PathBuf,
    today: NaiveDate,
    /// The system's language (`LANG` and friends), if one of the five: the
    /// welcome screen's before any company exists.
    system_language: Option<&'static str>,
    state: Mutex<State>,
    /// Outside the lock on purpose: an import holds the lock while it runs,
    /// and the page reads its progress meanwhile.
    progress: Arc<Progress>,
}

/// The database path: `--db`, else `LEADLEDGER_DB`, else the platform's data
/// directory (`~/.local/share/leadledger/leadledger.db` on Linux).
pub fn resolve_db_path(arg: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(p) = arg {
        return Ok(p);
    }
    if let Some(p) = std::env::var_os(DB_ENV).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "leadledger")
        .map(|d| d.data_dir().join("leadledger.db"))
        .ok_or_else(|| Error::new(ErrorCode::Io, "no home directory found; pass --db PATH"))
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
    pub fn start_on(db_path: PathBuf, today: NaiveDate) -> Result<Session> {
        let (opened, warnings) = open_at(&db_path);
        Ok(Session {
            db_path,
            today,
            system_language: crate::i18n::system_language(|v| std::env::var(v).ok()),
            state: Mutex::new(State {
                store: opened.store,
                demo: false,
                cache: None,
                read_only: opened.read_only,
                problem: opened.problem,
                warnings,
                undo: undo::UndoQueue::default(),
                log_keys: None,
                welcome_language: None,
            }),
            progress: Arc::new(Progress::default()),
        })
    }

    /// The session as if the system spoke `lang` (read from `LANG` and
    /// friends otherwise), for tests.
    pub fn with_system_language(mut self, lang: Option<&'static str>) -> Session {
        self.system_language = lang;
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
        Ok(SessionStatus {
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
            db_path: if st.demo || st.store.is_none() {
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
        })
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
                let (opened, warnings) = open_at(&self.db_path);
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
        self.lock().replace(store, false, warnings);
        self.status()
    }

    /// Runs `f` on the records (loaded once until the next write).
    fn read<T>(&self, f: impl FnOnce(&Store, &Dataset) -> Result<T>) -> Result<T> {
        let mut st = self.lock();
        let ds = match &st.cache {
            Some(ds) => ds.clone(),
            None => {
                let store = st.store.as_ref().ok_or_else(no_company)?;
                let ds = Arc::new(store.load_dataset()?);
                st.cache = Some(ds.clone());
                ds
            }
        };
        let store = st.store.as_ref().ok_or_else(no_company)?;
        f(store, &ds)
    }

    /// Runs `f` with the store for writing; drops the cached records.
    fn write<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        let mut st = self.lock();
        if st.read_only {
            return Err(integrity::read_only_error());
        }
        st.cache = None;
        let store = st.store.as_mut().ok_or_else(no_company)?;
        f(store)
    }

    pub fn settings(&self) -> Result<SettingsDto> {
        let st = self.lock();
        let store = st.store.as_ref().ok_or_else(no_company)?;
        Ok(SettingsDto::from(store.settings()))
    }

    /// Saves the settings (the currency is fixed at creation).
    pub fn update_settings(&self, s: SettingsDto) -> Result<SettingsDto> {
        let settings = convert::settings_of(s)?;
        self.write(|store| {
            store.update_settings(settings)?;
            Ok(SettingsDto::from(store.settings()))
        })
    }
}

fn no_company() -> Error {
    Error::new(
        ErrorCode::NotFound,
        "no company is open yet; explore the demo company or start your own",
    )
}
