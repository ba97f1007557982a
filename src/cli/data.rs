//! The commands that create, fill, import and export a database.

use super::open::{create, demo_options, open, open_for, open_for_reading, team_home, Db};
use leadledger::csvio::Kind;
use leadledger::demo;
use leadledger::error::{Error, ErrorCode, Result};
use leadledger::records::{DealStatus, Settings};
use leadledger::role::Act;
use leadledger::store::{backup, ImportOptions};
use rust_decimal::Decimal;
use std::io::Write;
use std::path::{Path, PathBuf};

/// `init`: a new file, or on a team server an empty database prepared (as
/// `team init`).
pub fn init(db: &Db, settings: Settings) -> Result<()> {
    let store = create(db, settings)?;
    let made = match db {
        Db::File(path) => format!("Created {}", path.display()),
        Db::Team(t) => format!("Prepared the team {}", t.place()),
    };
    println!(
        "{made} for {} in {}.",
        display_name(&store.settings().company_name),
        store.settings().currency
    );
    Ok(())
}

pub fn display_name(name: &str) -> &str {
    if name.is_empty() {
        "your company"
    } else {
        name
    }
}

pub fn import(
    db: &Db,
    kind: Kind,
    file: &Path,
    create_sources: bool,
    encoding: Option<&'static encoding_rs::Encoding>,
) -> Result<()> {
    // The file is read in chunks by the import; opening it first names a
    // missing file before the database is opened.
    std::fs::File::open(file).map_err(|e| {
        Error::new(
            ErrorCode::Io,
            format!("cannot read {}: {e}", file.display()),
        )
    })?;
    let mut store = open_for(db, Act::Import)?;
    let options = ImportOptions {
        create_sources,
        encoding,
        progress: None,
    };
    match store.import_csv_file(kind, file, &options)? {
        Ok(s) => {
            println!(
                "Imported {} {} rows from {} ({}, '{}'-separated, dates {}): {} new, {} changed, {} unchanged.",
                s.rows,
                kind.as_str(),
                file.display(),
                s.detected.encoding,
                printable(s.detected.delimiter),
                s.detected.date_format,
                s.inserted,
                s.updated,
                s.unchanged
            );
            if s.detected.encoding_guessed {
                println!(
                    "The text fits more than one code page; {} was guessed from the database's \
                     language. If names look wrong, import again with --encoding NAME \
                     (Windows-1250 for central European, Windows-1251 for Cyrillic).",
                    s.detected.encoding
                );
            }
            for c in &s.changed_channels {
                println!(
                    "Channel {} is now {} (was {}).",
                    c.channel,
                    c.to.as_str(),
                    c.from.as_str()
                );
            }
            if !s.created_sources.is_empty() {
                println!(
                    "Created sources (in the Unknown channel): {}",
                    s.created_sources.join(", ")
                );
            }
            Ok(())
        }
        Err(rejected) => Err(rejected.to_error(&file.display().to_string())),
    }
}

/// The bytes of a file to import; a failure names the file.
pub fn read_file(file: &Path) -> Result<Vec<u8>> {
    std::fs::read(file).map_err(|e| {
        Error::new(
            ErrorCode::Io,
            format!("cannot read {}: {e}", file.display()),
        )
    })
}

fn printable(c: char) -> String {
    if c == '\t' {
        "tab".into()
    } else {
        c.to_string()
    }
}

pub fn export(db: &Db, kind: Kind, file: &Path) -> Result<()> {
    let store = open_for_reading(db)?;
    store.role().require(Act::Export)?;
    if file.as_os_str() == "-" {
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        store.export_csv(kind, &mut lock)?;
        lock.flush()?;
        return Ok(());
    }
    // Streamed into a temporary file and renamed into place, so a failure
    // never leaves a half-written file where the accountant expects a whole one.
    leadledger::atomic::write_with(file, |out| store.export_csv(kind, out))?;
    println!("Exported {} to {}.", kind.as_str(), file.display());
    Ok(())
}

