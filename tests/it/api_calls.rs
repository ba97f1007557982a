//! The call log in the desktop app (issue 16): a log imported from a file,
//! the Log screen's queue of calls nobody logged, a queued call logged as a
//! lead through the ordinary Log form and another marked "not a lead",
//! the dashboard's "Calls logged" tile with its mismatches, and every bad
//! input refused naming its field.

use crate::api::ytd;
use crate::common::{call, company, fresh, save_source, today};
use leadledger::api::*;
use leadledger::error::ErrorCode;

/// A plain-form log of today's and yesterday's calls, in the session's
/// folder; answers its path.
fn log_file(dir: &std::path::Path) -> String {
    let y = today().pred_opt().unwrap();
    let t = today();
    let text = format!(
        "started_at,caller,dialled,duration_s,answered\n\
         {y} 09:00:00,0711 4455661,+49 30 1234567,200,true\n\
         {y} 11:00:00,0711 4455662,0711 5550,45,false\n\
         {t} 10:31:00,0711 4455663,+49 30 1234567,90,true\n\
         {t} 12:00:00,0711 4455664,0711 5550,60,true\n"
    );
    let path = dir.join("calls.csv");
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn the_queue_empties_as_calls_are_logged_or_dismissed() {
    let (dir, s) = fresh();
    company(&s, "de");
    let ads = save_source(&s, "Google Ads", "Paid search", &["+49 30 1234567"]);
    let fair = save_source(&s, "Hannover Messe", "Trade shows", &[]);
    assert_eq!(s.dashboard(ytd()).unwrap().calls, None, "no log, no tile");
    assert!(
        !s.calls_stored().unwrap(),
        "no log, no queue on the Log screen"
    );

    let outcome = s
        .import_call_log(log_file(dir.path()), None, None, None)
        .unwrap();
    assert!(outcome.accepted, "{:?}", outcome.errors);
    assert_eq!(outcome.format.as_deref(), Some("plain"));
    assert_eq!((outcome.calls, outcome.new, outcome.already), (4, 4, 0));
    let again = s
        .import_call_log(log_file(dir.path()), Some("plain".into()), None, None)
        .unwrap();
    assert_eq!((again.new, again.already), (0, 4));

    // The missed call is not queued; the others newest first, each with
    // the source its dialled tracking number implies.
    let queue = s.unlogged_calls(7).unwrap();
    let rows: Vec<(&str, Option<&str>)> = queue
        .iter()
        .map(|c| (c.caller.as_str(), c.source.as_deref()))
        .collect();
    assert_eq!(
        rows,
        [
            ("0711 4455664", None),
            ("0711 4455663", Some("Google Ads")),
            ("0711 4455661", Some("Google Ads")),
        ]
    );
    assert_eq!(queue[1].started_at, format!("{}T10:31:00", today()));
    assert_eq!(
        (queue[1].duration_s, queue[1].source_id),
        (90, Some(ads.id))
    );
    // Today only: yesterday's call is not in a one-day queue.
    assert_eq!(s.unlogged_calls(1).unwrap().len(), 2);

    // Logged as a lead through the Log form (a minute before the call's
    // start is within the half hour), the caller naming the fair.
    let logged = s
        .log_inquiry(call(Some(fair.id), "Acme", Some("+49 711 4455663")))
        .unwrap();
    assert_eq!(logged.inquiry.source, "Hannover Messe");
    // Not a lead: logged as a non-lead call inquiry with the reason.
    let supplier = queue[0].id;
    let dismissed = s.dismiss_call(supplier, "supplier".into()).unwrap();
    assert!(!dismissed.inquiry.is_lead);
    assert_eq!(dismissed.inquiry.kind, InquiryKind::Call);
    assert_eq!(dismissed.inquiry.phone.as_deref(), Some("0711 4455664"));
    assert_eq!(dismissed.inquiry.notes.as_deref(), Some("Lieferant"));
    assert_eq!(dismissed.inquiry.source, "Unknown");
    assert_eq!(
        dismissed.inquiry.received_at,
        today().and_hms_opt(12, 0, 0).unwrap()
    );
    // Once logged, a call cannot be dismissed as well.
    let twice = s.dismiss_call(supplier, "private".into()).unwrap_err();
    assert_eq!(
        (twice.code, twice.field.as_deref()),
        (ErrorCode::Inconsistent, Some("id"))
    );
    let tracked = s.dismiss_call(queue[2].id, "wrong_number".into()).unwrap();
    assert_eq!(tracked.inquiry.source, "Google Ads");
    assert!(s.unlogged_calls(7).unwrap().is_empty());
    assert!(s.calls_stored().unwrap(), "an empty queue, shown as such");

    // The tile: three counted calls, all logged, two to a tracking number,
    // one caller who said the fair and dialled the ad's number.
    let tile = s.dashboard(ytd()).unwrap().calls.expect("a log, a tile");
    assert_eq!(tile.calls, 3);
    assert_eq!(tile.logged_pct.as_deref(), Some("100"));
    assert_eq!(
        tile.tracked_pct.as_deref(),
        Some("66.66666666666666666666666667")
    );
    assert_eq!(tile.mismatch, 1);
    assert_eq!(tile.benchmark.key, "calls_logged_pct");
    assert_eq!(tile.benchmark.value, tile.logged_pct);
    assert_eq!(tile.mismatches.len(), 1);
    let m = &tile.mismatches[0];
    assert_eq!(m.inquiry_id, logged.inquiry.id);
    assert_eq!(
        (m.said.as_str(), m.dialled.as_str()),
        ("Hannover Messe", "Google Ads")
    );
    assert_eq!(m.caller, "0711 4455663");
}

#[test]
fn bad_input_is_refused_naming_its_field() {
    let (dir, s) = fresh();
    company(&s, "en");
    let e = s.unlogged_calls(0).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("days"));
    assert_eq!(
        s.unlogged_calls(367).unwrap_err().field.as_deref(),
        Some("days")
    );
    assert_eq!(
        s.dismiss_call(42, "supplier".into()).unwrap_err().code,
        ErrorCode::NotFound
    );
    let file = log_file(dir.path());
    s.import_call_log(file.clone(), None, None, None).unwrap();
    let id = s.unlogged_calls(7).unwrap()[0].id;
    let e = s.dismiss_call(id, "spam".into()).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("reason"));
    assert!(e
        .message
        .contains("supplier, existing_customer, private, wrong_number"));
    let e = s
        .import_call_log(file.clone(), Some("isdn".into()), None, None)
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("format"));
    let e = s
        .import_call_log(file.clone(), None, Some("caller=Nummer".into()), None)
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("columns"));
    // A log refused by row: the outcome lists the rows, nothing is stored.
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "started_at,caller,dialled,duration_s\n2026-06-15 09:00:00,,0711 5550,60\n",
    )
    .unwrap();
    let refused = s
        .import_call_log(bad.display().to_string(), None, None, None)
        .unwrap();
    assert!(!refused.accepted);
    assert_eq!(refused.errors.len(), 1);
    assert_eq!(refused.errors[0].row, 2);
    assert_eq!(refused.errors[0].column.as_deref(), Some("caller"));
    assert_eq!(s.unlogged_calls(7).unwrap().len(), 3);
}

