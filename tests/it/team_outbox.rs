//! The call log offline (issue 14): an inquiry's UUID makes a second send
//! of the same entry find the stored one, on either engine; a team seat
//! whose server is away keeps new entries in its outbox, says they are
//! waiting, and sends each exactly once when the server is back, also
//! after the session was closed, and after a crash between the server's
//! acknowledgement and the outbox's removal.

use crate::common::{call, new_inquiry, today};
use crate::engines::{both_engines, Engine};
use crate::pg::{private_cluster, TestDb};
use leadledger::api::Session;
use leadledger::error::ErrorCode;
use leadledger::records::Settings;
use leadledger::store::outbox::Outbox;
use leadledger::store::pg::Target;
use leadledger::store::{new_uuid, NewInquiry, Store};
use std::path::{Path, PathBuf};
use std::time::Duration;

fn entry(company: &str) -> NewInquiry {
    NewInquiry {
        id: None,
        company: Some(company.into()),
        ..new_inquiry("unused", today().and_hms_opt(9, 15, 0).unwrap())
    }
}

fn companies(store: &Store) -> Vec<(String, String)> {
    let ds = store.load_dataset().unwrap();
    ds.inquiries
        .iter()
        .map(|i| (i.id.clone(), i.company.clone().unwrap_or_default()))
        .collect()
}

fn an_entry_sent_again_by_its_uuid_is_stored_once(engine: Engine) {
    let (guard, mut store) = engine.new_db("EUR");
    let uuid = new_uuid();
    let first = store.save_inquiry_once(&entry("Acme"), &uuid).unwrap();
    assert_eq!(
        store.save_inquiry_once(&entry("Acme"), &uuid).unwrap(),
        first
    );
    // Another seat (or the next start) sending it again finds it too, even
    // with other contents: the UUID is the entry.
    let mut again = engine.reopen(&guard);
    assert_eq!(
        again.save_inquiry_once(&entry("Bauer"), &uuid).unwrap(),
        first
    );
    assert_eq!(again.inquiry_by_uuid(&uuid).unwrap(), Some(first.clone()));
    let other = again
        .save_inquiry_once(&entry("Bauer"), &new_uuid())
        .unwrap();
    assert_ne!(other, first);
    let year = today().format("%Y");
    assert_eq!(first, format!("INQ-{year}-00001"));
    assert_eq!(other, format!("INQ-{year}-00002"));
    assert_eq!(
        companies(&again),
        vec![(first, "Acme".into()), (other, "Bauer".into())]
    );
    // An inquiry logged the ordinary way gets a UUID of its own.
    let plain = again.save_inquiry(&entry("Chemie")).unwrap();
    assert!(again.inquiry_by_uuid(&new_uuid()).unwrap().is_none());
    assert_eq!(companies(&again).len(), 3, "{plain}");
    let e = again
        .save_inquiry_once(&entry("Acme"), "not-a-uuid")
        .unwrap_err();
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Invalid, Some("uuid"))
    );
    let numbered = NewInquiry {
        id: Some("INQ-2020-00001".into()),
        ..entry("Acme")
    };
    let e = again.save_inquiry_once(&numbered, &new_uuid()).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("id"));
}
both_engines!(an_entry_sent_again_by_its_uuid_is_stored_once);

#[test]
fn every_inquiry_of_a_file_has_a_distinct_uuid() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.db");
    let mut store = Store::create(&path, Settings::default()).unwrap();
    for c in ["Acme", "Bauer", "Chemie"] {
        store.save_inquiry(&entry(c)).unwrap();
    }
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let (rows, distinct): (i64, i64) = conn
        .query_row(
            "SELECT count(*), count(DISTINCT uuid) FROM inquiries WHERE length(uuid) = 36",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((rows, distinct), (3, 3));
}

fn prepared(db: &TestDb) -> Target {
    let t = Target::parse(&db.url()).unwrap();
    Store::init_team(
        &t,
        Settings {
            company_name: "Muster GmbH".into(),
            currency: "EUR".into(),
            ..Settings::default()
        },
    )
    .unwrap();
    t
}

/// A seat on `db` keeping its outbox at `outbox`, its local copies in `dir`.
fn seat(db: &TestDb, dir: &Path, outbox: &Path) -> Session {
    Session::start_beside(
        PathBuf::from(db.url()),
        Some(dir.join("leadledger.db")),
        today(),
    )
    .unwrap()
    .with_outbox(Some(outbox.to_path_buf()))
}

fn waiting(s: &Session) -> u32 {
    s.status().unwrap().reach.expect("a team seat").waiting
}

/// Past the pause after the server was found away, so the next send tries.
fn after_the_pause() {
    std::thread::sleep(Duration::from_millis(5200));
}

