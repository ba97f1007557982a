//! The PostgreSQL schema beside the SQLite one (issue 13): the same
//! versions, tables and columns; and the migration runner on a team
//! database: fresh, opened again, older, newer, foreign, two owners at once.

use crate::pg::{cluster, fresh_db, TestDb};
use leadledger::error::ErrorCode;
use leadledger::records::Settings;
use leadledger::store::pg::migrate::{self, SchemaState, Upgraded, SCHEMA_VERSION};
use leadledger::store::pg::{connect, Target};
use leadledger::store::{self, Store};
use std::collections::BTreeMap;

/// A column as both engines can describe it: name, type, NOT NULL.
type Columns = Vec<(String, String, bool)>;

/// Tables only one engine has, each for a reason: SQLite keeps the acting
/// person in `audit_actor` (a team server has its logins), PostgreSQL keeps
/// in tables what SQLite keeps in its file header.
const SQLITE_ONLY: &[&str] = &["audit_actor"];
const PG_ONLY: &[&str] = &["leadledger_meta", "leadledger_migrations"];

fn target(db: &TestDb) -> Target {
    Target::parse(&db.url()).unwrap()
}

fn open(db: &TestDb) -> (Target, postgres::Client) {
    let t = target(db);
    let client = connect(&t).unwrap();
    (t, client)
}

/// The one integer a query answers.
fn int(client: &mut postgres::Client, sql: &str) -> i64 {
    client.query_one(sql, &[]).unwrap().get(0)
}

fn sqlite_schema() -> (i64, BTreeMap<String, Columns>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.db");
    let store = Store::create(&path, Settings::default()).unwrap();
    let version = store.schema_version().unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mut tables = BTreeMap::new();
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for name in names {
        let mut stmt = conn
            .prepare(&format!(
                "SELECT name, type, \"notnull\", pk FROM pragma_table_info('{name}') ORDER BY cid"
            ))
            .unwrap();
        let columns: Columns = stmt
            .query_map([], |r| {
                let ty: String = r.get(1)?;
                let not_null: i64 = r.get(2)?;
                let pk: i64 = r.get(3)?;
                // A primary key column is never NULL on either engine
                // (SQLite's INTEGER PRIMARY KEY is the row's number).
                Ok((r.get(0)?, ty, not_null == 1 || pk > 0))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        tables.insert(name, columns);
    }
    (version, tables)
}

fn pg_schema(client: &mut postgres::Client) -> BTreeMap<String, Columns> {
    let mut tables: BTreeMap<String, Columns> = BTreeMap::new();
    for row in client
        .query(
            "SELECT c.table_name::text, c.column_name::text, c.data_type::text, c.is_nullable = 'NO' \
             FROM information_schema.columns c \
             JOIN information_schema.tables t USING (table_schema, table_name) \
             WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' \
             ORDER BY c.table_name, c.ordinal_position",
            &[],
        )
        .unwrap()
    {
        let ty: String = row.get(2);
        // SQLite's two types, as PostgreSQL spells them in this schema.
        let mapped = match ty.as_str() {
            "bigint" => "INTEGER".to_string(),
            "text" => "TEXT".to_string(),
            other => format!("{other} (no SQLite type)"),
        };
        tables
            .entry(row.get(0))
            .or_default()
            .push((row.get(1), mapped, row.get(3)));
    }
    tables
}

fn migration_numbers(folder: &str) -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".sql") && n.as_bytes()[0].is_ascii_digit())
        .collect();
    names.sort();
    names
}

