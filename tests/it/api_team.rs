//! The app on a team database (issue 13): a session started on a team URL
//! shows what the same records show from a file; two seats on one database
//! see each other's entries; the welcome screen's connect gives each
//! failure its code, remembers the connection without its password, and a
//! team database's backups are files pulled from it.

use crate::common::{call, fresh, today};
use crate::pg::{fresh_db, private_cluster, TestDb, PASSWORD, SUPERUSER};
use leadledger::api::{remembered, resolve_db, DashboardQuery, Session, TeamConnectionInput};
use leadledger::demo::{self, DemoOptions};
use leadledger::error::ErrorCode;
use leadledger::records::Settings;
use leadledger::store::pg::{self, Target};
use leadledger::store::Store;
use std::path::{Path, PathBuf};

fn target(db: &TestDb) -> Target {
    Target::parse(&db.url()).unwrap()
}

/// The demo company in a new file at `path`.
fn demo_file(path: &Path) {
    let ds = demo::generate(&DemoOptions {
        today: today(),
        ..DemoOptions::default()
    });
    let mut store = Store::create(path, ds.settings.clone()).unwrap();
    store.fill(&ds).unwrap();
}

/// A team database holding a new company of its own.
fn prepared(db: &TestDb) {
    Store::init_team(
        &target(db),
        Settings {
            company_name: "Muster GmbH".into(),
            currency: "EUR".into(),
            ..Settings::default()
        },
    )
    .unwrap();
}

/// The local database file of this test binary's seats, whose folder keeps
/// their team copies: a temporary folder, never the home of whoever runs
/// the tests.
fn local_file() -> PathBuf {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().unwrap())
        .path()
        .join("leadledger.db")
}

fn seat(db: &TestDb) -> Session {
    Session::start_beside(PathBuf::from(db.url()), Some(local_file()), today()).unwrap()
}

/// What the welcome screen's form sends for `db` as `user` with `password`.
fn form(db: &TestDb, user: &str, password: Option<&str>) -> TeamConnectionInput {
    TeamConnectionInput {
        host: "127.0.0.1".into(),
        port: db.port,
        database: db.name.clone(),
        user: user.into(),
        password: password.map(str::to_string),
        tls: "prefer".into(),
    }
}

fn query(period: &str, year: Option<i32>, model: &str) -> DashboardQuery {
    DashboardQuery {
        period: period.into(),
        year,
        quarter: None,
        month: None,
        from: None,
        to: None,
        model: model.into(),
        as_of: None,
    }
}

#[test]
fn a_session_on_a_team_url_shows_the_dashboard_of_the_same_records_in_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("demo.db");
    demo_file(&file);
    let db = fresh_db();
    Store::push_file(&file, &target(&db)).unwrap();

    let on_file = Session::start_on(file.clone(), today()).unwrap();
    let on_team = seat(&db);
    let st = on_team.status().unwrap();
    assert!(!st.needs_setup && !st.read_only && st.problem.is_none());
    assert_eq!(
        st.team.as_deref(),
        Some(format!("{SUPERUSER}@127.0.0.1:{}/{}", db.port, db.name).as_str())
    );
    assert_eq!(st.db_path, None, "a team database has no file to show");
    assert!(st.warnings.is_empty() && st.team_failure.is_none());
    assert_eq!(st.company, on_file.status().unwrap().company);
    assert_eq!(on_file.status().unwrap().team, None);

    for (period, year, model) in [
        ("ytd", None, "first_touch"),
        ("year", Some(2025), "linear"),
        ("year", Some(2024), "time_decay"),
    ] {
        assert_eq!(
            on_team.dashboard(query(period, year, model)).unwrap(),
            on_file.dashboard(query(period, year, model)).unwrap(),
            "{period} {year:?} {model}"
        );
    }
    assert_eq!(
        on_team.recent_inquiries(20).unwrap(),
        on_file.recent_inquiries(20).unwrap()
    );
}

