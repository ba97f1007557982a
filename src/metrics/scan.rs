//! One pass over the data set for one period: every sum the figures of that
//! period need, per source and for the company, under one model.
//!
//! Membership: an inquiry belongs to the period of its `received_at` date, a
//! deal to the period of its `closed_at`, spend to its `date`, and a traffic
//! month when its first day lies in the period. The period handed in is
//! already the effective one (it ends on or before the as-of date).

use super::attribution::{AttributionModel, Attributor, Touches};
use super::figures::ScopeSums;
use super::index::{FxMap, Index, NONE};
use super::markov::Chain;
use super::period::{fiscal_quarters, month_index, Period};
use crate::records::{Direction, SpendDirection};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// Spend and revenue of one fiscal quarter (clipped to the period).
#[derive(Debug, Clone)]
pub(crate) struct QuarterSums {
    pub period: Period,
    pub spend: Decimal,
    pub revenue: Decimal,
    pub total_revenue: Decimal,
}

/// The sums of one period.
pub(crate) struct PeriodStats {
    /// The effective period.
    pub period: Period,
    /// Whether any spend, inquiry or deal is dated in the period.
    pub has_records: bool,
    /// Attributed sums per source index.
    pub sources: Vec<ScopeSums>,
    pub leads: i64,
    pub unknown_leads: i64,
    /// Leads received in the period whose inquiry has a won deal closed on
    /// or before the period's end.
    pub converted: i64,
    /// Won deals closed in the period whose inquiry is a lead.
    pub won: i64,
    pub revenue: Decimal,
    pub total_revenue: Decimal,
    pub new_customers: i64,
    pub spend: Decimal,
    /// Inbound, outbound: spend of the direction's channels plus general
    /// spend of that direction.
    pub direction_spend: [Decimal; 2],
    /// Inbound, outbound: new-customer credit of the direction's channels.
    pub direction_new_customers: [Decimal; 2],
    pub visitors: i64,
    pub cycle_days: Vec<i64>,
    pub clv: Option<Decimal>,
    /// Data-driven was undefined and linear was used.
    pub fallback: bool,
    /// Spend per campaign (parallel to the campaign list handed in).
    pub campaign_spend: Vec<Decimal>,
    /// Leads per calendar month from the period's first month on.
    pub months: Vec<i64>,
    pub quarters: Vec<QuarterSums>,
    /// The company's funnel and cohort sums, added by `funnel::add_funnel`.
    pub funnel: super::quotes::FunnelSums,
}

/// An exact sum of credits, each with at most 28 decimals, as an integer
/// number of 10⁻²⁸. Adding decimals whose sum outgrows 28 significant digits
/// would round (and rescale) on every addition; integers neither round nor
/// slow down, and 2¹²⁷ × 10⁻²⁸ leaves room for 10¹⁰ leads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct CreditSum(i128);

const SCALE: u32 = 28;

impl CreditSum {
    pub(crate) fn add(&mut self, credit: Decimal) {
        let factor = 10i128.pow(SCALE.saturating_sub(credit.scale()));
        let units = credit.mantissa().saturating_mul(factor);
        self.0 = self.0.saturating_add(units);
    }

    /// The sum as a decimal, rounded half away from zero only when it has
    /// more than 28 significant digits.
    pub(crate) fn value(self) -> Decimal {
        let (mut units, mut scale) = (self.0, SCALE);
        loop {
            if let Ok(d) = Decimal::try_from_i128_with_scale(units, scale) {
                return d;
            }
            let rest = units % 10;
            units /= 10;
            if rest.abs() >= 5 {
                units += rest.signum();
            }
            scale -= 1;
        }
    }
}

/// Which of a period's sums are wanted. The per-source sums cost a lead's
/// credit for every lead, deal and quote of the period, and not every
/// period shows them all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sums {
    /// Everything: the request's own period.
    Full,
    /// The company's sums and the sources' leads, won deals, revenue and
    /// new customers, without the sources' funnel and cohort sums: a prior
    /// year, whose sources are only held against the request's own
    /// (`SOURCE_BENCHMARK_KEYS`).
    Benchmark,
    /// The company's sums alone (the credited new customers of its
    /// directions included, which `cac_inbound` and `cac_outbound` read):
    /// a cohort year, whose views read its company figures only.
    Company,
}

