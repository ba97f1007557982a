//! The marketing and sales spend of the demo company: monthly ads, directory
//! subscriptions, trade shows with freight and travel, mailings, salaries,
//! software and overhead. About €170k in the first year at the reference
//! volume of 350 inquiries, growing a few per cent a year with noise. Every
//! row is dated inside the window and on or before today.

use super::catalog::{self, EXISTING_CUSTOMER, WEBSITE_DIRECT, WLW};
use super::plan::Plan;
use super::rng::Rng;
use crate::records::{Id, Spend, SpendCategory, SpendDirection};
use chrono::{Datelike, Duration, NaiveDate};
use rust_decimal::Decimal;

use SpendCategory::*;

/// When in a month (or year) a recurring item is booked.
enum Due {
    /// Every month on this day (29–31 mean the month's last day).
    Monthly(u32),
    /// Each year on (month, day).
    Yearly(u32, u32),
    /// These months, on this day.
    Months(&'static [u32], u32),
}

/// Who a recurring item is booked to.
enum To {
    Source(&'static str),
    General(SpendDirection),
}

/// A recurring item of the budget at the reference volume.
struct Item {
    to: To,
    category: SpendCategory,
    due: Due,
    cents: i64,
    /// Noise in per mille; ads vary, salaries hardly.
    spread: i64,
    /// Whether the monthly amount follows the season (ads are paused in August).
    seasonal: bool,
    campaign: Option<&'static str>,
    note: Option<&'static str>,
}

const fn item(to: To, category: SpendCategory, due: Due, cents: i64, spread: i64) -> Item {
    Item {
        to,
        category,
        due,
        cents,
        spread,
        seasonal: false,
        campaign: None,
        note: None,
    }
}

const ITEMS: &[Item] = &[
    Item {
        note: Some("Marketing coordinator (50 %)"),
        ..item(
            To::General(SpendDirection::Inbound),
            Labor,
            Due::Monthly(25),
            260_000,
            5,
        )
    },
    Item {
        note: Some("Sales representative, field"),
        ..item(
            To::General(SpendDirection::Outbound),
            Labor,
            Due::Monthly(25),
            420_000,
            5,
        )
    },
    Item {
        note: Some("CRM subscription"),
        ..item(
            To::General(SpendDirection::Shared),
            Software,
            Due::Monthly(1),
            18_900,
            0,
        )
    },
    Item {
        note: Some("Office, phone and IT share of marketing"),
        ..item(
            To::General(SpendDirection::Shared),
            Overhead,
            Due::Monthly(1),
            45_000,
            30,
        )
    },
    Item {
        seasonal: true,
        campaign: Some("CNC-Lohnfertigung"),
        ..item(
            To::Source("Google Ads"),
            Advertising,
            Due::Monthly(31),
            125_000,
            150,
        )
    },
    Item {
        seasonal: true,
        campaign: Some("Präzisionsteile DACH"),
        ..item(
            To::Source("LinkedIn Ads"),
            Advertising,
            Due::Monthly(15),
            50_000,
            200,
        )
    },
    Item {
        note: Some("Quarter-page ad"),
        ..item(
            To::Source("Industrieanzeiger"),
            Advertising,
            Due::Months(&[1, 2, 3, 4, 5, 6, 7, 9, 10, 11], 5),
            68_000,
            50,
        )
    },
    Item {
        note: Some("Premium profile, annual"),
        ..item(
            To::Source(WLW),
            Advertising,
            Due::Yearly(1, 15),
            480_000,
            20,
        )
    },
    Item {
        note: Some("Business profile, annual"),
        ..item(
            To::Source("Europages"),
            Advertising,
            Due::Yearly(3, 1),
            240_000,
            20,
        )
    },
    item(
        To::Source("Kompass"),
        Advertising,
        Due::Monthly(1),
        11_900,
        0,
    ),
    Item {
        note: Some("SEO agency retainer"),
        ..item(
            To::Source("Google organic"),
            Other,
            Due::Monthly(10),
            55_000,
            30,
        )
    },
    Item {
        note: Some("Website hosting and maintenance"),
        ..item(
            To::Source(WEBSITE_DIRECT),
            Software,
            Due::Monthly(1),
            4_900,
            0,
        )
    },
    Item {
        note: Some("Newsletter tool"),
        ..item(
            To::Source("Newsletter"),
            Software,
            Due::Monthly(1),
            3_900,
            0,
        )
    },
    Item {
        note: Some("Address data licence"),
        ..item(
            To::Source("Cold calling"),
            Other,
            Due::Yearly(2, 1),
            95_000,
            40,
        )
    },
    Item {
        note: Some("Thank-you gifts for referrers"),
        ..item(
            To::Source("Customer referral"),
            Other,
            Due::Months(&[3, 6, 9, 12], 20),
            15_000,
            300,
        )
    },
    Item {
        note: Some("Christmas gifts for customers"),
        ..item(
            To::Source(EXISTING_CUSTOMER),
            Other,
            Due::Yearly(12, 5),
            180_000,
            100,
        )
    },
    Item {
        note: Some("Shipping of Christmas gifts"),
        ..item(
            To::Source(EXISTING_CUSTOMER),
            Distribution,
            Due::Yearly(12, 6),
            25_000,
            100,
        )
    },
];

/// The last day of a month when `day` is past it.
fn day_in_month(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    (28..=day.max(28))
        .rev()
        .find_map(|d| NaiveDate::from_ymd_opt(year, month, d.min(day)))
}

/// The dates a recurring item falls due in `year`.
fn due_dates(due: &Due, year: i32) -> Vec<NaiveDate> {
    let months: Vec<(u32, u32)> = match due {
        Due::Monthly(day) => (1..=12).map(|m| (m, *day)).collect(),
        Due::Yearly(m, day) => vec![(*m, *day)],
        Due::Months(ms, day) => ms.iter().map(|m| (*m, *day)).collect(),
    };
    months
        .into_iter()
        .filter_map(|(m, d)| day_in_month(year, m, d))
        .collect()
}

/// Collects rows; ids are given once all rows are sorted by date.
struct Book<'a> {
    plan: &'a Plan,
    rng: Rng,
    rows: Vec<Spend>,
}

impl Book<'_> {
    /// Books `row` (its id, date and amount are set here) on `date` for a
    /// catalog amount, unless the date is outside the window.
    fn add(&mut self, date: NaiveDate, cents: i64, spread: i64, row: Spend) {
        if date < self.plan.start() || date > self.plan.today {
            return;
        }
        let amount = self.plan.cost(&mut self.rng, cents, date, spread);
        self.rows.push(Spend {
            date,
            amount,
            ..row
        });
    }
}

