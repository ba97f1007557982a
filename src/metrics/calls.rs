//! "Calls: is every caller asked?" (`shared/spec/metrics.md`): which
//! logged inquiry each call of the phone system's log is, the source a
//! dialled tracking number implies, and the four figures `calls`,
//! `calls_logged_pct`, `calls_tracked_pct` and `calls_source_mismatch`.
//! Pure functions over the calls and a [`Dataset`], like the rest of the
//! engine; storing calls and tags is the store's job.
//!
//! Matching runs over the whole log whatever the period, so it is done once
//! ([`match_calls`]) and every period's figures ([`call_figures`]) read it.

use super::figures::pct;
use super::period::Period;
use crate::csvio::calls::{Call, CallDirection};
use crate::phone;
use crate::records::{Dataset, Id, Inquiry, InquiryKind, Source};
use chrono::TimeDelta;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::HashMap;

/// How far a logged inquiry's time may lie from the call's start, either
/// side, 30:00 included.
pub const WINDOW: TimeDelta = TimeDelta::minutes(30);

/// Whether a call takes part in the figures and the matching: inbound,
/// answered and from an outside number, that is one the log shows. A missed
/// call is left out, so it never takes an inquiry from the call that
/// followed it.
pub fn counts(call: &Call) -> bool {
    call.direction == CallDirection::Inbound && call.answered && !call.caller_key.is_empty()
}

/// The bucket a normalised number falls in: two numbers that are the same
/// line (`phone::same_line`) always share their last six digits, or, below
/// six digits, are equal. Comparing only within a bucket keeps a year of a
/// busy shop's calls against its inquiries linear rather than quadratic.
fn bucket(key: &str) -> &str {
    &key[key.len().saturating_sub(6)..]
}

/// For each call, the inquiry it is (an index into `inquiries`), by the
/// spec's rule: a counted call and an inquiry of kind `call` (lead or not)
/// with the same phone number whose `received_at` lies within [`WINDOW`] of
/// the call's start; pairs are taken one to one, closest first, ties going
/// to the earlier call, then the earlier inquiry, then the lower inquiry id
/// (in byte order, as deals' ids are compared), and last to the call that
/// comes first in `calls` (the store's order).
pub fn match_calls<C: AsRef<Call>>(calls: &[C], inquiries: &[Inquiry]) -> Vec<Option<usize>> {
    match_calls_except(calls, inquiries, |_| false)
}

/// [`match_calls`] with the inquiries `taken` says are already another
/// call's left out: those a purged call matched before it lost its numbers.
pub fn match_calls_except<C: AsRef<Call>>(
    calls: &[C],
    inquiries: &[Inquiry],
    taken: impl Fn(&Inquiry) -> bool,
) -> Vec<Option<usize>> {
    let mut by_bucket: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    for (i, q) in inquiries.iter().enumerate() {
        if q.kind != InquiryKind::Call || taken(q) {
            continue;
        }
        if let Some(key) = q.phone.as_deref().and_then(phone::normalise) {
            by_bucket
                .entry(bucket(&key).to_string())
                .or_default()
                .push((i, key));
        }
    }
    let mut pairs: Vec<(TimeDelta, usize, usize)> = Vec::new();
    for (c, call) in calls.iter().map(AsRef::as_ref).enumerate() {
        if !counts(call) {
            continue;
        }
        let Some(candidates) = by_bucket.get(bucket(&call.caller_key)) else {
            continue;
        };
        for (i, key) in candidates {
            let distance = (inquiries[*i].received_at - call.started_at).abs();
            if distance <= WINDOW && phone::same_line(key, &call.caller_key) {
                pairs.push((distance, c, *i));
            }
        }
    }
    pairs.sort_by(|a, b| {
        let (qa, qb) = (&inquiries[a.2], &inquiries[b.2]);
        (
            a.0,
            calls[a.1].as_ref().started_at,
            qa.received_at,
            qa.id.as_bytes(),
            a.1,
        )
            .cmp(&(
                b.0,
                calls[b.1].as_ref().started_at,
                qb.received_at,
                qb.id.as_bytes(),
                b.1,
            ))
    });
    let mut of_call = vec![None; calls.len()];
    let mut taken = vec![false; inquiries.len()];
    for (_, c, i) in pairs {
        if of_call[c].is_none() && !taken[i] {
            of_call[c] = Some(i);
            taken[i] = true;
        }
    }
    of_call
}