/// Credited counts of one source in one period.
#[derive(Debug, Clone, Copy, Default)]
struct CreditCounts {
    leads: CreditSum,
    converted: CreditSum,
    won: CreditSum,
    new_customers: CreditSum,
    qualified: CreditSum,
    quoted: CreditSum,
}

fn direction_slot(d: Direction) -> usize {
    match d {
        Direction::Inbound => 0,
        Direction::Outbound => 1,
    }
}

/// Sums period `k` of the index under `model`. `attributor` must follow
/// `model`; `campaigns` is sorted; `detail` asks for months and quarters;
/// `sums` says which sources' sums are wanted (the others stay zero).
#[allow(clippy::too_many_arguments)]
pub(crate) fn scan(
    ix: &Index,
    quotes: &super::quotes::Quotes,
    k: usize,
    model: AttributionModel,
    attributor: &mut Attributor,
    campaigns: &[String],
    fiscal_start_month: u32,
    detail: bool,
    sums: Sums,
) -> PeriodStats {
    let credited = sums != Sums::Company;
    let ds = ix.ds;
    let period = ix.periods[k];
    let table = &ix.sources;
    let resolve = |id| table.idx(id);
    let quarters: Vec<Period> = if detail {
        fiscal_quarters(&period, fiscal_start_month)
    } else {
        Vec::new()
    };
    let month_count = if detail && !period.is_empty() {
        (month_index(period.to) - month_index(period.from) + 1) as usize
    } else {
        0
    };
    let mut s = PeriodStats {
        period,
        has_records: false,
        sources: vec![ScopeSums::default(); table.len()],
        leads: 0,
        unknown_leads: 0,
        converted: 0,
        won: 0,
        revenue: Decimal::ZERO,
        total_revenue: Decimal::ZERO,
        new_customers: 0,
        spend: Decimal::ZERO,
        direction_spend: [Decimal::ZERO; 2],
        direction_new_customers: [Decimal::ZERO; 2],
        visitors: 0,
        cycle_days: Vec::new(),
        clv: None,
        fallback: false,
        campaign_spend: vec![Decimal::ZERO; campaigns.len()],
        months: vec![0; month_count],
        quarters: quarters
            .iter()
            .map(|&p| QuarterSums {
                period: p,
                spend: Decimal::ZERO,
                revenue: Decimal::ZERO,
                total_revenue: Decimal::ZERO,
            })
            .collect(),
        funnel: Default::default(),
    };
    if period.is_empty() {
        return s;
    }
    let quarter_of = |d: NaiveDate| quarters.partition_point(|q| q.from <= d).checked_sub(1);

    for sp in &ds.spend {
        if !period.contains(sp.date) {
            continue;
        }
        s.has_records = true;
        s.spend += sp.amount;
        match sp.source_id {
            Some(id) => {
                let i = table.idx(id) as usize;
                s.sources[i].spend += sp.amount;
                if let Some(d) = table.rows[i].direction {
                    s.direction_spend[direction_slot(d)] += sp.amount;
                }
            }
            None => match sp.general_direction() {
                Some(SpendDirection::Inbound) => s.direction_spend[0] += sp.amount,
                Some(SpendDirection::Outbound) => s.direction_spend[1] += sp.amount,
                _ => {}
            },
        }
        if let Some(c) = sp
            .campaign
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            if let Ok(k) = campaigns.binary_search_by(|x| x.as_str().cmp(c)) {
                s.campaign_spend[k] += sp.amount;
            }
        }
        if let Some(q) = quarter_of(sp.date) {
            s.quarters[q].spend += sp.amount;
        }
    }

    if model == AttributionModel::DataDriven {
        let effects = removal_effects(ix, k, attributor);
        s.fallback = effects.is_none();
        attributor.split_by_removal(effects, &table.rank);
    }
    s.has_records |= ix.has_records[k];
    let mut counts = vec![CreditCounts::default(); table.len()];
    for lead in &ix.leads[k] {
        s.leads += 1;
        let converted = lead.first_won.is_some_and(|d| d <= period.to);
        if converted {
            s.converted += 1;
        }
        // The funnel's stages credit like the lead itself, so they are
        // added here, where its credit is already computed.
        let qualified = lead.qualified_at.is_some_and(|d| d <= period.to);
        let quoted = quotes.quoted_by(lead.inquiry, period.to);
        s.funnel.qualified += i64::from(qualified);
        s.funnel.quoted_leads += i64::from(quoted);
        if Some(table.idx(lead.source_id)) == table.unknown {
            s.unknown_leads += 1;
        }
        if credited {
            let q = Touches::of(ix.prepared, lead.inquiry);
            for &(src, c) in attributor.credit(q, resolve) {
                let acc = &mut counts[src as usize];
                acc.leads.add(c);
                if converted {
                    acc.converted.add(c);
                }
                if qualified {
                    acc.qualified.add(c);
                }
                if quoted {
                    acc.quoted.add(c);
                }
            }
        }
        if month_count > 0 {
            s.months[(month_index(lead.received) - month_index(period.from)) as usize] += 1;
        }
    }

    for (w, received) in ix.won.iter().zip(&quotes.won_received) {
        if !period.contains(w.closed) {
            continue;
        }
        s.total_revenue += w.amount;
        if w.first {
            s.new_customers += 1;
        }
        let quarter = quarter_of(w.closed);
        if let Some(q) = quarter {
            s.quarters[q].total_revenue += w.amount;
        }
        if w.lead == NONE {
            continue;
        }
        s.won += 1;
        s.revenue += w.amount;
        if let Some(q) = quarter {
            s.quarters[q].revenue += w.amount;
        }
        // The day its lead arrived, read without reaching into the inquiry.
        if let Some(received) = received {
            s.cycle_days.push((w.closed - *received).num_days());
        }
        if !credited && !w.first {
            continue;
        }
        let q = Touches::of(ix.prepared, w.lead);
        for &(src, c) in attributor.credit(q, resolve) {
            let acc = &mut counts[src as usize];
            if credited {
                acc.won.add(c);
                s.sources[src as usize].revenue += c * w.amount;
            }
            if w.first {
                acc.new_customers.add(c);
            }
        }
    }

    for t in &ds.traffic {
        let first_day = t.month.with_day(1).unwrap_or(t.month);
        if period.contains(first_day) {
            s.visitors += t.visitors;
            s.sources[table.idx(t.source_id) as usize].visitors += t.visitors;
        }
    }

    for (acc, c) in s.sources.iter_mut().zip(&counts) {
        acc.leads = c.leads.value();
        acc.converted = c.converted.value();
        acc.won = c.won.value();
        acc.new_customers = c.new_customers.value();
        acc.qualified = c.qualified.value();
        acc.quoted_leads = c.quoted.value();
    }
    // In canonical order: these sums of 28-digit credits round.
    for &i in &table.order {
        if let Some(d) = table.rows[i as usize].direction {
            s.direction_new_customers[direction_slot(d)] += s.sources[i as usize].new_customers;
        }
    }
    s.clv = clv(ix, period.to);
    s
}

