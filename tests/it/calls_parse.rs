//! Reading call logs as the phone systems write them (`tests/data/calls/`,
//! built by hand from each system's layout, `docs/call-logs.md`): the calls
//! each file holds, what it leaves out and why, every bad row by number and
//! column, and the matching of a log's calls to logged inquiries.

use chrono::{NaiveDate, NaiveDateTime};
use leadledger::csvio::calls::{
    parse_calls, Call, CallFormat, CallKey, CallReadOptions, ColumnMap, ParsedCalls, Skipped,
};
use leadledger::csvio::{Decoding, RowError};
use leadledger::metrics::calls::{call_figures, match_calls};
use leadledger::metrics::Period;
use leadledger::records::{Dataset, Inquiry};
use rust_decimal_macros::dec;

fn read(bytes: &[u8]) -> ParsedCalls {
    parse_calls(bytes, &CallReadOptions::default()).unwrap_or_else(|r| panic!("{:?}", r.errors))
}

fn refused(bytes: &[u8]) -> Vec<(usize, Option<String>)> {
    let rejected = parse_calls(bytes, &CallReadOptions::default()).unwrap_err();
    rejected
        .errors
        .iter()
        .map(|e: &RowError| (e.row, e.column.clone()))
        .collect()
}

fn at(day: u32, h: u32, m: u32, s: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 3, day)
        .unwrap()
        .and_hms_opt(h, m, s)
        .unwrap()
}

/// Each call on a line: day and time, caller as written, dialled, talk
/// time and whether it was answered.
fn summary(calls: &[Call]) -> Vec<String> {
    calls
        .iter()
        .map(|c| {
            format!(
                "{} {} > {} {}s {}",
                c.started_at.format("%d %H:%M:%S"),
                c.caller,
                c.dialled.as_deref().unwrap_or("-"),
                c.duration_s,
                if c.answered { "answered" } else { "missed" }
            )
        })
        .collect()
}

fn skipped(outgoing: usize, internal: usize, withheld: usize) -> Skipped {
    Skipped {
        outgoing,
        internal,
        withheld,
    }
}

#[test]
fn a_fritzbox_list_in_windows_1252_with_the_older_numbering() {
    let p = read(include_bytes!("../data/calls/fritzbox.csv"));
    assert_eq!(p.format, CallFormat::Fritzbox);
    assert_eq!(
        (p.detected.encoding, p.detected.delimiter),
        ("Windows-1252", ';')
    );
    assert_eq!(
        summary(&p.calls),
        vec![
            "02 09:00:00 00493012345671 > 03012345600 3900s answered",
            "02 09:55:00 03012345679 > 03012345600 0s missed",
            "02 11:02:00 03012345674 > 03012345600 0s missed",
            "02 16:45:00 03012345673 > 03012345690 720s answered",
        ]
    );
    // Type 3 is an outgoing call here; the 10:30 caller withheld the number.
    assert_eq!(p.skipped, skipped(1, 0, 1));
    let last = &p.calls[3];
    assert_eq!(last.extension.as_deref(), Some("FRITZ!Fon C6 Büro"));
    assert_eq!((last.row, last.caller_key.as_str()), (3, "3012345673"));
    assert_eq!(p.calls[0].caller_key, "493012345671");
}

#[test]
fn a_fritzbox_list_of_fritz_os_7_90_and_one_in_english() {
    let p = read(include_bytes!("../data/calls/fritzbox_790.csv"));
    assert_eq!(
        summary(&p.calls),
        vec![
            "03 10:05:00 03012345675 > 03012345691 420s answered",
            "03 11:40:00 03012345675 > 03012345691 0s missed",
            // Type 3 is now a call the call barring blocked: inbound, unanswered.
            "03 12:15:00 03012345679 > 03012345600 0s missed",
        ]
    );
    assert_eq!(p.skipped, skipped(1, 0, 0));
    let p = read(include_bytes!("../data/calls/fritzbox_en.csv"));
    assert_eq!(
        (p.format, p.detected.encoding),
        (CallFormat::Fritzbox, "UTF-8")
    );
    assert_eq!(p.calls.len(), 1);
    assert_eq!(p.calls[0].caller_key, "453012345676");
    assert_eq!(p.calls[0].extension.as_deref(), Some("FRITZ!Fon C6 Office"));
}

