//! The engine's own form of a data set (issue 17, "Metrics, warm"): what
//! every request reads but no request changes, built once per loaded
//! [`Dataset`] by a pure function and kept beside it by whoever keeps the
//! records (the app's session), then dropped with them.
//!
//! Building it hashes the inquiry ids the deals name and the customers'
//! names, which a profile of the warm dashboard put at a third of each
//! answer; none of that depends on the period, the model or the as-of date.
//! What depends on the as-of date alone (the won deals and quotes known on
//! it, the leads received by it, the call log's matching) is kept per as-of
//! date in an [`AsOf`] view, since one dashboard answer computes its
//! period, the cohort years and the model comparison all as of one day.
//!
//! The rules are those the engine always had: a deal's inquiry is the
//! first inquiry (in data set order) with its id that was received by the
//! as-of date; its customer is `company` trimmed and lowercased; a
//! customer's first won deal is its earliest by closing date, then id.

use super::call_log::{self, CallMark};
use super::quotes::{Quoted, Quotes};
use crate::records::{Dataset, DealStatus, Id, Touchpoint};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::sync::{Arc, Mutex};

/// A map with the multiply-rotate hash of the Rust compiler ("FxHash", the
/// `rustc-hash` crate). The keys here are the user's own ids and names, so
/// hash flooding is no concern, and it is several times faster than the
/// default SipHash on half a million ids.
pub(crate) type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// "No such entry" in the `u32` index vectors.
pub(crate) const NONE: u32 = u32::MAX;

/// How many as-of views a prepared data set keeps: today's, and one more
/// for a dashboard looking back at another date.
const VIEWS_KEPT: usize = 2;

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

/// A lead received on or before the as-of date, with what a period's pass
/// over its leads reads of each (so that it reaches into the inquiry only
/// for the lead's credit).
#[derive(Clone, Copy)]
pub(crate) struct Lead {
    /// Index into `Dataset::inquiries`.
    pub inquiry: u32,
    pub received: NaiveDate,
    pub qualified_at: Option<NaiveDate>,
    /// The first touch as logged (`Inquiry::source_id`).
    pub source_id: Id,
    /// Closing date of the inquiry's earliest won deal (on or before as-of).
    pub first_won: Option<NaiveDate>,
}

/// A won deal of the data set, with what the as-of views need of it.
struct Won {
    closed: NaiveDate,
    amount: Decimal,
    /// The first inquiry with the deal's inquiry id, or [`NONE`].
    inquiry: u32,
    company: u32,
    first: bool,
}

/// The request-independent form of one data set.
pub struct Prepared {
    /// Per inquiry: the day it was received.
    received: Vec<NaiveDate>,
    /// Per inquiry: its first touch, and where its further touchpoints
    /// begin in `touches` (they end where the next inquiry's begin).
    first_touch: Vec<Id>,
    touch_start: Vec<u32>,
    touches: Vec<Touchpoint>,
    /// The inquiries' days and the deals' dates (closed, else quoted),
    /// sorted: whether a period holds a record is two binary searches.
    inquiry_days: Vec<NaiveDate>,
    deal_days: Vec<NaiveDate>,
    /// Inquiry ids named by a deal that more than one inquiry carries (only
    /// a hand-built data set has them; the store refuses them): the first
    /// such inquiry's index → all of them in data set order.
    shared_ids: FxMap<u32, Vec<u32>>,
    /// Each inquiry of `shared_ids` → the first with its id.
    shared_first: FxMap<u32, u32>,
    /// Won deals with a closing date, in deal-id order (then closing date
    /// and amount): attributed revenue adds products of 28-digit credits
    /// and amounts, which round, so the order of the additions must not be
    /// the order the deals were entered in.
    won: Vec<Won>,
    /// Per inquiry (the first with its id): the earliest closing date of
    /// the won deals naming that id.
    first_won: Vec<Option<NaiveDate>>,
    /// Deals with a quote date, in deal-id order (ties by position), each
    /// with the first inquiry with its inquiry id, or [`NONE`].
    quoted: Vec<(u32, u32)>,
    companies: usize,
    views: Mutex<Vec<Arc<AsOf>>>,
}

