//! The `leadledger` tool on a team database (issue 13), run as a user runs
//! it: a real process with `--db postgres://…` against the test cluster.
//! Every command works on the server as on a file, to the same output;
//! `team init`, `push`, `pull` and `upgrade` move a company between the
//! engines exactly; each way of failing to reach the server is one plain
//! sentence with its code and a non-zero exit, never the password.

use crate::common::dump;
use crate::pg::{fresh_db, TestDb, PASSWORD, SUPERUSER};
use leadledger::csvio::Kind;
use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Output};

const TODAY: &str = "2026-11-22";

/// The tool on `db` (a path or a URL), with neither `LEADLEDGER_DB` nor
/// `LEADLEDGER_PASSWORD` from the test's environment, and the platform's
/// data directory in `home`.
fn run(home: &Path, db: impl AsRef<OsStr>, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_leadledger"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("LEADLEDGER_DB")
        .env_remove("LEADLEDGER_PASSWORD")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .output()
        .expect("the tool runs")
}

/// Standard output of a command that must succeed.
fn ok(home: &Path, db: impl AsRef<OsStr>, args: &[&str]) -> String {
    let out = run(home, db, args);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Standard error of a command that must fail with exit code 1.
fn refused(home: &Path, db: impl AsRef<OsStr>, args: &[&str]) -> String {
    let out = run(home, db, args);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{args:?} should be refused: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stderr).unwrap()
}

/// `metrics --json` of a fixed period and date, under `model`.
fn metrics(home: &Path, db: impl AsRef<OsStr>, model: &str) -> String {
    ok(
        home,
        db,
        &[
            "metrics",
            "--from",
            "2025-01-01",
            "--to",
            "2025-12-31",
            "--as-of",
            TODAY,
            "--model",
            model,
            "--json",
        ],
    )
}

/// `metrics --json` of `a` and of `b` are the same text under each model.
fn same_figures(home: &Path, a: impl AsRef<OsStr>, b: impl AsRef<OsStr>, models: &[&str]) {
    for model in models {
        assert_eq!(
            metrics(home, a.as_ref(), model),
            metrics(home, b.as_ref(), model),
            "{model}"
        );
    }
}

/// Every kind of CSV file, by name.
fn kinds() -> impl Iterator<Item = &'static str> {
    Kind::ALL.iter().map(|k| k.as_str())
}

/// The tool with the database and the password from the environment only.
pub(crate) fn run_by_env(home: &Path, db: &str, password: Option<&str>, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_leadledger"));
    cmd.args(args)
        .env("LEADLEDGER_DB", db)
        .env_remove("LEADLEDGER_PASSWORD")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"));
    if let Some(p) = password {
        cmd.env("LEADLEDGER_PASSWORD", p);
    }
    cmd.output().expect("the tool runs")
}

#[test]
fn a_company_made_on_the_server_with_the_tool_reads_as_the_same_file_does() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let team = fresh_db();
    let url = team.url();
    let company = [
        "--currency",
        "EUR",
        "--name",
        "Muster GmbH",
        "--language",
        "de",
    ];
    let said = ok(home, &url, &[&["team", "init"][..], &company].concat());
    assert!(said.starts_with("Prepared the team database"), "{said}");
    assert!(
        said.contains(&team.name) && said.contains("Muster GmbH") && said.contains("EUR"),
        "{said}"
    );
    assert!(!said.contains(PASSWORD), "{said}");
    // The same company in a file, by the same commands.
    let file = dir.path().join("muster.db");
    let path = file.to_str().unwrap();
    ok(home, path, &[&["init"][..], &company].concat());
    // A second preparation would mix two companies.
    let err = refused(home, &url, &["team", "init", "--currency", "EUR"]);
    assert!(err.contains("already a Leadledger database"), "{err}");
    assert!(err.contains("code: duplicate"), "{err}");

    // The demo company's records as CSV files, imported into both.
    let demo = dir.path().join("demo.db");
    ok(home, &demo, &["demo", "--today", TODAY]);
    for db in [url.as_str(), path] {
        ok(home, db, &["settings", "--gross-margin", "0.35"]);
        for kind in kinds() {
            let csv = dir.path().join(format!("{kind}.csv"));
            if !csv.exists() {
                ok(home, &demo, &["export", kind, csv.to_str().unwrap()]);
            }
            let said = ok(home, db, &["import", kind, csv.to_str().unwrap()]);
            assert!(said.contains("Imported"), "{kind} into {db}: {said}");
        }
    }
    // A bad file is refused whole on the server too.
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "date,source,amount\n2026-01-05,Nowhere,12.50\n").unwrap();
    let err = refused(home, &url, &["import", "spend", bad.to_str().unwrap()]);
    assert!(err.contains("code: csv_rejected"), "{err}");

    for kind in kinds() {
        assert_eq!(
            ok(home, &url, &["export", kind, "-"]),
            ok(home, path, &["export", kind, "-"]),
            "{kind}"
        );
    }
    same_figures(home, &url, path, &["first_touch", "linear", "data_driven"]);
    assert_eq!(ok(home, &url, &["settings"]), ok(home, path, &["settings"]));
    let summary = ok(home, &url, &["summary", "--as-of", TODAY]);
    assert!(summary.contains("Database: the team database"), "{summary}");
    assert!(!summary.contains(PASSWORD), "{summary}");
    assert_eq!(
        summary.lines().skip(2).collect::<Vec<_>>(),
        ok(home, path, &["summary", "--as-of", TODAY])
            .lines()
            .skip(2)
            .collect::<Vec<_>>()
    );
    let pdf = dir.path().join("report.pdf");
    ok(
        home,
        &url,
        &["report", "--as-of", TODAY, "--out", pdf.to_str().unwrap()],
    );
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

