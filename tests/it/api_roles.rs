//! The app's commands refused by role (issue 14): a sales and a front-desk
//! seat on a team database call each money command directly, as a page
//! that did not hide it would, and get `forbidden` with a sentence naming
//! what their role may not do, before the server is asked; what the role
//! may do works from the same seat; the owner's seat is refused none of it.
//! The server refuses the same on its own (`team_roles`); this is the
//! product's side, the one check of `role::Role::require` at the top of
//! each command (`Session::require`).

use crate::api::ytd;
use crate::common::{call, d, fresh, source_input, today};
use crate::pg::TestDb;
use crate::team_roles::{company, people};
use leadledger::api::*;
use leadledger::error::{ErrorCode, Result};
use leadledger::role::Role;
use rust_decimal_macros::dec;
use tempfile::TempDir;

/// A seat of `role` on `db`, connected as the welcome screen connects.
fn seat(db: &TestDb, role: Role) -> (TempDir, Session) {
    let (login, _, password) = people(db)
        .into_iter()
        .find(|p| p.1 == role)
        .expect("a person of the role");
    let (dir, s) = fresh();
    let st = s
        .connect_team(TeamConnectionInput {
            host: "127.0.0.1".into(),
            port: db.port,
            database: db.name.clone(),
            user: login,
            password: Some(password.into()),
            tls: "prefer".into(),
        })
        .unwrap();
    assert_eq!(st.role, role);
    (dir, s)
}

fn report_query() -> ReportQuery {
    ReportQuery {
        figures: ytd(),
        language: None,
        paper: "a4".into(),
    }
}

fn deal_input(company: &str) -> DealInput {
    DealInput {
        id: None,
        inquiry_id: None,
        company: company.into(),
        quoted_at: Some(d(2026, 3, 1)),
        closed_at: None,
        status: "open".into(),
        amount: dec!(450),
        lost_reason: None,
        version: None,
    }
}

/// What `role` may not do, each a direct call of its command, by name.
fn owners_only(s: &Session, dir: &TempDir) -> Vec<(&'static str, Result<()>)> {
    let out = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    let mut settings = s.settings().unwrap();
    settings.gross_margin = dec!(0.4);
    let mut renamed = s.settings().unwrap();
    renamed.company_name = "Other GmbH".into();
    let mut language = s.settings().unwrap();
    language.language = "de".into();
    vec![
        ("spend_grid", s.spend_grid(2026).map(drop)),
        (
            "save_spend_cell",
            s.save_spend_cell(SpendCell {
                source_id: 1,
                year: 2026,
                month: 3,
                amount: dec!(10),
            }),
        ),
        (
            "add_general_spend",
            s.add_general_spend(GeneralSpendInput {
                date: d(2026, 3, 1),
                amount: dec!(10),
                category: "software".into(),
                direction: "marketing".into(),
                note: None,
                months: 1,
            })
            .map(drop),
        ),
        ("delete_spend", s.delete_spend(1).map(drop)),
        ("model_comparison", s.model_comparison(ytd()).map(drop)),
        ("report_preview", s.report_preview(report_query()).map(drop)),
        (
            "report_file_name",
            s.report_file_name(report_query()).map(drop),
        ),
        (
            "save_report",
            s.save_report(report_query(), out("r.pdf")).map(drop),
        ),
        (
            "import_preview",
            s.import_preview(out("in.csv"), None).map(drop),
        ),
        (
            "import_file",
            s.import_file(out("in.csv"), "inquiries".into(), false, None)
                .map(drop),
        ),
        (
            "import_call_log",
            s.import_call_log(out("calls.csv"), None, None, None)
                .map(drop),
        ),
        (
            "preview_call_log",
            s.preview_call_log(out("calls.csv"), None, None, None)
                .map(drop),
        ),
        (
            "export_file",
            s.export_file("inquiries".into(), out("out.csv")).map(drop),
        ),
        (
            "export_call_log",
            s.export_call_log(out("calls-out.csv")).map(drop),
        ),
        (
            "save_template",
            s.save_template("inquiries".into(), out("t.csv")).map(drop),
        ),
        ("list_backups", s.list_backups().map(drop)),
        ("backup_now", s.backup_now().map(drop)),
        (
            "restore_backup",
            s.restore_backup("manual-2026.db".into()).map(drop),
        ),
        ("team_people", s.team_people().map(drop)),
        (
            "add_team_person",
            s.add_team_person(PersonInput {
                login: "mallory".into(),
                role: "owner".into(),
                password: Some("x-pass-1".into()),
            })
            .map(drop),
        ),
        (
            "remove_team_person",
            s.remove_team_person("mallory".into()).map(drop),
        ),
        (
            "reset_team_password",
            s.reset_team_password("mallory".into(), "y-pass-2".into()),
        ),
        (
            "update_settings (margin)",
            s.update_settings(settings).map(drop),
        ),
        (
            "update_settings (name)",
            s.update_settings(renamed).map(drop),
        ),
        (
            "update_settings (language)",
            s.update_settings(language).map(drop),
        ),
        (
            "save_source",
            s.save_source(source_input("Messe Nord", "Trade fairs", &[]))
                .map(drop),
        ),
        ("delete_source", s.delete_source(1).map(drop)),
        ("merge_sources", s.merge_sources(1, 2).map(drop)),
        (
            "save_channel",
            s.save_channel(ChannelInput {
                id: None,
                name: "Radio".into(),
                direction: "inbound".into(),
            })
            .map(drop),
        ),
        ("delete_channel", s.delete_channel(1).map(drop)),
        ("pin_log_key", s.pin_log_key(1, Some(1)).map(drop)),
    ]
}