#[test]
fn both_engines_have_the_same_versions_tables_and_columns() {
    // The same migration files, by number and name, on both engines.
    let sqlite_files = migration_numbers("src/store/migrations");
    assert_eq!(sqlite_files, migration_numbers("src/store/pg/migrations"));
    assert_eq!(sqlite_files.len() as i64, store::SCHEMA_VERSION);
    assert_eq!(SCHEMA_VERSION, store::SCHEMA_VERSION);

    let (sqlite_version, mut sqlite) = sqlite_schema();
    let db = fresh_db();
    let (t, mut client) = open(&db);
    assert_eq!(
        migrate::upgrade(&mut client, &t).unwrap(),
        Upgraded {
            from: 0,
            to: SCHEMA_VERSION
        }
    );
    assert_eq!(
        migrate::inspect(&mut client, &t).unwrap(),
        SchemaState::Leadledger {
            version: sqlite_version
        }
    );
    let mut pg = pg_schema(&mut client);

    for only in SQLITE_ONLY {
        assert!(
            sqlite.remove(*only).is_some(),
            "SQLite has no {only} any more"
        );
    }
    for only in PG_ONLY {
        assert!(
            pg.remove(*only).is_some(),
            "PostgreSQL has no {only} any more"
        );
    }
    assert_eq!(
        sqlite.keys().collect::<Vec<_>>(),
        pg.keys().collect::<Vec<_>>(),
        "the engines have different tables"
    );
    for (table, columns) in &sqlite {
        assert_eq!(
            columns, &pg[table],
            "table {table} differs between the engines"
        );
    }
}

