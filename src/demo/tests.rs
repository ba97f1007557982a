//! Tests of the whole demo company: determinism, the validity every record
//! must have, and the shape the figures rely on (falling unknown share,
//! every channel and spend category present, volumes, scale).

use super::*;
use crate::records::{
    DealStatus, Direction, Id, SpendCategory, SpendDirection, DEFAULT_CHANNELS, UNKNOWN_CHANNEL,
    UNKNOWN_SOURCE,
};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet, HashSet};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn opts(today: NaiveDate, years: u32, per_year: u32, seed: u64) -> DemoOptions {
    DemoOptions {
        today,
        years,
        inquiries_per_year: per_year,
        seed,
        language: "en".into(),
    }
}

/// The default options with a fixed today, so the test is reproducible.
fn standard() -> DemoOptions {
    DemoOptions {
        today: day(2025, 11, 22),
        ..DemoOptions::default()
    }
}

fn money_ok(d: Decimal) -> bool {
    d > Decimal::ZERO && d.scale() <= 2
}

/// Every invariant a store or the metrics engine relies on.
fn assert_valid(ds: &Dataset, o: &DemoOptions) {
    let today = o.today;
    let start = day(today.year() - o.years as i32 + 1, 1, 1);
    assert_eq!(ds.settings.company_name, COMPANY_NAME);
    assert_eq!(ds.settings.currency, "EUR");
    assert_eq!(ds.settings.gross_margin, Decimal::new(35, 2));
    assert_eq!(ds.channels.len(), DEFAULT_CHANNELS.len());
    for (i, (c, d)) in ds.channels.iter().zip(DEFAULT_CHANNELS).enumerate() {
        assert_eq!(
            (c.id, c.name.as_str(), c.direction),
            (i as Id + 1, d.name, d.direction)
        );
    }
    let source_ids: HashSet<Id> = ds.sources.iter().map(|s| s.id).collect();
    for (i, s) in ds.sources.iter().enumerate() {
        assert_eq!(s.id, i as Id + 1);
        assert!(ds.channel(s.channel_id).is_some(), "{}", s.name);
        assert!(s
            .tracking_numbers
            .iter()
            .all(|t| t.bytes().all(|b| b.is_ascii_digit())));
    }
    let unknown: Vec<_> = ds
        .sources
        .iter()
        .filter(|s| s.name == UNKNOWN_SOURCE)
        .collect();
    assert_eq!(unknown.len(), 1);
    let unknown_channel = ds.channel(unknown[0].channel_id).map(|c| c.name.as_str());
    assert_eq!(unknown_channel, Some(UNKNOWN_CHANNEL));

    for (i, s) in ds.spend.iter().enumerate() {
        assert_eq!(s.id, i as Id + 1);
        assert!(money_ok(s.amount), "{s:?}");
        assert!(s.date >= start && s.date <= today, "{s:?}");
        match s.source_id {
            Some(id) => assert!(source_ids.contains(&id) && s.direction.is_none()),
            None => assert!(s.direction.is_some()),
        }
    }

    let mut ids = HashSet::new();
    for pair in ds.inquiries.windows(2) {
        assert!(pair[0].id < pair[1].id, "{} !< {}", pair[0].id, pair[1].id);
        assert!(pair[0].received_at <= pair[1].received_at);
    }
    for q in &ds.inquiries {
        assert!(ids.insert(q.id.as_str()));
        let date = q.received_at.date();
        assert!(date >= start && date <= today, "{}", q.id);
        assert!(q.id.starts_with(&format!("INQ-{}-", date.year())));
        assert!(source_ids.contains(&q.source_id));
        assert!(q.estimated_value.is_none_or(money_ok));
        for t in &q.touchpoints {
            assert!(source_ids.contains(&t.source_id));
            assert!(t.date >= date && t.date <= today, "{}", q.id);
        }
    }
    // Deal ids follow the quote date, or the order date when there was no quote.
    let first = |d: &crate::records::Deal| d.quoted_at.or(d.closed_at);
    for pair in ds.deals.windows(2) {
        assert!(pair[0].id < pair[1].id, "{} !< {}", pair[0].id, pair[1].id);
        assert!(
            first(&pair[0]) <= first(&pair[1]),
            "{} {}",
            pair[0].id,
            pair[1].id
        );
    }
    let (low, high) = (Decimal::from(800), Decimal::from(60_000));
    for d in &ds.deals {
        assert!(
            money_ok(d.amount) && d.amount >= low && d.amount <= high,
            "{d:?}"
        );
        assert!(
            d.inquiry_id.as_deref().is_none_or(|i| ids.contains(i)),
            "{d:?}"
        );
        assert!(!d.company.is_empty());
        if let (Some(q), Some(c)) = (d.quoted_at, d.closed_at) {
            assert!(c >= q, "{d:?}");
        }
        for date in d.quoted_at.iter().chain(d.closed_at.iter()) {
            assert!(*date >= start && *date <= today, "{d:?}");
        }
        assert_eq!(d.closed_at.is_none(), d.status == DealStatus::Open, "{d:?}");
        assert_eq!(
            d.lost_reason.is_some(),
            d.status == DealStatus::Lost,
            "{d:?}"
        );
    }

    let years: Vec<i32> = ds.targets.iter().map(|t| t.year).collect();
    assert_eq!(years, (start.year()..=today.year()).collect::<Vec<_>>());
    for t in &ds.targets {
        assert!(t.sales_target.is_some_and(money_ok) && t.lead_target.is_some_and(|n| n > 0));
    }
    for t in &ds.traffic {
        assert!(source_ids.contains(&t.source_id) && t.visitors > 0);
        assert!(t.month.day() == 1 && t.month >= start && t.month <= today);
    }
}

