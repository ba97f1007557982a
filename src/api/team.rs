//! The app on a team database (issue 13): the welcome screen's "Connect to
//! a team server", the connection the app remembers for its next start, and
//! where a team database's backups go on this computer.
//!
//! - The connection is remembered as its URL without the password
//!   (`Target::url`) in the app's configuration file (`connection.json` in
//!   the platform's config folder, which the shell names with
//!   [`super::Session::with_config`]). No password is ever written: it comes
//!   from the form, from `LEADLEDGER_PASSWORD` or from a `--db` URL, as
//!   `shared/spec/team.md` allows.
//! - A team database's backups are single files pulled from the server
//!   (`Store::backup_to`), kept in the same scheme as a file's, in a folder
//!   per team database beside the local data: `teams/<slug>/backups/`
//!   where `<slug>` is `user@host-port-database`. The owner's seat takes
//!   the daily copy on opening the team database, in the background
//!   (`team_copy`), rotated as a file's (`backup::daily_at`), and restores
//!   one into the server when asked (`Store::restore_team`, see `backups`).

use super::dto::{SessionStatus, TeamConnection, TeamConnectionInput, TeamTls};
use super::Session;
use crate::error::{Error, ErrorCode, Result};
use crate::keystore::KeyStore;
use crate::store::pg::invite::Invite;
use crate::store::pg::target::{is_url, PASSWORD_VAR};
use crate::store::pg::{SslMode, Target};
use crate::store::{backup, Store};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The name of the remembered connection's file in the config folder.
pub const CONFIG_FILE: &str = "connection.json";

/// The platform's place for the app's configuration file
/// (`~/.config/leadledger/connection.json` on Linux).
pub fn default_config_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "leadledger").map(|d| d.config_dir().join(CONFIG_FILE))
}

/// The team URL remembered in `config`, if any (without a password).
pub fn remembered(config: &Path) -> Option<String> {
    let text = std::fs::read_to_string(config).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v.get("team")
        .and_then(|t| t.as_str())
        .filter(|u| is_url(u))
        .map(str::to_string)
}

/// Remembers `target` (never its password) for the next start.
pub(super) fn remember(config: &Path, target: &Target) -> Result<()> {
    if let Some(dir) = config.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let text = serde_json::to_string_pretty(&serde_json::json!({ "team": target.url() }))
        .map_err(|e| Error::new(ErrorCode::Io, e.to_string()))?;
    crate::atomic::write_via_path(config, |tmp| {
        std::fs::write(tmp, text.as_bytes())?;
        Ok(())
    })
}

/// Forgets the remembered connection, and its password in the key store:
/// the next start opens the file.
pub(super) fn forget(config: &Path, keys: &dyn KeyStore) -> Result<()> {
    if let Some(url) = remembered(config) {
        if let Err(e) = keys.delete(&url) {
            eprintln!("leadledger: the team connection's password was not removed: {e}");
        }
    }
    match std::fs::remove_file(config) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
        _ => Ok(()),
    }
}

/// A copy of `invite` in `invites/` beside the config file, named after
/// the server and database it leads to; its path.
fn keep_invite(config: &Path, invite: &Invite) -> Result<PathBuf> {
    let name: String = format!("{}-{}-{}", invite.host, invite.port, invite.database)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-._".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let dir = config.parent().unwrap_or(Path::new(".")).join("invites");
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!("{name}.json"));
    invite.write(&path)?;
    Ok(path)
}