/// What every request as of one day reads.
pub(crate) struct AsOf {
    pub as_of: NaiveDate,
    /// The won deals closed by then, in the order of `Prepared::won`.
    pub won: Vec<WonDeal>,
    /// The leads received by then, in data set order.
    pub leads: Vec<Lead>,
    pub quotes: Quotes,
    /// The won deals of leads as (lead received, closed, amount), by the
    /// day the lead was received: a period's cohort is one range of it.
    pub cohort_won: Vec<(NaiveDate, NaiveDate, Decimal)>,
    /// For each call of the log, the inquiry it matched then.
    pub call_matches: Vec<Option<usize>>,
    /// The log's calls as the call figures read them, by day.
    pub call_marks: Vec<CallMark>,
    /// CLV over the won deals closed by a day, for the days asked so far:
    /// every period ending that day, under every model, has the same.
    clv: Mutex<Vec<(NaiveDate, Option<Decimal>)>>,
}

/// How many CLV figures an as-of view remembers (a dashboard asks for a
/// dozen period ends).
const CLV_KEPT: usize = 64;

impl AsOf {
    /// CLV over the won deals closed by `end`, as `compute` computes it.
    pub(crate) fn clv(
        &self,
        end: NaiveDate,
        compute: impl FnOnce() -> Option<Decimal>,
    ) -> Option<Decimal> {
        let mut kept = self.clv.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(&(_, v)) = kept.iter().find(|(d, _)| *d == end) {
            return v;
        }
        let v = compute();
        if kept.len() < CLV_KEPT {
            kept.push((end, v));
        }
        v
    }
}

/// Writes a deal's customer into `out`: `company` trimmed and lowercased
/// (Unicode). Customers are interned by this folded name, so that each won
/// deal costs one hash and one byte comparison of a short string, and only
/// a new customer allocates. Names are nearly always ASCII and take the
/// byte-wise path.
pub(crate) fn fold_company(company: &str, out: &mut String) {
    out.clear();
    let name = company.trim();
    if name.is_ascii() {
        out.push_str(name);
        out.make_ascii_lowercase();
    } else {
        out.extend(name.chars().flat_map(char::to_lowercase));
    }
}

/// Each deal's place in deal-id order (equal ids share one), so that the
/// sorts by deal id compare integers, not strings. The store hands the
/// deals over in the order they were entered, which is nearly always id
/// order, so the ids are checked first and sorted only when they are not.
fn id_ranks(ds: &Dataset) -> Vec<u32> {
    let mut rank = Vec::with_capacity(ds.deals.len());
    let mut r = 0u32;
    for (k, deal) in ds.deals.iter().enumerate() {
        if k > 0 {
            match ds.deals[k - 1].id.as_str().cmp(deal.id.as_str()) {
                std::cmp::Ordering::Less => r += 1,
                std::cmp::Ordering::Equal => {}
                std::cmp::Ordering::Greater => return sorted_ranks(ds),
            }
        }
        rank.push(r);
    }
    rank
}

/// [`id_ranks`] for deals that are not in id order.
fn sorted_ranks(ds: &Dataset) -> Vec<u32> {
    let ids = |i: u32| ds.deals[i as usize].id.as_str();
    let mut order: Vec<u32> = (0..ds.deals.len() as u32).collect();
    order.sort_unstable_by(|&a, &b| ids(a).cmp(ids(b)));
    let mut rank = vec![0u32; ds.deals.len()];
    let mut r = 0u32;
    for (k, &i) in order.iter().enumerate() {
        if k > 0 && ids(order[k - 1]) != ids(i) {
            r += 1;
        }
        rank[i as usize] = r;
    }
    rank
}

