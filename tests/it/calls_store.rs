//! The phone system's call log in the store (issue 16), on both engines:
//! each native layout imported as its system writes it; re-importing and
//! overlapping logs adding nothing twice; the matching rule through the
//! store at its edges; the tracking tag stored and in the audit trail; the
//! figures' zero denominators; malformed logs refused by row with nothing
//! stored; and the retention purge, after which a report as of an earlier
//! date reads the same.

use crate::engines::{both_engines, Engine};
use chrono::{NaiveDate, NaiveDateTime};
use leadledger::csvio::calls::CallFormat;
use leadledger::metrics::{compute, to_json, AttributionModel, Period, Request};
use leadledger::records::{InquiryKind, Settings};
use leadledger::store::{CallImportOptions, CallImportSummary, NewSource, Store};
use serde_json::Value;

fn import(store: &mut Store, bytes: &[u8]) -> CallImportSummary {
    store
        .import_calls(bytes, &CallImportOptions::default())
        .unwrap()
        .unwrap_or_else(|r| panic!("{:?}", r.errors))
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

/// A logged phone inquiry: id, time, number and the source said.
fn log_call(store: &mut Store, id: &str, when: &str, phone: &str, source: &str) {
    let mut q = crate::common::new_inquiry(id, at(when));
    q.kind = InquiryKind::Call;
    q.phone = Some(phone.into());
    q.source = Some(source.into());
    store.save_inquiry(&q).unwrap();
}

/// Two sources with tracking numbers, and two logged calls: Q-1 at 09:02
/// that said Unknown, Q-2 at 10:02 that said `second_said`.
fn two_tracked_calls(store: &mut Store, second_said: &str) {
    tracked_source(store, "Trade press", "030 12345690");
    tracked_source(store, "Online directory", "030 12345691");
    log_call(store, "Q-1", "2026-03-02 09:02", "030 12345671", "Unknown");
    log_call(
        store,
        "Q-2",
        "2026-03-02 10:02",
        "030 12345672",
        second_said,
    );
}

fn tracked_source(store: &mut Store, name: &str, number: &str) {
    store
        .save_source(&NewSource {
            channel: "Print".into(),
            name: name.into(),
            tracking_numbers: vec![number.into()],
            ..NewSource::default()
        })
        .unwrap();
}

/// A plain-form log of `rows` (started_at, caller, dialled).
fn plain(rows: &[(&str, &str, &str)]) -> Vec<u8> {
    let mut s = String::from("started_at,caller,dialled,duration_s\n");
    for (when, caller, dialled) in rows {
        s.push_str(&format!("{when}:00,{caller},{dialled},60\n"));
    }
    s.into_bytes()
}

/// The company figures of March 2026 as `metrics --json` writes them.
fn march_json(store: &Store, as_of: NaiveDate) -> Value {
    let ds = store.load_dataset().unwrap();
    let period = Period::month(2026, 3).unwrap();
    let r = compute(
        &ds,
        &Request {
            period,
            as_of,
            model: AttributionModel::Linear,
        },
    );
    to_json(&r)
}

/// A company figure as written: a decimal string, or "null".
fn figure(json: &Value, key: &str) -> String {
    match &json["company"][key] {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn end_of_march() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 31).unwrap()
}

const MAIN: &str = "030 12345600";

fn each_native_layout_imports_as_its_system_writes_it(engine: Engine) {
    let (_g, mut store) = engine.new_db("EUR");
    let logs: [(&[u8], CallFormat); 4] = [
        (
            include_bytes!("../data/calls/Master.csv"),
            CallFormat::Asterisk,
        ),
        (
            include_bytes!("../data/calls/fritzbox.csv"),
            CallFormat::Fritzbox,
        ),
        (
            include_bytes!("../data/calls/threecx.csv"),
            CallFormat::ThreeCx,
        ),
        (include_bytes!("../data/calls/plain.csv"), CallFormat::Plain),
    ];
    let mut total = 0;
    for (bytes, format) in logs {
        let s = import(&mut store, bytes);
        assert_eq!(s.format, format);
        assert!(s.calls > 0, "{format:?}");
        assert_eq!((s.new, s.already), (s.calls, 0), "{format:?}");
        total += s.calls;
    }
    let ds = store.load_dataset().unwrap();
    assert_eq!(ds.calls.len(), total);
    // The FRITZ!Box list is Windows-1252; every stored call kept its number.
    assert!(ds.calls.iter().all(|c| !c.call.caller_key.is_empty()));
    assert!(ds.calls.iter().all(|c| c.frozen.is_none()));
    let s = import(&mut store, include_bytes!("../data/calls/Master.csv"));
    assert_eq!((s.new, s.already), (0, s.calls));
    // Asterisk's log also holds internal and outgoing calls: counted, not kept.
    assert!(s.skipped.internal + s.skipped.outgoing > 0);
}
both_engines!(each_native_layout_imports_as_its_system_writes_it);

fn an_overlapping_log_adds_only_the_new_calls(engine: Engine) {
    let (g, mut store) = engine.new_db("EUR");
    let first = plain(&[
        ("2026-03-02 09:00", "030 12345671", MAIN),
        ("2026-03-02 10:00", "030 12345672", MAIN),
    ]);
    let later = plain(&[
        ("2026-03-02 10:00", "030 12345672", MAIN),
        ("2026-03-03 11:00", "030 12345673", MAIN),
    ]);
    let s = import(&mut store, &first);
    assert_eq!((s.calls, s.new, s.already), (2, 2, 0));
    let s = import(&mut store, &first);
    assert_eq!((s.calls, s.new, s.already), (2, 0, 2));
    let s = import(&mut store, &later);
    assert_eq!((s.calls, s.new, s.already), (2, 1, 1));
    assert_eq!(store.load_dataset().unwrap().calls.len(), 3);
    // The stored key holds no number.
    let keys = g.query_text("SELECT call_key FROM calls");
    assert!(keys
        .iter()
        .all(|r| !r[0].as_deref().unwrap().contains("1234567")));
    // Opened again, as another start would: the same calls.
    assert_eq!(engine.reopen(&g).load_dataset().unwrap().calls.len(), 3);
}
both_engines!(an_overlapping_log_adds_only_the_new_calls);

/// The Import & export screen's preview: what an import would add, counted
/// against the stored keys (a call whose number the retention purged among
/// them) exactly as the import then counts it, with nothing stored.
fn a_preview_counts_what_the_import_adds_and_stores_nothing(engine: Engine) {
    let (_g, mut store) = engine.new_db("EUR");
    let options = CallImportOptions::default();
    let first = plain(&[
        ("2026-03-02 09:00", "030 12345671", MAIN),
        ("2026-03-02 10:00", "030 12345672", MAIN),
    ]);
    let later = plain(&[
        ("2026-03-02 10:00", "030 12345672", MAIN),
        ("2026-03-03 11:00", "030 12345673", MAIN),
    ]);
    let p = store.preview_calls(&first, &options).unwrap().unwrap();
    assert_eq!(
        (p.format, p.calls.len(), p.already),
        (CallFormat::Plain, 2, 0)
    );
    assert!(!store.has_calls().unwrap(), "the preview stores nothing");
    import(&mut store, &first);
    store
        .purge_calls_before(
            NaiveDate::from_ymd_opt(2026, 3, 3).unwrap(),
            NaiveDate::from_ymd_opt(2028, 4, 1).unwrap(),
        )
        .unwrap();
    let p = store.preview_calls(&later, &options).unwrap().unwrap();
    assert_eq!(store.load_dataset().unwrap().calls.len(), 2);
    let s = import(&mut store, &later);
    assert_eq!((p.calls.len(), p.already), (s.calls, s.already));
    assert_eq!(s.already, 1, "the purged call is still the same call");
    // A log the import would refuse is refused by the preview, by row.
    let bad = b"started_at,caller,dialled,duration_s\n2026-03-04 09:00:00,,0711 5550,60\n";
    let r = store.preview_calls(bad, &options).unwrap().unwrap_err();
    assert_eq!(
        (r.errors[0].row, r.errors[0].column.as_deref()),
        (2, Some("caller"))
    );
}
both_engines!(a_preview_counts_what_the_import_adds_and_stores_nothing);

fn the_matching_rule_holds_through_the_store(engine: Engine) {
    let (_g, mut store) = engine.new_db("EUR");
    // 29 minutes: logged; 31 minutes: not.
    log_call(
        &mut store,
        "Q-1",
        "2026-03-02 09:29",
        "030 12345671",
        "Unknown",
    );
    log_call(
        &mut store,
        "Q-2",
        "2026-03-02 11:31",
        "030 12345672",
        "Unknown",
    );
    // Two inquiries from one number, two calls: each call its closest.
    log_call(
        &mut store,
        "Q-3",
        "2026-03-03 10:05",
        "030 12345673",
        "Unknown",
    );
    log_call(
        &mut store,
        "Q-4",
        "2026-03-03 10:20",
        "030 12345673",
        "Unknown",
    );
    // Two calls for one inquiry: the closer call takes it.
    log_call(
        &mut store,
        "Q-5",
        "2026-03-04 10:10",
        "030 12345675",
        "Unknown",
    );
    // One number written two ways.
    log_call(
        &mut store,
        "Q-6",
        "2026-03-05 10:01",
        "030 12345676",
        "Unknown",
    );
    import(
        &mut store,
        &plain(&[
            ("2026-03-02 09:00", "030 12345671", MAIN),
            ("2026-03-02 11:00", "030 12345672", MAIN),
            ("2026-03-03 10:00", "030 12345673", MAIN),
            ("2026-03-03 10:25", "030 12345673", MAIN),
            ("2026-03-04 10:00", "030 12345675", MAIN),
            ("2026-03-04 10:12", "030 12345675", MAIN),
            ("2026-03-05 10:00", "+49 (0)30 12345676", MAIN),
        ]),
    );
    let json = march_json(&store, end_of_march());
    assert_eq!(figure(&json, "calls"), "7");
    // Logged: 09:00, both on the 3rd, 10:12 on the 4th, and the 5th: 5 of 7.
    assert_eq!(figure(&json, "calls_logged_pct"), "71.43");
    // The queue names the two calls nobody logged, newest first.
    let from = NaiveDate::from_ymd_opt(2026, 3, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    let queue: Vec<String> = store
        .unlogged_calls(from)
        .unwrap()
        .iter()
        .map(|u| u.call.call.started_at.format("%d %H:%M").to_string())
        .collect();
    assert_eq!(queue, ["04 10:00", "02 11:00"]);
}
both_engines!(the_matching_rule_holds_through_the_store);

fn a_dialled_tracking_number_tags_an_unknown_first_touch(engine: Engine) {
    let (g, mut store) = engine.new_db("EUR");
    two_tracked_calls(&mut store, "Trade press");
    let s = import(
        &mut store,
        &plain(&[
            ("2026-03-02 09:00", "030 12345671", "030 12345690"),
            ("2026-03-02 10:00", "030 12345672", "+49 30 12345691"),
        ]),
    );
    assert_eq!(s.tagged, 1);
    let ds = store.load_dataset().unwrap();
    let source = |id: &str| {
        let q = ds.inquiries.iter().find(|q| q.id == id).unwrap();
        (ds.source(q.source_id).unwrap().name.clone(), q.version)
    };
    assert_eq!(source("Q-1"), ("Trade press".to_string(), 2));
    // Said ≠ dialled: kept as said, and counted.
    assert_eq!(source("Q-2"), ("Trade press".to_string(), 1));
    let json = march_json(&store, end_of_march());
    assert_eq!(figure(&json, "calls_tracked_pct"), "100.00");
    assert_eq!(figure(&json, "calls_source_mismatch"), "1");
    let trail = g.query_text(
        "SELECT action, old_value, new_value FROM audit \
         WHERE table_name = 'inquiries' AND row_key = 'Q-1' ORDER BY id",
    );
    assert_eq!(trail.len(), 2, "{trail:?}");
    assert_eq!(trail[1][0].as_deref(), Some("update"));
    let new: Value = serde_json::from_str(trail[1][2].as_deref().unwrap()).unwrap();
    let press = ds.source_by_name("Trade press").unwrap().id;
    assert_eq!(new["source_id"], press);
    // The tag is recorded as the acting login's (on a team server the
    // login's own name, as every edit of it), the same as its logging.
    let actors = g.query_text(
        "SELECT actor FROM audit WHERE table_name = 'inquiries' AND row_key = 'Q-1' ORDER BY id",
    );
    assert_eq!(actors[1], actors[0]);
    if engine == Engine::Postgres {
        let login = g.query_text("SELECT CAST(session_user AS TEXT)");
        assert_eq!(actors[1], login[0], "the tag names the login");
    }
    // Importing again tags nothing more.
    let s = import(
        &mut store,
        &plain(&[("2026-03-02 09:00", "030 12345671", "030 12345690")]),
    );
    assert_eq!((s.new, s.tagged), (0, 0));
}
both_engines!(a_dialled_tracking_number_tags_an_unknown_first_touch);

fn every_share_is_null_without_a_counted_call(engine: Engine) {
    let (_g, mut store) = engine.new_db("EUR");
    let json = march_json(&store, end_of_march());
    assert_eq!(figure(&json, "calls"), "0");
    assert_eq!(figure(&json, "calls_logged_pct"), "null");
    assert_eq!(figure(&json, "calls_tracked_pct"), "null");
    assert_eq!(figure(&json, "calls_source_mismatch"), "0");
    // A log with only a missed call and an April call: still none in March.
    let log = "started_at,caller,dialled,duration_s,answered\n\
               2026-03-02 09:00:00,030 12345671,030 12345600,0,false\n\
               2026-04-02 09:00:00,030 12345672,030 12345600,60,true\n";
    import(&mut store, log.as_bytes());
    let json = march_json(&store, end_of_march());
    assert_eq!(figure(&json, "calls"), "0");
    assert_eq!(figure(&json, "calls_logged_pct"), "null");
    assert_eq!(figure(&json, "calls_tracked_pct"), "null");
    assert_eq!(figure(&json, "calls_source_mismatch"), "0");
}
both_engines!(every_share_is_null_without_a_counted_call);

fn a_malformed_log_is_refused_by_row_and_nothing_is_stored(engine: Engine) {
    let (_g, mut store) = engine.new_db("EUR");
    let rejected = store
        .import_calls(
            include_bytes!("../data/calls/plain_bad.csv"),
            &CallImportOptions::default(),
        )
        .unwrap()
        .unwrap_err();
    let rows: Vec<(usize, Option<&str>)> = rejected
        .errors
        .iter()
        .map(|e| (e.row, e.column.as_deref()))
        .collect();
    // An empty caller, a negative duration, two unparseable times and an
    // answered flag that is neither true nor false.
    assert_eq!(
        rows,
        [
            (3, Some("caller")),
            (4, Some("duration_s")),
            (5, Some("started_at")),
            (6, Some("started_at")),
            (7, Some("answered")),
        ]
    );
    assert!(store.load_dataset().unwrap().calls.is_empty());
    assert!(!store.has_calls().unwrap());
}
both_engines!(a_malformed_log_is_refused_by_row_and_nothing_is_stored);

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
