//! The owner seat's daily copy of a team database, taken in the background
//! (issue 13). The copy is a checked `team pull` of every record into a
//! file (`backup::daily_at`); on a large database that takes seconds, and
//! taken at start or on connecting it kept the first screen waiting. Here
//! it runs on a thread of its own with a session of its own to the server:
//!
//! - It cannot race a write: the pull reads one snapshot (a read-only
//!   REPEATABLE READ transaction), so what another seat, or this one,
//!   writes meanwhile is either wholly in the copy or wholly not.
//! - It is never run twice at once: while one runs, another start is left
//!   out (the running one is today's copy; the next open tries again if it
//!   fails).
//! - A failure is said on standard error, as before, and kept for the
//!   session's status (`SessionStatus::team_backup_failure`) until a later
//!   copy succeeds.

use crate::error::Error;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

/// The background copy of a session: whether one runs, and how the last
/// one ended.
#[derive(Default)]
pub(crate) struct TeamCopy {
    /// The running copy's thread; finished threads are joined on the next
    /// start or wait.
    running: Mutex<Option<JoinHandle<()>>>,
    /// Why the last copy failed; `None` once one succeeds.
    failure: Arc<Mutex<Option<Error>>>,
}

impl TeamCopy {
    /// Runs `copy` on a thread of its own, unless a copy is running: then it
    /// is left out and `false` answered. `place` names the team database in
    /// the sentence a failure writes on standard error.
    pub(crate) fn start(
        &self,
        place: String,
        copy: impl FnOnce() -> crate::error::Result<()> + Send + 'static,
    ) -> bool {
        let mut running = self.running.lock().unwrap_or_else(PoisonError::into_inner);
        if running.as_ref().is_some_and(|h| !h.is_finished()) {
            return false;
        }
        if let Some(done) = running.take() {
            // Finished: joining only collects it (a panic in it was said).
            let _ = done.join();
        }
        let failure = self.failure.clone();
        *running = Some(std::thread::spawn(move || {
            let outcome = copy();
            if let Err(e) = &outcome {
                eprintln!("leadledger: today's backup of the team {place} failed: {e}");
            }
            *failure.lock().unwrap_or_else(PoisonError::into_inner) = outcome.err();
        }));
        true
    }

    /// Waits for the running copy, if any, to end (for tests; a copy cut
    /// off when the app quits never appears under its name, since
    /// `Store::pull_into` writes beside it and checks it before it does).
    pub(crate) fn wait(&self) {
        let handle = self
            .running
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(h) = handle {
            let _ = h.join();
        }
    }

    /// Why the last copy failed, if it did.
    pub(crate) fn failure(&self) -> Option<Error> {
        self.failure
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;
    use std::sync::mpsc;

    #[test]
    fn a_copy_runs_in_the_background_and_never_twice_at_once() {
        let copies = TeamCopy::default();
        let (release, released) = mpsc::channel::<()>();
        let (started, has_started) = mpsc::channel();
        assert!(copies.start("a@h/db".into(), move || {
            started.send(()).unwrap();
            released.recv().unwrap();
            Ok(())
        }));
        // The caller goes on while the copy runs.
        has_started.recv().unwrap();
        let ran_again = Arc::new(Mutex::new(false));
        let flag = ran_again.clone();
        assert!(!copies.start("a@h/db".into(), move || {
            *flag.lock().unwrap() = true;
            Ok(())
        }));
        release.send(()).unwrap();
        copies.wait();
        assert!(!*ran_again.lock().unwrap());
        assert_eq!(copies.failure(), None);
        // Once it has ended, the next start runs.
        assert!(copies.start("a@h/db".into(), || Ok(())));
        copies.wait();
    }

    #[test]
    fn a_failed_copy_is_kept_until_one_succeeds() {
        let copies = TeamCopy::default();
        copies.start("a@h/db".into(), || {
            Err(Error::new(ErrorCode::Offline, "the server went away"))
        });
        copies.wait();
        assert_eq!(copies.failure().map(|e| e.code), Some(ErrorCode::Offline));
        copies.start("a@h/db".into(), || Ok(()));
        copies.wait();
        assert_eq!(copies.failure(), None);
    }
}
