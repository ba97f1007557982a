//! The Log screen on a team seat whose server cannot be reached. A new
//! entry gets its UUID and its time here, where it is entered; when the
//! server does not answer (`offline`) it is kept in the seat's outbox
//! (`store::outbox`, a file beside the app's settings) and the answer says
//! it is waiting to be sent. Waiting entries are sent oldest first before
//! any new entry and whenever the page asks about them, each by its UUID,
//! so the server stores it once however often it arrives; the outbox row is
//! removed only after the server acknowledged it. The session also notes
//! whether the server answered and when the records were last read, for
//! the other screens' offline banner.

use super::convert::source_label;
use super::dto::*;
use super::dto_outbox::{TeamReach, WaitingEntry};
use super::{Session, State};
use crate::error::{Error, ErrorCode, Result};
use crate::records::{Dataset, InquiryKind};
use crate::store::outbox::{Outbox, Waiting};
use crate::store::pg::errors::is_offline;
use crate::store::pg::Target;
use crate::store::{new_uuid, Store};
use chrono::{NaiveDateTime, Timelike};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// The outbox's file name, beside the app's `connection.json`.
pub const OUTBOX_FILE: &str = "outbox.db";

/// After the server failed to answer, waiting entries are not tried again
/// for this long: reaching a host that is gone can take the connect timeout
/// (10 seconds), and staff logging a call must not wait for it each time.
const RETRY_AFTER: Duration = Duration::from_secs(5);

/// What the session knows of its server and outbox. Its lock is only ever
/// taken after the session's state lock or alone, never the other way.
#[derive(Default)]
pub(super) struct Reach {
    path: Option<PathBuf>,
    outbox: Option<Outbox>,
    offline: bool,
    last_read_at: Option<NaiveDateTime>,
    /// The records as last read, kept across writes: a waiting entry's
    /// source is named from them while the server is away.
    records: Option<Arc<Dataset>>,
    retry_at: Option<Instant>,
}

/// The session's side of the outbox: its reach, and a lock that lets one
/// sender at a time go through the waiting entries.
#[derive(Default)]
pub(super) struct Seat {
    reach: Mutex<Reach>,
    sending: Mutex<()>,
}

fn locked<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn now() -> NaiveDateTime {
    let now = chrono::Local::now().naive_local();
    now.with_nanosecond(0).unwrap_or(now)
}

/// The team database an outbox entry is meant for: the server and the
/// database, not the person (another login on the same seat sends it too).
fn team_key(t: &Target) -> String {
    format!("{}:{}/{}", t.host, t.port, t.database)
}

/// The outbox key of the session's open team database; `None` on a file,
/// in the demo and at the welcome screen.
pub(super) fn outbox_key(st: &State) -> Option<String> {
    let on_team = !st.demo && st.store.as_ref().is_some_and(Store::is_team);
    let on_team = on_team || st.offline_seat();
    st.team.as_ref().filter(|_| on_team).map(team_key)
}

impl Seat {
    /// The file `name` beside the outbox, if the session keeps one.
    pub(super) fn beside(&self, name: &str) -> Option<PathBuf> {
        Some(locked(&self.reach).path.as_ref()?.with_file_name(name))
    }

    pub(super) fn set_path(&self, path: Option<PathBuf>) {
        let mut r = locked(&self.reach);
        r.outbox = None;
        r.path = path;
    }

    /// Notes whether a statement reached the server: `offline` sets the
    /// banner, anything the server answered clears it.
    pub(super) fn noted<T>(&self, result: Result<T>) -> Result<T> {
        let mut r = locked(&self.reach);
        match &result {
            Err(e) if is_offline(e) => r.offline = true,
            _ => r.offline = false,
        }
        result
    }

    /// The records were read from the database just now.
    pub(super) fn read_done(&self, records: Option<&Arc<Dataset>>) {
        let mut r = locked(&self.reach);
        r.last_read_at = Some(now());
        if let Some(ds) = records {
            r.records = Some(ds.clone());
        }
    }

