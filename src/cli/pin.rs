//! `pin clear`: the way back from a forgotten owner PIN. The PIN locks the
//! app's money screens, not the file, so whoever can open the file may
//! remove it; the command says so rather than pretending otherwise.

use super::open::{self, Db};
use leadledger::error::{Error, Result};

/// `pin clear`: removes the owner PIN of a database file.
pub fn clear(db: &Db) -> Result<()> {
    if let Db::Team(_) = db {
        return Err(Error::invalid(
            "db",
            "a team database has no owner PIN: the server's roles decide who sees what",
        ));
    }
    let mut store = open::open(db)?;
    if store.owner_pin_hash()?.is_none() {
        println!("{} has no owner PIN; nothing to clear.", db.name());
        return Ok(());
    }
    store.set_owner_pin_hash(None)?;
    println!(
        "Cleared the owner PIN of {}: the app's money screens are open until a new PIN is set.",
        db.name()
    );
    Ok(())
}