#[test]
fn what_one_seat_logs_shows_in_the_other_seats_recent_inquiries() {
    let db = fresh_db();
    prepared(&db);
    let front_desk = seat(&db);
    let sales = seat(&db);
    // Both have read (and so hold) the records before either logs.
    assert!(front_desk.recent_inquiries(10).unwrap().is_empty());
    assert!(sales.recent_inquiries(10).unwrap().is_empty());

    let a = front_desk
        .log_inquiry(call(None, "Acme Fräsen", None))
        .unwrap();
    let b = sales.log_inquiry(call(None, "Bauer Blech", None)).unwrap();
    assert_ne!(a.inquiry.id, b.inquiry.id);
    for s in [&front_desk, &sales] {
        let companies: Vec<Option<String>> = s
            .recent_inquiries(10)
            .unwrap()
            .into_iter()
            .map(|i| i.company)
            .collect();
        assert_eq!(
            companies,
            [
                Some("Bauer Blech".to_string()),
                Some("Acme Fräsen".to_string())
            ]
        );
    }
    // A third seat opened afterwards sees both, and the dashboards agree.
    let owner = seat(&db);
    assert_eq!(owner.recent_inquiries(10).unwrap().len(), 2);
    assert_eq!(
        owner.dashboard(query("ytd", None, "first_touch")).unwrap(),
        front_desk
            .dashboard(query("ytd", None, "first_touch"))
            .unwrap()
    );
}

#[test]
fn connect_team_opens_the_database_and_remembers_it_without_the_password() {
    let db = fresh_db();
    prepared(&db);
    let (dir, s) = fresh();
    let config = dir.path().join("config").join("connection.json");
    let s = s.with_config(Some(config.clone()));
    assert!(s.status().unwrap().needs_setup);
    let st = s
        .connect_team(form(&db, SUPERUSER, Some(PASSWORD)))
        .unwrap();
    assert!(!st.needs_setup);
    assert_eq!(st.company, "Muster GmbH");
    assert!(st.team.is_some());
    let shown = st.team_connection.unwrap();
    assert_eq!((shown.user.as_str(), shown.port), (SUPERUSER, db.port));
    s.log_inquiry(call(None, "Acme", None)).unwrap();
    assert_eq!(seat(&db).recent_inquiries(5).unwrap().len(), 1);

    let text = std::fs::read_to_string(&config).unwrap();
    assert!(!text.contains(PASSWORD), "the password was stored: {text}");
    let url = remembered(&config).unwrap();
    assert_eq!(Target::parse(&url).unwrap().database, db.name);
    // The next start goes to the remembered team database; without a
    // password it stays at the welcome screen, asking for one.
    let next = resolve_db(None, Some(&config)).unwrap();
    assert_eq!(next.to_str(), Some(url.as_str()));
    if std::env::var_os(pg::target::PASSWORD_VAR).is_none() {
        let again = Session::start_beside(next, Some(local_file()), today()).unwrap();
        let st = again.status().unwrap();
        assert!(st.needs_setup && st.team.is_none());
        assert_eq!(st.team_failure.unwrap().code, ErrorCode::AuthFailed);
        assert_eq!(st.team_connection.unwrap().database, db.name);
        let st = again
            .connect_team(form(&db, SUPERUSER, Some(PASSWORD)))
            .unwrap();
        assert!(st.team_failure.is_none() && !st.needs_setup);
    }
    // Setting up a company in a file forgets the team database.
    let (_d2, file_seat) = fresh();
    let file_seat = file_seat.with_config(Some(config.clone()));
    crate::common::company(&file_seat, "en");
    assert_eq!(remembered(&config), None);
}

