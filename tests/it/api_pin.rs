//! The owner PIN of a single-file database (issue 14): set, changed and
//! cleared; wrong PINs refused and counted, five of them making the session
//! wait 30 seconds (on an injected clock); the money commands refused with
//! `locked` while the dashboard keeps its counts; the stored hash; the
//! tool's `pin clear` for a forgotten PIN; and a team database, where the
//! PIN does not apply.

use crate::api::ytd;
use crate::common::{call, company, fresh, run_cli, today};
use argon2::password_hash::{PasswordHash, PasswordVerifier};
use argon2::Argon2;
use leadledger::api::*;
use leadledger::error::ErrorCode;
use leadledger::records::Settings;
use leadledger::store::pg::Target;
use leadledger::store::Store;
use rust_decimal_macros::dec;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// A session whose PIN clock reads `ms` milliseconds.
fn clocked(s: Session, ms: &Arc<AtomicU64>) -> Session {
    let ms = ms.clone();
    s.with_pin_clock(Arc::new(move || {
        Duration::from_millis(ms.load(Ordering::SeqCst))
    }))
}

fn locked(code: &leadledger::Error) -> bool {
    code.code == ErrorCode::Locked
}

#[test]
fn a_wrong_pin_is_refused_and_the_right_one_opens() {
    let (_dir, s) = fresh();
    company(&s, "en");
    let none = s.pin_status().unwrap();
    assert!(!none.set && !none.locked && none.wait_s.is_none());
    // Setting it leaves the owner who set it inside.
    let st = s.set_pin(None, "2468".into()).unwrap();
    assert!(st.set && !st.locked);
    assert!(s.lock_pin().unwrap().locked);
    let e = s.unlock("1357".into()).unwrap_err();
    assert!(locked(&e), "{e}");
    assert_eq!(e.field.as_deref(), Some("pin"));
    assert!(e.message.contains("4 more tries"), "{}", e.message);
    assert!(s.pin_status().unwrap().locked);
    let st = s.unlock("2468".into()).unwrap();
    assert!(st.set && !st.locked && st.wait_s.is_none());
    // Changing it needs the current one; clearing it too.
    let e = s.set_pin(None, "1111".into()).unwrap_err();
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Locked, Some("current"))
    );
    let e = s.set_pin(Some("9999".into()), "1111".into()).unwrap_err();
    assert!(locked(&e));
    s.set_pin(Some("2468".into()), "11112222".into()).unwrap();
    s.lock_pin().unwrap();
    assert!(s.unlock("2468".into()).is_err());
    assert!(!s.unlock("11112222".into()).unwrap().locked);
    assert!(s.clear_pin("2468".into()).is_err());
    let st = s.clear_pin("11112222".into()).unwrap();
    assert!(!st.set && !st.locked);
}

#[test]
fn a_pin_is_4_to_12_digits() {
    let (_dir, s) = fresh();
    company(&s, "en");
    for bad in [
        "",
        "123",
        "12a4",
        " 1234",
        "1234 ",
        "１２３４",
        "1234567890123",
        "12.34",
    ] {
        let e = s.set_pin(None, bad.into()).unwrap_err();
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::Invalid, Some("new")),
            "{bad:?}"
        );
        assert!(e.message.contains("4 to 12 digits"), "{}", e.message);
    }
    assert!(!s.pin_status().unwrap().set);
    s.set_pin(None, "0000".into()).unwrap();
    s.set_pin(Some("0000".into()), "123456789012".into())
        .unwrap();
}

#[test]
fn the_stored_hash_is_not_the_pin_and_verifies() {
    let (dir, s) = fresh();
    company(&s, "en");
    s.set_pin(None, "482913".into()).unwrap();
    let stored = Store::open(&dir.path().join("company.db"))
        .unwrap()
        .owner_pin_hash()
        .unwrap()
        .expect("a hash is stored");
    assert!(stored.starts_with("$argon2id$"), "{stored}");
    assert!(!stored.contains("482913"), "{stored}");
    let parsed = PasswordHash::new(&stored).unwrap();
    assert!(Argon2::default()
        .verify_password(b"482913", &parsed)
        .is_ok());
    assert!(Argon2::default()
        .verify_password(b"482914", &parsed)
        .is_err());
    // A fresh random salt each time: the same PIN twice is two hashes.
    s.set_pin(Some("482913".into()), "482913".into()).unwrap();
    let again = Store::open(&dir.path().join("company.db"))
        .unwrap()
        .owner_pin_hash()
        .unwrap()
        .unwrap();
    assert_ne!(stored, again);
    // Nowhere in the file either, as text.
    let bytes = std::fs::read(dir.path().join("company.db")).unwrap();
    assert!(!bytes.windows(6).any(|w| w == b"482913"));
}