pub fn demo(db: &Db, today: Option<chrono::NaiveDate>, language: Option<&str>) -> Result<()> {
    super::figures::check_date_arg("today", today)?;
    let mut opts = demo_options(today);
    if let Some(lang) = language {
        opts.language = leadledger::i18n::parse_lang(lang)?.to_string();
    }
    let created = !db.exists()?;
    let existing = if created {
        None
    } else {
        Some(open_for(db, Act::Import)?)
    };
    if let Some(store) = &existing {
        // The demo fills the database's own channels: named in its language.
        let own = &store.settings().language;
        if language.is_some() && *own != opts.language {
            return Err(Error::invalid(
                "language",
                format!("{} is in '{own}', and so is its demo company", db.name()),
            ));
        }
        opts.language = own.clone();
    }
    let ds = demo::generate(&opts);
    let mut store = match existing {
        Some(store) => store,
        None => create(
            db,
            Settings {
                currency: ds.settings.currency.clone(),
                language: ds.settings.language.clone(),
                ..Settings::default()
            },
        )?,
    };
    if let Err(e) = store.fill(&ds) {
        // A refused fill leaves no empty database behind that the user did
        // not ask for; the next `init` or `demo` starts clean. (A team
        // database is the server administrator's to drop; the fill is one
        // transaction, so it holds the prepared schema and nothing else.)
        drop(store);
        if let (true, Db::File(path)) = (created, db) {
            let _ = std::fs::remove_file(path);
            for ext in ["-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
            }
        }
        return Err(e);
    }
    println!(
        "Filled {} with the demo company {}: {} inquiries, {} deals, {} spend entries.",
        db.name(),
        ds.settings.company_name,
        ds.inquiries.len(),
        ds.deals.len(),
        ds.spend.len()
    );
    Ok(())
}

pub fn summary(db: &Db, as_of: Option<chrono::NaiveDate>) -> Result<()> {
    super::figures::check_date_arg("as-of", as_of)?;
    let store = open_for_reading(db)?;
    let ds = store.load_dataset()?;
    let cur = &ds.settings.currency;
    let spend: Decimal = ds.spend.iter().map(|s| s.amount).sum();
    let won: Vec<_> = ds
        .deals
        .iter()
        .filter(|d| d.status == DealStatus::Won)
        .collect();
    let revenue: Decimal = won.iter().map(|d| d.amount).sum();
    let leads = ds.inquiries.iter().filter(|i| i.is_lead).count();
    println!("{} ({})", display_name(&ds.settings.company_name), cur);
    match (store.path(), store.team()) {
        (Some(p), _) => println!("Database: {}", p.display()),
        (None, Some(t)) => println!("Database: the team {} ({})", t.place(), t.url()),
        (None, None) => println!("Database: the demo company, in memory"),
    }
    let role = store.role();
    if role.reads_money() {
        println!(
            "Records: {} channels, {} sources, {} spend entries ({spend:.2} {cur}), {} inquiries ({leads} leads), \
             {} deals ({} won, {revenue:.2} {cur}).",
            ds.channels.len(),
            ds.sources.len(),
            ds.spend.len(),
            ds.inquiries.len(),
            ds.deals.len(),
            won.len()
        );
    } else {
        // What the role may not see is left out, not shown as zero.
        let deals = if role.reads_deals() {
            format!(", {} deals ({} won)", ds.deals.len(), won.len())
        } else {
            String::new()
        };
        println!(
            "Records: {} channels, {} sources, {} inquiries ({leads} leads){deals}.",
            ds.channels.len(),
            ds.sources.len(),
            ds.inquiries.len(),
        );
    }
    super::figures::print_year_to_date(&store, as_of)
}

pub struct SettingsChange {
    pub name: Option<String>,
    pub fiscal_start: Option<u32>,
    pub gross_margin: Option<Decimal>,
    pub half_life: Option<Decimal>,
    pub language: Option<String>,
    pub call_retention_months: Option<u32>,
}

