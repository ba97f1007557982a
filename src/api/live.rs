//! Live screens (issue 14) and the warm cache (issue 17): the session's
//! side of the store's watcher (`store::watch`). Every change the watcher reports moves
//! the session's change count, which drops the records the session keeps
//! loaded at its next read, and is handed to the one subscriber, the
//! desktop shell, which emits it to the page as the event
//! [`DATA_CHANGED_EVENT`] with a [`DataChanged`] payload; the page's open
//! screens refresh on it.
//!
//! Beside the records the session keeps their engine form
//! ([`Prepared`]), which the dashboard's figures read: it is built at the
//! first read that wants it and belongs to the records it was built from,
//! so that dropping them (any write, any change the watcher reports) drops
//! it too, and a dashboard switching model or period does only the
//! request's own work.

use super::{Session, State};
use crate::error::Result;
use crate::metrics::Prepared;
use crate::records::Dataset;
use crate::store::watch::Change;
use crate::store::Store;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};

/// The name of the event that tells the page the records changed; the
/// generated bindings carry it as `DATA_CHANGED_EVENT`.
pub const DATA_CHANGED_EVENT: &str = "data-changed";

/// What the page receives with [`DATA_CHANGED_EVENT`]: the tables that
/// changed, or `all`.
pub type DataChanged = Change;

type Subscriber = Box<dyn Fn(&DataChanged) + Send + Sync>;

/// The changes seen so far and who hears of them; shared by the session
/// and its watcher's thread.
#[derive(Default)]
pub(crate) struct Live {
    count: AtomicU64,
    subscriber: Mutex<Option<Subscriber>>,
}

impl Live {
    /// How many changes the watcher has reported; the cache remembers the
    /// count it was loaded under.
    pub(crate) fn count(&self) -> u64 {
        self.count.load(Ordering::SeqCst)
    }

    fn changed(&self, change: Change) {
        self.count.fetch_add(1, Ordering::SeqCst);
        let subscriber = self.subscriber.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(f) = subscriber.as_ref() {
            f(&change);
        }
    }
}

/// The engine form of the records last read, and which records those
/// were: held weakly, so that the form never keeps records the session has
/// dropped alive, nor serves records loaded since.
#[derive(Default)]
pub(crate) struct PreparedSlot(Mutex<Option<(Weak<Dataset>, Arc<Prepared>)>>);

impl PreparedSlot {
    /// The engine form of `ds`, prepared now unless it was for these very
    /// records.
    fn of(&self, ds: &Arc<Dataset>) -> Arc<Prepared> {
        let mut slot = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((records, prepared)) = slot.as_ref() {
            if records.ptr_eq(&Arc::downgrade(ds)) {
                return prepared.clone();
            }
        }
        // The old form goes before the new one is built: both at once
        // would double what the engine holds.
        *slot = None;
        let prepared = Arc::new(Prepared::new(ds));
        *slot = Some((Arc::downgrade(ds), prepared.clone()));
        prepared
    }
}

impl State {
    /// Starts watching the store now open (a new one replaces the old
    /// watch; the demo, in memory, has none).
    pub(crate) fn watch(&mut self) {
        self.watcher = self.store.as_ref().and_then(|s| s.watch_on()).map(|on| {
            let live = self.live.clone();
            on.start(move |c| live.changed(c))
        });
    }
}

impl Session {
    /// Runs `f` on the records and their engine form (both kept until the
    /// records change).
    pub(crate) fn read_prepared<T>(
        &self,
        f: impl FnOnce(&Store, &Dataset, &Prepared) -> Result<T>,
    ) -> Result<T> {
        self.read_shared(|store, ds, slot| f(store, ds, &slot.of(ds)))
    }

    /// Calls `f` with every change the watcher reports (from its thread),
    /// replacing an earlier subscriber: the shell's, which emits
    /// [`DATA_CHANGED_EVENT`] to the page.
    pub fn on_data_changed(&self, f: impl Fn(&DataChanged) + Send + Sync + 'static) {
        let live: Arc<Live> = self.lock().live.clone();
        *live.subscriber.lock().unwrap_or_else(|p| p.into_inner()) = Some(Box::new(f));
    }

    /// How many changes of the database this session has been told of;
    /// for tests and the benchmark, which wait for one.
    pub fn changes_seen(&self) -> u64 {
        self.lock().live.count()
    }

    /// Whether the records are loaded and would serve the next read
    /// without going to the database, as far as this session knows now;
    /// for the tests of the warm cache.
    pub fn is_warm(&self) -> bool {
        let st = self.lock();
        st.cache.is_some() && st.cache_count == st.live.count()
    }
}