#[test]
fn each_way_connect_team_fails_has_its_code_and_leaves_the_session_as_it_was() {
    let db = fresh_db();
    prepared(&db);
    let (_dir, s) = fresh();
    let code = |c: TeamConnectionInput| s.connect_team(c).unwrap_err().code;

    assert_eq!(
        code(form(&db, SUPERUSER, Some("wrong"))),
        ErrorCode::AuthFailed
    );
    assert_eq!(code(form(&db, "nobody", Some("x"))), ErrorCode::AuthFailed);
    // A port nobody listens on: the server cannot be reached.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    assert_eq!(
        code(TeamConnectionInput {
            port,
            ..form(&db, SUPERUSER, Some(PASSWORD))
        }),
        ErrorCode::Offline
    );
    assert_eq!(
        code(TeamConnectionInput {
            database: "no_such_db".into(),
            ..form(&db, SUPERUSER, Some(PASSWORD))
        }),
        ErrorCode::NotFound
    );
    // An empty database and another application's both are not Leadledger's.
    let empty = fresh_db();
    assert_eq!(
        code(form(&empty, SUPERUSER, Some(PASSWORD))),
        ErrorCode::NotADatabase
    );
    let foreign = fresh_db();
    foreign
        .admin()
        .batch_execute("CREATE TABLE customers (id serial PRIMARY KEY, name text)")
        .unwrap();
    assert_eq!(
        code(form(&foreign, SUPERUSER, Some(PASSWORD))),
        ErrorCode::NotADatabase
    );
    // A schema older than this build's: the owner upgrades it first.
    let older = fresh_db();
    let mut client = pg::connect(&target(&older)).unwrap();
    pg::migrate::upgrade_to(&mut client, &target(&older), 1).unwrap();
    assert_eq!(
        code(form(&older, SUPERUSER, Some(PASSWORD))),
        ErrorCode::NeedsUpgrade
    );
    // The test server has no TLS: requiring it fails as TLS.
    assert_eq!(
        code(TeamConnectionInput {
            tls: "require".into(),
            ..form(&db, SUPERUSER, Some(PASSWORD))
        }),
        ErrorCode::TlsFailed
    );
    let e = s
        .connect_team(TeamConnectionInput {
            host: " ".into(),
            ..form(&db, SUPERUSER, None)
        })
        .unwrap_err();
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Invalid, Some("host"))
    );
    // None of it changed the session: still at the welcome screen.
    let st = s.status().unwrap();
    assert!(st.needs_setup && st.team.is_none() && st.team_failure.is_none());
}

#[test]
fn a_team_databases_backups_are_pulled_files_in_its_own_folder() {
    let db = fresh_db();
    prepared(&db);
    let (dir, s) = fresh();
    s.connect_team(form(&db, SUPERUSER, Some(PASSWORD)))
        .unwrap();
    // Connecting started today's daily copy in the background; it is of the
    // company before Acme once it is done.
    s.wait_for_team_copy();
    s.log_inquiry(call(None, "Acme", None)).unwrap();
    let b = s.backup_now().unwrap();
    let daily = format!("daily-{today}.db", today = today().format("%Y-%m-%d"));
    let mut names: Vec<String> = s
        .list_backups()
        .unwrap()
        .into_iter()
        .map(|x| x.name)
        .collect();
    names.sort();
    assert_eq!(names, vec![daily.clone(), b.name.clone()]);
    let folder = dir
        .path()
        .join("teams")
        .join(format!("{SUPERUSER}@127.0.0.1-{}-{}", db.port, db.name))
        .join("backups");
    let copy = folder.join(&b.name);
    assert!(copy.is_file(), "{}", copy.display());
    // The copy is a single file with the team's records.
    let file = Session::start_on(copy, today()).unwrap();
    assert_eq!(file.recent_inquiries(5).unwrap().len(), 1);
    // No file of the local data dir was touched.
    assert!(!dir.path().join("company.db").exists());
    // Restoring the daily copy into the server takes Acme away, and the
    // manual copy brings it back (tests/it/team_restore.rs has the rest).
    s.restore_backup(daily).unwrap();
    assert_eq!(s.recent_inquiries(5).unwrap().len(), 0);
    s.restore_backup(b.name).unwrap();
    assert_eq!(s.recent_inquiries(5).unwrap().len(), 1);
}

