//! The store: creating and opening databases, migrations, and the refusals of
//! bad records that every entry path shares. What is not about the file
//! itself runs on both engines (`both_engines!`); the file's header,
//! pragmas, STRICT tables and refusals of foreign files are SQLite's alone.

use crate::common::{date, datetime, new_db, new_deal, new_inquiry};
use crate::engines::{both_engines, Engine};
use leadledger::records::*;
use leadledger::store::{
    NewDeal, NewInquiry, NewSource, NewSpend, Store, APPLICATION_ID, SCHEMA_VERSION,
};
use leadledger::ErrorCode;
use rust_decimal_macros::dec;

/// A call from Acme Fräsen AG that Anna logged, naming a source by name and
/// the number it was made from, as the store receives them.
fn acme_call(id: &str, source: Option<&str>, phone: Option<&str>) -> NewInquiry {
    NewInquiry {
        kind: InquiryKind::Call,
        company: Some("Acme Fräsen AG".into()),
        phone: phone.map(Into::into),
        source: source.map(Into::into),
        logged_by: Some("Anna".into()),
        ..new_inquiry(id, datetime("2025-03-04 10:15"))
    }
}

fn a_new_database_has_the_default_channels_and_unknown(engine: Engine) {
    let (db, store) = engine.new_db("EUR");
    let ds = store.load_dataset().unwrap();
    assert_eq!(ds.channels.len(), DEFAULT_CHANNELS.len());
    assert_eq!(ds.sources.len(), 1);
    assert_eq!(ds.sources[0].name, UNKNOWN_SOURCE);
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    drop(store);
    // Reopening keeps everything and runs no migration twice.
    let store = engine.reopen(&db);
    assert_eq!(store.load_dataset().unwrap(), ds);
    assert_eq!(store.integrity_check().unwrap(), "ok");
}
both_engines!(a_new_database_has_the_default_channels_and_unknown);

#[test]
fn pragmas_are_set_on_every_open() {
    let (_dir, path, store) = new_db("EUR");
    drop(store);
    let _store = Store::open(&path).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let app: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(app, APPLICATION_ID);
}

#[test]
fn a_database_from_a_newer_version_is_refused_untouched() {
    let (_dir, path, store) = new_db("EUR");
    drop(store);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(err.code, ErrorCode::DatabaseTooNew);
    assert!(err.message.contains("newer version"), "{}", err.message);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file must not change"
    );
}

#[test]
fn foreign_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.db");
    std::fs::write(
        &text,
        "this is not a database at all, just some text, long enough",
    )
    .unwrap();
    assert_eq!(
        Store::open(&text).err().unwrap().code,
        ErrorCode::NotADatabase
    );
    let other = dir.path().join("other.sqlite");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    assert_eq!(
        Store::open(&other).err().unwrap().code,
        ErrorCode::NotADatabase
    );
    assert_eq!(
        Store::open(&dir.path().join("missing.db"))
            .err()
            .unwrap()
            .code,
        ErrorCode::NotFound
    );
}

