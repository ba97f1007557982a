//! The database file as the desktop app meets it (`leadledger::api`):
//! backups listed, taken and restored from Settings; a damaged file opened
//! read-only with the newest sound backup offered; a file from a newer
//! version described and left untouched; a file in a cloud-sync folder
//! flagged; and the progress of a long import read while it runs.

use crate::common::{company, today};
use chrono::NaiveDate;
use leadledger::api::*;
use leadledger::error::ErrorCode;
use leadledger::store::SCHEMA_VERSION;
use rust_decimal_macros::dec;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn company_at(path: PathBuf) -> Session {
    let s = Session::start_on(path, today()).unwrap();
    company(&s, "en");
    s
}

/// Books 120 of software, shared between the directions, on 1 March 2026:
/// a write whose note shows afterwards whether it survived.
fn add_software_spend(s: &Session, note: &str) -> Vec<i64> {
    s.add_general_spend(GeneralSpendInput {
        date: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        amount: dec!(120),
        category: "software".into(),
        direction: "shared".into(),
        note: Some(note.into()),
        months: 1,
    })
    .unwrap()
}

fn notes(s: &Session) -> Vec<String> {
    let g = s.spend_grid(2026).unwrap().general;
    g.into_iter().filter_map(|g| g.note).collect()
}

#[test]
fn backups_are_listed_taken_and_restored_keeping_the_current_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("company.db");
    drop(company_at(path.clone()));
    // Opening again takes the day's backup.
    let s = Session::start_on(path.clone(), today()).unwrap();
    let list = s.list_backups().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].kind, "daily");
    assert!(list[0].bytes > 0);

    add_software_spend(&s, "kept in the backup");
    let manual = s.backup_now().unwrap();
    assert_eq!(manual.kind, "manual");
    assert!(manual.name.starts_with("manual-"));
    add_software_spend(&s, "made after the backup");
    assert_eq!(notes(&s).len(), 2);

    let st = s.restore_backup(manual.name.clone()).unwrap();
    assert!(!st.read_only && st.problem.is_none());
    assert_eq!(notes(&s), vec!["kept in the backup".to_string()]);
    // The file before the restore is kept, and can be restored in turn.
    let kept = s
        .list_backups()
        .unwrap()
        .into_iter()
        .find(|b| b.kind == "pre_restore")
        .expect("the current file was kept");
    s.restore_backup(kept.name).unwrap();
    assert_eq!(notes(&s).len(), 2);
    // The restored session writes as usual.
    add_software_spend(&s, "after restoring");
}

#[test]
fn restore_takes_only_names_from_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let s = company_at(dir.path().join("company.db"));
    let outside = dir.path().join("other.db");
    std::fs::copy(dir.path().join("company.db"), &outside).unwrap();
    for bad in [
        "nothing.db",
        "../company.db",
        "../other.db",
        outside.to_str().unwrap(),
        "",
    ] {
        let e = s.restore_backup(bad.into()).unwrap_err();
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::NotFound, Some("name")),
            "{bad}"
        );
    }
    // A file in the folder that is no sound backup is refused before anything changes.
    let folder = dir.path().join("backups");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("junk.db"), b"not a database at all").unwrap();
    assert!(s
        .list_backups()
        .unwrap()
        .iter()
        .any(|b| b.name == "junk.db" && b.kind == "other"));
    assert!(s.restore_backup("junk.db".into()).is_err());
    add_software_spend(&s, "still writable");
}

/// Scribbles over the root page of the audit table: `quick_check` fails,
/// while the records the screens read stay readable.
fn damage_audit(path: &Path) {
    let c = rusqlite::Connection::open(path).unwrap();
    c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")
        .unwrap();
    let root: i64 = c
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = 'audit'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let size: i64 = c.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
    drop(c);
    let mut bytes = std::fs::read(path).unwrap();
    let start = ((root - 1) * size) as usize;
    for b in &mut bytes[start..start + size as usize] {
        *b = 0xA5;
    }
    std::fs::write(path, &bytes).unwrap();
}

