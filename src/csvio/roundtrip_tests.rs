//! Export then import gives back exactly the same values, for every kind:
//! a hand-made data set full of awkward text, exact byte output for one
//! small case, other currencies' precisions, and properties over random text
//! and amounts.

use super::amount::AmountRules;
use super::*;
use crate::records::*;
use chrono::{NaiveDate, NaiveDateTime};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32, milli: u32) -> NaiveDateTime {
    day(y, m, d).and_hms_milli_opt(h, min, s, milli).unwrap()
}

fn s(text: &str) -> Option<String> {
    Some(text.to_string())
}

fn dataset() -> Dataset {
    let channel = |id, name: &str, direction| Channel {
        id,
        name: name.into(),
        direction,
    };
    let source = |id, channel_id, name: &str| Source {
        id,
        channel_id,
        name: name.into(),
        tracking_numbers: vec![],
        utm_source: None,
        utm_medium: None,
        utm_campaign: None,
    };
    let mut google = source(2, 2, "Google Ads");
    google.tracking_numbers = vec!["497115550120".into(), "7115550121".into()];
    google.utm_source = s("google");
    google.utm_medium = s("cpc");
    let mut fair = source(3, 1, "=Messe \"Essen\"; Halle 3");
    fair.utm_campaign = s("-spring");
    let inquiry = |id: &str, received_at, source_id| Inquiry {
        qualified_at: None,
        id: id.into(),
        received_at,
        kind: InquiryKind::Call,
        company: None,
        contact: None,
        phone: None,
        email: None,
        source_id,
        touchpoints: vec![],
        is_lead: true,
        status: None,
        estimated_value: None,
        logged_by: None,
        notes: None,
        version: 1,
    };
    let mut q1 = inquiry("Q-2", at(2026, 2, 3, 9, 15, 0, 0), 2);
    q1.company = s("Müller GmbH, Stuttgart");
    q1.phone = s("+49 711 5550120");
    q1.touchpoints = vec![
        Touchpoint {
            source_id: 3,
            date: day(2026, 1, 20),
        },
        Touchpoint {
            source_id: 4,
            date: day(2026, 1, 28),
        },
    ];
    q1.estimated_value = Some(dec!(12000.5));
    q1.notes = s("line one\nline \"two\"\r\n@three");
    q1.qualified_at = Some(day(2026, 2, 5));
    let mut q2 = inquiry("Q-1", at(2026, 2, 4, 23, 59, 59, 250), 1);
    q2.kind = InquiryKind::TradeShow;
    q2.is_lead = false;
    q2.status = s("'=quoted already");
    q2.logged_by = s("Åsa");
    let deal = |id: &str, status, amount| Deal {
        id: id.into(),
        inquiry_id: None,
        company: "Acme".into(),
        quoted_at: None,
        closed_at: Some(day(2026, 3, 1)),
        status,
        amount,
        lost_reason: None,
        version: 1,
    };
    let mut d1 = deal("D-9", DealStatus::Won, dec!(1234.5));
    d1.inquiry_id = s("Q-2");
    d1.quoted_at = Some(day(2026, 2, 10));
    let mut d2 = deal("D-1", DealStatus::Lost, dec!(0));
    d2.lost_reason = s("-price");
    let mut d3 = deal("+D-3", DealStatus::Open, dec!(999999999999.99));
    d3.closed_at = None;
    d3.company = "@Home".into();
    let spend = |id, date, amount, source_id, direction| Spend {
        id,
        date,
        amount,
        category: SpendCategory::Advertising,
        source_id,
        campaign: None,
        direction,
        note: None,
    };
    let mut sp1 = spend(
        1,
        day(2026, 2, 1),
        dec!(100),
        None,
        Some(SpendDirection::Outbound),
    );
    sp1.category = SpendCategory::Labor;
    sp1.note = s("Gehalt; Februar");
    let mut sp2 = spend(2, day(2026, 1, 15), dec!(0.01), Some(2), None);
    sp2.campaign = s("Winter \u{20ac}");
    let sp3 = spend(3, day(2026, 1, 15), dec!(7.10), None, None);
    Dataset {
        settings: Settings::default(),
        channels: vec![
            channel(1, "Trade shows", Direction::Outbound),
            channel(2, "Paid search", Direction::Inbound),
            channel(3, UNKNOWN_CHANNEL, Direction::Inbound),
        ],
        sources: vec![
            source(1, 3, UNKNOWN_SOURCE),
            google,
            fair,
            source(4, 2, "Bing@Ads"),
        ],
        spend: vec![sp1, sp2, sp3],
        inquiries: vec![q1, q2],
        deals: vec![d1, d2, d3],
        targets: vec![
            Target {
                year: 2027,
                sales_target: None,
                lead_target: Some(0),
            },
            Target {
                year: 2026,
                sales_target: Some(dec!(1500000)),
                lead_target: Some(120),
            },
        ],
        traffic: vec![
            Traffic {
                month: day(2026, 2, 1),
                source_id: 2,
                visitors: 1234,
            },
            Traffic {
                month: day(2026, 1, 1),
                source_id: 3,
                visitors: 0,
            },
            Traffic {
                month: day(2026, 1, 1),
                source_id: 2,
                visitors: 7,
            },
        ],
        activity: vec![
            Activity {
                month: day(2026, 2, 1),
                source_id: 2,
                metric: "clicks".into(),
                count: 1500,
            },
            Activity {
                month: day(2026, 2, 1),
                source_id: 2,
                metric: "impressions".into(),
                count: 0,
            },
            Activity {
                month: day(2026, 1, 1),
                source_id: 3,
                metric: "followers_2".into(),
                count: 12,
            },
        ],
        calls: Vec::new(),
    }
}