#[test]
fn push_then_pull_of_a_file_made_with_the_tool_keeps_every_figure_and_row() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let file = dir.path().join("company.db");
    ok(home, &file, &["demo", "--today", TODAY]);
    let before = dump(&file);
    let team = fresh_db();
    let url = team.url();

    let said = ok(home, &url, &["team", "push", file.to_str().unwrap()]);
    assert!(said.starts_with("Pushed "), "{said}");
    assert!(
        said.contains(&team.name) && said.contains("inquiries"),
        "{said}"
    );
    assert_eq!(dump(&file), before, "push leaves the file as it was");
    same_figures(home, &url, &file, &["first_touch", "time_decay"]);
    // A push into a database that holds records changes nothing.
    let err = refused(home, &url, &["team", "push", file.to_str().unwrap()]);
    assert!(err.contains("already holds records"), "{err}");
    assert!(err.contains("code: duplicate"), "{err}");

    let pulled = dir.path().join("pulled.db");
    let said = ok(home, &url, &["team", "pull", pulled.to_str().unwrap()]);
    assert!(said.starts_with("Pulled the team database"), "{said}");
    assert_eq!(
        dump(&pulled),
        before,
        "pull gives back the file, row for row"
    );
    same_figures(home, &pulled, &file, &["first_touch", "time_decay"]);
    // A pull never overwrites a file.
    let err = refused(home, &url, &["team", "pull", pulled.to_str().unwrap()]);
    assert!(err.contains("already exists"), "{err}");

    // A backup of the team database is a pulled, checked file, kept in
    // this computer's data directory unless told otherwise.
    let said = ok(home, &url, &["backup"]);
    assert!(said.starts_with("Backed up postgres://"), "{said}");
    assert!(!said.contains(PASSWORD), "{said}");
    let listed = ok(home, &url, &["backups"]);
    let copy = listed.split_whitespace().next().unwrap().to_string();
    assert!(copy.starts_with(home.to_str().unwrap()), "{listed}");
    assert!(
        copy.contains("/teams/") && copy.ends_with(".db"),
        "{listed}"
    );
    assert_eq!(dump(Path::new(&copy)), before);
}

#[test]
fn the_demo_fills_an_empty_team_database_as_it_fills_a_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let team = fresh_db();
    let url = team.url();
    let file = dir.path().join("demo.db");
    ok(home, &file, &["demo", "--today", TODAY]);
    let said = ok(home, &url, &["demo", "--today", TODAY]);
    assert!(said.contains("Filled postgres://"), "{said}");
    same_figures(home, &url, &file, &["position_based"]);
}

