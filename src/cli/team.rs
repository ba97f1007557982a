//! The `team` commands: preparing, filling from a file, copying to a file
//! and upgrading a team database on a PostgreSQL server.

use super::open::Db;
use leadledger::error::Result;
use leadledger::records::{Dataset, Settings};
use leadledger::store::Store;
use std::path::Path;

/// `team init`: prepares an empty database on the server for the company,
/// as `init` creates a file.
pub fn init(db: &Db, settings: Settings) -> Result<()> {
    db.team("init")?;
    super::data::init(db, settings)
}

/// `team push FILE`: copies a database file into an empty team database.
pub fn push(db: &Db, file: &Path) -> Result<()> {
    let target = db.team("push")?;
    let store = Store::push_file(file, target)?;
    println!(
        "Pushed {} into the team {}: {}.",
        file.display(),
        target.place(),
        contents(&store)?
    );
    Ok(())
}

/// `team pull FILE`: makes a new database file of the team database, and
/// opens it again to check it.
pub fn pull(db: &Db, file: &Path) -> Result<()> {
    let target = db.team("pull")?;
    Store::open_team(target)?.pull_into(file)?;
    let copy = Store::open(file)?;
    println!(
        "Pulled the team {} into {}: {}.",
        target.place(),
        file.display(),
        contents(&copy)?
    );
    Ok(())
}

/// `team upgrade`: brings the schema up to this build's.
pub fn upgrade(db: &Db) -> Result<()> {
    let target = db.team("upgrade")?;
    let done = Store::upgrade_team(target)?;
    if done.from == done.to {
        println!(
            "The team {} already has schema {}, this version's; nothing to do.",
            target.place(),
            done.to
        );
    } else {
        println!(
            "Upgraded the team {} from schema {} to {}.",
            target.place(),
            done.from,
            done.to
        );
    }
    Ok(())
}

/// "1234 inquiries, 56 deals, 78 spend entries, 9012 audit entries".
fn contents(store: &Store) -> Result<String> {
    let ds: Dataset = store.load_dataset()?;
    Ok(format!(
        "{} inquiries, {} deals, {} spend entries, {} audit entries",
        ds.inquiries.len(),
        ds.deals.len(),
        ds.spend.len(),
        store.audit_count()?
    ))
}
