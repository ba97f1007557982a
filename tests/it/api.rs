//! The desktop app's facade (`leadledger::api`), as the Tauri commands call
//! it: first run, the dashboard reacting to new leads and spend, imports that
//! name every bad row, merging sources, settings, languages and the
//! generated TypeScript. Logging calls and deals are in `api_log`.

use crate::common::{call, company, fresh, save_source, source_input, today};
use chrono::NaiveDate;
use leadledger::api::*;
use leadledger::error::ErrorCode;
use rust_decimal_macros::dec;
use std::path::PathBuf;

/// The dashboard's default: this year to date, first touch.
pub(crate) fn ytd() -> DashboardQuery {
    DashboardQuery {
        period: "ytd".into(),
        year: None,
        quarter: None,
        month: None,
        from: None,
        to: None,
        model: "first_touch".into(),
        as_of: None,
    }
}

fn kpi(d: &Dashboard, key: &str) -> Option<String> {
    d.kpis.iter().find(|k| k.key == key).unwrap().value.clone()
}

#[test]
fn first_run_needs_setup_then_creates_the_company() {
    let (dir, s) = fresh();
    let st = s.status().unwrap();
    assert!(st.needs_setup);
    assert_eq!(s.recent_inquiries(5).unwrap_err().code, ErrorCode::NotFound);
    company(&s, "de");
    let st = s.status().unwrap();
    assert!(!st.needs_setup && !st.demo);
    assert_eq!(st.language, "de");
    assert!(dir.path().join("company.db").exists());
    // A second session on the same file opens it directly.
    let again = Session::start_on(dir.path().join("company.db"), today()).unwrap();
    assert_eq!(again.status().unwrap().company, "Muster GmbH");
}

#[test]
fn create_company_refuses_an_empty_name_and_bad_currency() {
    let (_dir, s) = fresh();
    let e = s
        .create_company(NewCompany {
            name: " ".into(),
            currency: "EUR".into(),
            fiscal_year_start_month: 1,
            language: "en".into(),
        })
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("name"));
    assert!(s
        .create_company(NewCompany {
            name: "X".into(),
            currency: "EURO".into(),
            fiscal_year_start_month: 1,
            language: "en".into(),
        })
        .is_err());
    assert!(s.status().unwrap().needs_setup);
}

/// First run in the system's language (issue 11): `LC_ALL`, then
/// `LC_MESSAGES`, then `LANG` decide, when they name one of the five.
#[test]
fn the_welcome_screen_speaks_the_systems_language() {
    use leadledger::i18n::system_language;
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(system_language(env(&[("LANG", "ru_RU.UTF-8")])), Some("ru"));
    assert_eq!(system_language(env(&[("LANG", "sv_SE@euro")])), Some("sv"));
    assert_eq!(system_language(env(&[("LANG", "de")])), Some("de"));
    assert_eq!(
        system_language(env(&[
            ("LANG", "en_GB.UTF-8"),
            ("LC_MESSAGES", "nl_NL.UTF-8")
        ])),
        Some("nl")
    );
    assert_eq!(
        system_language(env(&[("LANG", "ru_RU.UTF-8"), ("LC_ALL", "de_AT.UTF-8")])),
        Some("de")
    );
    // An empty variable is not set; C, POSIX and other languages name none.
    assert_eq!(
        system_language(env(&[("LC_ALL", ""), ("LANG", "nl_BE.UTF-8")])),
        Some("nl")
    );
    assert_eq!(system_language(env(&[("LANG", "C.UTF-8")])), None);
    assert_eq!(system_language(env(&[("LANG", "POSIX")])), None);
    assert_eq!(system_language(env(&[("LANG", "fr_FR.UTF-8")])), None);
    assert_eq!(system_language(env(&[])), None);

    let (_dir, s) = fresh();
    let s = s.with_system_language(Some("ru"));
    let st = s.status().unwrap();
    assert!(st.needs_setup);
    assert_eq!(st.language, "ru", "before any company exists");
    company(&s, "de");
    assert_eq!(s.status().unwrap().language, "de", "the company's own");
    let (_dir, s) = fresh();
    assert_eq!(
        s.with_system_language(None).status().unwrap().language,
        "en"
    );
}