    /// Runs `f` on the outbox, opened at first use; `None` when the session
    /// keeps none (a session without the app's settings folder).
    fn with<T>(&self, f: impl FnOnce(&Outbox) -> Result<T>) -> Result<Option<T>> {
        let mut r = locked(&self.reach);
        if r.outbox.is_none() {
            match r.path.clone() {
                Some(p) => r.outbox = Some(Outbox::open(&p)?),
                None => return Ok(None),
            }
        }
        r.outbox.as_ref().map(f).transpose()
    }

    pub(super) fn reach(&self, key: Option<&str>) -> Option<TeamReach> {
        let key = key?;
        let waiting = self.with(|o| o.count(key)).ok().flatten().unwrap_or(0);
        let r = locked(&self.reach);
        Some(TeamReach {
            offline: r.offline,
            last_read_at: r.last_read_at,
            waiting,
        })
    }

    /// The entries may be tried now: the last failure is long enough ago.
    fn may_try(&self) -> bool {
        locked(&self.reach)
            .retry_at
            .is_none_or(|at| Instant::now() >= at)
    }

    fn failed_now(&self) {
        let mut r = locked(&self.reach);
        r.offline = true;
        r.retry_at = Some(Instant::now() + RETRY_AFTER);
    }

    fn offline(&self) -> bool {
        locked(&self.reach).offline
    }

    fn records(&self) -> Option<Arc<Dataset>> {
        locked(&self.reach).records.clone()
    }
}

impl Session {
    /// Keeps the outbox at `path` (the app keeps it beside its settings,
    /// see [`Session::with_config`]); `None` keeps none, so an entry the
    /// server does not take fails with `offline`.
    pub fn with_outbox(self, path: Option<PathBuf>) -> Session {
        self.seat.set_path(path);
        self
    }

    pub(super) fn outbox_beside(&self, config: Option<&Path>) {
        let dir = config.and_then(Path::parent);
        self.seat.set_path(dir.map(|d| d.join(OUTBOX_FILE)));
    }

    /// A new entry on a team database: the waiting ones go first, then
    /// this one, to the server or, when it does not answer, to the outbox.
    pub(super) fn log_team_entry(
        &self,
        mut input: InquiryInput,
        kind: InquiryKind,
        key: String,
    ) -> Result<LoggedInquiry> {
        input.received_at.get_or_insert_with(now);
        self.reconnect_if_due();
        let uuid = new_uuid();
        if self.send_waiting_for(&key)? == 0 {
            match self.log_now(input.clone(), kind, None, Some(&uuid)) {
                Err(e) if is_offline(&e) && self.seat.with(|_| Ok(()))?.is_some() => {
                    self.seat.failed_now();
                }
                r => return r,
            }
        }
        let text = serde_json::to_string(&input)
            .map_err(|e| Error::new(ErrorCode::Io, format!("the entry as JSON: {e}")))?;
        let entered = now();
        self.seat
            .with(|o| o.put(&key, &uuid, entered, &text))?
            .ok_or_else(|| Error::new(ErrorCode::Offline, "the team server cannot be reached"))?;
        let records = self.seat.records();
        Ok(LoggedInquiry {
            inquiry: self.named_from_kept(as_entered(records.as_deref(), &input, kind)),
            undo_token: None,
            waiting: Some(uuid),
        })
    }

    /// Sends what waits in the outbox (when the server was not just found
    /// away) and answers how the server is reached; `None` off a team
    /// database.
    pub fn send_waiting(&self) -> Result<Option<TeamReach>> {
        self.reconnect_if_due();
        let key = self.team_key();
        if let Some(k) = &key {
            if self.send_waiting_for(k)? == 0 && self.seat.offline() && self.seat.may_try() {
                // Nothing to send, but the banner is up: one look at the
                // server's change mark says whether it is back (noted by
                // `read`); a failure only keeps the banner.
                if self.read(|_, _| Ok(())).is_err() {
                    self.seat.failed_now();
                }
            }
        }
        let reach = self.seat.reach(key.as_deref());
        Ok(reach.map(|r| self.offline_reach(&self.lock(), r)))
    }

