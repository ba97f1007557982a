//! The phone system's call log in the store (issue 16), on both engines:
//! each native layout imported as its system writes it; re-importing and
//! overlapping logs adding nothing twice; the matching rule through the
//! store at its edges; the tracking tag stored and in the audit trail; the
//! figures' zero denominators; and malformed logs refused by row with
//! nothing stored. Retention, the command line, team copies and export are
//! in `calls_retention`.

use crate::calls_common::{figure, import, log_call, march_json, plain, two_tracked_calls, MAIN};
use crate::engines::{both_engines, Engine};
use chrono::NaiveDate;
use leadledger::csvio::calls::CallFormat;
use leadledger::store::CallImportOptions;
use serde_json::Value;

fn end_of_march() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 31).unwrap()
}

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
