//! The owner's invite file: where the team server is (host, port,
//! database) and the authority its certificate is signed by, so that a
//! seat connects with `verify-full` without anybody copying a certificate
//! by hand. It holds no user and no password: each person adds their own
//! login, and the file may travel by e-mail or USB stick (decision 67).
//!
//! The file is JSON:
//!
//! ```json
//! { "leadledger_invite": 1, "host": "nas.local", "port": 5432,
//!   "database": "shop", "ca_certificate": "-----BEGIN CERTIFICATE-----\n…" }
//! ```
//!
//! A seat names the invite itself as its `sslrootcert`: [`trusted_pem`]
//! reads the authority out of an invite as out of a plain PEM file, so the
//! connection URL stays the one place a connection is written down.

use super::target::Target;
use crate::error::{Error, ErrorCode, Result};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The format's version, written as `leadledger_invite`; a later one is
/// refused by name rather than misread.
const VERSION: u32 = 1;

/// What an invite says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invite {
    pub leadledger_invite: u32,
    pub host: String,
    pub port: u16,
    pub database: String,
    /// The authority (or authorities), PEM, that signed the server's
    /// certificate.
    pub ca_certificate: String,
}

fn unreadable(path: &Path, why: impl std::fmt::Display) -> Error {
    Error::invalid(
        "invite",
        format!("the invite file {} cannot be used: {why}", path.display()),
    )
}

/// The number of certificates in `pem`, refusing text that holds none.
fn certificates_in(pem: &str) -> std::result::Result<usize, String> {
    let certs = CertificateDer::pem_slice_iter(pem.as_bytes())
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| format!("its certificate is not valid PEM ({e})"))?;
    if certs.is_empty() {
        return Err("it holds no certificate (-----BEGIN CERTIFICATE-----)".into());
    }
    Ok(certs.len())
}

impl Invite {
    /// An invite to `database` on `host:port`, trusting the authority in
    /// the PEM file `ca` (the one that signed the server's certificate).
    pub fn new(host: &str, port: u16, database: &str, ca: &Path) -> Result<Invite> {
        let pem = std::fs::read_to_string(ca).map_err(|e| {
            Error::invalid(
                "ca",
                format!("the certificate file {} cannot be read ({e})", ca.display()),
            )
        })?;
        certificates_in(&pem).map_err(|why| {
            Error::invalid(
                "ca",
                format!(
                    "the certificate file {} cannot be used: {why}",
                    ca.display()
                ),
            )
        })?;
        if port == 0 {
            return Err(Error::invalid(
                "port",
                "the port must be between 1 and 65535",
            ));
        }
        if host.trim().is_empty() || host.starts_with('/') {
            return Err(Error::invalid(
                "host",
                "the invite needs the server's name or address as the seats reach it \
                 (--host), not a socket folder",
            ));
        }
        Ok(Invite {
            leadledger_invite: VERSION,
            host: host.trim().to_string(),
            port,
            database: database.to_string(),
            ca_certificate: pem,
        })
    }

    /// Reads and checks an invite file.
    pub fn read(path: &Path) -> Result<Invite> {
        let text = std::fs::read_to_string(path).map_err(|e| unreadable(path, e))?;
        let invite: Invite = serde_json::from_str(&text)
            .map_err(|e| unreadable(path, format!("it is not a Leadledger invite ({e})")))?;
        if invite.leadledger_invite != VERSION {
            return Err(unreadable(
                path,
                format!(
                    "it is of format {}, which this version of Leadledger does not read",
                    invite.leadledger_invite
                ),
            ));
        }
        certificates_in(&invite.ca_certificate).map_err(|why| unreadable(path, why))?;
        Ok(invite)
    }

    /// Writes the invite to `path`, replacing a file there whole.
    pub fn write(&self, path: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self)
            .map_err(|e| Error::new(ErrorCode::Io, e.to_string()))?;
        crate::atomic::write_via_path(path, |tmp| {
            std::fs::write(tmp, text.as_bytes())?;
            Ok(())
        })
    }

    /// The target `user` reaches through the invite read from `path`:
    /// `verify-full` against the invite's authority, no password yet.
    pub fn target(&self, path: &Path, user: &str) -> Result<Target> {
        if user.trim().is_empty() {
            return Err(Error::invalid("user", "the user name must not be empty"));
        }
        let path = std::path::absolute(path).map_err(|e| unreadable(path, e))?;
        Ok(Target::verified(
            user.trim(),
            &self.host,
            self.port,
            &self.database,
            path,
        ))
    }
}

/// The authorities to trust from an `sslrootcert` file: a PEM file as
/// libpq reads it, or an invite, whose `ca_certificate` is taken.
pub(super) fn trusted_pem(path: &Path) -> std::result::Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    if !text.trim_start().starts_with('{') {
        return Ok(text);
    }
    Invite::read(path)
        .map(|i| i.ca_certificate)
        .map_err(|e| e.message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::pg::SslMode;

    const PEM: &str =
        "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ2Fh\n-----END CERTIFICATE-----\n";

    #[test]
    fn an_invite_round_trips_and_becomes_a_verify_full_target() {
        let dir = tempfile::tempdir().unwrap();
        let ca = dir.path().join("ca.crt");
        std::fs::write(&ca, PEM).unwrap();
        let invite = Invite::new("nas.local", 5433, "shop", &ca).unwrap();
        let file = dir.path().join("shop.invite.json");
        invite.write(&file).unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            !text.contains("password") && !text.contains("user"),
            "{text}"
        );
        let back = Invite::read(&file).unwrap();
        assert_eq!(back, invite);
        let t = back.target(&file, "anna").unwrap();
        assert_eq!(
            (t.host.as_str(), t.port, t.user.as_str()),
            ("nas.local", 5433, "anna")
        );
        assert_eq!(t.sslmode, SslMode::VerifyFull);
        assert_eq!(t.sslrootcert.as_deref(), Some(file.as_path()));
        assert!(!t.has_password());
        assert_eq!(trusted_pem(&file).unwrap(), PEM);
        assert_eq!(trusted_pem(&ca).unwrap(), PEM);
        // The URL it remembers names the invite as its authority.
        let again = Target::parse(&t.url()).unwrap();
        assert_eq!(again, t);
    }

    #[test]
    fn a_broken_invite_or_certificate_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let ca = dir.path().join("ca.crt");
        std::fs::write(&ca, "not a certificate").unwrap();
        let e = Invite::new("nas", 5432, "shop", &ca).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("ca"));
        assert!(e.message.contains("no certificate"), "{}", e.message);
        std::fs::write(&ca, PEM).unwrap();
        let e = Invite::new("/var/run/postgresql", 5432, "shop", &ca).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("host"));

        let file = dir.path().join("x.json");
        std::fs::write(&file, r#"{"host": "nas"}"#).unwrap();
        let e = Invite::read(&file).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("invite"));
        assert!(
            e.message.contains("not a Leadledger invite"),
            "{}",
            e.message
        );
        let mut later = Invite::new("nas", 5432, "shop", &ca).unwrap();
        later.leadledger_invite = 2;
        later.write(&file).unwrap();
        let e = Invite::read(&file).unwrap_err();
        assert!(e.message.contains("format 2"), "{}", e.message);
        assert!(trusted_pem(&file).is_err());
    }
}
