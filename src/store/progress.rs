//! How far a running import has got, readable from another thread. The
//! desktop app runs commands concurrently: while one thread holds the store
//! for an import of tens of thousands of rows, the page asks several times a
//! second how far it is. Plain atomics answer without waiting for the store,
//! and an import that reports nothing (the command-line tool) pays one atomic
//! add per row.

use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};

/// The stage an import is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "ImportPhase")]
pub enum Phase {
    /// No import has run yet.
    Idle,
    /// Decoding and parsing the file; the row count is not known yet.
    Reading,
    /// Checking and writing the rows, `done` of `total`.
    Storing,
    /// Committing the transaction: every row is checked.
    Saving,
    /// Finished, kept or refused.
    Done,
}

impl Phase {
    pub const ALL: &'static [Phase] = &[
        Phase::Idle,
        Phase::Reading,
        Phase::Storing,
        Phase::Saving,
        Phase::Done,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Idle => "idle",
            Phase::Reading => "reading",
            Phase::Storing => "storing",
            Phase::Saving => "saving",
            Phase::Done => "done",
        }
    }

    fn from_u8(n: u8) -> Phase {
        match n {
            1 => Phase::Reading,
            2 => Phase::Storing,
            3 => Phase::Saving,
            4 => Phase::Done,
            _ => Phase::Idle,
        }
    }
}

/// The counters one import writes and anyone may read.
#[derive(Debug, Default)]
pub struct Progress {
    phase: AtomicU8,
    done: AtomicU64,
    total: AtomicU64,
}

impl Progress {
    /// A new import starts: nothing done, nothing known.
    pub fn begin(&self) {
        self.done.store(0, Ordering::SeqCst);
        self.total.store(0, Ordering::SeqCst);
        self.phase.store(Phase::Reading as u8, Ordering::SeqCst);
    }

    /// The file is parsed: `total` rows are to be checked and written.
    pub fn storing(&self, total: usize) {
        self.done.store(0, Ordering::SeqCst);
        self.total.store(total as u64, Ordering::SeqCst);
        self.phase.store(Phase::Storing as u8, Ordering::SeqCst);
    }

    /// One more row is checked (and written, if the file is kept).
    pub fn step(&self) {
        self.done.fetch_add(1, Ordering::SeqCst);
    }

    pub fn saving(&self) {
        self.phase.store(Phase::Saving as u8, Ordering::SeqCst);
    }

    pub fn finish(&self) {
        self.phase.store(Phase::Done as u8, Ordering::SeqCst);
    }

    /// `(phase, done, total)`; `done` never exceeds `total` once it is known.
    pub fn read(&self) -> (Phase, u64, u64) {
        let phase = Phase::from_u8(self.phase.load(Ordering::SeqCst));
        let total = self.total.load(Ordering::SeqCst);
        let done = self.done.load(Ordering::SeqCst);
        (phase, if total > 0 { done.min(total) } else { done }, total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_through_the_phases() {
        let p = Progress::default();
        assert_eq!(p.read(), (Phase::Idle, 0, 0));
        p.begin();
        assert_eq!(p.read(), (Phase::Reading, 0, 0));
        p.storing(3);
        p.step();
        p.step();
        assert_eq!(p.read(), (Phase::Storing, 2, 3));
        p.saving();
        p.finish();
        assert_eq!(p.read().0, Phase::Done);
        // A second import starts from zero again.
        p.begin();
        assert_eq!(p.read(), (Phase::Reading, 0, 0));
        assert_eq!(Phase::Saving.as_str(), "saving");
    }

    #[test]
    fn readable_from_another_thread_while_counting() {
        let p = std::sync::Arc::new(Progress::default());
        p.storing(1000);
        let writer = {
            let p = p.clone();
            std::thread::spawn(move || (0..1000).for_each(|_| p.step()))
        };
        let mut last = 0;
        while !writer.is_finished() {
            let (_, done, total) = p.read();
            assert!(done >= last && done <= total);
            last = done;
        }
        writer.join().unwrap();
        assert_eq!(p.read(), (Phase::Storing, 1000, 1000));
    }
}
