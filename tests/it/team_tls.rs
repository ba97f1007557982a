//! Encrypted, per-person connections (issue 14), for real on loopback: the
//! owner's invite file carries the authority that signed the server's
//! certificate (made by `openssl` in `pg_tools::make_certificates`), and a
//! seat connecting through it checks the certificate with `verify-full`; a
//! wrong authority or a name the certificate is not made out to is refused
//! with `tls_failed`. The remembered connection's password lives in the key
//! store (here the test double) or is typed at start, never in a file.

use crate::cli_team::run_by_env;
use crate::common::{call, fresh, today};
use crate::pg::{fresh_db, private_cluster_with_tls, TestDb, PASSWORD, SUPERUSER};
use crate::pg_connect::encrypted;
use leadledger::api::{remembered, resolve_db, Session, TeamConnectionInput};
use leadledger::error::ErrorCode;
use leadledger::keystore::{KeyStore, Memory};
use leadledger::records::Settings;
use leadledger::store::pg::invite::Invite;
use leadledger::store::pg::{connect, Target};
use leadledger::store::Store;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

/// A certificate authority of its own in `dir`, which signed nothing the
/// server has: `dir/other.crt`.
fn other_authority(dir: &Path) -> PathBuf {
    let out = Command::new("openssl")
        .current_dir(dir)
        .args(["req", "-x509", "-days", "2", "-subj", "/CN=Someone else"])
        .args(["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"])
        .args(["-nodes", "-keyout", "other.key", "-out", "other.crt"])
        .output()
        .expect("openssl runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir.join("other.crt")
}

/// The target an invite written to `dir/name` gives the superuser.
fn through_invite(dir: &Path, name: &str, invite: &Invite) -> Target {
    let file = dir.join(name);
    invite.write(&file).unwrap();
    Invite::read(&file)
        .unwrap()
        .target(&file, SUPERUSER)
        .unwrap()
        .or_password(Some(PASSWORD.into()))
}

#[test]
fn an_invite_checks_the_server_certificate_with_its_authority() {
    let cluster = private_cluster_with_tls();
    let db = cluster.fresh_db();
    let dir = tempfile::tempdir().unwrap();
    let ca = cluster.ca_certificate();

    let good = Invite::new("127.0.0.1", db.port, &db.name, &ca).unwrap();
    let t = through_invite(dir.path(), "good.json", &good);
    let mut client = connect(&t).unwrap();
    assert!(encrypted(&mut client));

    let wrong = Invite::new("127.0.0.1", db.port, &db.name, &other_authority(dir.path())).unwrap();
    let e = connect(&through_invite(dir.path(), "wrong.json", &wrong))
        .err()
        .expect("a wrong authority is refused");
    assert_eq!(e.code, ErrorCode::TlsFailed, "{e}");
    assert!(
        e.message
            .contains("not signed by an authority this computer trusts")
            && e.message.contains("127.0.0.1"),
        "{}",
        e.message
    );
    assert!(!e.message.contains(PASSWORD), "{}", e.message);

    // The certificate names 127.0.0.1 only.
    let renamed = Invite::new("localhost", db.port, &db.name, &ca).unwrap();
    let e = connect(&through_invite(dir.path(), "renamed.json", &renamed))
        .err()
        .expect("a name the certificate lacks is refused");
    assert_eq!(e.code, ErrorCode::TlsFailed, "{e}");
    assert!(
        e.message.contains("not made out to localhost"),
        "{}",
        e.message
    );
}

/// The owner writes the invite with the tool on the loopback URL, and a
/// seat works through it with only its user name and password; the invite
/// wins over a `LEADLEDGER_DB` naming something else.
#[test]
fn the_tool_writes_an_invite_and_a_seat_connects_with_it() {
    let cluster = private_cluster_with_tls();
    let db = cluster.fresh_db();
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    prepared(&db);
    let invite = home.join("shop.invite.json");
    let ca = cluster.ca_certificate();
    let args = ["team", "invite", invite.to_str().unwrap(), "--ca"];
    let args = [&args[..], &[ca.to_str().unwrap(), "--host", "127.0.0.1"]].concat();
    let out = run_by_env(home, &db.url(), None, &args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&invite).unwrap();
    assert!(
        text.contains("BEGIN CERTIFICATE") && !text.contains(PASSWORD),
        "{text}"
    );

    let seat = [
        "--invite",
        invite.to_str().unwrap(),
        "--user",
        SUPERUSER,
        "summary",
    ];
    let elsewhere = "postgres://nobody@127.0.0.1:1/none";
    let out = run_by_env(home, elsewhere, Some(PASSWORD), &seat);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // No terminal and no password: the server's refusal says where one goes.
    let out = run_by_env(home, elsewhere, None, &seat);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("LEADLEDGER_PASSWORD"), "{stderr}");
    // --invite without --user is refused by name.
    let no_user = ["--invite", invite.to_str().unwrap(), "summary"];
    let out = run_by_env(home, elsewhere, Some(PASSWORD), &no_user);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--user NAME"));
}