/// A row booked to a source, before its date and amount.
fn row(category: SpendCategory, source_id: Id, campaign: Option<String>, note: &str) -> Spend {
    Spend {
        id: 0,
        date: NaiveDate::MIN,
        amount: Decimal::ZERO,
        category,
        source_id: Some(source_id),
        campaign,
        direction: None,
        note: Some(note.to_string()),
    }
}

pub fn spend(plan: &Plan, seed: u64) -> Vec<Spend> {
    let mut book = Book {
        plan,
        rng: Rng::stream(seed, "spend"),
        rows: Vec::new(),
    };
    for year in plan.first_year..=plan.today.year() {
        for it in ITEMS {
            let (source_id, direction) = match it.to {
                To::Source(name) => {
                    let id = plan.id_of(name);
                    if plan.source(id).first_year > year {
                        continue;
                    }
                    (Some(id), None)
                }
                To::General(d) => (None, Some(d)),
            };
            for date in due_dates(&it.due, year) {
                // Ads are paused in most of August and over Christmas.
                let cents = match date.month() {
                    8 if it.seasonal => it.cents * 4 / 10,
                    12 if it.seasonal => it.cents * 7 / 10,
                    _ => it.cents,
                };
                let row = Spend {
                    id: 0,
                    date,
                    amount: Decimal::ZERO,
                    category: it.category,
                    source_id,
                    campaign: it.campaign.map(str::to_string),
                    direction,
                    note: it.note.map(str::to_string),
                };
                book.add(date, cents, it.spread, row);
            }
        }
        mailings(&mut book, year);
    }
    for show in &plan.shows {
        let (id, s) = (show.source_id, show.spec);
        let booth = format!("Booth and stand, {}", plan.source(id).name);
        book.add(show.opens, s.booth_cents, 60, row(Events, id, None, &booth));
        let freight = row(Distribution, id, None, "Stand and sample freight");
        book.add(
            show.opens - Duration::days(3),
            s.freight_cents,
            150,
            freight,
        );
        let travel = row(Other, id, None, "Travel and hotels, stand crew");
        book.add(show.closes, s.travel_cents, 150, travel);
    }
    let mut rows = book.rows;
    rows.sort_by_key(|r| r.date);
    for (i, r) in rows.iter_mut().enumerate() {
        r.id = i as Id + 1;
    }
    rows
}

/// Printing a week before each mailing, postage on the day it goes out.
fn mailings(book: &mut Book, year: i32) {
    let id = book.plan.roles.direct_mail;
    for (month, day, name) in catalog::MAILINGS {
        let Some(sent) = NaiveDate::from_ymd_opt(year, *month, *day) else {
            continue;
        };
        let campaign = Some(format!("{name} {year}"));
        let printing = row(
            Advertising,
            id,
            campaign.clone(),
            "Printing of letters and leaflets",
        );
        book.add(sent - Duration::days(7), 140_000, 80, printing);
        book.add(
            sent,
            110_000,
            50,
            row(Distribution, id, campaign, "Postage"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_ends_clamp_to_the_last_day() {
        let feb = day_in_month(2024, 2, 31);
        assert_eq!(feb, NaiveDate::from_ymd_opt(2024, 2, 29));
        let feb = day_in_month(2023, 2, 31);
        assert_eq!(feb, NaiveDate::from_ymd_opt(2023, 2, 28));
        assert_eq!(
            day_in_month(2023, 4, 25),
            NaiveDate::from_ymd_opt(2023, 4, 25)
        );
        assert_eq!(due_dates(&Due::Monthly(31), 2023).len(), 12);
        assert_eq!(due_dates(&Due::Months(&[3, 6], 20), 2023).len(), 2);
    }
}
