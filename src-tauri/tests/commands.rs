//! The commands through Tauri's mock runtime: the same handler the app
//! registers, called as the page calls it (JSON in, JSON out), including
//! errors arriving as `{code, message, field}`.

use leadledger::api::{Dashboard, LogKeyDto, LoggedInquiry, Session, SessionStatus};
use leadledger_app::{parse_args, Options, COMMANDS};
use mock::{app, invoke};
use serde_json::json;

mod mock;

fn session(dir: &tempfile::TempDir) -> Session {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
    Session::start_on(dir.path().join("app.db"), today).unwrap()
}

#[test]
fn first_run_demo_log_and_dashboard() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app(session(&dir));
    let st: SessionStatus =
        serde_json::from_value(invoke(&w, "session_status", json!({})).unwrap()).unwrap();
    assert!(st.needs_setup);

    // Before a company exists every data command answers with a structured error.
    let err = invoke(&w, "recent_inquiries", json!({"limit": 5})).unwrap_err();
    assert_eq!(err["code"], "not_found");

    let st: SessionStatus =
        serde_json::from_value(invoke(&w, "open_demo", json!({"language": "en"})).unwrap())
            .unwrap();
    assert!(st.demo);
    let q = json!({"query": {"period": "ytd", "year": null, "quarter": null, "month": null, "from": null, "to": null, "model": "first_touch", "as_of": null}});
    let before: Dashboard =
        serde_json::from_value(invoke(&w, "dashboard", q.clone()).unwrap()).unwrap();
    let top: Vec<LogKeyDto> =
        serde_json::from_value(invoke(&w, "top_sources", json!({"n": 9})).unwrap()).unwrap();
    let input = json!({"input": {"id": null, "received_at": "2026-06-15T09:00:00", "kind": "call", "company": "Acme", "contact": null,
        "phone": null, "email": null, "source_id": top[0].source.id, "touchpoints": [], "is_lead": true, "notes": null}});
    let logged: LoggedInquiry =
        serde_json::from_value(invoke(&w, "log_inquiry", input).unwrap()).unwrap();
    assert_eq!(logged.undo_token, None);
    let row = logged.inquiry;
    assert_eq!(row.source_id, top[0].source.id);
    let after: Dashboard = serde_json::from_value(invoke(&w, "dashboard", q).unwrap()).unwrap();
    let leads = |d: &Dashboard| {
        d.kpis
            .iter()
            .find(|k| k.key == "leads")
            .unwrap()
            .value
            .clone()
            .unwrap()
            .parse::<i64>()
            .unwrap()
    };
    assert_eq!(leads(&after), leads(&before) + 1);

    // Money crosses as strings; camelCase argument names as the page sends them.
    let grid = invoke(&w, "spend_grid", json!({"year": 2026})).unwrap();
    assert!(grid["total"].is_string());
    let csv = dir.path().join("bad.csv");
    std::fs::write(
        &csv,
        "date,amount,category\n2026-01-01,10,advertising\n2026-13-01,5,advertising\n",
    )
    .unwrap();
    let out = invoke(
        &w,
        "import_file",
        json!({"path": csv.display().to_string(), "kind": "spend", "createSources": false}),
    )
    .unwrap();
    assert_eq!(out["accepted"], false);
    assert_eq!(out["errors"][0]["row"], 3);
}

/// "Start my company" from the demo: back at the setup form, then set up.
#[test]
fn the_demo_is_left_for_the_setup_form() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app(session(&dir).with_system_language(Some("ru")));
    let status = |v| serde_json::from_value::<SessionStatus>(v).unwrap();
    let st = status(invoke(&w, "session_status", json!({})).unwrap());
    assert_eq!((st.needs_setup, st.language.as_str()), (true, "ru"));
    invoke(&w, "open_demo", json!({"language": "sv"})).unwrap();
    let st = status(invoke(&w, "leave_demo", json!({})).unwrap());
    assert!(st.needs_setup && !st.demo);
    assert_eq!(st.language, "sv");
    let company = json!({"company": {"name": "Verkstad AB", "currency": "SEK",
        "fiscal_year_start_month": 1, "language": "sv"}});
    let st = status(invoke(&w, "create_company", company).unwrap());
    assert!(!st.needs_setup && !st.demo);
    assert!(dir.path().join("app.db").exists());
}

