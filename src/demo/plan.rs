//! The frame every part of the demo draws inside: the window of years, the
//! volume scale, yearly growth, the sources with their ids, the trade-show
//! calendar, and the weights that say how busy a day is and where its
//! inquiries come from.

use super::catalog::{self, Every, ShowSpec, SourceSpec, SHOWS, SOURCES};
use super::rng::Rng;
use super::DemoOptions;
use crate::records::{Id, DEFAULT_CHANNELS};
use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::Decimal;

/// The volume the catalog's amounts and visitor counts are written for.
pub const REFERENCE_VOLUME: i64 = 350;
/// The longest window `generate` makes, so dates stay in a sane range.
pub const MAX_YEARS: u32 = 100;
/// Years simulated before the window and then dropped (see `burn_in_start`).
pub const BURN_IN_YEARS: i32 = 2;

/// Relative inquiry volume per calendar month: August holidays, a slow
/// December, busy spring and autumn.
pub const MONTH_WEIGHT: [u64; 12] = [95, 100, 110, 105, 100, 100, 90, 55, 110, 110, 105, 70];

pub struct PlannedSource {
    pub id: Id,
    pub channel_id: Id,
    pub name: String,
    /// `None` for a trade-show edition.
    pub spec: Option<&'static SourceSpec>,
    pub first_year: i32,
}

/// One edition of a trade show, with the source that stands for it.
pub struct Show {
    pub source_id: Id,
    pub spec: &'static ShowSpec,
    pub opens: NaiveDate,
    pub closes: NaiveDate,
}

/// The ids of the sources the generator treats specially.
pub struct Roles {
    pub unknown: Id,
    pub existing_customer: Id,
    pub website_direct: Id,
    pub wlw: Id,
    pub direct_mail: Id,
    pub cold_calling: Id,
}

pub struct Plan {
    pub today: NaiveDate,
    pub first_year: i32,
    pub years: u32,
    pub per_year: u32,
    pub sources: Vec<PlannedSource>,
    /// In order of opening.
    pub shows: Vec<Show>,
    pub roles: Roles,
    /// Cost growth per year of the window, in parts per million of the first.
    pub cost_growth: Vec<i64>,
    /// Price growth of orders per year of the window, likewise.
    pub price_growth: Vec<i64>,
    /// Per year of the window: each source's weight as a known first touch,
    /// before shows and mailings (which depend on the day) are added.
    first_touch: Vec<Vec<u64>>,
    /// Per year of the window: each source's weight as a later touchpoint.
    touch: Vec<Vec<u64>>,
}

