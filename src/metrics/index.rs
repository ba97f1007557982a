//! The lookups one request builds once and every period reuses: source
//! indexes, the inquiry behind each deal, each inquiry's earliest won deal,
//! customers and their first won deal. Building them is linear in the data
//! set; after that no period ever searches a vector or compares names.

use super::period::Period;
use crate::records::{Dataset, DealStatus, Direction, Id, UNKNOWN_SOURCE};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::cell::Cell;
use std::hash::{Hash, Hasher};

/// A map with the multiply-rotate hash of the Rust compiler ("FxHash", the
/// `rustc-hash` crate). The keys here are the user's own ids and names, so
/// hash flooding is no concern, and it is several times faster than the
/// default SipHash on half a million ids.
pub(crate) type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;

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

/// A lead received in one of the request's periods.
#[derive(Clone, Copy)]
pub(crate) struct LeadRef {
    /// Index into `Dataset::inquiries`.
    pub inquiry: u32,
    /// Closing date of the inquiry's earliest won deal (on or before as-of).
    pub first_won: Option<NaiveDate>,
}

/// A won deal closed on or before the as-of date.
#[derive(Clone, Copy)]
pub(crate) struct WonDeal {
    pub closed: NaiveDate,
    pub amount: Decimal,
    /// Index of its inquiry when that is a lead; else the deal is unattributed.
    pub lead: u32,
    pub company: u32,
    /// Whether it is its company's first won deal ever.
    pub first: bool,
}

/// Everything the periods of one request read, built in one pass over the
/// inquiries and one over the deals.
///
/// Half a million inquiries are the bulk of a large data set, and touching
/// each costs a cache miss, so they are read once: only the inquiry ids that
/// won deals refer to are hashed (a small table), and each inquiry is filed
/// under the periods its date falls in.
pub(crate) struct Index<'a> {
    pub ds: &'a Dataset,
    pub sources: SourceTable,
    pub periods: Vec<Period>,
    /// Per period: its leads.
    pub leads: Vec<Vec<LeadRef>>,
    /// Per period: whether any inquiry or deal is dated in it.
    pub has_records: Vec<bool>,
    /// In deal-id order: attributed revenue adds products of 28-digit
    /// credits and amounts, which round, so the order of the additions must
    /// not be the order the deals were entered in.
    pub won: Vec<WonDeal>,
    pub companies: usize,
}

/// A deal's customer: `company` trimmed and lowercased (Unicode), compared
/// and hashed character by character so that grouping allocates nothing.
#[derive(Clone, Copy)]
struct CompanyKey<'a>(&'a str);

impl<'a> CompanyKey<'a> {
    fn new(company: &'a str) -> Self {
        CompanyKey(company.trim())
    }

    fn folded(&self) -> impl Iterator<Item = char> + 'a {
        self.0.chars().flat_map(char::to_lowercase)
    }
}

impl PartialEq for CompanyKey<'_> {
    fn eq(&self, other: &Self) -> bool {
        if self.0.is_ascii() && other.0.is_ascii() {
            return self.0.eq_ignore_ascii_case(other.0);
        }
        self.folded().eq(other.folded())
    }
}

impl Eq for CompanyKey<'_> {}

impl Hash for CompanyKey<'_> {
    /// Hashes the UTF-8 bytes of the lowercased name, in pieces of 64
    /// bytes (a multiple of the hasher's 8-byte word, so the pieces hash as
    /// the whole would). Names are nearly always ASCII and are lowercased
    /// on the stack; others are folded into a string first.
    fn hash<H: Hasher>(&self, state: &mut H) {
        let mut buf = [0u8; 64];
        let mut feed = |bytes: &[u8], lower: bool| {
            for piece in bytes.chunks(64) {
                let out = &mut buf[..piece.len()];
                out.copy_from_slice(piece);
                if lower {
                    out.make_ascii_lowercase();
                }
                state.write(out);
            }
        };
        if self.0.is_ascii() {
            feed(self.0.as_bytes(), true);
        } else {
            let folded: String = self.folded().collect();
            feed(folded.as_bytes(), false);
        }
        state.write_u8(0xff);
    }
}

