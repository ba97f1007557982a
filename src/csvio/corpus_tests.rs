//! The corpus of awkward files in `tests/data/csv/`, each read as a user
//! would hand it over, with exactly what must be detected, read or refused.

use super::*;
use crate::records::{DealStatus, InquiryKind, SpendCategory, SpendDirection};
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal_macros::dec;

macro_rules! corpus {
    ($name:literal) => {
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/csv/",
            $name
        ))
    };
}

fn ok(kind: Kind, bytes: &[u8]) -> Parsed {
    match parse(kind, bytes) {
        Ok(p) => p,
        Err(r) => panic!("refused: {:#?}", r.errors),
    }
}

/// The `(row, column)` of every error, in order.
fn refused(kind: Kind, bytes: &[u8]) -> (Rejected, Vec<(usize, Option<String>)>) {
    let r = parse(kind, bytes).expect_err("the file should be refused");
    let at = r.errors.iter().map(|e| (e.row, e.column.clone())).collect();
    (r, at)
}

fn at(row: usize, column: &str) -> (usize, Option<String>) {
    (row, Some(column.to_string()))
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn time(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> NaiveDateTime {
    day(y, m, d).and_hms_opt(h, min, s).unwrap()
}

fn detected(
    encoding: &'static str,
    delimiter: char,
    decimal: Option<char>,
    dates: &'static str,
) -> Detected {
    Detected {
        encoding,
        encoding_guessed: false,
        delimiter,
        decimal_separator: decimal,
        date_format: dates,
    }
}

#[test]
fn bom_crlf_and_currency_marks() {
    let p = ok(Kind::Spend, corpus!("spend_bom_crlf.csv"));
    assert_eq!(
        p.detected,
        detected("UTF-8 with BOM", ',', Some('.'), "YYYY-MM-DD")
    );
    let Rows::Spend(rows) = p.rows else {
        panic!("not spend")
    };
    let got: Vec<_> = rows
        .iter()
        .map(|r| (r.row, r.date, r.amount, r.category))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                2,
                day(2026, 1, 5),
                dec!(1234.50),
                SpendCategory::Advertising
            ),
            (3, day(2026, 1, 6), dec!(1200.00), SpendCategory::Events),
            (4, day(2026, 1, 31), dec!(4500), SpendCategory::Labor),
            (5, day(2026, 2, 1), dec!(99.9), SpendCategory::Software),
        ]
    );
    assert_eq!(rows[0].source.as_deref(), Some("Google Ads"));
    assert_eq!(rows[0].direction, None);
    assert_eq!(rows[1].note.as_deref(), Some("Stand, power and Wi-Fi"));
    assert_eq!(rows[2].direction, Some(SpendDirection::Outbound));
    assert_eq!(rows[2].source, None);
}

#[test]
fn semicolon_decimal_comma_day_first() {
    let p = ok(Kind::Spend, corpus!("spend_semicolon_de.csv"));
    assert_eq!(p.detected, detected("UTF-8", ';', Some(','), "DD.MM.YYYY"));
    let Rows::Spend(rows) = p.rows else {
        panic!("not spend")
    };
    let got: Vec<_> = rows.iter().map(|r| (r.row, r.date, r.amount)).collect();
    assert_eq!(
        got,
        vec![
            (2, day(2026, 11, 22), dec!(1234.56)),
            (3, day(2026, 12, 1), dec!(12.50)),
            (4, day(2026, 12, 2), dec!(1500)),
            (5, day(2026, 12, 3), dec!(1000)),
        ]
    );
    assert_eq!(rows[1].note.as_deref(), Some("Lizenz für Müller"));
    assert_eq!(rows[1].direction, Some(SpendDirection::Shared));
}