#[test]
fn the_password_comes_from_the_url_or_the_environment_and_is_never_shown() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let team = fresh_db();
    ok(home, team.url(), &["team", "init", "--currency", "EUR"]);

    let wrong = team.url_as(SUPERUSER, Some("not-the-password"));
    let out = run(home, &wrong, &["summary", "--as-of", TODAY]);
    assert_ne!(out.status.code(), Some(0));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("code: auth_failed"), "{err}");
    assert!(err.contains(&team.name), "{err}");
    assert!(!err.contains("not-the-password"), "{err}");
    assert!(out.stdout.is_empty());

    // No password anywhere: where to put one.
    let bare = team.url_as(SUPERUSER, None);
    let err = refused(home, &bare, &["metrics", "--json"]);
    assert!(err.contains("code: auth_failed"), "{err}");
    assert!(err.contains("LEADLEDGER_PASSWORD"), "{err}");

    // The password in LEADLEDGER_PASSWORD, the URL in LEADLEDGER_DB.
    let out = run_by_env(home, &bare, Some(PASSWORD), &["settings"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("currency: EUR"));
    // A wrong one there fails as in the URL, and help never shows it.
    let out = run_by_env(home, &bare, Some("not-the-password"), &["settings"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("code: auth_failed"), "{err}");
    assert!(!err.contains("not-the-password"), "{err}");
    let out = run_by_env(home, &team.url(), None, &["--help"]);
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(
        help.contains("LEADLEDGER_DB") && !help.contains(PASSWORD),
        "{help}"
    );
}

#[test]
fn a_server_nobody_runs_is_offline() {
    let dir = tempfile::tempdir().unwrap();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let url = format!("postgres://{SUPERUSER}:{PASSWORD}@127.0.0.1:{port}/shop?sslmode=disable");
    for args in [
        &["summary"][..],
        &["team", "init", "--currency", "EUR"],
        &["team", "upgrade"],
        &["export", "spend", "-"],
    ] {
        let err = refused(dir.path(), &url, args);
        assert!(err.contains("code: offline"), "{args:?}: {err}");
        assert!(err.contains(&format!("127.0.0.1:{port}")), "{err}");
        assert!(!err.contains(PASSWORD), "{err}");
    }
    let err = refused(dir.path(), &url, &["team", "push", "none.db"]);
    assert!(
        err.contains("code: not_found"),
        "the file is looked at first: {err}"
    );
}

#[test]
fn a_database_of_another_program_is_not_a_leadledger_database() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let team = fresh_db();
    team.admin()
        .batch_execute("CREATE TABLE invoices (n int); INSERT INTO invoices VALUES (1)")
        .unwrap();
    let file = dir.path().join("company.db");
    ok(home, &file, &["init", "--currency", "EUR"]);
    let url = team.url();
    for args in [
        &["summary"][..],
        &["metrics", "--json"],
        &["team", "init", "--currency", "EUR"],
        &["team", "push", file.to_str().unwrap()],
        &["team", "upgrade"],
        &["team", "pull", dir.path().join("out.db").to_str().unwrap()],
    ] {
        let err = refused(home, &url, args);
        assert!(err.contains("code: not_a_database"), "{args:?}: {err}");
        assert!(err.contains(&team.name), "{err}");
    }
    assert!(!dir.path().join("out.db").exists());
    let n: i64 = team
        .admin()
        .query_one("SELECT count(*) FROM invoices", &[])
        .unwrap()
        .get(0);
    assert_eq!(n, 1, "the other program's table is left alone");
}

#[test]
fn upgrade_says_what_it_did_and_an_empty_database_is_for_init() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let team: TestDb = fresh_db();
    let url = team.url();
    let err = refused(home, &url, &["team", "upgrade"]);
    assert!(err.contains("code: not_a_database"), "{err}");
    assert!(err.contains("team init"), "{err}");
    let err = refused(home, &url, &["summary"]);
    assert!(err.contains("team init"), "{err}");

    ok(home, &url, &["team", "init", "--currency", "SEK"]);
    let said = ok(home, &url, &["team", "upgrade"]);
    assert!(said.contains("nothing to do"), "{said}");
    assert!(said.contains(&team.name), "{said}");
}

#[test]
fn file_and_team_commands_each_say_which_database_they_need() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let team = fresh_db();
    let url = team.url();
    ok(home, &url, &["team", "init", "--currency", "EUR"]);
    let backup = dir.path().join("b.db");
    ok(home, &url, &["backup", "--out", backup.to_str().unwrap()]);
    // A team database is restored into the server (tests/it/team_restore.rs).
    let said = ok(home, &url, &["restore", backup.to_str().unwrap()]);
    assert!(said.contains("Restored the team"), "{said}");

    let file = dir.path().join("company.db");
    ok(home, &file, &["init", "--currency", "EUR"]);
    for args in [
        &["team", "init", "--currency", "EUR"][..],
        &["team", "push", backup.to_str().unwrap()],
        &["team", "pull", dir.path().join("x.db").to_str().unwrap()],
        &["team", "upgrade"],
    ] {
        let err = refused(home, &file, args);
        assert!(
            err.contains("team database") && err.contains("postgres://"),
            "{args:?}: {err}"
        );
    }
    let out = run(home, &url, &["team", "--help"]);
    let help = String::from_utf8(out.stdout).unwrap();
    for cmd in ["init", "push", "pull", "upgrade"] {
        assert!(help.contains(cmd), "{help}");
    }
}