#[test]
fn five_wrong_pins_make_a_30_second_wait() {
    let (_dir, s) = fresh();
    let ms = Arc::new(AtomicU64::new(1_000));
    let s = clocked(s, &ms);
    company(&s, "en");
    s.set_pin(None, "2468".into()).unwrap();
    s.lock_pin().unwrap();
    for left in (1..=4).rev() {
        let e = s.unlock("0000".into()).unwrap_err();
        assert!(e.message.contains(&format!("{left} more")), "{}", e.message);
        assert_eq!(s.pin_status().unwrap().wait_s, None);
    }
    let e = s.unlock("0000".into()).unwrap_err();
    assert!(locked(&e));
    assert!(e.message.contains("30 seconds"), "{}", e.message);
    assert_eq!(s.pin_status().unwrap().wait_s, Some(30));
    // While waiting, even the right PIN is not checked.
    let e = s.unlock("2468".into()).unwrap_err();
    assert!(
        e.message.contains("try again in 30 seconds"),
        "{}",
        e.message
    );
    ms.fetch_add(12_500, Ordering::SeqCst);
    assert_eq!(s.pin_status().unwrap().wait_s, Some(18));
    let e = s.unlock("2468".into()).unwrap_err();
    assert!(e.message.contains("18 seconds"), "{}", e.message);
    // The settings form is no way around it.
    assert!(s.clear_pin("2468".into()).is_err());
    ms.fetch_add(17_499, Ordering::SeqCst);
    assert_eq!(s.pin_status().unwrap().wait_s, Some(1));
    assert!(s.unlock("2468".into()).is_err());
    ms.fetch_add(1, Ordering::SeqCst);
    assert_eq!(s.pin_status().unwrap().wait_s, None);
    let st = s.unlock("2468".into()).unwrap();
    assert!(!st.locked);
    // The count starts over: four wrong ones do not make it wait.
    s.lock_pin().unwrap();
    for _ in 0..4 {
        s.unlock("0000".into()).unwrap_err();
    }
    assert_eq!(s.pin_status().unwrap().wait_s, None);
    assert!(!s.unlock("2468".into()).unwrap().locked);
}

