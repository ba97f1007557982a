//! The lookups one request builds once and every period reuses: source
//! indexes, and the leads of the as-of view ([`AsOf`]) filed under the
//! request's periods. The inquiry behind each deal, each inquiry's earliest
//! won deal and the customers come resolved from the prepared data set
//! ([`Prepared`]), so no request hashes an id or compares a name.

use super::period::Period;
pub(crate) use super::prepared::{AsOf, FxMap, Lead, Prepared, WonDeal, NONE};
use crate::records::{Dataset, Direction, Id, UNKNOWN_SOURCE};
use chrono::NaiveDate;
use std::cell::Cell;

/// One source as the engine sees it.
pub(crate) struct SourceRow {
    pub name: String,
    /// Index into `Dataset::channels`; `None` when the channel is missing.
    pub channel: Option<usize>,
    pub direction: Option<Direction>,
}

/// Source ids resolved to dense indexes. Ids that name no source (only a
/// hand-built data set has them; the store refuses them) resolve to Unknown,
/// "not known", and are counted so the report can warn.
pub(crate) struct SourceTable {
    pub rows: Vec<SourceRow>,
    dense: Vec<u32>,
    min_id: Id,
    sparse: FxMap<Id, u32>,
    pub unknown: Option<u32>,
    /// Set when some id resolved to Unknown because no source has it.
    pub unresolved: Cell<bool>,
    /// The indexes in the canonical order: by source id, the stand-in
    /// Unknown last. Sums over sources and the data-driven chain follow it,
    /// so that the order in which sources were entered changes nothing.
    pub order: Vec<u32>,
    /// Each index's place in `order`.
    pub rank: Vec<u32>,
}

impl SourceTable {
    pub(crate) fn new(ds: &Dataset) -> SourceTable {
        let channel_of: FxMap<Id, usize> = ds
            .channels
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id, i))
            .collect();
        let rows: Vec<SourceRow> = ds
            .sources
            .iter()
            .map(|s| {
                let channel = channel_of.get(&s.channel_id).copied();
                SourceRow {
                    name: s.name.clone(),
                    channel,
                    direction: channel.map(|c| ds.channels[c].direction),
                }
            })
            .collect();
        let min_id = ds.sources.iter().map(|s| s.id).min().unwrap_or(0);
        let max_id = ds.sources.iter().map(|s| s.id).max().unwrap_or(0);
        // Ids are usually 1..n; a table beats hashing when they are dense.
        let span = max_id
            .checked_sub(min_id)
            .and_then(|x| usize::try_from(x).ok());
        let (dense, sparse) = match span {
            Some(span) if span <= 4 * ds.sources.len() + 1024 => {
                let mut dense = vec![NONE; span + 1];
                for (i, s) in ds.sources.iter().enumerate() {
                    let slot = &mut dense[(s.id - min_id) as usize];
                    if *slot == NONE {
                        *slot = i as u32;
                    }
                }
                (dense, FxMap::default())
            }
            _ => {
                let mut sparse = FxMap::default();
                for (i, s) in ds.sources.iter().enumerate() {
                    sparse.entry(s.id).or_insert(i as u32);
                }
                (Vec::new(), sparse)
            }
        };
        let unknown = ds
            .sources
            .iter()
            .position(|s| s.name.trim().eq_ignore_ascii_case(UNKNOWN_SOURCE));
        // Duplicate ids (only a hand-built set has them) keep their order:
        // all but the first are never resolved to, so their sums are zero.
        let mut order: Vec<u32> = (0..rows.len() as u32).collect();
        order.sort_by_key(|&i| ds.sources[i as usize].id);
        let mut rank = vec![0; rows.len()];
        for (place, &i) in order.iter().enumerate() {
            rank[i as usize] = place as u32;
        }
        SourceTable {
            rows,
            dense,
            min_id,
            sparse,
            unknown: unknown.map(|u| u as u32),
            unresolved: Cell::new(false),
            order,
            rank,
        }
    }

    /// The index of source `id`, or `None` when no source has it.
    pub(crate) fn find(&self, id: Id) -> Option<u32> {
        if self.dense.is_empty() {
            return self.sparse.get(&id).copied();
        }
        let slot = id
            .checked_sub(self.min_id)
            .and_then(|x| usize::try_from(x).ok())?;
        self.dense.get(slot).copied().filter(|&i| i != NONE)
    }

    /// The index of source `id`; unknown ids resolve to Unknown.
    pub(crate) fn idx(&self, id: Id) -> u32 {
        match self.find(id) {
            Some(i) => i,
            None => {
                self.unresolved.set(true);
                self.unknown.unwrap_or(0)
            }
        }
    }

    /// Whether any record names a source id that no source has. Only asked
    /// when the data set lacks Unknown, which the store never allows.
    fn any_unresolved(&self, ds: &Dataset) -> bool {
        let missing = |id: Id| self.find(id).is_none();
        ds.inquiries
            .iter()
            .any(|q| missing(q.source_id) || q.touchpoints.iter().any(|t| missing(t.source_id)))
            || ds.spend.iter().any(|s| s.source_id.is_some_and(missing))
            || ds.traffic.iter().any(|t| missing(t.source_id))
    }

    /// Adds a stand-in Unknown when ids must resolve to it and there is none.
    fn ensure_unknown(&mut self) {
        if self.unknown.is_none() {
            let stand_in = self.rows.len() as u32;
            self.unknown = Some(stand_in);
            self.order.push(stand_in);
            self.rank.push(stand_in);
            self.rows.push(SourceRow {
                name: UNKNOWN_SOURCE.into(),
                channel: None,
                direction: None,
            });
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }
}

