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
use rustc_hash::FxHashMap;
use serde::Serialize;

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
    // FxHash: a busy shop's years of phone inquiries are hashed here at
    // every as-of date the engine is asked about; the keys are the user's.
    let mut by_bucket: FxHashMap<String, Vec<(usize, String)>> = FxHashMap::default();
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
#[path = "calls_tests.rs"]
mod tests;
