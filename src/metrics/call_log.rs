//! The call figures over the log as the store keeps it ([`Dataset::calls`]):
//! the calls that still have their numbers are matched as
//! [`calls`](super::calls) says, and a call whose numbers the retention
//! period purged contributes what was frozen on it then, so that a period's
//! figures read the same before and after the purge.

use super::calls::{self, counts, dialled_source, CallFigures, CallTally};
use super::period::Period;
use crate::csvio::calls::{Call, CallDirection};
use crate::records::{Dataset, FrozenCall, Source, StoredCall};
use chrono::NaiveDate;
use rustc_hash::{FxHashMap, FxHashSet};

/// For each call of `ds.calls`, the inquiry it is (an index into
/// `ds.inquiries`): the purged calls keep the one they matched, the others
/// are matched among the inquiries no purged call holds.
pub fn match_log(ds: &Dataset) -> Vec<Option<usize>> {
    match_log_as_of(ds, NaiveDate::MAX)
}

/// [`match_log`] as the records stood on `as_of`: an inquiry received
/// after it was not logged yet and matches nothing.
pub fn match_log_as_of(ds: &Dataset, as_of: NaiveDate) -> Vec<Option<usize>> {
    let held: FxHashSet<&str> = ds
        .calls
        .iter()
        .filter_map(|c| c.frozen.as_ref()?.inquiry.as_deref())
        .collect();
    let mut matches = calls::match_calls_except(&ds.calls, &ds.inquiries, |q| {
        q.received_at.date() > as_of || (!held.is_empty() && held.contains(q.id.as_str()))
    });
    if !held.is_empty() {
        let index: FxHashMap<&str, usize> = ds
            .inquiries
            .iter()
            .enumerate()
            .filter(|(_, q)| held.contains(q.id.as_str()))
            .map(|(i, q)| (q.id.as_str(), i))
            .collect();
        for (m, c) in matches.iter_mut().zip(&ds.calls) {
            if let Some(f) = &c.frozen {
                *m = f.inquiry.as_deref().and_then(|id| index.get(id).copied());
            }
        }
    }
    matches
}

/// Whether a purged call took part in the figures: it was inbound and
/// answered (every stored call showed a number when it was read).
fn counted_when_purged(call: &Call) -> bool {
    call.direction == CallDirection::Inbound && call.answered
}

/// The company's call figures of `period` over the whole stored log.
pub fn log_figures(ds: &Dataset, matches: &[Option<usize>], period: &Period) -> CallFigures {
    log_tally(ds, matches, period).figures()
}

/// The counts of [`log_figures`].
pub fn log_tally(ds: &Dataset, matches: &[Option<usize>], period: &Period) -> CallTally {
    let mut t = calls::tally(ds, &ds.calls, matches, period);
    for c in &ds.calls {
        if let Some(f) = &c.frozen {
            if counted_when_purged(&c.call) && period.contains(c.call.started_at.date()) {
                t.add(f.logged, f.tracked, f.mismatched);
            }
        }
    }
    t
}

/// What the figures read of the call at `i` as things stand, to keep on
/// it when its numbers are purged.
pub fn freeze(ds: &Dataset, matches: &[Option<usize>], i: usize) -> FrozenCall {
    let c = &ds.calls[i];
    if let Some(f) = &c.frozen {
        return f.clone();
    }
    let counted = counts(&c.call);
    let m = if counted { matches[i] } else { None };
    let source = dialled_source(&c.call, &ds.sources);
    FrozenCall {
        logged: m.is_some(),
        tracked: counted && source.is_some(),
        mismatched: counted && calls::mismatched(ds, source, m),
        inquiry: m.map(|q| ds.inquiries[q].id.clone()),
    }
}

/// What the figures read of one call of the log, once: the day it started
/// and, when it takes part in the figures, whether it was logged, came
/// through a tracking number, and names another source than the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CallMark {
    pub day: NaiveDate,
    pub counted: Option<(bool, bool, bool)>,
}

/// The marks of every call of the log under `matches`, sorted by day: the
/// live calls as [`calls::tally`] counts them, the purged ones with what
/// was frozen on them, so that a period's [`log_figures`] are the marks in
/// its days (see [`marks_figures`]).
pub(crate) fn marks(ds: &Dataset, matches: &[Option<usize>]) -> Vec<CallMark> {
    let mut out: Vec<CallMark> = Vec::with_capacity(ds.calls.len());
    for (c, m) in ds.calls.iter().zip(matches) {
        let day = c.call.started_at.date();
        let before = out.len();
        if counts(&c.call) {
            let source = dialled_source(&c.call, &ds.sources);
            let mismatched = calls::mismatched(ds, source, *m);
            out.push(CallMark {
                day,
                counted: Some((m.is_some(), source.is_some(), mismatched)),
            });
        }
        if let Some(f) = c.frozen.as_ref().filter(|_| counted_when_purged(&c.call)) {
            out.push(CallMark {
                day,
                counted: Some((f.logged, f.tracked, f.mismatched)),
            });
        }
        if out.len() == before {
            out.push(CallMark { day, counted: None });
        }
    }
    out.sort_by_key(|m| m.day);
    out
}

/// The marks of the calls started in `period`, of [`marks`]' sorted list.
fn marks_in<'m>(marks: &'m [CallMark], period: &Period) -> &'m [CallMark] {
    let from = marks.partition_point(|m| m.day < period.from);
    let to = marks.partition_point(|m| m.day <= period.to);
    &marks[from..to.max(from)]
}

/// [`log_figures`] of `period` from the log's [`marks`].
pub(crate) fn marks_figures(marks: &[CallMark], period: &Period) -> CallFigures {
    let mut t = CallTally::default();
    for (logged, tracked, mismatched) in marks_in(marks, period).iter().filter_map(|m| m.counted) {
        t.add(logged, tracked, mismatched);
    }
    t.figures()
}

/// [`has_call_in`] from the log's [`marks`].
pub(crate) fn marks_have_call_in(marks: &[CallMark], period: &Period) -> bool {
    !period.is_empty() && !marks_in(marks, period).is_empty()
}

/// Whether the log holds a call started in `period`, which the benchmarks
/// ask before a prior period's call figures take part.
pub fn has_call_in(ds: &Dataset, period: &Period) -> bool {
    ds.calls
        .iter()
        .any(|c| period.contains(c.call.started_at.date()))
}

/// A logged call whose inquiry said one source and whose dialled tracking
/// number implies another: the dashboard lists them, never overwriting
/// what was said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch<'a> {
    pub call: &'a StoredCall,
    pub inquiry: usize,
    pub dialled: &'a Source,
}

/// The mismatches among the calls of `period` that still have their
/// numbers, oldest first.
pub fn mismatches<'a>(
    ds: &'a Dataset,
    matches: &[Option<usize>],
    period: &Period,
) -> Vec<Mismatch<'a>> {
    ds.calls
        .iter()
        .zip(matches)
        .filter(|(c, _)| counts(&c.call) && period.contains(c.call.started_at.date()))
        .filter_map(|(c, m)| {
            let dialled = dialled_source(&c.call, &ds.sources)?;
            calls::mismatched(ds, Some(dialled), *m).then(|| Mismatch {
                call: c,
                inquiry: m.expect("a mismatch is a matched call"),
                dialled,
            })
        })
        .collect()
}
