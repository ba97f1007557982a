//! The call record of `shared/spec/csv.md` (`calls`), the legs the format
//! readers produce, and the one step that turns legs into calls: rows that
//! share a call_id (or, without one, the same second, caller and dialled
//! number) are one call, answered if any leg was, and only inbound calls
//! from a number the log shows are kept.

use crate::phone;
use chrono::{NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Which way a call went, as the plain form's `direction` column spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CallDirection {
    Inbound,
    Outbound,
    Internal,
}

impl CallDirection {
    pub const ALL: &'static [CallDirection] = &[
        CallDirection::Inbound,
        CallDirection::Outbound,
        CallDirection::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CallDirection::Inbound => "inbound",
            CallDirection::Outbound => "outbound",
            CallDirection::Internal => "internal",
        }
    }

    /// Parses [`Self::as_str`], case-insensitively.
    pub fn parse(s: &str) -> Option<CallDirection> {
        Self::ALL
            .iter()
            .copied()
            .find(|d| d.as_str().eq_ignore_ascii_case(s.trim()))
    }

    /// The accepted spellings, for error messages.
    pub fn choices() -> String {
        Self::ALL
            .iter()
            .map(|d| d.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// One call of the log, as the store will keep it: an inbound call from a
/// number the log shows (the reader keeps no other), with every field the
/// spec's `calls` kind defines. Numbers are kept as written, for the owner
/// to read, and normalised (`phone::normalise`), for matching.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Call {
    /// The line of the file its first row starts on (the header is line 1
    /// where there is one), for messages that point back at the file.
    pub row: usize,
    /// The shop's wall-clock time the call began, as the log wrote it.
    pub started_at: NaiveDateTime,
    /// The calling number as written.
    pub caller: String,
    /// `caller` normalised; present on every kept call.
    pub caller_key: String,
    /// The number called (a tracking number or the main line) as written;
    /// `None` when the log does not say.
    pub dialled: Option<String>,
    pub dialled_key: Option<String>,
    /// Talk time in whole seconds (0 for a call nobody answered).
    pub duration_s: i64,
    pub answered: bool,
    pub direction: CallDirection,
    /// The extension or device that took it, as the log names it.
    pub extension: Option<String>,
    /// The phone system's own id of the call, when it logs one.
    pub call_id: Option<String>,
}

impl AsRef<Call> for Call {
    fn as_ref(&self) -> &Call {
        self
    }
}

/// What makes two calls the same call (csv.md): the call_id when there is
/// one, otherwise the start to the second with both normalised numbers. A
/// later import compares stored calls by this key so that an overlapping log
/// adds only what is new.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum CallKey {
    Id(String),
    Moment {
        started_at: NaiveDateTime,
        caller: Option<String>,
        dialled: Option<String>,
    },
}

impl Call {
    pub fn key(&self) -> CallKey {
        key_of(
            self.call_id.as_deref(),
            self.started_at,
            Some(&self.caller_key),
            self.dialled_key.as_deref(),
        )
    }
}

fn key_of(
    call_id: Option<&str>,
    started_at: NaiveDateTime,
    caller: Option<&str>,
    dialled: Option<&str>,
) -> CallKey {
    match call_id {
        Some(id) => CallKey::Id(id.to_string()),
        None => CallKey::Moment {
            // Sub-second digits are dropped: two logs of one call may differ
            // there, and the spec compares to the second.
            started_at: started_at.with_nanosecond(0).unwrap_or(started_at),
            caller: caller.map(String::from),
            dialled: dialled.map(String::from),
        },
    }
}

/// One row of a phone system's log as a format reader understood it. A call
/// that rang several phones or was transferred is several legs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leg {
    pub row: usize,
    pub started_at: NaiveDateTime,
    /// As written; empty when the number was withheld.
    pub caller: String,
    pub dialled: Option<String>,
    pub duration_s: i64,
    pub answered: bool,
    pub direction: CallDirection,
    pub extension: Option<String>,
    pub call_id: Option<String>,
}

/// The calls of a log that the reader did not keep, by why. Each counts
/// calls (legs merged), not rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub outgoing: usize,
    pub internal: usize,
    /// Inbound calls that show no caller number: the spec never counts them,
    /// and nothing could match them to an inquiry.
    pub withheld: usize,
}

/// Merges legs into calls and keeps the inbound ones from a shown number,
/// oldest first (ties by row). The legs of one call may stand anywhere in
/// the file: a log is written as legs end, not as calls begin.
pub fn merge(legs: Vec<Leg>) -> (Vec<Call>, Skipped) {
    let mut groups: Vec<Vec<Leg>> = Vec::new();
    let mut index: HashMap<CallKey, usize> = HashMap::new();
    for leg in legs {
        let caller = phone::normalise(&leg.caller);
        let dialled = leg.dialled.as_deref().and_then(phone::normalise);
        let key = key_of(
            leg.call_id.as_deref(),
            leg.started_at,
            caller.as_deref(),
            dialled.as_deref(),
        );
        match index.get(&key) {
            Some(&i) => groups[i].push(leg),
            None => {
                index.insert(key, groups.len());
                groups.push(vec![leg]);
            }
        }
    }
    let mut skipped = Skipped::default();
    let mut calls = Vec::new();
    for legs in groups {
        match one_call(&legs) {
            Ok(call) => calls.push(call),
            Err(CallDirection::Outbound) => skipped.outgoing += 1,
            Err(CallDirection::Internal) => skipped.internal += 1,
            Err(CallDirection::Inbound) => skipped.withheld += 1,
        }
    }
    calls.sort_by_key(|c| (c.started_at, c.row));
    (calls, skipped)
}

