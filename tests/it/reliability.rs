//! Keeping the company's file safe: migrations from older schemas with a
//! backup first, the append-only audit trail, backups and restore, and
//! refusals of damaged, foreign and newer files. The audit trail is tested
//! on both engines; the rest is about the file.

use crate::common::{new_db, new_spend};
use crate::engines::{both_engines, Engine};
use leadledger::records::Settings;
use leadledger::store::{backup, NewSpend, Store, APPLICATION_ID, SCHEMA_VERSION};
use leadledger::ErrorCode;
use rust_decimal_macros::dec;

#[test]
fn a_version_1_database_migrates_forward_after_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        conn.execute_batch(include_str!("../../src/store/migrations/0001_init.sql"))
            .unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute_batch(
            "INSERT INTO settings VALUES ('currency', 'EUR');
             INSERT INTO channels (id, name, direction) VALUES (1, 'Unknown', 'inbound');
             INSERT INTO sources (id, channel_id, name) VALUES (1, 1, 'Unknown');
             INSERT INTO spend (date, amount_minor, category) VALUES ('2026-01-02', 12345, 'software');",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let ds = store.load_dataset().unwrap();
    assert_eq!(
        ds.spend[0].amount,
        dec!(123.45),
        "data survives the migration"
    );
    let backups = backup::list(&path).unwrap();
    assert!(
        backups
            .iter()
            .any(|b| b.file_name.starts_with("before-migration-v1-")),
        "{backups:?}"
    );
    // The new version's audit trail works on the migrated file.
    store.set_actor("Anna").unwrap();
    store.add_spend(&new_spend(dec!(5), None)).unwrap();
    assert_eq!(store.audit_count().unwrap(), 1);
}

/// On both engines. The actor is the name the seat gave on a file, and the
/// person's own login on a team server (decision 50: no seat can claim
/// another's), here the test cluster's superuser.
fn the_audit_trail_records_changes_and_cannot_be_rewritten(engine: Engine) {
    let (db, mut store) = engine.new_db("EUR");
    // A new database's default channels and its Unknown source are in the
    // trail from the start (channels and sources are audited since v3).
    let created = store.audit_count().unwrap();
    store.set_actor("Owner").unwrap();
    store.add_spend(&new_spend(dec!(10), None)).unwrap();
    store.add_spend(&new_spend(dec!(20), None)).unwrap();
    assert_eq!(store.audit_count().unwrap(), created + 2);
    drop(store);
    let first = db.query_text(
        "SELECT actor, new_value FROM audit WHERE table_name = 'spend' ORDER BY id LIMIT 1",
    );
    let (actor, new) = (first[0][0].clone().unwrap(), first[0][1].clone().unwrap());
    let expected_actor = match engine {
        Engine::Sqlite => "Owner",
        Engine::Postgres => crate::pg::SUPERUSER,
    };
    assert_eq!(actor, expected_actor);
    let amount = |json: &str| {
        serde_json::from_str::<serde_json::Value>(json).unwrap()["amount_minor"].clone()
    };
    assert_eq!(amount(&new), 1000, "{new}");
    for sql in [
        "DELETE FROM audit",
        "UPDATE audit SET actor = 'someone else'",
    ] {
        let err = db.execute(sql).unwrap_err();
        assert!(err.contains("append-only"), "{err}");
    }
    // Deleting spend is recorded with the old value, so it can be undone.
    db.execute("DELETE FROM spend WHERE amount_minor = 2000")
        .unwrap();
    let old = db.query_text("SELECT old_value FROM audit WHERE action = 'delete'");
    assert_eq!(amount(old[0][0].as_deref().unwrap()), 2000);
}
both_engines!(the_audit_trail_records_changes_and_cannot_be_rewritten);

#[test]
fn backup_and_restore_round_trip_and_keep_the_current_file() {
    let (dir, path, mut store) = new_db("EUR");
    store.add_spend(&new_spend(dec!(100), None)).unwrap();
    let copy = dir.path().join("copy.db");
    store.backup_to(&copy).unwrap();
    assert_eq!(
        store.backup_to(&copy).unwrap_err().code,
        ErrorCode::Duplicate,
        "never overwrites"
    );
    store.add_spend(&new_spend(dec!(200), None)).unwrap();
    drop(store);
    let kept = backup::restore(&path, &copy)
        .unwrap()
        .expect("current file kept");
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.load_dataset().unwrap().spend.len(),
        1,
        "the backup's state is back"
    );
    let before = Store::open(&kept).unwrap();
    assert_eq!(
        before.load_dataset().unwrap().spend.len(),
        2,
        "the replaced state is kept"
    );
}

#[test]
fn restore_refuses_foreign_and_newer_files() {
    let (dir, path, store) = new_db("EUR");
    drop(store);
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a database, just some words that fill a page").unwrap();
    assert_eq!(
        backup::restore(&path, &text).unwrap_err().code,
        ErrorCode::NotADatabase
    );
    let newer = dir.path().join("newer.db");
    Store::create(&newer, Settings::default()).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    assert_eq!(
        backup::restore(&path, &newer).unwrap_err().code,
        ErrorCode::DatabaseTooNew
    );
    Store::open(&path).expect("the current database is untouched");
}

#[test]
fn opening_takes_one_daily_backup() {
    let (_dir, path, store) = new_db("EUR");
    drop(store);
    Store::open(&path).unwrap();
    Store::open(&path).unwrap();
    let dailies: Vec<_> = backup::list(&path)
        .unwrap()
        .into_iter()
        .filter(|b| b.file_name.starts_with("daily-"))
        .collect();
    assert_eq!(dailies.len(), 1, "{dailies:?}");
    backup::verify(&dailies[0].path).unwrap();
}

#[test]
fn a_damaged_file_is_refused_with_the_newest_backup_named() {
    let (_dir, path, mut store) = new_db("EUR");
    for i in 0..400 {
        store
            .add_spend(&NewSpend {
                note: Some(format!("entry number {i} with some text to fill pages")),
                ..new_spend(dec!(1), None)
            })
            .unwrap();
    }
    drop(store);
    Store::open(&path).unwrap(); // takes the daily backup
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")
            .unwrap();
    }
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096;
    assert!(bytes.len() > page * 12);
    // Scribble over the middle of a few pages, as a failing disk would.
    for p in [8, 9, 10] {
        for b in &mut bytes[p * page + 16..p * page + 600] {
            *b = 0xA5;
        }
    }
    std::fs::write(&path, &bytes).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(
        matches!(err.code, ErrorCode::Corrupt | ErrorCode::NotADatabase),
        "{err}"
    );
    assert!(err.message.contains("backup"), "{}", err.message);
}
