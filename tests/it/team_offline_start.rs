//! The app started while its remembered team server is down (issue 14):
//! the session opens as an offline team seat, its Log screen working from
//! the snapshot the seat kept when it last read the server, every other
//! command answering `offline`; once the server is back the seat connects
//! by itself and sends the waiting entries, each exactly once.

use crate::common::{call, source_input, today};
use crate::pg::{private_cluster, Cluster, TestDb, PASSWORD, SUPERUSER};
use leadledger::api::{resolve_db, Session, TeamConnectionInput, TeamReach};
use leadledger::error::ErrorCode;
use leadledger::keystore::Memory;
use leadledger::records::Settings;
use leadledger::role::Role;
use leadledger::store::pg::Target;
use leadledger::store::Store;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A private server (the tests stop it) with a prepared company.
fn team() -> (Cluster, TestDb, Target) {
    let cluster = private_cluster();
    let db = cluster.fresh_db();
    let target = prepared(&db);
    (cluster, db, target)
}

fn prepared(db: &TestDb) -> Target {
    let t = Target::parse(&db.url()).unwrap();
    let settings = Settings {
        company_name: "Muster GmbH".into(),
        currency: "EUR".into(),
        ..Settings::default()
    };
    Store::init_team(&t, settings).unwrap();
    t
}

/// The app's start: the database resolved from the remembered connection
/// (`connection.json` in `dir/settings`), the key store `keys`.
fn app(dir: &Path, keys: &Arc<Memory>) -> Session {
    let config = dir.join("settings").join("connection.json");
    let db = resolve_db(None, Some(&config)).unwrap();
    Session::start_beside(db, Some(dir.join("leadledger.db")), today())
        .unwrap()
        .with_config(Some(config))
        .with_keys(keys.clone())
}

/// The welcome screen's "Connect to a team server", remembered for the
/// next start with its password in the key store.
fn connect_once(db: &TestDb, dir: &Path, keys: &Arc<Memory>) -> Session {
    let s = app(dir, keys);
    assert!(s.status().unwrap().needs_setup);
    s.connect_team(TeamConnectionInput {
        password: Some(PASSWORD.into()),
        ..form(db)
    })
    .unwrap();
    s
}

/// The connect form for the superuser, without a password.
fn form(db: &TestDb) -> TeamConnectionInput {
    TeamConnectionInput {
        host: "127.0.0.1".into(),
        port: db.port,
        database: db.name.clone(),
        user: SUPERUSER.into(),
        password: None,
        tls: "prefer".into(),
    }
}

/// Asks as the banner does until the seat is connected and nothing waits.
fn until_sent(s: &Session) -> TeamReach {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let reach = s.send_waiting().unwrap().expect("a team seat");
        if (!reach.offline && reach.waiting == 0) || Instant::now() > deadline {
            return reach;
        }
        std::thread::sleep(Duration::from_millis(300));
    }
}

fn companies(target: &Target) -> Vec<String> {
    let store = Store::open_team(target).unwrap();
    let ds = store.load_dataset().unwrap();
    let mut names: Vec<String> = ds
        .inquiries
        .iter()
        .filter_map(|i| i.company.clone())
        .collect();
    names.sort();
    names
}

#[test]
fn a_seat_started_while_the_server_is_down_logs_offline_and_sends_once_it_is_back() {
    let (cluster, db, target) = team();
    let (dir, keys) = (tempfile::tempdir().unwrap(), Arc::new(Memory::default()));
    let online = connect_once(&db, dir.path(), &keys);
    let fair = source_input("Hannover Messe", "Trade shows", &["+49 511 000"]);
    online.save_source(fair).unwrap();
    // What the Log screen reads online is what it has offline.
    let catalog = online.catalog().unwrap();
    let log_keys = online.top_sources(9).unwrap();
    assert!(catalog.sources.iter().any(|c| c.name == "Hannover Messe"));
    assert!(log_keys.iter().any(|k| k.source.name == "Hannover Messe"));
    online.wait_for_team_copy();
    drop(online);
    cluster.kill9();

    let s = app(dir.path(), &keys);
    let status = s.status().unwrap();
    assert!(!status.needs_setup, "an offline team seat, not the welcome");
    assert_eq!(status.company, "Muster GmbH");
    assert_eq!(status.role, Role::Owner);
    assert!(status.team.as_deref().unwrap().ends_with(&db.name));
    let reach = status.reach.expect("a team seat");
    assert!(reach.offline && reach.last_read_at.is_some(), "{reach:?}");
    assert_eq!(s.catalog().unwrap(), catalog);
    assert_eq!(s.top_sources(9).unwrap(), log_keys);
    assert!(s.recent_inquiries(8).unwrap().is_empty());
    // Every other screen says it is offline.
    assert_eq!(s.settings().unwrap_err().code, ErrorCode::Offline);
    assert_eq!(s.open_quotes().unwrap_err().code, ErrorCode::Offline);

    let source = catalog
        .sources
        .iter()
        .find(|c| c.name != "Unknown")
        .unwrap();
    for company in ["Bauer", "Chemie"] {
        let logged = s.log_inquiry(call(Some(source.id), company, None)).unwrap();
        assert!(logged.waiting.is_some(), "waiting to send");
        assert_eq!(logged.inquiry.id, "");
        assert_eq!(logged.inquiry.source, source.name);
    }
    let reach = s.send_waiting().unwrap().unwrap();
    assert!(reach.offline);
    assert_eq!(reach.waiting, 2);

    cluster.start();
    let reach = until_sent(&s);
    assert!(!reach.offline && reach.waiting == 0, "{reach:?}");
    let status = s.status().unwrap();
    assert!(status.team.is_some() && status.team_failure.is_none());
    assert_eq!(status.role, Role::Owner);
    assert_eq!(companies(&target), ["Bauer", "Chemie"]);
    // Asking again sends nothing twice.
    s.send_waiting().unwrap();
    assert_eq!(s.recent_inquiries(8).unwrap().len(), 2);
    assert_eq!(companies(&target), ["Bauer", "Chemie"]);
}