#[test]
fn migrations_run_from_an_empty_database() {
    // An empty file with our id and version 0, as a crash right after
    // creation would leave it, is migrated forward on open.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let strict: i64 = conn
        .query_row(
            "SELECT count(*) FROM pragma_table_list WHERE strict = 1 AND schema = 'main'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(strict >= 9, "every table is STRICT, found {strict}");
}

#[test]
fn creating_over_an_existing_file_is_refused() {
    let (_dir, path, store) = new_db("EUR");
    drop(store);
    let err = Store::create(&path, Settings::default()).err().unwrap();
    assert_eq!(err.code, ErrorCode::Duplicate);
}

fn bad_settings_name_their_field(engine: Engine) {
    for (settings, field) in [
        (
            Settings {
                currency: "EURO".into(),
                ..Settings::default()
            },
            "currency",
        ),
        (
            Settings {
                fiscal_year_start_month: 13,
                ..Settings::default()
            },
            "fiscal_year_start_month",
        ),
        (
            Settings {
                gross_margin: dec!(1.5),
                ..Settings::default()
            },
            "gross_margin",
        ),
        (
            Settings {
                language: "fr".into(),
                ..Settings::default()
            },
            "language",
        ),
    ] {
        let (db, store) = engine.try_create(settings);
        let err = store.err().unwrap();
        assert_eq!(err.field.as_deref(), Some(field));
        assert!(db.holds_nothing(), "a refused database leaves nothing");
    }
}
both_engines!(bad_settings_name_their_field);

fn spend_refusals_name_the_field(engine: Engine) {
    let (_db, mut store) = engine.new_db("EUR");
    let ok = NewSpend {
        date: date("2025-01-10"),
        amount: dec!(100.00),
        category: SpendCategory::Advertising,
        source: None,
        campaign: None,
        direction: Some(SpendDirection::Inbound),
        note: None,
    };
    store.add_spend(&ok).unwrap();
    let cases = [
        (
            NewSpend {
                amount: dec!(-5),
                ..ok.clone()
            },
            ErrorCode::InvalidAmount,
            "amount",
        ),
        (
            NewSpend {
                amount: dec!(1.001),
                ..ok.clone()
            },
            ErrorCode::InvalidAmount,
            "amount",
        ),
        (
            NewSpend {
                amount: dec!(5000000000000),
                ..ok.clone()
            },
            ErrorCode::InvalidAmount,
            "amount",
        ),
        (
            NewSpend {
                date: date("1850-01-01"),
                ..ok.clone()
            },
            ErrorCode::InvalidDate,
            "date",
        ),
        (
            NewSpend {
                source: Some("Nowhere".into()),
                direction: None,
                ..ok.clone()
            },
            ErrorCode::NotFound,
            "source",
        ),
    ];
    for (spend, code, field) in cases {
        let err = store.add_spend(&spend).unwrap_err();
        assert_eq!(
            (err.code, err.field.as_deref()),
            (code, Some(field)),
            "{err}"
        );
    }
    assert_eq!(
        store.load_dataset().unwrap().spend.len(),
        1,
        "refusals store nothing"
    );
}
both_engines!(spend_refusals_name_the_field);

fn deal_refusals_name_the_field(engine: Engine) {
    let (_db, mut store) = engine.new_db("EUR");
    store.save_inquiry(&acme_call("I1", None, None)).unwrap();
    let ok = NewDeal {
        inquiry_id: Some("I1".into()),
        quoted_at: Some(date("2025-03-10")),
        ..new_deal("D1", "Acme", date("2025-04-01"), dec!(1000))
    };
    let cases = [
        (
            NewDeal {
                closed_at: Some(date("2025-03-01")),
                ..ok.clone()
            },
            ErrorCode::Inconsistent,
            "closed_at",
        ),
        (
            NewDeal {
                closed_at: None,
                ..ok.clone()
            },
            ErrorCode::Invalid,
            "closed_at",
        ),
        (
            NewDeal {
                inquiry_id: Some("I9".into()),
                ..ok.clone()
            },
            ErrorCode::NotFound,
            "inquiry_id",
        ),
        (
            NewDeal {
                company: "  ".into(),
                ..ok.clone()
            },
            ErrorCode::Invalid,
            "company",
        ),
        (
            NewDeal {
                amount: dec!(-1),
                ..ok.clone()
            },
            ErrorCode::InvalidAmount,
            "amount",
        ),
    ];
    for (deal, code, field) in cases {
        let err = store.save_deal(&deal).unwrap_err();
        assert_eq!(
            (err.code, err.field.as_deref()),
            (code, Some(field)),
            "{err}"
        );
    }
    store.save_deal(&ok).unwrap();
    // An open deal needs no closing date.
    store
        .save_deal(&NewDeal {
            id: "D2".into(),
            closed_at: None,
            status: DealStatus::Open,
            ..ok
        })
        .unwrap();
    assert_eq!(store.load_dataset().unwrap().deals.len(), 2);
}
both_engines!(deal_refusals_name_the_field);

fn a_dialled_tracking_number_tags_the_source(engine: Engine) {
    let (_db, mut store) = engine.new_db("EUR");
    store
        .save_source(&NewSource {
            channel: "Online directories".into(),
            name: "Europages".into(),
            tracking_numbers: vec!["+49 711 555-0120".into()],
            ..Default::default()
        })
        .unwrap();
    // National form, no source given: tagged.
    store
        .save_inquiry(&acme_call("I1", None, Some("0711 / 555 01 20")))
        .unwrap();
    // "Unknown" answered: the number still tells.
    store
        .save_inquiry(&acme_call("I2", Some("unknown"), Some("0049 711 5550120")))
        .unwrap();
    // A named source wins over the number.
    store
        .save_inquiry(&acme_call("I3", Some("Unknown"), Some("0711 5550121")))
        .unwrap();
    let ds = store.load_dataset().unwrap();
    let europages = ds.source_by_name("Europages").unwrap().id;
    let unknown = ds.unknown_source_id().unwrap();
    let by_id = |id: &str| ds.inquiries.iter().find(|i| i.id == id).unwrap().source_id;
    assert_eq!(by_id("I1"), europages);
    assert_eq!(by_id("I2"), europages);
    assert_eq!(by_id("I3"), unknown);
    // A tracking number belongs to one source only.
    let err = store
        .save_source(&NewSource {
            channel: "Paid search".into(),
            name: "Google Ads".into(),
            tracking_numbers: vec!["+49 711 5550120".into()],
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("tracking_numbers"));
}
both_engines!(a_dialled_tracking_number_tags_the_source);

fn inquiries_get_ids_and_upsert_by_them(engine: Engine) {
    let (_db, mut store) = engine.new_db("EUR");
    let mut new = acme_call("ignored", None, None);
    new.id = None;
    let a = store.save_inquiry(&new).unwrap();
    let b = store.save_inquiry(&new).unwrap();
    assert_eq!(
        (a.as_str(), b.as_str()),
        ("INQ-2025-00001", "INQ-2025-00002")
    );
    // Saving again with a known id edits that inquiry.
    new.id = Some(a.clone());
    new.is_lead = false;
    store.save_inquiry(&new).unwrap();
    let ds = store.load_dataset().unwrap();
    assert_eq!(ds.inquiries.len(), 2);
    assert!(!ds.inquiries.iter().find(|i| i.id == a).unwrap().is_lead);
    let err = store
        .save_inquiry(&acme_call("I5", Some("Nowhere"), None))
        .unwrap_err();
    assert_eq!(
        (err.code, err.field.as_deref()),
        (ErrorCode::NotFound, Some("source"))
    );
    let mut bad = acme_call("I6", None, None);
    bad.email = Some("not-an-address".into());
    assert_eq!(
        store.save_inquiry(&bad).unwrap_err().field.as_deref(),
        Some("email")
    );
}
both_engines!(inquiries_get_ids_and_upsert_by_them);

fn the_currency_is_fixed_and_settings_validate(engine: Engine) {
    let (db, mut store) = engine.new_db("SEK");
    let mut s = store.settings().clone();
    s.gross_margin = dec!(0.4);
    s.language = "sv".into();
    store.update_settings(s.clone()).unwrap();
    s.currency = "EUR".into();
    assert_eq!(
        store.update_settings(s).unwrap_err().field.as_deref(),
        Some("currency")
    );
    drop(store);
    let store = engine.reopen(&db);
    assert_eq!(store.settings().gross_margin, dec!(0.4));
    assert_eq!(store.settings().language, "sv");
}
both_engines!(the_currency_is_fixed_and_settings_validate);
