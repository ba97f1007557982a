//! Every command of the app fed malformed values, as a buggy or hostile page
//! could send them: wrong types, missing arguments, and well-typed values
//! that make no sense (impossible dates, negative or absurd amounts, unknown
//! names, paths that are not files, ids that do not exist). Each call must
//! come back with an error that names the problem — never a panic, never a
//! hang — and the stored records must be exactly as before.

use leadledger::api::Session;
use leadledger_app::COMMANDS;
use mock::{app, invoke as call};

mod mock;
use serde_json::{json, Value};

/// Commands that open a native dialog first (the command table's `shell`
/// commands); the mock runtime has none, and the values they pass on are
/// checked by the commands tested here.
fn dialogs() -> Vec<&'static str> {
    leadledger::api::bindings::commands()
        .into_iter()
        .filter(|c| c.dialog)
        .map(|c| c.name)
        .collect()
}

const CODES: &[&str] = &[
    "invalid",
    "invalid_amount",
    "invalid_date",
    "not_found",
    "duplicate",
    "inconsistent",
    "csv_rejected",
    "database_too_new",
    "not_a_database",
    "corrupt",
    "disk_full",
    "io",
    "read_only",
];

fn dq(period: &str, year: Value, model: &str) -> Value {
    json!({"period": period, "year": year, "quarter": null, "month": null,
           "from": null, "to": null, "model": model, "as_of": null})
}

/// Well-typed but wrong values, per command.
fn nonsense() -> Vec<(&'static str, Value)> {
    let inquiry = |f: &dyn Fn(&mut Value)| {
        let mut v = json!({"id": null, "received_at": null, "kind": "phone", "company": "Acme",
            "contact": null, "phone": null, "email": null, "source_id": 1, "touchpoints": [],
            "is_lead": true, "notes": null});
        f(&mut v);
        json!({ "input": v })
    };
    let deal = |f: &dyn Fn(&mut Value)| {
        let mut v = json!({"id": null, "inquiry_id": null, "company": "Acme", "quoted_at": "2026-03-01",
            "closed_at": null, "status": "open", "amount": "100.00", "lost_reason": null});
        f(&mut v);
        json!({ "deal": v })
    };
    let general = |f: &dyn Fn(&mut Value)| {
        let mut v = json!({"date": "2026-03-01", "amount": "10", "category": "software",
            "direction": "shared", "note": null, "months": 1});
        f(&mut v);
        json!({ "spend": v })
    };
    vec![
        (
            "create_company",
            json!({"company": {"name": "", "currency": "EUR", "fiscal_year_start_month": 1, "language": "en"}}),
        ),
        (
            "create_company",
            json!({"company": {"name": "X", "currency": "EURO", "fiscal_year_start_month": 13, "language": "xx"}}),
        ),
        ("open_demo", json!({"language": "tlh"})),
        (
            "connect_team",
            json!({"connection": {"host": "", "port": 5432, "database": "shop", "user": "anna",
            "password": null, "tls": "prefer"}}),
        ),
        (
            "connect_team",
            json!({"connection": {"host": "db", "port": 5432, "database": "shop", "user": "anna",
            "password": null, "tls": "carrier_pigeon"}}),
        ),
        ("pin_log_key", json!({"sourceId": 1, "key": 12})),
        ("pin_log_key", json!({"sourceId": 987_654, "key": 2})),
        (
            "update_settings",
            json!({"settings": {"company_name": "X", "currency": "USD", "fiscal_year_start_month": 0,
            "gross_margin": "1.5", "half_life_days": "-3", "language": "en"}}),
        ),
        ("log_inquiry", inquiry(&|v| v["kind"] = json!("telegram"))),
        ("log_inquiry", inquiry(&|v| v["source_id"] = json!(987_654))),
        (
            "log_inquiry",
            inquiry(&|v| v["received_at"] = json!("2026-02-30T10:00:00")),
        ),
        (
            "log_inquiry",
            inquiry(&|v| v["email"] = json!("not an address")),
        ),
        (
            "log_inquiry",
            inquiry(&|v| v["touchpoints"] = json!([{"source_id": -5, "date": "1066-10-14"}])),
        ),
        ("delete_inquiry", json!({"id": "INQ-does-not-exist"})),
        (
            "search_inquiries",
            json!({"query": {"text": null, "from": "2027-01-01", "to": "2026-01-01",
            "sort": "shoe_size", "ascending": false, "offset": 0, "limit": 50}}),
        ),
        ("save_deal", deal(&|v| v["amount"] = json!("-100"))),
        ("save_deal", deal(&|v| v["amount"] = json!("1e30"))),
        ("save_deal", deal(&|v| v["amount"] = json!("12,345.678.9"))),
        ("save_deal", deal(&|v| v["status"] = json!("maybe"))),
        ("save_deal", deal(&|v| v["closed_at"] = json!("2025-01-01"))),
        ("save_deal", deal(&|v| v["inquiry_id"] = json!("INQ-none"))),
        (
            "close_deal",
            json!({"close": {"id": "D-none", "won": true, "amount": "5", "reason": null}}),
        ),
        ("delete_deal", json!({"id": ""})),
        ("spend_grid", json!({"year": 99999})),
        (
            "save_spend_cell",
            json!({"cell": {"source_id": 1, "year": 2026, "month": 13, "amount": "10"}}),
        ),
        (
            "save_spend_cell",
            json!({"cell": {"source_id": 1, "year": 2026, "month": 1, "amount": "ten"}}),
        ),
        (
            "save_spend_cell",
            json!({"cell": {"source_id": 424242, "year": 2026, "month": 1, "amount": "10"}}),
        ),
        (
            "add_general_spend",
            general(&|v| v["amount"] = json!("0.001")),
        ),
        ("add_general_spend", general(&|v| v["months"] = json!(0))),
        (
            "add_general_spend",
            general(&|v| v["category"] = json!("yachts")),
        ),
        (
            "add_general_spend",
            general(&|v| v["direction"] = json!("sideways")),
        ),
        ("delete_spend", json!({"id": -1})),
        (
            "save_source",
            json!({"source": {"id": null, "name": " ", "channel": "Nowhere", "direction": "up",
            "tracking_numbers": ["abc"], "utm_source": null, "utm_medium": null, "utm_campaign": null}}),
        ),
        ("delete_source", json!({"id": 0})),
        ("merge_sources", json!({"from": 1, "into": 1})),
        ("merge_sources", json!({"from": 77777, "into": 1})),
        (
            "save_channel",
            json!({"channel": {"id": null, "name": "", "direction": "diagonal"}}),
        ),
        ("delete_channel", json!({"id": 99999})),
        ("undo_delete", json!({"token": "not-a-token"})),
        ("restore_backup", json!({"name": "../../etc/passwd"})),
        ("restore_backup", json!({"name": "daily-1999-01-01.db"})),
        (
            "dashboard",
            json!({"query": dq("decade", json!(2026), "first_touch")}),
        ),
        (
            "dashboard",
            json!({"query": dq("year", json!(-4), "first_touch")}),
        ),
        (
            "dashboard",
            json!({"query": dq("year", json!(2026), "gut_feeling")}),
        ),
        (
            "model_comparison",
            json!({"query": dq("year", json!(2201), "linear")}),
        ),
        ("import_preview", json!({"path": "/nonexistent/file.csv"})),
        ("import_preview", json!({"path": "/"})),
        (
            "import_preview",
            json!({"path": "/proc/self/status", "encoding": "klingon"}),
        ),
        (
            "import_file",
            json!({"path": "/proc/self/status", "kind": "inquiries", "create_sources": false}),
        ),
        (
            "import_file",
            json!({"path": "/nonexistent.csv", "kind": "recipes", "create_sources": true}),
        ),
        (
            "import_file",
            json!({"path": "/proc/self/status", "kind": "sources", "create_sources": false,
                   "encoding": "x-user-defined"}),
        ),
        (
            "report_preview",
            json!({"query": {"language": "tlh", "paper": "a4", "period": "year", "year": 2026,
            "quarter": null, "month": null, "from": null, "to": null, "model": "linear", "as_of": null}}),
        ),
    ]
}