#[test]
fn without_a_snapshot_the_source_is_left_to_the_server_as_unknown() {
    let (cluster, db, target) = team();
    let (dir, keys) = (tempfile::tempdir().unwrap(), Arc::new(Memory::default()));
    let online = connect_once(&db, dir.path(), &keys);
    online.wait_for_team_copy();
    drop(online);
    // The seat connected but never read its catalog.
    let _ = std::fs::remove_file(dir.path().join("settings").join("offline.json"));
    cluster.kill9();

    let s = app(dir.path(), &keys);
    let status = s.status().unwrap();
    assert!(!status.needs_setup);
    // Its role unknown, the seat shows the fewest screens.
    assert_eq!(status.role, Role::Desk);
    assert!(s.catalog().unwrap().sources.is_empty());
    assert!(s.top_sources(9).unwrap().is_empty());
    let logged = s.log_inquiry(call(None, "Dreher", None)).unwrap();
    assert!(logged.waiting.is_some());

    cluster.start();
    assert_eq!(until_sent(&s).waiting, 0);
    assert_eq!(companies(&target), ["Dreher"]);
    let store = Store::open_team(&target).unwrap();
    let ds = store.load_dataset().unwrap();
    assert_eq!(Some(ds.inquiries[0].source_id), ds.unknown_source_id());
}

#[test]
fn a_seat_that_keeps_no_outbox_stays_at_the_welcome_screen() {
    let cluster = private_cluster();
    let db = cluster.fresh_db();
    prepared(&db);
    cluster.kill9();
    let s = Session::start_beside(PathBuf::from(db.url()), None, today()).unwrap();
    let status = s.status().unwrap();
    assert!(status.needs_setup);
    assert_eq!(status.team_failure.unwrap().code, ErrorCode::Offline);
}

#[test]
fn without_a_key_store_the_password_is_asked_once_the_server_is_back_or_the_seat_works_offline() {
    let (cluster, db, target) = team();
    let dir = tempfile::tempdir().unwrap();
    // No key store answers (as under Xvfb): the password is not at hand.
    let keys = Arc::new(Memory::failing());
    let online = connect_once(&db, dir.path(), &keys);
    online.catalog().unwrap();
    online.wait_for_team_copy();
    drop(online);
    cluster.kill9();

    let s = app(dir.path(), &keys);
    assert!(!s.status().unwrap().needs_setup, "offline, not asked yet");
    assert!(s
        .log_inquiry(call(None, "Eder", None))
        .unwrap()
        .waiting
        .is_some());
    cluster.start();
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        s.send_waiting().unwrap();
        let status = s.status().unwrap();
        if status.needs_setup || Instant::now() > deadline {
            break status;
        }
        std::thread::sleep(Duration::from_millis(300));
    };
    // The server answers but wants the password: the welcome screen asks.
    assert!(status.needs_setup);
    assert_eq!(status.team_failure.unwrap().code, ErrorCode::AuthFailed);
    assert!(
        companies(&target).is_empty(),
        "nothing sent without a login"
    );

    // "Work offline meanwhile": the Log screen again, the password still
    // asked by the banner, the server not asked without one.
    let status = s.work_offline(true).unwrap();
    assert!(!status.needs_setup && status.reach.unwrap().offline);
    assert_eq!(status.team_failure.unwrap().code, ErrorCode::AuthFailed);
    assert!(s
        .log_inquiry(call(None, "Fink", None))
        .unwrap()
        .waiting
        .is_some());
    for _ in 0..8 {
        assert!(s.send_waiting().unwrap().unwrap().offline);
        std::thread::sleep(Duration::from_millis(300));
    }
    assert!(!s.status().unwrap().needs_setup);
    // "Type the password": the welcome screen asks for it.
    assert!(s.work_offline(false).unwrap().needs_setup);
    s.connect_team(TeamConnectionInput {
        password: Some(PASSWORD.into()),
        ..form(&db)
    })
    .unwrap();
    assert_eq!(until_sent(&s).waiting, 0);
    assert_eq!(companies(&target), ["Eder", "Fink"]);
    // A connected seat is not asked for a password.
    let e = s.work_offline(true).unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
}