#[test]
fn same_options_give_the_same_dataset() {
    let o = standard();
    let a = generate(&o);
    assert_eq!(a, generate(&o));
    let other = generate(&DemoOptions { seed: 1, ..o });
    assert_ne!(a.inquiries, other.inquiries);
    assert_eq!(a.channels, other.channels);
}

#[test]
fn records_are_valid_for_several_options() {
    let cases = [
        standard(),
        opts(day(2024, 2, 29), 5, 350, 7),
        opts(day(2023, 1, 3), 3, 200, 99),
        opts(day(2024, 12, 31), 1, 120, 5),
        opts(day(2026, 7, 1), 8, 30, 12345),
        opts(day(2025, 3, 15), 0, 0, 3),
        opts(day(2027, 1, 1), 2, 350, 8),
    ];
    for o in &cases {
        let ds = generate(o);
        assert_valid(
            &ds,
            &DemoOptions {
                years: o.years.clamp(1, MAX_YEARS),
                ..o.clone()
            },
        );
    }
}

/// Per mille of each year's leads whose first touch is Unknown, by year.
fn unknown_shares(ds: &Dataset) -> Vec<u32> {
    let unknown = ds.unknown_source_id();
    let mut by_year: BTreeMap<i32, (u32, u32)> = BTreeMap::new();
    for q in ds.inquiries.iter().filter(|q| q.is_lead) {
        let e = by_year.entry(q.received_at.year()).or_default();
        e.0 += u32::from(Some(q.source_id) == unknown);
        e.1 += 1;
    }
    by_year.values().map(|(u, n)| u * 1000 / n).collect()
}

#[test]
fn unknown_share_falls_over_the_years() {
    let shares = unknown_shares(&generate(&standard()));
    assert_eq!(shares.len(), 5);
    assert!((250..450).contains(&shares[0]), "{shares:?}");
    assert!((40..130).contains(&shares[4]), "{shares:?}");
    let (early, late) = (shares[0] + shares[1], shares[3] + shares[4]);
    assert!(early > late + 250, "{shares:?}");
    // With enough leads the fall shows in every single year.
    let shares = unknown_shares(&generate(&opts(day(2025, 11, 22), 5, 4_000, 2)));
    assert!(shares.windows(2).all(|w| w[1] < w[0]), "{shares:?}");
}