#[test]
fn errors_name_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app(session(&dir));
    let err = invoke(&w, "create_company", json!({"company": {"name": "", "currency": "EUR", "fiscal_year_start_month": 1, "language": "en"}})).unwrap_err();
    assert_eq!(err["code"], "invalid");
    assert_eq!(err["field"], "name");
    assert!(err["message"].as_str().unwrap().contains("name"));
    let ok = invoke(&w, "create_company", json!({"company": {"name": "Muster", "currency": "EUR", "fiscal_year_start_month": 4, "language": "de"}})).unwrap();
    assert_eq!(ok["language"], "de");
    assert!(dir.path().join("app.db").exists());
    let err = invoke(&w, "dashboard", json!({"query": {"period": "week", "year": null, "quarter": null, "month": null, "from": null, "to": null, "model": "first_touch", "as_of": null}})).unwrap_err();
    assert_eq!(err["field"], "period");
}

#[test]
fn report_preview_sends_svg_pages_and_names_a_bad_field() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app(session(&dir));
    invoke(&w, "open_demo", json!({"language": "en"})).unwrap();
    // The report query is the dashboard's, flattened, plus language and paper.
    let q = |language: &str, paper: &str| {
        json!({"query": {"period": "quarter", "year": 2026, "quarter": 1, "month": null, "from": null, "to": null,
            "model": "linear", "as_of": null, "language": language, "paper": paper}})
    };
    let p: leadledger::api::ReportPreview =
        serde_json::from_value(invoke(&w, "report_preview", q("sv", "letter")).unwrap()).unwrap();
    assert_eq!(p.page_count as usize, p.pages.len());
    assert!(p.page_count >= 5, "{}", p.page_count);
    assert!(p.pages[0].starts_with("<svg "));
    assert!(p.pages[0].contains("viewBox=\"0 0 215.9 279.4\""));
    assert!(
        p.suggested_file_name
            .ends_with(" 2026-01-01–2026-03-31.pdf"),
        "{}",
        p.suggested_file_name
    );
    let err = invoke(&w, "report_preview", q("fr", "a4")).unwrap_err();
    assert_eq!(
        (&err["code"], &err["field"]),
        (&json!("invalid"), &json!("language"))
    );
    let err = invoke(&w, "report_preview", q("en", "legal")).unwrap_err();
    assert_eq!(err["field"], "paper");
}

#[test]
fn deletions_undo_by_token_and_refuse_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app(session(&dir));
    invoke(&w, "create_company", json!({"company": {"name": "Muster", "currency": "EUR", "fiscal_year_start_month": 1, "language": "en"}})).unwrap();
    let src = invoke(&w, "save_source", json!({"source": {"id": null, "name": "Fachpack", "channel": "Trade shows", "direction": "outbound",
        "tracking_numbers": [], "utm_source": null, "utm_medium": null, "utm_campaign": null}})).unwrap();
    let gone = invoke(&w, "delete_source", json!({"id": src["id"]})).unwrap();
    assert_eq!(gone["kind"], "source");
    assert_eq!(gone["label"], "Fachpack");
    let token = gone["token"].as_str().unwrap().to_string();
    let back = invoke(&w, "undo_delete", json!({"token": token})).unwrap();
    assert_eq!(back["id"], src["id"].to_string());
    let catalog = invoke(&w, "catalog", json!({})).unwrap();
    assert!(catalog["sources"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["id"] == src["id"]));
    // Spent, unknown and malformed tokens; malformed ids.
    for bad in [json!({"token": token}), json!({"token": "nope"})] {
        let err = invoke(&w, "undo_delete", bad).unwrap_err();
        assert_eq!(
            (err["code"].as_str(), err["field"].as_str()),
            (Some("not_found"), Some("token"))
        );
    }
    assert!(invoke(&w, "undo_delete", json!({"token": 7})).is_err());
    assert!(invoke(&w, "undo_delete", json!({})).is_err());
    assert!(invoke(&w, "delete_spend", json!({"id": "seven"})).is_err());
    let err = invoke(&w, "delete_inquiry", json!({"id": "INQ-1999-00001"})).unwrap_err();
    assert_eq!(err["code"], "not_found");
}