/// `%XX` for every byte a URL part may not hold as it is.
fn escape(part: &str) -> String {
    let mut out = String::new();
    for b in part.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The target the connect form names, its password from the form or else
/// from `LEADLEDGER_PASSWORD`.
pub(super) fn target_of(c: &TeamConnectionInput) -> Result<Target> {
    let tls = c.tls.get()?;
    for (field, value, what) in [
        ("host", &c.host, "the server's name or address"),
        ("database", &c.database, "the database's name"),
        ("user", &c.user, "the user name"),
    ] {
        if value.trim().is_empty() {
            return Err(Error::invalid(field, format!("{what} must not be empty")));
        }
    }
    if c.port == 0 {
        return Err(Error::invalid(
            "port",
            "the port must be between 1 and 65535",
        ));
    }
    let host = c.host.trim();
    let host = if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]")
    } else if host.starts_with('[') {
        host.to_string()
    } else {
        escape(host)
    };
    let mode = match tls {
        TeamTls::Prefer => "prefer",
        TeamTls::Require => "require",
        TeamTls::VerifyFull => "verify-full",
    };
    let url = format!(
        "postgres://{}@{host}:{}/{}?sslmode={mode}",
        escape(c.user.trim()),
        c.port,
        escape(c.database.trim())
    );
    let typed = c.password.clone().filter(|p| !p.is_empty());
    let target = Target::parse(&url).map_err(|e| Error::invalid("host", e.message))?;
    Ok(match typed {
        Some(p) => target.with_password(Some(p)),
        None => target.or_password(std::env::var(PASSWORD_VAR).ok()),
    })
}

/// The connection as the form shows it again: everything but the password.
pub(super) fn connection_of(t: &Target) -> TeamConnection {
    TeamConnection {
        host: t.host.clone(),
        port: t.port,
        database: t.database.clone(),
        user: t.user.clone(),
        tls: match t.sslmode {
            SslMode::Disable | SslMode::Prefer => TeamTls::Prefer,
            SslMode::Require => TeamTls::Require,
            SslMode::VerifyFull => TeamTls::VerifyFull,
        },
    }
}

/// "anna@192.168.1.5/shop" (the port only when it is not 5432): how the
/// header names the team database.
pub(super) fn label(t: &Target) -> String {
    let host = if t.host.contains(':') {
        format!("[{}]", t.host)
    } else {
        t.host.clone()
    };
    if t.port == 5432 {
        format!("{}@{host}/{}", t.user, t.database)
    } else {
        format!("{}@{host}:{}/{}", t.user, t.port, t.database)
    }
}

/// The path whose `backups/` folder holds the team database's backups: a
/// name in `teams/<slug>/` beside the local database file `file`, never a
/// file itself (`backup::team_anchor`, which the command line uses too).
pub(super) fn backups_anchor(file: &Path, t: &Target) -> PathBuf {
    crate::store::backup::team_anchor(file.parent().unwrap_or(Path::new(".")), t)
}

/// Whether the session's login reads every record of the team database,
/// so that its pulled copy is the whole company: the owner's seat. A
/// sales or front-desk seat sees part of the records and keeps no copies
/// of them (its login may not read spend or the audit trail at all).
pub(super) fn reads_everything(store: &Store) -> bool {
    store.is_team() && store.role() == crate::role::Role::Owner
}

/// Starts today's daily copy of the team database `store` is on, in its
/// folder beside the local database file `file`, rotated to 7 daily, 4
/// weekly and 12 monthly copies as a file's, in the background
/// (`team_copy`): the seat's first screen does not wait for it. The copy
/// reads through a session of its own, one snapshot of every record. A
/// failure does not keep the seat from working: it is said on standard
/// error and in the session's status, and the next open tries again.
pub(super) fn take_daily(
    copies: &super::team_copy::TeamCopy,
    file: &Path,
    store: &Store,
    today: NaiveDate,
) {
    let Some(t) = store.team() else {
        return;
    };
    if !reads_everything(store) {
        return;
    }
    let (target, anchor) = (t.clone(), backups_anchor(file, t));
    copies.start(t.place(), move || {
        let own = Store::open_team(&target)?;
        backup::daily_at(&own, &anchor, today).map(|_| ())
    });
}

impl Session {
    /// The owner's seat's daily copy of the open team database (nothing on
    /// a file, which took its own on opening, or in the demo), started in
    /// the background.
    pub(super) fn take_team_daily(&self) {
        let st = self.lock();
        if st.demo {
            return;
        }
        if let Some(store) = st.store.as_ref() {
            take_daily(&self.team_copy, &self.db_path, store, self.today);
        }
    }

    /// Waits until the team database's daily copy, if one is being taken,
    /// is done (for tests: the app lets it run, see `team_copy`).
    pub fn wait_for_team_copy(&self) {
        self.team_copy.wait();
    }