/// "Start my company" from the demo (issue 11): the demo goes, the session
/// is back at the setup form in the demo's language, and setting up works.
#[test]
fn leaving_the_demo_returns_to_the_setup_form() {
    let (dir, s) = fresh();
    let s = s.with_system_language(Some("sv"));
    assert!(s.open_demo("nl".into()).unwrap().demo);
    let st = s.leave_demo().unwrap();
    assert!(st.needs_setup && !st.demo, "{st:?}");
    assert_eq!(st.language, "nl", "the demo's language stays");
    assert_eq!(st.company, "");
    assert_eq!(s.dashboard(ytd()).unwrap_err().code, ErrorCode::NotFound);
    assert!(!dir.path().join("company.db").exists(), "nothing written");
    company(&s, "de");
    // Outside the demo it changes nothing.
    let st = s.leave_demo().unwrap();
    assert!(!st.needs_setup && !st.demo);
    assert_eq!(st.company, "Muster GmbH");
    assert!(s.dashboard(ytd()).is_ok());
    // A database that appeared at the path meanwhile is opened.
    let other = Session::start_on(dir.path().join("company.db"), today()).unwrap();
    other.open_demo("en".into()).unwrap();
    let st = other.leave_demo().unwrap();
    assert!(!st.needs_setup && !st.demo);
    assert_eq!(st.company, "Muster GmbH");
}

#[test]
fn the_demo_dashboard_counts_a_new_lead_and_new_spend() {
    let (_dir, s) = fresh();
    let st = s.open_demo("en".into()).unwrap();
    assert!(st.demo && !st.needs_setup);
    let before = s.dashboard(ytd()).unwrap();
    let leads: rust_decimal::Decimal = kpi(&before, "leads").unwrap().parse().unwrap();
    assert_eq!(before.monthly.len(), 12);
    assert!(
        before.monthly[11].this_year.is_none(),
        "December is after the as-of date"
    );
    assert!(!before.channels.is_empty());

    let top = s.top_sources(9).unwrap();
    assert_eq!(top.len(), 9);
    s.log_inquiry(call(Some(top[0].source.id), "New Customer Ltd", None))
        .unwrap()
        .inquiry;
    let after = s.dashboard(ytd()).unwrap();
    let now: rust_decimal::Decimal = kpi(&after, "leads").unwrap().parse().unwrap();
    assert_eq!(now, leads + dec!(1));
    assert_eq!(
        after.monthly[5].this_year.unwrap(),
        before.monthly[5].this_year.unwrap() + 1
    );

    // A month of extra spend raises the cost per lead.
    let cpl_before: rust_decimal::Decimal = kpi(&after, "cpl").unwrap().parse().unwrap();
    let grid = s.spend_grid(2026).unwrap();
    let row = &grid.rows[0];
    s.save_spend_cell(SpendCell {
        source_id: row.source_id,
        year: 2026,
        month: 3,
        amount: row.months[2] + dec!(5000),
    })
    .unwrap();
    let grid2 = s.spend_grid(2026).unwrap();
    assert_eq!(grid2.total, grid.total + dec!(5000));
    let cpl_after: rust_decimal::Decimal = kpi(&s.dashboard(ytd()).unwrap(), "cpl")
        .unwrap()
        .parse()
        .unwrap();
    assert!(cpl_after > cpl_before);

    let cmp = s.model_comparison(ytd()).unwrap();
    assert_eq!(cmp.models.len(), 6);
    assert!(cmp.channels.iter().all(|c| c.leads.len() == 6));
}

#[test]
fn dashboard_periods_and_bad_queries() {
    let (_dir, s) = fresh();
    s.open_demo("en".into()).unwrap();
    let q = DashboardQuery {
        period: "quarter".into(),
        year: Some(2025),
        quarter: Some(2),
        ..ytd()
    };
    let d = s.dashboard(q).unwrap();
    assert_eq!(d.from, NaiveDate::from_ymd_opt(2025, 4, 1).unwrap());
    assert_eq!(d.to, NaiveDate::from_ymd_opt(2025, 6, 30).unwrap());
    let e = s
        .dashboard(DashboardQuery {
            period: "month".into(),
            ..ytd()
        })
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("month"));
    let e = s
        .dashboard(DashboardQuery {
            model: "magic".into(),
            ..ytd()
        })
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("model"));
    let e = s
        .dashboard(DashboardQuery {
            period: "week".into(),
            ..ytd()
        })
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("period"));
}

