//! Live screens (issue 14): two app processes on one team database, as two
//! seats. A call logged in the first shows in the second's Last entries,
//! and on its dashboard's lead count, within the spec's 2 seconds, with no
//! click in the second window. The time from the save to the other screen
//! is measured 20 times and its median and slowest printed.
//!
//! Both times are the pages' own clocks (`Date.now()` in each window, one
//! machine's wall clock): the save starts when the first window is sent
//! Enter, and shows when the second window's table or tile changes, which a
//! `MutationObserver` notes as it happens, so the test's polling adds
//! nothing to the figure.

use crate::harness::*;
use crate::pg::{fresh_db, TestDb};
use leadledger::store::pg::Target;
use leadledger::store::Store;
use std::time::{Duration, Instant};
use thirtyfour::prelude::*;

const SAVES: usize = 20;
const PROMISE_MS: f64 = 2000.0;

/// The demo company pushed to a fresh team database (on a thread of its
/// own: the `postgres` client blocks, which it may not do on the test's
/// runtime).
fn demo_on_server(dir: &tempfile::TempDir) -> TestDb {
    std::thread::scope(|s| {
        s.spawn(|| {
            let db = fresh_db();
            let file = demo_database(dir);
            let target = Target::parse(&db.url()).unwrap();
            Store::push_file(&file, &target).expect("push the demo company");
            db
        })
        .join()
        .unwrap()
    })
}

/// Starts noting, in window `d`, the moment the element `css` next changes
/// (a row added to a table, a tile's figure rewritten).
async fn watch_next_change(d: &WebDriver, css: &str) {
    js(
        d,
        &format!(
            "window.__changedAt = null; \
             const el = document.querySelector({css:?}); \
             if (window.__observer) window.__observer.disconnect(); \
             window.__observer = new MutationObserver(() => {{ \
               if (window.__changedAt === null) window.__changedAt = Date.now(); }}); \
             window.__observer.observe(el, {{ childList: true, subtree: true, characterData: true }}); \
             return 0;"
        ),
    )
    .await;
}

/// When the watched element changed (the page's clock, ms), waiting at most 10 s.
async fn changed_at(d: &WebDriver) -> f64 {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(t) = js(d, "return window.__changedAt;").await.as_f64() {
            return t;
        }
        assert!(
            Instant::now() < deadline,
            "the other seat's screen did not change"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Logs a call in `d` (the first source's key, then Enter) and returns the
/// page's clock just before Enter was sent.
async fn save_call(d: &WebDriver) -> f64 {
    let picker = wait_for(d, "#source-filter").await;
    picker.send_keys("1").await.unwrap();
    let sent = js(d, "return Date.now();").await.as_f64().unwrap();
    picker.send_keys(Key::Enter).await.unwrap();
    sent
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

#[tokio::test]
#[ignore = "needs Xvfb, WebKitWebDriver, tauri-driver and PostgreSQL; run by scripts/test"]
async fn a_call_logged_on_one_seat_shows_on_the_other_within_two_seconds() {
    let dir = tempfile::tempdir().unwrap();
    std::env::set_var("XDG_CONFIG_HOME", dir.path().join("config"));
    let db = demo_on_server(&dir);
    let args = ["--db".to_string(), db.url()];
    let (driver_a, driver_b) = (Driver::start(4704), Driver::start(4714));
    let a = session(&driver_a, &args).await;
    let b = session(&driver_b, &args).await;
    a.set_window_rect(0, 0, 1280, 800).await.unwrap();
    b.set_window_rect(0, 0, 1280, 800).await.unwrap();
    nav(&a, "log").await;
    nav(&b, "log").await;
    wait_for(&b, ".recent tbody tr").await;
    // The number keys come with their own call: a key typed before they
    // are in picks no source.
    tokio::time::sleep(Duration::from_millis(1000)).await;

    let mut took = Vec::new();
    for _ in 0..SAVES {
        watch_next_change(&b, ".recent tbody").await;
        let sent = save_call(&a).await;
        let shown = changed_at(&b).await;
        took.push(shown - sent);
        // The form is ready for the next call once the save's toast shows.
        wait_for(&a, ".toast").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    shot(&b, "live-other-seat-log").await;
    let (mid, worst) = (
        median(took.clone()),
        took.iter().copied().fold(0.0, f64::max),
    );
    println!(
        "live screens: save on one seat to the other's Last entries, {SAVES} saves: \
         median {mid:.0} ms, slowest {worst:.0} ms"
    );
    assert!(mid <= PROMISE_MS, "median {mid:.0} ms: {took:?}");
    assert!(worst <= PROMISE_MS, "slowest {worst:.0} ms: {took:?}");

    // The other seat's dashboard counts the next call, unasked.
    nav(&b, "dashboard").await;
    let before = text(&b, "[data-kpi=\"leads\"] .value").await;
    watch_next_change(&b, "[data-kpi=\"leads\"] .value").await;
    let sent = save_call(&a).await;
    let shown = changed_at(&b).await;
    let after = text(&b, "[data-kpi=\"leads\"] .value").await;
    println!(
        "live screens: save to the other seat's lead count: {:.0} ms",
        shown - sent
    );
    assert_eq!(
        digits(&after).parse::<u32>().unwrap(),
        digits(&before).parse::<u32>().unwrap() + 1,
        "{before} → {after}"
    );
    assert!(shown - sent <= PROMISE_MS, "{:.0} ms", shown - sent);
    shot(&b, "live-other-seat-dashboard").await;
    quit(a).await;
    quit(b).await;
}
