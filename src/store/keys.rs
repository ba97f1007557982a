//! The owner's pins of the Log screen's number keys: key 1–9 to a source.
//! They live in the settings table (`log_key_1` … `log_key_9`, the source's
//! id as text), so they need no schema of their own; a pin whose source is
//! gone is ignored when read and dropped at the next pin.

use super::db::{vals, Exec, TxKind};
use super::Store;
use crate::error::{Error, ErrorCode, Result};
use crate::records::Id;

/// The keys a pin may take.
pub const KEYS: std::ops::RangeInclusive<u8> = 1..=9;

fn setting(key: u8) -> String {
    format!("log_key_{key}")
}

fn source_exists(tx: &mut dyn Exec, id: Id) -> Result<bool> {
    Ok(tx
        .query_opt("SELECT 1 FROM sources WHERE id = ?1", vals![id])?
        .is_some())
}

impl Store {
    /// Every pin whose source still exists, by key.
    pub fn log_key_pins(&self) -> Result<Vec<(u8, Id)>> {
        self.db.transaction(TxKind::Snapshot, |tx| {
            let mut pins = Vec::new();
            for key in KEYS {
                let id = tx
                    .query_opt(
                        "SELECT value FROM settings WHERE key = ?1",
                        vals![setting(key)],
                    )?
                    .map(|r| r.text(0))
                    .transpose()?;
                let Some(id) = id.and_then(|v| v.parse::<Id>().ok()) else {
                    continue;
                };
                if source_exists(tx, id)? {
                    pins.push((key, id));
                }
            }
            Ok(pins)
        })
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
        self.db.transaction(TxKind::Write, |tx| {
            if !source_exists(tx, source)? {
                return Err(Error::field(
                    ErrorCode::NotFound,
                    "source_id",
                    format!("there is no source with id {source}"),
                ));
            }
            tx.execute(
                "DELETE FROM settings WHERE key LIKE 'log\\_key\\_%' ESCAPE '\\' AND value = ?1",
                vals![source.to_string()],
            )?;
            if let Some(k) = key {
                tx.execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2) \
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    vals![setting(k), source.to_string()],
                )?;
            }
            Ok(())
        })
    }
}
