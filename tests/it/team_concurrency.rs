//! Several seats at once (issue 13, `shared/spec/team.md`): writers logging
//! at the same moment keep every entry, with the server's numbers unique
//! and consecutive per year; a long import beside a seat that keeps logging
//! holds none of its saves up for a second and lands whole; two seats
//! editing one record: exactly one save wins, the other is refused with
//! `conflict` and the record as it now stands, on a team server, on one
//! file opened twice, and through the app.

use crate::common::{call, company, datetime, inquiries_csv, new_deal, new_inquiry, today};
use crate::pg::{fresh_db, TestDb};
use leadledger::api::{CloseDeal, DealDto, DealInput, InquiryDto, Session};
use leadledger::csvio::Kind;
use leadledger::error::ErrorCode;
use leadledger::records::{Settings, FIRST_VERSION};
use leadledger::store::pg::Target;
use leadledger::store::{NewDeal, NewInquiry, Store};
use rust_decimal_macros::dec;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

fn eur() -> Settings {
    Settings {
        currency: "EUR".into(),
        ..Settings::default()
    }
}

fn team(db: &TestDb) -> (Target, Store) {
    let t = Target::parse(&db.url()).unwrap();
    (t.clone(), Store::init_team(&t, eur()).unwrap())
}

/// A call received at `at`, numbered by the server.
fn numbered(company: &str, at: &str) -> NewInquiry {
    NewInquiry {
        id: None,
        company: Some(company.into()),
        ..new_inquiry("x", datetime(at))
    }
}

