//! The funnel's records on both engines (issue 15): an inquiry's
//! `qualified_at` checked against its arrival and today, and the activity
//! counts of csv.md refused by row when negative, fractional or misnamed,
//! replaced (never doubled) when imported again.

use crate::engines::{both_engines, Engine};
use leadledger::csvio::Kind;
use leadledger::error::ErrorCode;

const INQUIRIES: &str = "id,received_at,kind,source,qualified_at\n";

fn qualified_at_before_received_at_is_refused_naming_the_field(engine: Engine) {
    let (_d, mut store) = engine.new_db("EUR");
    let file = format!(
        "{INQUIRIES}I1,2026-01-05 10:00,call,Unknown,2026-01-07\n\
         I2,2026-01-06,rfq,Unknown,2026-01-05\n"
    );
    let rejected = store
        .import_csv(Kind::Inquiries, file.as_bytes(), false)
        .unwrap()
        .unwrap_err();
    assert_eq!(rejected.errors.len(), 1, "{:?}", rejected.errors);
    assert_eq!(
        (rejected.errors[0].row, rejected.errors[0].column.as_deref()),
        (3, Some("qualified_at"))
    );
    // The same day as the arrival is fine, and is read back.
    let file = format!("{INQUIRIES}I1,2026-01-05 10:00,call,Unknown,2026-01-05\n");
    store
        .import_csv(Kind::Inquiries, file.as_bytes(), false)
        .unwrap()
        .unwrap();
    let ds = store.load_dataset().unwrap();
    assert_eq!(
        ds.inquiries[0].qualified_at,
        chrono::NaiveDate::from_ymd_opt(2026, 1, 5)
    );
}
both_engines!(qualified_at_before_received_at_is_refused_naming_the_field);

fn the_store_refuses_a_qualification_before_arrival_or_after_today(engine: Engine) {
    let (_d, mut store) = engine.new_db("EUR");
    let mut new = crate::common::new_inquiry("I1", crate::common::datetime("2026-01-05 10:00"));
    new.qualified_at = chrono::NaiveDate::from_ymd_opt(2026, 1, 4);
    let err = store.save_inquiry(&new).unwrap_err();
    assert_eq!(
        (err.code, err.field.as_deref()),
        (ErrorCode::Inconsistent, Some("qualified_at"))
    );
    let tomorrow = chrono::Local::now().date_naive() + chrono::Days::new(1);
    new.qualified_at = Some(tomorrow);
    let err = store.save_inquiry(&new).unwrap_err();
    assert_eq!(
        (err.code, err.field.as_deref()),
        (ErrorCode::Invalid, Some("qualified_at"))
    );
}
both_engines!(the_store_refuses_a_qualification_before_arrival_or_after_today);

const ACTIVITY: &str = "month,source,metric,count\n";

fn bad_activity_rows_are_refused_by_row(engine: Engine) {
    let (_d, mut store) = engine.new_db("EUR");
    let file = format!(
        "{ACTIVITY}2026-01,Unknown,clicks,120\n\
         2026-01,Unknown,impressions,-5\n\
         2026-02,Unknown,clicks,12.5\n\
         2026-02,Unknown,Clicks,3\n\
         2026-02,Unknown,page views,3\n\
         2026-03,Unknown,,3\n"
    );
    let rejected = store
        .import_csv(Kind::Activity, file.as_bytes(), false)
        .unwrap()
        .unwrap_err();
    let got: Vec<(usize, Option<&str>)> = rejected
        .errors
        .iter()
        .map(|e| (e.row, e.column.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            (3, Some("count")),
            (4, Some("count")),
            (5, Some("metric")),
            (6, Some("metric")),
            (7, Some("metric")),
        ]
    );
    assert!(store.load_dataset().unwrap().activity.is_empty());
}
both_engines!(bad_activity_rows_are_refused_by_row);

fn reimporting_activity_replaces_and_never_doubles(engine: Engine) {
    let (_d, mut store) = engine.new_db("EUR");
    let first = format!("{ACTIVITY}2026-01,Unknown,clicks,120\n2026-01,Unknown,impressions,4000\n");
    let s = store
        .import_csv(Kind::Activity, first.as_bytes(), false)
        .unwrap()
        .unwrap();
    assert_eq!(s.inserted, 2);
    let again = store
        .import_csv(Kind::Activity, first.as_bytes(), false)
        .unwrap()
        .unwrap();
    assert_eq!((again.inserted, again.unchanged), (0, 2));
    let corrected = format!("{ACTIVITY}2026-01,Unknown,clicks,130\n");
    store
        .import_csv(Kind::Activity, corrected.as_bytes(), false)
        .unwrap()
        .unwrap();
    let ds = store.load_dataset().unwrap();
    let counts: Vec<(&str, i64)> = ds
        .activity
        .iter()
        .map(|a| (a.metric.as_str(), a.count))
        .collect();
    assert_eq!(counts, vec![("clicks", 130), ("impressions", 4000)]);
    // Two rows of one file for the same month, source and metric.
    let twice = format!("{ACTIVITY}2026-02,Unknown,opens,1\n2026-02,unknown,opens,2\n");
    let rejected = store
        .import_csv(Kind::Activity, twice.as_bytes(), false)
        .unwrap()
        .unwrap_err();
    assert_eq!(rejected.errors[0].row, 3);
}
both_engines!(reimporting_activity_replaces_and_never_doubles);