/// Prints the settings after applying any change given.
pub fn settings(db: &Db, change: SettingsChange) -> Result<()> {
    let mut store = open(db)?;
    let mut s = store.settings().clone();
    // The money settings are refused with the money sentence, the company's
    // name, language and fiscal year with their own, so that a staff login
    // reads why for what it asked, as the app says it.
    let money = change.gross_margin.is_some()
        || change.half_life.is_some()
        || change.call_retention_months.is_some();
    let company =
        change.name.is_some() || change.fiscal_start.is_some() || change.language.is_some();
    let changing = money || company;
    if money {
        store.role().require(Act::Money)?;
    }
    if company {
        store.role().require(Act::Company)?;
    }
    if let Some(v) = change.name {
        s.company_name = v;
    }
    if let Some(v) = change.fiscal_start {
        s.fiscal_year_start_month = v;
    }
    if let Some(v) = change.gross_margin {
        s.gross_margin = v;
    }
    if let Some(v) = change.half_life {
        s.half_life_days = v;
    }
    if let Some(v) = change.language {
        s.language = v;
    }
    if let Some(v) = change.call_retention_months {
        s.call_retention_months = v;
    }
    if changing {
        store.update_settings(s)?;
    }
    let s = store.settings();
    println!("company_name: {}", s.company_name);
    println!("currency: {}", s.currency);
    println!("fiscal_year_start_month: {}", s.fiscal_year_start_month);
    // A staff seat reads the company's settings only; the others are not
    // shown at all rather than shown as their defaults.
    if store.role().reads_money() {
        println!("gross_margin: {}", s.gross_margin);
        println!("half_life_days: {}", s.half_life_days);
        println!("call_retention_months: {}", s.call_retention_months);
    }
    println!("language: {}", s.language);
    Ok(())
}

/// The path a database's backups are found from (`backup::backups_dir`):
/// the file itself, or the team database's stand-in on this computer.
fn backups_anchor(db: &Db) -> Result<PathBuf> {
    match db {
        Db::File(path) => Ok(path.clone()),
        Db::Team(t) => team_home(t),
    }
}

pub fn backup(db: &Db, out: Option<PathBuf>) -> Result<()> {
    let store = open_for(db, Act::Backup)?;
    if out.is_none() && store.is_team() {
        // The owner's seat keeps a team database's daily, weekly and
        // monthly copies as a file's: today's first, then manual ones.
        let today = chrono::Local::now().date_naive();
        if let Some(daily) = backup::daily_at(&store, &backups_anchor(db)?, today)? {
            println!("Backed up {} to {} (checked).", db.name(), daily.display());
            return Ok(());
        }
    }
    let out = match out {
        Some(out) => out,
        None => {
            let stamp = chrono::Local::now().format("%Y-%m-%d-%H%M%S");
            backup::backups_dir(&backups_anchor(db)?).join(format!("manual-{stamp}.db"))
        }
    };
    if store.is_team() {
        // A team database's backup is a pulled file, which needs its folder.
        if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                Error::new(
                    ErrorCode::Io,
                    format!("cannot make the folder {}: {e}", dir.display()),
                )
            })?;
        }
    }
    store.backup_to(&out)?;
    println!("Backed up {} to {} (checked).", db.name(), out.display());
    Ok(())
}

pub fn backups(db: &Db) -> Result<()> {
    let anchor = backups_anchor(db)?;
    let list = backup::list(&anchor)?;
    if list.is_empty() {
        match db {
            Db::File(path) => println!("No backups beside {} yet.", path.display()),
            Db::Team(_) => println!(
                "No backups of {} in {} yet.",
                db.name(),
                backup::backups_dir(&anchor).display()
            ),
        }
    }
    for b in list {
        println!("{}  {:>10} bytes", b.path.display(), b.bytes);
    }
    Ok(())
}

pub fn restore(db: &Db, file: &Path) -> Result<()> {
    let db = match db {
        Db::File(path) => path,
        Db::Team(_) => {
            // The server's records are replaced by the backup's in one
            // transaction, after the current ones are pulled beside them.
            let mut store = open_for(db, Act::Backup)?;
            let dir = backup::backups_dir(&backups_anchor(db)?);
            let kept = store.restore_team(file, &dir)?;
            println!("The previous records were kept as {}.", kept.display());
            println!("Restored the team {} from {}.", db.name(), file.display());
            return Ok(());
        }
    };
    let kept = backup::restore(db, file)?;
    if let Some(k) = kept {
        println!("The previous database was kept as {}.", k.display());
    }
    println!("Restored {} from {}.", db.display(), file.display());
    Ok(())
}
