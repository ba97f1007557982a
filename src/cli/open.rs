//! Finding and opening the database for a command.

use leadledger::demo::{self, DemoOptions};
use leadledger::error::{Error, ErrorCode, Result};
use leadledger::records::Settings;
use leadledger::store::{location, Store};
use std::path::{Path, PathBuf};

/// The database in the platform's data directory
/// (`~/.local/share/leadledger/leadledger.db` on Linux).
pub fn default_path() -> Result<PathBuf> {
    directories::ProjectDirs::from("", "", "leadledger")
        .map(|d| d.data_dir().join("leadledger.db"))
        .ok_or_else(|| Error::new(ErrorCode::Io, "no home directory found; pass --db PATH"))
}

/// Warns on standard error when the database lies on a network share or in a
/// cloud-sync folder. It is a warning, not a refusal: the user may know the
/// share is used by one computer at a time, but should know the risk.
pub fn warn_location(path: &Path) {
    if let Some(w) = location::warning(path) {
        eprintln!("leadledger: warning: {} ({})", w.message, w.code.as_str());
    }
}

/// Opens an existing database, after the location warning.
pub fn open(path: &Path) -> Result<Store> {
    warn_location(path);
    Store::open(path)
}

/// Creates a new database, after the location warning.
pub fn create(path: &Path, settings: Settings) -> Result<Store> {
    warn_location(path);
    Store::create(path, settings)
}

/// Opens the database for a command that only reads. With no database yet,
/// the demo company is shown from memory (and nothing is written), so a first
/// look at the tool shows real figures.
pub fn open_for_reading(path: &Path) -> Result<Store> {
    if path.exists() {
        return open(path);
    }
    eprintln!(
        "leadledger: no database at {} yet; showing the demo company. \
         Run `leadledger init` to start your own.",
        path.display()
    );
    demo_in_memory(None)
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