impl<'a> Index<'a> {
    /// Indexes `ds` as seen on `as_of` for `periods` (each ending on or
    /// before `as_of`).
    pub(crate) fn new(ds: &'a Dataset, as_of: NaiveDate, periods: &[Period]) -> Index<'a> {
        let mut sources = SourceTable::new(ds);
        if sources.unknown.is_none() && sources.any_unresolved(ds) {
            sources.ensure_unknown();
        }
        let within = |d: NaiveDate| periods.iter().map(move |p| p.contains(d));

        // One pass over the deals: which periods hold one, the won deals
        // with their customer, and the inquiry ids they refer to, each
        // hashed once: id → slot, slot → (earliest won close, inquiry index).
        let mut has_records = vec![false; periods.len()];
        let mut referenced: FxMap<&'a str, u32> = FxMap::default();
        referenced.reserve(ds.deals.len() / 2);
        let mut slots: Vec<(NaiveDate, u32)> = Vec::new();
        let mut companies: FxMap<CompanyKey<'a>, u32> = FxMap::default();
        companies.reserve(ds.deals.len() / 4);
        // Per company: its first won deal as (closed, deal id, index in `won`).
        let mut first: Vec<(NaiveDate, &str, usize)> = Vec::new();
        // `lead` holds the slot until the inquiries are known.
        let mut won: Vec<WonDeal> = Vec::new();
        let mut won_ids: Vec<&'a str> = Vec::new();
        for deal in &ds.deals {
            if let Some(date) = deal.closed_at.or(deal.quoted_at).filter(|&d| d <= as_of) {
                for (k, inside) in within(date).enumerate() {
                    has_records[k] |= inside;
                }
            }
            let closed = match deal.closed_at {
                Some(c) if deal.status == DealStatus::Won && c <= as_of => c,
                _ => continue,
            };
            let slot = match deal.inquiry_id.as_deref() {
                Some(id) => {
                    let next = slots.len() as u32;
                    let slot = *referenced.entry(id).or_insert(next);
                    if slot == next {
                        slots.push((closed, NONE));
                    }
                    let entry = &mut slots[slot as usize];
                    entry.0 = entry.0.min(closed);
                    slot
                }
                None => NONE,
            };
            let next = companies.len() as u32;
            let company = *companies
                .entry(CompanyKey::new(&deal.company))
                .or_insert(next);
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
                lead: slot,
                company,
                first: false,
            });
            won_ids.push(deal.id.as_str());
        }
        for &(_, _, w) in &first {
            won[w].first = true;
        }
        let mut by_id: Vec<usize> = (0..won.len()).collect();
        by_id.sort_by_key(|&w| (won_ids[w], won[w].closed, won[w].amount));
        let mut won: Vec<WonDeal> = by_id.iter().map(|&w| won[w]).collect();

        let mut leads = vec![Vec::new(); periods.len()];
        for (i, q) in ds.inquiries.iter().enumerate() {
            let date = q.received_at.date();
            if date > as_of {
                continue;
            }
            let mut first_won = None;
            if !referenced.is_empty() {
                if let Some(&slot) = referenced.get(q.id.as_str()) {
                    // The first of two inquiries with one id wins; the store
                    // refuses duplicates, so only a hand-built set has them.
                    let entry = &mut slots[slot as usize];
                    if entry.1 == NONE {
                        entry.1 = i as u32;
                        first_won = Some(entry.0);
                    }
                }
            }
            for (k, inside) in within(date).enumerate() {
                if inside {
                    has_records[k] = true;
                    if q.is_lead {
                        leads[k].push(LeadRef {
                            inquiry: i as u32,
                            first_won,
                        });
                    }
                }
            }
        }
        for w in won.iter_mut().filter(|w| w.lead != NONE) {
            let inquiry = slots[w.lead as usize].1;
            let is_lead = inquiry != NONE && ds.inquiries[inquiry as usize].is_lead;
            w.lead = if is_lead { inquiry } else { NONE };
        }
        Index {
            ds,
            sources,
            periods: periods.to_vec(),
            leads,
            has_records,
            won,
            companies: first.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{Channel, Source};
    use rustc_hash::FxHasher;

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
        let h = |k: CompanyKey| {
            let mut f = FxHasher::default();
            k.hash(&mut f);
            f.finish()
        };
        let (a, b) = (
            CompanyKey::new("  ÄCME GmbH "),
            CompanyKey::new("äcme gmbh"),
        );
        assert!(a == b);
        assert_eq!(h(a), h(b));
        // The Kelvin sign lowercases to an ASCII k.
        assert!(CompanyKey::new("\u{212A}raft") == CompanyKey::new("kraft"));
        assert_eq!(
            h(CompanyKey::new("\u{212A}raft")),
            h(CompanyKey::new("KRAFT"))
        );
        assert!(CompanyKey::new("acme") != CompanyKey::new("acme2"));
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