    /// "Connect to a team server": opens the team database the form names
    /// and makes it the session's, in place of a file or the demo. The
    /// connection (without its password) is remembered for the next start.
    /// A failure leaves the session as it was and comes back with its code:
    /// `auth_failed` (wrong or missing password), `offline` (the server
    /// cannot be reached), `not_found` (no such database), `not_a_database`
    /// (not Leadledger's, or empty), `server_too_old`, `needs_upgrade`,
    /// `tls_failed`.
    pub fn connect_team(&self, connection: TeamConnectionInput) -> Result<SessionStatus> {
        let target = self.with_known_authority(target_of(&connection)?);
        self.open_connection(target)
    }

    /// "Connect with an invite": the owner's invite file at `invite` (the
    /// server, its database and its authority) for the login `user`, the
    /// password typed or else from `LEADLEDGER_PASSWORD`. The invite is
    /// kept beside the remembered connection, so the authority outlives
    /// the file that was opened (a download, a USB stick). Fails as
    /// `connect_team` does, and with `invalid` on `invite` for a file that
    /// is not an invite.
    pub fn connect_invite(
        &self,
        invite: String,
        user: String,
        password: Option<String>,
    ) -> Result<SessionStatus> {
        let opened = PathBuf::from(invite);
        let read = Invite::read(&opened)?;
        let path = match &self.config {
            Some(config) => keep_invite(config, &read)?,
            None => opened,
        };
        let target = read.target(&path, &user)?;
        let target = match password.filter(|p| !p.is_empty()) {
            Some(p) => target.with_password(Some(p)),
            None => target.or_password(std::env::var(PASSWORD_VAR).ok()),
        };
        self.open_connection(target)
    }

    /// Settings → Team on an owner's seat: writes to `path` the invite to
    /// the open team database, reached by the seats at `host:port` and
    /// signed by the authority in the PEM file `ca`. Refused with
    /// `forbidden` for a staff seat, `invalid` on a file or in the demo.
    pub fn write_invite(&self, path: String, ca: String, host: String, port: u16) -> Result<()> {
        let database = {
            let st = self.lock();
            let (Some(store), Some(target), false) = (&st.store, &st.team, st.demo) else {
                return Err(Error::invalid(
                    "invite",
                    "an invite is written on a seat of a team database",
                ));
            };
            store.role().require(crate::role::Act::People)?;
            target.database.clone()
        };
        Invite::new(&host, port, &database, Path::new(&ca))?.write(Path::new(&path))
    }

    /// The form's `verify-full` target with the authority of the
    /// connection the session is set to (an invite's, remembered), when it
    /// names the same server and database: the form has no field for it.
    fn with_known_authority(&self, mut target: Target) -> Target {
        if target.sslmode == SslMode::VerifyFull && target.sslrootcert.is_none() {
            let st = self.lock();
            if let Some(known) = st.team.as_ref().filter(|k| {
                (k.host.as_str(), k.port, k.database.as_str())
                    == (target.host.as_str(), target.port, target.database.as_str())
            }) {
                target.sslrootcert = known.sslrootcert.clone();
            }
        }
        target
    }

    /// Opens `target` (with the key store's password when it has none) and
    /// makes it the session's, remembered with its password in the key
    /// store.
    fn open_connection(&self, target: Target) -> Result<SessionStatus> {
        let target = with_kept_password(target, self.keys.as_ref());
        let store = Store::open_team(&target)?;
        {
            let mut st = self.lock();
            st.replace(store, false, Vec::new());
            st.team = Some(target.clone());
            st.team_failure = None;
        }
        self.take_team_daily();
        if let Some(config) = &self.config {
            // The password of a connection this one replaces goes with it.
            if let Some(before) = remembered(config).filter(|u| *u != target.url()) {
                let _ = self.keys.delete(&before);
            }
            // The connection is open either way; not remembering it only
            // means asking again at the next start.
            if let Err(e) = remember(config, &target) {
                eprintln!("leadledger: could not remember the team connection: {e}");
            }
            // Where no key store answers, the person types the password
            // at the next start; the product writes it nowhere itself.
            if let Some(password) = target.password() {
                if let Err(e) = self.keys.set(&target.url(), password) {
                    eprintln!("leadledger: the password will be asked at the next start: {e}");
                }
            }
        }
        self.status()
    }

