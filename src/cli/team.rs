//! The `team` commands: preparing, filling from a file, copying to a file
//! and upgrading a team database on a PostgreSQL server.

use super::open::Db;
use leadledger::error::Result;
use leadledger::records::{Dataset, Settings};
use leadledger::role::{Act, Role};
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

/// The team database for a people command, refused with `forbidden`
/// for a login that is not an owner's before anything is asked of it.
fn for_people(db: &Db, command: &str) -> Result<Store> {
    let target = db.team(command)?;
    let store = Store::open_team(target)?;
    store.role().require(Act::People)?;
    Ok(store)
}

/// `team add-user NAME --role ROLE`: a new person with a password typed
/// (or given on standard input), never on the command line.
pub fn add_user(db: &Db, name: &str, role: Role, password_stdin: bool) -> Result<()> {
    let store = for_people(db, "add-user")?;
    let place = db.team("add-user")?.place();
    if store.login_exists(name)? {
        // A login of the server's own joins the role with its password.
        store.add_person(name, role, None)?;
        println!(
            "Added {name}, a login the server has already, to the team {place} as {}; \
             its password is unchanged.",
            role.as_str()
        );
        return Ok(());
    }
    let password = super::prompt::new_password(name, password_stdin)?;
    store.add_person(name, role, Some(&password))?;
    println!("Added {name} to the team {place} as {}.", role.as_str());
    Ok(())
}

/// `team remove-user NAME`.
pub fn remove_user(db: &Db, name: &str) -> Result<()> {
    let store = for_people(db, "remove-user")?;
    store.remove_person(name)?;
    let place = db.team("remove-user")?.place();
    if store.login_exists(name)? {
        println!(
            "Removed {name} from the team {place}; the login stays on the server, which \
             had it before."
        );
    } else {
        println!("Removed {name} from the team {place}.");
    }
    Ok(())
}

/// `team reset-password NAME`.
pub fn reset_password(db: &Db, name: &str, password_stdin: bool) -> Result<()> {
    let store = for_people(db, "reset-password")?;
    let password = super::prompt::new_password(name, password_stdin)?;
    store.reset_password(name, &password)?;
    println!("Gave {name} a new password.");
    Ok(())
}

/// `team users`: each person with their role, one a line.
pub fn users(db: &Db) -> Result<()> {
    let store = for_people(db, "users")?;
    let people = store.people()?;
    if people.is_empty() {
        println!(
            "The team {} has no people yet; add them with `team add-user`.",
            db.team("users")?.place()
        );
    }
    let width = people
        .iter()
        .map(|p| p.login.chars().count())
        .max()
        .unwrap_or(0);
    for p in people {
        println!("{:<width$}  {}", p.login, p.role.as_str());
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
