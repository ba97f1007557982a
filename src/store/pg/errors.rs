//! The team server's failures in the product's words: each one a stable
//! code (`shared/spec/team.md` asks for one per kind of failure) and a
//! sentence naming the server and the database, so a person at the front
//! desk can tell a wrong password from a server that is switched off.
//!
//! The client reports a failure as a server's error (with its SQLSTATE),
//! or as one of a few kinds of its own that it tells apart only by their
//! text ("error connecting to server", "error performing TLS handshake",
//! …); those texts are stable within `tokio-postgres` 0.7 and a test
//! against a real server holds each mapping (`tests/it/pg_connect.rs`).

use super::target::Target;
use crate::error::{Error, ErrorCode};
use postgres::error::SqlState;

/// The innermost cause's text, which says what actually happened
/// ("Connection refused (os error 111)", "password missing").
fn cause(e: &postgres::Error) -> String {
    let mut source: Option<&dyn std::error::Error> = std::error::Error::source(e);
    let mut text = None;
    while let Some(s) = source {
        text = Some(s.to_string());
        source = s.source();
    }
    text.unwrap_or_else(|| e.to_string())
}

/// `Err(postgres::Error)` to the product's error, naming the target.
pub trait AtTarget<T> {
    fn at(self, target: &Target) -> crate::error::Result<T>;
}

impl<T> AtTarget<T> for Result<T, postgres::Error> {
    fn at(self, target: &Target) -> crate::error::Result<T> {
        self.map_err(|e| classify(&e, target))
    }
}

/// An encrypted connection could not be made, for the reason given.
pub fn tls_failed(target: &Target, why: impl std::fmt::Display) -> Error {
    Error::new(
        ErrorCode::TlsFailed,
        format!(
            "could not make an encrypted connection to the team server at {}: {why}",
            target.server()
        ),
    )
}

/// What is wrong with the server's certificate, in words, when rustls
/// refused it: its own text names enum variants ("UnknownIssuer").
fn certificate_problem(e: &postgres::Error, target: &Target) -> Option<String> {
    use rustls::CertificateError as C;
    let mut source: Option<&dyn std::error::Error> = std::error::Error::source(e);
    while let Some(s) = source {
        // The TLS stream hands rustls' error on inside an io::Error, whose
        // `source` skips it.
        let inner = match s.downcast_ref::<std::io::Error>() {
            Some(io) => io.get_ref().map(|e| e as &dyn std::error::Error),
            None => Some(s),
        };
        let refused = inner.and_then(|e| e.downcast_ref::<rustls::Error>());
        if let Some(rustls::Error::InvalidCertificate(problem)) = refused {
            let host = &target.host;
            return Some(match problem {
                C::UnknownIssuer | C::BadSignature => format!(
                    "its certificate is not signed by an authority this computer trusts; \
                     name the server's authority with sslrootcert=FILE ({problem:?})"
                ),
                C::NotValidForName | C::NotValidForNameContext { .. } => format!(
                    "its certificate is not made out to {host}; connect by the name the \
                     certificate holds ({problem:?})"
                ),
                C::Expired | C::ExpiredContext { .. } => "its certificate has expired".to_string(),
                other => format!("its certificate was refused ({other:?})"),
            });
        }
        source = s.source();
    }
    None
}

/// Whether the failure means the server is gone or unreachable: the
/// seat is offline and may try again later. Part 2's outbox keys on it.
pub fn is_offline(e: &Error) -> bool {
    e.code == ErrorCode::Offline
}

