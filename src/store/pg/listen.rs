//! The team database's change notifications, heard on a connection of
//! their own: `LISTEN` on [`CHANNEL`], to which the triggers of schema
//! version 7 (`migrations/0007_notify.sql`) send one payload per statement
//! naming the table, the operation and the row's id (or how many rows),
//! never a row's contents, so no seat learns through a notification what
//! its role may not read.
//!
//! The connection is kept up by itself: when it drops (the server
//! restarted, the network went away) it is opened again with a growing
//! pause, and after every reconnect the listener reports everything as
//! changed, because the server keeps no notifications for a listener that
//! was away.

use super::connect::connect;
use super::target::Target;
use crate::store::watch::{pause, Change, Table, Watcher};
use postgres::fallible_iterator::FallibleIterator;
use serde::Deserialize;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

/// The channel every trigger notifies. Notifications stay inside their
/// database, so one fixed name serves every database of a server.
pub const CHANNEL: &str = "leadledger_changes";

/// How long the listener waits for a notification before it looks at its
/// stop flag again.
const WAIT: Duration = Duration::from_millis(250);

/// Notifications arriving together (an import's statements, one save's
/// inquiry and touchpoints) are reported as one change once the stream
/// has paused this long, or at the latest after [`GATHER_MAX`].
const GATHER: Duration = Duration::from_millis(50);
const GATHER_MAX: Duration = Duration::from_millis(200);

/// The longest pause between two attempts to reach the server.
const RETRY_MAX: Duration = Duration::from_secs(5);

/// A trigger's payload: `{"table": …, "op": …, "id": …}` for one row,
/// `"rows"` instead of `"id"` for several.
#[derive(Debug, Deserialize)]
pub struct Payload {
    pub table: String,
    pub op: String,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub rows: Option<i64>,
}

/// What one payload says changed; one that cannot be read (a newer
/// build's table, say) changes everything, since missing a change would
/// show stale figures.
pub fn change_of(payload: &str) -> Change {
    match serde_json::from_str::<Payload>(payload)
        .ok()
        .and_then(|p| Table::of_name(&p.table))
    {
        Some(t) => Change {
            tables: vec![t],
            all: false,
        },
        None => Change::everything(),
    }
}

/// Listens to the team database `target` on a thread of its own,
/// reporting each change to `sink`.
pub fn start(target: Target, sink: impl Fn(Change) + Send + 'static) -> Watcher {
    Watcher::spawn("leadledger-listen", move |stop| {
        listen(&target, stop, &sink)
    })
}

/// Runs until `stop` is set: connects, listens, reports.
fn listen(target: &Target, stop: &AtomicBool, sink: &dyn Fn(Change)) {
    let mut retry = Duration::from_millis(250);
    let mut connected_before = false;
    loop {
        let client = connect(target).and_then(|mut c| {
            c.batch_execute(&format!("LISTEN {CHANNEL}"))
                .map_err(|e| super::errors::classify(&e, target))?;
            Ok(c)
        });
        match client {
            Ok(mut client) => {
                retry = Duration::from_millis(250);
                if connected_before {
                    sink(Change::everything());
                }
                connected_before = true;
                if !hear(&mut client, stop, sink) {
                    return;
                }
            }
            Err(_) => retry = (retry * 2).min(RETRY_MAX),
        }
        if !pause(retry, stop) {
            return;
        }
    }
}

/// Reports what the connection hears until it drops (true: reconnect) or
/// the watcher is stopped (false).
fn hear(client: &mut postgres::Client, stop: &AtomicBool, sink: &dyn Fn(Change)) -> bool {
    let mut pending = Change::default();
    let mut since: Option<Instant> = None;
    loop {
        if stop.load(std::sync::atomic::Ordering::Relaxed) {
            return false;
        }
        let wait = if pending.is_empty() { WAIT } else { GATHER };
        let next = client.notifications().timeout_iter(wait).next();
        let quiet = matches!(next, Ok(None));
        match next {
            Ok(Some(n)) => {
                pending.merge(change_of(n.payload()));
                since.get_or_insert_with(Instant::now);
            }
            Ok(None) => {}
            Err(_) => {
                if !pending.is_empty() {
                    sink(pending);
                }
                return true;
            }
        }
        if !pending.is_empty() && (quiet || since.is_some_and(|t| t.elapsed() >= GATHER_MAX)) {
            sink(std::mem::take(&mut pending));
            since = None;
        }
        // A connection the server closed while we were waiting shows as
        // closed here, not always as an error from the wait.
        if client.is_closed() {
            return true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_payload_names_its_table_and_anything_else_changes_everything() {
        let one = change_of(r#"{"table": "inquiries", "op": "insert", "id": "42"}"#);
        assert_eq!((one.tables, one.all), (vec![Table::Inquiries], false));
        let many = change_of(r#"{"table": "deals", "op": "update", "rows": 3}"#);
        assert_eq!(many.tables, vec![Table::Deals]);
        // A copy (push, restore), a table this build does not know, and a
        // payload it cannot read: everything may have changed.
        for p in [
            r#"{"table": "*", "op": "copy"}"#,
            r#"{"table": "invoices", "op": "insert", "id": "1"}"#,
            "not json",
        ] {
            assert!(change_of(p).all, "{p}");
        }
    }
}
