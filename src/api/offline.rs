//! A team seat that starts while its server is away (issue 14). The app
//! remembers its team connection (`team`); when the server cannot be
//! reached at start (`offline`, not a refused password or certificate),
//! the session is an *offline team seat* rather than the welcome screen:
//!
//! - The Log screen works. Its entries go to the outbox (`outbox`), and
//!   what it needs of the records, the sources with their channels and
//!   tracking numbers and the number keys, comes from a small snapshot the
//!   seat wrote beside the outbox (`offline.json`) the last time it read
//!   them from the server. Without one its lists are empty: the source is
//!   left unanswered and the server files the entry under Unknown when it
//!   arrives (decision 73).
//! - Every other command fails with `offline`, which the screens say, and
//!   the status carries the time of the last read for the banner.
//! - Each look at the server (`send_waiting`, asked by the banner every ten
//!   seconds, and every new entry) first tries to connect again, backing
//!   off from one second to thirty; once connected the seat is a normal
//!   team seat and the waiting entries leave. A server that answers but
//!   refuses the login ends the offline seat: the welcome screen asks for
//!   the password, the entries still waiting.

use super::dto::{Catalog, InquiryDto, LogKeyDto, SessionStatus};
use super::dto_outbox::TeamReach;
use super::{outbox, Session, State};
use crate::error::{Error, ErrorCode, Result};
use crate::role::Role;
use crate::store::pg::errors::is_offline;
use crate::store::Store;
use chrono::{NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// The snapshot's file name, beside the outbox.
pub const SNAPSHOT_FILE: &str = "offline.json";

const FIRST_WAIT: Duration = Duration::from_secs(1);
const LONGEST_WAIT: Duration = Duration::from_secs(30);

/// What the Log screen needs of the records, as the seat last read them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(super) struct Snapshot {
    /// The team database it was read from (`outbox`'s key).
    team: String,
    /// The login that read it: its role is that login's only.
    user: String,
    company: String,
    currency: String,
    language: String,
    role: Option<Role>,
    catalog: Option<Catalog>,
    log_keys: Option<Vec<LogKeyDto>>,
    read_at: Option<NaiveDateTime>,
}

/// The session's side: the snapshot as last written or read, and when to
/// try the server again.
#[derive(Default)]
pub(super) struct Offline {
    snapshot: Mutex<Option<Snapshot>>,
    retry: Mutex<(Option<Instant>, Duration)>,
    /// The person chose to work offline while the password is not at hand
    /// (`work_offline`): the server is tried only with a password.
    chosen: Mutex<bool>,
}

fn locked<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// The answer of every command an offline team seat cannot serve.
pub(super) fn away() -> Error {
    Error::new(
        ErrorCode::Offline,
        "the team server cannot be reached; only Log inquiry works until it is back",
    )
}

fn password_needed() -> Error {
    Error::new(
        ErrorCode::AuthFailed,
        "the team server needs this login's password",
    )
}

impl Session {
    /// "Work offline meanwhile" (`on`) on the welcome screen that asks for
    /// the remembered connection's password: an offline team seat until
    /// the person chooses to type it (`!on`: the welcome screen again).
    /// Refused with `invalid` where no password is being asked or the
    /// session keeps no outbox.
    pub fn work_offline(&self, on: bool) -> Result<SessionStatus> {
        {
            let mut st = self.lock();
            let mut chosen = locked(&self.offline.chosen);
            if on {
                let asked = st.store.is_none()
                    && !st.demo
                    && st.team.is_some()
                    && st.team_failure.as_ref().map(|e| e.code) == Some(ErrorCode::AuthFailed);
                if !asked || self.snapshot_path().is_none() {
                    return Err(Error::invalid(
                        "offline",
                        "working offline is offered while a team password is asked",
                    ));
                }
                st.team_failure = Some(away());
                *chosen = true;
            } else if *chosen && st.offline_seat() {
                st.team_failure = Some(password_needed());
                *chosen = false;
            }
        }
        self.status()
    }

    fn snapshot_path(&self) -> Option<PathBuf> {
        self.seat.beside(SNAPSHOT_FILE)
    }