    /// The entries waiting for this team database, oldest first, after
    /// trying to send them.
    pub fn waiting_entries(&self) -> Result<Vec<WaitingEntry>> {
        let Some(key) = self.team_key() else {
            return Ok(Vec::new());
        };
        self.send_waiting_for(&key)?;
        let waiting = self.seat.with(|o| o.waiting(&key))?.unwrap_or_default();
        let records = self.seat.records();
        waiting
            .into_iter()
            .map(|w| {
                let input = parsed(&w)?;
                let kind = input.kind.get().unwrap_or(InquiryKind::Other);
                Ok(WaitingEntry {
                    inquiry: self.named_from_kept(as_entered(records.as_deref(), &input, kind)),
                    uuid: w.uuid,
                    problem: w.problem,
                })
            })
            .collect()
    }

    /// Sends the waiting entries oldest first, each removed once the server
    /// took it; stops at the first that finds the server away. Answers how
    /// many entries the server may still take (those it refused for a
    /// reason stay, with it, and do not hold the others back).
    fn send_waiting_for(&self, key: &str) -> Result<u32> {
        let _one_sender = locked(&self.seat.sending);
        let waiting = self.seat.with(|o| o.waiting(key))?.unwrap_or_default();
        let mut left = waiting.iter().filter(|w| w.problem.is_none()).count() as u32;
        if left == 0 || !self.seat.may_try() {
            return Ok(left);
        }
        for w in waiting.iter().filter(|w| w.problem.is_none()) {
            let sent = parsed(w).and_then(|input| {
                let kind = input.kind.get()?;
                self.log_now(input, kind, None, Some(&w.uuid))
            });
            match sent {
                Ok(_) => {
                    self.seat.with(|o| o.remove(&w.uuid))?;
                }
                Err(e) if is_offline(&e) => {
                    self.seat.failed_now();
                    return Ok(left);
                }
                Err(e) => {
                    self.seat
                        .with(|o| o.set_problem(&w.uuid, Some(&e.message)))?;
                }
            }
            left -= 1;
        }
        Ok(0)
    }
}

fn parsed(w: &Waiting) -> Result<InquiryInput> {
    serde_json::from_str(&w.input).map_err(|e| {
        Error::new(
            ErrorCode::Corrupt,
            format!("the outbox's entry {} cannot be read: {e}", w.uuid),
        )
    })
}

/// A waiting entry as the Last entries list shows it: no number yet, its
/// sources named from the records last read (the page has them too).
fn as_entered(ds: Option<&Dataset>, input: &InquiryInput, kind: InquiryKind) -> InquiryDto {
    let label = |id: i64| ds.map(|ds| source_label(ds, id)).unwrap_or_default();
    let source_id = input
        .source_id
        .or_else(|| ds.and_then(Dataset::unknown_source_id))
        .unwrap_or_default();
    let (source, channel) = label(source_id);
    InquiryDto {
        id: String::new(),
        received_at: input.received_at.unwrap_or_else(now),
        kind,
        company: input.company.clone(),
        contact: input.contact.clone(),
        phone: input.phone.clone(),
        email: input.email.clone(),
        source_id,
        source,
        channel,
        touchpoints: input
            .touchpoints
            .iter()
            .map(|t| TouchpointDto {
                source_id: t.source_id,
                source: label(t.source_id).0,
                date: t.date,
            })
            .collect(),
        is_lead: input.is_lead,
        notes: input.notes.clone(),
        // A new entry is qualified from the Inquiries list once stored.
        qualified_at: None,
        deals: Vec::new(),
        deals_total: None,
        version: 0,
    }
}
