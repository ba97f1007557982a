//! The roles of a team database (issue 14), read off the server: the spec's
//! table (`shared/spec/team.md`, "Roles") row by row for an owner, a sales
//! and a front-desk login, through a raw `postgres` client as `psql` would
//! connect and through the product's own store; every refusal is SQLSTATE
//! 42501 (or, for the settings rows, no row at all), and what a role may do
//! works, its audit entries included. Every table of the schema has a
//! deliberate decision in `pg::roles::GRANTS`.

use crate::common::{datetime, new_inquiry, new_spend};
use crate::pg::{fresh_db, TestDb};
use leadledger::error::ErrorCode;
use leadledger::records::Settings;
use leadledger::role::Role;
use leadledger::store::pg::roles::{group, Access, GRANTS};
use leadledger::store::pg::{self, Target};
use leadledger::store::Store;
use postgres::error::SqlState;
use postgres::NoTls;
use rust_decimal_macros::dec;

/// The three people a test works with on `db`, and their passwords. Role
/// names are the whole server's, so each database's people have names of
/// their own.
pub fn people(db: &TestDb) -> [(String, Role, &'static str); 3] {
    [
        (format!("{}_olga", db.name), Role::Owner, "owner-pass"),
        (format!("{}_sam", db.name), Role::Sales, "sales-pass"),
        (format!("{}_dana", db.name), Role::Desk, "desk-pass"),
    ]
}

pub fn target(db: &TestDb) -> Target {
    Target::parse(&db.url()).unwrap()
}

/// `login`'s target on `db`, with `password`.
pub fn target_as(db: &TestDb, login: &str, password: &str) -> Target {
    let mut t = target(db);
    t.user = login.into();
    t.with_password(Some(password.into()))
}

/// `login`'s connection to `db` as any other program would make it.
pub fn login_config(db: &TestDb, login: &str, password: &str) -> postgres::Config {
    let mut c = postgres::Config::new();
    c.host("127.0.0.1")
        .port(db.port)
        .dbname(&db.name)
        .user(login)
        .password(password);
    c
}

/// A raw client session of `login`, as `psql` would open one.
pub fn raw(db: &TestDb, login: &str, password: &str) -> postgres::Client {
    login_config(db, login, password)
        .connect(NoTls)
        .unwrap_or_else(|e| panic!("{login} cannot log in: {e}"))
}

/// A company prepared on a fresh database by the server's administrator,
/// with the three people of [`PEOPLE`] added, one inquiry, one deal linked
/// to it and one spend entry.
pub fn company() -> TestDb {
    let db = fresh_db();
    let mut admin = Store::init_team(
        &target(&db),
        Settings {
            company_name: "Muster GmbH".into(),
            currency: "EUR".into(),
            ..Settings::default()
        },
    )
    .unwrap();
    for (login, role, password) in people(&db) {
        admin.add_person(&login, role, Some(password)).unwrap();
    }
    admin
        .save_inquiry(&new_inquiry("INQ-1", datetime("2026-03-02 10:00")))
        .unwrap();
    let mut deal = crate::common::new_deal("D-1", "Acme", crate::common::d(2026, 3, 9), dec!(900));
    deal.inquiry_id = Some("INQ-1".into());
    admin.save_deal(&deal).unwrap();
    admin.add_spend(&new_spend(dec!(120), None)).unwrap();
    db
}

/// One row of the spec's table as statements, each with whether the
/// owner, sales and the front desk may run it.
const CHECKS: &[(&str, &str, [bool; 3])] = &[
    (
        "log, edit and delete inquiries and their touchpoints",
        "INSERT INTO inquiries (id, received_at, kind, source_id, is_lead) \
         VALUES ('INQ-X', '2026-04-01 09:00:00', 'call', \
                 (SELECT id FROM sources WHERE name = 'Unknown'), 1); \
         INSERT INTO touchpoints (inquiry_rowid, seq, source_id, date) \
         SELECT rowid, 1, source_id, '2026-04-01' FROM inquiries WHERE id = 'INQ-X'; \
         UPDATE inquiries SET is_lead = 0, version = version + 1 WHERE id = 'INQ-X'; \
         DELETE FROM touchpoints; DELETE FROM inquiries WHERE id = 'INQ-X'",
        [true, true, true],
    ),
    (
        "see sources, channels, tracking numbers",
        "SELECT count(*) FROM sources; SELECT count(*) FROM channels; \
         SELECT count(*) FROM tracking_numbers",
        [true, true, true],
    ),
    (
        "change sources",
        "INSERT INTO sources (channel_id, name) SELECT min(id), 'New' FROM channels",
        [true, false, false],
    ),
    (
        "see the company's name",
        "SELECT value FROM settings WHERE key = 'company_name'",
        [true, true, true],
    ),
    (
        "change the company's settings",
        "UPDATE settings SET value = 'x' WHERE key = 'company_name'",
        [true, false, false],
    ),
    (
        "enter and edit deals",
        "SELECT count(*) FROM deals; \
         INSERT INTO deals (id, company, status, amount_minor) VALUES ('D-X', 'Co', 'open', 5); \
         UPDATE deals SET amount_minor = 6 WHERE id = 'D-X'; DELETE FROM deals WHERE id = 'D-X'",
        [true, true, false],
    ),
    (
        "see spend",
        "SELECT count(*) FROM spend",
        [true, false, false],
    ),
    (
        "edit spend",
        "INSERT INTO spend (date, amount_minor, category) VALUES ('2026-01-01', 1, 'other')",
        [true, false, false],
    ),
    (
        "see targets",
        "SELECT count(*) FROM targets",
        [true, false, false],
    ),
    (
        "edit targets",
        "INSERT INTO targets (year, lead_target) VALUES (2030, 5)",
        [true, false, false],
    ),
    (
        "see activity counts",
        "SELECT count(*) FROM traffic",
        [true, false, false],
    ),
    (
        "read the audit trail",
        "SELECT count(*) FROM audit",
        [true, false, false],
    ),
    (
        "add people",
        "SELECT ll_add_user('eve', 'owner', 'pw')",
        [true, false, false],
    ),
    (
        "reset a password",
        "SELECT ll_reset_password(session_user, 'pw')",
        [true, false, false],
    ),
    (
        "remove people",
        "SELECT ll_remove_user(current_database() || '_dana')",
        [true, false, false],
    ),
];

#[test]
fn the_spec_table_row_by_row_through_a_raw_client() {
    let db = company();
    for (i, (login, role, password)) in people(&db).iter().enumerate() {
        let mut client = raw(&db, login, password);
        for (what, sql, allowed) in CHECKS {
            // Each check in a transaction of its own, rolled back, so the
            // next starts from the same records.
            let mut tx = client.transaction().unwrap();
            let got = tx.batch_execute(sql);
            match (allowed[i], got) {
                (true, Ok(())) => {}
                (false, Err(e)) => assert_eq!(
                    e.code(),
                    Some(&SqlState::INSUFFICIENT_PRIVILEGE),
                    "{role:?} may not {what}, but the refusal was {e}"
                ),
                (true, Err(e)) => panic!("{role:?} may {what}, but was refused: {e:?}"),
                (false, Ok(())) => panic!("{role:?} may not {what}, but the server allowed it"),
            }
            tx.rollback().unwrap();
        }
        // The money settings are rows the staff's reading never meets.
        let rows = client
            .query("SELECT key FROM settings ORDER BY key", &[])
            .unwrap();
        let keys: Vec<String> = rows.iter().map(|r| r.get(0)).collect();
        let has_margin = keys.iter().any(|k| k == "gross_margin");
        assert_eq!(has_margin, *role == Role::Owner, "{role:?}: {keys:?}");
        assert!(keys.iter().any(|k| k == "currency"), "{role:?}: {keys:?}");
        assert!(keys.iter().any(|k| k == "fiscal_year_start_month"));
    }
}

#[test]
fn the_product_knows_its_role_and_the_server_refuses_what_it_may_not() {
    let db = company();
    for (login, role, password) in people(&db) {
        let login = login.as_str();
        let mut store = Store::open_team(&target_as(&db, login, password)).unwrap();
        assert_eq!(store.role(), role, "{login}");
        // Loading skips what the role cannot read instead of failing.
        let ds = store.load_dataset().unwrap();
        // The owner's seat went first and added to the records.
        assert!(!ds.inquiries.is_empty(), "{login}");
        assert_eq!(ds.spend.is_empty(), role != Role::Owner, "{login}");
        assert_eq!(ds.deals.is_empty(), role == Role::Desk, "{login}");
        assert_eq!(ds.settings.company_name, "Muster GmbH");
        let window = store
            .load_window(crate::common::d(2026, 1, 1), crate::common::d(2026, 12, 31))
            .unwrap();
        assert_eq!(window.inquiries.len(), ds.inquiries.len());
        // Every role logs an inquiry, and its id comes from the server.
        let id = store
            .save_inquiry(&leadledger::store::NewInquiry {
                id: None,
                ..new_inquiry("x", datetime("2026-05-04 11:00"))
            })
            .unwrap();
        assert!(id.starts_with("INQ-2026-"), "{id}");
        // Spend is the owner's: the server refuses the others' write.
        let spend = store.add_spend(&new_spend(dec!(5), None));
        match role {
            Role::Owner => assert!(spend.is_ok()),
            _ => {
                let e = spend.unwrap_err();
                assert_eq!(e.code, ErrorCode::Forbidden, "{login}: {e}");
                assert!(e.message.contains("permission denied"), "{}", e.message);
            }
        }
        let deal = store.save_deal(&crate::common::new_deal(
            &format!("D-{login}"),
            "Co",
            crate::common::d(2026, 5, 5),
            dec!(10),
        ));
        assert_eq!(deal.is_ok(), role != Role::Desk, "{login}: {deal:?}");
    }
    // Each change is in the trail under the login that made it, though
    // only the owner may read the trail.
    let mut admin = db.admin();
    for (login, _, _) in people(&db) {
        let n: i64 = admin
            .query_one(
                "SELECT count(*) FROM audit WHERE actor = $1 AND table_name = 'inquiries' \
                 AND action = 'insert'",
                &[&login],
            )
            .unwrap()
            .get(0);
        assert_eq!(n, 1, "{login}");
    }
}

#[test]
fn the_front_desk_deletes_an_inquiry_a_deal_refers_to() {
    // The deal's link is cleared by the foreign key's own action, and the
    // deal's audit entry is written, though the desk may touch neither.
    let db = company();
    let [_, _, (login, _, password)] = people(&db);
    let login = login.as_str();
    let mut desk = Store::open_team(&target_as(&db, login, password)).unwrap();
    let mut client = raw(&db, login, password);
    client
        .batch_execute("DELETE FROM inquiries WHERE id = 'INQ-1'")
        .unwrap();
    drop(client);
    let mut admin = db.admin();
    let link: Option<String> = admin
        .query_one("SELECT inquiry_id FROM deals WHERE id = 'D-1'", &[])
        .unwrap()
        .get(0);
    assert_eq!(link, None);
    let entries: i64 = admin
        .query_one(
            "SELECT count(*) FROM audit WHERE table_name = 'deals' AND action = 'update'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(entries, 1);
    assert!(desk.load_dataset().unwrap().inquiries.is_empty());
    desk.save_inquiry(&new_inquiry("INQ-2", datetime("2026-03-03 10:00")))
        .unwrap();
    // The app's way: removed with a way back, and put back.
    let removed = desk.remove_inquiry("INQ-2").unwrap();
    assert!(desk.load_dataset().unwrap().inquiries.is_empty());
    desk.put_back(&removed).unwrap();
    assert_eq!(desk.load_dataset().unwrap().inquiries.len(), 1);
    assert!(desk.snapshot_inquiry("INQ-2").unwrap().is_some());
    // And edited, as the Inquiries screen saves it.
    let mut edit = new_inquiry("INQ-2", datetime("2026-03-03 11:00"));
    edit.is_lead = false;
    edit.expected_version = Some(1);
    desk.save_inquiry(&edit).unwrap();
    let ds = desk.load_dataset().unwrap();
    assert!(!ds.inquiries[0].is_lead);
    assert_eq!(ds.inquiries[0].version, 2);
}

#[test]
fn every_table_has_a_decision_and_every_decision_a_table() {
    let db = company();
    let mut admin = db.admin();
    let tables: Vec<String> = admin
        .query(
            "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    for t in &tables {
        assert!(
            GRANTS.iter().any(|g| g.table == t),
            "the table {t} has no decision in pg::roles::GRANTS"
        );
    }
    for g in GRANTS
        .iter()
        .filter(|g| g.since <= pg::migrate::SCHEMA_VERSION)
    {
        assert!(
            tables.iter().any(|t| t == g.table),
            "GRANTS decides for {}, which schema {} does not have",
            g.table,
            pg::migrate::SCHEMA_VERSION
        );
    }
    // The server's privileges are the list's, group by group.
    for g in GRANTS
        .iter()
        .filter(|g| tables.iter().any(|t| t == g.table))
    {
        for (role, access) in [(Role::Sales, g.sales), (Role::Desk, g.desk)] {
            let name = group(&db.name, role);
            let row = admin
                .query_one(
                    "SELECT has_table_privilege($1, $2, 'SELECT'), \
                            has_table_privilege($1, $2, 'INSERT'), \
                            has_table_privilege($1, $2, 'DELETE')",
                    &[&name, &g.table],
                )
                .unwrap();
            let (read, insert, delete): (bool, bool, bool) = (row.get(0), row.get(1), row.get(2));
            assert_eq!(read, access != Access::None, "{} {role:?}", g.table);
            assert_eq!(insert, access == Access::Write, "{} {role:?}", g.table);
            assert_eq!(delete, access == Access::Write, "{} {role:?}", g.table);
        }
    }
}

#[test]
fn a_login_without_a_role_is_refused_and_a_database_from_before_roles_gets_them() {
    let db = fresh_db();
    let t = target(&db);
    // A database of part 1: the schema, no roles; everyone was the owner.
    let mut client = pg::connect(&t).unwrap();
    pg::migrate::upgrade_to(&mut client, &t, pg::migrate::SCHEMA_VERSION).unwrap();
    let owner_group = group(&db.name, Role::Owner);
    let mut admin = db.admin();
    let groups = |admin: &mut postgres::Client| -> i64 {
        admin
            .query_one(
                "SELECT count(*) FROM pg_roles WHERE rolname = $1",
                &[&owner_group],
            )
            .unwrap()
            .get(0)
    };
    assert_eq!(groups(&mut admin), 0);
    assert_eq!(Store::open_team(&t).unwrap().role(), Role::Owner);
    // `team upgrade` gives it the roles.
    Store::upgrade_team(&t).unwrap();
    assert_eq!(groups(&mut admin), 1);
    // A login the owner never added may connect but has no role.
    admin
        .batch_execute(&format!(
            "CREATE ROLE {}_stranger LOGIN PASSWORD 'stranger-pass'",
            db.name
        ))
        .unwrap();
    let stranger = format!("{}_stranger", db.name);
    let e = Store::open_team(&target_as(&db, &stranger, "stranger-pass"))
        .err()
        .expect("refused");
    assert_eq!(e.code, ErrorCode::Forbidden, "{e}");
    assert!(e.message.contains("has no role"), "{}", e.message);
    assert!(e.message.contains("team add-user"), "{}", e.message);
}

#[test]
fn only_an_owner_upgrades_pushes_or_pulls() {
    let db = company();
    for (login, role, password) in people(&db) {
        let t = target_as(&db, &login, password);
        let upgrade = Store::upgrade_team(&t);
        let dir = tempfile::tempdir().unwrap();
        let pull = Store::open_team(&t)
            .unwrap()
            .pull_into(&dir.path().join("copy.db"));
        if role == Role::Owner {
            upgrade.unwrap();
            pull.unwrap();
        } else {
            assert_eq!(upgrade.unwrap_err().code, ErrorCode::Forbidden, "{login}");
            assert_eq!(pull.unwrap_err().code, ErrorCode::Forbidden, "{login}");
        }
    }
}

#[test]
fn a_database_owner_with_createrole_prepares_it_and_its_owners_need_neither() {
    // Debian's way (README): the shop's login owns the database and may
    // create roles; it is no superuser.
    let db = fresh_db();
    let admin_login = format!("{}_shopowner", db.name);
    db.admin()
        .batch_execute(&format!(
            "CREATE ROLE {admin_login} LOGIN CREATEROLE PASSWORD 'shop-pass'; \
             ALTER DATABASE {} OWNER TO {admin_login}",
            db.name
        ))
        .unwrap();
    let shop = Store::init_team(
        &target_as(&db, &admin_login, "shop-pass"),
        Settings::default(),
    )
    .unwrap();
    assert_eq!(shop.role(), Role::Owner);
    let [(olga, _, olga_pw), (sam, _, sam_pw), _] = people(&db);
    shop.add_person(&olga, Role::Owner, Some(olga_pw)).unwrap();
    // An owner's login, without CREATEROLE, upgrades and manages people.
    let t = target_as(&db, &olga, olga_pw);
    Store::upgrade_team(&t).unwrap();
    let owner = Store::open_team(&t).unwrap();
    owner.add_person(&sam, Role::Sales, Some(sam_pw)).unwrap();
    let mut sales = Store::open_team(&target_as(&db, &sam, sam_pw)).unwrap();
    assert_eq!(sales.role(), Role::Sales);
    sales
        .save_inquiry(&new_inquiry("INQ-1", datetime("2026-03-02 10:00")))
        .unwrap();
    let e = sales.add_person("x", Role::Owner, Some("pw")).unwrap_err();
    assert_eq!(e.code, ErrorCode::Forbidden);
    owner.remove_person(&sam).unwrap();
    let attrs: (bool, bool) = db
        .admin()
        .query_one(
            "SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = $1",
            &[&olga],
        )
        .map(|r| (r.get(0), r.get(1)))
        .unwrap();
    assert_eq!(attrs, (false, false));
}

#[test]
fn a_staff_seat_in_the_app_gets_a_dashboard_without_money() {
    let db = company();
    let dir = tempfile::tempdir().unwrap();
    let query = || leadledger::api::dto::DashboardQuery {
        period: "year".into(),
        year: Some(2026),
        quarter: None,
        month: None,
        from: None,
        to: None,
        model: "first_touch".into(),
        as_of: Some(crate::common::d(2026, 11, 30)),
    };
    for (login, role, password) in people(&db) {
        let url = db.url_as(&login, Some(password));
        let seat = leadledger::api::Session::start_beside(
            std::path::PathBuf::from(url),
            Some(dir.path().join("leadledger.db")),
            crate::common::today(),
        )
        .unwrap();
        let d = seat.dashboard(query()).unwrap();
        let keys: Vec<&str> = d.kpis.iter().map(|k| k.key.as_str()).collect();
        assert!(keys.contains(&"leads"), "{login}: {keys:?}");
        for money in ["spend", "revenue", "roi_pct", "cpl", "cac"] {
            assert_eq!(
                keys.contains(&money),
                role == Role::Owner,
                "{login}: {money}"
            );
        }
        assert_eq!(keys.contains(&"won_deals"), role != Role::Desk, "{login}");
        for row in d.channels.iter().chain(&d.sources) {
            assert_eq!(row.spend.is_some(), role == Role::Owner, "{login}");
        }
    }
}

#[test]
fn settings_team_in_the_app_is_the_owners() {
    use leadledger::api::dto::PersonInput;
    let db = company();
    let dir = tempfile::tempdir().unwrap();
    let session = |login: &str, password: &str| {
        leadledger::api::Session::start_beside(
            std::path::PathBuf::from(db.url_as(login, Some(password))),
            Some(dir.path().join("leadledger.db")),
            crate::common::today(),
        )
        .unwrap()
    };
    let [(olga, _, olga_pw), (sam, _, sam_pw), (dana, _, dana_pw)] = people(&db);
    let owner = session(&olga, olga_pw);
    assert_eq!(owner.status().unwrap().role, Role::Owner);
    let listed = owner.team_people().unwrap();
    assert_eq!(listed.len(), 3, "{listed:?}");
    let erik = format!("{}_erik", db.name);
    let after = owner
        .add_team_person(PersonInput {
            login: erik.clone(),
            role: "sales".into(),
            password: Some("erik-pw".into()),
        })
        .unwrap();
    assert!(after
        .iter()
        .any(|p| p.login == erik && p.role == Role::Sales));
    owner
        .reset_team_password(erik.clone(), "erik-new".into())
        .unwrap();
    assert_eq!(
        session(&erik, "erik-new").status().unwrap().role,
        Role::Sales
    );
    let e = owner
        .add_team_person(PersonInput {
            login: "x".into(),
            role: "boss".into(),
            password: Some("pw".into()),
        })
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("role"));
    let after = owner.remove_team_person(erik.clone()).unwrap();
    assert!(!after.iter().any(|p| p.login == erik));
    for (login, pw) in [(&sam, sam_pw), (&dana, dana_pw)] {
        let seat = session(login, pw);
        assert_ne!(seat.status().unwrap().role, Role::Owner);
        assert_eq!(seat.team_people().unwrap_err().code, ErrorCode::Forbidden);
        let e = seat
            .reset_team_password(olga.clone(), "taken".into())
            .unwrap_err();
        assert_eq!(e.code, ErrorCode::Forbidden);
    }
    // A file has no people.
    let file =
        leadledger::api::Session::start_on(dir.path().join("own.db"), crate::common::today())
            .unwrap();
    assert!(file.team_people().is_err());
}