#[test]
fn three_entries_logged_while_the_server_is_down_are_stored_once_when_it_is_back() {
    let cluster = private_cluster();
    let db = cluster.fresh_db();
    let target = prepared(&db);
    let dir = tempfile::tempdir().unwrap();
    let outbox = dir.path().join("settings").join("outbox.db");
    let s = seat(&db, dir.path(), &outbox);
    let before = s.log_inquiry(call(None, "Acme", None)).unwrap();
    assert!(before.waiting.is_none());
    let reach = s.status().unwrap().reach.unwrap();
    assert!(!reach.offline && reach.last_read_at.is_some(), "{reach:?}");
    cluster.kill9();
    let mut uuids = Vec::new();
    for company in ["Bauer", "Chemie", "Dreher"] {
        let logged = s.log_inquiry(call(None, company, None)).unwrap();
        assert_eq!(logged.inquiry.id, "", "not numbered before it arrives");
        assert_eq!(logged.inquiry.company.as_deref(), Some(company));
        uuids.push(logged.waiting.expect("waiting to send"));
    }
    let reach = s.status().unwrap().reach.unwrap();
    assert!(reach.offline);
    assert_eq!(reach.waiting, 3);
    // Every other screen says it is offline.
    assert_eq!(s.recent_inquiries(5).unwrap_err().code, ErrorCode::Offline);
    let shown = s.waiting_entries().unwrap();
    assert_eq!(
        shown.iter().map(|w| &w.uuid).collect::<Vec<_>>(),
        uuids.iter().collect::<Vec<_>>()
    );
    cluster.start();
    after_the_pause();
    let reach = s.send_waiting().unwrap().unwrap();
    assert_eq!(reach.waiting, 0);
    assert!(!reach.offline);
    // Sending again (a retry, another poll) changes nothing.
    s.send_waiting().unwrap();
    let store = Store::open_team(&target).unwrap();
    let year = today().format("%Y");
    let stored = companies(&store);
    let expected: Vec<(String, String)> = ["Acme", "Bauer", "Chemie", "Dreher"]
        .iter()
        .enumerate()
        .map(|(n, c)| (format!("INQ-{year}-{:05}", n + 1), c.to_string()))
        .collect();
    assert_eq!(stored, expected);
    for (u, (id, _)) in uuids.iter().zip(&expected[1..]) {
        assert_eq!(store.inquiry_by_uuid(u).unwrap().as_ref(), Some(id));
    }
    assert!(s.waiting_entries().unwrap().is_empty());
}

#[test]
fn a_seat_killed_while_sending_still_stores_each_entry_once_after_its_restart() {
    let cluster = private_cluster();
    let db = cluster.fresh_db();
    let target = prepared(&db);
    let dir = tempfile::tempdir().unwrap();
    let outbox = dir.path().join("outbox.db");
    let s = seat(&db, dir.path(), &outbox);
    s.log_inquiry(call(None, "Acme", None)).unwrap();
    cluster.kill9();
    let first = s
        .log_inquiry(call(None, "Bauer", None))
        .unwrap()
        .waiting
        .unwrap();
    s.log_inquiry(call(None, "Chemie", None))
        .unwrap()
        .waiting
        .unwrap();
    // The app is closed with both entries waiting.
    drop(s);
    let kept = Outbox::open(&outbox).unwrap();
    let key = format!("{}:{}/{}", target.host, target.port, target.database);
    assert_eq!(kept.count(&key).unwrap(), 2);
    drop(kept);
    cluster.start();
    // The seat had sent the first entry and the server acknowledged it,
    // but the seat died before removing it from the outbox.
    let mut other = Store::open_team(&target).unwrap();
    other.save_inquiry_once(&entry("Bauer"), &first).unwrap();
    // The next start finds both waiting, and sends them.
    let s = seat(&db, dir.path(), &outbox);
    assert_eq!(waiting(&s), 2);
    assert_eq!(s.waiting_entries().unwrap().len(), 0);
    assert_eq!(waiting(&s), 0);
    let names: Vec<String> = companies(&other).into_iter().map(|(_, c)| c).collect();
    assert_eq!(names, ["Acme", "Bauer", "Chemie"]);
}

#[test]
fn a_seat_without_an_outbox_still_says_offline() {
    let cluster = private_cluster();
    let db = cluster.fresh_db();
    prepared(&db);
    let dir = tempfile::tempdir().unwrap();
    let s = Session::start_beside(
        PathBuf::from(db.url()),
        Some(dir.path().join("leadledger.db")),
        today(),
    )
    .unwrap();
    cluster.kill9();
    let e = s.log_inquiry(call(None, "Bauer", None)).unwrap_err();
    assert_eq!(e.code, ErrorCode::Offline);
    assert_eq!(waiting(&s), 0);
    cluster.start();
}

