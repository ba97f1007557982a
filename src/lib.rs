//! Leadledger's backend: the records, the store, CSV interchange, the demo
//! company and the metrics engine. Nothing here depends on Tauri, so the
//! command-line tool, the tests and the desktop shell share one implementation.

pub mod api;
pub mod atomic;
pub mod csvio;
pub mod demo;
pub mod error;
pub mod i18n;
pub mod keystore;
pub mod metrics;
pub mod money;
pub mod phone;
pub mod records;
pub mod report;
pub mod role;
pub mod store;

pub use error::{Error, ErrorCode, Result};
