//! Benchmark of the management report (issues 5 and 17): the demo company's
//! report for a whole year, rendered N times, and the same pages printed by
//! headless Chromium, for scale.
//!
//! `cargo bench --bench report -- N R` (defaults 20 and 7), or
//! `scripts/bench-pdf N R`, which first installs Debian's `chromium` and
//! afterwards renders page 1 of both PDFs to PNG for a look.
//!
//! Part one times our PDF N times (languages in turn) and prints the mean
//! and best time per report, the page count, the size of the PDF and the
//! process's peak memory (VmHWM from /proc/self/status, Linux only).
//! Goal: ≤ 100 ms and ≤ 100 MB.
//!
//! Part two compares with Chromium (issue 17). The report's preview pages
//! (`report::preview`: the same layout run as the PDF, as SVG; same
//! company, as-of date, language and paper) go into one HTML file, one
//! A4 page per SVG, and `chromium --headless=new --print-to-pdf` prints it.
//! R rounds alternate our English PDF, Chromium printing the report, our
//! PDF again and Chromium printing an empty A4 page, so every figure comes
//! from the same minutes of a shared machine. Chromium's time includes
//! starting the browser; the empty page is that fixed cost (start, profile,
//! print pipeline), so the second ratio takes the median of each round's
//! report minus empty page as Chromium's printing of our pages alone.
//! Without Chromium (none on PATH and no `LEADLEDGER_CHROMIUM`) part two
//! says so and is skipped. The files stay in `target/bench-report/`.

use chrono::NaiveDate;
use leadledger::demo::{generate, DemoOptions};
use leadledger::metrics::{AttributionModel, Period, Request};
use leadledger::records::Dataset;
use leadledger::report::{preview, render_report, Paper};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Peak resident memory in MB, if the platform tells.
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The median of `samples` in milliseconds (the mean of the middle two
/// for an even count).
fn median(samples: &[f64]) -> f64 {
    let mut v = samples.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// The print style both HTML files share: A4 without margins, so that a
/// 210 × 297 mm SVG fills a sheet exactly, and a page break after every
/// page but the last (a break after it would print a blank sheet).
const PRINT_STYLE: &str = "@page { size: A4; margin: 0 }\n\
     html, body { margin: 0; padding: 0 }\n\
     svg { display: block; width: 210mm; height: 297mm; break-after: page }\n\
     svg:last-child { break-after: auto }\n";

/// One HTML document whose body is `body`, with the print style.
fn html(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title>\n\
         <style>\n{PRINT_STYLE}</style></head>\n<body>\n{body}</body></html>\n"
    )
}

/// The directory the benchmark's files go to: `target/bench-report`, or
/// under `CARGO_TARGET_DIR` when that is set.
fn out_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("bench-report")
}

/// Headless Chromium with its own profile directory, reused by every run
/// so that only the first (untimed) run pays for creating it.
struct Chromium {
    program: String,
    profile: PathBuf,
}

impl Chromium {
    /// `LEADLEDGER_CHROMIUM`, else `chromium` on PATH, if it answers
    /// `--version`.
    fn find(dir: &Path) -> Option<Chromium> {
        let program = std::env::var("LEADLEDGER_CHROMIUM").unwrap_or_else(|_| "chromium".into());
        let ok = Command::new(&program)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Chromium {
            program,
            profile: dir.join("chromium-profile"),
        })
    }

    /// Prints `page` to `pdf` and returns the wall time from spawning the
    /// browser to its exit. `--no-sandbox` because benchmarks often run as
    /// root in a container, where Chromium's sandbox refuses to start.
    fn print(&self, page: &Path, pdf: &Path) -> Result<Duration, String> {
        let _ = std::fs::remove_file(pdf);
        let start = Instant::now();
        let out = Command::new(&self.program)
            .args(["--headless=new", "--no-sandbox", "--disable-gpu"])
            .arg(format!("--user-data-dir={}", self.profile.display()))
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg("--no-pdf-header-footer")
            .arg(format!("file://{}", page.display()))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .map_err(|e| format!("{}: {e}", self.program))?;
        let took = start.elapsed();
        if !out.status.success() || !pdf.exists() {
            let err = String::from_utf8_lossy(&out.stderr);
            let tail: Vec<&str> = err.lines().rev().take(3).collect();
            return Err(format!("{} failed: {}", self.program, tail.join(" / ")));
        }
        Ok(took)
    }
}

/// The number of pages of a PDF, counted as its `/Type /Page` objects
/// (Chromium's and printpdf's files keep them uncompressed).
fn pdf_pages(bytes: &[u8]) -> usize {
    let text = String::from_utf8_lossy(bytes);
    let compact: String = text.split_whitespace().collect();
    compact.matches("/Type/Page").count() - compact.matches("/Type/Pages").count()
}

