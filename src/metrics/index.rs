//! The lookups one request builds once and every period reuses: source
//! indexes, the inquiry behind each deal, each inquiry's earliest won deal,
//! customers and their first won deal. Building them is linear in the data
//! set; after that no period ever searches a vector or compares names.

use crate::model::{Dataset, DealStatus, Direction, Id, UNKNOWN_SOURCE};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The multiply-rotate hash of the Rust compiler ("FxHash"). The keys here
/// are the user's own ids and names, so hash flooding is no concern, and it
/// is several times faster than the default SipHash on half a million ids.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.add(b as u64);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// "No such entry" in the `u32` index vectors.
pub(crate) const NONE: u32 = u32::MAX;

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
        SourceTable {
            rows,
            dense,
            min_id,
            sparse,
            unknown: unknown.map(|u| u as u32),
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
            None => self.unknown.unwrap_or(0),
        }
    }

    /// Adds a stand-in Unknown when ids must resolve to it and there is none.
    fn ensure_unknown(&mut self) {
        if self.unknown.is_none() {
            self.unknown = Some(self.rows.len() as u32);
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

/// What the periods need to know about each inquiry.
pub(crate) struct InquiryInfo {
    pub date: NaiveDate,
    /// A lead received on or before the as-of date.
    pub lead: bool,
    /// Received on or before the as-of date.
    pub known: bool,
    /// Closing date of its earliest won deal (closed on or before as-of).
    pub first_won: Option<NaiveDate>,
}

/// A won deal closed on or before the as-of date.
pub(crate) struct WonDeal {
    pub closed: NaiveDate,
    pub amount: Decimal,
    /// Index of its inquiry when that is a lead; else the deal is unattributed.
    pub lead: u32,
    pub company: u32,
    /// Whether it is its company's first won deal ever.
    pub first: bool,
}

pub(crate) struct Index<'a> {
    pub ds: &'a Dataset,
    pub sources: SourceTable,
    pub inquiries: Vec<InquiryInfo>,
    pub won: Vec<WonDeal>,
    /// The date of every deal (closed_at, else quoted_at) up to as-of, for
    /// "does the database hold a record in this period".
    pub deal_dates: Vec<NaiveDate>,
    pub companies: usize,
    /// How many references to a missing source id resolved to Unknown.
    pub unresolved: usize,
}

/// A deal's customer: `company` trimmed and lowercased, borrowed when it
/// already is.
fn company_key(company: &str) -> Cow<'_, str> {
    let t = company.trim();
    if t.chars().any(|c| c.is_uppercase()) {
        Cow::Owned(t.to_lowercase())
    } else {
        Cow::Borrowed(t)
    }
}

impl<'a> Index<'a> {
    pub(crate) fn new(ds: &'a Dataset, as_of: NaiveDate) -> Index<'a> {
        let mut sources = SourceTable::new(ds);
        let mut unresolved = 0;
        let mut count = |id: Id| {
            if sources.find(id).is_none() {
                unresolved += 1;
            }
        };
        for q in &ds.inquiries {
            count(q.source_id);
            for t in &q.touchpoints {
                count(t.source_id);
            }
        }
        for s in &ds.spend {
            if let Some(id) = s.source_id {
                count(id);
            }
        }
        for t in &ds.traffic {
            count(t.source_id);
        }
        if unresolved > 0 {
            sources.ensure_unknown();
        }

        let mut by_id: FxMap<&str, u32> = FxMap::default();
        by_id.reserve(ds.inquiries.len());
        let mut inquiries = Vec::with_capacity(ds.inquiries.len());
        for (i, q) in ds.inquiries.iter().enumerate() {
            let date = q.received_at.date();
            let known = date <= as_of;
            // The first of two inquiries with one id wins; the store refuses
            // duplicates, so only a hand-built data set can have them.
            by_id.entry(q.id.as_str()).or_insert(i as u32);
            inquiries.push(InquiryInfo {
                date,
                lead: known && q.is_lead,
                known,
                first_won: None,
            });
        }

        let mut companies: FxMap<Cow<'a, str>, u32> = FxMap::default();
        let mut won = Vec::new();
        // Per company: its first won deal as (closed, deal id, index in `won`).
        let mut first: Vec<(NaiveDate, &str, usize)> = Vec::new();
        let mut deal_dates = Vec::with_capacity(ds.deals.len());
        for deal in &ds.deals {
            if let Some(date) = deal.closed_at.or(deal.quoted_at) {
                if date <= as_of {
                    deal_dates.push(date);
                }
            }
            let closed = match deal.closed_at {
                Some(c) if deal.status == DealStatus::Won && c <= as_of => c,
                _ => continue,
            };
            let inquiry = deal
                .inquiry_id
                .as_deref()
                .and_then(|id| by_id.get(id).copied());
            let mut lead = NONE;
            if let Some(i) = inquiry {
                let info = &mut inquiries[i as usize];
                if info.known {
                    if info.first_won.map_or(true, |f| closed < f) {
                        info.first_won = Some(closed);
                    }
                    if info.lead {
                        lead = i;
                    }
                }
            }
            let next = companies.len() as u32;
            let company = *companies.entry(company_key(&deal.company)).or_insert(next);
            let here = won.len();
            if company as usize == first.len() {
                first.push((closed, deal.id.as_str(), here));
            } else {
                let f = &mut first[company as usize];
                if (closed, deal.id.as_str()) < (f.0, f.1) {
                    *f = (closed, deal.id.as_str(), here);
                }
            }
            won.push(WonDeal {
                closed,
                amount: deal.amount,
                lead,
                company,
                first: false,
            });
        }
        for &(_, _, w) in &first {
            won[w].first = true;
        }
        Index {
            ds,
            sources,
            inquiries,
            won,
            deal_dates,
            companies: first.len(),
            unresolved,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Channel, Source};

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
    fn company_keys_ignore_case_and_blanks() {
        assert_eq!(company_key("  ÄCME GmbH "), "äcme gmbh");
        assert!(matches!(company_key("acme"), Cow::Borrowed(_)));
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