impl Prepared {
    /// Prepares `ds`: the deals' inquiry ids hashed, one pass over the
    /// inquiries and two over the deals, four sorts.
    pub fn new(ds: &Dataset) -> Prepared {
        let received: Vec<NaiveDate> = ds.inquiries.iter().map(|q| q.received_at.date()).collect();
        let first_touch = ds.inquiries.iter().map(|q| q.source_id).collect();
        let mut touch_start = Vec::with_capacity(ds.inquiries.len() + 1);
        let mut touches = Vec::new();
        for q in &ds.inquiries {
            touch_start.push(touches.len() as u32);
            touches.extend_from_slice(&q.touchpoints);
        }
        touch_start.push(touches.len() as u32);
        // Only the ids the deals name are hashed (a table of the deals'
        // size, which stays in cache better than one of every inquiry), and
        // each inquiry is looked up in it once.
        let mut by_id: FxMap<&str, u32> = FxMap::default();
        by_id.reserve(ds.deals.len());
        // Per deal: its inquiry id's slot in `by_id` (or NONE), so that a
        // deal finds its inquiry without hashing the id a second time.
        let deal_slot: Vec<u32> = ds
            .deals
            .iter()
            .map(|d| match d.inquiry_id.as_deref() {
                Some(id) => {
                    let next = by_id.len() as u32;
                    *by_id.entry(id).or_insert(next)
                }
                None => NONE,
            })
            .collect();
        // Per slot: the first inquiry with that id, or NONE.
        let mut slot_first = vec![NONE; by_id.len()];
        let mut shared_ids: FxMap<u32, Vec<u32>> = FxMap::default();
        for (i, q) in ds.inquiries.iter().enumerate() {
            let Some(&slot) = by_id.get(q.id.as_str()) else {
                continue;
            };
            let first = &mut slot_first[slot as usize];
            if *first == NONE {
                *first = i as u32;
            } else {
                let first = *first;
                shared_ids
                    .entry(first)
                    .or_insert_with(|| vec![first])
                    .push(i as u32);
            }
        }
        let shared_first: FxMap<u32, u32> = shared_ids
            .iter()
            .flat_map(|(&first, all)| all.iter().map(move |&i| (i, first)))
            .collect();
        let inquiry_of = |deal: usize| match deal_slot[deal] {
            NONE => NONE,
            slot => slot_first[slot as usize],
        };

        let rank = id_ranks(ds);
        let mut companies: FxMap<String, u32> = FxMap::default();
        let mut name = String::new();
        let mut first_won: Vec<Option<NaiveDate>> = vec![None; ds.inquiries.len()];
        // Per company: its first won deal as (closed, deal id rank, index
        // in `won`).
        let mut first: Vec<(NaiveDate, u32, usize)> = Vec::new();
        let mut won: Vec<Won> = Vec::new();
        let mut won_ranks: Vec<u32> = Vec::new();
        let mut quoted: Vec<(u32, u32)> = Vec::new();
        let mut deal_days = Vec::with_capacity(ds.deals.len());
        for (i, deal) in ds.deals.iter().enumerate() {
            deal_days.extend(deal.closed_at.or(deal.quoted_at));
            let inquiry = inquiry_of(i);
            if deal.quoted_at.is_some() {
                quoted.push((i as u32, inquiry));
            }
            let closed = match deal.closed_at {
                Some(c) if deal.status == DealStatus::Won => c,
                _ => continue,
            };
            if inquiry != NONE {
                let e = &mut first_won[inquiry as usize];
                *e = Some(e.map_or(closed, |d| d.min(closed)));
            }
            fold_company(&deal.company, &mut name);
            let company = match companies.get(name.as_str()) {
                Some(&c) => c,
                None => {
                    let next = companies.len() as u32;
                    companies.insert(name.clone(), next);
                    next
                }
            };
            let here = won.len();
            let id = rank[i];
            if company as usize == first.len() {
                first.push((closed, id, here));
            } else {
                let f = &mut first[company as usize];
                if (closed, id) < (f.0, f.1) {
                    *f = (closed, id, here);
                }
            }
            won.push(Won {
                closed,
                amount: deal.amount,
                inquiry,
                company,
                first: false,
            });
            won_ranks.push(id);
        }
        for &(_, _, w) in &first {
            won[w].first = true;
        }
        let mut order: Vec<usize> = (0..won.len()).collect();
        order.sort_by_key(|&w| (won_ranks[w], won[w].closed, won[w].amount));
        let mut slots: Vec<Option<Won>> = won.into_iter().map(Some).collect();
        let won = order.iter().filter_map(|&w| slots[w].take()).collect();
        // Deal-id order (ties by position) makes the sums independent of
        // the order the deals were entered in; unstable sorting is enough
        // with the position as the tie-break, and faster.
        quoted.sort_unstable_by_key(|&(d, _)| (rank[d as usize], d));
        let mut inquiry_days = received.clone();
        inquiry_days.sort_unstable();
        deal_days.sort_unstable();
        Prepared {
            received,
            first_touch,
            touch_start,
            touches,
            inquiry_days,
            deal_days,
            shared_ids,
            shared_first,
            won,
            first_won,
            quoted,
            companies: first.len(),
            views: Mutex::new(Vec::new()),
        }
    }

