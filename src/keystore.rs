//! Passwords kept for a remembered team connection, never by the product
//! itself: `shared/spec/team.md` lets a password come from the operating
//! system's key store "where one runs", and from nowhere else on disk.
//!
//! [`KeyStore`] is the seam: the app asks it for the remembered
//! connection's password at start, gives it the password typed on the
//! welcome screen, and deletes it with the connection. [`SecretService`]
//! is the Linux desktop's store (GNOME Keyring, KWallet) through
//! libsecret's `secret-tool`, the password on its standard input, never
//! on a command line (decision 67 says why not a crate). Where no store
//! answers (no `secret-tool`, no session bus, no keyring daemon, as under
//! Xvfb) every call is [`Unavailable`] and the person types the password
//! at each start. [`Memory`] is the test double.

use std::collections::HashMap;
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::Mutex;

/// Why the key store did not answer, in words for standard error; the
/// caller falls back to asking the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unavailable(pub String);

impl std::fmt::Display for Unavailable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the system's key store is not available: {}", self.0)
    }
}

/// A store of secrets, each under the name of the connection it opens
/// (its URL without a password, `Target::url`).
pub trait KeyStore: Send + Sync {
    /// The secret kept for `account`, `None` when there is none.
    fn get(&self, account: &str) -> Result<Option<String>, Unavailable>;
    /// Keeps `secret` for `account`, replacing one kept before.
    fn set(&self, account: &str, secret: &str) -> Result<(), Unavailable>;
    /// Forgets the secret of `account`; none kept is no error.
    fn delete(&self, account: &str) -> Result<(), Unavailable>;
}

/// No key store at all: what a session has unless given one (tests, the
/// command line, which takes a password from a prompt or the environment).
pub struct NoKeyStore;

impl KeyStore for NoKeyStore {
    fn get(&self, _: &str) -> Result<Option<String>, Unavailable> {
        Err(Unavailable("none is used here".into()))
    }
    fn set(&self, _: &str, _: &str) -> Result<(), Unavailable> {
        Err(Unavailable("none is used here".into()))
    }
    fn delete(&self, _: &str) -> Result<(), Unavailable> {
        Err(Unavailable("none is used here".into()))
    }
}

/// The Secret Service (freedesktop.org) through `secret-tool`, items
/// found by the attributes `application=leadledger` and `connection=URL`.
pub struct SecretService;

const ATTRIBUTES: [&str; 2] = ["application", "leadledger"];

impl SecretService {
    fn run(&self, args: &[&str], input: Option<&str>) -> Result<Option<String>, Unavailable> {
        // Without a session bus libsecret would try to start one (X11's
        // autolaunch) and may wait on it: no bus, no Secret Service.
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
            return Err(Unavailable("no desktop session bus runs".into()));
        }
        let mut child = Command::new("secret-tool")
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| Unavailable(format!("secret-tool cannot be run ({e})")))?;
        let mut stdin = child.stdin.take().expect("stdin is piped");
        if let Some(text) = input {
            stdin
                .write_all(text.as_bytes())
                .map_err(|e| Unavailable(format!("secret-tool did not take the secret ({e})")))?;
        }
        drop(stdin);
        let out = child
            .wait_with_output()
            .map_err(|e| Unavailable(format!("secret-tool did not finish ({e})")))?;
        let stderr = String::from_utf8_lossy(&out.stderr).trim().to_string();
        // `lookup` of an item that is not there exits 1 and says nothing;
        // a store that cannot be reached says why.
        if out.status.success() {
            Ok(Some(String::from_utf8_lossy(&out.stdout).into_owned()))
        } else if stderr.is_empty() {
            Ok(None)
        } else {
            Err(Unavailable(stderr))
        }
    }
}

impl KeyStore for SecretService {
    fn get(&self, account: &str) -> Result<Option<String>, Unavailable> {
        let found = self.run(
            &[
                "lookup",
                ATTRIBUTES[0],
                ATTRIBUTES[1],
                "connection",
                account,
            ],
            None,
        )?;
        Ok(found.filter(|s| !s.is_empty()))
    }

    fn set(&self, account: &str, secret: &str) -> Result<(), Unavailable> {
        let label = format!("Leadledger: {account}");
        let args = [
            "store",
            "--label",
            &label,
            ATTRIBUTES[0],
            ATTRIBUTES[1],
            "connection",
            account,
        ];
        match self.run(&args, Some(secret))? {
            Some(_) => Ok(()),
            None => Err(Unavailable(
                "secret-tool refused to store the password".into(),
            )),
        }
    }

    fn delete(&self, account: &str) -> Result<(), Unavailable> {
        self.run(
            &["clear", ATTRIBUTES[0], ATTRIBUTES[1], "connection", account],
            None,
        )
        .map(|_| ())
    }
}

/// The test double: secrets in memory, or a store that never answers
/// ([`Memory::failing`]), as under Xvfb.
#[derive(Default)]
pub struct Memory {
    secrets: Mutex<HashMap<String, String>>,
    failing: bool,
}

impl Memory {
    pub fn failing() -> Memory {
        Memory {
            failing: true,
            ..Memory::default()
        }
    }

    /// What is kept, for a test to look at.
    pub fn kept(&self, account: &str) -> Option<String> {
        self.secrets.lock().unwrap().get(account).cloned()
    }

    fn answer(&self) -> Result<(), Unavailable> {
        if self.failing {
            Err(Unavailable("the test's key store is set to fail".into()))
        } else {
            Ok(())
        }
    }
}

impl KeyStore for Memory {
    fn get(&self, account: &str) -> Result<Option<String>, Unavailable> {
        self.answer()?;
        Ok(self.kept(account))
    }
    fn set(&self, account: &str, secret: &str) -> Result<(), Unavailable> {
        self.answer()?;
        let mut secrets = self.secrets.lock().unwrap();
        secrets.insert(account.to_string(), secret.to_string());
        Ok(())
    }
    fn delete(&self, account: &str) -> Result<(), Unavailable> {
        self.answer()?;
        self.secrets.lock().unwrap().remove(account);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_double_keeps_replaces_and_forgets_or_fails() {
        let keys = Memory::default();
        assert_eq!(keys.get("a").unwrap(), None);
        keys.set("a", "one").unwrap();
        keys.set("a", "two").unwrap();
        assert_eq!(keys.get("a").unwrap().as_deref(), Some("two"));
        keys.delete("a").unwrap();
        keys.delete("a").unwrap();
        assert_eq!(keys.get("a").unwrap(), None);
        let broken = Memory::failing();
        assert!(broken.get("a").is_err());
        assert!(broken.set("a", "x").is_err());
        assert!(NoKeyStore.get("a").is_err());
    }

    /// Under the tests there is no keyring daemon (and often no
    /// secret-tool): the Secret Service then says so rather than hanging
    /// or claiming to have kept the password.
    #[test]
    fn the_secret_service_without_a_daemon_is_unavailable() {
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() {
            return; // a desktop session: its real keyring must not be touched
        }
        let e = SecretService
            .set("postgres://t@127.0.0.1:1/x", "pw")
            .unwrap_err();
        assert!(!e.0.is_empty());
        assert!(e.to_string().contains("key store is not available"), "{e}");
    }
}