/// The removal effect of every source (by index) from the paths of period
/// `k`'s leads, a path converting when its inquiry has a won deal closed on
/// or before the period's end; `None` when data-driven is undefined for the
/// period (P(conv) = 0 or Σ RE = 0). Every credit of the period, a deal's
/// whose lead arrived earlier too, splits by these.
fn removal_effects(ix: &Index, k: usize, attributor: &mut Attributor) -> Option<Vec<Decimal>> {
    let (table, end) = (&ix.sources, ix.periods[k].to);
    let mut chain = Chain::new(&table.rank);
    for lead in &ix.leads[k] {
        let q = Touches::of(ix.prepared, lead.inquiry);
        let converted = lead.first_won.is_some_and(|d| d <= end);
        chain.add_path(attributor.path(q, |id| table.idx(id)), converted);
    }
    chain.effects()
}

/// CLV over all won deals closed on or before `end` (reorders included):
/// AOV × F × L, with lifespan_c = max(1, days from the customer's first to its
/// last won deal / 365), F = mean of deals_c / lifespan_c, L = mean lifespan_c.
/// Undefined when there is no won deal.
pub(crate) fn clv(ix: &Index, end: NaiveDate) -> Option<Decimal> {
    // It depends on the day alone: the view keeps it for the next period
    // ending then (the same request under another model, a cohort year).
    ix.view.clv(end, || clv_of(ix, end))
}

