//! Where a team database is: a connection URL
//! (`postgres://user[:password]@host[:port]/database[?sslmode=…]`, also
//! `postgresql://`) parsed into a [`Target`].
//!
//! The URL is parsed here rather than by the client library so that every
//! mistake in it is named in the product's words, and so that the password
//! follows `shared/spec/team.md`: from the URL when it has one (for scripts),
//! else from `LEADLEDGER_PASSWORD`. A prompt or the system's key store, when
//! the app offers them, hand their answer to [`Target::with_password`].

use crate::error::{Error, Result};
use std::fmt;
use std::path::PathBuf;

/// The environment variable a password may come from.
pub const PASSWORD_VAR: &str = "LEADLEDGER_PASSWORD";

/// How the connection is encrypted, with libpq's names and meanings, which
/// are what a server's administrator knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SslMode {
    /// Never encrypt.
    Disable,
    /// Encrypt when the server offers it, without checking its certificate;
    /// a server without TLS is reached unencrypted.
    #[default]
    Prefer,
    /// Always encrypt, without checking the certificate (as libpq does):
    /// safe from eavesdropping, not from an impostor on the network.
    Require,
    /// Always encrypt, and check that the certificate is signed by a trusted
    /// authority (the system's, or `sslrootcert`) and names the host.
    VerifyFull,
}

impl SslMode {
    fn parse(text: &str) -> Result<SslMode> {
        match text {
            "disable" => Ok(SslMode::Disable),
            "prefer" => Ok(SslMode::Prefer),
            "require" => Ok(SslMode::Require),
            "verify-full" => Ok(SslMode::VerifyFull),
            _ => Err(Error::invalid(
                "db",
                format!(
                    "sslmode '{text}' is not known; use disable, prefer, require or verify-full"
                ),
            )),
        }
    }
}

/// A team database: server, database, login and encryption. The password is
/// kept out of `Debug` and of every message.
#[derive(Clone, PartialEq, Eq)]
pub struct Target {
    pub user: String,
    password: Option<String>,
    /// A host name, an IP address, or a folder holding the server's unix
    /// socket (a path starting with `/`).
    pub host: String,
    pub port: u16,
    pub database: String,
    pub sslmode: SslMode,
    /// A PEM file of the authorities to trust for `verify-full`, instead of
    /// the system's: a shop's own server often has a self-made certificate.
    pub sslrootcert: Option<PathBuf>,
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Target")
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "…"))
            .field("host", &self.host)
            .field("port", &self.port)
            .field("database", &self.database)
            .field("sslmode", &self.sslmode)
            .field("sslrootcert", &self.sslrootcert)
            .finish()
    }
}

/// Whether `text` names a team database rather than a file.
pub fn is_url(text: &str) -> bool {
    text.starts_with("postgres://") || text.starts_with("postgresql://")
}

fn bad(url_problem: impl fmt::Display) -> Error {
    Error::invalid(
        "db",
        format!(
            "the connection URL {url_problem}; it is written \
             postgres://user[:password]@host[:port]/database[?sslmode=…]"
        ),
    )
}

/// `%XX` escapes decoded, as a URL writes the characters that would
/// otherwise end a part (`@`, `:`, `/`, `?`) or are not printable.
fn decode(part: &str, what: &str) -> Result<String> {
    let bytes = part.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = part
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            match hex {
                Some(b) => out.push(b),
                None => return Err(bad(format!("has a broken %-escape in its {what}"))),
            }
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| bad(format!("has a {what} that is not UTF-8")))
}