    /// Inquiry `i`'s first touch, the day it was received and its further
    /// touchpoints in entry order.
    pub(crate) fn touches_of(&self, i: u32) -> (Id, NaiveDate, &[Touchpoint]) {
        let i = i as usize;
        let (from, to) = (self.touch_start[i], self.touch_start[i + 1]);
        (
            self.first_touch[i],
            self.received[i],
            &self.touches[from as usize..to as usize],
        )
    }

    /// How many customers have a won deal.
    pub(crate) fn companies(&self) -> usize {
        self.companies
    }

    /// Whether an inquiry or a deal is dated from `from` to `to`.
    pub(crate) fn has_record_in(&self, from: NaiveDate, to: NaiveDate) -> bool {
        let any = |days: &[NaiveDate]| {
            let i = days.partition_point(|&d| d < from);
            days.get(i).is_some_and(|&d| d <= to)
        };
        from <= to && (any(&self.inquiry_days) || any(&self.deal_days))
    }

    /// The inquiry a reference to the id of inquiry `first` means as of
    /// `as_of`: the first with that id received by then that `fits`.
    fn resolve(&self, first: u32, as_of: NaiveDate, fits: impl Fn(u32) -> bool) -> u32 {
        let ok = |i: u32| self.received[i as usize] <= as_of && fits(i);
        if first == NONE {
            return NONE;
        }
        match self.shared_ids.get(&first) {
            None => {
                if ok(first) {
                    first
                } else {
                    NONE
                }
            }
            Some(all) => all.iter().copied().find(|&i| ok(i)).unwrap_or(NONE),
        }
    }

    /// The view of the data set as of `as_of`, built at its first use and
    /// kept for the next requests as of the same day.
    pub(crate) fn as_of(&self, ds: &Dataset, as_of: NaiveDate) -> Arc<AsOf> {
        let mut views = self.views.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(v) = views.iter().find(|v| v.as_of == as_of) {
            return v.clone();
        }
        let view = Arc::new(self.build(ds, as_of));
        if views.len() >= VIEWS_KEPT {
            views.remove(0);
        }
        views.push(view.clone());
        view
    }

    fn build(&self, ds: &Dataset, as_of: NaiveDate) -> AsOf {
        let is_lead = |i: u32| ds.inquiries[i as usize].is_lead;
        let won: Vec<WonDeal> = self
            .won
            .iter()
            .filter(|w| w.closed <= as_of)
            .map(|w| {
                let inquiry = self.resolve(w.inquiry, as_of, |_| true);
                WonDeal {
                    closed: w.closed,
                    amount: w.amount,
                    lead: if inquiry != NONE && is_lead(inquiry) {
                        inquiry
                    } else {
                        NONE
                    },
                    company: w.company,
                    first: w.first,
                }
            })
            .collect();
        let leads = ds
            .inquiries
            .iter()
            .zip(&self.received)
            .enumerate()
            .filter(|(_, (q, &d))| q.is_lead && d <= as_of)
            .map(|(i, (q, &received))| {
                // The earliest won deal belongs to the inquiry its id
                // resolves to; another inquiry with the same id has none.
                let owner = match self.shared_ids.is_empty() {
                    true => i as u32,
                    false => self.owner_of(i as u32, as_of),
                };
                Lead {
                    inquiry: i as u32,
                    received,
                    qualified_at: q.qualified_at,
                    source_id: q.source_id,
                    first_won: (owner == i as u32)
                        .then(|| self.first_won[self.group_of(owner) as usize])
                        .flatten()
                        .filter(|&c| c <= as_of),
                }
            })
            .collect();
        let quoted = self
            .quoted
            .iter()
            .filter(|&&(d, _)| ds.deals[d as usize].quoted_at.is_some_and(|q| q <= as_of))
            .map(|&(d, first)| (d, self.resolve(first, as_of, is_lead)));
        let quotes = quotes(ds, quoted, &won, as_of);
        let mut cohort_won: Vec<(NaiveDate, NaiveDate, Decimal)> = won
            .iter()
            .zip(&quotes.won_received)
            .filter_map(|(w, r)| Some(((*r)?, w.closed, w.amount)))
            .collect();
        cohort_won.sort_unstable_by_key(|c| c.0);
        let call_matches = call_log::match_log_as_of(ds, as_of);
        AsOf {
            as_of,
            won,
            leads,
            quotes,
            cohort_won,
            call_marks: call_log::marks(ds, &call_matches),
            call_matches,
            clv: Mutex::new(Vec::new()),
        }
    }

