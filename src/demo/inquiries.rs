//! When inquiries arrive, and for leads where they come from and how.
//!
//! Each year gets its share of inquiries (growing a little over the window;
//! the current year only up to today), spread over the days by season,
//! weekday and trade shows. A lead's first touch is Unknown with a share
//! that falls year by year, else drawn from the sources' weights for that
//! day, in which a running show or a fresh mailing pulls hard. The people,
//! companies and outcomes are filled in afterwards, in time order, by
//! `timeline`.

use super::catalog;
use super::plan::Plan;
use super::rng::Rng;
use crate::records::{Id, InquiryKind};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// Per mille of inquiries that are leads; the rest are spam, vendors,
/// duplicates and reorders.
const LEAD_PER_MILLE: u32 = 850;

/// One inquiry before its people and outcome are known.
pub struct Draft {
    pub at: NaiveDateTime,
    pub is_lead: bool,
    /// The first touch (leads only; `timeline` sets it for the others).
    pub source_id: Id,
    pub kind: InquiryKind,
}

/// All drafts from the start of the burn-in to today, in time order.
pub fn drafts(plan: &Plan, seed: u64) -> Vec<Draft> {
    let mut rng = Rng::stream(seed, "inquiries");
    let mut out = Vec::new();
    for year in plan.burn_in_start().year()..=plan.today.year() {
        let mut year_drafts = year_of(plan, &mut rng, year);
        year_drafts.sort_by_key(|d| d.at);
        out.append(&mut year_drafts);
    }
    out
}

fn year_of(plan: &Plan, rng: &mut Rng, year: i32) -> Vec<Draft> {
    let (Some(jan1), Some(dec31)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return Vec::new();
    };
    let days: Vec<NaiveDate> = jan1.iter_days().take_while(|d| *d <= dec31).collect();
    let weights: Vec<u64> = days.iter().map(|d| plan.day_weight(*d)).collect();
    let full: u64 = weights.iter().sum();
    let until = days.iter().take_while(|d| **d <= plan.today).count();
    let part: u64 = weights[..until].iter().sum();
    // Volume grows from 92 % to 108 % of `per_year` across the window
    // (a one-year window is its own middle).
    let k = plan.year_index(year) as u64;
    let span = u64::from(plan.years.max(2) - 1);
    let per_mille = match plan.years {
        1 => 1000,
        _ => 920 + 160 * k.min(span) / span,
    };
    let whole = u64::from(plan.per_year) * per_mille / 1000;
    let whole = rng.vary(whole as i64, 40).max(0) as u64;
    if part == 0 {
        return Vec::new();
    }
    let shows: Vec<_> = plan
        .shows
        .iter()
        .filter(|s| s.opens.year() == year)
        .collect();
    // Visitors at the stands are part of the year's volume, not on top of it.
    let at_stands: u64 = shows
        .iter()
        .map(|s| whole * s.spec.stand_per_mille / 1000)
        .sum();
    let regular = whole.saturating_sub(at_stands);
    let n = (u128::from(regular) * u128::from(part) / u128::from(full)) as usize;
    let mut cumulative = Vec::with_capacity(until);
    let mut acc = 0;
    for w in &weights[..until] {
        acc += w;
        cumulative.push(acc);
    }
    let mut out = Vec::with_capacity(n + at_stands as usize);
    for _ in 0..n {
        let x = rng.below(part);
        let day = days[cumulative.partition_point(|c| *c <= x)];
        out.push(draft(plan, rng, day));
    }
    for show in shows {
        let m = rng.vary((whole * show.spec.stand_per_mille / 1000) as i64, 200);
        for _ in 0..m {
            let day = show.opens + chrono::Duration::days(rng.range(0, show.spec.days - 1));
            if day > plan.today {
                continue;
            }
            // A few stand visitors only want to sell us something.
            let is_lead = rng.chance(950);
            let kind = if is_lead && rng.chance(850) {
                InquiryKind::TradeShow
            } else {
                kind_of(plan, rng, show.source_id, day)
            };
            out.push(Draft {
                at: day.and_time(time_of(rng, kind)),
                is_lead,
                source_id: if is_lead {
                    show.source_id
                } else {
                    plan.roles.unknown
                },
                kind,
            });
        }
    }
    out
}

/// An ordinary inquiry on `day`.
fn draft(plan: &Plan, rng: &mut Rng, day: NaiveDate) -> Draft {
    let unknown = plan.roles.unknown;
    let is_lead = rng.chance(LEAD_PER_MILLE);
    let source_id = if !is_lead {
        unknown
    } else {
        // Staff ask "where did you hear about us?" more every year, and
        // during a show nearly everyone mentions it.
        let mut unknown_pm = plan.unknown_per_mille(day.year());
        if plan.show_on(day).is_some() {
            unknown_pm /= 4;
        }
        if rng.chance(unknown_pm) {
            unknown
        } else {
            let w = plan.first_touch_weights(day);
            plan.sources[rng.weighted(&w)].id
        }
    };
    let kind = kind_of(plan, rng, source_id, day);
    Draft {
        at: day.and_time(time_of(rng, kind)),
        is_lead,
        source_id,
        kind,
    }
}

fn kind_of(plan: &Plan, rng: &mut Rng, source_id: Id, day: NaiveDate) -> InquiryKind {
    let source = plan.source(source_id);
    let kind = match source.spec {
        Some(spec) => rng.pick_weighted(spec.kinds),
        // After a show its visitors write or call; the stand itself is
        // drafted in `year_of`.
        None => rng.pick_weighted(catalog::KINDS_SHOW),
    };
    // Nobody answers the phone or the door at the weekend; those arrive by
    // e-mail. Shows run on Saturdays, so the stand keeps its kind.
    let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
    match kind {
        InquiryKind::Call | InquiryKind::WalkIn if weekend => InquiryKind::Email,
        k => k,
    }
}

/// Office hours for most kinds; web forms at any hour, mostly by day.
fn time_of(rng: &mut Rng, kind: InquiryKind) -> NaiveTime {
    let (from, to) = match kind {
        InquiryKind::WebForm if rng.chance(250) => (0, 23 * 60 + 59),
        InquiryKind::WebForm | InquiryKind::Email => (6 * 60, 22 * 60),
        InquiryKind::TradeShow => (9 * 60, 18 * 60),
        _ => (7 * 60, 17 * 60 + 30),
    };
    let minute = rng.range(from, to) as u32;
    let second = rng.range(0, 59) as u32;
    NaiveTime::from_hms_opt(minute / 60, minute % 60, second).unwrap_or(NaiveTime::MIN)
}
