//! The people of a team database and what the tool lets each role do
//! (issue 14): `team add-user`, `users`, `reset-password` and `remove-user`
//! by an owner only; names and passwords with quotes, semicolons and SQL in
//! them quoted by the server, never run; a front-desk and a sales login
//! refused the owner's commands with `forbidden` and given figures without
//! the money keys.

use crate::pg::TestDb;
use crate::team_roles::{company, login_config, people, raw, target_as};
use leadledger::error::ErrorCode;
use leadledger::role::Role;
use leadledger::store::Store;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The tool as `login` on `db`, `stdin` on its standard input.
fn tool(db: &TestDb, login: (&str, &str), args: &[&str], stdin: &str) -> Output {
    let home = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_leadledger"))
        .arg("--db")
        .arg(db.url_as(login.0, Some(login.1)))
        .args(args)
        .env_remove("LEADLEDGER_DB")
        .env_remove("LEADLEDGER_PASSWORD")
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn ok(db: &TestDb, login: (&str, &str), args: &[&str], stdin: &str) -> String {
    let out = tool(db, login, args, stdin);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Standard error of a command refused with `code`.
fn refused(db: &TestDb, login: (&str, &str), args: &[&str], code: &str) -> String {
    let out = tool(db, login, args, "");
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{args:?} should be refused: {err}"
    );
    assert!(err.contains(&format!("code: {code}")), "{args:?}: {err}");
    err
}

fn logs_in(db: &TestDb, login: &str, password: &str) -> bool {
    login_config(db, login, password)
        .connect(postgres::NoTls)
        .is_ok()
}

fn table_exists(db: &TestDb, table: &str) -> bool {
    db.admin()
        .query_one("SELECT to_regclass($1) IS NOT NULL", &[&table])
        .unwrap()
        .get(0)
}

#[test]
fn an_owner_adds_lists_resets_and_removes_people_and_no_one_else_may() {
    let db = company();
    let [(olga, _, olga_pw), (sam, _, sam_pw), (dana, _, _)] = people(&db);
    let owner = (olga.as_str(), olga_pw);
    let erik = format!("{}_erik", db.name);
    let first = "erik's; first \"pass\"";
    let said = ok(
        &db,
        owner,
        &[
            "team",
            "add-user",
            &erik,
            "--role",
            "sales",
            "--password-stdin",
        ],
        &format!("{first}\n"),
    );
    assert!(said.contains("Added") && said.contains("sales"), "{said}");
    assert!(!said.contains(first), "{said}");
    assert!(logs_in(&db, &erik, first));
    let seat = Store::open_team(&target_as(&db, &erik, first)).unwrap();
    assert_eq!(seat.role(), Role::Sales);

    let list = ok(&db, owner, &["team", "users"], "");
    let rows: Vec<Vec<&str>> = list
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    for (login, role) in [
        (&olga, "owner"),
        (&sam, "sales"),
        (&dana, "desk"),
        (&erik, "sales"),
    ] {
        assert!(
            rows.contains(&vec![login.as_str(), role]),
            "{login}: {list}"
        );
    }

    let second = "new; pass'--";
    ok(
        &db,
        owner,
        &["team", "reset-password", &erik, "--password-stdin"],
        &format!("{second}\r\n"),
    );
    assert!(!logs_in(&db, &erik, first));
    assert!(logs_in(&db, &erik, second));

    // Without a terminal to ask on and without --password-stdin: refused,
    // never read from anywhere else.
    let err = refused(
        &db,
        owner,
        &["team", "add-user", "x", "--role", "desk"],
        "invalid",
    );
    assert!(err.contains("--password-stdin"), "{err}");

    // Sales and the front desk manage no one, refused before the server is asked.
    for seat in [(sam.as_str(), sam_pw), (dana.as_str(), "desk-pass")] {
        for args in [
            &["team", "users"][..],
            &["team", "remove-user", &erik],
            &["team", "reset-password", &erik, "--password-stdin"],
            &[
                "team",
                "add-user",
                "mallory",
                "--role",
                "owner",
                "--password-stdin",
            ],
        ] {
            let err = refused(&db, seat, args, "forbidden");
            assert!(err.contains("only the owner does"), "{err}");
        }
    }
    assert!(logs_in(&db, &erik, second));

    ok(&db, owner, &["team", "remove-user", &erik], "");
    assert!(!logs_in(&db, &erik, second));
    // Not oneself, and not a role that is not one of this database's people.
    let err = refused(&db, owner, &["team", "remove-user", &olga], "invalid");
    assert!(err.contains("cannot remove itself"), "{err}");
    let err = refused(
        &db,
        owner,
        &["team", "remove-user", "postgres"],
        "not_found",
    );
    assert!(err.contains("not a person of this team database"), "{err}");
    assert!(logs_in(&db, "postgres", crate::pg::PASSWORD));
}

#[test]
fn hostile_names_and_passwords_are_quoted_never_run() {
    let db = company();
    let admin = Store::open_team(&crate::team_roles::target(&db)).unwrap();
    let password = "p'; DROP TABLE spend; --\"$$ \\";
    let names = [
        format!("{}_x\"; DROP TABLE inquiries; --", db.name),
        format!("{}_Robert'); DROP ROLE postgres; --", db.name),
        format!("{}_a;b$$c", db.name),
    ];
    for (name, role) in names.iter().zip([Role::Desk, Role::Sales, Role::Owner]) {
        admin.add_person(name, role, Some(password)).unwrap();
        // The login is the name exactly as typed, and has its role.
        let stored: i64 = db
            .admin()
            .query_one("SELECT count(*) FROM pg_roles WHERE rolname = $1", &[name])
            .unwrap()
            .get(0);
        assert_eq!(stored, 1, "{name}");
        let seat = Store::open_team(&target_as(&db, name, password)).unwrap();
        assert_eq!(seat.role(), role, "{name}");
    }
    for table in ["inquiries", "spend", "deals"] {
        assert!(table_exists(&db, table), "{table}");
    }
    assert!(logs_in(&db, "postgres", crate::pg::PASSWORD));
    // Through the tool as well, with the password on standard input.
    let [(olga, _, olga_pw), ..] = people(&db);
    let name = format!("{}_q'\"; SELECT pg_sleep(5); --", db.name);
    ok(
        &db,
        (&olga, olga_pw),
        &[
            "team",
            "add-user",
            &name,
            "--role",
            "desk",
            "--password-stdin",
        ],
        &format!("{password}\n"),
    );
    assert!(logs_in(&db, &name, password));
    admin.reset_password(&name, "x'y").unwrap();
    assert!(logs_in(&db, &name, "x'y"));
    admin.remove_person(&name).unwrap();
    assert!(!logs_in(&db, &name, "x'y"));

    // What cannot be a person's login is refused by name.
    let long = "n".repeat(64);
    for bad in [
        "",
        " lead",
        "lead ",
        "pg_evil",
        "Leadledger_t_owner",
        "a\nb",
        &long,
    ] {
        let e = admin.add_person(bad, Role::Owner, Some("pw")).unwrap_err();
        assert_eq!(e.code, ErrorCode::Invalid, "{bad:?}: {e}");
        assert_eq!(e.field.as_deref(), Some("name"));
    }
    let e = admin.add_person("fine", Role::Owner, Some("")).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("password"));
    // A login that exists already: refused, and the password is in no message.
    let e = admin
        .add_person(&names[0], Role::Owner, Some("secret-in-no-message"))
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Duplicate, "{e}");
    assert!(!e.message.contains("secret-in-no-message"), "{}", e.message);
    // The server's function takes only the three roles, however it is called.
    let mut client = raw(&db, &olga, olga_pw);
    let e = client
        .execute(
            "SELECT ll_add_user($1, $2, $3)",
            &[&"z", &"owner'); DROP TABLE deals; --", &"pw"],
        )
        .unwrap_err();
    assert_eq!(
        e.code(),
        Some(&postgres::error::SqlState::INVALID_PARAMETER_VALUE)
    );
    assert!(table_exists(&db, "deals"));
}

