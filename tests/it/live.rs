//! Live screens and the warm cache (issues 14 and 17): the store's watcher
//! reports what another connection commits, within the spec's 2 seconds,
//! on a file and on a team server; the listener comes back by itself after
//! the server restarts and then reports everything; a notification names
//! a table and a row, never its contents; and the app's session drops the
//! records it keeps loaded when the `leadledger` tool imports into the
//! same database while the app is open.

use crate::api::ytd;
use crate::common::{inquiries_csv, new_inquiry, today};
use crate::engines::{both_engines, Engine};
use crate::pg::{fresh_db, private_cluster};
use chrono::NaiveDate;
use leadledger::api::{Dashboard, Session};
use leadledger::records::Settings;
use leadledger::store::pg::listen::CHANNEL;
use leadledger::store::pg::Target;
use leadledger::store::watch::{Change, Table, WatchOn, Watcher};
use leadledger::store::{NewInquiry, Store};
use postgres::fallible_iterator::FallibleIterator;
use std::path::Path;
use std::process::Command;
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

/// The spec's promise: another seat's save shows within 2 seconds.
const PROMISE: Duration = Duration::from_secs(2);

fn watch(on: WatchOn) -> (Watcher, Receiver<Change>) {
    let (tx, rx) = channel();
    let w = on.start(move |c| {
        let _ = tx.send(c);
    });
    (w, rx)
}

/// Waits for a change that `wanted` accepts, at most `within`; the time
/// it took.
fn expect(rx: &Receiver<Change>, within: Duration, wanted: impl Fn(&Change) -> bool) -> Duration {
    let start = Instant::now();
    loop {
        let left = within.saturating_sub(start.elapsed());
        match rx.recv_timeout(left) {
            Ok(c) if wanted(&c) => return start.elapsed(),
            Ok(_) => {}
            Err(_) => panic!("no such change was reported within {within:?}"),
        }
    }
}

fn log_one(store: &mut Store, company: &str) {
    let at = NaiveDate::from_ymd_opt(2026, 3, 2)
        .unwrap()
        .and_hms_opt(9, 30, 0)
        .unwrap();
    store
        .save_inquiry(&NewInquiry {
            company: Some(company.into()),
            ..new_inquiry("x", at)
        })
        .unwrap();
}

fn watched(store: &Store) -> WatchOn {
    store
        .watch_on()
        .expect("a file or a team database is watched")
}

fn a_write_of_another_connection_is_reported(engine: Engine) {
    let (guard, store) = engine.new_db("EUR");
    // Let the watcher take its first look before anything is written.
    let (_w, rx) = watch(watched(&store));
    std::thread::sleep(Duration::from_millis(700));
    let mut other = guard.reopen();
    log_one(&mut other, "Hofmann KG");
    let took = expect(&rx, PROMISE, |c| {
        c.all || c.tables.contains(&Table::Inquiries)
    });
    assert!(took <= PROMISE, "reported after {took:?}");
    // Nothing more happened, so nothing more is reported.
    std::thread::sleep(Duration::from_millis(1200));
    assert!(rx.try_recv().is_err(), "a change reported without a write");
}
both_engines!(a_write_of_another_connection_is_reported);