/// Everything the periods of one request read: the as-of view's leads
/// filed under the periods their day falls in, its won deals, and the
/// source table.
pub(crate) struct Index<'a> {
    pub ds: &'a Dataset,
    pub sources: SourceTable,
    pub periods: Vec<Period>,
    /// Per period: its leads, in data set order.
    pub leads: Vec<Vec<Lead>>,
    /// Per period: whether any inquiry or deal is dated in it.
    pub has_records: Vec<bool>,
    /// See [`AsOf::won`].
    pub won: &'a [WonDeal],
    /// The as-of view the index was built from, and the prepared data set.
    pub view: &'a AsOf,
    pub prepared: &'a Prepared,
    pub companies: usize,
}

impl<'a> Index<'a> {
    /// Indexes `ds` as `view` sees it for `periods` (each ending on or
    /// before the view's as-of date).
    pub(crate) fn new(
        ds: &'a Dataset,
        prepared: &'a Prepared,
        view: &'a AsOf,
        periods: &[Period],
    ) -> Index<'a> {
        let mut sources = SourceTable::new(ds);
        if sources.unknown.is_none() && sources.any_unresolved(ds) {
            sources.ensure_unknown();
        }
        let has_records = periods
            .iter()
            .map(|p| prepared.has_record_in(p.from, p.to.min(view.as_of)))
            .collect();
        let mut leads: Vec<Vec<Lead>> = vec![Vec::new(); periods.len()];
        for lead in &view.leads {
            for (k, p) in periods.iter().enumerate() {
                if p.contains(lead.received) {
                    leads[k].push(*lead);
                }
            }
        }
        Index {
            ds,
            sources,
            periods: periods.to_vec(),
            leads,
            has_records,
            won: &view.won,
            view,
            prepared,
            companies: prepared.companies(),
        }
    }

    /// A = as-of − e′ of the request's own period, in days: how long the
    /// prior cohorts' revenue is counted past their periods' ends.
    pub(crate) fn age(&self, as_of: NaiveDate) -> u64 {
        self.periods
            .first()
            .map_or(0, |p| (as_of - p.to).num_days().max(0) as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{Channel, Source};
    use rustc_hash::FxHasher;
    use std::hash::Hasher;

    fn source(id: Id, name: &str) -> Source {
        Source {
            id,
            channel_id: 1,
            name: name.into(),
            tracking_numbers: vec![],
            utm_source: None,
            utm_medium: None,
            utm_campaign: None,
        }
    }

    #[test]
    fn dense_and_sparse_source_ids_resolve_alike() {
        let mut ds = Dataset::default();
        ds.channels.push(Channel {
            id: 1,
            name: "Paid search".into(),
            direction: Direction::Inbound,
        });
        ds.sources = vec![source(3, "A"), source(5, "unknown"), source(4, "B")];
        let t = SourceTable::new(&ds);
        assert_eq!((t.find(3), t.find(4), t.find(6)), (Some(0), Some(2), None));
        assert_eq!(t.idx(99), 1);
        assert_eq!(t.rows[2].direction, Some(Direction::Inbound));
        ds.sources = vec![source(3, "A"), source(1 << 40, "B")];
        let t = SourceTable::new(&ds);
        assert!(t.dense.is_empty());
        assert_eq!(
            (t.find(3), t.find(1 << 40), t.find(4)),
            (Some(0), Some(1), None)
        );
        assert_eq!(t.unknown, None);
    }

    #[test]
    fn fx_hash_spreads_short_keys() {
        let h = |s: &str| {
            let mut f = FxHasher::default();
            f.write(s.as_bytes());
            f.finish()
        };
        assert_ne!(h("I1"), h("I2"));
        assert_ne!(h("abcdefgh1"), h("abcdefgh2"));
    }
}
