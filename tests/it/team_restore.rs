//! Backups of a team database (issue 13): the owner's seat keeps daily,
//! weekly and monthly pulled copies as a file has, restores one into the
//! server when asked (the records exactly the backup's, the replaced ones
//! in a safety copy), and a push → pull round trip is exact on a generated
//! large data set.

use crate::common::{call, datetime, demo_file, dump, fresh, new_inquiry, today};
use crate::pg::{fresh_db, TestDb, PASSWORD, SUPERUSER};
use leadledger::api::TeamConnectionInput;
use leadledger::demo::DemoOptions;
use leadledger::error::ErrorCode;
use leadledger::records::Settings;
use leadledger::store::backup::{self, backups_dir, team_anchor};
use leadledger::store::pg::Target;
use leadledger::store::{NewInquiry, Store};
use std::process::Command;
use std::time::Instant;

fn target(db: &TestDb) -> Target {
    Target::parse(&db.url()).unwrap()
}

fn log(team: &mut Store, at: &str) -> String {
    team.save_inquiry(&NewInquiry {
        id: None,
        ..new_inquiry("x", datetime(at))
    })
    .unwrap()
}

#[test]
fn restoring_an_older_copy_brings_back_exactly_its_records_and_keeps_the_replaced_ones() {
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("demo.db");
    drop(demo_file(
        &original,
        DemoOptions {
            today: today(),
            ..DemoOptions::default()
        },
    ));
    let db = fresh_db();
    let t = target(&db);
    let mut team = Store::push_file(&original, &t).unwrap();
    let anchor = team_anchor(dir.path(), &t);
    let folder = backups_dir(&anchor);

    // Monday's copy, then more work on the server.
    let older = backup::daily_at(&team, &anchor, today()).unwrap().unwrap();
    assert!(
        backup::daily_at(&team, &anchor, today()).unwrap().is_none(),
        "one a day"
    );
    let older_dataset = Store::open(&older).unwrap().load_dataset().unwrap();
    let older_dump = dump(&older);
    log(&mut team, "2026-06-15 10:00");
    log(&mut team, "2026-06-15 10:05");
    let current = dir.path().join("current.db");
    team.pull_into(&current).unwrap();
    let current_dump = dump(&current);
    assert_ne!(current_dump, older_dump);

    let kept = team.restore_team(&older, &folder).unwrap();
    assert_eq!(kept.parent(), Some(folder.as_path()));
    assert!(kept
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with("before-restore-"));
    // The server holds exactly the older copy's rows and ids again.
    assert_eq!(team.load_dataset().unwrap(), older_dataset);
    let again = dir.path().join("again.db");
    Store::open_team(&t).unwrap().pull_into(&again).unwrap();
    assert_eq!(dump(&again), older_dump);
    // The safety copy holds what was replaced, and the backup is untouched.
    backup::verify(&kept).unwrap();
    assert_eq!(dump(&kept), current_dump);
    assert_eq!(dump(&older), older_dump);
    // The numbering goes on after the restored ids; a new seat sees it too.
    let mut seat = Store::open_team(&t).unwrap();
    let next = log(&mut seat, "2026-06-15 11:00");
    assert!(
        !older_dataset.inquiries.iter().any(|i| i.id == next),
        "{next}"
    );

    // Restoring the safety copy undoes the restore.
    let before_second = dir.path().join("before-second.db");
    seat.pull_into(&before_second).unwrap();
    let kept2 = seat.restore_team(&kept, &folder).unwrap();
    assert_ne!(kept2, kept);
    assert_eq!(dump(&kept2), dump(&before_second));
    let third = dir.path().join("third.db");
    seat.pull_into(&third).unwrap();
    assert_eq!(dump(&third), current_dump);
}

#[test]
fn a_damaged_or_foreign_backup_changes_nothing_on_the_server() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh_db();
    let t = target(&db);
    let mut team = Store::init_team(&t, Settings::default()).unwrap();
    log(&mut team, "2026-06-15 10:00");
    let folder = dir.path().join("backups");
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"not a database at all, just some bytes").unwrap();
    let e = team.restore_team(&junk, &folder).unwrap_err();
    assert_eq!(e.code, ErrorCode::NotADatabase);
    let e = team
        .restore_team(&dir.path().join("missing.db"), &folder)
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    assert_eq!(team.load_dataset().unwrap().inquiries.len(), 1);
    assert!(backup::list(&dir.path().join("x.db")).unwrap().is_empty());
}