/// Wrong shapes: missing arguments and every argument of the wrong type.
fn wrong_shapes() -> Vec<Value> {
    vec![
        json!({}),
        json!({"id": "💥", "n": "many", "limit": -1, "year": "MMXXVI", "name": 5, "path": 3,
               "token": [1], "prefix": {}, "from": "x", "into": null, "kind": 7,
               "create_sources": "yes", "query": "SELECT 1", "input": [], "deal": 1,
               "close": "", "cell": null, "spend": true, "source": 0, "channel": "",
               "company": [], "settings": 1.5}),
    ]
}

/// A refusal names its problem: either our `{code, message, field}` with a
/// known code, or Tauri's own refusal of a wrongly typed argument, which
/// names the argument and the command.
fn assert_named_refusal(cmd: &str, args: &Value, err: &Value) {
    let text = err.to_string();
    assert!(
        !text.contains("panicked") && !text.contains("the command stopped"),
        "{cmd} {args}: {text}"
    );
    match err {
        Value::Object(o) => {
            let code = o["code"].as_str().unwrap_or_default();
            assert!(
                CODES.contains(&code),
                "{cmd} {args}: unknown code in {text}"
            );
            assert!(
                o["message"].as_str().is_some_and(|m| !m.is_empty()),
                "{cmd}: no message"
            );
        }
        Value::String(s) => assert!(
            s.contains(cmd) || s.contains("invalid args") || s.contains("missing"),
            "{cmd} {args}: {s}"
        ),
        _ => panic!("{cmd} {args}: {text}"),
    }
}

#[test]
fn every_command_refuses_malformed_values_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
    let session = Session::start_on(dir.path().join("m.db"), today).unwrap();
    let (_app, w) = app(session);
    call(
        &w,
        "create_company",
        json!({"company": {"name": "Muster GmbH", "currency": "EUR",
        "fiscal_year_start_month": 1, "language": "de"}}),
    )
    .unwrap();
    let snapshot = |w: &_| {
        let q = json!({"query": {"text": null, "from": null, "to": null, "sort": null,
            "ascending": false, "offset": 0, "limit": 1000}});
        (
            call(w, "catalog", json!({})).unwrap(),
            call(w, "search_inquiries", q).unwrap(),
            call(w, "spend_grid", json!({"year": 2026})).unwrap(),
            call(w, "get_settings", json!({})).unwrap(),
        )
    };
    let before = snapshot(&w);

    let mut refused = 0;
    for (cmd, args) in nonsense() {
        let err = call(&w, cmd, args.clone()).expect_err(&format!("{cmd} accepted {args}"));
        assert_named_refusal(cmd, &args, &err);
        refused += 1;
    }
    let dialogs = dialogs();
    for cmd in COMMANDS.iter().filter(|c| !dialogs.contains(c)) {
        for args in wrong_shapes() {
            // Commands without arguments ignore what is sent and answer.
            if let Err(err) = call(&w, cmd, args.clone()) {
                assert_named_refusal(cmd, &args, &err);
                refused += 1;
            }
        }
    }
    assert!(refused > 60, "only {refused} refusals");
    assert_eq!(
        snapshot(&w),
        before,
        "a refused call changed stored records"
    );
}