#[test]
fn general_spend_is_spread_over_its_months() {
    let (_dir, s) = fresh();
    company(&s, "de");
    let ids = s
        .add_general_spend(GeneralSpendInput {
            date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            amount: dec!(1000),
            category: "software".into(),
            direction: "inbound".into(),
            note: Some("CRM licence".into()),
            months: 12,
        })
        .unwrap();
    assert_eq!(ids.len(), 12);
    let grid = s.spend_grid(2026).unwrap();
    assert_eq!(grid.general.len(), 12);
    assert_eq!(grid.total, dec!(1000));
    assert_eq!(grid.month_totals[0], dec!(83.33));
    assert!(grid.general.iter().all(|g| g.direction == "inbound"));
    s.delete_spend(ids[0]).unwrap();
    assert_eq!(s.spend_grid(2026).unwrap().general.len(), 11);
    let e = s
        .add_general_spend(GeneralSpendInput {
            date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            amount: dec!(-5),
            category: "software".into(),
            direction: "inbound".into(),
            note: None,
            months: 1,
        })
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidAmount);
}

#[test]
fn import_names_every_bad_row_and_writes_nothing() {
    let (dir, s) = fresh();
    company(&s, "de");
    save_source(&s, "Google Ads", "Paid search", &[]);
    let bad: PathBuf = dir.path().join("spend.csv");
    std::fs::write(
        &bad,
        "date;amount;category;source\n01.03.2026;1.200,50;advertising;Google Ads\n\
         32.03.2026;100,00;advertising;Google Ads\n02.03.2026;50,00;advertising;Google Ads\n",
    )
    .unwrap();
    let p = s.import_preview(bad.display().to_string(), None).unwrap();
    assert_eq!(p.kind.map(|k| k.as_str()), Some("spend"));
    let det = p.detected.unwrap();
    assert_eq!(det.delimiter, ";");
    assert_eq!(det.decimal_separator.as_deref(), Some(","));
    assert_eq!(p.rows.len(), 3);
    let out = s
        .import_file(bad.display().to_string(), "spend".into(), false, None)
        .unwrap();
    assert!(!out.accepted);
    assert_eq!(out.errors.len(), 1);
    assert_eq!(out.errors[0].row, 3);
    assert_eq!(s.spend_grid(2026).unwrap().total, dec!(0));

    let good = dir.path().join("good.csv");
    std::fs::write(
        &good,
        "date,amount,category,source\n2026-03-01,1200.50,advertising,Google Ads\n",
    )
    .unwrap();
    let out = s
        .import_file(good.display().to_string(), "spend".into(), false, None)
        .unwrap();
    assert!(out.accepted);
    assert_eq!(out.inserted, 1);
    assert_eq!(s.spend_grid(2026).unwrap().total, dec!(1200.50));

    let target = dir.path().join("out.csv");
    let exp = s
        .export_file("spend".into(), target.display().to_string())
        .unwrap();
    assert!(exp.bytes > 0);
    assert!(std::fs::read_to_string(target).unwrap().contains("1200.50"));
    let e = s
        .import_preview(dir.path().join("missing.csv").display().to_string(), None)
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("path"));
}

#[test]
fn sources_are_edited_and_merged() {
    let (_dir, s) = fresh();
    company(&s, "de");
    let a = save_source(&s, "Messe Hannover", "Trade shows", &["+49 511 100"]);
    let b = save_source(&s, "Hannover Messe", "Trade shows", &[]);
    s.log_inquiry(call(Some(a.id), "Acme", None))
        .unwrap()
        .inquiry;
    assert_eq!(
        s.delete_source(a.id).unwrap_err().code,
        ErrorCode::Inconsistent
    );
    let e = s
        .save_source(SourceInput {
            id: Some(a.id),
            ..source_input("hannover messe", "Trade shows", &[])
        })
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Duplicate);
    let cat = s.merge_sources(a.id, b.id).unwrap();
    let merged = cat.sources.iter().find(|x| x.id == b.id).unwrap();
    assert_eq!(merged.uses, 1);
    assert_eq!(merged.tracking_numbers.len(), 1);
    assert!(cat.sources.iter().all(|x| x.id != a.id));
    let unknown = cat.sources.iter().find(|x| x.name == "Unknown").unwrap().id;
    assert!(s.merge_sources(unknown, b.id).is_err());
    let cat = s
        .save_channel(ChannelInput {
            id: None,
            name: "Podcasts".into(),
            direction: "inbound".into(),
        })
        .unwrap();
    let pod = cat
        .channels
        .iter()
        .find(|c| c.name == "Podcasts")
        .unwrap()
        .id;
    s.delete_channel(pod).unwrap();
    let edited = s
        .save_source(SourceInput {
            id: Some(b.id),
            utm_source: Some("fair".into()),
            ..source_input("Hannover Fair", "Trade shows", &[])
        })
        .unwrap();
    assert_eq!(edited.name, "Hannover Fair");
    assert!(edited.tracking_numbers.is_empty());
    assert_eq!(edited.utm_source.as_deref(), Some("fair"));
}