/// The source whose tracking number the call was placed to, if any (the
/// first in the data set's order when two share a number, which the store
/// refuses anyway). Tracking numbers are stored normalised and compared by
/// the same phone rule as callers.
pub fn dialled_source<'a>(call: &Call, sources: &'a [Source]) -> Option<&'a Source> {
    let dialled = call.dialled_key.as_deref()?;
    sources.iter().find(|s| {
        s.tracking_numbers
            .iter()
            .any(|t| phone::same_line(t, dialled))
    })
}

/// The tags the tracking numbers give: for each matched inquiry whose first
/// touch is Unknown and whose call was placed to a source's tracking number,
/// that inquiry (an index into `ds.inquiries`) and the source. The store
/// records them (and the audit trail with them); every figure then reads the
/// tagged source, while [`call_figures`] keeps comparing against the first
/// touch as logged.
pub fn tracking_tags<C: AsRef<Call>>(
    ds: &Dataset,
    calls: &[C],
    matches: &[Option<usize>],
) -> Vec<(usize, Id)> {
    let Some(unknown) = ds.unknown_source_id() else {
        return Vec::new();
    };
    calls
        .iter()
        .zip(matches)
        .filter_map(|(call, m)| {
            let i = (*m)?;
            let source = dialled_source(call.as_ref(), &ds.sources)?;
            (ds.inquiries[i].source_id == unknown && source.id != unknown).then_some((i, source.id))
        })
        .collect()
}

/// The company's call figures of one period. Counts are whole numbers; a
/// share whose period has no counted call is undefined (`None`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CallFigures {
    pub calls: Option<Decimal>,
    pub calls_logged_pct: Option<Decimal>,
    pub calls_tracked_pct: Option<Decimal>,
    pub calls_source_mismatch: Option<Decimal>,
}

/// The counts behind the figures: counted calls, and of them those logged,
/// those to a tracking number, and the logged ones whose inquiry said
/// another source than the one dialled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CallTally {
    pub counted: u64,
    pub logged: u64,
    pub tracked: u64,
    pub mismatched: u64,
}

impl CallTally {
    pub fn add(&mut self, logged: bool, tracked: bool, mismatched: bool) {
        self.counted += 1;
        self.logged += u64::from(logged);
        self.tracked += u64::from(tracked);
        self.mismatched += u64::from(mismatched);
    }

    pub fn figures(self) -> CallFigures {
        let counted = Decimal::from(self.counted);
        CallFigures {
            calls: Some(counted),
            calls_logged_pct: pct(Decimal::from(self.logged), counted),
            calls_tracked_pct: pct(Decimal::from(self.tracked), counted),
            calls_source_mismatch: Some(Decimal::from(self.mismatched)),
        }
    }
}

/// Whether the matched call's inquiry said another source than the one its
/// dialled number implies, Unknown not counting as a saying.
pub fn mismatched(ds: &Dataset, dialled: Option<&Source>, inquiry: Option<usize>) -> bool {
    let Some(i) = inquiry else { return false };
    let said = ds.inquiries[i].source_id;
    dialled.is_some_and(|s| s.id != said) && Some(said) != ds.unknown_source_id()
}

/// The figures of `period` (pass the effective period, so that a call after
/// the as-of date is not yet known) over the counted calls that started in
/// it. `matches` is [`match_calls`] over the whole log and `ds.inquiries`;
/// `ds.inquiries` carry their first touch as logged, before any tag.
pub fn call_figures<C: AsRef<Call>>(
    ds: &Dataset,
    calls: &[C],
    matches: &[Option<usize>],
    period: &Period,
) -> CallFigures {
    tally(ds, calls, matches, period).figures()
}

/// The counts of [`call_figures`].
pub fn tally<C: AsRef<Call>>(
    ds: &Dataset,
    calls: &[C],
    matches: &[Option<usize>],
    period: &Period,
) -> CallTally {
    let mut t = CallTally::default();
    for (call, m) in calls.iter().map(AsRef::as_ref).zip(matches) {
        if !counts(call) || !period.contains(call.started_at.date()) {
            continue;
        }
        let source = dialled_source(call, &ds.sources);
        t.add(m.is_some(), source.is_some(), mismatched(ds, source, *m));
    }
    t
}

#[cfg(test)]
mod tests {
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
}