    /// The session with the system's key store `keys` (the app's; tests
    /// give the double). A remembered team connection that did not open at
    /// start for want of a password is opened again with the password kept
    /// there; when none is kept, or the store does not answer, the welcome
    /// screen asks for it as before.
    pub fn with_keys(mut self, keys: Arc<dyn KeyStore>) -> Session {
        self.keys = keys;
        let waiting = {
            let st = self.lock();
            st.store.is_none().then(|| st.team.clone()).flatten()
        };
        if let Some(target) = waiting.filter(|t| !t.has_password()) {
            let target = with_kept_password(target, self.keys.as_ref());
            if target.has_password() {
                let opened = Store::open_team(&target);
                let mut st = self.lock();
                let ok = opened.is_ok();
                match opened {
                    Ok(store) => {
                        st.replace(store, false, Vec::new());
                        st.team_failure = None;
                    }
                    // A kept password the server refuses (changed since):
                    // the welcome screen asks for the new one.
                    Err(e) => st.team_failure = Some(e),
                }
                st.team = Some(target);
                drop(st);
                if ok {
                    self.take_team_daily();
                }
            }
        }
        self
    }
}

/// `target` with the password the key store keeps for it when it has
/// none of its own (typed, from the URL or `LEADLEDGER_PASSWORD`).
pub(super) fn with_kept_password(target: Target, keys: &dyn KeyStore) -> Target {
    if target.has_password() {
        return target;
    }
    match keys.get(&target.url()) {
        Ok(kept) => target.or_password(kept),
        Err(e) => {
            eprintln!("leadledger: {e}; the password is asked instead");
            target
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(host: &str, user: &str, db: &str) -> TeamConnectionInput {
        TeamConnectionInput {
            host: host.into(),
            port: 5433,
            database: db.into(),
            user: user.into(),
            password: Some("s3cret@/?".into()),
            tls: "verify_full".into(),
        }
    }

    #[test]
    fn the_form_becomes_a_target_with_its_password_kept_out_of_the_url() {
        let t = target_of(&input("192.168.1.5", "anna b", "shop/1")).unwrap();
        assert_eq!(t.user, "anna b");
        assert_eq!(t.database, "shop/1");
        assert_eq!(t.port, 5433);
        assert_eq!(t.sslmode, SslMode::VerifyFull);
        assert_eq!(t.password(), Some("s3cret@/?"));
        assert!(!t.url().contains("s3cret"));
        assert_eq!(label(&t), "anna b@192.168.1.5:5433/shop/1");
        let v6 = target_of(&input("::1", "a", "d")).unwrap();
        assert_eq!(v6.host, "::1");
        assert_eq!(
            backups_anchor(Path::new("/d/leadledger.db"), &v6),
            Path::new("/d/teams/a@__1-5433-d/team.db")
        );
    }

    #[test]
    fn an_empty_field_or_unknown_tls_is_refused_by_name() {
        assert_eq!(
            target_of(&input(" ", "a", "d"))
                .unwrap_err()
                .field
                .as_deref(),
            Some("host")
        );
        assert_eq!(
            target_of(&input("h", "", "d"))
                .unwrap_err()
                .field
                .as_deref(),
            Some("user")
        );
        let mut c = input("h", "a", "d");
        c.tls = "rot13".into();
        assert_eq!(target_of(&c).unwrap_err().field.as_deref(), Some("tls"));
        c.tls = "prefer".into();
        c.port = 0;
        assert_eq!(target_of(&c).unwrap_err().field.as_deref(), Some("port"));
    }

    #[test]
    fn the_remembered_connection_has_no_password() {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("cfg").join(CONFIG_FILE);
        assert_eq!(remembered(&config), None);
        let t = target_of(&input("db.local", "anna", "shop")).unwrap();
        remember(&config, &t).unwrap();
        let text = std::fs::read_to_string(&config).unwrap();
        assert!(!text.contains("s3cret"), "{text}");
        let url = remembered(&config).unwrap();
        assert_eq!(Target::parse(&url).unwrap().host, "db.local");
        forget(&config, &crate::keystore::NoKeyStore).unwrap();
        forget(&config, &crate::keystore::NoKeyStore).unwrap();
        assert_eq!(remembered(&config), None);
    }
}
