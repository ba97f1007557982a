//! Fills in the drafted inquiries in time order: who asked (a company from
//! the pool, or a customer for the "Existing customer" source), who logged
//! it, further touchpoints, what the non-leads were (spam, vendors,
//! duplicates, reorders), and the quotes and orders that followed. Time
//! order matters: only a company that has won a deal by that day can come
//! back as an existing customer.
//!
//! The first drafts belong to the burn-in years before the window (see
//! `Plan::burn_in_start`): they make customers and deals in flight but no
//! records. What they leave inside the window is kept as orders with no
//! inquiry, as a real database started that day would hold them.

use super::catalog;
use super::deals::{self, Customers, DealDraft, Lead};
use super::inquiries::Draft;
use super::names::{self, Company, Contact};
use super::plan::{Plan, BURN_IN_YEARS};
use super::rng::Rng;
use crate::records::{Deal, DealStatus, Id, Inquiry, InquiryKind, Touchpoint};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use rust_decimal::Decimal;
use std::collections::VecDeque;

/// How many recent leads a duplicate may repeat.
const RECENT: usize = 30;

/// The state carried from one inquiry to the next.
struct Filler<'a> {
    plan: &'a Plan,
    rng: Rng,
    pool: Vec<Company>,
    customers: Customers,
    deals: Vec<DealDraft>,
    recent: VecDeque<usize>,
    inquiries: Vec<Inquiry>,
}

/// Inquiries (ids `INQ-<year>-<n>`) and deals (ids `D-<year>-<n>`), both
/// in id order, which is time order.
pub fn fill(plan: &Plan, drafts: Vec<Draft>, seed: u64) -> (Vec<Inquiry>, Vec<Deal>) {
    // The stream keeps the module's former name: renaming it would deal
    // the demo company other random numbers, and so other figures.
    let mut rng = Rng::stream(seed, "ledger");
    // The pool grows with the data: a third of a year's inquiries for every
    // simulated year, so new companies keep turning up to the end.
    let simulated = (plan.years as usize + BURN_IN_YEARS as usize).max(1);
    let size = (plan.per_year as usize * simulated / 3).max(40);
    let pool = names::company_pool(&mut Rng::stream(seed, "companies"), size);
    // About one deal per inquiry: quotes plus reorders.
    let mut deals = Vec::with_capacity(drafts.len());
    let customers = Customers::new(&pool, plan, &mut rng, &mut deals);
    let start = plan.start();
    let in_window = drafts.iter().filter(|d| d.at.date() >= start).count();
    let mut f = Filler {
        plan,
        rng,
        pool,
        customers,
        deals,
        recent: VecDeque::with_capacity(RECENT),
        inquiries: Vec::with_capacity(in_window),
    };
    let width = id_width(
        drafts
            .iter()
            .map(|d| d.at.year())
            .filter(|y| *y >= plan.first_year),
    );
    let mut year = i32::MIN;
    let mut seq = 0;
    for draft in drafts {
        f.customers.advance(draft.at.date());
        let id = (draft.at.date() >= start).then(|| {
            if draft.at.year() != year {
                year = draft.at.year();
                seq = 0;
            }
            seq += 1;
            format!("INQ-{year}-{seq:0width$}")
        });
        match (draft.is_lead, id) {
            (true, id) => f.lead(draft, id),
            (false, Some(id)) => f.non_lead(draft, id),
            (false, None) => {}
        }
    }
    let drafts: Vec<DealDraft> = f.deals.into_iter().filter_map(|d| clip(d, start)).collect();
    // Sort positions rather than the deals themselves, which are large;
    // the sort is stable, so deals of one day keep the order they were made.
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    order.sort_by_key(|&i| drafts[i].first);
    let width = id_width(order.iter().map(|&i| drafts[i].first.year()));
    let mut slots: Vec<Option<DealDraft>> = drafts.into_iter().map(Some).collect();
    let mut year = i32::MIN;
    let mut seq = 0;
    let deals = order
        .into_iter()
        .filter_map(|i| slots[i].take())
        .map(|d| {
            if d.first.year() != year {
                year = d.first.year();
                seq = 0;
            }
            seq += 1;
            Deal {
                id: format!("D-{year}-{seq:0width$}"),
                ..d.deal
            }
        })
        .collect();
    (f.inquiries, deals)
}

