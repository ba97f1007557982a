//! The owner's pins of the Log screen's number keys: key 1–9 to a source.
//! They live in the settings table (`log_key_1` … `log_key_9`, the source's
//! id as text), so they need no schema of their own; a pin whose source is
//! gone is ignored when read and dropped at the next pin.

use super::Store;
use crate::error::{Error, ErrorCode, Result};
use crate::records::Id;
use rusqlite::{OptionalExtension, TransactionBehavior};

/// The keys a pin may take.
pub const KEYS: std::ops::RangeInclusive<u8> = 1..=9;

fn setting(key: u8) -> String {
    format!("log_key_{key}")
}

impl Store {
    /// Every pin whose source still exists, by key.
    pub fn log_key_pins(&self) -> Result<Vec<(u8, Id)>> {
        let mut pins = Vec::new();
        for key in KEYS {
            let id: Option<String> = self
                .conn
                .query_row(
                    "SELECT value FROM settings WHERE key = ?1",
                    [setting(key)],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(id) = id.and_then(|v| v.parse::<Id>().ok()) else {
                continue;
            };
            let exists: Option<i64> = self
                .conn
                .query_row("SELECT 1 FROM sources WHERE id = ?1", [id], |r| r.get(0))
                .optional()?;
            if exists.is_some() {
                pins.push((key, id));
            }
        }
        Ok(pins)
    }

    /// Pins `source` to `key`, or unpins it with `None`. A source has at
    /// most one key and a key at most one source: pinning moves both.
    pub fn pin_log_key(&mut self, source: Id, key: Option<u8>) -> Result<()> {
        if let Some(k) = key.filter(|k| !KEYS.contains(k)) {
            return Err(Error::invalid(
                "key",
                format!("a number key is 1 to 9 (got {k})"),
            ));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let exists: Option<i64> = tx
            .query_row("SELECT 1 FROM sources WHERE id = ?1", [source], |r| {
                r.get(0)
            })
            .optional()?;
        if exists.is_none() {
            return Err(Error::field(
                ErrorCode::NotFound,
                "source_id",
                format!("there is no source with id {source}"),
            ));
        }
        tx.execute(
            "DELETE FROM settings WHERE key LIKE 'log\\_key\\_%' ESCAPE '\\' AND value = ?1",
            [source.to_string()],
        )?;
        if let Some(k) = key {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (setting(k), source.to_string()),
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}