#[test]
fn settings_round_trip_and_keep_the_currency() {
    let (_dir, s) = fresh();
    company(&s, "de");
    let mut st = s.settings().unwrap();
    st.gross_margin = dec!(0.35);
    st.language = "sv".into();
    let saved = s.update_settings(st.clone()).unwrap();
    assert_eq!(saved.gross_margin, dec!(0.35));
    assert_eq!(s.status().unwrap().language, "sv");
    st.currency = "USD".into();
    assert_eq!(
        s.update_settings(st).unwrap_err().field.as_deref(),
        Some("currency")
    );
}

#[test]
fn bindings() {
    let generated = leadledger::api::bindings::typescript();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ui/src/bindings/index.ts");
    if std::env::var_os("LEADLEDGER_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
    }
    // Regenerate into a temporary directory too, as the UI build would.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("index.ts"), &generated).unwrap();
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let fresh = std::fs::read_to_string(dir.path().join("index.ts")).unwrap();
    assert!(
        committed == fresh,
        "ui/src/bindings/index.ts is out of date: run LEADLEDGER_BLESS=1 cargo test --test it api::bindings"
    );
    assert!(fresh.contains("export type Dashboard = "));
    assert!(fresh.contains("amount: string"));
}

/// Data the product creates speaks the user's language: a Russian shop's
/// channels are Russian, the demo opened in Russian names its channels and
/// sources in Russian, and Unknown, stored as "Unknown" (code finds it by
/// that name), reads "Неизвестно" on the dashboard and in its warnings.
#[test]
fn a_company_and_the_demo_speak_the_language_chosen_at_creation() {
    let (_dir, s) = fresh();
    s.create_company(NewCompany {
        name: "Фрезерный цех".into(),
        currency: "RUB".into(),
        fiscal_year_start_month: 1,
        language: "ru".into(),
    })
    .unwrap();
    let catalog = s.catalog().unwrap();
    let names: Vec<&str> = catalog.channels.iter().map(|c| c.name.as_str()).collect();
    assert!(
        names.contains(&"Выставки") && names.contains(&"Контекстная реклама"),
        "{names:?}"
    );
    assert!(!names.contains(&"Trade shows") && !names.contains(&"Paid search"));
    assert_eq!(names.last(), Some(&"Unknown"));
    assert_eq!(catalog.sources[0].name, "Unknown");

    let (_dir, s) = fresh();
    assert_eq!(s.open_demo("ru".into()).unwrap().language, "ru");
    let d = s.dashboard(ytd()).unwrap();
    let channels: Vec<&str> = d.channels.iter().map(|c| c.name.as_str()).collect();
    assert!(
        channels.contains(&"Выставки") && channels.contains(&"Неизвестно"),
        "{channels:?}"
    );
    let english = |t: &str| t == "Unknown" || t == "Trade shows" || t == "Cold calling";
    assert!(d
        .sources
        .iter()
        .all(|s| !english(&s.name) && !s.channel.as_deref().is_some_and(english)));
    assert!(d.sources.iter().any(|s| s.name == "Неизвестно"));
    for w in &d.warnings {
        assert!(!w.source.as_deref().is_some_and(english), "{w:?}");
        assert!(!w.args.iter().any(|a| english(&a.value)), "{w:?}");
    }
    let cmp = s.model_comparison(ytd()).unwrap();
    assert!(cmp.channels.iter().any(|c| c.name == "Неизвестно"));
    assert!(cmp.sources.iter().any(|c| c.name == "Холодные звонки"));
    assert_eq!(
        s.open_demo("tlh".into()).unwrap_err().field.as_deref(),
        Some("lang")
    );
}
