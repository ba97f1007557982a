//! The quotes of one metrics request and the funnel's sums of one period:
//! the data that the period scan (`scan.rs`) and the funnel's own passes
//! (`funnel.rs`) both read and fill. They sit apart from both so that the
//! scan, which adds the funnel's stages where a lead's credit is already
//! computed, and the funnel, which adds to the scan's period sums, each
//! depend on this file rather than on one another.

use super::index::{FxMap, Index, NONE};
use crate::records::DealStatus;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// A deal with a quote date on or before the as-of date.
pub(crate) struct Quoted {
    pub(crate) quoted: NaiveDate,
    /// The closing date when the deal was won or lost on or before as-of.
    pub(crate) decided: Option<(NaiveDate, bool)>,
    pub(crate) amount: Decimal,
    /// Index of its inquiry when that is a lead, else [`NONE`].
    pub(crate) lead: u32,
}

/// The quotes of one request, read once for all its periods.
pub(crate) struct Quotes {
    /// In deal-id order, as revenue is added: credit × amount rounds.
    pub(crate) deals: Vec<Quoted>,
    /// Per inquiry index: the earliest quote date of its deals (dense, so
    /// the scan's pass over the leads reads it without hashing).
    pub(crate) first_quote: Vec<Option<NaiveDate>>,
    /// Parallel to `Index::won`: the day its lead arrived (`None` for a
    /// deal without one), read once so that each period's cohort pass
    /// does not reach into the inquiries for every won deal.
    pub(crate) won_received: Vec<Option<NaiveDate>>,
    pub(crate) as_of: NaiveDate,
    /// A = as-of − e′ of the request's own period, in days.
    pub(crate) age: u64,
}

impl Quotes {
    pub(crate) fn new(ix: &Index, as_of: NaiveDate) -> Quotes {
        let ds = ix.ds;
        let mut order: Vec<usize> = (0..ds.deals.len())
            .filter(|&i| ds.deals[i].quoted_at.is_some_and(|q| q <= as_of))
            .collect();
        // Deal-id order (ties by position) makes the sums independent of
        // the order the deals were entered in; unstable sorting is enough
        // with the position as the tie-break, and faster.
        order.sort_unstable_by(|&a, &b| {
            (ds.deals[a].id.as_str(), a).cmp(&(ds.deals[b].id.as_str(), b))
        });
        let mut wanted: FxMap<&str, u32> = FxMap::default();
        wanted.reserve(order.len());
        for &i in &order {
            if let Some(id) = ds.deals[i].inquiry_id.as_deref() {
                wanted.insert(id, NONE);
            }
        }
        if !wanted.is_empty() {
            for (i, q) in ds.inquiries.iter().enumerate() {
                if let Some(slot) = wanted.get_mut(q.id.as_str()) {
                    // The first of two inquiries with one id, as `Index`.
                    if *slot == NONE && q.is_lead && q.received_at.date() <= as_of {
                        *slot = i as u32;
                    }
                }
            }
        }
        let mut first_quote: Vec<Option<NaiveDate>> = vec![None; ds.inquiries.len()];
        let deals = order
            .iter()
            .map(|&i| {
                let d = &ds.deals[i];
                let quoted = d.quoted_at.unwrap_or(as_of);
                let lead = d
                    .inquiry_id
                    .as_deref()
                    .and_then(|id| wanted.get(id).copied())
                    .unwrap_or(NONE);
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
        let age = ix
            .periods
            .first()
            .map_or(0, |p| (as_of - p.to).num_days().max(0) as u64);
        let won_received = ix
            .won
            .iter()
            .map(|w| (w.lead != NONE).then(|| ds.inquiries[w.lead as usize].received_at.date()))
            .collect();
        Quotes {
            deals,
            first_quote,
            won_received,
            as_of,
            age,
        }
    }

    /// Whether the lead with inquiry index `inquiry` had a quote by `end`.
    pub(crate) fn quoted_by(&self, inquiry: u32, end: NaiveDate) -> bool {
        self.first_quote
            .get(inquiry as usize)
            .copied()
            .flatten()
            .is_some_and(|d| d <= end)
    }

    /// Whether a lead of period `k` carries a `qualified_at`: the
    /// qualification figures' condition for taking part in a benchmark.
    pub(crate) fn has_qualified(ix: &Index, k: usize) -> bool {
        ix.leads[k]
            .iter()
            .any(|l| ix.ds.inquiries[l.inquiry as usize].qualified_at.is_some())
    }
}

/// The company's funnel and cohort sums of one period: plain counts, since
/// every lead's credits sum to 1 and the company's figures are model-free.
#[derive(Debug, Clone, Default)]
pub(crate) struct FunnelSums {
    pub qualified: i64,
    pub quoted_leads: i64,
    /// Deals quoted in the period, reorders and non-leads' included.
    pub quotes: i64,
    pub quoted_value: Decimal,
    /// Quoted deals that closed in the period as won or lost, and of them won.
    pub decided: i64,
    pub decided_won: i64,
    /// Days from quote to order over won deals closed in the period.
    pub quote_days: Vec<i64>,
    /// Over deals closed on or before the period's end plus the age A.
    pub cohort_revenue: Decimal,
    /// Over every deal closed on or before the as-of date (all_k).
    pub cohort_revenue_all: Decimal,
    /// Whether a lead of the period carries a qualified_at.
    pub has_qualified: bool,
}