impl Plan {
    pub fn new(opts: &DemoOptions, rng: &mut Rng) -> Plan {
        let years = opts.years.clamp(1, MAX_YEARS);
        let today = opts.today;
        let first_year = today.year() - (years as i32 - 1);
        let channel_id = |name: &str| -> Id {
            let i = DEFAULT_CHANNELS.iter().position(|c| c.name == name);
            // The catalog test guarantees every name is a default channel.
            i.map_or(1, |i| i as Id + 1)
        };
        let mut sources: Vec<PlannedSource> = SOURCES
            .iter()
            .enumerate()
            .map(|(i, spec)| PlannedSource {
                id: i as Id + 1,
                channel_id: channel_id(spec.channel),
                name: spec.name.to_string(),
                spec: Some(spec),
                first_year: first_year + (years * spec.starts_after_thirds / 3) as i32,
            })
            .collect();
        let mut shows = Vec::new();
        for year in first_year..=today.year() {
            for spec in SHOWS {
                let held = match spec.every {
                    Every::Year => true,
                    Every::OddYear => year % 2 != 0,
                    Every::EvenYear => year % 2 == 0,
                };
                let opens = NaiveDate::from_isoywd_opt(year, spec.iso_week, spec.opens);
                // An edition that has not opened yet is not in the data at all.
                let Some(opens) = opens.filter(|d| held && *d <= today) else {
                    continue;
                };
                let id = sources.len() as Id + 1;
                sources.push(PlannedSource {
                    id,
                    channel_id: channel_id("Trade shows"),
                    name: format!("{} {year}", spec.name),
                    spec: None,
                    first_year: year,
                });
                shows.push(Show {
                    source_id: id,
                    spec,
                    opens,
                    closes: opens + chrono::Duration::days(spec.days - 1),
                });
            }
        }
        shows.sort_by_key(|s| s.opens);
        let mut growth = |lo: i64, hi: i64| {
            let mut g = vec![1_000_000i64];
            for _ in 1..years {
                let last = *g.last().unwrap_or(&1_000_000);
                g.push(last * rng.range(lo, hi) / 1000);
            }
            g
        };
        let cost_growth = growth(1020, 1060);
        let price_growth = growth(1010, 1035);
        let span = u64::from(years.max(2) - 1);
        let per_year_weights = |pick: &dyn Fn(&SourceSpec, u64) -> u64| -> Vec<Vec<u64>> {
            (0..u64::from(years))
                .map(|k| {
                    let year = first_year + k as i32;
                    let k = k.min(span);
                    sources
                        .iter()
                        .map(|s| match s.spec {
                            Some(spec) if s.first_year <= year => pick(spec, k),
                            _ => 0,
                        })
                        .collect()
                })
                .collect()
        };
        // Standing weights glide from the first year's to the last year's.
        let first_touch =
            per_year_weights(&|spec, k| (spec.weight.0 * (span - k) + spec.weight.1 * k) / span);
        let touch = per_year_weights(&|spec, _| spec.touch_weight);
        let id_of = |name: &str| sources.iter().find(|s| s.name == name).map_or(1, |s| s.id);
        let roles = Roles {
            unknown: id_of(crate::records::UNKNOWN_SOURCE),
            existing_customer: id_of(catalog::EXISTING_CUSTOMER),
            website_direct: id_of(catalog::WEBSITE_DIRECT),
            wlw: id_of(catalog::WLW),
            direct_mail: id_of(catalog::DIRECT_MAIL),
            cold_calling: id_of(catalog::COLD_CALLING),
        };
        Plan {
            today,
            first_year,
            years,
            per_year: opts.inquiries_per_year,
            sources,
            shows,
            roles,
            cost_growth,
            price_growth,
            first_touch,
            touch,
        }
    }