/// The product's error for a failure met while connecting to or working on
/// `target`.
pub fn classify(e: &postgres::Error, target: &Target) -> Error {
    let server = target.server();
    let place = target.place();
    if let Some(db) = e.as_db_error() {
        return server_error(db, target);
    }
    // A connection that broke under a statement (the server killed, the
    // network gone mid-reply) reads as "error communicating with the
    // server" rather than as closed, depending on which read hit the broken
    // socket first; both mean the same to the seat, so both say so.
    if e.is_closed()
        || e.to_string()
            .starts_with("error communicating with the server")
    {
        return Error::new(
            ErrorCode::Offline,
            format!(
                "the connection to the team server at {server} was lost; nothing of a \
                 change under way was saved"
            ),
        );
    }
    let kind = e.to_string();
    let why = cause(e);
    if kind.starts_with("error performing TLS handshake") {
        return tls_failed(target, certificate_problem(e, target).unwrap_or(why));
    }
    if kind.starts_with("invalid configuration") && why.contains("password missing") {
        return Error::new(
            ErrorCode::AuthFailed,
            format!(
                "the team server at {server} asks {} for a password: put it in \
                 LEADLEDGER_PASSWORD or in the connection URL",
                target.user
            ),
        );
    }
    if kind.starts_with("authentication error") {
        return Error::new(
            ErrorCode::AuthFailed,
            format!("the login of {} to the {place} failed ({why})", target.user),
        );
    }
    if kind.starts_with("error connecting to server")
        || kind.starts_with("timeout waiting for server")
    {
        return Error::new(
            ErrorCode::Offline,
            format!(
                "the team server at {server} cannot be reached ({why}); check that it is \
                 running and that this computer is on its network"
            ),
        );
    }
    Error::new(
        ErrorCode::Io,
        format!("the team server at {server} failed: {kind} ({why})"),
    )
}

/// An error the server answered with, by its SQLSTATE.
fn server_error(db: &postgres::error::DbError, target: &Target) -> Error {
    let server = target.server();
    let place = target.place();
    let said = db.message();
    let state = db.code();
    let class = &state.code()[..2];
    let (code, message) = if *state == SqlState::INVALID_PASSWORD
        || *state == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
    {
        (
            ErrorCode::AuthFailed,
            format!(
                "the team server at {server} refused the login of {} to {} ({said}); \
                 check the user name and the password",
                target.user, target.database
            ),
        )
    } else if *state == SqlState::INVALID_CATALOG_NAME {
        (
            ErrorCode::NotFound,
            format!(
                "the team server at {server} has no database {}",
                target.database
            ),
        )
    } else if class == "08"
        || *state == SqlState::ADMIN_SHUTDOWN
        || *state == SqlState::CRASH_SHUTDOWN
        || *state == SqlState::CANNOT_CONNECT_NOW
        || *state == SqlState::TOO_MANY_CONNECTIONS
    {
        (
            ErrorCode::Offline,
            format!(
                "the team server at {server} is not taking connections ({said}); nothing \
                 of a change under way was saved"
            ),
        )
    } else if *state == SqlState::T_R_SERIALIZATION_FAILURE
        || *state == SqlState::T_R_DEADLOCK_DETECTED
        || *state == SqlState::LOCK_NOT_AVAILABLE
    {
        // Another seat's change at the same moment: the transaction is run
        // again from its start (`store::db::Conn::transaction`).
        (
            ErrorCode::Busy,
            format!("the change met another seat's at the same moment ({said})"),
        )
    } else if *state == SqlState::DISK_FULL {
        (
            ErrorCode::DiskFull,
            format!("the team server's disk is full; nothing of this change was saved ({said})"),
        )
    } else if *state == SqlState::READ_ONLY_SQL_TRANSACTION {
        (
            ErrorCode::ReadOnly,
            format!("the {place} takes no changes now ({said})"),
        )
    } else if class == "23" {
        // A constraint the store's own checks did not catch: the same code
        // as SQLite's constraint failures, so both engines answer alike.
        (ErrorCode::Duplicate, format!("database error: {said}"))
    } else if *state == SqlState::INSUFFICIENT_PRIVILEGE {
        // The grants of the login's role (`pg::roles`) refused it.
        (
            ErrorCode::Forbidden,
            format!(
                "the role of {} on the {place} does not allow this ({said})",
                target.user
            ),
        )
    } else if *state == SqlState::DUPLICATE_OBJECT {
        (ErrorCode::Duplicate, said.to_string())
    } else if *state == SqlState::UNDEFINED_OBJECT {
        (ErrorCode::NotFound, said.to_string())
    } else if *state == SqlState::INVALID_PARAMETER_VALUE || *state == SqlState::OBJECT_IN_USE {
        // The people's functions (`pg/people.sql`) say why in a sentence.
        (ErrorCode::Invalid, said.to_string())
    } else {
        (
            ErrorCode::Io,
            format!("the {place} answered with an error: {said}"),
        )
    };
    Error::new(code, message)
}
