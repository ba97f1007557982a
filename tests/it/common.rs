//! Helpers shared by the integration tests: temporary databases and the
//! `leadledger` tool run on them; records for the store (`new_*`); the app
//! on a fresh file and the inputs its forms send; and the records of the
//! metrics engine's `Dataset`, which the `metrics_*` tests and the report
//! tests build their cases from. A helper lives here once two test files
//! need it, so that a change to a record's fields is made in one place.

use chrono::{NaiveDate, NaiveDateTime};
use leadledger::api::{InquiryInput, NewCompany, Session, SourceDto, SourceInput};
use leadledger::records::{
    Channel, Dataset, Deal, DealStatus, Direction, Id, Inquiry, InquiryKind, Settings, Source,
    Spend, SpendCategory, SpendDirection, Touchpoint,
};
use leadledger::store::{NewDeal, NewInquiry, NewSpend, Store};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use tempfile::TempDir;

/// A fresh database file in its own temporary directory (kept alive by the
/// returned `TempDir`).
pub fn new_db(currency: &str) -> (TempDir, PathBuf, Store) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("company.db");
    let store = Store::create(
        &path,
        Settings {
            currency: currency.into(),
            ..Settings::default()
        },
    )
    .expect("create database");
    (dir, path, store)
}

/// Runs the `leadledger` tool on the database file `db`, as a user would:
/// a real process, with the `LEADLEDGER_DB` of the test's environment
/// removed so that only `--db` names the file.
pub fn run_cli<S: AsRef<std::ffi::OsStr>>(db: &Path, args: impl IntoIterator<Item = S>) -> Output {
    Command::new(env!("CARGO_BIN_EXE_leadledger"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("LEADLEDGER_DB")
        .output()
        .expect("the tool runs")
}

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

pub fn datetime(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("test date-time")
}

/// A date from its parts, for the many dates of a data set literal.
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test date")
}

/// Every table of a database file, row by row and sorted, after its
/// `user_version` and `application_id`: equal dumps, unchanged contents.
pub fn dump(db: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut out = Vec::new();
    for pragma in ["user_version", "application_id"] {
        let v: i64 = conn
            .query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0))
            .unwrap();
        out.push(format!("{pragma}={v}"));
    }
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                let cells: Vec<String> = (0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect();
                Ok(format!("{table}: {}", cells.join(" | ")))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        rows.sort();
        out.extend(rows);
    }
    out
}

/// A generated company (the demo's, as `opts` say) in a new file at `path`.
pub fn demo_file(path: &Path, opts: leadledger::demo::DemoOptions) -> Store {
    let ds = leadledger::demo::generate(&opts);
    let mut store = Store::create(
        path,
        Settings {
            currency: ds.settings.currency.clone(),
            ..Settings::default()
        },
    )
    .unwrap();
    store.fill(&ds).unwrap();
    store
}

/// An advertising spend entry of 1 March 2026 for the store.
pub fn new_spend(amount: Decimal, note: Option<String>) -> NewSpend {
    NewSpend {
        date: date("2026-03-01"),
        amount,
        category: SpendCategory::Advertising,
        source: None,
        campaign: None,
        direction: None,
        note,
    }
}

/// A lead for the store: an RFQ with the id `id`, received at
/// `received_at`, every optional field empty.
pub fn new_inquiry(id: &str, received_at: NaiveDateTime) -> NewInquiry {
    NewInquiry {
        qualified_at: None,
        id: Some(id.into()),
        received_at,
        kind: InquiryKind::Rfq,
        company: None,
        contact: None,
        phone: None,
        email: None,
        source: None,
        touchpoints: Vec::new(),
        is_lead: true,
        status: None,
        estimated_value: None,
        logged_by: None,
        notes: None,
        expected_version: None,
    }
}

/// A deal for the store, won from `company` on the day it was quoted, with
/// no inquiry.
pub fn new_deal(id: &str, company: &str, closed: NaiveDate, amount: Decimal) -> NewDeal {
    NewDeal {
        id: id.into(),
        inquiry_id: None,
        company: company.into(),
        quoted_at: Some(closed),
        closed_at: Some(closed),
        status: DealStatus::Won,
        amount,
        lost_reason: None,
        expected_version: None,
    }
}

/// The app's "today" in the tests: 15 June 2026.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 15).unwrap()
}

/// The app on a new database file with no company yet.
pub fn fresh() -> (TempDir, Session) {
    let dir = tempfile::tempdir().unwrap();
    let s = Session::start_on(dir.path().join("company.db"), today()).unwrap();
    (dir, s)
}

/// Creates Muster GmbH (EUR, the year from January) in `language`.
pub fn company(s: &Session, language: &str) {
    s.create_company(NewCompany {
        name: "Muster GmbH".into(),
        currency: "EUR".into(),
        fiscal_year_start_month: 1,
        language: language.into(),
    })
    .unwrap();
}

/// What the Sources form sends for a new source of `channel`, with its
/// tracking numbers and no direction or UTM tags.
pub fn source_input(name: &str, channel: &str, numbers: &[&str]) -> SourceInput {
    SourceInput {
        id: None,
        name: name.into(),
        channel: channel.into(),
        direction: None,
        tracking_numbers: numbers.iter().map(|n| n.to_string()).collect(),
        utm_source: None,
        utm_medium: None,
        utm_campaign: None,
    }
}