    pub fn start(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.first_year, 1, 1).unwrap_or(self.today)
    }

    /// Where the simulation starts: [`BURN_IN_YEARS`] before the window, so
    /// that the window opens with customers, reorders and deals in flight
    /// instead of an empty company.
    pub fn burn_in_start(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.first_year - BURN_IN_YEARS, 1, 1).unwrap_or(self.start())
    }

    /// The id of a standing source, by its catalog name.
    pub fn id_of(&self, name: &str) -> Id {
        let found = self.sources.iter().find(|s| s.name == name);
        found.map_or(self.roles.unknown, |s| s.id)
    }

    /// 0 for the window's first year; clamped into the window.
    pub fn year_index(&self, year: i32) -> usize {
        (year - self.first_year).clamp(0, self.years as i32 - 1) as usize
    }

    /// A catalog amount for `date`: scaled to the volume, grown with costs,
    /// varied by `spread` per mille, never below one euro.
    pub fn cost(&self, rng: &mut Rng, base_cents: i64, date: NaiveDate, spread: i64) -> Decimal {
        let g = self.cost_growth[self.year_index(date.year())];
        let cents = i128::from(base_cents) * i128::from(self.per_year) * i128::from(g)
            / (i128::from(REFERENCE_VOLUME) * 1_000_000);
        let cents = rng.vary(cents as i64, spread).max(100);
        Decimal::new(cents, 2)
    }

    /// An order amount in cents at `date`'s prices, kept within €800–€60,000.
    /// Amounts past a bound are drawn again near it rather than clamped, so
    /// that no single amount piles up at a bound.
    pub fn price(&self, rng: &mut Rng, cents: i64, date: NaiveDate) -> i64 {
        const LOW: i64 = 80_000;
        const HIGH: i64 = 6_000_000;
        let g = self.price_growth[self.year_index(date.year())];
        let cents = (i128::from(cents) * i128::from(g) / 1_000_000) as i64;
        if cents < LOW {
            rng.range(LOW, LOW * 3 / 2)
        } else if cents > HIGH {
            rng.range(HIGH * 7 / 10, HIGH)
        } else {
            cents
        }
    }

    /// Untracked ordinary inquiries in per mille: 40 % in the first year,
    /// falling to 10 % in the last as the staff learn to ask "where did you
    /// hear about us?". With the stand visitors, who are always known, that
    /// makes about 33 % and 8 % of all leads.
    pub fn unknown_per_mille(&self, year: i32) -> u32 {
        let k = self.year_index(year) as u32;
        if self.years == 1 {
            return 100;
        }
        400 - 300 * k / (self.years - 1)
    }

    /// How busy `date` is, relative to an ordinary weekday in an ordinary month.
    pub fn day_weight(&self, date: NaiveDate) -> u64 {
        let mut w = MONTH_WEIGHT[date.month0() as usize];
        w *= match date.weekday() {
            Weekday::Sat => 10,
            Weekday::Sun => 5,
            _ => 100,
        };
        let (m, d) = (date.month(), date.day());
        if (m == 12 && d >= 22) || (m == 1 && d == 1) {
            w /= 5;
        }
        // Inquiries rise during a show and for four weeks after it.
        let mut bump = 0;
        for show in self.shows_near(date) {
            let after = (date - show.closes).num_days();
            if after <= 0 {
                bump += 60;
            } else if after <= 28 {
                bump += 40 * (29 - after as u64) / 28;
            }
        }
        w * (100 + bump)
    }

    /// Shows that opened on or within 60 days before `date`, latest first.
    pub fn shows_near(&self, date: NaiveDate) -> impl Iterator<Item = &Show> {
        let end = self.shows.partition_point(|s| s.opens <= date);
        self.shows[..end]
            .iter()
            .rev()
            .take_while(move |s| (date - s.opens).num_days() <= 60)
    }

    /// The show running on `date`, if any.
    pub fn show_on(&self, date: NaiveDate) -> Option<&Show> {
        self.shows_near(date).find(|s| date <= s.closes)
    }

    /// Weight of each source (by position in `sources`) as the known first
    /// touch of a lead received on `date`; Unknown has weight 0 here.
    pub fn first_touch_weights(&self, date: NaiveDate) -> Vec<u64> {
        let mut w = self.first_touch[self.year_index(date.year())].clone();
        for show in self.shows_near(date) {
            let after = (date - show.closes).num_days();
            let pull = if after <= 0 {
                900
            } else if after <= 42 {
                400 * (43 - after as u64) / 42
            } else {
                0
            };
            w[(show.source_id - 1) as usize] += pull;
        }
        // Mailings bring calls on their tracking line for about a month.
        for (month, day, _) in catalog::MAILINGS {
            let Some(sent) = NaiveDate::from_ymd_opt(date.year(), *month, *day) else {
                continue;
            };
            let after = (date - sent).num_days();
            if (0..30).contains(&after) {
                w[(self.roles.direct_mail - 1) as usize] += 120 * (30 - after as u64) / 30;
            }
        }
        w
    }

    /// Weight of each source as a later touchpoint of a lead from `year`.
    pub fn touch_weights(&self, year: i32) -> &[u64] {
        &self.touch[self.year_index(year)]
    }

    pub fn source(&self, id: Id) -> &PlannedSource {
        &self.sources[(id - 1) as usize]
    }
}