fn export(kind: Kind, ds: &Dataset) -> Vec<u8> {
    let mut out = Vec::new();
    write(kind, ds, &mut out).unwrap();
    out
}

fn reread(kind: Kind, ds: &Dataset) -> Rows {
    let bytes = export(kind, ds);
    match parse(kind, &bytes) {
        Ok(p) => p.rows,
        Err(r) => panic!(
            "{kind}: {:#?}\n{}",
            r.errors,
            String::from_utf8_lossy(&bytes)
        ),
    }
}

fn name(ds: &Dataset, id: Id) -> String {
    ds.source(id).unwrap().name.clone()
}

#[test]
fn every_kind_round_trips() {
    let ds = dataset();
    let Rows::Sources(rows) = reread(Kind::Sources, &ds) else {
        panic!()
    };
    let got: Vec<_> = rows
        .iter()
        .map(|r| (r.channel.as_str(), r.name.as_str(), r.direction))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Paid search", "Bing@Ads", Some(Direction::Inbound)),
            ("Paid search", "Google Ads", Some(Direction::Inbound)),
            (
                "Trade shows",
                "=Messe \"Essen\"; Halle 3",
                Some(Direction::Outbound)
            ),
            ("Unknown", "Unknown", Some(Direction::Inbound)),
        ]
    );
    assert_eq!(rows[1].tracking_numbers, ds.sources[1].tracking_numbers);
    assert_eq!(
        (
            &rows[1].utm_source,
            &rows[1].utm_medium,
            &rows[1].utm_campaign
        ),
        (&s("google"), &s("cpc"), &None)
    );
    assert_eq!(rows[2].utm_campaign, s("-spring"));

    let Rows::Spend(rows) = reread(Kind::Spend, &ds) else {
        panic!()
    };
    let mut want: Vec<&Spend> = ds.spend.iter().collect();
    want.sort_by_key(|s| (s.date, s.id));
    assert_eq!(rows.len(), want.len());
    for (r, w) in rows.iter().zip(want) {
        let source = w.source_id.map(|id| name(&ds, id));
        assert_eq!(
            (r.date, r.amount, r.category, &r.source),
            (w.date, w.amount, w.category, &source)
        );
        assert_eq!(
            (&r.campaign, r.direction, &r.note),
            (&w.campaign, w.direction, &w.note)
        );
    }

    let Rows::Inquiries(rows) = reread(Kind::Inquiries, &ds) else {
        panic!()
    };
    assert_eq!(rows.len(), ds.inquiries.len());
    for (r, w) in rows.iter().zip(&ds.inquiries) {
        assert_eq!(
            (r.id.as_ref(), r.received_at, r.kind, r.is_lead),
            (Some(&w.id), w.received_at, w.kind, w.is_lead)
        );
        assert_eq!(r.qualified_at, w.qualified_at);
        assert_eq!(
            (&r.company, &r.contact, &r.phone, &r.email),
            (&w.company, &w.contact, &w.phone, &w.email)
        );
        assert_eq!(r.source, Some(name(&ds, w.source_id)));
        let touch: Vec<_> = w
            .touchpoints
            .iter()
            .map(|t| (name(&ds, t.source_id), t.date))
            .collect();
        assert_eq!(r.touchpoints, touch);
        assert_eq!(
            (&r.status, r.estimated_value, &r.logged_by, &r.notes),
            (&w.status, w.estimated_value, &w.logged_by, &w.notes)
        );
    }

    let Rows::Deals(rows) = reread(Kind::Deals, &ds) else {
        panic!()
    };
    let got: Vec<Deal> = rows
        .into_iter()
        .map(|r| Deal {
            id: r.record.id,
            inquiry_id: r.record.inquiry_id,
            company: r.record.company,
            quoted_at: r.record.quoted_at,
            closed_at: r.record.closed_at,
            status: r.record.status,
            amount: r.record.amount,
            lost_reason: r.record.lost_reason,
            version: 1,
        })
        .collect();
    assert_eq!(got, ds.deals);

    let Rows::Targets(rows) = reread(Kind::Targets, &ds) else {
        panic!()
    };
    let got: Vec<_> = rows
        .iter()
        .map(|r| Target {
            year: r.year,
            sales_target: r.sales_target,
            lead_target: r.lead_target,
        })
        .collect();
    assert_eq!(got, vec![ds.targets[1].clone(), ds.targets[0].clone()]);

    let Rows::Traffic(rows) = reread(Kind::Traffic, &ds) else {
        panic!()
    };
    let got: Vec<_> = rows
        .iter()
        .map(|r| (r.month, r.source.as_str(), r.visitors))
        .collect();
    assert_eq!(
        got,
        vec![
            (day(2026, 1, 1), "=Messe \"Essen\"; Halle 3", 0),
            (day(2026, 1, 1), "Google Ads", 7),
            (day(2026, 2, 1), "Google Ads", 1234),
        ]
    );

    let Rows::Activity(rows) = reread(Kind::Activity, &ds) else {
        panic!()
    };
    let got: Vec<_> = rows
        .iter()
        .map(|r| (r.month, r.source.as_str(), r.metric.as_str(), r.count))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                day(2026, 1, 1),
                "=Messe \"Essen\"; Halle 3",
                "followers_2",
                12
            ),
            (day(2026, 2, 1), "Google Ads", "clicks", 1500),
            (day(2026, 2, 1), "Google Ads", "impressions", 0),
        ]
    );
}