fn clv_of(ix: &Index, end: NaiveDate) -> Option<Decimal> {
    let mut per: Vec<(u32, NaiveDate, NaiveDate)> =
        vec![(0, NaiveDate::MAX, NaiveDate::MIN); ix.companies];
    let mut revenue = Decimal::ZERO;
    let mut deals: u64 = 0;
    for w in ix.won {
        if w.closed > end {
            continue;
        }
        revenue += w.amount;
        deals += 1;
        let c = &mut per[w.company as usize];
        c.0 += 1;
        c.1 = c.1.min(w.closed);
        c.2 = c.2.max(w.closed);
    }
    if deals == 0 {
        return None;
    }
    // Customers of at most a year have lifespan 1 and add their deal count
    // to F whole; longer ones are grouped by their span in days, so that the
    // divisions number the distinct spans, not the customers.
    let mut customers: u64 = 0;
    let mut short_deals: u64 = 0;
    let mut short_customers: u64 = 0;
    let mut long_days: i128 = 0;
    let mut long: FxMap<i64, u64> = FxMap::default();
    for &(n, first, last) in &per {
        if n == 0 {
            continue;
        }
        customers += 1;
        let days = (last - first).num_days();
        if days <= 365 {
            short_deals += n as u64;
            short_customers += 1;
        } else {
            long_days += days as i128;
            *long.entry(days).or_insert(0) += n as u64;
        }
    }
    let year = Decimal::from(365);
    let mut spans: Vec<(i64, u64)> = long.into_iter().collect();
    spans.sort_unstable();
    let mut f_sum = Decimal::from(short_deals);
    for (days, n) in spans {
        f_sum += Decimal::from(n).checked_mul(year)? / Decimal::from(days);
    }
    let l_sum = Decimal::from(short_customers) + Decimal::from_i128_with_scale(long_days, 0) / year;
    let count = Decimal::from(customers);
    let aov = revenue / Decimal::from(deals);
    aov.checked_mul(f_sum / count)?.checked_mul(l_sum / count)
}

/// For each customer, bit 2k set when it has a won deal in `periods[k]` and
/// bit 2k + 1 when it has one in that period shifted back one year (at most
/// sixteen periods). The prior-year period of a prior year is its own shift,
/// not the period one year further back: they differ when 29 February is
/// involved (Jan–Feb 2024 four years back ends on 29 Feb 2020, but Jan–Feb
/// 2021 one year back ends on 28 Feb 2020).
pub(crate) fn won_companies(ix: &Index, periods: &[Period]) -> Vec<u32> {
    let empty = Period {
        from: NaiveDate::MAX,
        to: NaiveDate::MIN,
    };
    let pairs: Vec<(Period, Period)> = periods
        .iter()
        .take(16)
        .map(|p| (*p, p.shift_years(-1).unwrap_or(empty)))
        .collect();
    let mut bits = vec![0u32; ix.companies];
    for w in ix.won {
        for (k, (now, before)) in pairs.iter().enumerate() {
            if now.contains(w.closed) {
                bits[w.company as usize] |= 1 << (2 * k);
            }
            if before.contains(w.closed) {
                bits[w.company as usize] |= 1 << (2 * k + 1);
            }
        }
    }
    bits
}

/// Of the customers with a won deal in period `k` shifted back one year, the
/// share that also have one in period `k`, × 100; undefined when there are
/// none.
pub(crate) fn retention(bits: &[u32], k: usize) -> Option<Decimal> {
    let (now, before) = (1u32 << (2 * k), 1u32 << (2 * k + 1));
    let had = bits.iter().filter(|&&b| b & before != 0).count();
    let kept = bits
        .iter()
        .filter(|&&b| b & before != 0 && b & now != 0)
        .count();
    super::figures::pct(Decimal::from(kept as u64), Decimal::from(had as u64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn credit_sums_are_exact() {
        let third = Decimal::ONE / Decimal::from(3);
        let mut sum = CreditSum::default();
        for _ in 0..3 {
            sum.add(third);
        }
        assert_eq!(sum.value(), dec!(0.9999999999999999999999999999));
        sum.add(dec!(0.0000000000000000000000000001));
        assert_eq!(sum.value(), Decimal::ONE);
        let mut big = CreditSum::default();
        for _ in 0..1000 {
            big.add(third);
            big.add(Decimal::ONE);
        }
        // 1000 + 1000 × 0.333…3 (28 threes) = 1333.333…3 with 28 decimals,
        // which as a decimal keeps 25 of them (the rest are zeros).
        assert_eq!(big.value(), dec!(1333.3333333333333333333333333));
        assert_eq!(CreditSum::default().value(), Decimal::ZERO);
    }
}