#[test]
fn a_notification_names_table_operation_and_row_only() {
    let db = fresh_db();
    let target = Target::parse(&db.url()).unwrap();
    let mut store = Store::init_team(&target, Settings::default()).unwrap();
    let mut raw = db.admin();
    raw.batch_execute(&format!("LISTEN {CHANNEL}")).unwrap();
    log_one(&mut store, "Geheimnis Maschinenbau GmbH");
    let mut payloads = Vec::new();
    {
        let mut heard = raw.notifications();
        let mut it = heard.timeout_iter(Duration::from_secs(2));
        while let Some(n) = it.next().unwrap() {
            payloads.push(n.payload().to_string());
        }
    }
    assert!(!payloads.is_empty(), "the save sent no notification");
    for p in &payloads {
        assert!(!p.contains("Geheimnis"), "contents in a payload: {p}");
        let v: serde_json::Value = serde_json::from_str(p).unwrap();
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(|k| k.as_str()).collect();
        assert!(
            keys.iter()
                .all(|k| ["table", "op", "id", "rows"].contains(k)),
            "{p}"
        );
    }
    let inquiry = payloads
        .iter()
        .map(|p| serde_json::from_str::<serde_json::Value>(p).unwrap())
        .find(|v| v["table"] == "inquiries")
        .expect("the inquiry's notification");
    assert_eq!(inquiry["op"], "insert");
    let id: String = raw
        .query_one("SELECT id::text FROM inquiries", &[])
        .unwrap()
        .get(0);
    assert_eq!(inquiry["id"], id.as_str());
}

#[test]
fn the_listener_comes_back_after_a_restart_and_reports_everything() {
    let cluster = private_cluster();
    let db = cluster.fresh_db();
    let target = Target::parse(&db.url()).unwrap();
    let store = Store::init_team(&target, Settings::default()).unwrap();
    let (_w, rx) = watch(watched(&store));
    drop(store);
    std::thread::sleep(Duration::from_millis(500));
    cluster.kill9();
    cluster.start();
    // The listener retries with a pause of at most 5 seconds.
    expect(&rx, Duration::from_secs(15), |c| c.all);
    // And it listens again: a write after the restart is heard.
    let mut seat = Store::open_team(&target).unwrap();
    log_one(&mut seat, "Nach dem Neustart AG");
    expect(&rx, PROMISE, |c| c.tables.contains(&Table::Inquiries));
}

/// The `leadledger` tool importing `csv` into `db` (a file or a team URL).
fn cli_import(db: &str, csv: &Path, home: &Path) {
    let out = Command::new(env!("CARGO_BIN_EXE_leadledger"))
        .arg("--db")
        .arg(db)
        .args(["import", "inquiries"])
        .arg(csv)
        .env_remove("LEADLEDGER_DB")
        .env_remove("LEADLEDGER_PASSWORD")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "import: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn leads(d: &Dashboard) -> u64 {
    d.kpis
        .iter()
        .find(|k| k.key == "leads")
        .and_then(|k| k.value.as_deref())
        .map_or(0, |v| v.parse().unwrap())
}

/// The app's session open on `db` while the tool imports 40 inquiries:
/// the records it keeps loaded survive a change of model and period, are
/// dropped once the import commits, and the next dashboard counts them.
fn the_warm_cache_is_dropped_when_the_tool_imports(engine: Engine) {
    let (guard, mut store) = engine.new_db("EUR");
    log_one(&mut store, "Erster Kunde");
    let db = guard.location();
    drop(store);
    let home = tempfile::tempdir().unwrap();
    let s = Session::start_beside(
        db.clone().into(),
        Some(home.path().join("local.db")),
        today(),
    )
    .unwrap();
    let before = s.dashboard(ytd()).unwrap();
    assert_eq!(leads(&before), 1);
    assert!(s.is_warm());
    // Another model and another period on the same records: no reload.
    let seen = s.changes_seen();
    s.dashboard(leadledger::api::DashboardQuery {
        model: "last_touch".into(),
        period: "year".into(),
        ..ytd()
    })
    .unwrap();
    assert!(s.is_warm(), "a switch of model or period reloaded");
    let csv = home.path().join("inquiries.csv");
    std::fs::write(&csv, inquiries_csv(40, 2026)).unwrap();
    cli_import(&db, &csv, home.path());
    let start = Instant::now();
    while s.changes_seen() == seen {
        assert!(start.elapsed() < PROMISE, "the import was not noticed");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        !s.is_warm(),
        "the records loaded before the import are kept"
    );
    assert_eq!(leads(&s.dashboard(ytd()).unwrap()), 41);
    assert!(s.is_warm());
}
both_engines!(the_warm_cache_is_dropped_when_the_tool_imports);