#[test]
fn exact_output() {
    let ds = dataset();
    let text = |kind| String::from_utf8(export(kind, &ds)).unwrap();
    assert_eq!(
        text(Kind::Spend),
        "date,amount,category,source,campaign,direction,note\n\
         2026-01-15,0.01,advertising,Google Ads,Winter \u{20ac},,\n\
         2026-01-15,7.10,advertising,,,,\n\
         2026-02-01,100.00,labor,,,outbound,Gehalt; Februar\n"
    );
    assert_eq!(
        text(Kind::Deals),
        "id,inquiry_id,company,quoted_at,closed_at,status,amount,lost_reason\n\
         D-9,Q-2,Acme,2026-02-10,2026-03-01,won,1234.50,\n\
         D-1,,Acme,,2026-03-01,lost,0.00,'-price\n\
         '+D-3,,'@Home,,,open,999999999999.99,\n"
    );
    let inquiries = text(Kind::Inquiries);
    assert!(
        inquiries.contains("Q-1,2026-02-04 23:59:59.25,trade_show,"),
        "{inquiries}"
    );
    assert!(inquiries.contains(",'+49 711 5550120,"), "{inquiries}");
    assert!(
        inquiries.contains(",\"'=Messe \"\"Essen\"\"; Halle 3@2026-01-20|Bing@Ads@2026-01-28\","),
        "{inquiries}"
    );
    assert!(inquiries.contains(",12000.50,"), "{inquiries}");
    assert!(
        inquiries.contains(",false,''=quoted already,"),
        "{inquiries}"
    );
    assert_eq!(
        text(Kind::Targets),
        "year,sales_target,lead_target\n2026,1500000.00,120\n2027,,0\n"
    );
    assert!(text(Kind::Traffic).starts_with("month,source,visitors\n2026-01,\"'=Messe"));
    // No byte order mark, and two exports are identical.
    assert!(!export(Kind::Sources, &ds).starts_with(b"\xEF\xBB\xBF"));
    assert_eq!(export(Kind::Sources, &ds), export(Kind::Sources, &ds));
}

