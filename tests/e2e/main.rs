//! End to end in the real window: the built app under tauri-driver and
//! WebKitWebDriver, driven over WebDriver. Needs a display (Xvfb), the
//! `webkit2gtk-driver` package and `tauri-driver` on PATH, so every test is
//! ignored by a plain `cargo test`; `scripts/test` runs them with
//! `xvfb-run cargo test -p leadledger-app --test e2e -- --ignored --test-threads=1`
//! (the test is declared in src-tauri/Cargo.toml, which builds the app).
//! Each test saves a screenshot under `target/e2e/`.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use thirtyfour::prelude::*;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The app cargo built with this test; `LEADLEDGER_APP` points elsewhere
/// (a release build, say) for measurements.
fn app_binary() -> PathBuf {
    std::env::var_os("LEADLEDGER_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_leadledger-app")))
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
    session_of(driver, &app_binary(), args).await
}

async fn session_of(driver: &Driver, binary: &Path, args: &[String]) -> WebDriver {
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

/// The processes of one app run: the binary itself and the WebKit helpers
/// it started (WebKitWebDriver, the test's own helper, is not counted).
fn app_processes(binary: &Path) -> Vec<u32> {
    let me = std::fs::canonicalize(binary).unwrap();
    let mut pids = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let exe = std::fs::read_link(entry.path().join("exe")).unwrap_or_default();
        let cmd = std::fs::read_to_string(entry.path().join("cmdline")).unwrap_or_default();
        let webkit = cmd.contains("WebKitWebProcess") || cmd.contains("WebKitNetworkProcess");
        if exe == me || webkit {
            pids.push(pid);
        }
    }
    pids
}

/// A field of /proc/PID/status or smaps_rollup, in kB.
fn proc_kb(pid: u32, file: &str, key: &str) -> u64 {
    let text = std::fs::read_to_string(format!("/proc/{pid}/{file}")).unwrap_or_default();
    text.lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// When the process started, in milliseconds since the Unix epoch (the
/// kernel counts in clock ticks of 1/100 s since boot on Linux x86-64).
fn started_ms(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let after_name = &stat[stat.rfind(')').unwrap() + 2..];
    let ticks: f64 = after_name
        .split_whitespace()
        .nth(19)
        .unwrap()
        .parse()
        .unwrap();
    let boot: f64 = std::fs::read_to_string("/proc/stat")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("btime "))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    (boot + ticks / 100.0) * 1000.0
}

/// Starts `binary`, waits for the page's performance mark `mark`, and gives
/// (process start to the mark in ms, summed RSS in MB, summed PSS in MB)
/// two seconds after it.
async fn measure(driver: &Driver, binary: &Path, args: &[String], mark: &str) -> (f64, u64, u64) {
    let d = session_of(driver, binary, args).await;
    let script = format!(
        "const m = performance.getEntriesByName('{mark}'); \
         return m.length ? performance.timeOrigin + m[0].startTime : null;"
    );
    let deadline = Instant::now() + Duration::from_secs(60);
    let drawn = loop {
        let v = d.execute(&script, vec![]).await.unwrap();
        if let Some(ms) = v.json().as_f64() {
            break ms;
        }
        if Instant::now() > deadline {
            let seen = d
                .execute(
                    "return JSON.stringify([location.href, performance.getEntries().map(e => e.name), \
                     document.querySelectorAll('canvas').length]);",
                    vec![],
                )
                .await
                .map(|v| v.json().to_string());
            shot(&d, "bench-failure").await;
            panic!("{mark} never came; the page had {seen:?}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let pids = app_processes(binary);
    let main = pids
        .iter()
        .copied()
        .find(|p| {
            std::fs::read_link(format!("/proc/{p}/exe")).ok() == std::fs::canonicalize(binary).ok()
        })
        .expect("the app's process");
    let start = drawn - started_ms(main);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let pids = app_processes(binary);
    let rss: u64 = pids.iter().map(|p| proc_kb(*p, "status", "VmRSS:")).sum();
    let pss: u64 = pids
        .iter()
        .map(|p| proc_kb(*p, "smaps_rollup", "Pss:"))
        .sum();
    quit(d).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    (start, rss / 1024, pss / 1024)
}

/// Not a test of the product but the start-up benchmark (scripts/bench-desktop):
/// the bare Tauri window and the app on the demo company, five runs each,
/// medians printed. Never run by scripts/test: timings are not pass/fail.
#[tokio::test]
#[ignore = "benchmark: run by scripts/bench-desktop"]
async fn bench_start_and_memory() {
    let driver = Driver::start(4484);
    let bare = std::env::var_os("LEADLEDGER_BARE")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/debug/examples/bare"));
    let runs = 5;
    let median = |mut v: Vec<f64>| {
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        v[v.len() / 2]
    };
    // The demo company is written once beforehand: the figure is a start on
    // existing data, as every start after the first one is.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let ds = leadledger::demo::generate(&leadledger::demo::DemoOptions::default());
    let mut store = leadledger::store::Store::create(&db, ds.settings.clone()).unwrap();
    store.fill(&ds).expect("the demo database");
    drop(store);
    let args = vec!["--db".to_string(), db.display().to_string()];
    let mut report = Vec::new();
    for (name, binary, mark) in [
        ("bare Tauri window", bare, "painted"),
        (
            "Leadledger on the demo company",
            app_binary(),
            "chart-drawn:leads",
        ),
    ] {
        let (mut t, mut r, mut p) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..runs {
            let (ms, rss, pss) = measure(&driver, &binary, &args, mark).await;
            t.push(ms);
            r.push(rss as f64);
            p.push(pss as f64);
        }
        report.push(format!(
            "{name}: start to drawn {:.0} ms (runs {:?}), RSS {:.0} MB, PSS {:.0} MB",
            median(t.clone()),
            t.iter().map(|x| x.round() as i64).collect::<Vec<_>>(),
            median(r),
            median(p)
        ));
    }
    println!("\n{}", report.join("\n"));
}