/// The call its legs make, or the reason it is not kept: its direction, or
/// `Inbound` when it is inbound but shows no caller number.
fn one_call(legs: &[Leg]) -> Result<Call, CallDirection> {
    let has = |d: CallDirection| legs.iter().any(|l| l.direction == d);
    if !has(CallDirection::Inbound) {
        return Err(if has(CallDirection::Outbound) {
            CallDirection::Outbound
        } else {
            CallDirection::Internal
        });
    }
    // The first leg in time speaks for the call; the others only add that
    // it was answered, where, and for how long.
    let first = legs
        .iter()
        .min_by_key(|l| (l.started_at, l.row))
        .expect("a group has a leg");
    let shown = legs
        .iter()
        .filter(|l| l.direction == CallDirection::Inbound)
        .find_map(|l| phone::normalise(&l.caller).map(|k| (l.caller.clone(), k)));
    let Some((caller, caller_key)) = shown else {
        return Err(CallDirection::Inbound);
    };
    let dialled = legs.iter().find_map(|l| l.dialled.clone());
    // A queue's segment is answered too, by the queue, and talks for no
    // time; the leg that talked longest is the phone that took the call.
    let answering = legs
        .iter()
        .filter(|l| l.answered)
        .max_by_key(|l| (l.duration_s, std::cmp::Reverse(l.row)));
    Ok(Call {
        row: legs.iter().map(|l| l.row).min().unwrap_or(first.row),
        started_at: first.started_at,
        caller,
        caller_key,
        dialled_key: dialled.as_deref().and_then(phone::normalise),
        dialled,
        // Legs of one conversation overlap (a queue's leg and its agent's
        // leg cover the same talk), so the longest stands for the call
        // rather than their sum.
        duration_s: legs.iter().map(|l| l.duration_s).max().unwrap_or(0),
        answered: answering.is_some(),
        direction: CallDirection::Inbound,
        extension: answering
            .and_then(|l| l.extension.clone())
            .or_else(|| legs.iter().find_map(|l| l.extension.clone())),
        call_id: first.call_id.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(h: u32, m: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 3, 2)
            .unwrap()
            .and_hms_opt(h, m, s)
            .unwrap()
    }

    fn leg(row: usize, start: NaiveDateTime, caller: &str, direction: CallDirection) -> Leg {
        Leg {
            row,
            started_at: start,
            caller: caller.into(),
            dialled: Some("+49 30 1234560".into()),
            duration_s: 0,
            answered: false,
            direction,
            extension: None,
            call_id: None,
        }
    }

    #[test]
    fn legs_with_one_call_id_are_one_call_answered_if_any_leg_was() {
        let mut a = leg(2, at(9, 0, 5), "0301234571", CallDirection::Inbound);
        let mut b = a.clone();
        a.call_id = Some("1767600000.7".into());
        b.call_id = a.call_id.clone();
        b.row = 3;
        b.answered = true;
        b.duration_s = 95;
        b.extension = Some("102".into());
        let mut c = a.clone();
        c.row = 4;
        c.started_at = at(9, 0, 4);
        c.extension = Some("101".into());
        let (calls, skipped) = merge(vec![a, b, c]);
        assert_eq!(skipped, Skipped::default());
        assert_eq!(calls.len(), 1);
        let call = &calls[0];
        assert!(call.answered);
        assert_eq!(call.started_at, at(9, 0, 4));
        assert_eq!((call.row, call.duration_s), (2, 95));
        assert_eq!(call.extension.as_deref(), Some("102"));
        assert_eq!(call.caller_key, "301234571");
        assert_eq!(call.key(), CallKey::Id("1767600000.7".into()));
    }

    #[test]
    fn without_an_id_the_second_and_both_numbers_decide() {
        let a = leg(2, at(9, 0, 5), "030 1234571", CallDirection::Inbound);
        let mut same = leg(3, at(9, 0, 5), "030/123 45 71", CallDirection::Inbound);
        same.started_at += chrono::Duration::milliseconds(400);
        let later = leg(4, at(9, 0, 6), "030 1234571", CallDirection::Inbound);
        let (calls, _) = merge(vec![a, same, later]);
        assert_eq!(calls.len(), 2);
        assert_eq!(calls[0].row, 2);
        // The key compares normalised numbers, as the spec says, not lines:
        // "+49 30 …" and "030 …" are one line but two keys. One log writes
        // a number one way, so a re-import still finds its calls.
        let (calls, _) = merge(vec![
            leg(2, at(9, 0, 5), "030 1234571", CallDirection::Inbound),
            leg(3, at(9, 0, 5), "+49 30 1234571", CallDirection::Inbound),
        ]);
        assert_eq!(calls.len(), 2);
    }

    #[test]
    fn outgoing_internal_and_withheld_calls_are_counted_not_kept() {
        let (calls, skipped) = merge(vec![
            leg(2, at(9, 0, 0), "101", CallDirection::Internal),
            leg(3, at(9, 1, 0), "101", CallDirection::Outbound),
            leg(4, at(9, 2, 0), "", CallDirection::Inbound),
            leg(5, at(9, 3, 0), "anonymous", CallDirection::Inbound),
            leg(6, at(9, 4, 0), "0301234571", CallDirection::Inbound),
        ]);
        assert_eq!(calls.len(), 1);
        assert_eq!(
            skipped,
            Skipped {
                outgoing: 1,
                internal: 1,
                withheld: 2
            }
        );
    }

    #[test]
    fn directions_round_trip_their_names() {
        for d in CallDirection::ALL {
            assert_eq!(CallDirection::parse(&d.as_str().to_uppercase()), Some(*d));
        }
        assert_eq!(CallDirection::parse("sideways"), None);
        assert_eq!(CallDirection::choices(), "inbound, outbound, internal");
    }
}