#[test]
fn an_asterisk_master_csv_with_legs_missed_internal_and_outgoing_calls() {
    let p = read(include_bytes!("../data/calls/Master.csv"));
    assert_eq!(p.format, CallFormat::Asterisk);
    assert_eq!(p.detected.date_format, "YYYY-MM-DD HH:MM:SS");
    assert_eq!(
        summary(&p.calls),
        vec![
            "02 09:00:05 03012345671 > 03012345600 360s answered",
            "02 11:00:00 03012345674 > 03012345690 0s missed",
            "02 14:00:00 +493012345675 > 03012345691 240s answered",
        ]
    );
    // The ring group's two legs are one call, taken by 102.
    let first = &p.calls[0];
    assert_eq!((first.row, first.extension.as_deref()), (1, Some("102")));
    assert_eq!(first.key(), CallKey::Id("1772438405.1".into()));
    assert_eq!(p.calls[2].extension.as_deref(), Some("102"));
    assert_eq!(p.skipped, skipped(1, 1, 1));
}

#[test]
fn a_3cx_call_history_with_queue_segments_and_its_totals_row() {
    let p = read(include_bytes!("../data/calls/threecx.csv"));
    assert_eq!(p.format, CallFormat::ThreeCx);
    assert_eq!(
        summary(&p.calls),
        vec![
            "02 09:00:05 +493012345671 > +493012345600 359s answered",
            "02 10:15:00 +493012345674 > +493012345690 0s missed",
            "02 14:00:00 +493012345675 > +493012345691 240s answered",
        ]
    );
    assert_eq!(p.calls[0].extension.as_deref(), Some("101"));
    assert_eq!(p.calls[0].call_id.as_deref(), Some("00000-1001"));
    assert_eq!(p.skipped, skipped(1, 1, 0));
}

#[test]
fn the_plain_form_in_english_and_in_german() {
    let p = read(include_bytes!("../data/calls/plain.csv"));
    assert_eq!(p.format, CallFormat::Plain);
    assert_eq!(
        summary(&p.calls),
        vec![
            "02 09:00:05 +49 30 12345671 > 030 12345600 360s answered",
            "02 10:15:00 +49 (0)30 12345674 > 030 12345690 0s missed",
            "02 14:00:00 030 12345675 > 030 12345691 240s answered",
        ]
    );
    assert_eq!(p.calls[1].caller_key, "493012345674");
    assert_eq!(p.calls[0].call_id.as_deref(), Some("c-1"));
    assert_eq!(p.skipped, skipped(1, 0, 0));
    let de = read(include_bytes!("../data/calls/plain_de.csv"));
    assert_eq!(
        (de.format, de.detected.delimiter, de.detected.date_format),
        (CallFormat::Plain, ';', "DD.MM.YYYY")
    );
    assert_eq!(
        summary(&de.calls),
        vec![
            "02 09:00:00 030 12345671 > 030 12345600 360s answered",
            "02 10:15:00 030 12345674 > 030 12345690 0s missed",
        ]
    );
}

#[test]
fn any_other_layout_through_a_column_mapping() {
    let map = ColumnMap::parse(
        "started_at=Zeitpunkt,caller=Von,dialled=An,duration_s=Sekunden,answered=Status",
    )
    .unwrap();
    let options = CallReadOptions {
        columns: Some(map),
        ..CallReadOptions::default()
    };
    let p = parse_calls(include_bytes!("../data/calls/other_system.csv"), &options).unwrap();
    assert_eq!((p.format, p.detected.delimiter), (CallFormat::Mapped, ';'));
    assert_eq!(
        summary(&p.calls),
        vec![
            "02 09:00:05 030 12345671 > 030 12345600 360s answered",
            "02 10:15:00 030 12345674 > 030 12345690 0s missed",
        ]
    );
    let wrong = ColumnMap::parse("started_at=Zeit,caller=Von,dialled=An").unwrap();
    let options = CallReadOptions {
        columns: Some(wrong),
        ..CallReadOptions::default()
    };
    let r = parse_calls(include_bytes!("../data/calls/other_system.csv"), &options).unwrap_err();
    assert_eq!(r.errors.len(), 1);
    assert!(
        r.errors[0].reason.contains("no column \"Zeit\""),
        "{:?}",
        r.errors
    );
}