#[test]
fn staff_logins_get_counts_without_money_and_are_refused_the_owners_commands() {
    let db = company();
    let [(olga, _, olga_pw), (sam, _, sam_pw), (dana, _, dana_pw)] = people(&db);
    let period = [
        "metrics",
        "--json",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--as-of",
        "2026-11-30",
    ];
    let json = |login: &str, pw: &str| -> serde_json::Value {
        serde_json::from_str(&ok(&db, (login, pw), &period, "")).unwrap()
    };
    let (owner, sales, desk) = (
        json(&olga, olga_pw),
        json(&sam, sam_pw),
        json(&dana, dana_pw),
    );
    let company_keys = |v: &serde_json::Value| -> Vec<String> {
        v["company"].as_object().unwrap().keys().cloned().collect()
    };
    for key in [
        "spend",
        "revenue",
        "roi_pct",
        "cpl",
        "cac",
        "clv",
        "won_deals",
    ] {
        assert!(company_keys(&owner).contains(&key.to_string()), "{key}");
        assert!(!company_keys(&desk).contains(&key.to_string()), "{key}");
        assert!(owner["benchmarks"].get(key).is_some(), "{key}");
        assert!(desk["benchmarks"].get(key).is_none(), "{key}");
    }
    for key in ["spend", "revenue", "roi_pct", "cpl", "cac", "clv"] {
        assert!(!company_keys(&sales).contains(&key.to_string()), "{key}");
    }
    assert!(company_keys(&sales).contains(&"won_deals".to_string()));
    for v in [&sales, &desk] {
        assert_eq!(v["company"]["leads"], owner["company"]["leads"]);
        for scope in v["channels"].as_array().unwrap() {
            assert!(scope.get("spend").is_none() && scope.get("revenue").is_none());
            assert!(scope.get("leads").is_some() && scope.get("name").is_some());
        }
    }
    let table = ok(&db, (&dana, dana_pw), &period[..1], "");
    assert!(
        !table.contains("Revenue") && !table.contains("Spend"),
        "{table}"
    );
    assert!(table.contains("Leads"), "{table}");
    let summary = ok(&db, (&dana, dana_pw), &["summary"], "");
    assert!(
        !summary.contains("spend") && !summary.contains("deals"),
        "{summary}"
    );
    let settings = ok(&db, (&sam, sam_pw), &["settings"], "");
    assert!(settings.contains("currency: EUR") && !settings.contains("gross_margin"));

    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    std::fs::write(
        file("spend.csv"),
        "date,source,amount\n2026-01-05,Unknown,12.50\n",
    )
    .unwrap();
    let (pdf, pulled) = (file("r.pdf"), file("pulled.db"));
    // A database file to push: the refusal is the role's, not the file's.
    let own = file("own.db");
    Store::create(Path::new(&own), leadledger::records::Settings::default()).unwrap();
    for seat in [(sam.as_str(), sam_pw), (dana.as_str(), dana_pw)] {
        for args in [
            &["import", "spend", &file("spend.csv")][..],
            &["export", "spend", "-"],
            &["backup"],
            &["restore", &file("spend.csv")],
            &["report", "--out", &pdf],
            &["settings", "--gross-margin", "0.3"],
            &["settings", "--name", "Other"],
            &["team", "pull", &pulled],
            &["team", "push", &own],
            &["team", "upgrade"],
        ] {
            refused(&db, seat, args, "forbidden");
        }
    }
    assert!(!Path::new(&pdf).exists() && !Path::new(&pulled).exists());
    // The refusal names the role in its sentence.
    let err = refused(
        &db,
        (&dana, dana_pw),
        &["import", "deals", &file("spend.csv")],
        "forbidden",
    );
    assert!(err.contains("front-desk login may not"), "{err}");
}

