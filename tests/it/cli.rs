//! The `leadledger` tool end to end, run as a user runs it: a real process,
//! real files, exit codes and messages.

use crate::common::run_cli;
use std::path::Path;

fn ok(db: &Path, args: &[&str]) -> String {
    let out = run_cli(db, args);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

const KINDS: [&str; 7] = [
    "sources",
    "spend",
    "inquiries",
    "deals",
    "targets",
    "traffic",
    "activity",
];

#[test]
fn init_import_export_gives_back_the_same_rows() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.db");
    ok(&demo, &["demo", "--today", "2026-11-22"]);
    let copy = dir.path().join("copy.db");
    ok(&copy, &["init", "--currency", "EUR", "--name", "Copy GmbH"]);
    // Settings are not part of the CSV files; the demo's margin is 35 %.
    let said = ok(&copy, &["settings", "--gross-margin", "0.35"]);
    assert!(said.contains("gross_margin: 0.35"), "{said}");
    for kind in KINDS {
        let file = dir.path().join(format!("{kind}.csv"));
        ok(&demo, &["export", kind, file.to_str().unwrap()]);
        let said = ok(&copy, &["import", kind, file.to_str().unwrap()]);
        assert!(said.contains("Imported"), "{said}");
    }
    for kind in KINDS {
        let again = dir.path().join(format!("{kind}-again.csv"));
        ok(&copy, &["export", kind, again.to_str().unwrap()]);
        let first = std::fs::read(dir.path().join(format!("{kind}.csv"))).unwrap();
        assert_eq!(std::fs::read(&again).unwrap(), first, "{kind} differs");
        // A second import of the same file changes nothing.
        let said = ok(&copy, &["import", kind, again.to_str().unwrap()]);
        assert!(said.contains(" 0 new, 0 changed"), "{said}");
    }
    // Same figures from both databases, to the cent.
    // The call log travels in the plain form `import calls` reads; calls
    // past the retention period have no numbers left to write.
    let calls = dir.path().join("calls.csv");
    ok(&demo, &["export", "calls", calls.to_str().unwrap()]);
    let said = ok(&copy, &["import", "calls", calls.to_str().unwrap()]);
    assert!(said.contains("already stored"), "{said}");
    let again = dir.path().join("calls-again.csv");
    ok(&copy, &["export", "calls", again.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(&again).unwrap(),
        std::fs::read_to_string(&calls).unwrap()
    );
    let args = [
        "metrics",
        "--from",
        "2025-01-01",
        "--to",
        "2025-12-31",
        "--as-of",
        "2026-11-22",
        "--json",
    ];
    let (mut from_demo, mut from_copy) = (
        sorted_json(&ok(&demo, &args)),
        sorted_json(&ok(&copy, &args)),
    );
    // The demo's purged calls count in its prior years' call figures with
    // what was frozen on them; the copy never had them, so only the call
    // figures' benchmarks may differ.
    for v in [&mut from_demo, &mut from_copy] {
        if let Some(b) = v["benchmarks"].as_object_mut() {
            b.retain(|key, _| !key.starts_with("calls"));
        }
    }
    assert_eq!(from_demo, from_copy);
}

/// The metrics JSON with channels, sources and warnings in name order: the two
/// databases number their sources differently, which orders them differently.
fn sorted_json(text: &str) -> serde_json::Value {
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    for list in ["channels", "sources"] {
        if let Some(items) = v[list].as_array_mut() {
            items.sort_by_key(|i| i["name"].as_str().unwrap_or_default().to_string());
        }
    }
    if let Some(items) = v["warnings"].as_array_mut() {
        items.sort_by_key(|w| w.to_string());
    }
    v
}

#[test]
fn a_bad_file_fails_with_the_row_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("co.db");
    ok(&db, &["init", "--currency", "EUR"]);
    let file = dir.path().join("spend.csv");
    std::fs::write(
        &file,
        "date;amount;category\n05.01.2026;100,00;advertising\n06.01.2026;12,5O;advertising\n",
    )
    .unwrap();
    let out = run_cli(&db, &["import", "spend", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("row 3") && err.contains("amount"), "{err}");
    assert!(err.contains("csv_rejected"), "{err}");
    let export = ok(&db, &["export", "spend", "-"]);
    assert_eq!(export.lines().count(), 1, "nothing was imported: {export}");
}

#[test]
fn errors_name_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("co.db");
    ok(&db, &["init", "--currency", "EUR"]);
    let cases: [(&[&str], &str); 6] = [
        (&["init", "--currency", "EURO"], "currency"),
        (&["settings", "--gross-margin", "2"], "gross margin"),
        (&["import", "spend", "/no/such/file.csv"], "cannot read"),
        (&["metrics", "--model", "best_guess"], "unknown model"),
        (
            &["metrics", "--from", "2026-02-01", "--to", "2026-01-01"],
            "2026",
        ),
        (&["metrics", "--from", "2026-02-01"], "--to"),
    ];
    for (args, needle) in cases {
        let out = run_cli(&db, args);
        assert!(!out.status.success(), "{args:?} should fail");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(needle), "{args:?}: {err}");
    }
    let out = run_cli(&db, &["import", "gadgets", "x.csv"]);
    assert_eq!(out.status.code(), Some(2), "bad arguments exit with 2");
}

