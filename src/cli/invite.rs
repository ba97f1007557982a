//! The owner's invite file on the command line: `team invite FILE --ca
//! CERT` writes one for the team database `--db` names, and `--invite FILE
//! --user NAME` connects a seat through one (`store::pg::invite`).

use super::open::Db;
use leadledger::error::{Error, Result};
use leadledger::role::Act;
use leadledger::store::pg::invite::Invite;
use leadledger::store::pg::target::PASSWORD_VAR;
use leadledger::store::Store;
use std::path::Path;

/// `team invite FILE --ca CERT [--host H] [--port P]`: the invite to the
/// team database, reached at `host:port` (by default as `--db` reaches it,
/// which on the server itself is a local name the seats cannot use). Only
/// an owner writes one: it is how people are let in.
pub fn write(db: &Db, file: &Path, ca: &Path, host: Option<&str>, port: Option<u16>) -> Result<()> {
    let target = db.team("invite")?;
    let store = Store::open_team(target)?;
    store.role().require(Act::People)?;
    let host = host.unwrap_or(&target.host);
    let port = port.unwrap_or(target.port);
    let invite = Invite::new(host, port, &target.database, ca)?;
    invite.write(file)?;
    println!(
        "Wrote the invite to database {} on {host}:{port} into {}. It holds no user and no \
         password: each person connects with `leadledger --invite {} --user NAME` or opens \
         it on the app's welcome screen, with the password the owner gave them.",
        target.database,
        file.display(),
        file.display()
    );
    Ok(())
}

/// The team database an invite leads to, for the login `user`; the
/// password from `LEADLEDGER_PASSWORD`, else asked on the terminal.
pub fn db_of(file: &Path, user: Option<&str>) -> Result<Db> {
    let user = user.ok_or_else(|| {
        Error::invalid(
            "user",
            "--invite needs the person's login name: --user NAME",
        )
    })?;
    let target = Invite::read(file)?
        .target(file, user)?
        .or_password(std::env::var(PASSWORD_VAR).ok());
    Ok(Db::Team(super::prompt::missing_password(target)?))
}