#[test]
fn the_owners_seat_keeps_rotated_daily_copies_and_restores_one_into_the_server() {
    let db = fresh_db();
    Store::init_team(&target(&db), Settings::default()).unwrap();
    let (dir, s) = fresh();
    let t = target(&db);
    let folder = backups_dir(&team_anchor(dir.path(), &t));
    // Copies of 60 earlier days, as a seat opening every day would have left.
    std::fs::create_dir_all(&folder).unwrap();
    let seed = dir.path().join("seed.db");
    Store::open_team(&t).unwrap().pull_into(&seed).unwrap();
    for i in 1..=60 {
        let d = today() - chrono::Days::new(i);
        std::fs::copy(&seed, folder.join(format!("daily-{d}.db"))).unwrap();
    }
    s.connect_team(TeamConnectionInput {
        host: "127.0.0.1".into(),
        port: db.port,
        database: db.name.clone(),
        user: SUPERUSER.into(),
        password: Some(PASSWORD.into()),
        tls: "prefer".into(),
    })
    .unwrap();
    // The copy is taken in the background (api::team_copy).
    s.wait_for_team_copy();
    let list = s.list_backups().unwrap();
    let dates: Vec<chrono::NaiveDate> = list
        .iter()
        .filter_map(|b| backup::daily_date(&b.name))
        .collect();
    assert!(dates.contains(&today()), "today's copy was taken");
    let all: Vec<chrono::NaiveDate> = (0..=60).map(|i| today() - chrono::Days::new(i)).collect();
    let mut expected: Vec<_> = backup::keep(&all).into_iter().collect();
    let mut got = dates.clone();
    expected.sort();
    got.sort();
    assert_eq!(got, expected, "rotated by the same rule as a file's");
    let kinds: Vec<String> = list.iter().map(|b| b.kind.as_str().to_string()).collect();
    for k in ["daily", "weekly", "monthly"] {
        assert!(kinds.iter().any(|x| x == k), "{k} in {kinds:?}");
    }

    // Work, then restore today's copy (taken before it) from the app.
    s.log_inquiry(call(None, "Acme", None)).unwrap();
    assert_eq!(s.recent_inquiries(5).unwrap().len(), 1);
    s.restore_backup(format!("daily-{}.db", today())).unwrap();
    assert_eq!(s.recent_inquiries(5).unwrap().len(), 0);
    let safety: Vec<_> = s
        .list_backups()
        .unwrap()
        .into_iter()
        .filter(|b| b.kind.as_str().to_string() == "pre_restore")
        .collect();
    assert_eq!(safety.len(), 1);
    s.restore_backup(safety[0].name.clone()).unwrap();
    assert_eq!(s.recent_inquiries(5).unwrap().len(), 1);
    let e = s.restore_backup("../../etc/passwd".into()).unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
}

#[test]
fn the_tool_backs_up_and_restores_a_team_database() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let db = fresh_db();
    let t = target(&db);
    let mut team = Store::init_team(&t, Settings::default()).unwrap();
    log(&mut team, "2026-06-15 10:00");
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_leadledger"))
            .arg("--db")
            .arg(db.url())
            .args(args)
            .env_remove("LEADLEDGER_DB")
            .env_remove("LEADLEDGER_PASSWORD")
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let first = run(&["backup"]);
    assert!(first.contains("daily-"), "{first}");
    let second = run(&["backup"]);
    assert!(second.contains("manual-"), "{second}");
    let anchor = team_anchor(&home.join("data").join("leadledger"), &t);
    let daily = backup::list(&anchor)
        .unwrap()
        .into_iter()
        .find(|b| b.file_name.starts_with("daily-"))
        .unwrap();
    log(&mut team, "2026-06-15 10:05");
    let said = run(&["restore", daily.path.to_str().unwrap()]);
    assert!(said.contains("Restored the team"), "{said}");
    assert!(said.contains("before-restore-"), "{said}");
    assert_eq!(team.load_dataset().unwrap().inquiries.len(), 1);
}

#[test]
fn push_then_pull_is_exact_on_a_generated_large_data_set() {
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("large.db");
    let started = Instant::now();
    let file = demo_file(
        &original,
        DemoOptions {
            today: today(),
            years: 4,
            inquiries_per_year: 5_000,
            seed: 7,
            ..DemoOptions::default()
        },
    );
    let expected = file.load_dataset().unwrap();
    drop(file);
    let n = expected.inquiries.len();
    assert!(n > 10_000 && n <= 20_000, "{n} inquiries");
    let made = started.elapsed();
    let before = dump(&original);

    let db = fresh_db();
    let t = target(&db);
    let started = Instant::now();
    let team = Store::push_file(&original, &t).unwrap();
    let pushed = started.elapsed();
    assert_eq!(team.load_dataset().unwrap(), expected);
    let pulled = dir.path().join("pulled.db");
    let started = Instant::now();
    team.pull_into(&pulled).unwrap();
    let pull = started.elapsed();
    assert_eq!(dump(&pulled), before, "every row, id and setting as it was");
    assert_eq!(
        Store::open(&pulled).unwrap().load_dataset().unwrap(),
        expected
    );
    eprintln!(
        "large round trip: {n} inquiries, {} deals; generated and filled in {made:?}, \
         pushed in {pushed:?}, pulled in {pull:?}",
        expected.deals.len()
    );
}