#[test]
fn the_retention_period_is_a_setting_the_owner_edits() {
    let (_dir, s) = fresh();
    company(&s, "en");
    let mut settings = s.settings().unwrap();
    assert_eq!(settings.call_retention_months, 24);
    settings.call_retention_months = 121;
    let e = s.update_settings(settings.clone()).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("call_retention_months"));
    settings.call_retention_months = 12;
    assert_eq!(
        s.update_settings(settings).unwrap().call_retention_months,
        12
    );
}

/// The Import & export screen's preview of a call log: the layout and the
/// counts of new and stored calls, the first calls, every bad row; nothing
/// is stored by it, and the format crosses as one of its names.
#[test]
fn the_preview_counts_what_an_import_would_add_and_stores_nothing() {
    let (dir, s) = fresh();
    company(&s, "de");
    let file = log_file(dir.path());
    let p = s.preview_call_log(file.clone(), None, None, None).unwrap();
    assert_eq!(p.format.as_deref(), Some("plain"));
    assert_eq!((p.calls, p.new, p.already), (4, 4, 0));
    assert_eq!(p.rows.len(), 4);
    assert_eq!(
        (p.rows[0].row, p.rows[0].caller.as_str()),
        (2, "0711 4455661")
    );
    assert!(p.errors.is_empty());
    assert!(!s.calls_stored().unwrap(), "the preview stores nothing");

    s.import_call_log(file.clone(), Some(CallFormat::Plain.into()), None, None)
        .unwrap();
    let p = s
        .preview_call_log(file.clone(), Some("PLAIN".into()), None, None)
        .unwrap();
    assert_eq!((p.calls, p.new, p.already), (4, 0, 4));

    // "" is "recognise automatically"; an unknown name is refused by field.
    assert!(s
        .preview_call_log(file.clone(), Some("".into()), None, None)
        .is_ok());
    let e = s
        .preview_call_log(file.clone(), Some("isdn".into()), None, None)
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("format"));
    assert!(
        e.message.contains("asterisk, fritzbox, 3cx, plain"),
        "{}",
        e.message
    );

    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "started_at,caller,dialled,duration_s\n2026-06-15 09:00:00,,0711 5550,60\nyesterday,0711 1,0711 5550,-4\n",
    )
    .unwrap();
    let p = s
        .preview_call_log(bad.display().to_string(), None, None, None)
        .unwrap();
    assert!(p.rows.is_empty());
    let rows: Vec<u32> = p.errors.iter().map(|e| e.row).collect();
    assert_eq!(rows[0], 2);
    assert!(rows.contains(&3), "{:?}", p.errors);
    assert_eq!(p.errors[0].column.as_deref(), Some("caller"));

    // The owner's export writes the stored log in the plain form, which
    // the preview reads back as stored already.
    let out = dir.path().join("exported.csv");
    let done = s.export_call_log(out.display().to_string()).unwrap();
    assert!(done.bytes > 0);
    let back = s
        .preview_call_log(out.display().to_string(), None, None, None)
        .unwrap();
    assert_eq!(back.format.as_deref(), Some("plain"));
    assert_eq!((back.calls, back.new, back.already), (4, 0, 4));
}