#[test]
fn the_logins_of_a_database_from_before_roles_join_a_role_with_their_own_password() {
    // Part 1's way: the administrator made a login per person, and every
    // login was the owner. After `team upgrade` the roles exist and such a
    // login has none until the owner adds it.
    let db = crate::pg::fresh_db();
    let t = crate::team_roles::target(&db);
    let mut client = leadledger::store::pg::connect(&t).unwrap();
    leadledger::store::pg::migrate::upgrade_to(
        &mut client,
        &t,
        leadledger::store::pg::migrate::SCHEMA_VERSION,
    )
    .unwrap();
    let old = format!("{}_frieda", db.name);
    db.admin()
        .batch_execute(&format!("CREATE ROLE {old} LOGIN PASSWORD 'old-pass'"))
        .unwrap();
    let admin = ("postgres", crate::pg::PASSWORD);
    ok(&db, admin, &["team", "upgrade"], "");
    refused(&db, (&old, "old-pass"), &["summary"], "forbidden");

    // Added without a password: it is the server's login, and keeps its own.
    let said = ok(
        &db,
        admin,
        &["team", "add-user", &old, "--role", "sales"],
        "",
    );
    assert!(said.contains("its password is unchanged"), "{said}");
    assert_eq!(
        Store::open_team(&target_as(&db, &old, "old-pass"))
            .unwrap()
            .role(),
        Role::Sales
    );
    // Its password is not this database's to set, and removing it from the
    // team leaves the login on the server.
    let out = tool(
        &db,
        admin,
        &["team", "reset-password", &old, "--password-stdin"],
        "taken-over\n",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("code: forbidden"), "{err}");
    assert!(err.contains("not made by this team database"), "{err}");
    assert!(!err.contains("taken-over"), "{err}");
    assert!(logs_in(&db, &old, "old-pass"));
    let said = ok(&db, admin, &["team", "remove-user", &old], "");
    assert!(said.contains("stays on the server"), "{said}");
    assert!(logs_in(&db, &old, "old-pass"));
    refused(&db, (&old, "old-pass"), &["summary"], "forbidden");
    // A person already in the team cannot be added twice.
    let [(olga, _, _), ..] = people(&db);
    let owner = Store::open_team(&t).unwrap();
    owner.add_person(&olga, Role::Owner, Some("pw-1")).unwrap();
    let e = owner.add_person(&olga, Role::Desk, None).unwrap_err();
    assert_eq!(e.code, ErrorCode::Duplicate, "{e}");
    assert!(e.message.contains("remove them first"), "{}", e.message);
    // One made by the team goes from the server when removed.
    owner.remove_person(&olga).unwrap();
    assert!(!owner.login_exists(&olga).unwrap());
}