/// Saves a new source of `channel` in the app.
pub fn save_source(s: &Session, name: &str, channel: &str, numbers: &[&str]) -> SourceDto {
    s.save_source(source_input(name, channel, numbers)).unwrap()
}

/// What the Log form sends for an RFQ from `company` received at
/// `received_at`, with nothing else filled in.
pub fn rfq_input(
    received_at: NaiveDateTime,
    company: &str,
    source_id: Option<i64>,
) -> InquiryInput {
    InquiryInput {
        id: None,
        received_at: Some(received_at),
        kind: "rfq".into(),
        company: Some(company.into()),
        contact: None,
        phone: None,
        email: None,
        source_id,
        touchpoints: vec![],
        is_lead: true,
        notes: None,
        version: None,
    }
}

/// A call taken today at 10:30 from `company`, as the Log form sends it.
pub fn call(source_id: Option<i64>, company: &str, phone: Option<&str>) -> InquiryInput {
    InquiryInput {
        kind: "call".into(),
        phone: phone.map(str::to_string),
        ..rfq_input(today().and_hms_opt(10, 30, 0).unwrap(), company, source_id)
    }
}

pub fn channel(id: Id, name: &str, direction: Direction) -> Channel {
    Channel {
        id,
        name: name.into(),
        direction,
    }
}

/// A source of the metrics engine's data set, with no tracking numbers or
/// UTM tags.
pub fn source(id: Id, channel_id: Id, name: &str) -> Source {
    Source {
        id,
        channel_id,
        name: name.into(),
        tracking_numbers: vec![],
        utm_source: None,
        utm_medium: None,
        utm_campaign: None,
    }
}

/// Source A = 1 (paid search) and Unknown = 2, both inbound, and no record.
pub fn base() -> Dataset {
    Dataset {
        channels: vec![
            channel(1, "Paid search", Direction::Inbound),
            channel(2, "Unknown", Direction::Inbound),
        ],
        sources: vec![source(1, 1, "A"), source(2, 2, "Unknown")],
        ..Dataset::default()
    }
}

/// Spend of the data set: advertising when it has a source, else labour
/// (spend with no source and no direction).
pub fn spend(id: Id, date: NaiveDate, amount: Decimal, source_id: Option<Id>) -> Spend {
    Spend {
        id,
        date,
        amount,
        category: if source_id.is_some() {
            SpendCategory::Advertising
        } else {
            SpendCategory::Labor
        },
        source_id,
        campaign: None,
        direction: None,
        note: None,
    }
}

/// General spend of the data set, booked to `direction`.
pub fn general(id: Id, date: NaiveDate, amount: Decimal, direction: SpendDirection) -> Spend {
    Spend {
        direction: Some(direction),
        ..spend(id, date, amount, None)
    }
}

/// A lead received at 10:30 on `date` with first touch `first` and further
/// touchpoints `further` (source, date) in entry order.
pub fn lead(
    id: &str,
    date: NaiveDate,
    first: Id,
    further: &[(Id, NaiveDate)],
    company: &str,
) -> Inquiry {
    Inquiry {
        qualified_at: None,
        id: id.into(),
        received_at: date.and_hms_opt(10, 30, 0).unwrap(),
        kind: InquiryKind::Rfq,
        company: Some(company.into()),
        contact: None,
        phone: None,
        email: None,
        source_id: first,
        touchpoints: further
            .iter()
            .map(|&(source_id, date)| Touchpoint { source_id, date })
            .collect(),
        is_lead: true,
        status: None,
        estimated_value: None,
        logged_by: None,
        notes: None,
        version: leadledger::records::FIRST_VERSION,
    }
}

/// A deal of the data set, closed on `closed`.
pub fn deal(
    id: &str,
    inquiry: Option<&str>,
    company: &str,
    closed: NaiveDate,
    status: DealStatus,
    amount: Decimal,
) -> Deal {
    Deal {
        id: id.into(),
        inquiry_id: inquiry.map(String::from),
        company: company.into(),
        quoted_at: None,
        closed_at: Some(closed),
        status,
        amount,
        lost_reason: None,
        version: leadledger::records::FIRST_VERSION,
    }
}

pub fn won(
    id: &str,
    inquiry: Option<&str>,
    company: &str,
    closed: NaiveDate,
    amount: Decimal,
) -> Deal {
    deal(id, inquiry, company, closed, DealStatus::Won, amount)
}

/// An inquiries CSV of `n` calls received in `year`, numbered
/// `INQ-<year>-00001` on, as the store exports them: a long import.
pub fn inquiries_csv(n: usize, year: i32) -> Vec<u8> {
    let mut store = Store::in_memory(Settings {
        currency: "EUR".into(),
        ..Settings::default()
    })
    .unwrap();
    let start = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
    for k in 0..n {
        let day = start + chrono::Days::new((k % 360) as u64);
        store
            .save_inquiry(&NewInquiry {
                id: None,
                company: Some(format!("Customer {k}")),
                ..new_inquiry("x", day.and_hms_opt(9, 0, 0).unwrap())
            })
            .unwrap();
    }
    let mut out = Vec::new();
    store
        .export_csv(leadledger::csvio::Kind::Inquiries, &mut out)
        .unwrap();
    out
}