#[test]
fn help_is_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none.db");
    for cmd in [
        "init", "import", "export", "demo", "summary", "metrics", "settings",
    ] {
        let text = ok(&db, &[cmd, "--help"]);
        assert!(text.contains("Usage"), "{cmd}: {text}");
    }
}

#[test]
fn with_no_database_the_demo_company_is_shown_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("absent.db");
    let out = run_cli(&db, &["summary", "--as-of", "2026-11-22"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Brenner") && text.contains("Leads"), "{text}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("demo company"));
    assert!(!db.exists(), "reading never creates a database");
}

#[test]
fn metrics_json_has_the_contract_shape() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    ok(&db, &["demo", "--today", "2026-11-22"]);
    let text = ok(
        &db,
        &[
            "metrics",
            "--as-of",
            "2026-11-22",
            "--model",
            "linear",
            "--json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["period"]["from"], "2026-01-01");
    assert_eq!(v["period"]["as_of"], "2026-11-22");
    assert_eq!(v["model"], "linear");
    for key in [
        "leads",
        "spend",
        "revenue",
        "roi_pct",
        "cpl",
        "cac",
        "clv_to_cac",
        "unknown_source_pct",
    ] {
        assert!(v["company"].get(key).is_some(), "company.{key}");
        assert!(v["benchmarks"].get(key).is_some(), "benchmarks.{key}");
    }
    assert!(v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["name"] == "Unknown"));
    assert!(v["warnings"].is_array());
    // Money is a decimal string, never a JSON number.
    assert!(v["company"]["spend"].is_string());
}

/// `init --language` names the default channels in that language, and
/// `demo` fills them: no English copies beside them. A new database takes
/// `demo --language`; an existing one keeps its own.
#[test]
fn init_and_demo_speak_the_language_chosen() {
    use leadledger::records::DEFAULT_CHANNELS;
    let dir = tempfile::tempdir().unwrap();
    let channels = |db: &Path| -> Vec<String> {
        let store = leadledger::store::Store::open(db).unwrap();
        let ds = store.load_dataset().unwrap();
        ds.channels.into_iter().map(|c| c.name).collect()
    };
    let sv = dir.path().join("sv.db");
    ok(&sv, &["init", "--currency", "EUR", "--language", "sv"]);
    let err = run_cli(&sv, &["demo", "--language", "de"]);
    assert!(!err.status.success());
    assert!(String::from_utf8_lossy(&err.stderr).contains("language"));
    ok(&sv, &["demo", "--today", "2026-11-22"]);
    let names = channels(&sv);
    assert_eq!(names.len(), DEFAULT_CHANNELS.len(), "{names:?}");
    assert!(names.contains(&"Mässor".to_string()) && names.contains(&"Unknown".to_string()));
    let sources = dir.path().join("sources.csv");
    ok(&sv, &["export", "sources", sources.to_str().unwrap()]);
    let csv = std::fs::read_to_string(&sources).unwrap();
    assert!(
        csv.contains("Kalla samtal") && csv.contains("Google Ads"),
        "{csv}"
    );

    let ru = dir.path().join("ru.db");
    ok(&ru, &["demo", "--today", "2026-11-22", "--language", "ru"]);
    let names = channels(&ru);
    assert_eq!(names.len(), DEFAULT_CHANNELS.len(), "{names:?}");
    assert!(names.contains(&"Выставки".to_string()), "{names:?}");
    let said = ok(&ru, &["settings"]);
    assert!(said.contains("language: ru"), "{said}");
}
