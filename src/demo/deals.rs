//! What happens after an inquiry: whether it is quoted, won or lost, and
//! when; which companies are customers at a given day; and the reorders
//! customers place without any inquiry, which make lifetime value and
//! retention mean something.

use super::catalog::LOST_REASONS;
use super::names::Company;
use super::plan::Plan;
use super::rng::Rng;
use crate::records::{Deal, DealStatus, InquiryKind};
use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Per mille of new customers who come back with repeat orders.
const REPEAT_PER_MILLE: u32 = 350;
/// Established accounts from before the simulation, per mille of the
/// yearly inquiry volume (about 25 at the reference volume).
const LEGACY_PER_MILLE: usize = 70;

/// A deal before its id is known; ids follow `first` (quote or close date).
pub struct DealDraft {
    pub first: NaiveDate,
    pub deal: Deal,
}

fn days(n: i64) -> Duration {
    Duration::days(n)
}

/// Which companies are customers on a given day, and their reorder streams.
pub struct Customers {
    streamed: Vec<bool>,
    is_active: Vec<bool>,
    /// Wins not yet reached by the day being filled in.
    pending: BinaryHeap<Reverse<(NaiveDate, usize)>>,
    active: Vec<usize>,
}

impl Customers {
    /// The registry for a pool of companies. The first few, who also ask
    /// most often, were customers before the simulation began; their
    /// reorders start at once.
    pub fn new(pool: &[Company], plan: &Plan, rng: &mut Rng, out: &mut Vec<DealDraft>) -> Self {
        let n = pool.len();
        let mut c = Customers {
            streamed: vec![false; n],
            is_active: vec![false; n],
            pending: BinaryHeap::new(),
            active: Vec::new(),
        };
        let legacy = (plan.per_year as usize * LEGACY_PER_MILLE / 1000).clamp(1, n);
        for (i, company) in pool.iter().enumerate().take(legacy) {
            c.is_active[i] = true;
            c.active.push(i);
            c.streamed[i] = true;
            let from = plan.burn_in_start() - days(rng.range(0, 200));
            reorders(plan, rng, company, from, out, true);
        }
        c
    }

    /// Makes every win dated on or before `day` count.
    pub fn advance(&mut self, day: NaiveDate) {
        while let Some(Reverse((d, i))) = self.pending.peek().copied() {
            if d > day {
                break;
            }
            self.pending.pop();
            if !self.is_active[i] {
                self.is_active[i] = true;
                self.active.push(i);
            }
        }
    }

    pub fn pick(&self, rng: &mut Rng) -> Option<usize> {
        (!self.active.is_empty()).then(|| *rng.pick(&self.active))
    }

    /// Records a won deal; the first one starts the company's reorders.
    pub fn won(
        &mut self,
        plan: &Plan,
        rng: &mut Rng,
        pool: &[Company],
        company: usize,
        on: NaiveDate,
        out: &mut Vec<DealDraft>,
    ) {
        self.pending.push(Reverse((on, company)));
        if !self.streamed[company] {
            self.streamed[company] = true;
            reorders(plan, rng, &pool[company], on, out, false);
        }
    }
}

/// The repeat orders of one customer from `from` on: at a steady rhythm
/// with jitter, until the customer drifts away (or forever).
fn reorders(
    plan: &Plan,
    rng: &mut Rng,
    company: &Company,
    from: NaiveDate,
    out: &mut Vec<DealDraft>,
    legacy: bool,
) {
    if !legacy && !rng.chance(REPEAT_PER_MILLE) {
        return;
    }
    // The established accounts order more often and stay longer than the
    // ones won lately; most customers drift away within a few years.
    let (interval, loyal_pm) = if legacy {
        (rng.range(50, 180), 500)
    } else {
        (rng.range(60, 330), 100)
    };
    let until = if rng.chance(loyal_pm) {
        plan.today
    } else {
        (from + days(rng.range(365, 6 * 365))).min(plan.today)
    };
    let mut date = from;
    loop {
        date += days(interval * rng.range(60, 140) / 100);
        if date > until {
            break;
        }
        if date < plan.start() {
            continue;
        }
        let quoted_at = rng
            .chance(500)
            .then(|| (date - days(rng.range(0, 7))).max(plan.start()));
        let cents = company.typical_cents * rng.range(50, 120) / 100;
        let cents = plan.price(rng, cents, date);
        out.push(DealDraft {
            first: quoted_at.unwrap_or(date),
            deal: Deal {
                id: String::new(),
                inquiry_id: None,
                company: company.name.clone(),
                quoted_at,
                closed_at: Some(date),
                status: DealStatus::Won,
                amount: Decimal::new(cents, 2),
                lost_reason: None,
                version: crate::records::FIRST_VERSION,
            },
        });
    }
}