#[test]
fn windows_1252_bytes() {
    let p = ok(Kind::Deals, corpus!("deals_cp1252.csv"));
    assert_eq!(
        p.detected,
        detected("Windows-1252", ';', Some(','), "YYYY-MM-DD")
    );
    let Rows::Deals(rows) = p.rows else {
        panic!("not deals")
    };
    let got: Vec<_> = rows
        .iter()
        .map(|r| (r.company.as_str(), r.status, r.amount, r.closed_at))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "Müller GmbH",
                DealStatus::Won,
                dec!(12500.00),
                Some(day(2026, 3, 2))
            ),
            (
                "Société Générale",
                DealStatus::Lost,
                dec!(3400.00),
                Some(day(2026, 3, 5))
            ),
            ("Stahlbau Süd", DealStatus::Open, dec!(980.00), None),
        ]
    );
    assert_eq!(
        rows[1].lost_reason.as_deref(),
        Some("Preis zu hoch (Großauftrag)")
    );
}

#[test]
fn tab_delimited_inquiries() {
    let p = ok(Kind::Inquiries, corpus!("inquiries_tab.tsv"));
    assert_eq!(p.detected, detected("UTF-8", '\t', Some('.'), "YYYY-MM-DD"));
    let Rows::Inquiries(rows) = p.rows else {
        panic!("not inquiries")
    };
    let got: Vec<_> = rows
        .iter()
        .map(|r| (r.id.as_deref().unwrap(), r.received_at, r.kind, r.is_lead))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Q-1", time(2026, 2, 3, 9, 15, 0), InquiryKind::Call, true),
            ("Q-2", time(2026, 2, 4, 14, 30, 0), InquiryKind::Rfq, false),
            ("Q-3", time(2026, 2, 5, 0, 0, 0), InquiryKind::WebForm, true),
            (
                "Q-4",
                time(2026, 2, 6, 23, 59, 59),
                InquiryKind::Email,
                true
            ),
        ]
    );
    let q1 = &rows[0];
    assert_eq!(
        q1.touchpoints,
        vec![
            ("Trade fair Essen".to_string(), day(2026, 1, 20)),
            ("LinkedIn".to_string(), day(2026, 1, 28)),
        ]
    );
    assert_eq!(q1.phone.as_deref(), Some("+49 711 5550120"));
    assert_eq!(q1.estimated_value, Some(dec!(12000)));
    assert_eq!(q1.notes, None);
    assert_eq!(rows[1].source.as_deref(), Some("Unknown"));
    assert_eq!(rows[1].company, None);
    assert_eq!(rows[2].source, None);
    assert_eq!(rows[2].estimated_value, Some(dec!(1500.50)));
}

#[test]
fn quoted_newlines_keep_row_numbers() {
    let (r, errs) = refused(Kind::Inquiries, corpus!("inquiries_multiline.csv"));
    assert_eq!(errs, vec![at(5, "kind"), at(7, "received_at")]);
    assert!(r.errors[0].reason.contains("telegram") && r.errors[0].reason.contains("web_form"));
    // The multi-line record itself is fine and keeps its text.
    let fixed = String::from_utf8(corpus!("inquiries_multiline.csv").to_vec())
        .unwrap()
        .replace("telegram", "call")
        .replace("2026-02-31", "2026-02-28");
    let Rows::Inquiries(rows) = ok(Kind::Inquiries, fixed.as_bytes()).rows else {
        panic!()
    };
    assert_eq!(
        rows.iter().map(|r| r.row).collect::<Vec<_>>(),
        vec![2, 5, 7]
    );
    let notes = rows[0].notes.as_deref().unwrap();
    assert_eq!(
        notes,
        "first line\nsecond line, with comma\nthird \"quoted\" line"
    );
}

#[test]
fn ragged_rows_are_named() {
    let (r, errs) = refused(Kind::Spend, corpus!("spend_ragged.csv"));
    assert_eq!(errs, vec![(3, None), (5, None)]);
    assert!(r.errors[0].reason.contains("3 fields") && r.errors[0].reason.contains("header has 4"));
    assert!(r.errors[1].reason.contains("5 fields"));
}