/// `writers` seats, each its own connection, log `each` calls at once,
/// alternating between two years; every entry is kept, and each year's
/// numbers run 1, 2, 3, … without a gap or a repeat.
fn writers_at_once(writers: usize, each: usize) {
    let db = fresh_db();
    let (t, _owner) = team(&db);
    let start = Arc::new(Barrier::new(writers));
    let began = Instant::now();
    let threads: Vec<_> = (0..writers)
        .map(|w| {
            let (t, start) = (t.clone(), start.clone());
            std::thread::spawn(move || {
                let mut seat = Store::open_team(&t).unwrap();
                start.wait();
                (0..each)
                    .map(|n| {
                        let at = if n % 2 == 0 {
                            "2026-06-15 09:30"
                        } else {
                            "2025-03-02 14:00"
                        };
                        let company = format!("seat {w} call {n}");
                        let id = seat.save_inquiry(&numbered(&company, at)).unwrap();
                        (id, company)
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let saved: Vec<(String, String)> = threads
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    let took = began.elapsed();
    eprintln!(
        "{writers} writers: {} inquiries in {:.2} s, {:.0} inquiries/s",
        saved.len(),
        took.as_secs_f64(),
        saved.len() as f64 / took.as_secs_f64()
    );

    let ds = Store::open_team(&t).unwrap().load_dataset().unwrap();
    assert_eq!(ds.inquiries.len(), writers * each, "no entry lost");
    let stored: BTreeMap<&str, Option<&str>> = ds
        .inquiries
        .iter()
        .map(|i| (i.id.as_str(), i.company.as_deref()))
        .collect();
    assert_eq!(stored.len(), writers * each, "ids unique");
    for (id, company) in &saved {
        assert_eq!(
            stored.get(id.as_str()),
            Some(&Some(company.as_str())),
            "{id}"
        );
    }
    for (year, n) in [(2026, (each + 1) / 2), (2025, each / 2)] {
        let want: Vec<String> = (1..=writers * n)
            .map(|k| format!("INQ-{year}-{k:05}"))
            .collect();
        let got: Vec<&str> = stored
            .keys()
            .copied()
            .filter(|id| id.starts_with(&format!("INQ-{year}-")))
            .collect();
        assert_eq!(got, want, "{year}: consecutive");
    }
}

#[test]
fn two_writers_at_once_lose_nothing() {
    writers_at_once(2, 40);
}

#[test]
fn eight_writers_at_once_lose_nothing() {
    writers_at_once(8, 25);
}

/// An import of 5,000 inquiries runs on one seat while another keeps
/// logging calls: none of the calls waits a second, and the import lands
/// whole beside them.
#[test]
fn a_long_import_does_not_hold_up_a_seat_that_keeps_logging() {
    const ROWS: usize = 5_000;
    let db = fresh_db();
    let (t, _owner) = team(&db);
    let csv = inquiries_csv(ROWS, 2025);

    let importing = Arc::new(AtomicBool::new(true));
    let importer = {
        let (t, importing) = (t.clone(), importing.clone());
        std::thread::spawn(move || {
            let mut seat = Store::open_team(&t).unwrap();
            let began = Instant::now();
            let out = seat.import_csv(Kind::Inquiries, &csv, false);
            importing.store(false, Ordering::SeqCst);
            (out, began.elapsed())
        })
    };
    let mut desk = Store::open_team(&t).unwrap();
    let mut logged = Vec::new();
    let mut slowest = Duration::ZERO;
    while importing.load(Ordering::SeqCst) {
        let began = Instant::now();
        let id = desk
            .save_inquiry(&numbered("front desk", "2026-06-15 10:00"))
            .unwrap();
        slowest = slowest.max(began.elapsed());
        logged.push(id);
        // The next call comes in a moment later.
        std::thread::sleep(Duration::from_millis(20));
    }
    let (out, import_took) = importer.join().unwrap();
    let summary = out.unwrap().unwrap();
    eprintln!(
        "import of {ROWS} rows: {:.2} s; beside it {} calls logged, the slowest in {} ms",
        import_took.as_secs_f64(),
        logged.len(),
        slowest.as_millis()
    );
    assert_eq!(summary.inserted, ROWS);
    assert!(
        logged.len() >= 5,
        "the seat logged only {} calls while the import ran",
        logged.len()
    );
    assert!(
        slowest < Duration::from_secs(1),
        "a call waited {} ms beside the import",
        slowest.as_millis()
    );

    let ds = desk.load_dataset().unwrap();
    let imported = ds
        .inquiries
        .iter()
        .filter(|i| i.id.starts_with("INQ-2025-"))
        .count();
    assert_eq!(imported, ROWS, "the import is whole");
    for id in &logged {
        assert!(ds.inquiries.iter().any(|i| &i.id == id), "{id} kept");
    }
}

/// Two seats save an edit of the same record at the same moment, each from
/// the version both read: exactly one wins, the other gets `conflict`, and
/// the record is the winner's, one version on. Round after round.
fn one_of_two_edits_wins(a: Store, b: Store) {
    let mut seats = [a, b];
    let id = seats[0]
        .save_inquiry(&numbered("Acme", "2026-06-15 09:30"))
        .unwrap();
    seats[0]
        .save_deal(&NewDeal {
            inquiry_id: Some(id.clone()),
            ..new_deal("D-1", "Acme", today(), dec!(100))
        })
        .unwrap();
    let read = |s: &Store| {
        let ds = s.load_dataset().unwrap();
        let i = ds.inquiries.iter().find(|i| i.id == id).unwrap().clone();
        let d = ds.deals.iter().find(|d| d.id == "D-1").unwrap().clone();
        (i, d)
    };
    assert_eq!(read(&seats[1]).0.version, FIRST_VERSION);
    for round in 1..=10 {
        let (inq, deal) = read(&seats[0]);
        assert_eq!(inq.version, round, "one version per saved edit");
        let start = Arc::new(Barrier::new(2));
        let results: Vec<_> = std::thread::scope(|scope| {
            let handles: Vec<_> = seats
                .iter_mut()
                .enumerate()
                .map(|(n, seat)| {
                    let (start, id) = (start.clone(), id.clone());
                    let (version, deal_version) = (inq.version, deal.version);
                    scope.spawn(move || {
                        let company = format!("seat {n} round {round}");
                        start.wait();
                        let i = seat.save_inquiry(&NewInquiry {
                            id: Some(id.clone()),
                            company: Some(company.clone()),
                            expected_version: Some(version),
                            ..numbered("", "2026-06-15 09:30")
                        });
                        let d = seat.save_deal(&NewDeal {
                            inquiry_id: Some(id),
                            company: company.clone(),
                            expected_version: Some(deal_version),
                            ..new_deal("D-1", "", today(), dec!(100))
                        });
                        (company, i.map(drop), d)
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let (now_inq, now_deal) = read(&seats[1]);
        for (what, won, now) in [
            (
                "inquiry",
                results.iter().map(|r| r.1.clone()).collect::<Vec<_>>(),
                now_inq.company.clone().unwrap(),
            ),
            (
                "deal",
                results.iter().map(|r| r.2.clone()).collect(),
                now_deal.company.clone(),
            ),
        ] {
            let winners: Vec<usize> = (0..2).filter(|&n| won[n].is_ok()).collect();
            assert_eq!(winners.len(), 1, "round {round}, {what}: {won:?}");
            let loser = 1 - winners[0];
            let e = won[loser].clone().unwrap_err();
            assert_eq!(e.code, ErrorCode::Conflict, "{e}");
            assert_eq!(e.field.as_deref(), Some("version"));
            assert_eq!(
                now, results[winners[0]].0,
                "round {round}: the winner's {what}"
            );
        }
        assert_eq!(now_inq.version, round + 1);
        assert_eq!(now_deal.version, round + 1);
    }
    // A save without a version (an import, the demo) is not checked; a
    // version for a record that is gone is refused.
    seats[1]
        .save_inquiry(&NewInquiry {
            id: Some(id.clone()),
            ..numbered("no check", "2026-06-15 09:30")
        })
        .unwrap();
    seats[0].delete_deal("D-1").unwrap();
    let e = seats[1]
        .save_deal(&NewDeal {
            expected_version: Some(3),
            ..new_deal("D-1", "gone", today(), dec!(1))
        })
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict, "{e}");
    assert!(e.message.contains("removed"), "{}", e.message);
}

#[test]
fn two_seats_editing_one_record_on_a_team_server() {
    let db = fresh_db();
    let (t, a) = team(&db);
    one_of_two_edits_wins(a, Store::open_team(&t).unwrap());
}

#[test]
fn two_stores_editing_one_record_in_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.db");
    let a = Store::create(&path, eur()).unwrap();
    one_of_two_edits_wins(a, Store::open(&path).unwrap());
}

/// Through the app: two windows on one file. The later save of an edit is
/// refused with `conflict` and carries the record as the other window saved
/// it, with its version, so the screen can show it.
#[test]
fn the_app_refuses_a_stale_edit_with_the_record_as_it_stands() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("company.db");
    let one = Session::start_on(path.clone(), today()).unwrap();
    company(&one, "en");
    let two = Session::start_on(path, today()).unwrap();

    let logged = one.log_inquiry(call(None, "Acme", None)).unwrap().inquiry;
    assert_eq!(logged.version, FIRST_VERSION);
    let quote = |id: Option<String>, version: Option<i64>, amount| DealInput {
        id,
        inquiry_id: Some(logged.id.clone()),
        company: "Acme".into(),
        quoted_at: Some(today()),
        closed_at: None,
        status: "open".into(),
        amount,
        lost_reason: None,
        version,
    };
    let deal: DealDto = one.save_deal(quote(None, Some(7), dec!(500))).unwrap();
    assert_eq!(
        deal.version, FIRST_VERSION,
        "a new deal has no version to check"
    );

    let seen: InquiryDto = two.recent_inquiries(1).unwrap().remove(0);
    assert_eq!(seen.deals, vec![deal.clone()]);
    let edit = |company: &str, version: i64| leadledger::api::InquiryInput {
        id: Some(logged.id.clone()),
        version: Some(version),
        ..call(None, company, None)
    };
    let first = one
        .log_inquiry(edit("Acme Tools", logged.version))
        .unwrap()
        .inquiry;
    assert_eq!(first.version, logged.version + 1);
    let e = two.log_inquiry(edit("ACME", seen.version)).unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict, "{e}");
    let current: InquiryDto = serde_json::from_value(e.current.clone().unwrap()).unwrap();
    assert_eq!(current, first, "the record as it now stands");
    let json = serde_json::to_value(&e).unwrap();
    assert_eq!(json["code"], "conflict");
    assert_eq!(json["current"]["company"], "Acme Tools");
    // Made again from the record shown, the edit is saved.
    let again = two.log_inquiry(edit("ACME", current.version)).unwrap();
    assert_eq!(again.inquiry.company.as_deref(), Some("ACME"));
    // Other errors carry no record.
    let e = two.log_inquiry(call(Some(9999), "X", None)).unwrap_err();
    assert!(e.current.is_none());
    assert!(serde_json::to_value(&e).unwrap().get("current").is_none());

    // The quote closed in one window, then in the other from what it showed.
    let close = |won: bool, version: Option<i64>| CloseDeal {
        id: deal.id.clone(),
        won,
        amount: None,
        reason: (!won).then(|| "price".to_string()),
        closed_at: None,
        version,
    };
    let closed = one.close_deal(close(true, Some(deal.version))).unwrap();
    assert_eq!(closed.version, deal.version + 1);
    let e = two
        .close_deal(close(false, Some(deal.version)))
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict, "{e}");
    let current: DealDto = serde_json::from_value(e.current.unwrap()).unwrap();
    assert_eq!(current, closed, "the deal as it now stands");
    let e = two
        .save_deal(quote(Some(deal.id.clone()), Some(deal.version), dec!(450)))
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict, "{e}");
    assert_eq!(two.recent_inquiries(1).unwrap()[0].deals, vec![closed]);
}
