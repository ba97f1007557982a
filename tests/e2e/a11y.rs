//! Every screen checked by axe-core (the npm package the UI pins, evaluated
//! in the real window over WebDriver): no violation of critical, serious or
//! moderate impact, in English and in Russian. The counts per screen are
//! printed, so a run shows where minor findings remain.

use crate::harness::*;
use thirtyfour::prelude::*;

/// The impacts that fail the test.
const FAILING: &[&str] = &["critical", "serious", "moderate"];

/// axe-core's own build, as `npm ci` put it in the UI's node_modules.
fn axe_source() -> String {
    let path = root().join("ui/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run npm ci in ui/)", path.display()))
}

/// Runs axe on the page as it is now; returns (impact, rule id, targets) per
/// element that violates a rule.
async fn axe(d: &WebDriver, source: &str) -> Vec<(String, String, String)> {
    d.execute(source, vec![]).await.expect("axe-core loads");
    let script = r#"
        const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ["violations"] })
            .then((r) => done(r.violations.flatMap((v) => v.nodes.map((n) =>
                [n.impact || v.impact || "", v.id, n.target.join(" ")]))))
            .catch((e) => done([["error", String(e), ""]]));
    "#;
    let v = d.execute_async(script, vec![]).await.expect("axe runs");
    serde_json::from_value(v.json().clone()).expect("axe's answer")
}

async fn check(d: &WebDriver, source: &str, screen: &str, lang: &str, problems: &mut Vec<String>) {
    let found = axe(d, source).await;
    let count = |impact: &str| found.iter().filter(|(i, _, _)| i == impact).count();
    println!(
        "axe {lang} {screen}: elements with critical {}, serious {}, moderate {}, minor {} violations",
        count("critical"),
        count("serious"),
        count("moderate"),
        count("minor")
    );
    for (impact, rule, targets) in found {
        if FAILING.contains(&impact.as_str()) || impact == "error" {
            problems.push(format!("{lang} {screen}: {impact} {rule} at {targets}"));
        }
    }
}

#[tokio::test]
#[ignore = "needs Xvfb, WebKitWebDriver and tauri-driver; run by scripts/test"]
async fn every_screen_passes_axe_core() {
    let source = axe_source();
    let driver = Driver::start(4534);
    let mut problems = Vec::new();
    // The welcome screen: a new file, nothing in it yet.
    let dir = tempfile::tempdir().unwrap();
    let args = vec![
        "--db".to_string(),
        dir.path().join("new.db").display().to_string(),
    ];
    let d = session(&driver, &args).await;
    d.set_window_rect(0, 0, 1280, 800).await.unwrap();
    wait_for(&d, "form").await;
    check(&d, &source, "welcome", "en", &mut problems).await;
    quit(d).await;
    for lang in ["en", "ru"] {
        // Every screen of the demo company.
        let dir = tempfile::tempdir().unwrap();
        let d = demo_session_in(&driver, &dir, lang).await;
        wait_for(&d, "[data-kpi=\"leads\"] .value").await;
        for screen in SCREENS {
            nav(&d, screen).await;
            // Let the screen load its records and draw.
            tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
            check(&d, &source, screen, lang, &mut problems).await;
            if *screen == "dashboard" {
                // With the tables shown too.
                d.execute(
                    "document.querySelectorAll('[data-chart] header button').forEach((b) => b.click());",
                    vec![],
                )
                .await
                .unwrap();
                tokio::time::sleep(std::time::Duration::from_millis(500)).await;
                check(&d, &source, "dashboard (tables)", lang, &mut problems).await;
            }
        }
        shot(&d, &format!("a11y-settings-{lang}")).await;
        quit(d).await;
    }
    assert!(
        problems.is_empty(),
        "axe-core found:\n{}",
        problems.join("\n")
    );
}