#[test]
fn a_damaged_file_opens_read_only_and_a_backup_repairs_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("company.db");
    let s = company_at(path.clone());
    for i in 0..40 {
        add_software_spend(&s, &format!("entry {i}"));
    }
    let sound = s.backup_now().unwrap();
    drop(s);
    damage_audit(&path);

    let s = Session::start_on(path.clone(), today()).unwrap();
    let st = s.status().unwrap();
    assert!(st.read_only && !st.needs_setup);
    let p = st.problem.expect("the damage is reported");
    assert_eq!(p.code, "corrupt");
    assert_eq!(p.newest_backup.as_deref(), Some(sound.name.as_str()));
    assert_eq!(p.file, path.display().to_string());
    // Reading works; every change is refused with its own code.
    assert_eq!(notes(&s).len(), 40);
    let before = std::fs::read(&path).unwrap();
    assert_eq!(
        s.add_general_spend(GeneralSpendInput {
            date: today(),
            amount: dec!(1),
            category: "other".into(),
            direction: "shared".into(),
            note: None,
            months: 1,
        })
        .unwrap_err()
        .code,
        ErrorCode::ReadOnly
    );
    let id = s.spend_grid(2026).unwrap().general[0].id;
    assert_eq!(s.delete_spend(id).unwrap_err().code, ErrorCode::ReadOnly);
    let settings = s.settings().unwrap();
    assert_eq!(
        s.update_settings(settings).unwrap_err().code,
        ErrorCode::ReadOnly
    );
    assert_eq!(
        s.undo_delete("x".into()).unwrap_err().code,
        ErrorCode::ReadOnly
    );
    assert_eq!(s.backup_now().unwrap_err().code, ErrorCode::ReadOnly);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the damaged file was written"
    );

    let st = s.restore_backup(sound.name).unwrap();
    assert!(!st.read_only && st.problem.is_none());
    assert_eq!(notes(&s).len(), 40);
    add_software_spend(&s, "writable again");
    let list = s.list_backups().unwrap();
    let damaged = list
        .iter()
        .find(|b| b.kind == "damaged")
        .expect("damaged file kept");
    assert_eq!(
        std::fs::read(dir.path().join("backups").join(&damaged.name)).unwrap(),
        before
    );
}

#[test]
fn a_file_from_a_newer_version_is_described_and_never_touched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("company.db");
    drop(company_at(path.clone()));
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch("PRAGMA journal_mode = DELETE;").unwrap();
        c.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let s = Session::start_on(path.clone(), today()).unwrap();
    let st = s.status().unwrap();
    assert!(!st.needs_setup && !st.read_only);
    let p = st.problem.unwrap();
    assert_eq!(p.code, "too_new");
    assert_eq!(
        (p.found_version, p.supported_version),
        (Some(SCHEMA_VERSION + 1), SCHEMA_VERSION)
    );
    assert!(p.message.contains("company.db"));
    assert_eq!(s.recent_inquiries(5).unwrap_err().code, ErrorCode::NotFound);
    assert_eq!(s.backup_now().unwrap_err().code, ErrorCode::NotFound);
    let e = s.restore_backup("anything.db".into()).unwrap_err();
    assert_eq!(e.code, ErrorCode::DatabaseTooNew);
    let e = s
        .create_company(NewCompany {
            name: "Other".into(),
            currency: "EUR".into(),
            fiscal_year_start_month: 1,
            language: "en".into(),
        })
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Duplicate);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!dir.path().join("backups").exists(), "no backup was taken");
}

#[test]
fn a_file_in_a_cloud_folder_is_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("OneDrive - Muster");
    std::fs::create_dir_all(&folder).unwrap();
    let s = company_at(folder.join("company.db"));
    let w = s.status().unwrap().warnings;
    assert_eq!(w.len(), 1);
    assert_eq!(
        (w[0].code.as_str(), w[0].message_id.as_str()),
        ("cloud_folder", "ui-location-cloud-folder")
    );
    assert_eq!(w[0].args[0].value, "OneDrive - Muster");
    // The demo is in memory: nothing to warn about.
    s.open_demo("en".into()).unwrap();
    assert!(s.status().unwrap().warnings.is_empty());
}

#[test]
fn import_progress_is_readable_while_the_import_runs() {
    let dir = tempfile::tempdir().unwrap();
    let s = Arc::new(company_at(dir.path().join("company.db")));
    let p = s.import_progress().unwrap();
    assert_eq!((p.phase.as_str(), p.done, p.total), ("idle", 0, 0));
    let rows = 3000;
    let mut csv = String::from("date,amount,category,note\n");
    for i in 0..rows {
        csv.push_str(&format!(
            "2026-0{}-{:02},{}.50,software,licence {i}\n",
            1 + i % 6,
            1 + i % 28,
            i
        ));
    }
    let file = dir.path().join("spend.csv");
    std::fs::write(&file, csv).unwrap();
    let runner = {
        let s = s.clone();
        let file = file.display().to_string();
        std::thread::spawn(move || s.import_file(file, "spend".into(), false, None))
    };
    let mut seen = Vec::new();
    while !runner.is_finished() {
        let p = s.import_progress().unwrap();
        assert!(p.total == 0 || p.done <= p.total, "{p:?}");
        seen.push(p);
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let out = runner.join().unwrap().unwrap();
    assert!(out.accepted, "{:?}", out.errors);
    assert_eq!(out.inserted, rows);
    let last = s.import_progress().unwrap();
    assert_eq!(
        (last.phase.as_str(), last.done, last.total),
        ("done", rows as u64, rows as u64)
    );
    // Within the storing phase the count only grows.
    let storing: Vec<u64> = seen
        .iter()
        .filter(|p| p.phase == "storing")
        .map(|p| p.done)
        .collect();
    assert!(storing.windows(2).all(|w| w[0] <= w[1]), "{storing:?}");
}
