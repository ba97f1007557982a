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

use super::attribution::{Attributor, Touches};
use super::figures::{CompanyFigures, ScopeFigures};
use super::index::{Index, NONE};
use super::period::Period;
use super::quotes::{FunnelSums, Quotes};
use super::scan::{CreditSum, PeriodStats, Sums};
use rust_decimal::Decimal;

/// Adds period `k`'s funnel and cohort sums to `stats` (company) and, when
/// `sums` is [`Sums::Full`], to its sources' sums; the attributor holds
/// period `k`'s credits.
pub(crate) fn add_funnel(
    ix: &Index,
    quotes: &Quotes,
    k: usize,
    attributor: &mut Attributor,
    stats: &mut PeriodStats,
    sums: Sums,
) {
    let as_of = quotes.as_of;
    let period = ix.periods[k];
    let table = &ix.sources;
    let resolve = |id| table.idx(id);
    let mut f = FunnelSums {
        has_qualified: has_qualified(ix, k),
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
        if d.lead == NONE || sums != Sums::Full {
            continue;
        }
        let q = Touches::of(ix.prepared, d.lead);
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
    let age = ix.age(as_of);
    (f.cohort_revenue, f.cohort_revenue_all) = cohort_sums(ix, &period, age);
    let limit = period.to + chrono::Days::new(age);
    let credited = ix.won.iter().zip(&quotes.won_received);
    for (w, received) in credited.take_while(|_| sums == Sums::Full) {
        if !received.is_some_and(|r| period.contains(r)) || w.closed > limit {
            continue;
        }
        let q = Touches::of(ix.prepared, w.lead);
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

/// Whether a lead of period `k` carries a `qualified_at`: the
/// qualification figures' condition for taking part in a benchmark.
fn has_qualified(ix: &Index, k: usize) -> bool {
    ix.leads[k]
        .iter()
        .any(|l| ix.ds.inquiries[l.inquiry as usize].qualified_at.is_some())
}

/// The company's cohort revenue of `period`: the won deals of its leads
/// closed by its end plus `age` days, and all of them closed by the as-of
/// date (every won deal of the index is). Model-free: every lead's credits
/// sum to 1. Zero for an empty period. The amounts are money of at most 28
/// digits, whose sums are exact in any order, so the period's range of the
/// view's deals by day of the lead is enough.
pub(crate) fn cohort_sums(ix: &Index, period: &Period, age: u64) -> (Decimal, Decimal) {
    let (mut early, mut all) = (Decimal::ZERO, Decimal::ZERO);
    if period.is_empty() {
        return (early, all);
    }
    let limit = period.to + chrono::Days::new(age);
    let won = &ix.view.cohort_won;
    let from = won.partition_point(|c| c.0 < period.from);
    let to = won.partition_point(|c| c.0 <= period.to);
    for &(_, closed, amount) in &won[from..to.max(from)] {
        all += amount;
        if closed <= limit {
            early += amount;
        }
    }
    (early, all)
}

/// Maturity f = Σ early_k / Σ all_k over the prior cohorts (k = 1 … 5) with
/// all_k > 0, given as (early_k, all_k); `None` when there is none or f = 0.
pub(crate) fn maturity(prior: impl Iterator<Item = (Decimal, Decimal)>) -> Option<Decimal> {
    let (mut early, mut all) = (Decimal::ZERO, Decimal::ZERO);
    for (e, a) in prior {
        if a > Decimal::ZERO {
            early += e;
            all += a;
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