/// The money commands of a locked session, each refused with `locked`.
fn assert_money_refused(s: &Session, source_id: i64) {
    let spend = SpendCell {
        source_id,
        year: 2026,
        month: 5,
        amount: dec!(100),
    };
    let deal = DealInput {
        id: None,
        inquiry_id: None,
        company: "Muster GmbH".into(),
        quoted_at: Some(today()),
        closed_at: None,
        status: "quoted".into(),
        amount: dec!(1000),
        lost_reason: None,
        version: None,
    };
    let report = ReportQuery {
        figures: ytd(),
        language: None,
        paper: "a4".into(),
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.csv").display().to_string();
    let refusals = [
        ("spend_grid", s.spend_grid(2026).err()),
        ("save_spend_cell", s.save_spend_cell(spend).err()),
        ("delete_spend", s.delete_spend(1).err()),
        ("save_deal", s.save_deal(deal).err()),
        ("delete_deal", s.delete_deal("D-2026-00001".into()).err()),
        ("model_comparison", s.model_comparison(ytd()).err()),
        ("report_preview", s.report_preview(report.clone()).err()),
        ("report_file_name", s.report_file_name(report).err()),
        ("import_preview", s.import_preview(out.clone(), None).err()),
        (
            "import_file",
            s.import_file(out.clone(), "spend".into(), false, None)
                .err(),
        ),
        (
            "export_file",
            s.export_file("deals".into(), out.clone()).err(),
        ),
        (
            "save_template",
            s.save_template("spend".into(), out.clone()).err(),
        ),
        ("list_backups", s.list_backups().err()),
        ("backup_now", s.backup_now().err()),
        (
            "restore_backup",
            s.restore_backup("daily-2026-06-15.db".into()).err(),
        ),
    ];
    for (name, e) in refusals {
        let e = e.unwrap_or_else(|| panic!("{name} answered while locked"));
        assert_eq!(e.code, ErrorCode::Locked, "{name}: {e}");
        assert!(e.message.contains("owner PIN"), "{name}: {}", e.message);
    }
    assert!(!std::path::Path::new(&out).exists());
}

#[test]
fn a_locked_session_refuses_the_money_and_keeps_the_counts() {
    let (_dir, s) = fresh();
    s.open_demo("en".into()).unwrap();
    let open = s.dashboard(ytd()).unwrap();
    assert!(open.kpis.iter().any(|k| k.key == "revenue"));
    s.set_pin(None, "2468".into()).unwrap();
    s.lock_pin().unwrap();
    let source_id = s.catalog().unwrap().sources[0].id;
    assert_money_refused(&s, source_id);
    // The dashboard answers with its counts only.
    let d = s.dashboard(ytd()).unwrap();
    let keys: Vec<&str> = d.kpis.iter().map(|k| k.key.as_str()).collect();
    assert!(keys.contains(&"leads") && !keys.is_empty(), "{keys:?}");
    for money in ["spend", "revenue", "roi_pct", "cpl", "cac", "clv", "romi"] {
        assert!(
            !keys.contains(&money),
            "{money} shown while locked: {keys:?}"
        );
    }
    assert_eq!(d.untracked_pct, open.untracked_pct);
    let leads = |d: &Dashboard| {
        d.kpis
            .iter()
            .find(|k| k.key == "leads")
            .unwrap()
            .value
            .clone()
    };
    assert_eq!(leads(&d), leads(&open));
    assert!(d
        .channels
        .iter()
        .chain(&d.sources)
        .all(|r| r.spend.is_none() && r.revenue.is_none() && r.roi_pct.is_none()));
    assert!(open.channels.iter().any(|r| r.revenue.is_some()));
    // The inquiry list without the deals' amounts.
    assert!(s
        .recent_inquiries(500)
        .unwrap()
        .iter()
        .all(|i| i.deals.is_empty()));
    // Staff still log calls; the settings' money field is refused.
    s.log_inquiry(call(Some(source_id), "Neu AG", None))
        .unwrap();
    let mut settings = s.settings().unwrap();
    settings.company_name = "Demo renamed".into();
    s.update_settings(settings.clone()).unwrap();
    settings.gross_margin = dec!(0.5);
    let e = s.update_settings(settings.clone()).unwrap_err();
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Locked, Some("gross_margin"))
    );
    // Entered, everything answers again.
    s.unlock("2468".into()).unwrap();
    assert!(s
        .dashboard(ytd())
        .unwrap()
        .kpis
        .iter()
        .any(|k| k.key == "revenue"));
    assert!(s.spend_grid(2026).is_ok());
    assert!(s.update_settings(settings).is_ok());
    assert!(s
        .recent_inquiries(500)
        .unwrap()
        .iter()
        .any(|i| !i.deals.is_empty()));
}

#[test]
fn a_file_with_a_pin_opens_locked_and_the_tool_clears_a_forgotten_one() {
    let (dir, s) = fresh();
    company(&s, "en");
    s.set_pin(None, "2468".into()).unwrap();
    drop(s);
    let db = dir.path().join("company.db");
    let again = Session::start_on(db.clone(), today()).unwrap();
    let st = again.pin_status().unwrap();
    assert!(st.set && st.locked);
    assert_eq!(again.spend_grid(2026).unwrap_err().code, ErrorCode::Locked);
    drop(again);
    let out = run_cli(&db, ["pin", "clear"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("Cleared the owner PIN"), "{said}");
    let after = Session::start_on(db.clone(), today()).unwrap();
    let st = after.pin_status().unwrap();
    assert!(!st.set && !st.locked);
    assert!(after.spend_grid(2026).is_ok());
    // Clearing again says there is nothing to clear.
    let out = run_cli(&db, ["pin", "clear"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("no owner PIN"));
}

#[test]
fn on_a_team_database_the_pin_does_not_apply() {
    let db = crate::pg::fresh_db();
    let target = Target::parse(&db.url()).unwrap();
    Store::init_team(
        &target,
        Settings {
            company_name: "Muster GmbH".into(),
            currency: "EUR".into(),
            ..Settings::default()
        },
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let local = dir.path().join("leadledger.db");
    let seat = || Session::start_beside(PathBuf::from(db.url()), Some(local.clone()), today());
    let s = seat().unwrap();
    let st = s.pin_status().unwrap();
    assert!(!st.set && !st.locked);
    let e = s.set_pin(None, "2468".into()).unwrap_err();
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Invalid, Some("pin"))
    );
    assert!(e.message.contains("roles"), "{}", e.message);
    // A hash that came along with a pushed file is not read there either.
    Store::open_team(&target)
        .unwrap()
        .set_owner_pin_hash(Some("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA"))
        .unwrap();
    let s = seat().unwrap();
    assert!(!s.pin_status().unwrap().locked);
    assert!(s.spend_grid(2026).is_ok());
    // The tool says why it has nothing to clear.
    let out = run_cli(Path::new(&db.url()), ["pin", "clear"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("roles"));
}
