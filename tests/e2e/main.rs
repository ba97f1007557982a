//! End to end in the real window: the built app under tauri-driver and
//! WebKitWebDriver, driven over WebDriver. Needs a display (Xvfb), the
//! `webkit2gtk-driver` package and `tauri-driver` on PATH, so every test is
//! ignored by a plain `cargo test`; `scripts/test` runs them with
//! `xvfb-run cargo test -p leadledger-app --test e2e -- --ignored --test-threads=1`
//! (the test is declared in src-tauri/Cargo.toml, which builds the app).
//! Each test saves a screenshot under `target/e2e/`. `team` runs the app on a
//! PostgreSQL team database of a throwaway cluster (`tests/support/pg_cluster.rs`);
//! `live` runs two app processes on one and times a save on one seat to the
//! other seat's screen.
//! `team_desk` runs it as a front-desk login: Log inquiry works, the
//! dashboard shows no money, Reports and Import are not in the side bar.

mod a11y;
mod bench;
mod calls;
mod fit_and_keys;
mod funnel;
mod harness;
mod languages;
mod live;
#[path = "../support/pg_cluster.rs"]
mod pg;
mod sheets;
mod team;
mod team_desk;

use harness::*;
use std::time::{Duration, Instant};
use thirtyfour::prelude::*;

#[tokio::test]
#[ignore = "needs Xvfb, WebKitWebDriver and tauri-driver; run by scripts/test"]
async fn open_the_demo_company_from_the_welcome_screen() {
    let dir = tempfile::tempdir().unwrap();
    let driver = Driver::start(4444);
    let d = session(
        &driver,
        &[
            "--db".into(),
            dir.path().join("new.db").display().to_string(),
        ],
    )
    .await;
    wait_for(&d, "#open-demo").await.click().await.unwrap();
    let leads = text(&d, "[data-kpi=\"leads\"] .value").await;
    assert!(digits(&leads).parse::<u32>().unwrap() > 0, "{leads}");
    wait_for(&d, "[data-chart=\"leads\"] canvas").await;
    shot(&d, "demo-dashboard").await;
    quit(d).await;
}

#[tokio::test]
#[ignore = "needs Xvfb, WebKitWebDriver and tauri-driver; run by scripts/test"]
async fn a_call_logged_by_keyboard_raises_the_lead_count() {
    let dir = tempfile::tempdir().unwrap();
    let driver = Driver::start(4454);
    let d = session(&driver, &demo_args(&dir)).await;
    let before = text(&d, "[data-kpi=\"leads\"] .value").await;
    log_call_by_keys(&d).await;
    shot(&d, "log-inquiry").await;
    nav(&d, "dashboard").await;
    let after = changed(&d, "[data-kpi=\"leads\"] .value", &before).await;
    assert_eq!(
        digits(&after).parse::<u32>().unwrap(),
        digits(&before).parse::<u32>().unwrap() + 1
    );
    shot(&d, "dashboard-after-call").await;
    quit(d).await;
}

#[tokio::test]
#[ignore = "needs Xvfb, WebKitWebDriver and tauri-driver; run by scripts/test"]
async fn a_month_of_spend_changes_the_cost_per_lead() {
    let dir = tempfile::tempdir().unwrap();
    let driver = Driver::start(4464);
    let d = session(&driver, &demo_args(&dir)).await;
    let before = text(&d, "[data-kpi=\"cpl\"] .value").await;
    nav(&d, "spend").await;
    let cell = wait_for(&d, "[data-cell=\"0:0\"]").await;
    cell.click().await.unwrap();
    cell.clear().await.unwrap();
    cell.send_keys("25000").await.unwrap();
    cell.send_keys(Key::Enter).await.unwrap();
    tokio::time::sleep(Duration::from_millis(800)).await;
    shot(&d, "spend-grid").await;
    nav(&d, "dashboard").await;
    let after = changed(&d, "[data-kpi=\"cpl\"] .value", &before).await;
    assert_ne!(after, before);
    shot(&d, "dashboard-after-spend").await;
    quit(d).await;
}

#[tokio::test]
#[ignore = "needs Xvfb, WebKitWebDriver and tauri-driver; run by scripts/test"]
async fn an_import_with_one_bad_row_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("spend.csv");
    std::fs::write(
        &csv,
        "date;amount;category;source\n01.03.2026;1.200,50;advertising;\n31.02.2026;99,00;advertising;\n",
    )
    .unwrap();
    let driver = Driver::start(4474);
    let d = session(&driver, &demo_args(&dir)).await;
    nav(&d, "import").await;
    let path = wait_for(&d, "#import-path").await;
    path.send_keys(csv.display().to_string()).await.unwrap();
    wait_for(&d, "#import-preview").await.click().await.unwrap();
    wait_for(&d, "#import-run").await.click().await.unwrap();
    let bad = text(&d, ".bad-row").await;
    shot(&d, "import-refused").await;
    assert!(bad.starts_with('3'), "{bad}");
    quit(d).await;
}

