//! The owner PIN of a single-file database: an optional lock on the money
//! screens of a computer that staff share with the owner.
//!
//! The PIN is kept as an Argon2id hash (a PHC string with its own random
//! salt) in the database's settings, never as itself. While a PIN is set and
//! has not been entered in this session, the session refuses the money
//! commands with the code `locked`; the dashboard still answers, with its
//! counts only. Five wrong PINs in a row make the session wait 30 seconds
//! before it checks another; the count is kept in the session (a restart
//! starts it over, which costs the guesser a restart each time, and an
//! attacker with the file can read it without the app anyway).
//!
//! It is a lock on the screens, not encryption: whoever can open the file
//! can read every record with another program, and clears a forgotten PIN
//! with `leadledger pin clear`. On a team database the PIN does not apply:
//! the server's roles decide who sees what.

use super::dto::{Dashboard, InquiryDto, InquiryPage};
use super::Session;
use crate::error::{Error, ErrorCode, Result};
use crate::role::{Act, Role};
use argon2::password_hash::{rand_core::OsRng, PasswordHash, SaltString};
use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use serde::{Deserialize, Serialize};
use std::sync::{Arc, MutexGuard};
use std::time::{Duration, Instant};
use ts_rs::TS;

/// Wrong PINs in a row before the session waits.
pub const MAX_TRIES: u32 = 5;
/// How long it waits then.
pub const WAIT: Duration = Duration::from_secs(30);
/// The shortest and longest PIN, in digits.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=12;

/// Where the PIN stands, for the lock and the Settings screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PinStatus {
    /// A PIN is set on the open database (never on a team database).
    pub set: bool,
    /// The money screens are locked: a PIN is set and was not entered.
    pub locked: bool,
    /// Seconds left of the wait after too many wrong PINs, if waiting.
    pub wait_s: Option<u32>,
}

/// A clock reading: the time since some fixed moment. Injected so that the
/// tests can pass the 30 seconds without sleeping through them.
pub type Clock = Arc<dyn Fn() -> Duration + Send + Sync>;

/// The system's monotonic clock, counted from the moment it is made.
fn system_clock() -> Clock {
    let start = Instant::now();
    Arc::new(move || start.elapsed())
}

/// The session's side of the PIN: who entered it, and the wrong tries.
pub(super) struct Gate {
    clock: Clock,
    /// Wrong PINs since the last right one or the last wait.
    failures: u32,
    /// When the wait ends, as a reading of `clock`.
    wait_until: Option<Duration>,
    /// The hash the right PIN was entered for. Kept as the hash rather than
    /// a flag: another database (a restored backup, the demo, a new PIN)
    /// has another hash, salted at random, so it comes up locked without
    /// every place that changes the store having to say so.
    opened: Option<String>,
}

impl Default for Gate {
    fn default() -> Self {
        Gate {
            clock: system_clock(),
            failures: 0,
            wait_until: None,
            opened: None,
        }
    }
}

impl Gate {
    /// Seconds left of the wait, rounded up; `None` when not waiting.
    fn wait_left(&self) -> Option<u32> {
        let now = (self.clock)();
        let until = self.wait_until.filter(|u| *u > now)?;
        let left = until - now;
        Some(left.as_secs() as u32 + u32::from(left.subsec_nanos() > 0))
    }

    /// Checks `pin` against `hash`, counting a wrong one; refused unchecked
    /// while waiting.
    fn check(&mut self, hash: &str, pin: &str) -> Result<()> {
        if let Some(s) = self.wait_left() {
            return Err(waiting(s));
        }
        if verify(hash, pin)? {
            self.failures = 0;
            self.wait_until = None;
            return Ok(());
        }
        self.failures += 1;
        if self.failures >= MAX_TRIES {
            // The count starts over after the wait: five more tries.
            self.failures = 0;
            self.wait_until = Some((self.clock)() + WAIT);
            return Err(waiting(WAIT.as_secs() as u32));
        }
        let left = MAX_TRIES - self.failures;
        Err(Error::field(
            ErrorCode::Locked,
            "pin",
            format!(
                "that PIN is not right; {left} more {} before a {}-second wait",
                if left == 1 { "try" } else { "tries" },
                WAIT.as_secs()
            ),
        ))
    }
}

fn waiting(seconds: u32) -> Error {
    Error::field(
        ErrorCode::Locked,
        "pin",
        format!("too many wrong PINs; try again in {seconds} seconds"),
    )
}

