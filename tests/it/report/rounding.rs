//! One rounding (issue 11): a figure is rounded once, from the engine's exact
//! value, half away from zero, wherever it is shown. The dashboard once sent
//! the JSON's two decimals ("-66.85") and the page rounded them again to
//! "-66.9 %" while the PDF and `leadledger metrics` showed "-66.8 %".
//!
//! The cases of `ui/src/test/rounding-cases.json` are shared with the page's
//! tests (`ui/src/lib/format.test.ts`): the Rust formatting and the page's
//! give the same text for each, and the dashboard hands the page the exact
//! value, which it rounds as those tests show.

use super::check_pdf;
use crate::common::{d, rfq_input, save_source};
use leadledger::api::{DealInput, NewCompany, Session, SpendCell};
use leadledger::i18n::{format_number, format_pct};
use leadledger::metrics::{self, AttributionModel, Period, Request};
use leadledger::report::{render_report, Paper};
use leadledger::store::Store;
use rust_decimal::Decimal;
use std::process::Command;

const CASES: &str = include_str!("../../../ui/src/test/rounding-cases.json");

fn pct_cases() -> Vec<(String, String)> {
    let v: serde_json::Value = serde_json::from_str(CASES).unwrap();
    v["pct"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c[0].as_str().unwrap().to_string(),
                c[1].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn the_shared_cases_round_in_rust_as_on_the_page() {
    let cases = pct_cases();
    assert!(cases.len() >= 10);
    for (exact, shown) in cases {
        assert_eq!(format_number(dec(&exact), 1, "en"), shown, "{exact}");
        assert_eq!(
            format_pct(dec(&exact), "en"),
            format!("{shown}%"),
            "{exact}"
        );
    }
}

/// A company whose ROI is exactly −66.84975 %: spend 1,000.00, one won deal
/// of 947.15 at a gross margin of 35 % (331.5025 − 1,000 over 1,000).
fn exact_roi_company(path: &std::path::Path, today: chrono::NaiveDate) -> Session {
    let s = Session::start_on(path.to_path_buf(), today).unwrap();
    s.create_company(NewCompany {
        name: "Rundung GmbH".into(),
        currency: "EUR".into(),
        fiscal_year_start_month: 1,
        language: "en".into(),
    })
    .unwrap();
    let mut settings = s.settings().unwrap();
    settings.gross_margin = dec("0.35");
    s.update_settings(settings).unwrap();
    let fair = save_source(&s, "Blechexpo", "Trade shows", &[]);
    s.save_spend_cell(SpendCell {
        source_id: fair.id,
        year: 2026,
        month: 2,
        amount: dec("1000.00"),
    })
    .unwrap();
    let inquiry = s
        .log_inquiry(rfq_input(
            d(2026, 3, 2).and_hms_opt(10, 0, 0).unwrap(),
            "Acme",
            Some(fair.id),
        ))
        .unwrap()
        .inquiry;
    s.save_deal(DealInput {
        id: None,
        inquiry_id: Some(inquiry.id),
        company: "Acme".into(),
        quoted_at: None,
        closed_at: Some(d(2026, 4, 1)),
        status: "won".into(),
        amount: dec("947.15"),
        lost_reason: None,
        version: None,
    })
    .unwrap();
    s
}

#[test]
fn the_dashboard_the_pdf_and_the_table_show_a_figure_rounded_once() {
    let (exact, shown) = pct_cases()
        .into_iter()
        .find(|(e, _)| e == "-66.84975")
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("once.db");
    let today = d(2026, 6, 15);
    let s = exact_roi_company(&path, today);

    // The engine's exact value.
    let ds = Store::open(&path).unwrap().load_dataset().unwrap();
    let req = Request {
        period: Period::year_to_date(today, 1).unwrap(),
        as_of: today,
        model: AttributionModel::FirstTouch,
    };
    let report = metrics::compute(&ds, &req);
    assert_eq!(report.company.roi_pct, Some(dec(&exact)));

    // The PDF (pdftotext) shows it rounded once.
    let rendered = render_report(&ds, &req, "en", Paper::A4).unwrap();
    let (_, text) = check_pdf(dir.path(), "once.pdf", &rendered.pdf);
    let cover = text.split('\u{c}').next().unwrap();
    assert!(cover.contains(&format!("{shown}%")), "PDF cover: {cover}");
    assert!(!text.contains("-66.9"), "the PDF rounds twice somewhere");

    // The `leadledger metrics` table: the company's ROI row and the source's
    // ROI column.
    let out = Command::new(env!("CARGO_BIN_EXE_leadledger"))
        .arg("--db")
        .arg(&path)
        .args(["metrics", "--as-of", "2026-06-15"])
        .env_remove("LEADLEDGER_DB")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = String::from_utf8(out.stdout).unwrap();
    let roi_row = table
        .lines()
        .find(|l| l.split_whitespace().next() == Some("ROI"))
        .unwrap_or_else(|| panic!("no ROI row in {table}"));
    assert_eq!(roi_row.split_whitespace().last(), Some(shown.as_str()));
    let source_row = table.lines().find(|l| l.starts_with("Blechexpo")).unwrap();
    assert!(
        source_row.split_whitespace().any(|c| c == shown),
        "{source_row}"
    );
    assert!(!table.contains("-66.9"), "{table}");

    // The dashboard hands the page the exact value, which the page rounds
    // once (format.test.ts holds it to the same cases): the tile, the
    // channel and the source rows, the model comparison.
    let q = crate::api::ytd();
    let d = s.dashboard(q.clone()).unwrap();
    let tile = d.kpis.iter().find(|k| k.key == "roi_pct").unwrap();
    assert_eq!(tile.value.as_deref(), Some(exact.as_str()));
    let source = d.sources.iter().find(|r| r.name == "Blechexpo").unwrap();
    assert_eq!(source.roi_pct.as_deref(), Some(exact.as_str()));
    let channel = d.channels.iter().find(|r| r.name == "Trade shows").unwrap();
    assert_eq!(channel.roi_pct.as_deref(), Some(exact.as_str()));
    let cmp = s.model_comparison(q).unwrap();
    let row = cmp
        .channels
        .iter()
        .find(|r| r.name == "Trade shows")
        .unwrap();
    assert!(row
        .roi_pct
        .iter()
        .all(|v| v.as_deref() == Some(exact.as_str())));
}