/// A lead that might be quoted.
pub struct Lead<'a> {
    /// `None` for a lead of the burn-in years, which has no record.
    pub inquiry_id: Option<&'a str>,
    pub company: &'a str,
    pub received: NaiveDate,
    pub kind: InquiryKind,
    pub win_per_mille: u32,
    pub touches: usize,
    /// The amount of the quote, in cents.
    pub cents: i64,
}

/// The quote for a lead, if it got one by today, and its fate so far.
pub fn quote(plan: &Plan, rng: &mut Rng, lead: &Lead) -> Option<DealDraft> {
    let quote_pm = match lead.kind {
        InquiryKind::Rfq => 850,
        InquiryKind::Call => 520,
        InquiryKind::Email => 580,
        InquiryKind::WebForm => 480,
        InquiryKind::TradeShow => 450,
        InquiryKind::WalkIn => 600,
        InquiryKind::Other => 400,
    };
    if !rng.chance(quote_pm) {
        return None;
    }
    let lag = if lead.kind == InquiryKind::Rfq {
        10
    } else {
        20
    };
    let quoted = lead.received + days(rng.range(2, lag));
    if quoted > plan.today {
        return None;
    }
    // Leads who met us more than once are warmer.
    let win_pm = (lead.win_per_mille + 40 * lead.touches as u32).min(700);
    let (status, closed, reason) = if rng.chance(win_pm) {
        let cycle = 20 + rng.range(0, 50) + rng.range(0, 50);
        let closed = (lead.received + days(cycle)).max(quoted + days(1));
        (DealStatus::Won, closed, None)
    } else {
        let reason = rng.pick_weighted(LOST_REASONS);
        let wait = if reason == "no decision" {
            rng.range(45, 120)
        } else {
            rng.range(7, 60)
        };
        (DealStatus::Lost, quoted + days(wait), Some(reason))
    };
    // Whatever has not happened by today is still open.
    let (status, closed_at, reason) = if closed > plan.today {
        (DealStatus::Open, None, None)
    } else {
        (status, Some(closed), reason)
    };
    Some(DealDraft {
        first: quoted,
        deal: Deal {
            id: String::new(),
            inquiry_id: lead.inquiry_id.map(str::to_string),
            company: lead.company.to_string(),
            quoted_at: Some(quoted),
            closed_at,
            status,
            amount: Decimal::new(lead.cents, 2),
            lost_reason: reason.map(str::to_string),
            version: crate::records::FIRST_VERSION,
        },
    })
}

/// A reorder that came in as a (non-lead) inquiry: confirmed within weeks.
pub fn reorder_by_inquiry(
    plan: &Plan,
    rng: &mut Rng,
    inquiry_id: &str,
    company: &Company,
    received: NaiveDate,
) -> DealDraft {
    let cents = company.typical_cents * rng.range(50, 120) / 100;
    let cents = plan.price(rng, cents, received);
    // The confirmation goes out within two days (by today at the latest);
    // the order closes once the drawing is confirmed.
    let quoted = (received + days(rng.range(0, 2))).min(plan.today);
    let closed = received + days(rng.range(3, 21));
    let open = closed > plan.today;
    DealDraft {
        first: quoted,
        deal: Deal {
            id: String::new(),
            inquiry_id: Some(inquiry_id.to_string()),
            company: company.name.clone(),
            quoted_at: Some(quoted),
            closed_at: (!open).then_some(closed),
            status: if open {
                DealStatus::Open
            } else {
                DealStatus::Won
            },
            amount: Decimal::new(cents, 2),
            lost_reason: None,
            version: crate::records::FIRST_VERSION,
        },
    }
}