#[test]
fn a_seat_whose_server_went_away_says_offline_and_carries_on_when_it_is_back() {
    let cluster = private_cluster();
    let db = cluster.fresh_db();
    prepared(&db);
    let s = seat(&db);
    s.log_inquiry(call(None, "Acme", None)).unwrap();
    cluster.kill9();
    assert_eq!(s.recent_inquiries(5).unwrap_err().code, ErrorCode::Offline);
    assert_eq!(
        s.log_inquiry(call(None, "Bauer", None)).unwrap_err().code,
        ErrorCode::Offline
    );
    cluster.start();
    assert_eq!(s.recent_inquiries(5).unwrap().len(), 1);
    s.log_inquiry(call(None, "Bauer", None)).unwrap();
    assert_eq!(s.recent_inquiries(5).unwrap().len(), 2);
}

/// The folder of `db`'s copies for seats whose local file is in `dir`.
fn copies_folder(dir: &Path, db: &TestDb) -> PathBuf {
    dir.join("teams")
        .join(format!("{SUPERUSER}@127.0.0.1-{}-{}", db.port, db.name))
        .join("backups")
}

#[test]
fn the_daily_team_copy_is_taken_in_the_background_and_a_failure_shows_in_the_status() {
    let db = fresh_db();
    prepared(&db);
    let (dir, s) = fresh();
    let folder = copies_folder(dir.path(), &db);
    // A file where the copies' folder should be: the copy cannot be made.
    std::fs::create_dir_all(folder.parent().unwrap()).unwrap();
    std::fs::write(&folder, b"in the way").unwrap();
    let st = s
        .connect_team(form(&db, SUPERUSER, Some(PASSWORD)))
        .unwrap();
    // The seat is on the team database whether or not the copy is done.
    assert!(st.team.is_some() && st.team_failure.is_none());
    s.log_inquiry(call(None, "Acme", None)).unwrap();
    s.wait_for_team_copy();
    let failure = s
        .status()
        .unwrap()
        .team_backup_failure
        .expect("the failure is in the status");
    assert_eq!(failure.code, ErrorCode::Io, "{}", failure.message);
    // The work went on meanwhile; once the way is clear, the next open
    // takes the copy and the failure is gone.
    std::fs::remove_file(&folder).unwrap();
    s.connect_team(form(&db, SUPERUSER, Some(PASSWORD)))
        .unwrap();
    s.wait_for_team_copy();
    assert_eq!(s.status().unwrap().team_backup_failure, None);
    let daily = folder.join(format!("daily-{}.db", today().format("%Y-%m-%d")));
    let copy = Session::start_on(daily, today()).unwrap();
    assert_eq!(copy.recent_inquiries(5).unwrap().len(), 1);
}

#[test]
fn the_daily_team_copy_holds_one_moment_of_the_records_while_the_seat_logs() {
    let db = fresh_db();
    prepared(&db);
    let (dir, s) = fresh();
    s.connect_team(form(&db, SUPERUSER, Some(PASSWORD)))
        .unwrap();
    // The seat logs while its copy is taken; each log is one transaction.
    let logged: Vec<String> = (0..40)
        .map(|i| {
            s.log_inquiry(call(None, &format!("Customer {i}"), None))
                .unwrap()
                .inquiry
                .id
        })
        .collect();
    s.wait_for_team_copy();
    let daily =
        copies_folder(dir.path(), &db).join(format!("daily-{}.db", today().format("%Y-%m-%d")));
    let copy = Store::open(&daily).unwrap().load_dataset().unwrap();
    // One snapshot: the copy holds the first k logs, whole, and none after.
    let mut ids: Vec<String> = copy.inquiries.iter().map(|q| q.id.clone()).collect();
    ids.sort();
    let mut first: Vec<String> = logged[..ids.len()].to_vec();
    first.sort();
    assert_eq!(ids, first);
}
