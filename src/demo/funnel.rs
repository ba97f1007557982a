//! The demo's funnel records: when its leads were qualified and the monthly
//! activity counts its online sources report (shared/spec/metrics.md, "The
//! funnel" and "Channel activity"). Each draws from its own random stream,
//! so adding them left every other generated record as it was.

use super::plan::Plan;
use super::rng::Rng;
use crate::records::{Activity, Deal, DealStatus, Inquiry, Traffic};
use chrono::Days;
use std::collections::HashSet;

/// Per mille of a channel's leads that sales qualifies: a trade-show talk or
/// a referral usually has a real requirement behind it, a click on an ad
/// less often.
fn qualified_share(channel: &str) -> u32 {
    match channel {
        "Trade shows" => 600,
        "Referral" => 700,
        "Existing customer" => 800,
        "Outbound sales" => 450,
        "Online directories" => 400,
        "Organic search" => 400,
        "Website direct" => 400,
        "Paid search" => 300,
        "Social" => 250,
        "Email" => 300,
        "Direct mail" => 300,
        "Print" => 350,
        _ => 350,
    }
}

/// Gives a share of the leads a qualification date, a few days after they
/// arrived and never after the plan's today. A lead that was later quoted
/// or won was nearly always qualified first.
pub fn qualify(plan: &Plan, inquiries: &mut [Inquiry], deals: &[Deal], seed: u64) {
    let mut rng = Rng::stream(seed, "qualified");
    let quoted: HashSet<&str> = deals
        .iter()
        .filter(|d| d.quoted_at.is_some() || d.status == DealStatus::Won)
        .filter_map(|d| d.inquiry_id.as_deref())
        .collect();
    for i in inquiries.iter_mut().filter(|i| i.is_lead) {
        let channel = plan
            .sources
            .iter()
            .find(|s| s.id == i.source_id)
            .map_or("Trade shows", |s| {
                s.spec.map_or("Trade shows", |sp| sp.channel)
            });
        let share = if quoted.contains(i.id.as_str()) {
            900
        } else {
            qualified_share(channel)
        };
        if !rng.chance(share) {
            continue;
        }
        let day = i.received_at.date() + Days::new(rng.below(15));
        i.qualified_at = (day <= plan.today).then_some(day);
    }
}

/// Monthly clicks and impressions for the paid-search and social sources and
/// newsletter opens, in proportion to the visitors each sent that month: an
/// ad's clicks are somewhat more than its visits (some never load the page),
/// impressions 30 to 60 times the clicks; a newsletter is opened about five
/// times for each visit it brings.
pub fn activity(plan: &Plan, traffic: &[Traffic], seed: u64) -> Vec<Activity> {
    let mut rng = Rng::stream(seed, "activity");
    let mut out = Vec::new();
    for t in traffic {
        let Some(spec) = plan
            .sources
            .iter()
            .find(|s| s.id == t.source_id)
            .and_then(|s| s.spec)
        else {
            continue;
        };
        let mut push = |metric: &str, count: i64| {
            out.push(Activity {
                month: t.month,
                source_id: t.source_id,
                metric: metric.to_string(),
                count: count.max(0),
            })
        };
        match spec.channel {
            "Paid search" | "Social" => {
                let clicks = rng.vary(t.visitors * 115 / 100, 100).max(t.visitors);
                push("clicks", clicks);
                push("impressions", clicks * rng.range(30, 60));
            }
            "Email" => push("opens", rng.vary(t.visitors * 5, 150)),
            _ => {}
        }
    }
    out.sort_by(|a, b| (a.month, a.source_id, &a.metric).cmp(&(b.month, b.source_id, &b.metric)));
    out
}
