//! The demo company's call log: what its phone system would have written
//! over the same years as the inquiries. Every logged phone inquiry has its
//! call a few minutes before it was saved; about one call in ten was never
//! logged (the callers nobody asked), a few of them in the last week so the
//! Log screen's queue has work; missed, outgoing, internal and withheld
//! calls are there as in a real log, and do not count. Callers who found a
//! tracking number mostly dialled it; two of them named another source than
//! the one they dialled (the dashboard's "said ≠ dialled" list).

use super::rng::Rng;
use crate::csvio::calls::{Call, CallDirection};
use crate::phone;
use crate::records::{Id, Inquiry, InquiryKind, Source, StoredCall};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// The shop's main line, which every call without a tracking number dials.
const MAIN_LINE: &str = "0711 55501-0";

/// Per mille of phone inquiries whose caller dialled the tracking number of
/// the source they named, when that source has one.
const DIALLED_TRACKING: u32 = 750;

/// Per mille of counted calls that nobody logged, over the years.
const UNLOGGED: u32 = 70;

/// How many unlogged calls the last seven days hold, for the queue.
const LAST_WEEK_UNLOGGED: usize = 5;

/// The calls of the demo log in time order, with row ids from 1.
pub fn calls(
    sources: &[Source],
    inquiries: &[Inquiry],
    today: NaiveDate,
    seed: u64,
) -> Vec<StoredCall> {
    let mut rng = Rng::stream(seed, "calls");
    let tracking = |id: Id| {
        sources
            .iter()
            .find(|s| s.id == id)
            .and_then(|s| s.tracking_numbers.first())
            .map(|t| written(t))
    };
    let mut log: Vec<Call> = Vec::new();
    for q in inquiries {
        let Some(number) = q.phone.as_deref().filter(|_| q.kind == InquiryKind::Call) else {
            continue;
        };
        let dialled = tracking(q.source_id).filter(|_| rng.chance(DIALLED_TRACKING));
        // The call began a little before the inquiry was saved.
        let started_at = q.received_at - Duration::seconds(rng.range(30, 8 * 60));
        log.push(call(
            started_at,
            number,
            dialled,
            rng.range(45, 900),
            true,
            CallDirection::Inbound,
        ));
        if rng.chance(UNLOGGED) {
            let at = working_time(&mut rng, q.received_at.date());
            log.push(unlogged(&mut rng, at, sources));
        }
        // Now and then a caller missed, rang back, or the shop called out.
        if rng.chance(60) {
            log.push(call(
                started_at - Duration::minutes(rng.range(40, 300)),
                number,
                None,
                0,
                false,
                CallDirection::Inbound,
            ));
        }
        if rng.chance(150) {
            let later = q.received_at + Duration::hours(rng.range(2, 48));
            log.push(call(
                later,
                number,
                None,
                rng.range(60, 600),
                true,
                CallDirection::Outbound,
            ));
        }
    }
    // A company that logged no calls has no phone log to show.
    let Some(first) = log.iter().map(|c| c.started_at).min() else {
        return Vec::new();
    };
    for k in 0..LAST_WEEK_UNLOGGED {
        let day = today - Duration::days(k as i64 + 1);
        let at = working_time(&mut rng, day);
        if at.date() <= today && at >= first {
            log.push(unlogged(&mut rng, at, sources));
        }
    }
    for day in [today - Duration::days(2), today - Duration::days(9)] {
        let at = working_time(&mut rng, day);
        // A transfer between two extensions and a caller who withheld the number.
        log.push(call(
            at,
            "22",
            Some("21".into()),
            40,
            true,
            CallDirection::Internal,
        ));
        log.push(call(
            at + Duration::minutes(7),
            "",
            None,
            95,
            true,
            CallDirection::Inbound,
        ));
    }
    said_other_than_dialled(&mut log, inquiries, sources, today);
    log.sort_by(|a, b| {
        a.started_at
            .cmp(&b.started_at)
            .then_with(|| a.caller.cmp(&b.caller))
    });
    log.into_iter()
        .enumerate()
        .map(|(i, call)| StoredCall {
            id: i as Id + 1,
            call,
            frozen: None,
        })
        .collect()
}

