//! Opening a session on a team database: [`connect`] reaches the server
//! the [`Target`] names, with the encryption it asks for, and checks that
//! the server is new enough. Nothing is written; whether the database is
//! Leadledger's, and at which schema, is [`super::migrate::inspect`]'s
//! question.

use super::errors::{self, AtTarget};
use super::target::{SslMode, Target};
use super::tls;
use super::MIN_SERVER_VERSION;
use crate::error::{Error, ErrorCode, Result};
use postgres::{Client, NoTls};
use std::time::Duration;

/// How long a seat waits for the server to answer before it says it is
/// offline: long enough for a slow network, short enough for a person.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Opens a session on the team database and checks the server's version.
pub fn connect(target: &Target) -> Result<Client> {
    tls::require_safe_transport(target)?;
    let mut config = postgres::Config::new();
    config
        .user(&target.user)
        .dbname(&target.database)
        .port(target.port)
        .application_name("leadledger")
        .connect_timeout(CONNECT_TIMEOUT)
        .keepalives(true)
        .keepalives_idle(Duration::from_secs(30))
        // Every statement of the store names tables without a schema; a
        // login whose own schema shadows `public` must not see others.
        .options("-c search_path=public");
    if target.host.starts_with('/') {
        config.host_path(&target.host);
    } else {
        config.host(&target.host);
    }
    if let Some(password) = target.password() {
        config.password(password);
    }
    config.ssl_mode(match target.sslmode {
        SslMode::Disable => postgres::config::SslMode::Disable,
        SslMode::Prefer => postgres::config::SslMode::Prefer,
        SslMode::Require | SslMode::VerifyFull => postgres::config::SslMode::Require,
    });
    let connected = match target.sslmode {
        SslMode::Disable => config.connect(NoTls),
        mode => {
            let verify = mode == SslMode::VerifyFull;
            let connector = tls::connector(verify, target.sslrootcert.as_deref())
                .map_err(|why| errors::tls_failed(target, why))?;
            config.connect(connector)
        }
    };
    let mut client = connected.map_err(|e| errors::classify(&e, target))?;
    let row = client
        .query_one(
            "SELECT current_setting('server_version_num')::bigint, \
             current_setting('server_version')",
            &[],
        )
        .at(target)?;
    check_server_version(row.get(0), row.get(1), target)?;
    Ok(client)
}

/// Refuses a server older than [`MIN_SERVER_VERSION`], naming both.
pub fn check_server_version(number: i64, shown: &str, target: &Target) -> Result<()> {
    if number / 10_000 < MIN_SERVER_VERSION {
        return Err(Error::new(
            ErrorCode::ServerTooOld,
            format!(
                "the team server at {} runs PostgreSQL {shown}; Leadledger needs \
                 PostgreSQL {MIN_SERVER_VERSION} or newer",
                target.server()
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_older_than_15_is_refused() {
        let t = Target::parse("postgres://bob@nas/leads").unwrap();
        let e = check_server_version(140_011, "14.11", &t).unwrap_err();
        assert_eq!(e.code, ErrorCode::ServerTooOld);
        assert_eq!(
            e.message,
            "the team server at nas:5432 runs PostgreSQL 14.11; Leadledger needs \
             PostgreSQL 15 or newer"
        );
        check_server_version(150_004, "15.4", &t).unwrap();
        check_server_version(170_000, "17.0 (Debian 17.0-1)", &t).unwrap();
    }

    /// The transport rule (`tls::require_safe_transport`) comes before the
    /// network: 192.0.2.1 is a documentation address nobody answers on,
    /// which would otherwise end as `offline` after the timeout.
    #[test]
    fn a_server_elsewhere_without_verify_full_is_refused_before_connecting() {
        for mode in ["disable", "prefer", "require"] {
            let url = format!("postgres://anna:pw@192.0.2.1/shop?sslmode={mode}");
            let started = std::time::Instant::now();
            let e = connect(&Target::parse(&url).unwrap())
                .err()
                .expect("refused");
            assert_eq!(e.code, ErrorCode::TlsFailed, "{mode}: {e}");
            assert!(started.elapsed() < Duration::from_secs(1), "{mode}");
        }
    }
}
