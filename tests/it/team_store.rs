//! The store on a team server (issue 13): a company prepared there works as
//! a file does, and a database moves between the engines exactly: every
//! row, id, audit entry and setting, and the same `Dataset`, so the same
//! figures.

use crate::common::{datetime, demo_file, dump, new_inquiry, today};
use crate::pg::{fresh_db, TestDb};
use leadledger::demo::DemoOptions;
use leadledger::error::ErrorCode;
use leadledger::records::Settings;
use leadledger::store::pg::Target;
use leadledger::store::Store;

fn target(db: &TestDb) -> Target {
    Target::parse(&db.url()).unwrap()
}

fn settings() -> Settings {
    Settings {
        company_name: "Muster GmbH".into(),
        currency: "EUR".into(),
        language: "de".into(),
        ..Settings::default()
    }
}

#[test]
fn a_company_prepared_on_the_server_works_as_a_file_does() {
    let db = fresh_db();
    let t = target(&db);
    let mut team = Store::init_team(&t, settings()).unwrap();
    assert!(team.is_team());
    let id = team
        .save_inquiry(&leadledger::store::NewInquiry {
            id: None,
            ..new_inquiry("x", datetime("2026-06-15 09:30"))
        })
        .unwrap();
    assert_eq!(id, "INQ-2026-00001");
    let again = team
        .save_inquiry(&leadledger::store::NewInquiry {
            id: None,
            ..new_inquiry("x", datetime("2026-06-15 09:31"))
        })
        .unwrap();
    assert_eq!(again, "INQ-2026-00002");

    // The same records in a file read back as the same Dataset.
    let dir = tempfile::tempdir().unwrap();
    let mut file = Store::create(&dir.path().join("f.db"), settings()).unwrap();
    for at in ["2026-06-15 09:30", "2026-06-15 09:31"] {
        file.save_inquiry(&leadledger::store::NewInquiry {
            id: None,
            ..new_inquiry("x", datetime(at))
        })
        .unwrap();
    }
    let reopened = Store::open_team(&t).unwrap();
    assert_eq!(
        reopened.load_dataset().unwrap(),
        file.load_dataset().unwrap()
    );
    assert!(
        reopened.audit_count().unwrap() > 0,
        "the audit trail records"
    );

    // A second init of a prepared database is refused, naming it.
    let e = Store::init_team(&t, settings()).err().unwrap();
    assert_eq!(e.code, ErrorCode::Duplicate);
}

#[test]
fn push_then_pull_is_exact_on_the_demo_company() {
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("demo.db");
    let opts = DemoOptions {
        today: today(),
        ..DemoOptions::default()
    };
    let file = demo_file(&original, opts);
    let expected = file.load_dataset().unwrap();
    drop(file);
    let before = dump(&original);

    let db = fresh_db();
    let t = target(&db);
    let team = Store::push_file(&original, &t).unwrap();
    assert_eq!(team.load_dataset().unwrap(), expected);
    let counts = |x: &Store| {
        (
            x.audit_count().unwrap(),
            x.load_dataset().unwrap().inquiries.len(),
        )
    };
    assert_eq!(counts(&team).1, expected.inquiries.len());

    let pulled = dir.path().join("pulled.db");
    team.pull_into(&pulled).unwrap();
    assert_eq!(dump(&pulled), before, "every row, id and setting as it was");
    assert_eq!(
        Store::open(&pulled).unwrap().load_dataset().unwrap(),
        expected
    );

    // A second push into the now full team database is refused whole.
    let e = Store::push_file(&original, &t).err().unwrap();
    assert_eq!(e.code, ErrorCode::Duplicate);
    assert_eq!(team.load_dataset().unwrap(), expected);
    // New entries after a push continue the numbering and the ids.
    let mut team = Store::open_team(&t).unwrap();
    let next = team
        .save_inquiry(&leadledger::store::NewInquiry {
            id: None,
            ..new_inquiry("x", datetime("2026-06-15 10:00"))
        })
        .unwrap();
    assert!(
        !expected.inquiries.iter().any(|i| i.id == next),
        "{next} is new"
    );
}
