//! The phone system's call log on the screens: the Log screen's queue of
//! calls nobody logged (`unlogged_calls`), "not a lead" for one of them
//! (`dismiss_call`, which logs it as a non-lead inquiry so that it leaves
//! the queue and counts as asked), importing a call log, and the
//! dashboard's "Calls logged" tile.
//!
//! Logging a queued call as a lead needs no command of its own: the screen
//! fills the Log form from the call and saves it with `log_inquiry`; the
//! saved inquiry then matches the call and the call leaves the queue.

use super::call_files::count;
use super::dto::*;
use super::dto_calls::*;
use super::{no_company, Session};
use crate::error::{Error, ErrorCode, Result};
use crate::i18n::Translator;
use crate::metrics::call_log;
use crate::metrics::Report;
use crate::records::{Dataset, InquiryKind};
use crate::store::{UnloggedCall, QUEUE_DAYS_MAX};
use chrono::TimeDelta;
use rust_decimal::prelude::ToPrimitive;

const STAMP: &str = "%Y-%m-%dT%H:%M:%S";

fn unlogged_dto(u: UnloggedCall) -> UnloggedCallDto {
    let c = u.call.call;
    UnloggedCallDto {
        id: u.call.id,
        started_at: c.started_at.format(STAMP).to_string(),
        caller: c.caller,
        duration_s: u32::try_from(c.duration_s).unwrap_or(u32::MAX),
        dialled: c.dialled,
        source_id: u.source.as_ref().map(|s| s.0),
        source: u.source.map(|s| s.1),
    }
}

impl Session {
    /// The counted calls of today and the `days − 1` days before that no
    /// inquiry matches, newest first.
    pub fn unlogged_calls(&self, days: u32) -> Result<Vec<UnloggedCallDto>> {
        if !(1..=QUEUE_DAYS_MAX).contains(&days) {
            return Err(Error::invalid(
                "days",
                format!("the queue looks back 1 to {QUEUE_DAYS_MAX} days (got {days})"),
            ));
        }
        let from = (self.today() - TimeDelta::days(i64::from(days) - 1))
            .and_hms_opt(0, 0, 0)
            .expect("midnight exists");
        // Straight from the store, not through the cached records: the
        // queue reads only the calls and inquiries of its days.
        let st = self.lock();
        let store = st.store.as_ref().ok_or_else(no_company)?;
        Ok(store
            .unlogged_calls(from)?
            .into_iter()
            .map(unlogged_dto)
            .collect())
    }

    /// Whether the company has any call stored: the Log screen shows its
    /// queue only then (an empty queue of a company with a call log says
    /// that every call is logged; a company without one sees no queue).
    pub fn calls_stored(&self) -> Result<bool> {
        let st = self.lock();
        st.store.as_ref().ok_or_else(no_company)?.has_calls()
    }

    /// Logs the call `id` as an inquiry of kind call that was not a lead:
    /// received when the call began, the caller's number as its phone, the
    /// dialled tracking number's source (else Unknown) and the reason in
    /// its note. Answers as `log_inquiry` does, so the screen's undo works
    /// the same.
    pub fn dismiss_call(&self, id: i64, reason: Choice<NotLeadReason>) -> Result<LoggedInquiry> {
        let reason = reason.get()?;
        let (call, source_id, note) = {
            let st = self.lock();
            let store = st.store.as_ref().ok_or_else(no_company)?;
            let stored = store.call(id)?;
            if stored.frozen.is_some() {
                return Err(Error::field(
                    ErrorCode::NotFound,
                    "id",
                    format!("call {id} is past the retention period and has no number any more"),
                ));
            }
            let queued = store.unlogged_calls(stored.call.started_at)?;
            // A call an inquiry already stands for, or one that does not
            // count (missed), is not the queue's: logging it again would
            // count one caller twice.
            let Some(entry) = queued.iter().find(|u| u.call.id == id) else {
                return Err(Error::field(
                    ErrorCode::Inconsistent,
                    "id",
                    format!(
                        "call {id} is not one nobody logged: an inquiry already stands for it, \
                         or it was not answered"
                    ),
                ));
            };
            let source_id = entry.source.as_ref().map(|s| s.0);
            let tr = Translator::new(&store.settings().language)?;
            (stored.call, source_id, tr.t(reason.message_id()))
        };
        self.log_inquiry(InquiryInput {
            id: None,
            received_at: Some(call.started_at),
            kind: Choice::Known(InquiryKind::Call),
            company: None,
            contact: None,
            phone: Some(call.caller),
            email: None,
            source_id,
            touchpoints: Vec::new(),
            is_lead: false,
            notes: Some(note),
            version: None,
        })
    }

