//! The matching and figures of `calls.rs` at their edges: the window,
//! one to one closest first, the ties, the phone rule, the figures of a
//! period and a period without a counted call (kept apart so that
//! `calls.rs` stays readable).

use super::*;
use crate::records::Channel;
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal_macros::dec;

const UNKNOWN: Id = 1;
const PRESS: Id = 2;
const DIRECTORY: Id = 3;

fn at(day: u32, h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 3, day)
        .unwrap()
        .and_hms_opt(h, m, 0)
        .unwrap()
}

fn call(start: NaiveDateTime, caller: &str, dialled: &str) -> Call {
    Call {
        row: 2,
        started_at: start,
        caller: caller.into(),
        caller_key: phone::normalise(caller).unwrap(),
        dialled: Some(dialled.into()),
        dialled_key: phone::normalise(dialled),
        duration_s: 60,
        answered: true,
        direction: CallDirection::Inbound,
        extension: None,
        call_id: None,
    }
}

/// A logged call, from its serialised form so that every field the
/// matching does not read takes its default.
fn inquiry(id: &str, received: NaiveDateTime, phone: &str, source_id: Id) -> Inquiry {
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

fn source(id: Id, name: &str, tracking: &[&str]) -> Source {
    Source {
        id,
        channel_id: 1,
        name: name.into(),
        tracking_numbers: tracking
            .iter()
            .filter_map(|t| phone::normalise(t))
            .collect(),
        utm_source: None,
        utm_medium: None,
        utm_campaign: None,
    }
}

fn dataset(inquiries: Vec<Inquiry>) -> Dataset {
    Dataset {
        channels: vec![Channel {
            id: 1,
            name: "Unknown".into(),
            direction: crate::records::Direction::Inbound,
        }],
        sources: vec![
            source(UNKNOWN, "Unknown", &[]),
            source(PRESS, "Trade press", &["030 12345690"]),
            source(DIRECTORY, "Online directory", &["+49 30 12345691"]),
        ],
        inquiries,
        ..Dataset::default()
    }
}

const MAIN: &str = "030 12345600";

#[test]
fn the_window_is_thirty_minutes_either_side_with_thirty_included() {
    let calls: Vec<Call> = [(9, 0), (11, 0), (13, 0), (15, 0)]
        .iter()
        .map(|(h, m)| call(at(2, *h, *m), "030 12345671", MAIN))
        .collect();
    let inquiries = vec![
        inquiry("Q-1", at(2, 9, 29), "030 12345671", UNKNOWN),
        inquiry("Q-2", at(2, 11, 31), "030 12345671", UNKNOWN),
        inquiry("Q-3", at(2, 13, 30), "030 12345671", UNKNOWN),
        inquiry("Q-4", at(2, 14, 31), "030 12345671", UNKNOWN),
    ];
    assert_eq!(
        match_calls(&calls, &inquiries),
        vec![Some(0), None, Some(2), Some(3)]
    );
    let just_over = vec![inquiry(
        "Q-5",
        at(2, 9, 30) + TimeDelta::seconds(1),
        "030 12345671",
        UNKNOWN,
    )];
    assert_eq!(match_calls(&calls[..1], &just_over), vec![None]);
}

#[test]
fn two_inquiries_from_one_number_go_to_the_closest_calls() {
    let calls = vec![
        call(at(2, 10, 0), "030 12345671", MAIN),
        call(at(2, 10, 25), "030 12345671", MAIN),
    ];
    let inquiries = vec![
        inquiry("Q-1", at(2, 10, 5), "030 12345671", UNKNOWN),
        inquiry("Q-2", at(2, 10, 20), "030 12345671", UNKNOWN),
    ];
    // 10:25 and Q-2 are 5 minutes apart, as are 10:00 and Q-1: each call
    // takes its own, though Q-1 also lies within the second call's window.
    assert_eq!(match_calls(&calls, &inquiries), vec![Some(0), Some(1)]);
    // One call, two inquiries: the closer one, the other stays unmatched.
    assert_eq!(match_calls(&calls[..1], &inquiries), vec![Some(0)]);
}

#[test]
fn two_calls_for_one_inquiry_the_closer_call_takes_it() {
    let calls = vec![
        call(at(2, 10, 0), "030 12345671", MAIN),
        call(at(2, 10, 12), "030 12345671", MAIN),
    ];
    let one = vec![inquiry("Q-1", at(2, 10, 10), "030 12345671", UNKNOWN)];
    assert_eq!(match_calls(&calls, &one), vec![None, Some(0)]);
}

#[test]
fn ties_go_to_the_earlier_call_then_inquiry_then_lower_id() {
    let calls = vec![
        call(at(2, 10, 20), "030 12345671", MAIN),
        call(at(2, 10, 0), "030 12345671", MAIN),
    ];
    let one = vec![inquiry("Q-1", at(2, 10, 10), "030 12345671", UNKNOWN)];
    assert_eq!(match_calls(&calls, &one), vec![None, Some(0)]);
    let single = vec![call(at(2, 10, 10), "030 12345671", MAIN)];
    let around = vec![
        inquiry("Q-1", at(2, 10, 20), "030 12345671", UNKNOWN),
        inquiry("Q-2", at(2, 10, 0), "030 12345671", UNKNOWN),
    ];
    assert_eq!(match_calls(&single, &around), vec![Some(1)]);
    let same_time = vec![
        inquiry("Q-9", at(2, 10, 0), "030 12345671", UNKNOWN),
        inquiry("Q-10", at(2, 10, 0), "030 12345671", UNKNOWN),
    ];
    // Byte order: "Q-10" < "Q-9".
    assert_eq!(match_calls(&single, &same_time), vec![Some(1)]);
}

#[test]
fn numbers_match_by_the_phone_rule_not_as_written() {
    let calls = vec![
        call(at(2, 10, 0), "+49 (0)30 12345671", MAIN),
        call(at(2, 11, 0), "0049 30 12345672", MAIN),
        call(at(2, 12, 0), "030 12345673", MAIN),
    ];
    let inquiries = vec![
        inquiry("Q-1", at(2, 10, 1), "030 12345671", UNKNOWN),
        inquiry("Q-2", at(2, 11, 1), "030/123 456 72", UNKNOWN),
        inquiry("Q-3", at(2, 12, 1), "+49 (0)30 12345673", UNKNOWN),
        inquiry("Q-4", at(2, 12, 2), "+49 30 12345674", UNKNOWN),
    ];
    assert_eq!(
        match_calls(&calls, &inquiries),
        vec![Some(0), Some(1), Some(2)]
    );
}

#[test]
fn only_answered_inbound_calls_match_and_only_call_inquiries() {
    let mut missed = call(at(2, 10, 0), "030 12345671", MAIN);
    missed.answered = false;
    let mut outgoing = call(at(2, 10, 1), "030 12345671", MAIN);
    outgoing.direction = CallDirection::Outbound;
    let answered = call(at(2, 10, 20), "030 12345671", MAIN);
    let mut email = inquiry("Q-0", at(2, 10, 0), "030 12345671", UNKNOWN);
    email.kind = InquiryKind::Email;
    let mut not_a_lead = inquiry("Q-1", at(2, 10, 2), "030 12345671", UNKNOWN);
    not_a_lead.is_lead = false;
    // The missed call is closer to Q-1 but never takes it.
    assert_eq!(
        match_calls(&[missed, outgoing, answered], &[email, not_a_lead]),
        vec![None, None, Some(1)]
    );
}

fn feb_28_at_23_50() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 2, 28)
        .unwrap()
        .and_hms_opt(23, 50, 0)
        .unwrap()
}