/// The catalog through the tool (issue 17's leftovers of 14): sources,
/// channels and tracking numbers reach a team database from the command
/// line only by an import, of `sources` or with `--create-sources`, and
/// the import is the owner's (`Act::Import`, which no role has without
/// `Act::Sources`); a staff login is refused before the server is asked,
/// the refusal names the role, and the catalog stays as it was.
#[test]
fn only_an_owner_changes_the_sources_from_the_tool() {
    let db = company();
    let [(olga, _, olga_pw), (sam, _, sam_pw), (dana, _, dana_pw)] = people(&db);
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    std::fs::write(
        file("sources.csv"),
        "channel,source,tracking_numbers\nRadio,Radio Nord,+49 711 555 0199\n",
    )
    .unwrap();
    std::fs::write(
        file("inquiries.csv"),
        "id,received_at,kind,source\nX-1,2026-03-02 10:00,call,Messe Süd\n",
    )
    .unwrap();
    let names = || -> Vec<String> {
        db.admin()
            .query("SELECT name FROM sources ORDER BY name", &[])
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect()
    };
    let before = names();
    let sources = ["import", "sources", &file("sources.csv")];
    let create = [
        "import",
        "inquiries",
        &file("inquiries.csv"),
        "--create-sources",
    ];
    for (seat, who) in [
        ((sam.as_str(), sam_pw), "A sales login may not"),
        ((dana.as_str(), dana_pw), "A front-desk login may not"),
    ] {
        for args in [&sources[..], &create[..]] {
            let err = refused(&db, seat, args, "forbidden");
            assert!(err.contains(who), "{args:?}: {err}");
            assert!(!err.contains("permission denied"), "{args:?}: {err}");
        }
    }
    assert_eq!(names(), before);
    ok(&db, (&olga, olga_pw), &sources, "");
    ok(&db, (&olga, olga_pw), &create, "");
    let after = names();
    assert!(
        after.contains(&"Radio Nord".to_string()) && after.contains(&"Messe Süd".to_string()),
        "{after:?}"
    );
    assert_eq!(after.len(), before.len() + 2, "{after:?}");
}

/// A staff login changing the company's name from the tool is refused with
/// the company sentence (not the money one, which would say the wrong
/// thing), a money setting with the money sentence, and nothing changes.
#[test]
fn a_staff_login_is_told_why_the_tool_refuses_a_settings_change() {
    let db = company();
    let [(olga, _, olga_pw), (sam, _, sam_pw), _] = people(&db);
    let name = || -> String {
        db.admin()
            .query("SELECT value FROM settings WHERE key = 'company_name'", &[])
            .unwrap()
            .first()
            .map(|r| r.get(0))
            .unwrap_or_default()
    };
    let before = name();
    let seat = (sam.as_str(), sam_pw);
    let err = refused(&db, seat, &["settings", "--name", "Sam GmbH"], "forbidden");
    assert!(err.contains("company's name"), "{err}");
    let err = refused(
        &db,
        seat,
        &["settings", "--gross-margin", "0.5"],
        "forbidden",
    );
    assert!(!err.contains("company's name"), "{err}");
    assert_eq!(name(), before);
    ok(
        &db,
        (&olga, olga_pw),
        &["settings", "--name", "Olga GmbH"],
        "",
    );
    assert_eq!(name(), "Olga GmbH");
}
