//! Reaching a team server (issue 13): each way a connection fails is a
//! stable code and a plain sentence naming the server and the database,
//! never the password; and the test cluster's own crash and restart, which
//! the crash tests build on.

use crate::pg::{fresh_db, private_cluster, private_cluster_with_tls, TestDb, PASSWORD, SUPERUSER};
use leadledger::error::{Error, ErrorCode};
use leadledger::store::pg::errors::is_offline;
use leadledger::store::pg::{connect, migrate, Target};

fn connect_url(url: &str) -> Result<postgres::Client, Error> {
    connect(&Target::parse(url).unwrap())
}

fn refused(url: &str) -> Error {
    match connect_url(url) {
        Ok(_) => panic!("{url} connected"),
        Err(e) => e,
    }
}

#[test]
fn the_right_password_connects_to_a_new_enough_server() {
    let db = fresh_db();
    let mut client = connect_url(&db.url()).unwrap();
    let version: i64 = client
        .query_one("SELECT current_setting('server_version_num')::bigint", &[])
        .unwrap()
        .get(0);
    assert!(version >= 150_000, "{version}");
    // The password may come from elsewhere than the URL.
    let t = Target::parse(&db.url_as(SUPERUSER, None))
        .unwrap()
        .or_password(Some(PASSWORD.into()));
    connect(&t).unwrap();
}

#[test]
fn a_wrong_password_is_auth_failed() {
    let db = fresh_db();
    let e = refused(&db.url_as(SUPERUSER, Some("not-the-password")));
    assert_eq!(e.code, ErrorCode::AuthFailed, "{e}");
    assert!(e.message.contains("127.0.0.1"), "{}", e.message);
    assert!(e.message.contains(&db.name), "{}", e.message);
    assert!(e.message.contains("password"), "{}", e.message);
    assert!(!e.message.contains("not-the-password"), "{}", e.message);

    let e = refused(&db.url_as("nobody", Some("x")));
    assert_eq!(e.code, ErrorCode::AuthFailed, "{e}");
    assert!(e.message.contains("nobody"), "{}", e.message);
}

#[test]
fn no_password_where_one_is_needed_says_where_to_put_it() {
    let db = fresh_db();
    let e = refused(&db.url_as(SUPERUSER, None));
    assert_eq!(e.code, ErrorCode::AuthFailed, "{e}");
    assert!(e.message.contains("LEADLEDGER_PASSWORD"), "{}", e.message);
    assert!(e.message.contains("127.0.0.1"), "{}", e.message);
}

#[test]
fn a_port_nobody_listens_on_is_offline() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let e = refused(&format!(
        "postgres://{SUPERUSER}:{PASSWORD}@127.0.0.1:{port}/shop?sslmode=disable"
    ));
    assert_eq!(e.code, ErrorCode::Offline, "{e}");
    assert!(is_offline(&e));
    assert!(
        e.message.contains(&format!("127.0.0.1:{port}")),
        "{}",
        e.message
    );
    assert!(e.message.contains("cannot be reached"), "{}", e.message);
}

#[test]
fn a_missing_database_is_not_found() {
    let db = fresh_db();
    let missing = TestDb {
        name: "no_such_shop".into(),
        port: db.port,
        socket: db.socket.clone(),
    };
    let e = refused(&missing.url());
    assert_eq!(e.code, ErrorCode::NotFound, "{e}");
    assert!(e.message.contains("no_such_shop"), "{}", e.message);
}

#[test]
fn a_database_of_another_program_is_not_a_leadledger_database() {
    let db = fresh_db();
    let mut client = connect_url(&db.url()).unwrap();
    client
        .batch_execute("CREATE TABLE invoices (n int)")
        .unwrap();
    let e = migrate::require_current(&mut client, &Target::parse(&db.url()).unwrap()).unwrap_err();
    assert_eq!(e.code, ErrorCode::NotADatabase, "{e}");
    assert!(e.message.contains(&db.name), "{}", e.message);
}