    /// The snapshot of the team database `key`, from memory or its file.
    fn snapshot(&self, key: &str) -> Option<Snapshot> {
        let mut kept = locked(&self.offline.snapshot);
        if kept.is_none() {
            let text = std::fs::read_to_string(self.snapshot_path()?).ok()?;
            *kept = serde_json::from_str(&text).ok();
        }
        kept.clone().filter(|s| s.team == key)
    }

    /// Keeps what was just read from the server in the snapshot, written
    /// only when it changed (the Log screen reads the catalog often).
    fn keep(&self, change: impl FnOnce(&mut Snapshot)) {
        let Some(key) = self.team_key() else {
            return;
        };
        let (company, currency, language, role, user) = {
            let st = self.lock();
            let Some(store) = st.store.as_ref().filter(|s| s.is_team()) else {
                return;
            };
            let s = store.settings();
            let user = st.team.as_ref().map(|t| t.user.clone()).unwrap_or_default();
            let lang = s.language.clone();
            (
                s.company_name.clone(),
                s.currency.clone(),
                lang,
                store.role(),
                user,
            )
        };
        let mut snap = self.snapshot(&key).unwrap_or_default();
        let before = snap.clone();
        snap.team = key;
        (snap.company, snap.currency, snap.language) = (company, currency, language);
        snap.role = Some(role);
        snap.user = user;
        change(&mut snap);
        let now = chrono::Local::now().naive_local().with_nanosecond(0);
        // The time of the last read is what the banner says: a snapshot
        // unchanged is written again once a minute for it.
        let fresh = before
            .read_at
            .zip(now)
            .is_some_and(|(at, now)| now - at < chrono::Duration::seconds(60));
        if snap == before && fresh {
            return;
        }
        snap.read_at = now;
        if let Some(path) = self.snapshot_path() {
            let written = serde_json::to_vec_pretty(&snap)
                .map_err(|e| Error::new(ErrorCode::Io, e.to_string()))
                .and_then(|bytes| {
                    crate::atomic::write_via_path(&path, |tmp| Ok(std::fs::write(tmp, &bytes)?))
                });
            if let Err(e) = written {
                eprintln!("leadledger: the offline snapshot was not kept: {e}");
            }
        }
        *locked(&self.offline.snapshot) = Some(snap);
    }

    /// The catalog as read, kept for an offline start; when the server is
    /// away, the one kept (none kept: no sources on an offline seat).
    pub(super) fn catalog_or_kept(&self, read: Result<Catalog>) -> Result<Catalog> {
        match read {
            Ok(c) => {
                self.keep(|s| s.catalog = Some(c.clone()));
                Ok(c)
            }
            Err(e) if is_offline(&e) => self.kept(
                e,
                |s| s.catalog,
                || Catalog {
                    channels: Vec::new(),
                    sources: Vec::new(),
                },
            ),
            Err(e) => Err(e),
        }
    }

    /// The number keys as worked out, kept likewise.
    pub(super) fn keys_or_kept(
        &self,
        read: Result<Vec<LogKeyDto>>,
        n: u32,
    ) -> Result<Vec<LogKeyDto>> {
        match read {
            Ok(keys) => {
                self.keep(|s| s.log_keys = Some(keys.clone()));
                Ok(keys)
            }
            Err(e) if is_offline(&e) => {
                let keys = self.kept(e, |s| s.log_keys, Vec::new)?;
                Ok(keys.into_iter().filter(|k| k.key <= n).collect())
            }
            Err(e) => Err(e),
        }
    }

    /// The Log screen's Last entries on an offline seat: nothing read yet
    /// (its waiting entries come with `waiting_entries`).
    pub(super) fn recent_or_none<T>(&self, read: Result<Vec<T>>) -> Result<Vec<T>> {
        match read {
            Err(e) if is_offline(&e) && self.lock().offline_seat() => Ok(Vec::new()),
            r => r,
        }
    }

    /// A waiting entry named from the kept catalog when no records were
    /// read this session (an offline start).
    pub(super) fn named_from_kept(&self, mut entry: InquiryDto) -> InquiryDto {
        if !entry.source.is_empty() {
            return entry;
        }
        let Some(catalog) = self.team_key().and_then(|k| self.snapshot(&k)?.catalog) else {
            return entry;
        };
        let named = |id: i64| catalog.sources.iter().find(|s| s.id == id);
        if let Some(s) = named(entry.source_id) {
            (entry.source, entry.channel) = (s.name.clone(), s.channel.clone());
        }
        for t in &mut entry.touchpoints {
            if let Some(s) = named(t.source_id) {
                t.source = s.name.clone();
            }
        }
        entry
    }

