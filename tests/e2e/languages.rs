//! Every screen fits the window in every language: each screen of the demo
//! company opened in each language, at 1280 × 800, scrolls nothing sideways
//! (the log's last entries keep their Undo links in the window), and no
//! sidebar or tile label wraps. Each language leaves `dashboard-<lang>.png`
//! and `log-<lang>.png`, and a picture of each screen that does not fit.

use crate::harness::*;
use thirtyfour::prelude::*;

/// What runs past the right edge: the page, the scrolling main area, or the
/// element `css`; empty when everything fits.
async fn overflow(d: &WebDriver, css: &str) -> String {
    let script = r#"
        const out = [];
        const w = window.innerWidth;
        const doc = document.documentElement;
        if (doc.scrollWidth > w) out.push(`page ${doc.scrollWidth} > ${w}`);
        const main = document.querySelector("main");
        if (main && main.scrollWidth > main.clientWidth)
            out.push(`main ${main.scrollWidth} > ${main.clientWidth}`);
        const right = Math.min(w, main ? main.getBoundingClientRect().right : w);
        for (const el of document.querySelectorAll(arguments[0])) {
            const r = el.getBoundingClientRect();
            if (r.right > right + 0.5) out.push(`${arguments[0]} "${el.textContent}" ends at ${r.right} > ${right}`);
        }
        // A label that wraps onto a second line.
        for (const el of document.querySelectorAll("nav button span, .tile .label")) {
            const size = parseFloat(getComputedStyle(el).fontSize);
            if (el.getBoundingClientRect().height > size * 1.9) out.push(`"${el.textContent}" wraps`);
        }
        return out.join("; ");
    "#;
    js_text(d, script, css).await
}

#[tokio::test]
#[ignore = "needs Xvfb, WebKitWebDriver and tauri-driver; run by scripts/test"]
async fn the_dashboard_and_the_log_fit_the_window_in_every_language() {
    let driver = Driver::start(4514);
    let mut problems = Vec::new();
    for lang in leadledger::i18n::LANGUAGES {
        let dir = tempfile::tempdir().unwrap();
        let d = demo_session_in(&driver, &dir, lang).await;
        wait_for(&d, "[data-kpi=\"leads\"] .value").await;
        wait_for(&d, "[data-chart=\"roi\"] canvas").await;
        let html_lang = d
            .execute("return document.documentElement.lang;", vec![])
            .await
            .unwrap();
        assert_eq!(
            html_lang.json().as_str(),
            Some(*lang),
            "the demo speaks {lang}"
        );
        shot(&d, &format!("dashboard-{lang}")).await;
        let o = overflow(&d, ".tile, nav button").await;
        if !o.is_empty() {
            problems.push(format!("{lang} dashboard: {o}"));
        }

        nav(&d, "log").await;
        let picker = wait_for(&d, "#source-filter").await;
        // A call from the most used source, so the last entries hold today's row.
        picker.send_keys("1").await.unwrap();
        picker.send_keys(Key::Enter).await.unwrap();
        wait_for(&d, ".recent button.danger").await;
        d.execute(
            "document.querySelector('.recent').scrollIntoView();",
            vec![],
        )
        .await
        .unwrap();
        shot(&d, &format!("log-{lang}")).await;
        let o = overflow(&d, ".recent button.link").await;
        if !o.is_empty() {
            problems.push(format!("{lang} log: {o}"));
        }
        for screen in [
            "inquiries",
            "reports",
            "spend",
            "sources",
            "import",
            "settings",
        ] {
            nav(&d, screen).await;
            wait_for(&d, "main h1").await;
            tokio::time::sleep(std::time::Duration::from_millis(700)).await;
            let o = overflow(&d, "main h1").await;
            if !o.is_empty() {
                shot(&d, &format!("{screen}-{lang}")).await;
                problems.push(format!("{lang} {screen}: {o}"));
            }
        }
        quit(d).await;
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