#[test]
fn bad_rows_are_refused_with_their_row_and_column() {
    let col = |c: &str| Some(c.to_string());
    assert_eq!(
        refused(include_bytes!("../data/calls/fritzbox_bad.csv")),
        vec![
            (4, col("Datum")),
            (5, col("Typ")),
            (6, col("Dauer")),
            (7, None)
        ]
    );
    assert_eq!(
        refused(include_bytes!("../data/calls/Master_bad.csv")),
        vec![
            (2, col("start")),
            (3, col("billsec")),
            (4, None),
            (5, col("start"))
        ]
    );
    assert_eq!(
        refused(include_bytes!("../data/calls/threecx_bad.csv")),
        vec![
            (3, col("Direction")),
            (4, col("Call Time")),
            (5, col("Talking"))
        ]
    );
    let plain = include_bytes!("../data/calls/plain_bad.csv");
    assert_eq!(
        refused(plain),
        vec![
            (3, col("caller")),
            (4, col("duration_s")),
            (5, col("started_at")),
            (6, col("started_at")),
            (7, col("answered")),
        ]
    );
    let reasons: Vec<String> = parse_calls(plain, &CallReadOptions::default())
        .unwrap_err()
        .errors
        .into_iter()
        .map(|e| e.reason)
        .collect();
    assert!(reasons[0].contains("caller is required"), "{reasons:?}");
    assert!(reasons[1].contains("cannot be negative"), "{reasons:?}");
    assert!(reasons[3].contains("no time of day"), "{reasons:?}");
}

#[test]
fn a_layout_the_reader_does_not_know_or_the_wrong_format_named() {
    let r = parse_calls(
        b"date,amount,category\n2026-03-02,10,other\n",
        &CallReadOptions::default(),
    )
    .unwrap_err();
    assert_eq!(r.errors.len(), 1);
    assert!(
        r.errors[0].reason.contains("--columns"),
        "{}",
        r.errors[0].reason
    );
    let options = CallReadOptions {
        format: Some(CallFormat::Fritzbox),
        decoding: Decoding::for_language("de"),
        ..CallReadOptions::default()
    };
    let r = parse_calls(include_bytes!("../data/calls/plain.csv"), &options).unwrap_err();
    let missing: Vec<&str> = r
        .errors
        .iter()
        .filter_map(|e| e.column.as_deref())
        .collect();
    assert_eq!(missing, vec!["Typ", "Datum", "Rufnummer", "Dauer"]);
    assert!(parse_calls(b"", &CallReadOptions::default())
        .unwrap_err()
        .errors[0]
        .reason
        .contains("empty"));
}

#[test]
fn reading_a_log_again_gives_the_same_keys() {
    for bytes in [
        &include_bytes!("../data/calls/fritzbox.csv")[..],
        include_bytes!("../data/calls/Master.csv"),
        include_bytes!("../data/calls/threecx.csv"),
    ] {
        let keys = |p: ParsedCalls| p.calls.iter().map(Call::key).collect::<Vec<_>>();
        let (once, twice) = (keys(read(bytes)), keys(read(bytes)));
        assert_eq!(once, twice);
        let mut distinct = once.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), once.len());
    }
}

/// A logged call, from its serialised form so that the fields this test
/// does not read take their defaults.
fn inquiry(id: &str, received: NaiveDateTime, phone: &str, source_id: i64) -> Inquiry {
    serde_json::from_value(serde_json::json!({
        "id": id,
        "received_at": received,
        "kind": "call",
        "phone": phone,
        "source_id": source_id,
        "touchpoints": [],
        "is_lead": true,
    }))
    .expect("an inquiry")
}

#[test]
fn a_3cx_log_against_what_the_office_logged() {
    let p = read(include_bytes!("../data/calls/threecx.csv"));
    let mut ds: Dataset = common_dataset();
    ds.inquiries = vec![
        // Written nationally with the trunk zero; 3CX writes +49.
        inquiry("Q-1", at(2, 9, 20, 0), "030 1234 5671", 2),
        // The missed 10:15 call never takes an inquiry.
        inquiry("Q-2", at(2, 10, 16, 0), "+49 (0)30 12345674", 2),
        // Said "Trade press", but dialled the directory's number.
        inquiry("Q-3", at(2, 14, 29, 0), "030 12345675", 2),
    ];
    let matches = match_calls(&p.calls, &ds.inquiries);
    assert_eq!(matches, vec![Some(0), None, Some(2)]);
    let march = Period::month(2026, 3).unwrap();
    let f = call_figures(&ds, &p.calls, &matches, &march);
    assert_eq!(f.calls, Some(dec!(2)));
    assert_eq!(f.calls_logged_pct, Some(dec!(100)));
    assert_eq!(f.calls_tracked_pct, Some(dec!(50)));
    assert_eq!(f.calls_source_mismatch, Some(dec!(1)));
}

/// Unknown = 1, "Trade press" = 2 (030 12345690), "Online directory" = 3
/// (030 12345691).
fn common_dataset() -> Dataset {
    let mut ds = crate::common::base();
    ds.sources = vec![
        crate::common::source(1, 2, "Unknown"),
        crate::common::source(2, 1, "Trade press"),
        crate::common::source(3, 1, "Online directory"),
    ];
    ds.sources[1].tracking_numbers = vec!["3012345690".into()];
    ds.sources[2].tracking_numbers = vec!["3012345691".into()];
    ds
}
