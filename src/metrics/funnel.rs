//! The funnel and the cohorts (`shared/spec/metrics.md`, "The funnel: from
//! inquiry to order" and "Cohorts"): the sums of one period that the
//! figures `won_leads` … `quote_to_order_median_days` and `cohort_*` are
//! made of, per source under the period's credits and for the company.
//!
//! The quotes are read once per request ([`Quotes`]): the deals with a
//! `quoted_at` known on the as-of date, each with its inquiry's index when
//! that is a lead, and per lead the earliest quote of its deals. A period
//! then makes one pass over its leads, one over the quoted deals and one
//! over the won deals, under the same attributor state as its other sums
//! (for data-driven, the period's own removal effects).

use super::attribution::Attributor;
use super::figures::{CompanyFigures, ScopeFigures};
use super::index::{FxMap, Index, NONE};
use super::scan::{CreditSum, PeriodStats};
use crate::records::DealStatus;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// A deal with a quote date on or before the as-of date.
struct Quoted {
    quoted: NaiveDate,
    /// The closing date when the deal was won or lost on or before as-of.
    decided: Option<(NaiveDate, bool)>,
    amount: Decimal,
    /// Index of its inquiry when that is a lead, else [`NONE`].
    lead: u32,
}

/// The quotes of one request, read once for all its periods.
pub(crate) struct Quotes {
    /// In deal-id order, as revenue is added: credit × amount rounds.
    deals: Vec<Quoted>,
    /// Per inquiry index: the earliest quote date of its deals (dense, so
    /// the scan's pass over the leads reads it without hashing).
    first_quote: Vec<Option<NaiveDate>>,
    /// Parallel to `Index::won`: the day its lead arrived (`None` for a
    /// deal without one), read once so that each period's cohort pass
    /// does not reach into the inquiries for every won deal.
    won_received: Vec<Option<NaiveDate>>,
    as_of: NaiveDate,
    /// A = as-of − e′ of the request's own period, in days.
    age: u64,
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

/// Adds period `k`'s funnel and cohort sums to `stats` (company) and to its
/// sources' sums; the attributor holds period `k`'s credits.
pub(crate) fn add_funnel(
    ix: &Index,
    quotes: &Quotes,
    k: usize,
    attributor: &mut Attributor,
    stats: &mut PeriodStats,
) {
    let as_of = quotes.as_of;
    let ds = ix.ds;
    let period = ix.periods[k];
    let table = &ix.sources;
    let resolve = |id| table.idx(id);
    let mut f = FunnelSums {
        has_qualified: Quotes::has_qualified(ix, k),
        ..FunnelSums::default()
    };
    if period.is_empty() {
        stats.funnel = f;
        return;
    }
    let n = table.len();
    let mut quote_count = vec![CreditSum::default(); n];
    let mut decided = vec![CreditSum::default(); n];
    let mut decided_won = vec![CreditSum::default(); n];
    // The qualified and quoted leads were added by the scan's pass over
    // the leads, which computes their credits anyway.
    f.qualified = stats.funnel.qualified;
    f.quoted_leads = stats.funnel.quoted_leads;

    for d in &quotes.deals {
        let quoted_in = period.contains(d.quoted);
        let decided_in = d.decided.filter(|(c, _)| period.contains(*c));
        if !quoted_in && decided_in.is_none() {
            continue;
        }
        if quoted_in {
            f.quotes += 1;
            f.quoted_value += d.amount;
        }
        if let Some((closed, won)) = decided_in {
            f.decided += 1;
            if won {
                f.decided_won += 1;
                f.quote_days.push((closed - d.quoted).num_days());
            }
        }
        if d.lead == NONE {
            continue;
        }
        let q = &ds.inquiries[d.lead as usize];
        for &(src, c) in attributor.credit(q, resolve) {
            let i = src as usize;
            if quoted_in {
                quote_count[i].add(c);
                stats.sources[i].quoted_value += c * d.amount;
            }
            if let Some((_, won)) = decided_in {
                decided[i].add(c);
                if won {
                    decided_won[i].add(c);
                }
            }
        }
    }

    // The cohort: won deals of the period's leads, counted up to the
    // period's end plus the age of the request's own cohort (for the
    // request's period that is the as-of date itself).
    let limit = period.to + chrono::Days::new(quotes.age);
    for (w, received) in ix.won.iter().zip(&quotes.won_received) {
        if !received.is_some_and(|r| period.contains(r)) || w.closed > as_of {
            continue;
        }
        let q = &ds.inquiries[w.lead as usize];
        f.cohort_revenue_all += w.amount;
        if w.closed > limit {
            continue;
        }
        f.cohort_revenue += w.amount;
        for &(src, c) in attributor.credit(q, resolve) {
            stats.sources[src as usize].cohort_revenue += c * w.amount;
        }
    }

    for (i, acc) in stats.sources.iter_mut().enumerate() {
        acc.quotes = quote_count[i].value();
        acc.decided = decided[i].value();
        acc.decided_won = decided_won[i].value();
    }
    stats.funnel = f;
}

/// Maturity f = Σ early_k / Σ all_k over the prior cohorts with all_k > 0
/// (k = 1 … 5); `None` when there is none or f = 0.
pub(crate) fn maturity(stats: &[PeriodStats]) -> Option<Decimal> {
    let (mut early, mut all) = (Decimal::ZERO, Decimal::ZERO);
    for s in stats.iter().skip(1) {
        if s.funnel.cohort_revenue_all > Decimal::ZERO {
            early += s.funnel.cohort_revenue;
            all += s.funnel.cohort_revenue_all;
        }
    }
    super::figures::ratio(early, all).filter(|f| !f.is_zero())
}

/// Sets the company's maturity and expected cohort figures from `f`.
pub(crate) fn expect_company(c: &mut CompanyFigures, f: Option<Decimal>, margin: Decimal) {
    c.cohort_maturity_pct = f.and_then(|f| f.checked_mul(Decimal::ONE_HUNDRED));
    c.cohort_expected_revenue = expected(c.cohort_revenue, f);
    c.cohort_expected_roi_pct = expected_roi(c.cohort_expected_revenue, c.spend, margin);
}

/// Sets a scope's expected cohort figures from the company's maturity `f`.
pub(crate) fn expect_scope(s: &mut ScopeFigures, f: Option<Decimal>, margin: Decimal) {
    s.cohort_expected_revenue = expected(s.cohort_revenue, f);
    s.cohort_expected_roi_pct = expected_roi(s.cohort_expected_revenue, s.spend, margin);
}

fn expected(revenue: Option<Decimal>, f: Option<Decimal>) -> Option<Decimal> {
    super::figures::ratio(revenue?, f?)
}

fn expected_roi(
    revenue: Option<Decimal>,
    spend: Option<Decimal>,
    margin: Decimal,
) -> Option<Decimal> {
    super::figures::roi(revenue?, spend?, margin)
}
