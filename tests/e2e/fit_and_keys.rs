//! The dashboard, the inquiries and the welcome screen in a 1280 × 800
//! window (issue 11): the dashboard's right column (ROI by channel,
//! warnings) stays in the window in every language, with its charts or with
//! every table shown, each chart an image named by what it shows and each
//! table's box focusable and named; the inquiries' rows open and take a
//! quote with the keyboard alone; the welcome screen starts in the system's
//! language (LANG), keeps a typed company name when its language changes,
//! and the demo leads back to it. Leaves `fit-dashboard-<lang>.png`,
//! `fit-dashboard-tables-<lang>.png`, `fit-dashboard-compare-<lang>.png`,
//! `fit-inquiries-<lang>.png`, `fit-inquiries-deals-<lang>.png` and
//! `fit-welcome-<lang>.png`.

use crate::harness::*;
use std::time::Duration;
use thirtyfour::prelude::*;

/// Panels, tiles and table boxes that do not fit sideways.
const PANELS: &str = ".panel, .tile, .tablewrap";

/// How many elements `css` matches that `bad` (a JavaScript predicate on `e`)
/// holds for.
async fn count(d: &WebDriver, css: &str, bad: &str) -> i64 {
    let script =
        format!("return [...document.querySelectorAll('{css}')].filter((e) => {bad}).length;");
    js(d, &script).await.as_i64().unwrap_or(-1)
}