/// Refuses anything but 4 to 12 digits, naming the rule.
pub fn check_rule(pin: &str, field: &str) -> Result<()> {
    if PIN_DIGITS.contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(());
    }
    Err(Error::invalid(
        field,
        format!(
            "a PIN is {} to {} digits (0-9), nothing else",
            PIN_DIGITS.start(),
            PIN_DIGITS.end()
        ),
    ))
}

/// The PHC string of `pin`: Argon2id with the crate's default parameters
/// (19 MiB, two passes, one lane: OWASP's recommended minimum, about 50 ms
/// on a desktop) and a fresh random salt.
pub fn hash(pin: &str) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| Error::new(ErrorCode::Io, format!("the PIN could not be hashed: {e}")))
}

/// Whether `pin` is the one `hash` was made from. The parameters are read
/// from the PHC string, so a hash made with other ones still verifies.
pub fn verify(hash: &str, pin: &str) -> Result<bool> {
    let parsed = PasswordHash::new(hash).map_err(|e| {
        Error::new(
            ErrorCode::Corrupt,
            format!("the stored PIN is damaged ({e}); clear it with `leadledger pin clear`"),
        )
    })?;
    Ok(Argon2::default()
        .verify_password(pin.as_bytes(), &parsed)
        .is_ok())
}

/// The dashboard without its money: the money tiles left out, the channels'
/// and sources' amounts blank, and only the untracked-lead warning kept
/// (the others speak of spend and revenue).
fn counts_only(mut d: Dashboard) -> Dashboard {
    // A locked screen shows what a seat that reads deals but no money sees
    // (a sales login's figures), so the PIN and the roles draw one line
    // between counts and money, kept in `metrics::seen`.
    d.kpis
        .retain(|k| crate::metrics::sees(crate::role::Role::Sales, &k.key));
    for row in d.channels.iter_mut().chain(d.sources.iter_mut()) {
        row.spend = None;
        row.revenue = None;
        row.roi_pct = None;
        row.cpl = None;
    }
    d.warnings.retain(|w| w.key == "unknown_source_high");
    super::funnel::funnel_counts_only(&mut d.funnel);
    d.cohorts = None;
    d
}

/// An inquiry without its deals' amounts, for a locked session's lists.
fn without_deals(mut i: InquiryDto) -> InquiryDto {
    i.deals.clear();
    i.deals_total = None;
    i
}

impl Session {
    /// The PIN test clock, for tests: `clock` is read for every wait.
    pub fn with_pin_clock(self, clock: Clock) -> Session {
        self.gate().clock = clock;
        self
    }

    fn gate(&self) -> MutexGuard<'_, Gate> {
        self.pin.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The open database's PIN hash; `None` without one, without a
    /// database, and on a team database, where roles apply instead.
    fn pin_hash(&self) -> Result<Option<String>> {
        let st = self.lock();
        match st.store.as_ref() {
            Some(store) if !store.is_team() => store.owner_pin_hash(),
            _ => Ok(None),
        }
    }

    fn is_locked(&self) -> Result<bool> {
        Ok(match self.pin_hash()? {
            Some(h) => self.gate().opened.as_deref() != Some(h.as_str()),
            None => false,
        })
    }

    /// The open store's role; the owner without a store (the commands
    /// then refuse for want of a company).
    pub(super) fn seat_role(&self) -> Role {
        self.lock().store.as_ref().map_or(Role::Owner, |s| s.role())
    }

    /// The one guard at the top of every command not every seat may use:
    /// a seat whose role may not do `act` is refused with `forbidden` and
    /// a sentence naming what its role may not do, before anything is
    /// read; then a session locked with the owner PIN is refused with
    /// `locked`. The two never both apply: a file is the owner's, and a
    /// team database has no PIN.
    pub(super) fn require(&self, act: Act) -> Result<()> {
        self.seat_role().require(act)?;
        self.pin_guard()
    }

    /// Refuses a money command while the money screens are locked.
    pub(super) fn pin_guard(&self) -> Result<()> {
        if self.is_locked()? {
            return Err(Error::new(
                ErrorCode::Locked,
                "the money screens are locked with the owner PIN; enter it to open them",
            ));
        }
        Ok(())
    }