impl Target {
    /// Reads a connection URL. Only the URL is consulted: see
    /// [`Target::from_url`] for the password from the environment.
    pub fn parse(url: &str) -> Result<Target> {
        let rest = url
            .strip_prefix("postgres://")
            .or_else(|| url.strip_prefix("postgresql://"))
            .ok_or_else(|| bad("must start with postgres:// or postgresql://"))?;
        let (rest, query) = match rest.split_once('?') {
            Some((r, q)) => (r, Some(q)),
            None => (rest, None),
        };
        let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
        // The last `@` ends the login, so a password with an unescaped `@`
        // still reads as the user meant.
        let (login, hostport) = authority
            .rsplit_once('@')
            .ok_or_else(|| bad("names no user (user@host)"))?;
        let (user, password) = match login.split_once(':') {
            Some((u, p)) => (decode(u, "user")?, Some(decode(p, "password")?)),
            None => (decode(login, "user")?, None),
        };
        if user.is_empty() {
            return Err(bad("names no user (user@host)"));
        }
        let (host, port) = split_host_port(hostport)?;
        // A slash written as such would be a second path segment; one
        // written %2F is part of the name, which PostgreSQL allows.
        let database = decode(path, "database name")?;
        if database.is_empty() || path.contains('/') {
            return Err(bad("names no database (…@host/database)"));
        }
        let mut target = Target {
            user,
            password,
            host,
            port,
            database,
            sslmode: SslMode::default(),
            sslrootcert: None,
        };
        for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value, key)?;
            match key {
                "sslmode" => target.sslmode = SslMode::parse(&value)?,
                "sslrootcert" => target.sslrootcert = Some(PathBuf::from(value)),
                _ => {
                    return Err(bad(format!(
                        "has the parameter '{key}', which Leadledger does not know \
                         (it knows sslmode and sslrootcert)"
                    )))
                }
            }
        }
        if target.sslrootcert.is_some() && target.sslmode != SslMode::VerifyFull {
            return Err(bad(
                "names an sslrootcert, which only sslmode=verify-full uses",
            ));
        }
        Ok(target)
    }

    /// A `verify-full` target trusting the authorities in `rootcert`, as an
    /// invite names it (`invite::Invite::target`); no password yet.
    pub fn verified(
        user: &str,
        host: &str,
        port: u16,
        database: &str,
        rootcert: PathBuf,
    ) -> Target {
        Target {
            user: user.to_string(),
            password: None,
            host: host.to_string(),
            port,
            database: database.to_string(),
            sslmode: SslMode::VerifyFull,
            sslrootcert: Some(rootcert),
        }
    }

    /// Reads a connection URL, the password from `LEADLEDGER_PASSWORD` when
    /// the URL has none.
    pub fn from_url(url: &str) -> Result<Target> {
        let target = Self::parse(url)?;
        Ok(target.or_password(std::env::var(PASSWORD_VAR).ok()))
    }

    /// The URL's password if it has one, else `fallback` (the environment's,
    /// a prompt's).
    pub fn or_password(mut self, fallback: Option<String>) -> Target {
        if self.password.is_none() {
            self.password = fallback.filter(|p| !p.is_empty());
        }
        self
    }

    /// The same target with this password, whatever the URL said.
    pub fn with_password(mut self, password: Option<String>) -> Target {
        self.password = password;
        self
    }

    pub fn has_password(&self) -> bool {
        self.password.is_some()
    }

    /// The password, for the client library only: never for a message.
    pub fn password(&self) -> Option<&str> {
        self.password.as_deref()
    }

    /// "database shop on 192.168.1.5:5432": how messages name the target.
    pub fn place(&self) -> String {
        format!("database {} on {}", self.database, self.server())
    }

    /// "192.168.1.5:5432", or the socket folder.
    pub fn server(&self) -> String {
        if self.host.starts_with('/') {
            format!("the server's socket in {}", self.host)
        } else if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    /// The URL without its password, for the command line and the app to
    /// show and remember.
    pub fn url(&self) -> String {
        let host = if self.host.starts_with('/') {
            self.host.replace('/', "%2F")
        } else if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        let mut url = format!(
            "postgres://{}@{host}:{}/{}",
            self.user, self.port, self.database
        );
        let mode = match self.sslmode {
            SslMode::Disable => "disable",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyFull => "verify-full",
        };
        url.push_str(&format!("?sslmode={mode}"));
        if let Some(root) = &self.sslrootcert {
            url.push_str(&format!("&sslrootcert={}", root.display()));
        }
        url
    }
}

fn split_host_port(hostport: &str) -> Result<(String, u16)> {
    let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
        let (host, after) = v6
            .split_once(']')
            .ok_or_else(|| bad("has an IPv6 address without its closing ]"))?;
        (host.to_string(), after.strip_prefix(':'))
    } else {
        match hostport.rsplit_once(':') {
            Some((h, p)) => (decode(h, "host")?, Some(p)),
            None => (decode(hostport, "host")?, None),
        }
    };
    let port = match port {
        None | Some("") => 5432,
        Some(p) => p
            .parse::<u16>()
            .ok()
            .filter(|&p| p > 0)
            .ok_or_else(|| bad(format!("has the port '{p}', which is not a port number")))?,
    };
    let host = if host.is_empty() {
        "localhost".to_string()
    } else {
        host
    };
    Ok((host, port))
}

#[cfg(test)]
#[path = "target_tests.rs"]
mod tests;