fn prepared(db: &TestDb) {
    Store::init_team(
        &Target::parse(&db.url()).unwrap(),
        Settings {
            company_name: "Muster GmbH".into(),
            currency: "EUR".into(),
            ..Settings::default()
        },
    )
    .unwrap();
}

fn form(db: &TestDb, password: Option<&str>) -> TeamConnectionInput {
    TeamConnectionInput {
        host: "127.0.0.1".into(),
        port: db.port,
        database: db.name.clone(),
        user: SUPERUSER.into(),
        password: password.map(str::to_string),
        tls: "prefer".into(),
    }
}

fn local_file() -> PathBuf {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().unwrap())
        .path()
        .join("leadledger.db")
}

/// The app's next start on the remembered connection, with `keys`.
fn next_start(config: &Path, keys: Arc<dyn KeyStore>) -> Session {
    let url = resolve_db(None, Some(config)).unwrap();
    Session::start_beside(url, Some(local_file()), today())
        .unwrap()
        .with_config(Some(config.to_path_buf()))
        .with_keys(keys)
}

#[test]
fn the_key_store_keeps_the_password_and_a_silent_one_means_typing_it() {
    if std::env::var_os("LEADLEDGER_PASSWORD").is_some() {
        return; // the environment's password would open every start
    }
    let db = fresh_db();
    prepared(&db);
    let (dir, s) = fresh();
    let config = dir.path().join("config").join("connection.json");
    let keys = Arc::new(Memory::default());
    let s = s.with_config(Some(config.clone())).with_keys(keys.clone());
    s.connect_team(form(&db, Some(PASSWORD))).unwrap();
    let url = remembered(&config).unwrap();
    assert_eq!(keys.kept(&url).as_deref(), Some(PASSWORD));
    let text = std::fs::read_to_string(&config).unwrap();
    assert!(!text.contains(PASSWORD), "{text}");

    // The next start opens the team database without asking.
    let again = next_start(&config, keys.clone());
    let st = again.status().unwrap();
    assert!(!st.needs_setup && st.team.is_some() && st.team_failure.is_none());
    again.log_inquiry(call(None, "Acme", None)).unwrap();

    // A key store that does not answer (no daemon): the welcome screen
    // asks, and the typed password opens it.
    let asked = next_start(&config, Arc::new(Memory::failing()));
    let st = asked.status().unwrap();
    assert!(st.needs_setup && st.team.is_none());
    assert_eq!(st.team_failure.unwrap().code, ErrorCode::AuthFailed);
    let st = asked.connect_team(form(&db, Some(PASSWORD))).unwrap();
    assert!(!st.needs_setup && st.team_failure.is_none());

    // A kept password the server no longer takes: asked again too.
    keys.set(&url, "changed-since").unwrap();
    let st = next_start(&config, keys.clone()).status().unwrap();
    assert_eq!(st.team_failure.unwrap().code, ErrorCode::AuthFailed);

    // Another connection replacing the remembered one takes its place in
    // the key store too.
    let other = fresh_db();
    prepared(&other);
    let (_d3, moved) = fresh();
    let moved = moved
        .with_config(Some(config.clone()))
        .with_keys(keys.clone());
    moved.connect_team(form(&other, Some(PASSWORD))).unwrap();
    assert_eq!(keys.kept(&url), None);
    let other_url = remembered(&config).unwrap();
    assert_eq!(keys.kept(&other_url).as_deref(), Some(PASSWORD));
    let url = other_url;

    // Setting up a company in a file forgets the connection and its
    // password.
    let (_d2, file_seat) = fresh();
    let file_seat = file_seat
        .with_config(Some(config.clone()))
        .with_keys(keys.clone());
    crate::common::company(&file_seat, "en");
    assert_eq!(remembered(&config), None);
    assert_eq!(keys.kept(&url), None);
}