#[test]
fn every_channel_and_spend_category_occurs() {
    let ds = generate(&standard());
    let categories: BTreeSet<SpendCategory> = ds.spend.iter().map(|s| s.category).collect();
    assert_eq!(categories.len(), SpendCategory::ALL.len());
    let directions: BTreeSet<SpendDirection> = ds
        .spend
        .iter()
        .filter_map(|s| s.general_direction())
        .collect();
    assert_eq!(directions.len(), SpendDirection::ALL.len());
    for c in &ds.channels {
        let in_channel = |id: Id| ds.source(id).is_some_and(|s| s.channel_id == c.id);
        let leads = ds
            .inquiries
            .iter()
            .filter(|q| q.is_lead && in_channel(q.source_id));
        assert!(leads.count() > 0, "no lead in channel {}", c.name);
        if c.name != UNKNOWN_CHANNEL {
            let spent = ds.spend.iter().any(|s| s.source_id.is_some_and(in_channel));
            assert!(spent, "no spend in channel {}", c.name);
        }
    }
    let outbound = ds
        .channels
        .iter()
        .any(|c| c.direction == Direction::Outbound);
    assert!(outbound);
    assert!(ds.sources.iter().any(|s| s.name == "Hannover Messe 2021"));
    assert!(ds.sources.iter().any(|s| s.name == "EMO Hannover 2025"));
    assert!(ds.sources.iter().any(|s| !s.tracking_numbers.is_empty()));
    assert!(ds.sources.iter().any(|s| s.utm_source.is_some()));
}

#[test]
fn volumes_rates_and_budget_look_like_a_job_shop() {
    let ds = generate(&standard());
    let in_2024 = |d: NaiveDate| d.year() == 2024;
    let inquiries: Vec<_> = ds
        .inquiries
        .iter()
        .filter(|q| in_2024(q.received_at.date()))
        .collect();
    assert!((290..420).contains(&inquiries.len()), "{}", inquiries.len());
    let leads = inquiries.iter().filter(|q| q.is_lead).count();
    assert!(
        (780..920).contains(&(leads * 1000 / inquiries.len())),
        "{leads}"
    );
    let spend: Decimal = ds
        .spend
        .iter()
        .filter(|s| in_2024(s.date))
        .map(|s| s.amount)
        .sum();
    assert!(
        spend > Decimal::from(120_000) && spend < Decimal::from(210_000),
        "{spend}"
    );

    let lead_ids: HashSet<&str> = ds
        .inquiries
        .iter()
        .filter(|q| q.is_lead)
        .map(|q| q.id.as_str())
        .collect();
    let quotes: Vec<_> = ds
        .deals
        .iter()
        .filter(|d| {
            d.inquiry_id
                .as_deref()
                .is_some_and(|i| lead_ids.contains(i))
        })
        .collect();
    let quoted = quotes.len() * 1000 / lead_ids.len();
    assert!((500..700).contains(&quoted), "quoted {quoted}");
    let closed = quotes
        .iter()
        .filter(|d| d.status != DealStatus::Open)
        .count();
    let won = quotes
        .iter()
        .filter(|d| d.status == DealStatus::Won)
        .count();
    assert!(
        (230..400).contains(&(won * 1000 / closed)),
        "won {won} of {closed}"
    );
    assert!(quotes.iter().any(|d| d.status == DealStatus::Open));
    let reorders = ds.deals.iter().filter(|d| d.inquiry_id.is_none()).count();
    assert!(reorders > 100, "{reorders}");
    // Customers who buy in two different years make retention meaningful.
    let mut years: BTreeMap<&str, BTreeSet<i32>> = BTreeMap::new();
    for d in ds.deals.iter().filter(|d| d.status == DealStatus::Won) {
        let y = d.closed_at.map_or(0, |c| c.year());
        years.entry(d.company.as_str()).or_default().insert(y);
    }
    assert!(years.values().filter(|y| y.len() >= 2).count() > 30);
}