    /// Refuses a change of the settings a seat may not make: for a staff
    /// seat, any of the gross margin, the half-life and the call retention
    /// (`forbidden`, the money settings' sentence), and any other save,
    /// since the server grants staff only the reading of the company's
    /// name, currency, language and fiscal year start (`forbidden`, the
    /// company's sentence, before the server is asked); while locked, the
    /// gross margin (`locked`).
    pub(super) fn pin_settings(&self, new: &crate::records::Settings) -> Result<()> {
        let old = self.lock().store.as_ref().map(|s| s.settings().clone());
        let Some(old) = old else {
            return Ok(());
        };
        if old.gross_margin != new.gross_margin
            || old.half_life_days != new.half_life_days
            || old.call_retention_months != new.call_retention_months
        {
            self.seat_role().require(Act::Money)?;
        }
        self.seat_role().require(Act::Company)?;
        if old.gross_margin != new.gross_margin && self.is_locked()? {
            return Err(Error::field(
                ErrorCode::Locked,
                "gross_margin",
                "the gross margin is locked with the owner PIN; enter it to change the margin",
            ));
        }
        Ok(())
    }

    /// The dashboard as a locked session may see it: counts only. A sales
    /// or front-desk seat on a team database gets the same, and only the
    /// counts its role sees (`metrics::sees`: no deal counts for the front
    /// desk, whose login reads no deals), whatever the PIN.
    pub(super) fn pin_dashboard(&self, d: Dashboard) -> Result<Dashboard> {
        let role = self.seat_role();
        if role.reads_money() {
            return Ok(if self.is_locked()? { counts_only(d) } else { d });
        }
        let mut d = counts_only(d);
        d.kpis.retain(|k| crate::metrics::sees(role, &k.key));
        Ok(d)
    }

    /// Whether the owner PIN locks the money screens now.
    pub(super) fn pin_locked(&self) -> Result<bool> {
        self.is_locked()
    }

    /// The inquiries as a locked session may see them: without deals.
    pub(super) fn pin_inquiries(&self, list: Vec<InquiryDto>) -> Result<Vec<InquiryDto>> {
        if !self.is_locked()? {
            return Ok(list);
        }
        Ok(list.into_iter().map(without_deals).collect())
    }

    /// A page of inquiries as a locked session may see it.
    pub(super) fn pin_page(&self, mut page: InquiryPage) -> Result<InquiryPage> {
        page.rows = self.pin_inquiries(page.rows)?;
        Ok(page)
    }

    pub fn pin_status(&self) -> Result<PinStatus> {
        let set = self.pin_hash()?.is_some();
        Ok(PinStatus {
            set,
            locked: self.is_locked()?,
            wait_s: if set { self.gate().wait_left() } else { None },
        })
    }

    /// Refuses the PIN's commands on a team database, where roles apply.
    fn pin_applies(&self) -> Result<()> {
        if self.lock().store.as_ref().is_some_and(|s| s.is_team()) {
            return Err(Error::invalid(
                "pin",
                "an owner PIN is for a single-file database; on a team database the server's roles decide who sees the money",
            ));
        }
        Ok(())
    }

    /// Sets the PIN, or changes it (`current` must then be the PIN now
    /// set; a wrong one counts as a wrong try). The session stays open.
    pub fn set_pin(&self, current: Option<String>, new: String) -> Result<PinStatus> {
        self.pin_applies()?;
        check_rule(&new, "new")?;
        if let Some(old) = self.pin_hash()? {
            let current = current.ok_or_else(|| {
                Error::field(
                    ErrorCode::Locked,
                    "current",
                    "enter the current PIN to change it",
                )
            })?;
            self.gate().check(&old, &current)?;
        }
        let hashed = hash(&new)?;
        self.write(|store| store.set_owner_pin_hash(Some(&hashed)))?;
        self.gate().opened = Some(hashed);
        self.pin_status()
    }

    /// Removes the PIN; `current` must be it.
    pub fn clear_pin(&self, current: String) -> Result<PinStatus> {
        self.pin_applies()?;
        let Some(old) = self.pin_hash()? else {
            return self.pin_status();
        };
        self.gate().check(&old, &current)?;
        self.write(|store| store.set_owner_pin_hash(None))?;
        self.gate().opened = None;
        self.pin_status()
    }

    /// Opens the money screens with the PIN; a wrong one is refused with
    /// `locked` and counted.
    pub fn unlock(&self, pin: String) -> Result<PinStatus> {
        if let Some(h) = self.pin_hash()? {
            self.gate().check(&h, &pin)?;
            self.gate().opened = Some(h);
        }
        self.pin_status()
    }

    /// Locks the money screens again (the "Lock" action).
    pub fn lock_pin(&self) -> Result<PinStatus> {
        self.gate().opened = None;
        self.pin_status()
    }
}