#[tokio::test]
#[ignore = "needs Xvfb, WebKitWebDriver and tauri-driver; run by scripts/test"]
async fn the_dashboard_fits_1280_by_800_with_charts_or_tables_in_every_language() {
    let driver = Driver::start(4604);
    let mut problems = Vec::new();
    for lang in leadledger::i18n::LANGUAGES {
        let dir = tempfile::tempdir().unwrap();
        let d = demo_session_in(&driver, &dir, lang).await;
        wait_for(&d, "[data-chart=\"roi\"] canvas").await;
        let unnamed = count(
            &d,
            "canvas",
            "e.getAttribute('role') !== 'img' || !(e.getAttribute('aria-label') || '').trim()",
        )
        .await;
        if unnamed != 0 {
            problems.push(format!(
                "{lang}: {unnamed} charts without role=img and a name"
            ));
        }
        shot(&d, &format!("fit-dashboard-{lang}")).await;
        let o = sideways(&d, PANELS).await;
        if !o.is_empty() {
            problems.push(format!("{lang} charts: {o}"));
        }
        // Every table at once, and the model comparison.
        for toggle in d
            .find_all(By::Css(".chartbox header button"))
            .await
            .unwrap()
        {
            toggle.click().await.unwrap();
        }
        click(&d, ".compare header button").await;
        wait_for(&d, ".compare .tablewrap").await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        js(&d, "document.querySelector('main').scrollTo(0, 0);").await;
        shot(&d, &format!("fit-dashboard-tables-{lang}")).await;
        js(&d, "document.querySelector('.compare').scrollIntoView();").await;
        shot(&d, &format!("fit-dashboard-compare-{lang}")).await;
        let o = sideways(&d, PANELS).await;
        if !o.is_empty() {
            problems.push(format!("{lang} tables: {o}"));
        }
        let unreachable = count(
            &d,
            ".tablewrap",
            "e.tabIndex !== 0 || !(e.getAttribute('aria-label') || '').trim()",
        )
        .await;
        if unreachable != 0 {
            problems.push(format!(
                "{lang}: {unreachable} table boxes not focusable or unnamed"
            ));
        }
        quit(d).await;
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Presses `key` on whatever has the focus (an element's send_keys would
/// focus it afresh: the date field's day, month and year take a Tab each).
async fn press(d: &WebDriver, key: Key) -> WebElement {
    d.action_chain().send_keys(key).perform().await.unwrap();
    d.active_element().await.unwrap()
}

#[tokio::test]
#[ignore = "needs Xvfb, WebKitWebDriver and tauri-driver; run by scripts/test"]
async fn an_inquiry_opens_and_a_quote_is_added_by_keyboard() {
    let driver = Driver::start(4614);
    for lang in ["en", "ru"] {
        let dir = tempfile::tempdir().unwrap();
        let d = demo_session_in(&driver, &dir, lang).await;
        nav(&d, "inquiries").await;
        wait_for(&d, "tr.main .rowtoggle")
            .await
            .focus()
            .await
            .unwrap();
        // Down to the second row, Enter opens it.
        let second = press(&d, Key::Down).await;
        let id = second.attr("data-id").await.unwrap().unwrap();
        press(&d, Key::Enter).await;
        wait_for(&d, &format!("#detail-{id}")).await;
        assert_eq!(
            second.attr("aria-expanded").await.unwrap().as_deref(),
            Some("true")
        );
        // Tab into the panel: the quote's date, its amount; Enter adds it.
        let mut reached = Vec::new();
        for _ in 0..20 {
            let el = press(&d, Key::Tab).await;
            reached.push(
                el.outer_html()
                    .await
                    .unwrap()
                    .chars()
                    .take(60)
                    .collect::<String>(),
            );
            if el.attr("inputmode").await.unwrap().as_deref() == Some("decimal") {
                el.send_keys("1250").await.unwrap();
                press(&d, Key::Enter).await;
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(800)).await;
        let open = count(&d, &format!("#detail-{id} .chip.deal-open"), "true").await;
        assert!(open >= 1, "{lang}: no open quote after {reached:?}");
        // The focus ring: on the next row's button.
        second.focus().await.unwrap();
        press(&d, Key::Down).await;
        shot(&d, &format!("fit-inquiries-{lang}")).await;
        let o = sideways(&d, PANELS).await;
        assert!(o.is_empty(), "{lang}: {o}");

        // A row whose quote was won or lost, open.
        let ids = js(&d, "return [...document.querySelectorAll('tr.main')].filter((r) => r.lastElementChild.textContent.trim()).map((r) => r.querySelector('.rowtoggle').dataset.id);").await;
        for id in ids.as_array().unwrap().iter().filter_map(|v| v.as_str()) {
            click(&d, &format!(".rowtoggle[data-id=\"{id}\"]")).await;
            tokio::time::sleep(Duration::from_millis(250)).await;
            let closed = js(&d, "const c = document.querySelector('tr.detail .chip.deal-won, tr.detail .chip.deal-lost'); if (c) c.closest('tr.detail').scrollIntoView({ block: 'center' }); return !!c;").await;
            if closed.as_bool() == Some(true) {
                break;
            }
        }
        shot(&d, &format!("fit-inquiries-deals-{lang}")).await;
        let o = sideways(&d, PANELS).await;
        assert!(o.is_empty(), "{lang} with deals: {o}");
        quit(d).await;
    }
}

/// tauri-driver started with `LANG` (and no `LC_ALL` or `LC_MESSAGES`): the
/// app it starts inherits them. The test's own environment is put back.
fn driver_with_lang(port: u16, lang: &str) -> Driver {
    let saved: Vec<_> = ["LANG", "LC_ALL", "LC_MESSAGES"]
        .iter()
        .map(|v| (*v, std::env::var_os(v)))
        .collect();
    std::env::set_var("LANG", lang);
    std::env::remove_var("LC_ALL");
    std::env::remove_var("LC_MESSAGES");
    let driver = Driver::start(port);
    for (v, old) in saved {
        match old {
            Some(old) => std::env::set_var(v, old),
            None => std::env::remove_var(v),
        }
    }
    driver
}

#[tokio::test]
#[ignore = "needs Xvfb, WebKitWebDriver and tauri-driver; run by scripts/test"]
async fn the_welcome_screen_starts_in_the_systems_language_and_keeps_the_name() {
    let runs = [("ru_RU.UTF-8", "ru", "en"), ("en_GB.UTF-8", "en", "ru")];
    for (i, (system, lang, other)) in runs.into_iter().enumerate() {
        let driver = driver_with_lang(4624 + 10 * i as u16, system);
        let dir = tempfile::tempdir().unwrap();
        let args = [
            "--db".to_string(),
            dir.path().join("new.db").display().to_string(),
        ];
        let d = session(&driver, &args).await;
        d.set_window_rect(0, 0, 1280, 800).await.unwrap();
        let name = wait_for(&d, "#company-name").await;
        let html_lang = js(&d, "return document.documentElement.lang;").await;
        assert_eq!(html_lang.as_str(), Some(lang), "LANG={system}");
        shot(&d, &format!("fit-welcome-{lang}")).await;
        name.send_keys("Muster GmbH").await.unwrap();
        wait_for(&d, "#welcome-language")
            .await
            .focus()
            .await
            .unwrap();
        // The choice as the select's list makes it: a new value, a change event.
        d.execute(
            "const s = document.activeElement; s.value = arguments[0]; s.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![serde_json::json!(other)],
        )
        .await
        .unwrap();
        tokio::time::sleep(Duration::from_millis(500)).await;
        let now = js(&d, "return [document.documentElement.lang, document.querySelector('#company-name').value, document.activeElement.id];").await;
        assert_eq!(
            now,
            serde_json::json!([other, "Muster GmbH", "welcome-language"]),
            "LANG={system}"
        );
        let o = sideways(&d, PANELS).await;
        assert!(o.is_empty(), "{lang}: {o}");
        // Into the demo and out again with "Start my company", in the
        // language the demo was opened in.
        click(&d, "#open-demo").await;
        wait_for(&d, "[data-kpi=\"leads\"] .value").await;
        click(&d, "#leave-demo").await;
        wait_for(&d, "#company-name").await;
        let back = js(&d, "return document.documentElement.lang;").await;
        assert_eq!(back.as_str(), Some(other), "back from the demo");
        quit(d).await;
    }
}