/// Names unique to SQLite's NOCASE are unique on PostgreSQL, no more and no
/// less: ASCII letters fold, other letters do not.
#[test]
fn names_compare_as_sqlite_compares_them() {
    let db = fresh_db();
    let (t, mut client) = open(&db);
    migrate::upgrade(&mut client, &t).unwrap();
    let mut sqlite = rusqlite::Connection::open_in_memory().unwrap();
    let tx = sqlite.transaction().unwrap();
    tx.execute_batch(include_str!("../../src/store/migrations/0001_init.sql"))
        .unwrap();
    tx.commit().unwrap();
    for (name, kept) in [
        ("Web", true),
        ("WEB", false),
        ("Яндекс", true),
        ("яндекс", true),
        ("web ", true),
    ] {
        let on_pg = client
            .execute(
                "INSERT INTO channels (name, direction) VALUES ($1, 'inbound')",
                &[&name],
            )
            .is_ok();
        let on_sqlite = sqlite
            .execute(
                "INSERT INTO channels (name, direction) VALUES (?1, 'inbound')",
                [name],
            )
            .is_ok();
        assert_eq!((on_pg, on_sqlite), (kept, kept), "{name}");
    }
    // Ordering is byte-wise on both, whatever the database's locale.
    let pg_order: Vec<String> = client
        .query("SELECT name FROM channels ORDER BY name", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let sqlite_order: Vec<String> = sqlite
        .prepare("SELECT name FROM channels ORDER BY name COLLATE BINARY")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(pg_order, sqlite_order);
}

#[test]
fn the_audit_trail_records_the_login_and_is_append_only() {
    let db = fresh_db();
    let (t, mut client) = open(&db);
    migrate::upgrade(&mut client, &t).unwrap();
    client
        .batch_execute(
            "INSERT INTO channels (name, direction) VALUES ('Fairs', 'outbound');
             UPDATE channels SET direction = 'inbound' WHERE name = 'Fairs';
             INSERT INTO sources (channel_id, name) SELECT id, 'Hannover Messe' FROM channels;
             INSERT INTO spend (date, amount_minor, category, source_id)
                 SELECT '2026-04-20', 125000, 'events', id FROM sources;
             DELETE FROM spend;",
        )
        .unwrap();
    let rows = client
        .query(
            "SELECT actor, table_name, row_key, action, old_value, new_value, at FROM audit ORDER BY id",
            &[],
        )
        .unwrap();
    let got: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| (r.get(1), r.get(2), r.get(3)))
        .collect();
    let want = [
        ("channels", "1", "insert"),
        ("channels", "1", "update"),
        ("sources", "1", "insert"),
        ("spend", "1", "insert"),
        ("spend", "1", "delete"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want);
    for r in &rows {
        assert_eq!(r.get::<_, String>(0), "postgres", "the acting login");
        let at: String = r.get(6);
        assert!(
            chrono::NaiveDateTime::parse_from_str(&at, "%Y-%m-%d %H:%M:%S%.3f").is_ok(),
            "{at} is written as SQLite writes it"
        );
    }
    let update_old: serde_json::Value = serde_json::from_str(rows[1].get(4)).unwrap();
    let update_new: serde_json::Value = serde_json::from_str(rows[1].get(5)).unwrap();
    assert_eq!(
        update_old,
        serde_json::json!({"name": "Fairs", "direction": "outbound"})
    );
    assert_eq!(
        update_new,
        serde_json::json!({"name": "Fairs", "direction": "inbound"})
    );
    let spend: serde_json::Value = serde_json::from_str(rows[3].get(5)).unwrap();
    assert_eq!(spend["amount_minor"], 125000);
    assert_eq!(spend["date"], "2026-04-20");
    assert!(spend.get("id").is_none());

    for change in [
        "UPDATE audit SET actor = 'someone else'",
        "DELETE FROM audit",
        "TRUNCATE audit",
    ] {
        let e = client.batch_execute(change).unwrap_err();
        assert!(e.to_string().contains("db error"), "{change}: {e}");
        assert!(
            e.as_db_error().unwrap().message().contains("append-only"),
            "{change}"
        );
    }
    let n = int(&mut client, "SELECT count(*) FROM audit");
    assert_eq!(n, 5);
}

#[test]
fn a_fresh_database_is_empty_until_upgraded_then_current() {
    let db = fresh_db();
    let (t, mut client) = open(&db);
    assert_eq!(
        migrate::inspect(&mut client, &t).unwrap(),
        SchemaState::Empty
    );
    let e = migrate::require_current(&mut client, &t).unwrap_err();
    assert_eq!(e.code, ErrorCode::NotADatabase);
    assert!(e.message.contains("is empty"), "{}", e.message);
    assert!(e.message.contains("team init"), "{}", e.message);

    migrate::upgrade(&mut client, &t).unwrap();
    migrate::require_current(&mut client, &t).unwrap();
    let done: Vec<(i64, String)> = client
        .query(
            "SELECT version, applied_by FROM leadledger_migrations ORDER BY version",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let want: Vec<(i64, String)> = (1..=SCHEMA_VERSION)
        .map(|v| (v, "postgres".into()))
        .collect();
    assert_eq!(done, want);

    // Opened again by another seat: nothing to do, nothing done.
    let (t, mut again) = open(&db);
    migrate::require_current(&mut again, &t).unwrap();
    assert_eq!(
        migrate::upgrade(&mut again, &t).unwrap(),
        Upgraded {
            from: SCHEMA_VERSION,
            to: SCHEMA_VERSION
        }
    );
    let n = int(&mut again, "SELECT count(*) FROM leadledger_migrations");
    assert_eq!(n, SCHEMA_VERSION);
}

#[test]
fn an_older_schema_names_the_version_needed_and_upgrades_when_asked() {
    let db = fresh_db();
    let (t, mut client) = open(&db);
    assert_eq!(
        migrate::upgrade_to(&mut client, &t, 1).unwrap(),
        Upgraded { from: 0, to: 1 }
    );
    let e = migrate::require_current(&mut client, &t).unwrap_err();
    assert_eq!(e.code, ErrorCode::NeedsUpgrade);
    assert!(
        e.message.contains(&format!(
            "has schema 1; this version of Leadledger needs schema {SCHEMA_VERSION}"
        )),
        "{}",
        e.message
    );
    assert!(e.message.contains("team upgrade"), "{}", e.message);
    assert!(!e.message.contains(crate::pg::PASSWORD), "{}", e.message);
    assert_eq!(
        migrate::upgrade(&mut client, &t).unwrap(),
        Upgraded {
            from: 1,
            to: SCHEMA_VERSION
        }
    );
    migrate::require_current(&mut client, &t).unwrap();
}

#[test]
fn a_newer_schema_is_refused_and_left_alone() {
    let db = fresh_db();
    let (t, mut client) = open(&db);
    migrate::upgrade(&mut client, &t).unwrap();
    let newer = SCHEMA_VERSION + 1;
    client
        .execute("UPDATE leadledger_meta SET schema_version = $1", &[&newer])
        .unwrap();
    for e in [
        migrate::inspect(&mut client, &t).unwrap_err(),
        migrate::require_current(&mut client, &t).unwrap_err(),
        migrate::upgrade(&mut client, &t).unwrap_err(),
    ] {
        assert_eq!(e.code, ErrorCode::DatabaseTooNew);
        assert!(
            e.message.contains(&format!("schema {newer}")),
            "{}",
            e.message
        );
        assert!(e.message.contains(&db.name), "{}", e.message);
    }
    let v = int(&mut client, "SELECT schema_version FROM leadledger_meta");
    assert_eq!(v, newer);
}

#[test]
fn a_database_that_is_not_leadledgers_is_refused_untouched() {
    // Another application's tables.
    let db = fresh_db();
    let (t, mut client) = open(&db);
    client
        .batch_execute("CREATE TABLE customers (id serial PRIMARY KEY, name text)")
        .unwrap();
    for e in [
        migrate::inspect(&mut client, &t).unwrap_err(),
        migrate::upgrade(&mut client, &t).unwrap_err(),
    ] {
        assert_eq!(e.code, ErrorCode::NotADatabase);
        assert!(
            e.message
                .contains(&format!("database {} on 127.0.0.1:{}", db.name, db.port)),
            "{}",
            e.message
        );
        assert!(
            e.message.contains("not a Leadledger database"),
            "{}",
            e.message
        );
    }
    let tables = int(
        &mut client,
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
    );
    assert_eq!(tables, 1, "nothing was created");

    // A marker of another application.
    let db = fresh_db();
    let (t, mut client) = open(&db);
    client
        .batch_execute(
            "CREATE TABLE leadledger_meta (singleton boolean PRIMARY KEY, application_id bigint, schema_version bigint);
             INSERT INTO leadledger_meta VALUES (true, 42, 1);",
        )
        .unwrap();
    let e = migrate::require_current(&mut client, &t).unwrap_err();
    assert_eq!(e.code, ErrorCode::NotADatabase);
}

#[test]
fn two_owners_upgrading_at_once_run_each_migration_once() {
    let db = fresh_db();
    let results: Vec<Upgraded> = std::thread::scope(|s| {
        let seats: Vec<_> = (0..2)
            .map(|_| {
                s.spawn(|| {
                    let (t, mut client) = open(&db);
                    migrate::upgrade(&mut client, &t).unwrap()
                })
            })
            .collect();
        seats.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(
        results.iter().all(|u| u.to == SCHEMA_VERSION),
        "{results:?}"
    );
    let mut client = db.admin();
    let n = int(&mut client, "SELECT count(*) FROM leadledger_migrations");
    assert_eq!(n, SCHEMA_VERSION);
}

#[test]
fn a_database_not_in_utf8_is_refused_before_anything_is_written() {
    let name = "t_latin1";
    cluster()
        .client("postgres")
        .batch_execute(&format!(
            "CREATE DATABASE {name} ENCODING 'LATIN1' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'"
        ))
        .unwrap();
    let db = TestDb {
        name: name.into(),
        port: cluster().port,
        socket: cluster().root.clone(),
    };
    let (t, mut client) = open(&db);
    let e = migrate::upgrade(&mut client, &t).unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert!(e.message.contains("LATIN1"), "{}", e.message);
    assert_eq!(
        migrate::inspect(&mut client, &t).unwrap(),
        SchemaState::Empty
    );
}
