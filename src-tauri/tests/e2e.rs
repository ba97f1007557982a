//! End to end in the real window: the built app under tauri-driver and
//! WebKitWebDriver, driven over WebDriver. Needs a display (Xvfb), the
//! `webkit2gtk-driver` package and `tauri-driver` on PATH, so every test is
//! ignored by a plain `cargo test`; `scripts/test` runs them with
//! `xvfb-run cargo test -p leadledger-app --test e2e -- --ignored --test-threads=1`.
//! Each test saves a screenshot under `target/e2e/`.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use thirtyfour::prelude::*;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn app_binary() -> PathBuf {
    std::env::var_os("LEADLEDGER_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/debug/leadledger-app"))
}

/// tauri-driver on its own ports; stopped with SIGTERM so that it takes its
/// WebKitWebDriver down with it (SIGKILL would leave that one running).
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start(port: u16) -> Driver {
        let child = Command::new("tauri-driver")
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &(port + 1).to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver on PATH (cargo install tauri-driver --locked)");
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "tauri-driver did not listen on {port}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver { child, port }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

/// A WebDriver session on the app with `args`; GTK start-up fails now and
/// then, so a session that cannot start is tried again.
async fn session(driver: &Driver, args: &[String]) -> WebDriver {
    let mut last = None;
    for _ in 0..3 {
        let mut caps = Capabilities::new();
        caps.set("browserName", "wry").unwrap();
        caps.set(
            "tauri:options",
            serde_json::json!({ "application": app_binary(), "args": args }),
        )
        .unwrap();
        match WebDriver::new(format!("http://127.0.0.1:{}", driver.port), caps).await {
            Ok(d) => return d,
            Err(e) => {
                last = Some(e);
                tokio::time::sleep(Duration::from_secs(2)).await;
            }
        }
    }
    panic!("no WebDriver session: {last:?}");
}

async fn wait_for(d: &WebDriver, css: &str) -> WebElement {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(e) = d.find(By::Css(css)).await {
            if e.is_displayed().await.unwrap_or(false) {
                return e;
            }
        }
        assert!(Instant::now() < deadline, "{css} did not appear");
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

async fn text(d: &WebDriver, css: &str) -> String {
    wait_for(d, css).await.text().await.unwrap()
}

/// Waits until the text of `css` differs from `old` and returns it.
async fn changed(d: &WebDriver, css: &str, old: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let now = text(d, css).await;
        if now != old {
            return now;
        }
        assert!(Instant::now() < deadline, "{css} stayed {old}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn digits(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_digit()).collect()
}

async fn shot(d: &WebDriver, name: &str) {
    let dir = root().join("target/e2e");
    std::fs::create_dir_all(&dir).unwrap();
    // Let the last frame paint before the picture.
    tokio::time::sleep(Duration::from_millis(600)).await;
    let path = dir.join(format!("{name}.png"));
    // WebKitWebDriver's screenshot hung on the refused-import page here; the
    // whole X screen (ImageMagick's `import`) is the fallback picture.
    let taken = tokio::time::timeout(Duration::from_secs(15), d.screenshot(&path)).await;
    if !matches!(taken, Ok(Ok(()))) {
        let status = Command::new("import")
            .args(["-window", "root"])
            .arg(&path)
            .status();
        assert!(status.is_ok_and(|s| s.success()), "no screenshot of {name}");
    }
}

/// Ends the session; a driver stuck after a failed screenshot is left to
/// the SIGTERM that stops tauri-driver.
async fn quit(d: WebDriver) {
    let _ = tokio::time::timeout(Duration::from_secs(15), d.quit()).await;
}

fn demo_args(dir: &tempfile::TempDir) -> Vec<String> {
    vec![
        "--db".into(),
        dir.path().join("e2e.db").display().to_string(),
        "--demo".into(),
    ]
}

async fn nav(d: &WebDriver, screen: &str) {
    wait_for(d, &format!("nav [data-screen=\"{screen}\"]"))
        .await
        .click()
        .await
        .unwrap();
}

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
    nav(&d, "log").await;
    let picker = wait_for(&d, "#source-filter").await;
    // A known-source call: the source's number key, then Enter.
    picker.send_keys("1").await.unwrap();
    picker.send_keys(Key::Enter).await.unwrap();
    wait_for(&d, ".toast").await;
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

/// Resident memory (kB) of the app and its WebKit child processes.
fn resident_kb(app_pid_name: &str) -> u64 {
    let mut total = 0;
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(cmd) = std::fs::read_to_string(entry.path().join("cmdline")) else {
            continue;
        };
        let is_ours = cmd.contains(app_pid_name)
            || cmd.contains("WebKitWebProcess")
            || cmd.contains("WebKitNetworkProcess");
        if !is_ours || cmd.contains("WebKitWebDriver") {
            continue;
        }
        let status = std::fs::read_to_string(entry.path().join("status")).unwrap_or_default();
        if let Some(line) = status.lines().find(|l| l.starts_with("VmRSS:")) {
            total += line
                .split_whitespace()
                .nth(1)
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0);
        }
    }
    total
}

#[tokio::test]
#[ignore = "needs Xvfb, WebKitWebDriver and tauri-driver; prints start-up time and memory"]
async fn measure_start_and_memory() {
    let dir = tempfile::tempdir().unwrap();
    let driver = Driver::start(4484);
    let started = Instant::now();
    let d = session(&driver, &demo_args(&dir)).await;
    wait_for(&d, "[data-kpi=\"leads\"] .value").await;
    wait_for(&d, "[data-chart=\"leads\"] canvas").await;
    let elapsed = started.elapsed();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let kb = resident_kb("leadledger-app");
    println!(
        "start to drawn dashboard: {:.2} s; resident memory: {} MB",
        elapsed.as_secs_f64(),
        kb / 1024
    );
    assert!(elapsed < Duration::from_secs(30));
    shot(&d, "measured-dashboard").await;
    quit(d).await;
}