    fn kept<T>(
        &self,
        e: Error,
        part: impl FnOnce(Snapshot) -> Option<T>,
        none: impl FnOnce() -> T,
    ) -> Result<T> {
        let (key, seat) = {
            let st = self.lock();
            (outbox::outbox_key(&st), st.offline_seat())
        };
        match key.and_then(|k| self.snapshot(&k)).and_then(part) {
            Some(t) => Ok(t),
            None if seat => Ok(none()),
            None => Err(e),
        }
    }

    /// The status of an offline team seat: the company as last read, the
    /// Log screen's seat, the banner's offline and last read.
    pub(super) fn offline_status(&self, st: &State, status: &mut SessionStatus) {
        // A session that keeps no outbox cannot take entries: it stays at
        // the welcome screen, which says the server is away.
        if !st.offline_seat() || self.snapshot_path().is_none() {
            return;
        }
        let Some(key) = outbox::outbox_key(st) else {
            return;
        };
        let snap = self.snapshot(&key).unwrap_or_default();
        status.needs_setup = false;
        status.team = st.team.as_ref().map(super::team::label);
        status.team_failure = None;
        if !snap.company.is_empty() {
            status.company = snap.company.clone();
            status.currency = snap.currency.clone();
            status.language = super::convert::language_of(&snap.language);
        }
        // Without a snapshot, or with one another login read, the seat's
        // role is not known: the front desk's screens, the fewest, until
        // the server says.
        let same_login = st.team.as_ref().is_some_and(|t| t.user == snap.user);
        status.role = snap.role.filter(|_| same_login).unwrap_or(Role::Desk);
        // Chosen while the password was asked: the banner offers to type it.
        if *locked(&self.offline.chosen) {
            status.team_failure = Some(password_needed());
        }
        status.reach = status.reach.take().map(|r| self.offline_reach(st, r));
    }

    /// `reach` as an offline seat says it: offline, last read when the
    /// snapshot was.
    pub(super) fn offline_reach(&self, st: &State, mut reach: TeamReach) -> TeamReach {
        if st.offline_seat() {
            reach.offline = true;
            let key = outbox::outbox_key(st).unwrap_or_default();
            let snap = self.snapshot(&key);
            reach.last_read_at = reach.last_read_at.or(snap.and_then(|s| s.read_at));
        }
        reach
    }

    /// On an offline seat, tries the server again when the wait since the
    /// last try is over, doubling the wait after each failure. Connected,
    /// the seat becomes a normal team seat; refused (a password changed or
    /// missing), the welcome screen asks for it.
    pub(super) fn reconnect_if_due(&self) {
        let target = {
            let st = self.lock();
            if !st.offline_seat() {
                return;
            }
            st.team.clone()
        };
        let Some(target) = target else {
            return;
        };
        {
            let retry = locked(&self.offline.retry);
            if retry.0.is_some_and(|at| Instant::now() < at) {
                return;
            }
        }
        let target = super::team::with_kept_password(target, self.keys.as_ref());
        if *locked(&self.offline.chosen) && !target.has_password() {
            // Without a password the server can only refuse the login.
            return;
        }
        let opened = Store::open_team(&target);
        let mut retry = locked(&self.offline.retry);
        match opened {
            Err(e) if is_offline(&e) => {
                let wait = retry.1.clamp(FIRST_WAIT, LONGEST_WAIT);
                *retry = (Some(Instant::now() + wait), wait * 2);
            }
            result => {
                *retry = (None, FIRST_WAIT);
                drop(retry);
                let mut st = self.lock();
                if !st.offline_seat() {
                    return;
                }
                match result {
                    Ok(store) => {
                        *locked(&self.offline.chosen) = false;
                        st.replace(store, false, Vec::new());
                        st.team_failure = None;
                        st.team = Some(target);
                        drop(st);
                        self.take_team_daily();
                    }
                    Err(e) => st.team_failure = Some(e),
                }
            }
        }
    }
}
