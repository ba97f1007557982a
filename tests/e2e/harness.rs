//! The harness of the end-to-end tests: tauri-driver on its own port, a
//! WebDriver session on the app (retried, since GTK start-up fails now and
//! then), waiting for elements, screenshots and the demo company's files.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use thirtyfour::prelude::*;

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The app cargo built with this test; `LEADLEDGER_APP` points elsewhere
/// (a release build, say) for measurements.
pub fn app_binary() -> PathBuf {
    std::env::var_os("LEADLEDGER_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_leadledger-app")))
}

/// tauri-driver on its own ports; stopped with SIGTERM so that it takes its
/// WebKitWebDriver down with it (SIGKILL would leave that one running).
pub struct Driver {
    child: Child,
    pub port: u16,
}

impl Driver {
    pub fn start(port: u16) -> Driver {
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
pub async fn session(driver: &Driver, args: &[String]) -> WebDriver {
    session_of(driver, &app_binary(), args).await
}

pub async fn session_of(driver: &Driver, binary: &Path, args: &[String]) -> WebDriver {
    let mut last = None;
    for _ in 0..3 {
        let mut caps = Capabilities::new();
        caps.set("browserName", "wry").unwrap();
        caps.set(
            "tauri:options",
            serde_json::json!({ "application": binary, "args": args }),
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

pub async fn wait_for(d: &WebDriver, css: &str) -> WebElement {
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

pub async fn text(d: &WebDriver, css: &str) -> String {
    wait_for(d, css).await.text().await.unwrap()
}

/// Waits until the text of `css` differs from `old` and returns it.
pub async fn changed(d: &WebDriver, css: &str, old: &str) -> String {
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

pub fn digits(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_digit()).collect()
}

pub async fn shot(d: &WebDriver, name: &str) {
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
pub async fn quit(d: WebDriver) {
    let _ = tokio::time::timeout(Duration::from_secs(15), d.quit()).await;
}

pub fn demo_args(dir: &tempfile::TempDir) -> Vec<String> {
    vec![
        "--db".into(),
        dir.path().join("e2e.db").display().to_string(),
        "--demo".into(),
    ]
}

/// A session on the demo company in `lang`, its window 1280 × 800 (the size
/// every screen must fit).
pub async fn demo_session_in(driver: &Driver, dir: &tempfile::TempDir, lang: &str) -> WebDriver {
    let mut args = demo_args(dir);
    args.extend(["--lang".to_string(), lang.to_string()]);
    let d = session(driver, &args).await;
    d.set_window_rect(0, 0, 1280, 800).await.unwrap();
    d
}

/// What does not fit sideways: the page or the main area scrolling, and each
/// element matching `css` that scrolls itself or ends past the main area's
/// right edge; empty when everything fits.
pub async fn sideways(d: &WebDriver, css: &str) -> String {
    let script = r#"
        const out = [];
        const main = document.querySelector("main");
        if (document.documentElement.scrollWidth > window.innerWidth)
            out.push(`page ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
        if (main.scrollWidth > main.clientWidth) out.push(`main ${main.scrollWidth} > ${main.clientWidth}`);
        const right = main.getBoundingClientRect().right + 0.5;
        for (const el of main.querySelectorAll(arguments[0])) {
            const what = `"${el.textContent.trim().slice(0, 30)}"`;
            if (el.scrollWidth > el.clientWidth + 1) out.push(`${what} scrolls ${el.scrollWidth} > ${el.clientWidth}`);
            const r = el.getBoundingClientRect();
            if (r.right > right) out.push(`${what} ends at ${r.right} > ${right}`);
        }
        return out.join("; ");
    "#;
    js_text(d, script, css).await
}

/// The text `script` returns in the page, given `arg` as `arguments[0]`.
pub async fn js_text(d: &WebDriver, script: &str, arg: &str) -> String {
    let v = d
        .execute(script, vec![serde_json::json!(arg)])
        .await
        .unwrap();
    v.json().as_str().unwrap_or_default().to_string()
}

/// Clicks the element `css` once it is shown.
pub async fn click(d: &WebDriver, css: &str) {
    wait_for(d, css).await.click().await.unwrap();
}

/// What `script` returns in the page.
pub async fn js(d: &WebDriver, script: &str) -> serde_json::Value {
    d.execute(script, vec![]).await.unwrap().json().clone()
}

/// Every screen of the sidebar, by its `data-screen` name.
pub const SCREENS: &[&str] = &[
    "dashboard",
    "log",
    "inquiries",
    "reports",
    "spend",
    "sources",
    "import",
    "settings",
];

pub async fn nav(d: &WebDriver, screen: &str) {
    wait_for(d, &format!("nav [data-screen=\"{screen}\"]"))
        .await
        .click()
        .await
        .unwrap();
}

/// A database file holding the demo company, as `leadledger demo` writes it.
pub fn demo_database(dir: &tempfile::TempDir) -> PathBuf {
    let db = dir.path().join("demo.db");
    let ds = leadledger::demo::generate(&leadledger::demo::DemoOptions::default());
    let mut store = leadledger::store::Store::create(&db, ds.settings.clone()).unwrap();
    store.fill(&ds).expect("the demo database");
    db
}

/// Logs a known-source call on the Log screen with two keys (the first
/// source's number key, then Enter) and waits for its toast.
pub async fn log_call_by_keys(d: &WebDriver) {
    nav(d, "log").await;
    let picker = wait_for(d, "#source-filter").await;
    // The number keys come with their own call (slower on a team server):
    // a key typed before they are in picks no source.
    tokio::time::sleep(Duration::from_millis(700)).await;
    picker.send_keys("1").await.unwrap();
    picker.send_keys(Key::Enter).await.unwrap();
    wait_for(d, ".toast").await;
}
