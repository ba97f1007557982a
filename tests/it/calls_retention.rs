//! Call logs kept, moved and let go, on both engines: the retention purge,
//! after which a report as of an earlier date reads the same; the retention
//! setting; the command line importing a log and listing the calls nobody
//! logged; team push and pull copying the calls exactly; and an exported log
//! importing back as the same calls.

use crate::calls_common::{figure, import, march_json, plain, two_tracked_calls, MAIN};
use crate::engines::{both_engines, Engine};
use chrono::NaiveDate;
use leadledger::records::Settings;
use leadledger::store::Store;
use serde_json::Value;

fn purged_calls_keep_the_figures_of_earlier_reports(engine: Engine) {
    let (g, mut store) = engine.new_db("EUR");
    two_tracked_calls(&mut store, "Online directory");
    import(
        &mut store,
        &plain(&[
            ("2026-03-02 09:00", "030 12345671", "030 12345690"),
            ("2026-03-02 10:00", "030 12345672", "030 12345690"),
            ("2026-03-02 11:00", "030 12345673", MAIN),
            ("2026-04-02 11:00", "030 12345674", MAIN),
        ]),
    );
    let as_of = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    let before = march_json(&store, as_of);
    assert_eq!(figure(&before, "calls"), "3");
    assert_eq!(figure(&before, "calls_logged_pct"), "66.67");
    assert_eq!(figure(&before, "calls_tracked_pct"), "66.67");
    assert_eq!(figure(&before, "calls_source_mismatch"), "1");
    let cutoff = NaiveDate::from_ymd_opt(2026, 4, 1).unwrap();
    let n = store.purge_calls_before(cutoff, cutoff).unwrap();
    assert_eq!(n, 3);
    let after = march_json(&store, as_of);
    assert_eq!(after["company"], before["company"]);
    assert_eq!(after["benchmarks"], before["benchmarks"]);
    // The numbers are gone from the rows; April's call keeps its own.
    let rows = g.query_text(
        "SELECT caller, caller_key, dialled, dialled_key FROM calls \
         WHERE purged_at IS NOT NULL ORDER BY id",
    );
    assert_eq!(rows.len(), 3);
    assert!(
        rows.iter().all(|r| r.iter().all(Option::is_none)),
        "{rows:?}"
    );
    // Purging again changes nothing; a re-imported old log adds nothing.
    assert_eq!(store.purge_calls_before(cutoff, cutoff).unwrap(), 0);
    let s = import(
        &mut store,
        &plain(&[("2026-03-02 11:00", "030 12345673", MAIN)]),
    );
    assert_eq!((s.new, s.already), (0, 1));
    // And on opening, calls past the owner's retention lose their numbers.
    let mut settings = store.settings().clone();
    settings.call_retention_months = 1;
    store.update_settings(settings).unwrap();
    store
        .purge_expired_calls(NaiveDate::from_ymd_opt(2026, 6, 1).unwrap())
        .unwrap();
    assert_eq!(march_json(&store, as_of)["company"], before["company"]);
    let left = g.query_text("SELECT CAST(count(*) AS TEXT) FROM calls WHERE purged_at IS NULL");
    assert_eq!(left[0][0].as_deref(), Some("0"));
}
both_engines!(purged_calls_keep_the_figures_of_earlier_reports);

fn the_retention_setting_is_kept_and_checked(engine: Engine) {
    let (g, mut store) = engine.create(Settings::default());
    assert_eq!(store.settings().call_retention_months, 24);
    let mut s = store.settings().clone();
    s.call_retention_months = 0;
    let e = store.update_settings(s.clone()).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("call_retention_months"));
    s.call_retention_months = 6;
    store.update_settings(s).unwrap();
    assert_eq!(engine.reopen(&g).settings().call_retention_months, 6);
}
both_engines!(the_retention_setting_is_kept_and_checked);