#[test]
fn currencies_with_other_precisions() {
    assert_eq!(format_amount(dec!(1234.5), "EUR"), "1234.50");
    assert_eq!(format_amount(dec!(1234), "JPY"), "1234");
    assert_eq!(format_amount(dec!(1.5), "KWD"), "1.500");
    // Never rounds away a digit the data has.
    assert_eq!(format_amount(dec!(1.005), "EUR"), "1.005");
    let mut ds = dataset();
    ds.settings.currency = "KWD".into();
    ds.deals[0].amount = dec!(1234.567);
    let bytes = export(Kind::Deals, &ds);
    assert!(parse(Kind::Deals, &bytes).is_err());
    let p = parse_with(Kind::Deals, &bytes, &decimals(3)).unwrap();
    let Rows::Deals(rows) = p.rows else { panic!() };
    assert_eq!(rows[0].amount, dec!(1234.567));
    ds.settings.currency = "JPY".into();
    ds.deals[0].amount = dec!(1234);
    ds.deals[2].amount = dec!(5);
    let p = parse_with(Kind::Deals, &export(Kind::Deals, &ds), &decimals(0)).unwrap();
    let Rows::Deals(rows) = p.rows else { panic!() };
    assert_eq!(
        rows.iter().map(|r| r.amount).collect::<Vec<_>>(),
        vec![dec!(1234), dec!(0), dec!(5)]
    );
}

#[test]
fn export_refuses_what_it_cannot_write() {
    let mut ds = dataset();
    ds.sources[3].name = "Bing|Ads".into();
    let err = write(Kind::Inquiries, &ds, Vec::new()).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("touchpoints"));
    let mut ds = dataset();
    ds.traffic[0].source_id = 99;
    let err = write(Kind::Traffic, &ds, Vec::new()).unwrap_err();
    assert_eq!(err.code, crate::ErrorCode::NotFound);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn amounts_round_trip(units in 0i64..100_000_000_000_000, scale in 0u32..=2) {
        let amount = Decimal::new(units, 2).round_dp(scale);
        prop_assume!(amount < Decimal::from(1_000_000_000_000i64));
        let text = format_amount(amount, "EUR");
        let rules = AmountRules::decide([text.as_str()]);
        prop_assert_eq!(rules.read(&text), Ok(amount));
        prop_assert_eq!(AmountRules { decimal: Some('.'), ..rules }.read(&text), Ok(amount));
    }

    #[test]
    fn text_round_trips(note in "\\PC*", campaign in "[ '=+@\\-\"\n;,\t|a-zäß€]{0,12}") {
        let clean = |t: &str| Some(t.trim().to_string()).filter(|t| !t.is_empty());
        let mut ds = dataset();
        ds.spend[0].note = clean(&note);
        ds.spend[0].campaign = clean(&campaign);
        let Rows::Spend(rows) = reread(Kind::Spend, &ds) else { panic!() };
        let row = rows.iter().find(|r| r.category == SpendCategory::Labor).unwrap();
        prop_assert_eq!(&row.note, &ds.spend[0].note);
        prop_assert_eq!(&row.campaign, &ds.spend[0].campaign);
    }
}

fn decimals(max_decimals: u32) -> ReadOptions {
    ReadOptions {
        max_decimals,
        ..ReadOptions::default()
    }
}
