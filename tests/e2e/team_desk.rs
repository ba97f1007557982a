//! The app as a front-desk seat (issue 14): the demo company on a
//! throwaway PostgreSQL database, a front-desk login added by the owner's
//! store (`add_person`), the app started with that login's URL. It opens
//! on Log inquiry, where a call is logged and shows in Last entries; the
//! dashboard shows counts only (no money tile, no amount in the currency);
//! Reports, Spend, Import & export are not in the side bar at all.

use crate::harness::*;
use crate::pg::{fresh_db, TestDb};
use leadledger::role::Role;
use leadledger::store::pg::Target;
use leadledger::store::Store;
use std::time::{Duration, Instant};
use thirtyfour::prelude::*;

/// The dashboard figures the spec gives every seat (team.md, "Roles"):
/// leads, the untracked share, the calls logged and the qualified leads,
/// counts and shares of counts, never an amount.
const DESK_FIGURES: &[&str] = &[
    "leads",
    "unknown_source_pct",
    "calls",
    "calls_logged_pct",
    "calls_tracked_pct",
    "qualified_leads",
    "qualified_pct",
];

/// The demo company on a new database with a front-desk login; its login
/// and password. Blocking work, on a thread of its own (the `postgres`
/// client may not block the test's async runtime).
fn desk_on_server(dir: &tempfile::TempDir) -> (TestDb, String, &'static str) {
    std::thread::scope(|s| {
        s.spawn(|| {
            let db = fresh_db();
            let file = demo_database(dir);
            let owner = Store::push_file(&file, &Target::parse(&db.url()).unwrap())
                .expect("push the demo company");
            let login = format!("{}_desk", db.name);
            owner
                .add_person(&login, Role::Desk, Some("desk-pass-1"))
                .expect("add the front-desk login");
            (db, login, "desk-pass-1")
        })
        .join()
        .unwrap()
    })
}

/// The data-kpi keys of the dashboard's tiles once the leads tile shows.
async fn tiles(d: &WebDriver) -> Vec<String> {
    wait_for(d, "[data-kpi=\"leads\"] .value").await;
    let v = js(
        d,
        "return [...document.querySelectorAll('[data-kpi]')].map((e) => e.dataset.kpi).join(' ');",
    )
    .await;
    v.as_str()
        .unwrap_or_default()
        .split(' ')
        .map(str::to_string)
        .collect()
}

#[tokio::test]
#[ignore = "needs Xvfb, WebKitWebDriver, tauri-driver and PostgreSQL; run by scripts/test"]
async fn a_front_desk_seat_logs_calls_and_sees_no_money() {
    let dir = tempfile::tempdir().unwrap();
    std::env::set_var("XDG_CONFIG_HOME", dir.path().join("config"));
    let (db, login, password) = desk_on_server(&dir);
    let driver = Driver::start(4724);
    let d = session(&driver, &["--db".into(), db.url_as(&login, Some(password))]).await;
    d.set_window_rect(0, 0, 1280, 800).await.unwrap();

    // It opens on Log inquiry; a call with a company of its own is logged
    // and shows in Last entries. The screen puts the cursor in the source field once its data are in
    // (slower on a team server): the company is typed after that.
    let picker = wait_for(&d, "#source-filter").await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let company = wait_for(&d, "#company").await;
    company.click().await.unwrap();
    company.send_keys("Empfang Testfirma GmbH").await.unwrap();
    picker.click().await.unwrap();
    picker.send_keys("1").await.unwrap();
    picker.send_keys(Key::Enter).await.unwrap();
    wait_for(&d, ".toast").await;
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut recent = String::new();
    while !recent.contains("Empfang Testfirma GmbH") && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
        recent = text(&d, "section.recent").await;
    }
    assert!(recent.contains("Empfang Testfirma GmbH"), "{recent}");
    shot(&d, "team-desk-log").await;

    // The side bar: no Reports, Spend, Import & export.
    let nav_screens = js(
        &d,
        "return [...document.querySelectorAll('nav [data-screen]')].map((e) => e.dataset.screen).join(' ');",
    )
    .await;
    let nav_screens = nav_screens.as_str().unwrap_or_default().to_string();
    for absent in ["reports", "spend", "import"] {
        assert!(
            !nav_screens.split(' ').any(|s| s == absent),
            "{absent} in the side bar: {nav_screens}"
        );
    }
    for present in ["dashboard", "log", "inquiries"] {
        assert!(
            nav_screens.split(' ').any(|s| s == present),
            "{nav_screens}"
        );
    }

    // The dashboard: counts only, not one amount in euros.
    nav(&d, "dashboard").await;
    let keys = tiles(&d).await;
    for k in &keys {
        assert!(
            DESK_FIGURES.contains(&k.as_str()),
            "a money tile {k} in {keys:?}"
        );
    }
    let leads = text(&d, "[data-kpi=\"leads\"] .value").await;
    assert!(digits(&leads).parse::<u32>().unwrap() > 0, "{leads}");
    let shown = js(&d, "return document.querySelector('main').innerText;").await;
    let shown = shown.as_str().unwrap_or_default();
    assert!(
        !shown.contains('€') && !shown.contains("EUR"),
        "an amount shows: {shown}"
    );
    shot(&d, "team-desk-dashboard").await;
    quit(d).await;
}
