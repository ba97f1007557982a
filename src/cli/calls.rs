//! The call log on the command line: `leadledger import calls FILE
//! [--format …] [--columns …]`, and `leadledger calls unlogged [--since
//! DATE]`, the calls nobody logged, as the Log screen's queue lists them.

use super::open::{open_for, open_for_reading, Db};
use leadledger::csvio::calls::{CallFormat, ColumnMap};
use leadledger::error::{Error, Result};
use leadledger::role::Act;
use leadledger::store::{CallImportOptions, QUEUE_DAYS_MAX};
use std::io::Write;
use std::path::Path;

/// `--format`, read as the import's own words say it.
pub fn parse_format(s: &str) -> std::result::Result<CallFormat, String> {
    CallFormat::parse(s).ok_or_else(|| {
        format!(
            "unknown call log format '{s}'; use one of {}",
            CallFormat::choices()
        )
    })
}

/// `--columns started_at=…,caller=…,dialled=…`.
pub fn parse_columns(s: &str) -> std::result::Result<ColumnMap, String> {
    ColumnMap::parse(s)
}

/// Imports a phone system's call log whole, or refuses it with every bad
/// row, and says what it stored, what it had already and what it left out.
pub fn import(
    db: &Db,
    file: &Path,
    format: Option<CallFormat>,
    columns: Option<ColumnMap>,
    encoding: Option<&'static encoding_rs::Encoding>,
) -> Result<()> {
    let bytes = super::data::read_file(file)?;
    let mut store = open_for(db, Act::Import)?;
    let options = CallImportOptions {
        format,
        columns,
        encoding,
    };
    match store.import_calls(&bytes, &options)? {
        Ok(s) => {
            println!(
                "Imported {} inbound calls from {} ({}, {}): {} new, {} already stored.",
                s.calls,
                file.display(),
                s.format.describe(),
                s.detected.encoding,
                s.new,
                s.already
            );
            println!(
                "Left out: {} outgoing, {} internal, {} without a caller number.",
                s.skipped.outgoing, s.skipped.internal, s.skipped.withheld
            );
            if s.tagged > 0 {
                println!(
                    "{} inquiries with an Unknown first touch now have the source of the \
                     tracking number their caller dialled.",
                    s.tagged
                );
            }
            if s.purged > 0 {
                println!(
                    "{} calls older than {} months lost their numbers (the retention period); \
                     their figures are kept.",
                    s.purged,
                    store.settings().call_retention_months
                );
            }
            Ok(())
        }
        Err(rejected) => Err(rejected.to_error(&file.display().to_string())),
    }
}

/// Writes the call log in the plain form; FILE "-" writes to standard
/// output. The owner's, as every export is.
pub fn export(db: &Db, file: &Path) -> Result<()> {
    let store = open_for_reading(db)?;
    store.role().require(Act::Export)?;
    if file.as_os_str() == "-" {
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        store.export_calls(&mut lock)?;
        lock.flush()?;
        return Ok(());
    }
    let done = leadledger::atomic::write_with(file, |out| store.export_calls(out))?;
    println!("Exported {} calls to {}.", done.written, file.display());
    if done.not_written > 0 {
        println!(
            "{} calls were not written: past the retention period, not inbound, or \
             without a caller or dialled number.",
            done.not_written
        );
    }
    Ok(())
}

/// Lists the counted calls since `since` (default: the last 7 days) that
/// no inquiry matches, newest first.
pub fn unlogged(db: &Db, since: Option<chrono::NaiveDate>) -> Result<()> {
    let today = chrono::Local::now().date_naive();
    let since = since.unwrap_or(today - chrono::Days::new(6));
    let oldest = today - chrono::Days::new(u64::from(QUEUE_DAYS_MAX) - 1);
    if since < oldest {
        return Err(Error::invalid(
            "since",
            format!("--since looks back at most {QUEUE_DAYS_MAX} days, to {oldest}"),
        ));
    }
    let store = open_for_reading(db)?;
    let queue = store.unlogged_calls(since.and_hms_opt(0, 0, 0).expect("midnight exists"))?;
    if queue.is_empty() {
        println!("Every call since {since} is logged.");
        return Ok(());
    }
    println!("{} calls since {since} that nobody logged:", queue.len());
    for u in &queue {
        let c = &u.call.call;
        println!(
            "  {}  {:<22} {:>3}:{:02}  {}{}",
            c.started_at.format("%Y-%m-%d %H:%M"),
            c.caller,
            c.duration_s / 60,
            c.duration_s % 60,
            c.dialled.as_deref().unwrap_or("-"),
            u.source
                .as_ref()
                .map_or_else(String::new, |(_, name)| format!(" ({name})")),
        );
    }
    Ok(())
}