    /// Imports a phone system's call log whole, or refuses it with every
    /// bad row. `format` names the layout (asterisk, fritzbox, 3cx, plain;
    /// `None` recognises it); `columns` maps another layout's columns, as
    /// `started_at=…,caller=…,dialled=…`.
    pub fn import_call_log(
        &self,
        path: String,
        format: Option<Choice<CallFormat>>,
        columns: Option<String>,
        encoding_name: Option<String>,
    ) -> Result<CallImportOutcome> {
        // Importing a file is the owner's, the phone system's log too; the
        // queue it fills is every seat's. No PIN: it holds no money.
        self.seat_role().require(crate::role::Act::Import)?;
        let options = super::call_files::call_options(format, columns, encoding_name)?;
        let bytes = super::files::read(&path)?;
        let verdict = self.write(|store| store.import_calls(&bytes, &options))?;
        Ok(match verdict {
            Ok(s) => CallImportOutcome {
                accepted: true,
                format: Some(s.format.as_str().to_string()),
                detected: Some(DetectedDto::from(&s.detected)),
                calls: count(s.calls),
                new: count(s.new),
                already: count(s.already),
                outgoing: count(s.skipped.outgoing),
                internal: count(s.skipped.internal),
                withheld: count(s.skipped.withheld),
                tagged: count(s.tagged),
                purged: count(s.purged),
                errors: Vec::new(),
            },
            Err(r) => CallImportOutcome {
                accepted: false,
                format: None,
                detected: r.detected.as_ref().map(DetectedDto::from),
                calls: 0,
                new: 0,
                already: 0,
                outgoing: 0,
                internal: 0,
                withheld: 0,
                tagged: 0,
                purged: 0,
                errors: r.errors.iter().map(RowErrorDto::from).collect(),
            },
        })
    }
}

/// The dashboard's "Calls logged" tile for the report's period; `None`
/// when the company keeps no call log. `benchmark` is the tile's figure
/// against prior years, as the other tiles show theirs.
pub(super) fn calls_tile(ds: &Dataset, r: &Report, benchmark: Option<Kpi>) -> Option<CallsTileDto> {
    if ds.calls.is_empty() {
        return None;
    }
    let benchmark = benchmark?;
    // Counts of calls are whole numbers; the figure is a Decimal only to
    // travel with the others.
    let whole = |key: &str| r.company.get(key).and_then(|v| v.to_u32()).unwrap_or(0);
    let mismatches = if r.effective.is_empty() {
        Vec::new()
    } else {
        let name = |id| ds.source(id).map_or_else(String::new, |s| s.name.clone());
        call_log::mismatches(ds, &r.call_matches, &r.effective)
            .into_iter()
            .map(|m| {
                let q = &ds.inquiries[m.inquiry];
                CallMismatchDto {
                    inquiry_id: q.id.clone(),
                    started_at: m.call.call.started_at.format(STAMP).to_string(),
                    caller: m.call.call.caller.clone(),
                    said: name(q.source_id),
                    dialled: m.dialled.name.clone(),
                }
            })
            .collect()
    };
    Some(CallsTileDto {
        calls: whole("calls"),
        logged_pct: exact(r.company.calls_logged_pct),
        tracked_pct: exact(r.company.calls_tracked_pct),
        mismatch: whole("calls_source_mismatch"),
        benchmark,
        mismatches,
    })
}