    /// The first inquiry with the id of inquiry `i`.
    fn group_of(&self, i: u32) -> u32 {
        self.shared_first.get(&i).copied().unwrap_or(i)
    }

    /// The inquiry the id of inquiry `i` resolves to as of `as_of`.
    fn owner_of(&self, i: u32, as_of: NaiveDate) -> u32 {
        self.resolve(self.group_of(i), as_of, |_| true)
    }
}

/// The quotes of `quoted`: (deal index, its inquiry's index when that is a
/// lead received by `as_of`, else [`NONE`]) for every deal quoted by
/// `as_of`, in deal-id order; `won` are the won deals of that day.
fn quotes(
    ds: &Dataset,
    quoted: impl Iterator<Item = (u32, u32)>,
    won: &[WonDeal],
    as_of: NaiveDate,
) -> Quotes {
    let mut first_quote: Vec<Option<NaiveDate>> = vec![None; ds.inquiries.len()];
    let deals = quoted
        .map(|(i, lead)| {
            let d = &ds.deals[i as usize];
            let quoted = d.quoted_at.unwrap_or(as_of);
            if lead != NONE {
                let e = &mut first_quote[lead as usize];
                *e = Some(e.map_or(quoted, |d| d.min(quoted)));
            }
            let decided = match (d.status, d.closed_at) {
                (DealStatus::Won, Some(c)) if c <= as_of => Some((c, true)),
                (DealStatus::Lost, Some(c)) if c <= as_of => Some((c, false)),
                _ => None,
            };
            Quoted {
                quoted,
                decided,
                amount: d.amount,
                lead,
            }
        })
        .collect();
    let won_received = won
        .iter()
        .map(|w| (w.lead != NONE).then(|| ds.inquiries[w.lead as usize].received_at.date()))
        .collect();
    Quotes {
        deals,
        first_quote,
        won_received,
        as_of,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn company_names_fold_case_and_blanks() {
        let fold = |s: &str| {
            let mut out = String::from("left over");
            fold_company(s, &mut out);
            out
        };
        assert_eq!(fold("  ÄCME GmbH "), fold("äcme gmbh"));
        assert_eq!(fold(" Acme\t"), "acme");
        // The Kelvin sign lowercases to an ASCII k.
        assert_eq!(fold("\u{212A}raft"), fold("KRAFT"));
        assert_ne!(fold("acme"), fold("acme2"));
    }

    #[test]
    fn deal_ids_rank_in_id_order_equal_ids_alike() {
        let deal = |id: &str| crate::records::Deal {
            id: id.into(),
            inquiry_id: None,
            company: "Acme".into(),
            quoted_at: None,
            closed_at: None,
            status: DealStatus::Open,
            amount: Decimal::ZERO,
            version: 1,
            lost_reason: None,
        };
        let mut ds = Dataset::default();
        ds.deals = ["D-1", "D-2", "D-2", "D-3"].map(deal).into();
        assert_eq!(id_ranks(&ds), vec![0, 1, 1, 2]);
        ds.deals = ["D-9", "D-10", "D-9", "D-1"].map(deal).into();
        assert_eq!(id_ranks(&ds), vec![2, 1, 2, 0]);
    }
}