/// The app's welcome screen with an invite: the invite is kept beside the
/// remembered connection (the opened file may go), the next start checks
/// the certificate with it, and the form sent again for the same server
/// keeps its authority.
#[test]
fn the_app_connects_with_an_invite_and_keeps_its_authority() {
    if std::env::var_os("LEADLEDGER_PASSWORD").is_some() {
        return; // the environment's password would open every start
    }
    let cluster = private_cluster_with_tls();
    let db = cluster.fresh_db();
    prepared(&db);
    let (dir, s) = fresh();
    let config = dir.path().join("config").join("connection.json");
    let opened = dir.path().join("download.json");
    Invite::new("127.0.0.1", db.port, &db.name, &cluster.ca_certificate())
        .unwrap()
        .write(&opened)
        .unwrap();
    let keys = Arc::new(Memory::default());
    let s = s.with_config(Some(config.clone())).with_keys(keys.clone());
    let e = s
        .connect_invite(
            dir.path().join("none.json").display().to_string(),
            SUPERUSER.into(),
            None,
        )
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("invite"), "{e}");
    let st = s
        .connect_invite(
            opened.display().to_string(),
            SUPERUSER.into(),
            Some(PASSWORD.into()),
        )
        .unwrap();
    assert!(st.team.is_some() && st.team_failure.is_none());
    std::fs::remove_file(&opened).unwrap();

    let url = remembered(&config).unwrap();
    let t = Target::parse(&url).unwrap();
    assert_eq!(t.sslmode, leadledger::store::pg::SslMode::VerifyFull);
    let kept = t.sslrootcert.clone().unwrap();
    assert!(
        kept.starts_with(dir.path().join("config").join("invites")),
        "{kept:?}"
    );
    assert!(!std::fs::read_to_string(&kept).unwrap().contains(PASSWORD));

    let st = next_start(&config, keys.clone()).status().unwrap();
    assert!(
        st.team.is_some() && st.team_failure.is_none(),
        "{:?}",
        st.team_failure
    );

    // Without the key store the form asks; sent for the same server with
    // verify-full, it still checks against the invite's authority.
    let asked = next_start(&config, Arc::new(Memory::failing()));
    let mut again = form(&db, Some(PASSWORD));
    again.tls = "verify_full".into();
    let st = asked.connect_team(again).unwrap();
    assert!(st.team.is_some() && st.team_failure.is_none());
}

/// Settings → Team's invite: written by the owner's seat for its team
/// database, the host as the seats reach it; refused on a file.
#[test]
fn the_owner_seat_writes_an_invite_for_its_database() {
    let db = fresh_db();
    prepared(&db);
    let (dir, s) = fresh();
    let ca = other_authority(dir.path());
    let path = dir.path().join("invite.json");
    let write = |s: &Session, port| {
        s.write_invite(
            path.display().to_string(),
            ca.display().to_string(),
            "nas.local".into(),
            port,
        )
    };
    let e = write(&s, 5432).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("invite"), "{e}");
    s.connect_team(form(&db, Some(PASSWORD))).unwrap();
    assert_eq!(write(&s, 0).unwrap_err().field.as_deref(), Some("port"));
    write(&s, 5433).unwrap();
    let invite = Invite::read(&path).unwrap();
    assert_eq!(
        (invite.host.as_str(), invite.port, invite.database.as_str()),
        ("nas.local", 5433, db.name.as_str())
    );
    assert_eq!(invite.ca_certificate, std::fs::read_to_string(&ca).unwrap());
}

/// The typed-password path of the command line: on a terminal (a pty by
/// util-linux's `script`) a login without a password is asked for one,
/// and the one typed opens the team database; a wrong one is the
/// server's `auth_failed`.
#[test]
fn the_tool_asks_the_password_on_a_terminal() {
    let db = fresh_db();
    prepared(&db);
    let home = tempfile::tempdir().unwrap();
    let url = db.url_as(SUPERUSER, None);
    let typed = |password: &str| {
        let mut child = Command::new("script")
            .args(["-qec"])
            .arg(format!(
                "{} --db '{url}' summary",
                env!("CARGO_BIN_EXE_leadledger")
            ))
            .arg("/dev/null")
            .env_remove("LEADLEDGER_DB")
            .env_remove("LEADLEDGER_PASSWORD")
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("data"))
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("script runs");
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        writeln!(stdin, "{password}").unwrap();
        let out = child.wait_with_output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, out) = typed(PASSWORD);
    assert!(
        out.contains(&format!(
            "Password for {SUPERUSER} on 127.0.0.1:{}",
            db.port
        )),
        "{out}"
    );
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("Muster GmbH"), "{out}");
    let (code, out) = typed("not-the-password");
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("auth_failed"), "{out}");
}