#[test]
fn the_command_line_imports_a_log_and_lists_the_calls_nobody_logged() {
    use crate::common::run_cli;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    let text = |o: &std::process::Output| {
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    };
    let init = run_cli(&db, ["init", "--name", "Shop", "--currency", "EUR"]);
    assert!(init.status.success(), "{}", text(&init));
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/calls/plain.csv");
    let first = run_cli(&db, ["import", "calls", file]);
    assert!(first.status.success(), "{}", text(&first));
    assert!(
        text(&first).contains("3 new, 0 already stored"),
        "{}",
        text(&first)
    );
    let again = run_cli(&db, ["import", "calls", file, "--format", "plain"]);
    assert!(
        text(&again).contains("0 new, 3 already stored"),
        "{}",
        text(&again)
    );
    // A layout named wrongly is refused by row, and names what it expected.
    let wrong = run_cli(&db, ["import", "calls", file, "--format", "asterisk"]);
    assert!(!wrong.status.success());
    assert!(text(&wrong).contains("row 2: an Asterisk Master.csv row has 16 to 21 fields"));
    let bad = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/calls/plain_bad.csv"
    );
    let refused = run_cli(&db, ["import", "calls", bad]);
    assert!(!refused.status.success());
    assert!(
        text(&refused).contains("row 4, duration_s"),
        "{}",
        text(&refused)
    );
    let unknown = run_cli(&db, ["import", "calls", file, "--format", "isdn"]);
    assert!(text(&unknown).contains("unknown call log format 'isdn'"));
    let misplaced = run_cli(&db, ["import", "spend", file, "--format", "plain"]);
    assert!(text(&misplaced).contains("--format and --columns are for `import calls` only"));
    let kept = run_cli(&db, ["settings", "--call-retention-months", "6"]);
    assert!(
        text(&kept).contains("call_retention_months: 6"),
        "{}",
        text(&kept)
    );
    let refused_months = run_cli(&db, ["settings", "--call-retention-months", "0"]);
    assert!(text(&refused_months).contains("1 to 120 months (got 0)"));
    let listed = run_cli(&db, ["calls", "unlogged", "--since", "2000-01-01"]);
    assert!(text(&listed).contains("--since looks back at most 366 days"));
    // Yesterday's calls, so that the list's default of the last 7 days
    // holds them whenever the test runs; the missed one is not listed.
    let yesterday = chrono::Local::now().date_naive() - chrono::Days::new(1);
    let recent = dir.path().join("recent.csv");
    std::fs::write(
        &recent,
        format!(
            "started_at,caller,dialled,duration_s,answered\n\
             {yesterday} 09:00:00,030 12345681,030 12345600,75,true\n\
             {yesterday} 10:00:00,030 12345682,030 12345600,0,false\n\
             {yesterday} 14:00:00,030 12345683,030 12345600,30,true\n"
        ),
    )
    .unwrap();
    assert!(run_cli(
        &db,
        ["import".as_ref(), "calls".as_ref(), recent.as_os_str()]
    )
    .status
    .success());
    let out = text(&run_cli(&db, ["calls", "unlogged"]));
    assert!(out.contains("2 calls since"), "{out}");
    let at_14 = out
        .find(&format!("{yesterday} 14:00"))
        .expect("the 14:00 call");
    let at_9 = out
        .find(&format!("{yesterday} 09:00"))
        .expect("the 09:00 call");
    assert!(at_14 < at_9, "newest first: {out}");
    assert!(out.contains("  1:15  030 12345600"), "{out}");
    let json = run_cli(
        &db,
        [
            "metrics",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--as-of",
            "2026-03-31",
            "--json",
        ],
    );
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(figure(&v, "calls"), "2");
    assert_eq!(figure(&v, "calls_logged_pct"), "0.00");
}

#[test]
fn team_push_and_pull_copy_the_calls_exactly() {
    use leadledger::store::pg::Target;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("shop.db");
    let mut store = Store::create(&file, Settings::default()).unwrap();
    two_tracked_calls(&mut store, "Online directory");
    import(
        &mut store,
        &plain(&[
            ("2026-03-02 09:00", "030 12345671", "030 12345690"),
            ("2026-03-02 10:00", "030 12345672", "030 12345690"),
            ("2026-04-02 11:00", "030 12345674", MAIN),
        ]),
    );
    // One call purged, so the frozen facts travel too.
    let cutoff = NaiveDate::from_ymd_opt(2026, 3, 3).unwrap();
    store.purge_calls_before(cutoff, cutoff).unwrap();
    let expected = store.load_dataset().unwrap();
    assert_eq!(
        expected.calls.iter().filter(|c| c.frozen.is_some()).count(),
        2
    );
    drop(store);
    let db = crate::pg::fresh_db();
    let target = Target::parse(&db.url()).unwrap();
    let team = Store::push_file(&file, &target).unwrap();
    assert_eq!(team.load_dataset().unwrap(), expected);
    let pulled = dir.path().join("pulled.db");
    team.pull_into(&pulled).unwrap();
    assert_eq!(
        Store::open(&pulled).unwrap().load_dataset().unwrap(),
        expected
    );
    // A call imported on the server gets the next row id after the copied.
    let mut team = team;
    let s = import(
        &mut team,
        &plain(&[("2026-04-03 11:00", "030 12345675", MAIN)]),
    );
    assert_eq!(s.new, 1);
    let ids: Vec<i64> = team
        .load_dataset()
        .unwrap()
        .calls
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(ids, [1, 2, 3, 4]);
}

fn an_exported_log_imports_back_as_the_same_calls(engine: Engine) {
    let (_g, mut store) = engine.new_db("EUR");
    import(
        &mut store,
        &plain(&[
            ("2026-03-02 09:00", "+49 (0)30 12345671", "=030 12345690"),
            ("2026-04-02 11:00", "030 12345674", MAIN),
        ]),
    );
    let mut out = Vec::new();
    let done = store.export_calls(&mut out).unwrap();
    assert_eq!((done.written, done.not_written), (2, 0));
    let text = String::from_utf8(out.clone()).unwrap();
    // A number a spreadsheet would run as a formula is written with a '.
    assert!(
        text.contains(",'+49 (0)30 12345671,'=030 12345690,"),
        "{text}"
    );
    let s = import(&mut store, &out);
    assert_eq!((s.new, s.already), (0, 2));
    // A purged call has no numbers to write.
    let cutoff = NaiveDate::from_ymd_opt(2026, 4, 1).unwrap();
    store.purge_calls_before(cutoff, cutoff).unwrap();
    let done = store.export_calls(std::io::sink()).unwrap();
    assert_eq!((done.written, done.not_written), (1, 1));
}
both_engines!(an_exported_log_imports_back_as_the_same_calls);
