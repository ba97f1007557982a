//! The session every command works on, and the one way a command reaches
//! it: on Tauri's blocking thread pool, so the window never waits for the
//! database. Its own file because both the generated adapters (`lib.rs`) and
//! the dialog commands (`dialogs.rs`) use it.

use leadledger::api::Session;
use leadledger::error::{Error, ErrorCode, Result};
use std::sync::Arc;
use tauri::State;

pub type Shared = Arc<Session>;

/// Runs `f` with the session off the main thread.
pub(crate) async fn run<T, F>(state: State<'_, Shared>, f: F) -> Result<T>
where
    T: Send + 'static,
    F: FnOnce(&Session) -> Result<T> + Send + 'static,
{
    let s = state.inner().clone();
    tauri::async_runtime::spawn_blocking(move || f(&s))
        .await
        .map_err(|e| Error::new(ErrorCode::Io, format!("the command stopped: {e}")))?
}