/// What the front desk may not do that sales may: the deals.
fn deal_commands(s: &Session) -> Vec<(&'static str, Result<()>)> {
    vec![
        ("save_deal", s.save_deal(deal_input("Acme")).map(drop)),
        (
            "close_deal",
            s.close_deal(CloseDeal {
                id: "D-1".into(),
                won: true,
                amount: None,
                reason: None,
                closed_at: None,
                version: None,
            })
            .map(drop),
        ),
        ("delete_deal", s.delete_deal("D-1".into()).map(drop)),
        ("open_quotes", s.open_quotes().map(drop)),
    ]
}

fn assert_forbidden(role: Role, calls: Vec<(&'static str, Result<()>)>) {
    for (name, got) in calls {
        let e = got.expect_err(name);
        assert_eq!(e.code, ErrorCode::Forbidden, "{role:?} {name}: {e}");
        let who = match role {
            Role::Sales => "A sales login may not ",
            _ => "A front-desk login may not ",
        };
        assert!(e.message.starts_with(who), "{name}: {}", e.message);
    }
}

/// What every seat may do: log an inquiry, see it among the last entries,
/// the dashboard's counts, the catalog and the calls queue.
fn every_seats_work(s: &Session, company: &str) {
    s.log_inquiry(call(None, company, None)).unwrap();
    let recent = s.recent_inquiries(10).unwrap();
    assert!(recent.iter().any(|i| i.company.as_deref() == Some(company)));
    let dash = s.dashboard(ytd()).unwrap();
    assert!(dash.kpis.iter().any(|k| k.key == "leads"));
    assert!(!dash
        .kpis
        .iter()
        .any(|k| k.key == "revenue" || k.key == "roi_pct"));
    s.catalog().unwrap();
    s.unlogged_calls(7).unwrap();
}

#[test]
fn a_desk_seat_is_refused_every_owners_command_and_the_deals_and_logs_inquiries() {
    let db = company();
    let (dir, desk) = seat(&db, Role::Desk);
    assert_forbidden(Role::Desk, owners_only(&desk, &dir));
    assert_forbidden(Role::Desk, deal_commands(&desk));
    // The refusal names what is refused, not just that something was.
    let e = desk.spend_grid(2026).unwrap_err();
    assert!(e.message.contains("spend"), "{}", e.message);
    let e = desk.save_deal(deal_input("Acme")).unwrap_err();
    assert!(e.message.contains("deals"), "{}", e.message);
    every_seats_work(&desk, "Desk Caller GmbH");
}

#[test]
fn a_sales_seat_is_refused_the_owners_commands_and_enters_deals() {
    let db = company();
    let (dir, sales) = seat(&db, Role::Sales);
    assert_forbidden(Role::Sales, owners_only(&sales, &dir));
    every_seats_work(&sales, "Sales Caller AG");
    let deal = sales.save_deal(deal_input("Acme")).unwrap();
    let quotes = sales.open_quotes().unwrap();
    assert!(
        quotes.iter().any(|q| q.deal_id == deal.id),
        "{deal:?} {quotes:?}"
    );
    sales
        .close_deal(CloseDeal {
            id: deal.id.clone(),
            won: true,
            amount: Some(dec!(500)),
            reason: None,
            closed_at: Some(today()),
            version: None,
        })
        .unwrap();
    sales.delete_deal(deal.id).unwrap();
}

#[test]
fn the_owners_seat_is_refused_none_of_it() {
    let db = company();
    let (_dir, owner) = seat(&db, Role::Owner);
    owner.spend_grid(2026).unwrap();
    owner.model_comparison(ytd()).unwrap();
    owner.report_file_name(report_query()).unwrap();
    owner.list_backups().unwrap();
    let messe = owner
        .save_source(source_input("Messe Nord", "Trade fairs", &[]))
        .unwrap();
    let keys = owner.pin_log_key(messe.id, Some(1)).unwrap();
    assert!(keys
        .iter()
        .any(|k| k.key == 1 && k.pinned && k.source.id == messe.id));
    assert_eq!(owner.team_people().unwrap().len(), 3);
    let deal = owner.save_deal(deal_input("Acme")).unwrap();
    owner.delete_deal(deal.id).unwrap();
    let mut settings = owner.settings().unwrap();
    settings.gross_margin = dec!(0.4);
    assert_eq!(
        owner.update_settings(settings).unwrap().gross_margin,
        dec!(0.4)
    );
}

/// The Settings screen of a staff seat (issue 17's leftovers of 14): what
/// it asks for works from that seat (the company's settings and the PIN's
/// state, which on a team database is no lock), and a save of the
/// company's name is refused by the product with the company's sentence
/// before the server is asked, so the owner's name stays.
#[test]
fn a_staff_seats_settings_read_and_a_save_is_refused_before_the_server() {
    let db = company();
    for role in [Role::Sales, Role::Desk] {
        let (_dir, seat) = seat(&db, role);
        let mut settings = seat.settings().unwrap();
        assert_eq!(settings.company_name, "Muster GmbH");
        assert_eq!(settings.currency, "EUR");
        let pin = seat.pin_status().unwrap();
        assert!(!pin.set && !pin.locked, "{role:?} {pin:?}");
        settings.company_name = "Other GmbH".into();
        let e = seat.update_settings(settings).unwrap_err();
        assert_eq!(e.code, ErrorCode::Forbidden, "{role:?}: {e}");
        assert!(
            e.message.contains("may not change the company's name"),
            "{role:?}: {}",
            e.message
        );
        // The server's own refusal names the login and the grant; the
        // product's does not reach it.
        assert!(!e.message.contains("permission denied"), "{}", e.message);
    }
    let (_dir, owner) = seat(&db, Role::Owner);
    let mut settings = owner.settings().unwrap();
    assert_eq!(settings.company_name, "Muster GmbH");
    settings.company_name = "Muster & Söhne GmbH".into();
    assert_eq!(
        owner.update_settings(settings).unwrap().company_name,
        "Muster & Söhne GmbH"
    );
}