#[test]
fn formula_cells() {
    let p = ok(Kind::Inquiries, corpus!("inquiries_formulas.csv"));
    let Rows::Inquiries(rows) = p.rows else {
        panic!("not inquiries")
    };
    let cells: Vec<_> = rows
        .iter()
        .map(|r| {
            (
                r.company.as_deref(),
                r.phone.as_deref(),
                r.source.as_deref(),
                r.notes.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        cells,
        vec![
            (
                Some("=SUM(A1:A9)"),
                Some("+49 30 1234567"),
                Some("Google Ads"),
                Some("@mention")
            ),
            (
                Some("=HYPERLINK(\"http://x.example\")"),
                Some("+49 30 7654321"),
                Some("Google Ads"),
                Some("-")
            ),
            (
                Some("'Quoted name"),
                Some("030 111"),
                Some("-Unknown"),
                Some("'=kept")
            ),
        ]
    );
}

#[test]
fn unknown_and_missing_columns() {
    let (r, errs) = refused(Kind::Spend, corpus!("spend_unknown_column.csv"));
    assert_eq!(errs, vec![at(1, "vat")]);
    assert!(r.errors[0].reason.contains("unknown column \"vat\""));
    let (r, errs) = refused(Kind::Deals, corpus!("deals_missing_required.csv"));
    assert_eq!(errs, vec![at(1, "amount")]);
    assert!(r.errors[0]
        .reason
        .contains("required column \"amount\" is missing"));
}

#[test]
fn one_bad_amount_in_row_37() {
    let (r, errs) = refused(Kind::Spend, corpus!("spend_row37.csv"));
    assert_eq!(errs, vec![at(37, "amount")]);
    assert!(r.errors[0].reason.contains("12,5O"));
    assert_eq!(r.detected.unwrap().decimal_separator, Some(','));
    let e = parse(Kind::Spend, corpus!("spend_row37.csv"))
        .unwrap_err()
        .to_error("spend_row37.csv");
    assert!(e.message.contains("row 37, amount"), "{}", e.message);
}

#[test]
fn ambiguous_and_conflicting_amounts() {
    let (r, errs) = refused(Kind::Spend, corpus!("spend_ambiguous.csv"));
    assert_eq!(errs, vec![at(2, "amount"), at(4, "amount")]);
    assert!(r.errors.iter().all(|e| e.reason.contains("ambiguous")));
    assert_eq!(r.detected.unwrap().decimal_separator, None);
    let (r, errs) = refused(Kind::Spend, corpus!("spend_conflict.csv"));
    assert_eq!(errs, vec![at(4, "amount")]);
    assert!(r.errors[0].reason.contains("decimal separator"));
    assert_eq!(r.detected.unwrap().decimal_separator, Some('.'));
}

#[test]
fn slash_dates() {
    let p = ok(Kind::Deals, corpus!("deals_slash_dayfirst.csv"));
    assert_eq!(p.detected.date_format, "DD/MM/YYYY");
    let Rows::Deals(rows) = p.rows else {
        panic!("not deals")
    };
    let got: Vec<_> = rows.iter().map(|r| (r.quoted_at, r.closed_at)).collect();
    assert_eq!(
        got,
        vec![
            (Some(day(2026, 11, 5)), Some(day(2026, 11, 22))),
            (Some(day(2026, 12, 1)), Some(day(2026, 12, 3))),
        ]
    );
    let (r, errs) = refused(Kind::Deals, corpus!("deals_slash_ambiguous.csv"));
    assert_eq!(
        errs,
        vec![at(2, "quoted_at"), at(2, "closed_at"), at(3, "quoted_at")]
    );
    assert!(r.errors.iter().all(|e| e.reason.contains("ambiguous")));
}

#[test]
fn mixed_date_formats() {
    let (r, errs) = refused(Kind::Deals, corpus!("deals_mixed_dates.csv"));
    assert_eq!(errs, vec![at(3, "closed_at")]);
    assert!(r.errors[0].reason.contains("one date format"));
}

#[test]
fn deal_rules() {
    let (r, errs) = refused(Kind::Deals, corpus!("deals_rules.csv"));
    assert_eq!(
        errs,
        vec![
            at(2, "closed_at"),
            at(3, "closed_at"),
            at(5, "id"),
            at(6, "company"),
            at(6, "status"),
            at(6, "amount"),
            at(7, "amount"),
        ]
    );
    let reasons: Vec<&str> = r.errors.iter().map(|e| e.reason.as_str()).collect();
    assert!(reasons[0].contains("before it was quoted"));
    assert!(reasons[1].contains("required unless the status is open"));
    assert!(reasons[2].contains("already appears in row 2"));
    assert!(reasons[4].contains("open, won, lost"));
    assert!(reasons[5].contains("negative"));
    assert!(reasons[6].contains("more than 2 decimals"));
}

#[test]
fn traffic_months_and_counts() {
    let (r, errs) = refused(Kind::Traffic, corpus!("traffic_months.csv"));
    assert_eq!(errs, vec![at(5, "source"), at(6, "month")]);
    assert!(r.errors[0].reason.contains("already appears in row 3"));
    assert_eq!(r.detected.unwrap(), detected("UTF-8", ';', None, "MM.YYYY"));
    let text = String::from_utf8(corpus!("traffic_months.csv").to_vec()).unwrap();
    let good: String = text.lines().take(4).map(|l| format!("{l}\n")).collect();
    let Rows::Traffic(rows) = ok(Kind::Traffic, good.as_bytes()).rows else {
        panic!()
    };
    let got: Vec<_> = rows
        .iter()
        .map(|r| (r.month, r.source.as_str(), r.visitors))
        .collect();
    assert_eq!(
        got,
        vec![
            (day(2026, 3, 1), "Organic search", 1234),
            (day(2026, 4, 1), "Organic search", 987),
            (day(2026, 5, 1), "Organic search", 1500),
        ]
    );
}

#[test]
fn sources_and_targets() {
    let (r, errs) = refused(Kind::Sources, corpus!("sources.csv"));
    assert_eq!(errs, vec![at(4, "source"), at(4, "direction")]);
    assert!(r.errors[1].reason.contains("inbound, outbound"));
    let text = String::from_utf8(corpus!("sources.csv").to_vec()).unwrap();
    let good: String = text.lines().take(3).map(|l| format!("{l}\n")).collect();
    let Rows::Sources(rows) = ok(Kind::Sources, good.as_bytes()).rows else {
        panic!()
    };
    assert_eq!(
        rows[0].tracking_numbers,
        vec!["+49 711 5550120", "0711 5550121"]
    );
    assert_eq!(rows[0].direction, Some(crate::records::Direction::Inbound));
    assert_eq!(rows[0].utm_medium.as_deref(), Some("cpc"));
    assert_eq!(rows[0].utm_campaign, None);
    assert_eq!(
        (
            rows[1].channel.as_str(),
            rows[1].name.as_str(),
            rows[1].direction
        ),
        ("Trade shows", "Trade fair Essen", None)
    );

    let (_, errs) = refused(Kind::Targets, corpus!("targets.csv"));
    assert_eq!(
        errs,
        vec![
            at(4, "year"),
            at(5, "year"),
            at(5, "sales_target"),
            at(5, "lead_target")
        ]
    );
    let text = String::from_utf8(corpus!("targets.csv").to_vec()).unwrap();
    let good: String = text.lines().take(3).map(|l| format!("{l}\n")).collect();
    let Rows::Targets(rows) = ok(Kind::Targets, good.as_bytes()).rows else {
        panic!()
    };
    let got: Vec<_> = rows
        .iter()
        .map(|r| (r.year, r.sales_target, r.lead_target))
        .collect();
    assert_eq!(
        got,
        vec![
            (2026, Some(dec!(1500000.00)), Some(120)),
            (2027, None, None)
        ]
    );
}

#[test]
fn preview_shows_the_first_rows() {
    let (d, rows) = preview(corpus!("spend_semicolon_de.csv"), 2).unwrap();
    assert_eq!(d, detected("UTF-8", ';', Some(','), "DD.MM.YYYY"));
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0][0], "date");
    assert_eq!(rows[2][1], "12,50 €");
    let (d, rows) = preview(corpus!("deals_cp1252.csv"), 10).unwrap();
    assert_eq!(d.encoding, "Windows-1252");
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[1][1], "Müller GmbH");
    let r = preview(b"", 5).unwrap_err();
    assert_eq!(r.errors[0].reason, "the file is empty");
}

#[test]
fn identical_spend_rows() {
    let (r, errs) = refused(Kind::Spend, corpus!("spend_duplicates.csv"));
    assert_eq!(errs, vec![(3, None)]);
    assert_eq!(
        r.errors[0].reason,
        "the same spend already appears in row 2"
    );
}