fn march() -> Period {
    Period::range(at(1, 0, 0).date(), at(31, 0, 0).date()).unwrap()
}

#[test]
fn the_figures_over_a_period() {
    let ds = dataset(vec![
        // Said "Trade press" and dialled the press number: consistent.
        inquiry("Q-1", at(2, 9, 1), "030 12345671", PRESS),
        // Said Unknown, dialled the directory's number: tagged, no mismatch.
        inquiry("Q-2", at(2, 10, 1), "030 12345672", UNKNOWN),
        // Said "Trade press" but dialled the directory's number.
        inquiry("Q-3", at(2, 11, 1), "030 12345673", PRESS),
        // Logged the evening before its call, which started in March.
        inquiry("Q-4", feb_28_at_23_50(), "030 12345674", PRESS),
    ]);
    let mut calls = vec![
        call(at(2, 9, 0), "030 12345671", "030 12345690"),
        call(at(2, 10, 0), "030 12345672", "030 12345691"),
        call(at(2, 11, 0), "030 12345673", "+49 30 12345691"),
        call(at(1, 0, 10), "030 12345674", MAIN),
        call(at(2, 14, 0), "030 12345675", MAIN),
        call(at(2, 15, 0), "030 12345676", MAIN),
        call(at(2, 16, 0), "030 12345677", MAIN),
        call(at(2, 17, 0), "030 12345678", MAIN),
    ];
    let mut missed = call(at(2, 18, 0), "030 12345679", "030 12345690");
    missed.answered = false;
    calls.push(missed);
    let matches = match_calls(&calls, &ds.inquiries);
    assert_eq!(&matches[..5], &[Some(0), Some(1), Some(2), Some(3), None]);
    let f = call_figures(&ds, &calls, &matches, &march());
    assert_eq!(
        f,
        CallFigures {
            calls: Some(dec!(8)),
            calls_logged_pct: Some(dec!(50)),
            calls_tracked_pct: Some(dec!(37.5)),
            calls_source_mismatch: Some(dec!(1)),
        }
    );
    assert_eq!(tracking_tags(&ds, &calls, &matches), vec![(1, DIRECTORY)]);
}

#[test]
fn a_period_without_counted_calls_has_undefined_shares() {
    let ds = dataset(vec![]);
    let mut missed = call(at(2, 9, 0), "030 12345671", MAIN);
    missed.answered = false;
    let april = call(at(2, 9, 0) + TimeDelta::days(31), "030 12345672", MAIN);
    let calls = vec![missed, april];
    let matches = match_calls(&calls, &ds.inquiries);
    let f = call_figures(&ds, &calls, &matches, &march());
    assert_eq!(
        f,
        CallFigures {
            calls: Some(dec!(0)),
            calls_logged_pct: None,
            calls_tracked_pct: None,
            calls_source_mismatch: Some(dec!(0)),
        }
    );
    assert_eq!(call_figures::<Call>(&ds, &[], &[], &march()), f);
}