#[test]
fn tls_modes_against_a_server_without_tls() {
    let db = fresh_db();
    // prefer, the default, falls back to a plain connection...
    let url = db.url().replace("?sslmode=disable", "");
    connect_url(&url).unwrap();
    connect_url(&format!("{url}?sslmode=prefer")).unwrap();
    // ...require and verify-full do not.
    for mode in ["require", "verify-full"] {
        let e = refused(&format!("{url}?sslmode={mode}"));
        assert_eq!(e.code, ErrorCode::TlsFailed, "{mode}: {e}");
        assert!(e.message.contains("encrypted connection"), "{}", e.message);
        assert!(e.message.contains("127.0.0.1"), "{}", e.message);
    }
    // A root certificate file that is not there is named.
    let e = refused(&format!(
        "{url}?sslmode=verify-full&sslrootcert=/nonexistent/ca.pem"
    ));
    assert_eq!(e.code, ErrorCode::TlsFailed, "{e}");
    assert!(e.message.contains("/nonexistent/ca.pem"), "{}", e.message);
}

/// The cluster's `kill9` stops every process of the server at once; the
/// seat's connection is then offline, and after the restart every
/// committed row is there.
#[test]
fn a_killed_server_is_offline_then_back_with_every_committed_row() {
    let cluster = private_cluster();
    let db = cluster.fresh_db();
    let mut client = connect_url(&db.url()).unwrap();
    client
        .batch_execute("CREATE TABLE t (n bigint); INSERT INTO t SELECT generate_series(1, 100);")
        .unwrap();
    let mut open = client.transaction().unwrap();
    open.execute("INSERT INTO t VALUES (999)", &[]).unwrap();

    cluster.kill9();
    assert!(!cluster.is_running());
    let e = open
        .query_one("SELECT count(*) FROM t", &[])
        .map_err(|e| {
            leadledger::store::pg::errors::classify(&e, &Target::parse(&db.url()).unwrap())
        })
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Offline, "{e}");
    drop(open);
    let e = refused(&db.url());
    assert_eq!(e.code, ErrorCode::Offline, "{e}");

    cluster.start();
    let mut client = connect_url(&db.url()).unwrap();
    let (n, sum): (i64, i64) = {
        let r = client
            .query_one("SELECT count(*), sum(n)::bigint FROM t", &[])
            .unwrap();
        (r.get(0), r.get(1))
    };
    assert_eq!(
        (n, sum),
        (100, 5050),
        "the uncommitted row is gone, the rest kept"
    );

    // And once more, as the crash tests will do again and again.
    cluster.kill9();
    cluster.start();
    connect_url(&db.url()).unwrap();
}

pub(crate) fn encrypted(client: &mut postgres::Client) -> bool {
    client
        .query_one(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            &[],
        )
        .unwrap()
        .get(0)
}

/// Against a server with TLS: prefer and require encrypt, verify-full
/// encrypts and checks the certificate's authority and name.
#[test]
fn tls_encrypts_and_verify_full_checks_the_certificate() {
    let cluster = private_cluster_with_tls();
    let db = cluster.fresh_db();
    let url = db.url().replace("?sslmode=disable", "");
    for mode in ["prefer", "require"] {
        let mut client = connect_url(&format!("{url}?sslmode={mode}")).unwrap();
        assert!(encrypted(&mut client), "{mode}");
    }
    let mut client = connect_url(&db.url()).unwrap();
    assert!(!encrypted(&mut client), "disable");

    let ca = cluster.ca_certificate();
    let trusted = format!("{url}?sslmode=verify-full&sslrootcert={}", ca.display());
    let mut client = connect_url(&trusted).unwrap();
    assert!(encrypted(&mut client));

    // The system's authorities do not know the test's own...
    let e = refused(&format!("{url}?sslmode=verify-full"));
    assert_eq!(e.code, ErrorCode::TlsFailed, "{e}");
    assert!(
        e.message
            .contains("not signed by an authority this computer trusts"),
        "{}",
        e.message
    );
    // ...and the certificate names 127.0.0.1, not localhost.
    let e = refused(&trusted.replace("@127.0.0.1:", "@localhost:"));
    assert_eq!(e.code, ErrorCode::TlsFailed, "{e}");
    assert!(
        e.message.contains("not made out to localhost"),
        "{}",
        e.message
    );
}