#[test]
fn inquiries_stored_before_the_uuid_column_each_get_one_and_no_audit_entry() {
    let db = crate::pg::fresh_db();
    let t = Target::parse(&db.url()).unwrap();
    let mut client = leadledger::store::pg::connect(&t).unwrap();
    leadledger::store::pg::migrate::upgrade_to(&mut client, &t, 5).unwrap();
    client
        .batch_execute(
            "INSERT INTO channels (id, name, direction) VALUES (1, 'Direct', 'inbound');
             INSERT INTO sources (id, channel_id, name) VALUES (1, 1, 'Unknown');
             INSERT INTO inquiries (id, received_at, kind, source_id, is_lead) VALUES
                 ('INQ-2026-00001', '2026-03-02 09:00:00', 'call', 1, 1),
                 ('INQ-2026-00002', '2026-03-02 09:05:00', 'rfq', 1, 0);",
        )
        .unwrap();
    leadledger::store::pg::migrate::upgrade_to(&mut client, &t, 6).unwrap();
    let row = client
        .query_one(
            "SELECT count(*), count(DISTINCT uuid), count(*) FILTER (WHERE uuid ~ \
             '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$') FROM inquiries",
            &[],
        )
        .unwrap();
    let (rows, distinct, v4): (i64, i64, i64) = (row.get(0), row.get(1), row.get(2));
    assert_eq!((rows, distinct, v4), (2, 2, 2));
    let updates: i64 = client
        .query_one(
            "SELECT count(*) FROM audit WHERE table_name = 'inquiries' AND action = 'update'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(updates, 0, "giving a UUID changes nothing recorded");
    // A second row with a stored UUID is refused by the unique index.
    let dup = client.batch_execute(
        "UPDATE inquiries SET uuid = (SELECT uuid FROM inquiries WHERE id = 'INQ-2026-00001') \
         WHERE id = 'INQ-2026-00002'",
    );
    assert_eq!(
        dup.unwrap_err()
            .code()
            .map(|c| c.code().to_string())
            .as_deref(),
        Some("23505")
    );
}

#[test]
fn inquiries_of_a_file_stored_before_the_uuid_column_each_get_one_and_no_audit_entry() {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    for sql in [
        include_str!("../../src/store/migrations/0001_init.sql"),
        include_str!("../../src/store/migrations/0002_audit.sql"),
        include_str!("../../src/store/migrations/0003_audit_sources.sql"),
        include_str!("../../src/store/migrations/0004_versions.sql"),
        include_str!("../../src/store/migrations/0005_calls.sql"),
    ] {
        conn.execute_batch(sql).unwrap();
    }
    conn.execute_batch(
        "INSERT INTO channels (id, name, direction) VALUES (1, 'Direct', 'inbound');
         INSERT INTO sources (id, channel_id, name) VALUES (1, 1, 'Unknown');
         INSERT INTO inquiries (id, received_at, kind, source_id, is_lead) VALUES
             ('INQ-2026-00001', '2026-03-02 09:00:00', 'call', 1, 1),
             ('INQ-2026-00002', '2026-03-02 09:05:00', 'rfq', 1, 0);",
    )
    .unwrap();
    conn.execute_batch(include_str!(
        "../../src/store/migrations/0006_inquiry_uuids.sql"
    ))
    .unwrap();
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(DISTINCT uuid) FROM inquiries"), 2);
    assert_eq!(
        count(
            "SELECT count(*) FROM inquiries WHERE substr(uuid, 15, 1) = '4' \
             AND substr(uuid, 20, 1) IN ('8', '9', 'a', 'b') AND uuid = lower(uuid) \
             AND length(replace(uuid, '-', '')) = 32"
        ),
        2
    );
    let audited = "SELECT count(*) FROM audit WHERE table_name = 'inquiries' AND action = 'update'";
    assert_eq!(count(audited), 0, "giving a UUID changes nothing recorded");
    // The update trigger is back as it was.
    conn.execute(
        "UPDATE inquiries SET company = 'Acme' WHERE id = 'INQ-2026-00001'",
        [],
    )
    .unwrap();
    assert_eq!(count(audited), 1);
}

#[test]
fn push_and_pull_carry_the_uuid_of_every_inquiry() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("shop.db");
    let mut store = Store::create(&file, Settings::default()).unwrap();
    let uuid = new_uuid();
    let id = store.save_inquiry_once(&entry("Acme"), &uuid).unwrap();
    drop(store);
    let db = crate::pg::fresh_db();
    let t = Target::parse(&db.url()).unwrap();
    let mut team = Store::push_file(&file, &t).unwrap();
    // Sent again to the team database, the entry is the pushed one.
    assert_eq!(team.save_inquiry_once(&entry("Acme"), &uuid).unwrap(), id);
    let back = dir.path().join("pulled.db");
    team.pull_into(&back).unwrap();
    let pulled = Store::open(&back).unwrap();
    assert_eq!(pulled.inquiry_by_uuid(&uuid).unwrap(), Some(id));
    assert_eq!(companies(&pulled).len(), 1);
}
