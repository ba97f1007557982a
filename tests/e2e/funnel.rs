//! The dashboard's funnel and cohort views in the real window (issue 15):
//! the demo company's dashboard in English and German, each view scrolled
//! into sight and photographed (`funnel-<lang>.png`, `cohorts-<lang>.png`
//! in target/e2e), both drawn with their canvases and neither running past
//! the window sideways.

use crate::harness::*;

#[tokio::test]
#[ignore = "needs Xvfb, WebKitWebDriver and tauri-driver; run by scripts/test"]
async fn the_funnel_and_the_cohorts_show_on_the_dashboard() {
    let driver = Driver::start(4470);
    for lang in ["en", "de"] {
        let dir = tempfile::tempdir().unwrap();
        let d = demo_session_in(&driver, &dir, lang).await;
        for view in ["funnel", "cohorts"] {
            let css = format!("[data-chart={view}]");
            let el = wait_for(&d, &format!("{css} canvas")).await;
            el.scroll_into_view().await.unwrap();
            shot(&d, &format!("{view}-{lang}")).await;
            let wide = sideways(&d, &css).await;
            assert!(wide.is_empty(), "{lang} {view}: {wide}");
        }
        let note = text(&d, "[data-cohort-expected]").await;
        assert!(!note.trim().is_empty(), "{lang}: the cohort sentence");
        quit(d).await;
    }
}
