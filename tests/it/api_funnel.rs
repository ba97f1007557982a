//! Issue 15 in the app: a lead marked qualified with one key (today or a
//! date, refused before the lead arrived naming `qualified_at`, kept by the
//! form's save, undone), the open quotes with their age and without their
//! amounts under the PIN, and the dashboard's funnel and cohort views.

use crate::api::ytd;
use crate::common::{company, datetime, fresh, rfq_input, save_source};
use leadledger::api::*;
use leadledger::error::ErrorCode;

fn qualify(id: &str, qualified: bool, date: Option<&str>) -> QualifyInput {
    QualifyInput {
        id: id.into(),
        qualified,
        date: date.map(|d| d.parse().unwrap()),
        version: None,
    }
}

fn deal(
    inquiry: &str,
    quoted: &str,
    closed: Option<&str>,
    status: &str,
    amount: &str,
) -> DealInput {
    DealInput {
        id: None,
        inquiry_id: Some(inquiry.into()),
        company: "Kunde AG".into(),
        quoted_at: Some(quoted.parse().unwrap()),
        closed_at: closed.map(|d| d.parse().unwrap()),
        status: status.into(),
        amount: amount.parse().unwrap(),
        lost_reason: None,
        version: None,
    }
}

#[test]
fn one_key_marks_a_lead_qualified_and_the_form_keeps_it() {
    let (_dir, s) = fresh();
    company(&s, "en");
    let ads = save_source(&s, "Google Ads", "Paid search", &[]);
    let logged = s
        .log_inquiry(rfq_input(
            datetime("2026-06-10 09:00"),
            "Kunde AG",
            Some(ads.id),
        ))
        .unwrap();
    let id = logged.inquiry.id.clone();
    assert_eq!(logged.inquiry.qualified_at, None);

    // Today (the session's 2026-06-15) when no date is given.
    let q = s.qualify_inquiry(qualify(&id, true, None)).unwrap();
    assert_eq!(q.inquiry.qualified_at, Some("2026-06-15".parse().unwrap()));
    assert!(q.undo_token.is_some(), "an edit can be undone");
    let q = s
        .qualify_inquiry(qualify(&id, true, Some("2026-06-11")))
        .unwrap();
    assert_eq!(q.inquiry.qualified_at, Some("2026-06-11".parse().unwrap()));
    let listed = s.recent_inquiries(5).unwrap();
    assert_eq!(listed[0].qualified_at, Some("2026-06-11".parse().unwrap()));

    // Before the lead arrived: refused, naming the field.
    let e = s
        .qualify_inquiry(qualify(&id, true, Some("2026-06-09")))
        .unwrap_err();
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Inconsistent, Some("qualified_at"))
    );
    let e = s
        .qualify_inquiry(qualify("I-2026-99999", true, None))
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);

    // The Log form's save of the same inquiry keeps the date.
    let mut edit = rfq_input(datetime("2026-06-10 09:00"), "Kunde AG GmbH", Some(ads.id));
    edit.id = Some(id.clone());
    let saved = s.log_inquiry(edit).unwrap();
    assert_eq!(
        saved.inquiry.qualified_at,
        Some("2026-06-11".parse().unwrap())
    );

    // The key again takes it back.
    let q = s.qualify_inquiry(qualify(&id, false, None)).unwrap();
    assert_eq!(q.inquiry.qualified_at, None);
}

#[test]
fn open_quotes_are_listed_oldest_first_with_their_age() {
    let (_dir, s) = fresh();
    company(&s, "de");
    let fair = save_source(&s, "Hannover Messe", "Trade shows", &[]);
    let a = s
        .log_inquiry(rfq_input(
            datetime("2026-03-02 10:00"),
            "Kunde AG",
            Some(fair.id),
        ))
        .unwrap()
        .inquiry
        .id;
    s.save_deal(deal(&a, "2026-06-01", None, "open", "1200.50"))
        .unwrap();
    s.save_deal(deal(&a, "2026-04-01", None, "open", "800"))
        .unwrap();
    s.save_deal(deal(&a, "2026-03-10", Some("2026-05-01"), "won", "500"))
        .unwrap();
    let quotes = s.open_quotes().unwrap();
    assert_eq!(quotes.len(), 2, "a decided quote is not open");
    assert_eq!((quotes[0].age_days, quotes[1].age_days), (75, 14));
    assert_eq!(quotes[0].amount.as_deref(), Some("800"));
    assert_eq!(quotes[1].inquiry_id.as_deref(), Some(a.as_str()));

    // Locked with the owner PIN: the quotes and their age, not their amounts.
    s.set_pin(None, "4711".into()).unwrap();
    s.lock_pin().unwrap();
    let locked = s.open_quotes().unwrap();
    assert_eq!(locked.len(), 2);
    assert!(locked.iter().all(|q| q.amount.is_none()));
    let d = s.dashboard(ytd()).unwrap();
    assert_eq!(d.cohorts, None, "the cohorts are money");
    assert!(d.funnel.company.leads.is_some(), "the funnel's counts stay");
    assert_eq!(d.funnel.company.quoted_value, None);
}