/// A tracking number as a phone system writes the number dialled: national,
/// with the extension apart ("0711 55501-21" for 497115550121).
fn written(tracking: &str) -> String {
    let national = tracking.strip_prefix("49").unwrap_or(tracking);
    let (line, ext) = national.split_at(national.len().saturating_sub(2));
    format!(
        "0{} {}-{ext}",
        &line[..3.min(line.len())],
        &line[3.min(line.len())..]
    )
}

fn call(
    started_at: NaiveDateTime,
    caller: &str,
    dialled: Option<String>,
    duration_s: i64,
    answered: bool,
    direction: CallDirection,
) -> Call {
    let dialled =
        dialled.or_else(|| (direction == CallDirection::Inbound).then(|| MAIN_LINE.to_string()));
    Call {
        row: 0,
        started_at,
        caller: caller.to_string(),
        caller_key: phone::normalise(caller).unwrap_or_default(),
        dialled_key: dialled.as_deref().and_then(phone::normalise),
        dialled,
        duration_s: if answered { duration_s } else { 0 },
        answered,
        direction,
        extension: None,
        call_id: None,
    }
}

/// A call nobody logged: a caller whose number no inquiry has, some of them
/// on a tracking number.
fn unlogged(rng: &mut Rng, at: NaiveDateTime, sources: &[Source]) -> Call {
    let area = *rng.pick(&["30", "40", "89", "221", "7151", "7031", "621"]);
    // Local numbers never start with 5, so none reads as the shop's own 0711 55501.
    let first = *rng.pick(&['2', '3', '4', '6', '7', '8', '9']);
    let number = format!("+49 {area} {first}{}", rng.range(100_000, 999_999));
    let tracked: Vec<&Source> = sources
        .iter()
        .filter(|s| !s.tracking_numbers.is_empty())
        .collect();
    let dialled = (!tracked.is_empty() && rng.chance(400))
        .then(|| written(&rng.pick(&tracked).tracking_numbers[0]));
    call(
        at,
        &number,
        dialled,
        rng.range(20, 600),
        true,
        CallDirection::Inbound,
    )
}

/// A time on `day` or the working day before it, 8:00 to 17:00.
fn working_time(rng: &mut Rng, day: NaiveDate) -> NaiveDateTime {
    let mut d = day;
    while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
        d -= Duration::days(1);
    }
    let minute = rng.range(8 * 60, 17 * 60 - 1) as u32;
    d.and_time(
        NaiveTime::from_hms_opt(minute / 60, minute % 60, rng.range(0, 59) as u32)
            .unwrap_or_default(),
    )
}

/// Two callers of this year who named a source without a tracking number
/// but dialled another source's: the log says one thing, the caller another.
fn said_other_than_dialled(
    log: &mut [Call],
    inquiries: &[Inquiry],
    sources: &[Source],
    today: NaiveDate,
) {
    let Some(dialled) = sources
        .iter()
        .find_map(|s| s.tracking_numbers.first())
        .map(|t| written(t))
    else {
        return;
    };
    let untracked = |id: Id| {
        sources.iter().any(|s| {
            s.id == id && s.tracking_numbers.is_empty() && s.name != crate::records::UNKNOWN_SOURCE
        })
    };
    let chosen: Vec<&Inquiry> = inquiries
        .iter()
        .rev()
        .filter(|q| {
            q.kind == InquiryKind::Call
                && q.phone.is_some()
                && q.received_at.year() == today.year()
                && untracked(q.source_id)
        })
        .take(2)
        .collect();
    for q in chosen {
        let key = q.phone.as_deref().and_then(phone::normalise);
        if let Some(c) = log.iter_mut().find(|c| {
            c.direction == CallDirection::Inbound
                && c.answered
                && Some(&c.caller_key) == key.as_ref()
                && (c.started_at - q.received_at).abs() <= Duration::minutes(10)
        }) {
            c.dialled_key = phone::normalise(&dialled);
            c.dialled = Some(dialled.clone());
        }
    }
}