#[test]
fn season_and_trade_shows_shape_the_year() {
    let ds = generate(&DemoOptions {
        years: 10,
        ..standard()
    });
    let mut per_month = [0u32; 12];
    for q in &ds.inquiries {
        if q.received_at.year() < 2025 {
            per_month[q.received_at.month0() as usize] += 1;
        }
    }
    assert!(per_month[7] * 3 < per_month[8] * 2, "{per_month:?}");
    // The four weeks after Hannover Messe hold more leads from it than from Kompass all year.
    let fair = ds.source_by_name("Hannover Messe 2024").map(|s| s.id);
    let from_fair = ds
        .inquiries
        .iter()
        .filter(|q| Some(q.source_id) == fair)
        .count();
    assert!(from_fair >= 8, "{from_fair}");
    let kinds: BTreeSet<_> = ds.inquiries.iter().map(|q| q.kind).collect();
    assert_eq!(kinds.len(), crate::records::InquiryKind::ALL.len());
}

#[test]
fn volume_scales_and_stays_quick() {
    let started = std::time::Instant::now();
    let ds = generate(&opts(day(2025, 12, 31), 2, 5_000, 1));
    let took = started.elapsed();
    assert!(took.as_secs() < 10, "{took:?}");
    assert!(
        (9_000..11_000).contains(&ds.inquiries.len()),
        "{}",
        ds.inquiries.len()
    );
    let names: HashSet<&str> = ds.deals.iter().map(|d| d.company.as_str()).collect();
    assert!(names.len() > 1_000, "{}", names.len());
    let spend: Decimal = ds
        .spend
        .iter()
        .filter(|s| s.date.year() == 2025)
        .map(|s| s.amount)
        .sum();
    assert!(spend > Decimal::from(1_600_000), "{spend}");
}

#[test]
fn validate_refuses_what_generate_would_bend() {
    let o = standard();
    assert!(o.validate().is_ok());
    let err = DemoOptions {
        years: 0,
        ..o.clone()
    }
    .validate()
    .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("years"));
    let err = DemoOptions {
        inquiries_per_year: MAX_INQUIRIES_PER_YEAR + 1,
        ..o
    }
    .validate()
    .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("inquiries_per_year"));
    let err = DemoOptions {
        language: "fr".into(),
        ..standard()
    }
    .validate()
    .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("lang"));
}

/// The demo opened in another language: channels and descriptive source
/// names in it, as a company created in it has them; proper names, Unknown
/// and every record the same as in English.
#[test]
fn every_language_gets_the_same_company_in_its_own_words() {
    let en = generate(&standard());
    for lang in crate::i18n::LANGUAGES {
        let o = DemoOptions {
            language: lang.to_string(),
            ..standard()
        };
        let ds = generate(&o);
        assert_eq!(ds, generate(&o), "{lang}: deterministic");
        assert_eq!(ds.settings.language, *lang);
        assert_eq!(
            (
                &ds.spend,
                &ds.inquiries,
                &ds.deals,
                &ds.targets,
                &ds.traffic
            ),
            (
                &en.spend,
                &en.inquiries,
                &en.deals,
                &en.targets,
                &en.traffic
            ),
            "{lang}: the records do not depend on the language"
        );
        let tr = crate::i18n::Translator::new(lang).unwrap();
        for (c, d) in ds.channels.iter().zip(DEFAULT_CHANNELS) {
            assert_eq!(c.name, crate::i18n::names::stored_channel_name(&tr, d));
        }
        let mut names: Vec<&str> = ds.sources.iter().map(|s| s.name.as_str()).collect();
        // The CSV touchpoint form is `Source@date|Source@date`.
        assert!(names.iter().all(|n| !n.contains(['@', '|', '\u{AD}'])));
        for proper in [
            UNKNOWN_SOURCE,
            "Google Ads",
            "Wer liefert was",
            "Hannover Messe 2024",
        ] {
            assert!(names.contains(&proper), "{lang}: {proper}");
        }
        let translated = names
            .iter()
            .zip(&en.sources)
            .filter(|(n, s)| **n != s.name)
            .count();
        if *lang != "en" {
            assert!(translated >= 5, "{lang}: {names:?}");
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ds.sources.len(), "{lang}: a name repeats");
    }
    let ru = generate(&DemoOptions {
        language: "ru".into(),
        ..standard()
    });
    assert_eq!(ru.channels[0].name, "Выставки");
    assert!(ru.source_by_name("Холодные звонки").is_some());
}
