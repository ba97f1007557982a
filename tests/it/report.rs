//! The management report end to end: PDFs in five languages checked with
//! the tools a user's PDF reader would trust (qpdf, pdffonts, pdftotext,
//! pdfinfo from poppler-utils), the engine's figures found in the text as
//! each language formats them, edge cases (no data, undefined figures, 60
//! sources with long names, US Letter), and page images of the demo report
//! compared with committed references (`LEADLEDGER_BLESS=1` rewrites them;
//! see `images`). `LEADLEDGER_REPORT_KEEP=DIR` keeps every PDF the tests
//! make, to look at.

mod calls;
mod funnel;
mod images;
mod rounding;

use crate::common::{d, lead, source, spend, won};
use leadledger::atomic;
use leadledger::demo::{generate, DemoOptions};
use leadledger::i18n::{format_count, format_money, format_pct, Translator, LANGUAGES};
use leadledger::metrics::{self, AttributionModel, Period, Request};
use leadledger::records::{Channel, Dataset, Settings, DEFAULT_CHANNELS};
use leadledger::report::{render_report, Paper};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The demo company as of a fixed day, so that every run sees the same data.
const TODAY: (i32, u32, u32) = (2026, 11, 22);

fn demo() -> &'static Dataset {
    static DEMO: OnceLock<Dataset> = OnceLock::new();
    DEMO.get_or_init(|| {
        let today = d(TODAY.0, TODAY.1, TODAY.2);
        generate(&DemoOptions {
            today,
            ..DemoOptions::default()
        })
    })
}

fn year_to_date() -> Request {
    let today = d(TODAY.0, TODAY.1, TODAY.2);
    Request {
        period: Period::year(TODAY.0, 1).unwrap(),
        as_of: today,
        model: AttributionModel::FirstTouch,
    }
}

/// Runs a tool from poppler-utils or qpdf; a missing tool fails the test
/// with the package to install.
fn pdf_tool(tool: &str, args: &[&str]) -> std::process::Output {
    Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("cannot run {tool} ({e}); install the Debian packages qpdf and poppler-utils")
    })
}

/// Writes the PDF like the command line does, checks it with qpdf and
/// pdffonts, and returns its text (pages separated by form feeds) with
/// every kind of space made a plain space, as pdftotext does.
fn check_pdf(dir: &Path, name: &str, pdf: &[u8]) -> (PathBuf, String) {
    let path = dir.join(name);
    atomic::write(&path, pdf).unwrap();
    // LEADLEDGER_REPORT_KEEP=DIR keeps a copy of every PDF to look at.
    if let Some(keep) = std::env::var_os("LEADLEDGER_REPORT_KEEP") {
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::copy(&path, Path::new(&keep).join(name)).unwrap();
    }
    let qpdf = pdf_tool("qpdf", &["--check", path.to_str().unwrap()]);
    assert!(
        qpdf.status.success(),
        "qpdf --check {name}: {}",
        String::from_utf8_lossy(&qpdf.stdout)
    );
    let fonts = pdf_tool("pdffonts", &[path.to_str().unwrap()]);
    assert!(fonts.status.success());
    let listing = String::from_utf8_lossy(&fonts.stdout).to_string();
    let rows: Vec<&str> = listing
        .lines()
        .skip(2)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert!(!rows.is_empty(), "{name}: no fonts listed\n{listing}");
    for row in rows {
        // name, type (one or two words), encoding, then emb sub uni.
        let cols: Vec<&str> = row.split_whitespace().collect();
        let emb = cols[cols.len() - 5];
        assert_eq!(emb, "yes", "{name}: font not embedded: {row}");
        assert!(row.contains("DejaVuSans"), "{name}: unexpected font {row}");
    }
    let text = pdf_tool("pdftotext", &["-enc", "UTF-8", path.to_str().unwrap(), "-"]);
    assert!(text.status.success());
    (path, normalise(&String::from_utf8_lossy(&text.stdout)))
}