/// What a deal leaves inside the window: nothing if it closed before;
/// a quote of a burn-in lead (it has no inquiry) only if it was won, as an
/// order; its quote date only if inside the window.
fn clip(mut d: DealDraft, start: NaiveDate) -> Option<DealDraft> {
    if d.deal.closed_at.is_some_and(|c| c < start) {
        return None;
    }
    if d.deal.inquiry_id.is_none() && d.deal.status != DealStatus::Won {
        return None;
    }
    d.deal.quoted_at = d.deal.quoted_at.filter(|q| *q >= start);
    d.first = d.deal.quoted_at.or(d.deal.closed_at)?;
    Some(d)
}

/// Digits of the sequence number: four, or more when a year holds more
/// records, the same for every year so that byte order is time order.
fn id_width(years: impl Iterator<Item = i32>) -> usize {
    let mut most = 0;
    let mut run = 0;
    let mut last = None;
    for y in years {
        run = if last == Some(y) { run + 1 } else { 1 };
        last = Some(y);
        most = most.max(run);
    }
    most.to_string().len().max(4)
}

impl Filler<'_> {
    fn days(&mut self, lo: i64, hi: i64) -> Duration {
        Duration::days(self.rng.range(lo, hi))
    }

    /// A prospect: companies enter the market over the window, and half
    /// of the asking is done by the lower part of the pool, so some
    /// companies ask far more often than others.
    fn prospect(&mut self, day: NaiveDate) -> usize {
        let from = self.plan.burn_in_start();
        let span = (self.plan.today - from).num_days().max(1);
        let gone = (day - from).num_days().clamp(0, span);
        let open = self.pool.len() as i64 * (250 + 750 * gone / span) / 1000;
        let open = open.max(1) as u64;
        let first = self.rng.below(open);
        if self.rng.chance(500) {
            first as usize
        } else {
            first.min(self.rng.below(open)) as usize
        }
    }

    fn staff(&mut self, kind: InquiryKind, source_id: Id, day: NaiveDate) -> Option<String> {
        let p = self.plan;
        // The inside-sales desk changes hands halfway through the window.
        let second_half = p.years > 1 && p.year_index(day.year()) * 2 >= p.years as usize;
        let inside = catalog::INSIDE_SALES[usize::from(second_half)];
        let who = match kind {
            _ if source_id == p.roles.cold_calling => catalog::FIELD_SALES,
            InquiryKind::WebForm if self.rng.chance(600) => return None,
            InquiryKind::WebForm | InquiryKind::Other => catalog::MARKETING,
            InquiryKind::Call | InquiryKind::WalkIn => catalog::FRONT_OFFICE,
            InquiryKind::Rfq => inside,
            InquiryKind::TradeShow => catalog::FIELD_SALES,
            InquiryKind::Email if self.rng.chance(500) => catalog::FRONT_OFFICE,
            InquiryKind::Email => inside,
        };
        Some(who.to_string())
    }

    /// Up to three later contacts of a lead within 60 days, none after
    /// today: a show it visits, or the website, ads and newsletter.
    fn touchpoints(&mut self, received: NaiveDate) -> Vec<Touchpoint> {
        let p = self.plan;
        if !self.rng.chance(350) {
            return Vec::new();
        }
        let weights = p.touch_weights(received.year());
        let mut out = Vec::new();
        for _ in 0..self.rng.range(1, 3) {
            let upcoming = p
                .shows
                .iter()
                .find(|s| s.opens > received && (s.opens - received).num_days() <= 60);
            let (source_id, date) = match upcoming {
                Some(show) if self.rng.chance(500) => {
                    let day = show.opens + self.days(0, show.spec.days - 1);
                    (show.source_id, day)
                }
                _ => {
                    let i = self.rng.weighted(weights);
                    (p.sources[i].id, received + self.days(1, 60))
                }
            };
            if date <= p.today {
                out.push(Touchpoint { source_id, date });
            }
        }
        out.sort_by_key(|t| t.date);
        out
    }

    /// Quotes a lead and follows the quote; returns the inquiry's status.
    fn follow_up(
        &mut self,
        d: &Draft,
        id: Option<&str>,
        company: usize,
        cents: i64,
        touches: usize,
    ) -> &'static str {
        let day = d.at.date();
        let p = self.plan;
        let lead = Lead {
            inquiry_id: id,
            company: &self.pool[company].name,
            received: day,
            kind: d.kind,
            win_per_mille: p.source(d.source_id).spec.map_or(300, |s| s.win_per_mille),
            touches,
            cents,
        };
        let Some(q) = deals::quote(p, &mut self.rng, &lead) else {
            return if (p.today - day).num_days() < 21 {
                "new"
            } else {
                "not quoted"
            };
        };
        let status = match q.deal.status {
            DealStatus::Open => "quoted",
            DealStatus::Won => "won",
            DealStatus::Lost => "lost",
        };
        if let Some(closed) = q
            .deal
            .closed_at
            .filter(|_| q.deal.status == DealStatus::Won)
        {
            let pool = &self.pool;
            self.customers
                .won(p, &mut self.rng, pool, company, closed, &mut self.deals);
        }
        self.deals.push(q);
        status
    }

    /// A lead: in the window it becomes an inquiry; in the burn-in only its
    /// outcome counts.
    fn lead(&mut self, d: Draft, id: Option<String>) {
        let day = d.at.date();
        let existing = d.source_id == self.plan.roles.existing_customer;
        let company = match existing
            .then(|| self.customers.pick(&mut self.rng))
            .flatten()
        {
            Some(c) => c,
            None => self.prospect(day),
        };
        let typical = self.pool[company].typical_cents;
        let cents = typical * self.rng.range(60, 170) / 100;
        let cents = self.plan.price(&mut self.rng, cents, day);
        // A few web forms come without a company; those are never quoted.
        let anonymous = d.kind == InquiryKind::WebForm && self.rng.chance(30);
        let touchpoints = match id {
            Some(_) => self.touchpoints(day),
            None => Vec::new(),
        };
        let status = if anonymous {
            "not quoted"
        } else {
            self.follow_up(&d, id.as_deref(), company, cents, touchpoints.len())
        };
        let Some(id) = id else {
            return;
        };
        let c = &self.pool[company];
        let Contact { name, email, phone } = c.any_contact(&mut self.rng);
        let wants_phone = matches!(
            d.kind,
            InquiryKind::Call | InquiryKind::WalkIn | InquiryKind::TradeShow
        );
        let wants_email = matches!(
            d.kind,
            InquiryKind::Email | InquiryKind::WebForm | InquiryKind::Rfq
        );
        let phone = (wants_phone || self.rng.chance(500)).then_some(phone);
        let email = (wants_email || self.rng.chance(600)).then_some(email);
        let company = (!anonymous).then(|| c.name.clone());
        let estimate_pm = if d.kind == InquiryKind::Rfq { 700 } else { 150 };
        let estimated_value = self.rng.chance(estimate_pm).then(|| {
            let euros = cents / 100 * self.rng.range(80, 120) / 100;
            Decimal::from((euros / 100).max(1) * 100)
        });
        let part = *self.rng.pick(catalog::PARTS);
        let notes = match d.kind {
            InquiryKind::Rfq if self.rng.chance(700) => Some(format!(
                "{} pcs {part}",
                self.rng.pick(&[50, 100, 250, 500, 2000])
            )),
            InquiryKind::TradeShow => Some(format!("Met at the stand: {part}")),
            _ => None,
        };
        if self.recent.len() == RECENT {
            self.recent.pop_front();
        }
        self.recent.push_back(self.inquiries.len());
        let logged_by = self.staff(d.kind, d.source_id, day);
        self.inquiries.push(Inquiry {
            id,
            received_at: d.at,
            kind: d.kind,
            company,
            contact: Some(name),
            phone,
            email,
            source_id: d.source_id,
            touchpoints,
            is_lead: true,
            status: Some(status.to_string()),
            estimated_value,
            logged_by,
            notes,
            // Given afterwards from its own stream (`funnel::qualify`).
            qualified_at: None,
            version: crate::records::FIRST_VERSION,
        });
    }

    fn non_lead(&mut self, d: Draft, id: String) {
        let p = self.plan;
        let day = d.at.date();
        let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        let spoken = if weekend || self.rng.chance(500) {
            InquiryKind::Email
        } else {
            InquiryKind::Call
        };
        let customer = self.customers.pick(&mut self.rng);
        let recent = (!self.recent.is_empty())
            .then(|| self.recent[self.rng.below(self.recent.len() as u64) as usize]);
        let what = self.rng.weighted(&[
            if customer.is_some() { 30 } else { 0 },
            if recent.is_some() { 15 } else { 0 },
            25,
            30,
        ]);
        let mut inq = Inquiry {
            id,
            received_at: d.at,
            kind: spoken,
            company: None,
            contact: None,
            phone: None,
            email: None,
            source_id: p.roles.unknown,
            touchpoints: Vec::new(),
            is_lead: false,
            status: None,
            estimated_value: None,
            logged_by: Some(catalog::FRONT_OFFICE.to_string()),
            notes: None,
            qualified_at: None,
            version: crate::records::FIRST_VERSION,
        };
        match (what, customer, recent) {
            (0, Some(c), _) => {
                let company = &self.pool[c];
                let Contact { name, email, phone } = company.contact(0);
                inq.company = Some(company.name.clone());
                inq.contact = Some(name);
                inq.phone = Some(phone);
                inq.email = Some(email);
                inq.source_id = p.roles.existing_customer;
                inq.status = Some("reorder".into());
                inq.notes = Some(format!("Repeat order: {}", self.rng.pick(catalog::PARTS)));
                let deal = deals::reorder_by_inquiry(p, &mut self.rng, &inq.id, company, day);
                self.deals.push(deal);
            }
            (1, _, Some(r)) => {
                let orig = &self.inquiries[r];
                inq.kind = orig.kind;
                inq.company = orig.company.clone();
                inq.contact = orig.contact.clone();
                inq.phone = orig.phone.clone();
                inq.email = orig.email.clone();
                inq.source_id = orig.source_id;
                inq.status = Some("duplicate".into());
                inq.notes = Some(format!("Duplicate of {}", orig.id));
            }
            (2, _, _) => {
                let (vendor, pitch) = *self.rng.pick(catalog::VENDORS);
                inq.company = Some(vendor.to_string());
                inq.status = Some("vendor".into());
                inq.notes = Some(format!("Sales pitch: {pitch}"));
                if self.rng.chance(300) {
                    inq.source_id = p.roles.wlw;
                }
            }
            _ => {
                let (contact, email) = *self.rng.pick(catalog::SPAM);
                inq.kind = if self.rng.chance(600) {
                    InquiryKind::WebForm
                } else {
                    InquiryKind::Email
                };
                inq.contact = Some(contact.to_string());
                inq.email = Some(email.to_string());
                inq.status = Some("spam".into());
                inq.logged_by = None;
                if self.rng.chance(300) {
                    inq.source_id = p.roles.website_direct;
                }
            }
        }
        self.inquiries.push(inq);
    }
}
