//! The team server killed mid-work (issue 13): `kill -9` of the whole
//! server during an import and during a stream of single writes, then a
//! restart. Every write that was acknowledged is there, the import wholly
//! or not at all; the write under way failed with `offline`; and the seat's
//! own `Store` connects again by itself, with at most one more `offline`.

use crate::common::{datetime, inquiries_csv, new_inquiry};
use crate::pg::{private_cluster, Cluster, TestDb};
use leadledger::csvio::Kind;
use leadledger::error::{ErrorCode, Result};
use leadledger::records::Settings;
use leadledger::store::pg::Target;
use leadledger::store::progress::Progress;
use leadledger::store::{ImportOptions, NewInquiry, Store};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn prepared(cluster: &Cluster) -> (TestDb, Target) {
    let db = cluster.fresh_db();
    let t = Target::parse(&db.url()).unwrap();
    Store::init_team(
        &t,
        Settings {
            currency: "EUR".into(),
            ..Settings::default()
        },
    )
    .unwrap();
    (db, t)
}

/// Waits (at most 60 s) until `ready` holds.
fn wait_for(what: &str, ready: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !ready() {
        assert!(Instant::now() < deadline, "waited a minute for {what}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// The first call on a seat after the server came back: it works, possibly
/// after one `offline` (the broken connection found out), never worse.
fn after_restart<T>(mut f: impl FnMut() -> Result<T>) -> T {
    match f() {
        Ok(v) => v,
        Err(e) => {
            assert_eq!(e.code, ErrorCode::Offline, "{e}");
            f().unwrap_or_else(|e| panic!("the seat did not connect again: {e}"))
        }
    }
}

/// The number of inquiries on the server, read by the test's own session.
fn count(db: &TestDb) -> i64 {
    db.admin()
        .query_one("SELECT count(*) FROM inquiries", &[])
        .unwrap()
        .get(0)
}

#[test]
fn a_server_killed_during_an_import_keeps_it_whole_or_not_at_all() {
    const ROWS: usize = 5_000;
    let cluster = private_cluster();
    let (db, t) = prepared(&cluster);
    let csv = inquiries_csv(ROWS, 2025);
    let progress = Arc::new(Progress::default());
    let importer = {
        let (t, progress) = (t.clone(), progress.clone());
        std::thread::spawn(move || {
            let mut seat = Store::open_team(&t).unwrap();
            let options = ImportOptions {
                progress: Some(&*progress),
                ..ImportOptions::default()
            };
            let out = seat.import_csv_with(Kind::Inquiries, &csv, &options);
            (seat, out)
        })
    };
    // Killed with about a fifth of the rows written in its transaction.
    wait_for("the import to write rows", || {
        progress.read().1 >= (ROWS / 5) as u64
    });
    cluster.kill9();
    let (mut seat, out) = importer.join().unwrap();
    let e = out.expect_err("the import cannot have finished");
    assert_eq!(e.code, ErrorCode::Offline, "{e}");
    assert!(e.message.contains("nothing"), "{}", e.message);

    cluster.start();
    assert_eq!(count(&db), 0, "nothing of the killed import");
    // The same seat imports the file again, now whole.
    let summary =
        after_restart(|| seat.import_csv(Kind::Inquiries, &inquiries_csv(ROWS, 2025), false))
            .unwrap();
    assert_eq!(summary.inserted, ROWS);
    assert_eq!(count(&db), ROWS as i64);
    assert_eq!(seat.load_dataset().unwrap().inquiries.len(), ROWS);
}

#[test]
fn a_server_killed_during_single_writes_keeps_every_acknowledged_one() {
    let cluster = private_cluster();
    let (db, t) = prepared(&cluster);
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let tried = Arc::new(AtomicUsize::new(0));
    let writer = {
        let (t, acknowledged, tried) = (t.clone(), acknowledged.clone(), tried.clone());
        std::thread::spawn(move || {
            let mut seat = Store::open_team(&t).unwrap();
            loop {
                let n = tried.fetch_add(1, Ordering::SeqCst);
                let call = NewInquiry {
                    id: None,
                    company: Some(format!("call {n}")),
                    ..new_inquiry("x", datetime("2026-06-15 09:30"))
                };
                match seat.save_inquiry(&call) {
                    Ok(id) => acknowledged.lock().unwrap().push(id),
                    Err(e) => return (seat, e),
                }
            }
        })
    };
    wait_for("50 acknowledged writes", || {
        acknowledged.lock().unwrap().len() >= 50
    });
    cluster.kill9();
    let (mut seat, e) = writer.join().unwrap();
    assert_eq!(e.code, ErrorCode::Offline, "the write under way: {e}");
    let acknowledged = acknowledged.lock().unwrap().clone();
    eprintln!(
        "{} writes acknowledged before the kill, {} tried",
        acknowledged.len(),
        tried.load(Ordering::SeqCst)
    );

    // While the server is down the seat says so, every time.
    let down = seat
        .save_inquiry(&new_inquiry("INQ-DOWN", datetime("2026-06-15 09:31")))
        .unwrap_err();
    assert_eq!(down.code, ErrorCode::Offline, "{down}");

    cluster.start();
    let ds = after_restart(|| seat.load_dataset());
    for id in &acknowledged {
        assert!(
            ds.inquiries.iter().any(|i| &i.id == id),
            "acknowledged {id} is gone"
        );
    }
    // At most the one write under way may have committed unacknowledged.
    assert!(
        ds.inquiries.len() <= acknowledged.len() + 1,
        "{} stored, {} acknowledged",
        ds.inquiries.len(),
        acknowledged.len()
    );
    assert_eq!(count(&db), ds.inquiries.len() as i64);
    // The numbering goes on after the highest stored number.
    let next = seat
        .save_inquiry(&NewInquiry {
            id: None,
            ..new_inquiry("x", datetime("2026-06-15 10:00"))
        })
        .unwrap();
    assert_eq!(next, format!("INQ-2026-{:05}", ds.inquiries.len() + 1));
}
