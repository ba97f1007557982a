//! The Log screen's number keys. Staff learn them by heart, so they must not
//! move while they work: the keys are worked out once per session and kept
//! (cached in the session), changing only by the rule the Sources screen
//! states. Pinned sources keep the key the owner gave them; every other key,
//! in order, goes to the source named most often in the last 90 days (then
//! over all time, then by name). A key whose source is deleted is filled by
//! the next by that rule; the others stay where they are.

use super::dto::*;
use super::Session;
use crate::error::{Error, Result};
use crate::records::{Id, UNKNOWN_SOURCE};
use crate::store::LOG_KEYS;
use std::collections::HashMap;

/// How far back "most used" looks, in days.
const RECENT_DAYS: i64 = 90;

impl Session {
    /// The sources on the number keys 1–`n` (at most 9), in key order;
    /// on a seat whose server is away, the keys it last worked out
    /// (`offline`).
    pub fn top_sources(&self, n: u32) -> Result<Vec<LogKeyDto>> {
        let keys = self.rank_sources(n);
        self.keys_or_kept(keys, n)
    }

    fn rank_sources(&self, n: u32) -> Result<Vec<LogKeyDto>> {
        let sources = self.catalog()?.sources;
        let since = self.today - chrono::Duration::days(RECENT_DAYS);
        let (recent, pins) = self.read(|store, ds| {
            let mut recent: HashMap<Id, u32> = HashMap::new();
            for i in ds.inquiries.iter().filter(|i| i.received_at.date() > since) {
                *recent.entry(i.source_id).or_default() += 1;
            }
            Ok((recent, store.log_key_pins()?))
        })?;
        let mut ranked: Vec<&SourceDto> = sources
            .iter()
            .filter(|s| s.name != UNKNOWN_SOURCE)
            .collect();
        let recent_uses = |s: &SourceDto| recent.get(&s.id).copied().unwrap_or(0);
        ranked.sort_by(|a, b| {
            recent_uses(b)
                .cmp(&recent_uses(a))
                .then(b.uses.cmp(&a.uses))
                .then(a.name.cmp(&b.name))
        });
        let mut st = self.lock();
        let kept = st.log_keys.clone().unwrap_or_default();
        let mut taken: Vec<(u8, Id, bool)> = Vec::new();
        let free = |taken: &[(u8, Id, bool)], key: u8, id: Id| {
            !taken.iter().any(|(k, i, _)| *k == key || *i == id)
        };
        let exists = |id: Id| ranked.iter().any(|s| s.id == id);
        for (key, id) in pins {
            if exists(id) && free(&taken, key, id) {
                taken.push((key, id, true));
            }
        }
        for (key, id) in kept {
            if exists(id) && free(&taken, key, id) {
                taken.push((key, id, false));
            }
        }
        let mut best = ranked.iter().map(|s| s.id);
        for key in LOG_KEYS {
            if taken.iter().any(|(k, _, _)| *k == key) {
                continue;
            }
            if let Some(id) = best.find(|id| !taken.iter().any(|(_, i, _)| i == id)) {
                taken.push((key, id, false));
            }
        }
        taken.sort_by_key(|(k, _, _)| *k);
        st.log_keys = Some(taken.iter().map(|(k, id, _)| (*k, *id)).collect());
        drop(st);
        Ok(taken
            .into_iter()
            .filter(|(k, _, _)| u32::from(*k) <= n)
            .filter_map(|(key, id, pinned)| {
                let source = sources.iter().find(|s| s.id == id)?.clone();
                Some(LogKeyDto {
                    key: u32::from(key),
                    source,
                    pinned,
                })
            })
            .collect())
    }

    /// Pins a source to a number key (or unpins it with `None`) and returns
    /// the keys as they are now. The pins are rows of the settings, which
    /// only the owner's grants write, and are managed beside the sources:
    /// a staff seat is refused as for a change of the sources.
    pub fn pin_log_key(&self, source_id: i64, key: Option<u32>) -> Result<Vec<LogKeyDto>> {
        self.seat_role().require(crate::role::Act::Sources)?;
        let key = match key {
            None => None,
            Some(k) => Some(
                u8::try_from(k)
                    .ok()
                    .filter(|k| LOG_KEYS.contains(k))
                    .ok_or_else(|| {
                        Error::invalid("key", format!("a number key is 1 to 9 (got {k})"))
                    })?,
            ),
        };
        self.write(|store| store.pin_log_key(source_id, key))?;
        self.top_sources(*LOG_KEYS.end() as u32)
    }
}