/// Text as compared: no-break spaces made plain and every run of
/// whitespace within a page one space, so that a phrase wrapped over two
/// lines is still found. Pages stay separated by form feeds.
fn normalise(s: &str) -> String {
    s.replace(['\u{a0}', '\u{202f}'], " ")
        .replace('\u{ad}', "")
        .split('\u{c}')
        .map(|page| page.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\u{c}")
}

fn page_size(path: &Path) -> String {
    let info = pdf_tool("pdfinfo", &[path.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&info.stdout).to_string();
    out.lines()
        .find(|l| l.starts_with("Page size:"))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn five_languages_pass_the_pdf_tools_and_show_the_engines_figures() {
    let dir = tempfile::tempdir().unwrap();
    let ds = demo();
    let req = year_to_date();
    let report = metrics::compute(ds, &req);
    let c = &report.company;
    for lang in LANGUAGES {
        let tr = Translator::new(lang).unwrap();
        let rendered = render_report(ds, &req, lang, Paper::A4).unwrap();
        assert!(rendered.pages >= 7, "{lang}: {} pages", rendered.pages);
        assert!(
            rendered.pdf.len() < 200_000,
            "{lang}: {} bytes; fonts not subset?",
            rendered.pdf.len()
        );
        let (path, text) = check_pdf(dir.path(), &format!("report-{lang}.pdf"), &rendered.pdf);
        assert_eq!(
            text.matches('\u{c}').count(),
            rendered.pages,
            "{lang}: page count"
        );
        assert!(
            page_size(&path).contains("(A4)"),
            "{lang}: {}",
            page_size(&path)
        );
        let expected = [
            ("title", tr.t("report-title")),
            ("company", ds.settings.company_name.clone()),
            ("year to date", tr.t("report-cover-ytd")),
            (
                "total revenue",
                format_money(c.total_revenue.unwrap(), &report.currency, lang),
            ),
            ("roi", format_pct(c.roi_pct.unwrap(), lang)),
            ("leads", format_count(c.leads.unwrap(), lang)),
            ("as-of date", tr.date(req.as_of)),
        ];
        for (what, value) in expected {
            assert!(
                text.contains(&normalise(&value)),
                "{lang}: {what} {value:?} not in the PDF text"
            );
        }
        // The cover carries the headline figures on page 1.
        let cover = text.split('\u{c}').next().unwrap();
        for value in [
            format_money(c.total_revenue.unwrap(), &report.currency, lang),
            format_pct(c.roi_pct.unwrap(), lang),
        ] {
            assert!(
                cover.contains(&normalise(&value)),
                "{lang}: {value} not on the cover"
            );
        }
        // Definitions come from the same translation files as the UI.
        assert!(
            text.contains(&normalise(&first_words(&tr.t("figure-cpl-definition")))),
            "{lang}: CPL definition"
        );
    }
}

/// The first few words of a sentence (a wrapped paragraph keeps them on
/// one line).
fn first_words(s: &str) -> String {
    s.split(' ').take(3).collect::<Vec<_>>().join(" ")
}

#[test]
fn a_period_with_no_data_renders_with_na_and_empty_charts() {
    let dir = tempfile::tempdir().unwrap();
    let ds = demo();
    let req = Request {
        period: Period::year(2012, 1).unwrap(),
        as_of: d(2026, 11, 22),
        model: AttributionModel::Linear,
    };
    for lang in ["en", "ru"] {
        let tr = Translator::new(lang).unwrap();
        let rendered = render_report(ds, &req, lang, Paper::A4).unwrap();
        let (_, text) = check_pdf(dir.path(), &format!("empty-{lang}.pdf"), &rendered.pdf);
        assert!(text.contains(&tr.na()), "{lang}: n/a");
        assert!(
            text.contains(&tr.t("chart-no-data")),
            "{lang}: empty chart note"
        );
        assert!(
            text.contains(&normalise(&format_money(Decimal::ZERO, "EUR", lang))),
            "{lang}: zero money"
        );
        assert!(text.contains(&tr.t("report-title")));
    }
    // As-of before the period: nothing is effective, the warning says why.
    let before = Request {
        period: Period::year(2027, 1).unwrap(),
        as_of: d(2026, 11, 22),
        model: AttributionModel::FirstTouch,
    };
    let rendered = render_report(ds, &before, "de", Paper::A4).unwrap();
    let (_, text) = check_pdf(dir.path(), "before.pdf", &rendered.pdf);
    assert!(
        text.contains("Stichtag 22.11.2026"),
        "empty-period warning in German"
    );
}

fn channels() -> Vec<Channel> {
    DEFAULT_CHANNELS
        .iter()
        .enumerate()
        .map(|(i, c)| Channel {
            id: i as i64 + 1,
            name: c.name.to_string(),
            direction: c.direction,
        })
        .collect()
}

fn settings(name: &str, currency: &str) -> Settings {
    Settings {
        company_name: name.into(),
        currency: currency.into(),
        ..Settings::default()
    }
}

#[test]
fn undefined_figures_print_na_in_each_language() {
    // Leads but no spend and no deals: ROI, ROMI, CAC and the rates that
    // divide by spend or customers are undefined.
    let ds = Dataset {
        settings: settings("", "SEK"),
        channels: channels(),
        sources: vec![source(1, 13, "Unknown"), source(2, 5, "Partner network")],
        inquiries: (0..3)
            .map(|i| lead(&format!("I{i}"), d(2025, 3, 1 + i), 2, &[], "Customer"))
            .collect(),
        ..Dataset::default()
    };
    let req = Request {
        period: Period::year(2025, 1).unwrap(),
        as_of: d(2026, 1, 15),
        model: AttributionModel::FirstTouch,
    };
    let report = metrics::compute(&ds, &req);
    assert_eq!((report.company.roi_pct, report.company.cac), (None, None));
    let dir = tempfile::tempdir().unwrap();
    for lang in LANGUAGES {
        let tr = Translator::new(lang).unwrap();
        let rendered = render_report(&ds, &req, lang, Paper::A4).unwrap();
        let (_, text) = check_pdf(dir.path(), &format!("undefined-{lang}.pdf"), &rendered.pdf);
        let cover = text.split('\u{c}').next().unwrap();
        assert!(cover.contains(&tr.na()), "{lang}: ROI tile shows n/a");
        assert!(
            cover.contains(&tr.t("report-unnamed-company")),
            "{lang}: unnamed company"
        );
        assert!(
            text.matches(&tr.na()).count() > 10,
            "{lang}: undefined figures"
        );
        assert!(!text.contains("NaN"), "{lang}");
        // A full past year is not a year to date.
        assert!(!cover.contains(&tr.t("report-cover-ytd")), "{lang}");
    }
}

/// 60 sources across the default channels, some with very long names (one
/// without any space), each with spend, leads and a won deal.
fn sixty_sources() -> Dataset {
    let mut ds = Dataset {
        settings: settings("Nordic Sheet Metal AB", "SEK"),
        channels: channels(),
        ..Dataset::default()
    };
    ds.settings.language = "sv".into();
    ds.sources.push(source(1, 13, "Unknown"));
    for i in 0..60i64 {
        let name = match i % 4 {
            0 => format!("SRC{i:03} Regional distributor directory for precision sheet metal parts and assemblies in Scandinavia and the Baltic states"),
            1 => format!("SRC{i:03}{}", "X".repeat(180)),
            _ => format!("SRC{i:03} Fair {}", 2000 + i),
        };
        let id = i + 2;
        ds.sources.push(source(id, i % 12 + 1, &name));
        ds.spend.push(spend(
            id,
            d(2025, (i % 12) as u32 + 1, 10),
            Decimal::new(125_050 + i * 1_001, 2),
            Some(id),
        ));
        for k in 0..(i % 5 + 1) {
            let inq = format!("Q{i}-{k}");
            let received = d(2025, (k % 12) as u32 + 1, 3);
            ds.inquiries.push(lead(&inq, received, id, &[], "Customer"));
            if k == 0 {
                ds.deals.push(won(
                    &format!("D{i}"),
                    Some(&inq),
                    &format!("Customer {i}"),
                    d(2025, 6, 1),
                    Decimal::new(1_000_000 + i * 37, 2),
                ));
            }
        }
    }
    ds
}

#[test]
fn sixty_sources_with_long_names_continue_across_pages_on_letter_paper() {
    let ds = sixty_sources();
    let req = Request {
        period: Period::year(2025, 1).unwrap(),
        as_of: d(2026, 2, 1),
        model: AttributionModel::Linear,
    };
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "sv", "ru"] {
        let tr = Translator::new(lang).unwrap();
        let rendered = render_report(&ds, &req, lang, Paper::Letter).unwrap();
        let (path, text) = check_pdf(dir.path(), &format!("sixty-{lang}.pdf"), &rendered.pdf);
        assert!(
            page_size(&path).contains("612 x 792"),
            "{lang}: {}",
            page_size(&path)
        );
        for i in 0..60 {
            assert!(
                text.contains(&format!("SRC{i:03}")),
                "{lang}: source {i} missing"
            );
        }
        // The source table runs over several pages, each with its header.
        let source_col = tr.t("report-col-source");
        let pages_with_rows: Vec<&str> = text
            .split('\u{c}')
            .filter(|p| p.contains("SRC0") && p.contains(&source_col))
            .collect();
        assert!(
            pages_with_rows.len() >= 3,
            "{lang}: source table on {} pages",
            pages_with_rows.len()
        );
        let total = metrics::compute(&ds, &req).company.revenue.unwrap();
        assert!(
            text.contains(&normalise(&format_money(total, "SEK", lang))),
            "{lang}: total revenue"
        );
    }
}

#[test]
fn letter_and_a4_give_their_page_sizes() {
    let dir = tempfile::tempdir().unwrap();
    let ds = demo();
    let a4 = render_report(ds, &year_to_date(), "nl", Paper::A4).unwrap();
    let letter = render_report(ds, &year_to_date(), "nl", Paper::Letter).unwrap();
    let (a4_path, _) = check_pdf(dir.path(), "a4.pdf", &a4.pdf);
    let (letter_path, text) = check_pdf(dir.path(), "letter.pdf", &letter.pdf);
    assert!(
        page_size(&a4_path).contains("595.276 x 841.89"),
        "{}",
        page_size(&a4_path)
    );
    assert!(
        page_size(&letter_path).contains("612 x 792"),
        "{}",
        page_size(&letter_path)
    );
    assert!(text.contains("Pagina 1 van"));
}

#[test]
fn a_quarter_to_date_says_to_date_not_year_to_date() {
    let dir = tempfile::tempdir().unwrap();
    let req = Request {
        period: Period::quarter(TODAY.0, 4, 1).unwrap(),
        as_of: d(TODAY.0, TODAY.1, TODAY.2),
        model: AttributionModel::TimeDecay,
    };
    let tr = Translator::new("en").unwrap();
    let rendered = render_report(demo(), &req, "en", Paper::A4).unwrap();
    let (_, text) = check_pdf(dir.path(), "quarter.pdf", &rendered.pdf);
    let cover = text.split('\u{c}').next().unwrap();
    assert!(cover.contains(&tr.t("report-cover-ptd")));
    assert!(!cover.contains(&tr.t("report-cover-ytd")));
    assert!(
        cover.contains("1 Oct 2025 – 22 Nov 2025"),
        "the same span last year"
    );
}

#[test]
fn unknown_language_and_paper_are_refused() {
    let e = render_report(demo(), &year_to_date(), "fr", Paper::A4).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("lang"));
    assert_eq!(
        Paper::parse("a3").unwrap_err().field.as_deref(),
        Some("paper")
    );
}