#[test]
fn backups_are_named_by_the_list_only() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = app(session(&dir));
    invoke(&w, "create_company", json!({"company": {"name": "Muster", "currency": "EUR", "fiscal_year_start_month": 1, "language": "en"}})).unwrap();
    let made = invoke(&w, "backup_now", json!({})).unwrap();
    assert_eq!(made["kind"], "manual");
    assert!(made["when"].is_string() && made["bytes"].is_number());
    let list = invoke(&w, "list_backups", json!({})).unwrap();
    assert!(list
        .as_array()
        .unwrap()
        .iter()
        .any(|b| b["name"] == made["name"]));
    let outside = dir.path().join("app.db").display().to_string();
    for bad in ["../app.db", outside.as_str(), "missing.db"] {
        let err = invoke(&w, "restore_backup", json!({"name": bad})).unwrap_err();
        assert_eq!(
            (err["code"].as_str(), err["field"].as_str()),
            (Some("not_found"), Some("name")),
            "{bad}"
        );
    }
    assert!(invoke(&w, "restore_backup", json!({"name": null})).is_err());
    let st: SessionStatus = serde_json::from_value(
        invoke(&w, "restore_backup", json!({"name": made["name"]})).unwrap(),
    )
    .unwrap();
    assert!(!st.read_only && st.problem.is_none() && !st.needs_setup);
    let p = invoke(&w, "import_progress", json!({})).unwrap();
    assert_eq!(p["phase"], "idle");
}

#[test]
fn a_newer_database_is_reported_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(&dir);
    s.create_company(leadledger::api::NewCompany {
        name: "Muster".into(),
        currency: "EUR".into(),
        fiscal_year_start_month: 1,
        language: "en".into(),
    })
    .unwrap();
    drop(s);
    // The header's user_version (bytes 60..64, big-endian) as a far newer
    // version writes it; closing the session folded the log into the file.
    let path = dir.path().join("app.db");
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[60..64].copy_from_slice(&999u32.to_be_bytes());
    std::fs::write(&path, &bytes).unwrap();
    let (_app, w) = app(session(&dir));
    let st: SessionStatus =
        serde_json::from_value(invoke(&w, "session_status", json!({})).unwrap()).unwrap();
    let p = st.problem.expect("the newer file is described");
    assert_eq!((p.code.as_str(), p.found_version), ("too_new", Some(999)));
    assert!(!st.needs_setup);
    let err = invoke(&w, "restore_backup", json!({"name": "x.db"})).unwrap_err();
    assert_eq!(err["code"], "database_too_new");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "the file was not touched"
    );
}

#[test]
fn every_generated_command_is_registered() {
    let ts = leadledger::api::bindings::commands();
    let mut generated: Vec<&str> = ts.iter().map(|c| c.name).collect();
    let mut registered = COMMANDS.to_vec();
    generated.sort();
    registered.sort();
    assert_eq!(generated, registered);
}

#[test]
fn command_line_options() {
    let args = |a: &[&str]| parse_args(a.iter().map(|s| s.to_string()));
    assert_eq!(args(&[]).unwrap(), Options::default());
    let o = args(&["--db", "/tmp/x.db", "--demo"]).unwrap();
    assert_eq!(o.db.as_deref(), Some(std::path::Path::new("/tmp/x.db")));
    assert!(o.demo);
    assert_eq!(o.lang, None);
    let o = args(&["--demo", "--lang", "ru"]).unwrap();
    assert_eq!(o.lang.as_deref(), Some("ru"));
    assert_eq!(args(&["--lang=sv"]).unwrap().lang.as_deref(), Some("sv"));
    assert!(args(&["--lang"]).is_err());
    assert_eq!(
        args(&["--db=/tmp/y.db"])
            .unwrap()
            .db
            .unwrap()
            .display()
            .to_string(),
        "/tmp/y.db"
    );
    assert!(args(&["--db"]).is_err());
    // A team database's URL passes through as given, for the session to open.
    let url = "postgres://anna@192.168.1.5/shop?sslmode=require";
    assert_eq!(
        args(&["--db", url]).unwrap().db.unwrap().to_str(),
        Some(url)
    );
}