/// Waits until the element's text contains `want`, and returns the text.
async fn text_with(d: &WebDriver, css: &str, want: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let t = text(d, css).await;
        if t.contains(want) || Instant::now() > deadline {
            return t;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
#[ignore = "needs Xvfb, WebKitWebDriver and tauri-driver; run by scripts/test"]
async fn a_polish_sources_file_in_windows_1250_imports_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("zrodla.csv");
    let rows = "channel;source;direction\r\n\
        Print;Łódź Metal sp. z o.o.;outbound\r\n\
        Print;Zakład Obróbki Skrawaniem Kraków;outbound\r\n\
        Print;Fabryka Śrub Gdańsk;outbound\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode(rows);
    std::fs::write(&csv, &bytes).unwrap();
    let driver = Driver::start(4524);
    let d = session(&driver, &demo_args(&dir)).await;
    nav(&d, "import").await;
    let path = wait_for(&d, "#import-path").await;
    path.send_keys(csv.display().to_string()).await.unwrap();
    wait_for(&d, "#import-preview").await.click().await.unwrap();
    let table = text_with(&d, ".tablewrap", "Łódź").await;
    assert!(
        table.contains("Łódź Metal") && table.contains("Gdańsk"),
        "{table}"
    );
    let detected = text(&d, "#import-encoding option[value='']").await;
    assert!(detected.contains("Windows-1250"), "{detected}");
    assert_eq!(text(&d, "#import-kind option:checked").await, "Sources");
    // The user's choice re-reads the file: as Windows-1252 it is mojibake.
    wait_for(&d, "#import-encoding option[value='Windows-1252']")
        .await
        .click()
        .await
        .unwrap();
    let wrong = text_with(&d, ".tablewrap", "£ód").await;
    assert!(wrong.contains("£ódŸ"), "{wrong}");
    wait_for(&d, "#import-encoding option[value='']")
        .await
        .click()
        .await
        .unwrap();
    text_with(&d, ".tablewrap", "Łódź").await;
    shot(&d, "import-windows-1250").await;
    wait_for(&d, "#import-run").await.click().await.unwrap();
    let result = text_with(&d, "#import-result", "Print").await;
    shot(&d, "import-windows-1250-done").await;
    assert!(result.contains("Read as Windows-1250"), "{result}");
    assert!(
        result.contains("Channel Print is now Outbound (was Inbound)"),
        "{result}"
    );
    quit(d).await;
}

#[tokio::test]
#[ignore = "needs Xvfb, WebKitWebDriver and tauri-driver; run by scripts/test"]
async fn the_report_screen_previews_every_page() {
    let dir = tempfile::tempdir().unwrap();
    let driver = Driver::start(4494);
    let d = session(&driver, &demo_args(&dir)).await;
    nav(&d, "reports").await;
    wait_for(&d, "#report-preview").await.click().await.unwrap();
    wait_for(&d, ".thumb[data-page=\"1\"] img").await;
    let pages = d.find_all(By::Css(".thumb")).await.unwrap().len();
    assert!(pages >= 5, "{pages} pages in the preview");
    shot(&d, "report-preview").await;
    // A page opens large ("Page 2 of 8"); the arrow key turns to the next.
    wait_for(&d, ".thumb[data-page=\"2\"]")
        .await
        .click()
        .await
        .unwrap();
    let number = text(&d, "#report-page-number").await;
    assert_eq!(digits(&number), format!("2{pages}"), "{number}");
    d.active_element()
        .await
        .unwrap()
        .send_keys(Key::Right)
        .await
        .unwrap();
    let next = changed(&d, "#report-page-number", &number).await;
    assert_eq!(digits(&next), format!("3{pages}"), "{next}");
    shot(&d, "report-page-3").await;
    quit(d).await;
}

#[tokio::test]
#[ignore = "needs Xvfb, WebKitWebDriver and tauri-driver; run by scripts/test"]
async fn a_damaged_database_is_repaired_from_its_backup() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_database(&dir);
    let backup = leadledger::api::Session::start(db.clone())
        .and_then(|s| s.backup_now())
        .expect("a backup");
    // Scribble over the audit table's root page: quick_check fails while
    // the records stay readable.
    let c = rusqlite::Connection::open(&db).unwrap();
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
    let mut bytes = std::fs::read(&db).unwrap();
    let start = ((root - 1) * size) as usize;
    bytes[start..start + size as usize].fill(0xA5);
    std::fs::write(&db, &bytes).unwrap();

    let driver = Driver::start(4504);
    let args = vec!["--db".to_string(), db.display().to_string()];
    let d = session(&driver, &args).await;
    let banner = text(&d, "[data-testid=\"damaged-banner\"]").await;
    assert!(!banner.is_empty());
    // The figures are still shown, read-only.
    let leads = text(&d, "[data-kpi=\"leads\"] .value").await;
    shot(&d, "damaged-read-only").await;
    wait_for(&d, "[data-testid=\"damaged-banner\"] button")
        .await
        .click()
        .await
        .unwrap();
    wait_for(&d, "[aria-labelledby=\"restore-title\"] button.primary")
        .await
        .click()
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while d
        .find(By::Css("[data-testid=\"damaged-banner\"]"))
        .await
        .is_ok()
    {
        assert!(
            Instant::now() < deadline,
            "the banner stayed after the restore"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(text(&d, "[data-kpi=\"leads\"] .value").await, leads);
    shot(&d, "restored-from-backup").await;
    quit(d).await;
    // The damaged file was kept beside the backups, not thrown away.
    let kept = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| e.file_name().to_string_lossy().starts_with("damaged-"));
    assert!(
        kept,
        "the damaged file is kept (backup used: {})",
        backup.name
    );
}