#[test]
fn the_dashboard_has_the_funnel_per_source_and_six_cohorts() {
    let (_dir, s) = fresh();
    company(&s, "en");
    let ads = save_source(&s, "Google Ads", "Paid search", &[]);
    let fair = save_source(&s, "Hannover Messe", "Trade shows", &[]);
    let mut ids = Vec::new();
    for (at, source) in [
        ("2026-01-15 09:00", ads.id),
        ("2026-02-10 09:00", fair.id),
        ("2026-02-11 09:00", fair.id),
        ("2025-05-01 09:00", ads.id),
    ] {
        let i = s
            .log_inquiry(rfq_input(datetime(at), "Kunde AG", Some(source)))
            .unwrap();
        ids.push(i.inquiry.id);
    }
    s.save_deal(deal(
        &ids[0],
        "2026-03-01",
        Some("2026-04-15"),
        "won",
        "1000",
    ))
    .unwrap();
    s.save_deal(deal(
        &ids[3],
        "2025-06-01",
        Some("2025-07-20"),
        "won",
        "400",
    ))
    .unwrap();
    s.save_deal(deal(
        &ids[3],
        "2025-06-01",
        Some("2026-02-03"),
        "won",
        "600",
    ))
    .unwrap();

    s.qualify_inquiry(qualify(&ids[0], true, Some("2026-01-20")))
        .unwrap();
    let d = s.dashboard(ytd()).unwrap();
    assert_eq!(d.funnel.company.leads.as_deref(), Some("3"));
    // The engine's stages: one of the three leads qualified, quoted and won.
    let c = &d.funnel.company;
    let stages = [&c.qualified_leads, &c.quoted_leads, &c.won_leads];
    assert_eq!(stages.map(|v| v.as_deref()), [Some("1"); 3]);
    assert_eq!(c.quote_hit_rate_pct.as_deref(), Some("100"));
    let ads_row = d
        .funnel
        .sources
        .iter()
        .find(|r| r.name == "Google Ads")
        .unwrap();
    assert_eq!(ads_row.qualified_pct.as_deref(), Some("100"));
    assert!(
        d.kpis.iter().any(|k| k.key == "quote_to_order_days"),
        "the tile's figure"
    );
    let names: Vec<&str> = d.funnel.sources.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Hannover Messe", "Google Ads"], "most leads first");
    assert_eq!(d.funnel.sources[0].channel.as_deref(), Some("Trade shows"));

    let c = d.cohorts.expect("the owner sees the cohorts");
    let years: Vec<i32> = c.years.iter().map(|y| y.year).collect();
    assert_eq!(years, [2021, 2022, 2023, 2024, 2025, 2026]);
    // 2025's lead: 400 in its seventh month, 600 more in the fourteenth,
    // and nothing after; the curve runs to the as-of month (June 2026).
    let y2025 = &c.years[4];
    assert_eq!(y2025.curve.len(), 18);
    assert_eq!(
        (y2025.curve[5].as_str(), y2025.curve[6].as_str()),
        ("0", "400")
    );
    assert_eq!(
        (y2025.curve[12].as_str(), y2025.curve[13].as_str()),
        ("400", "1000")
    );
    assert_eq!(y2025.curve.last().map(String::as_str), Some("1000"));
    assert_eq!(
        y2025.cohort_revenue.as_deref(),
        Some("1000"),
        "the curve's end"
    );
    let y2026 = &c.years[5];
    assert_eq!(y2026.cohort_revenue.as_deref(), Some("1000"));
    assert_eq!(y2026.curve, ["0", "0", "0", "1000", "1000", "1000"]);
    assert!(c.years[0].curve.iter().all(|v| v == "0"));
}

/// Writes `text` into the session's folder; answers its path.
fn file(dir: &std::path::Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn activity_comes_in_through_import_and_shows_per_month_with_its_cost_per_click() {
    let (dir, s) = fresh();
    company(&s, "en");
    let ads = save_source(&s, "Google Ads", "Paid search", &[]);
    let bad = file(
        dir.path(),
        "bad.csv",
        "month,source,metric,count\n2026-01,Google Ads,clicks,-3\n2026-02,Google Ads,Clicks!,10\n",
    );
    let preview = s.import_preview(bad.clone(), None).unwrap();
    assert_eq!(
        preview.kind,
        Some(FileKind::Activity),
        "the header names the kind"
    );
    let refused = s.import_file(bad, "activity".into(), false, None).unwrap();
    assert!(!refused.accepted);
    let rows: Vec<u32> = refused.errors.iter().map(|e| e.row).collect();
    assert_eq!(rows, [2, 3], "each bad row named: {:?}", refused.errors);

    let good = file(
        dir.path(),
        "good.csv",
        "month,source,metric,count\n2026-01,Google Ads,clicks,400\n2026-02,Google Ads,clicks,600\n2026-02,Google Ads,impressions,9000\n",
    );
    for _ in 0..2 {
        let done = s
            .import_file(good.clone(), "activity".into(), false, None)
            .unwrap();
        assert!(done.accepted, "{:?}", done.errors);
    }
    s.save_spend_cell(SpendCell {
        source_id: ads.id,
        year: 2026,
        month: 1,
        amount: "250".parse().unwrap(),
    })
    .unwrap();
    s.log_inquiry(rfq_input(
        datetime("2026-01-20 10:00"),
        "Kunde AG",
        Some(ads.id),
    ))
    .unwrap();
    let g = s.activity_grid(2026).unwrap();
    let clicks = g.rows.iter().find(|r| r.metric == "clicks").unwrap();
    assert_eq!(
        clicks.months[..3],
        [400, 600, 0],
        "imported twice, counted once"
    );
    assert_eq!(clicks.total, 1000);
    // 250 spent for 1,000 clicks and one lead: 0.25 a click, 250 a lead.
    assert_eq!(clicks.cost_per.as_deref(), Some("0.25"));
    assert_eq!(clicks.cpl.as_deref(), Some("250"));
    let total = g.totals.iter().find(|t| t.metric == "clicks").unwrap();
    assert_eq!(
        (total.count, total.cost_per.as_deref()),
        (1000, Some("0.25"))
    );
    assert_eq!(total.to_lead_pct.as_deref(), Some("0.1"));
    assert_eq!(g.rows.len(), 2, "clicks and impressions");
}
