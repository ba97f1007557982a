//! The figures that come from outside the ledger: monthly website visitors
//! per online source, and the yearly targets the owner sets.

use super::plan::{Plan, MONTH_WEIGHT, REFERENCE_VOLUME};
use super::rng::Rng;
use crate::records::{Deal, DealStatus, Inquiry, Target, Traffic};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// Visitors per month and online source, from the window's first month to
/// today's (that one prorated by the days gone). Visits follow the season
/// and grow about 6 % a year.
pub fn traffic(plan: &Plan, seed: u64) -> Vec<Traffic> {
    let mut rng = Rng::stream(seed, "traffic");
    let mut out = Vec::new();
    let mut month = plan.start();
    while month <= plan.today {
        let k = plan.year_index(month.year()) as i64;
        let next = month
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(plan.today);
        let days_in_month = (next - month).num_days().max(1);
        let days_gone = ((plan.today - month).num_days() + 1).min(days_in_month);
        for s in &plan.sources {
            let Some(spec) = s.spec.filter(|sp| sp.visitors > 0) else {
                continue;
            };
            if s.first_year > month.year() {
                continue;
            }
            let v = i128::from(spec.visitors)
                * i128::from(plan.per_year)
                * i128::from(MONTH_WEIGHT[month.month0() as usize])
                * i128::from(1000 + 60 * k)
                * i128::from(days_gone)
                / (i128::from(REFERENCE_VOLUME) * 100 * 1000 * i128::from(days_in_month));
            let visitors = rng.vary(v as i64, 150).max(1);
            out.push(Traffic {
                month,
                source_id: s.id,
                visitors,
            });
        }
        if next <= month {
            break;
        }
        month = next;
    }
    out
}

/// Per year: a sales target a little above the previous year's revenue
/// (the first year: about its own pace) rounded to €5,000, and a lead
/// target a little above the previous year's leads, rounded to 5.
pub fn targets(plan: &Plan, inquiries: &[Inquiry], deals: &[Deal], seed: u64) -> Vec<Target> {
    let mut rng = Rng::stream(seed, "targets");
    let years = plan.first_year..=plan.today.year();
    let n = years.clone().count();
    let mut revenue = vec![Decimal::ZERO; n];
    let mut leads = vec![0i64; n];
    for d in deals.iter().filter(|d| d.status == DealStatus::Won) {
        if let Some(c) = d.closed_at.filter(|c| c.year() >= plan.first_year) {
            revenue[(c.year() - plan.first_year) as usize] += d.amount;
        }
    }
    for i in inquiries.iter().filter(|i| i.is_lead) {
        leads[(i.received_at.year() - plan.first_year) as usize] += 1;
    }
    // The first year's pace, stretched to a whole year if it is the current one.
    let jan1 = plan.start();
    let dec31 = NaiveDate::from_ymd_opt(plan.first_year, 12, 31).unwrap_or(plan.today);
    let gone = (dec31.min(plan.today) - jan1).num_days() + 1;
    let whole = (dec31 - jan1).num_days() + 1;
    let five_thousand = Decimal::from(5000);
    years
        .enumerate()
        .map(|(i, year)| {
            let (base_revenue, base_leads, lo, hi) = match i {
                0 => {
                    let pace = revenue[0] * Decimal::from(whole) / Decimal::from(gone);
                    (pace, leads[0] * whole / gone, 950, 1050)
                }
                _ => (revenue[i - 1], leads[i - 1], 1030, 1120),
            };
            let lift = Decimal::new(rng.range(lo, hi), 3);
            let sales = ((base_revenue * lift) / five_thousand).round() * five_thousand;
            let lead_target = (base_leads * rng.range(lo, hi) / 1000 + 2) / 5 * 5;
            Target {
                year,
                sales_target: Some(sales.max(five_thousand)),
                lead_target: Some(lead_target.max(5)),
            }
        })
        .collect()
}