fn main() {
    let mut numbers = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse::<u32>().ok());
    let runs = numbers.next().unwrap_or(20).max(1);
    let rounds = numbers.next().unwrap_or(7).max(1);
    // A fixed "today" so that every run measures the same data.
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let ds = generate(&DemoOptions {
        today,
        ..DemoOptions::default()
    });
    let req = Request {
        period: Period::year(2025, 1).expect("year"),
        as_of: today,
        model: AttributionModel::FirstTouch,
    };

    // One untimed run parses the fonts and warms the caches, as the first
    // report of a session would.
    let first = render_report(&ds, &req, "en", Paper::A4).expect("render");
    let mut total = Duration::ZERO;
    let mut best = Duration::MAX;
    let langs = ["en", "de", "nl", "sv", "ru"];
    for i in 0..runs {
        let lang = langs[i as usize % langs.len()];
        let start = Instant::now();
        let rendered = render_report(&ds, &req, lang, Paper::A4).expect("render");
        let took = start.elapsed();
        std::hint::black_box(&rendered.pdf);
        total += took;
        best = best.min(took);
    }
    println!(
        "report: demo company, year 2025, {} inquiries, {runs} runs (languages in turn): mean {:.1} ms, \
         best {:.1} ms, {} pages, {} KB",
        ds.inquiries.len(),
        ms(total) / f64::from(runs),
        ms(best),
        first.pages,
        first.pdf.len() / 1024
    );
    match peak_mb() {
        Some(mb) => println!("report: peak memory (VmHWM) {mb:.1} MB"),
        None => println!("report: peak memory not available on this platform"),
    }
    if let Err(e) = against_chromium(&ds, &req, rounds) {
        println!("report: Chromium comparison skipped: {e}");
    }
}

/// Part two of the module's doc comment: our PDF against Chromium printing
/// the preview's pages, `rounds` times alternating.
fn against_chromium(ds: &Dataset, req: &Request, rounds: u32) -> Result<(), String> {
    let dir = out_dir();
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let Some(chromium) = Chromium::find(&dir) else {
        return Err(
            "no chromium on PATH (scripts/bench-pdf installs Debian's package, \
                    or set LEADLEDGER_CHROMIUM to a Chromium or Chrome binary)"
                .into(),
        );
    };
    let ours = render_report(ds, req, "en", Paper::A4).map_err(|e| e.message)?;
    let pages = preview(ds, req, "en", Paper::A4).map_err(|e| e.message)?;
    let write = |name: &str, bytes: &[u8]| -> Result<PathBuf, String> {
        let path = dir.join(name);
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(path)
    };
    write("ours.pdf", &ours.pdf)?;
    let report_html = write("report.html", html("report", &pages.concat()).as_bytes())?;
    let empty_html = write("empty.html", html("empty", "").as_bytes())?;
    let report_pdf = dir.join("chromium.pdf");
    let empty_pdf = dir.join("chromium-empty.pdf");

    // Untimed: creates the profile and brings the browser's files into the
    // page cache, as any run after the first on a desktop finds them.
    chromium.print(&empty_html, &empty_pdf)?;
    chromium.print(&report_html, &report_pdf)?;

    let (mut own, mut full, mut empty, mut net) = (vec![], vec![], vec![], vec![]);
    let ours_once = || {
        let start = Instant::now();
        let r = render_report(ds, req, "en", Paper::A4).expect("render");
        let took = start.elapsed();
        std::hint::black_box(&r.pdf);
        ms(took)
    };
    for _ in 0..rounds {
        own.push(ours_once());
        let f = ms(chromium.print(&report_html, &report_pdf)?);
        own.push(ours_once());
        let e = ms(chromium.print(&empty_html, &empty_pdf)?);
        full.push(f);
        empty.push(e);
        net.push(f - e);
    }
    let chromium_bytes = std::fs::read(&report_pdf).map_err(|e| e.to_string())?;
    let (o, f, e, n) = (median(&own), median(&full), median(&empty), median(&net));
    let verdict = if o <= 100.0 { "within" } else { "over" };
    println!(
        "report: vs Chromium, {rounds} rounds alternating, English, A4: ours median {o:.1} ms \
         ({verdict} the 100 ms goal), {} pages, {} KB",
        ours.pages,
        ours.pdf.len() / 1024
    );
    println!(
        "report: Chromium printing the preview's {} SVG pages: median {f:.1} ms with the browser's start, \
         {} pages, {} KB; an empty A4 page {e:.1} ms",
        pages.len(),
        pdf_pages(&chromium_bytes),
        chromium_bytes.len() / 1024
    );
    println!(
        "report: ratio ours / Chromium: {:.3} against the whole run, {:.3} against the run less the \
         empty page (median of the rounds' differences, {n:.1} ms)",
        o / f,
        o / n
    );
    println!("report: files in {}", dir.display());
    Ok(())
}
