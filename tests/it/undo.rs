//! Deletions undone from the app (`leadledger::api`): an inquiry with its
//! touchpoints and the links of its deals, a deal, a spend entry and a
//! source come back with the same ids and values, the audit trail records
//! both steps, and tokens are refused when unknown, spent, or from before
//! another file was opened.

use crate::common::{company, rfq_input, source_input, today};
use chrono::NaiveDate;
use leadledger::api::*;
use leadledger::error::ErrorCode;
use rust_decimal_macros::dec;
use std::path::Path;

/// The app on a new database file with Muster GmbH created in English.
fn fresh_company() -> (tempfile::TempDir, Session) {
    let (dir, s) = crate::common::fresh();
    company(&s, "en");
    (dir, s)
}

/// A source of the trade shows with a direction and a UTM tag as well as
/// its numbers, so that an undone deletion has every field of a source to
/// bring back.
fn tagged_source(s: &Session, name: &str, numbers: &[&str]) -> SourceDto {
    s.save_source(SourceInput {
        direction: Some("outbound".into()),
        utm_source: Some("fair".into()),
        ..source_input(name, "Trade shows", numbers)
    })
    .unwrap()
}

/// Logs an RFQ from Acme Tools with every field of the form filled in and
/// one further touchpoint, so that an undone deletion has all of them to
/// bring back.
fn full_rfq(s: &Session, id: Option<&str>, source: i64, touch: i64) -> InquiryDto {
    s.log_inquiry(InquiryInput {
        id: id.map(str::to_string),
        contact: Some("Ada".into()),
        phone: Some("+49 711 5550100".into()),
        email: Some("ada@acme.example".into()),
        touchpoints: vec![TouchpointInput {
            source_id: touch,
            date: NaiveDate::from_ymd_opt(2026, 5, 2).unwrap(),
        }],
        notes: Some("wants 200 flanges".into()),
        ..rfq_input(
            today().and_hms_opt(9, 45, 0).unwrap(),
            "Acme Tools",
            Some(source),
        )
    })
    .map(|logged| logged.inquiry)
    .unwrap()
}

/// An open quote for Acme Tools on inquiry `id`.
fn open_deal(s: &Session, id: &str, amount: rust_decimal::Decimal) {
    s.save_deal(DealInput {
        id: None,
        inquiry_id: Some(id.to_string()),
        company: "Acme Tools".into(),
        quoted_at: Some(today()),
        closed_at: None,
        status: "open".into(),
        amount,
        lost_reason: None,
        version: None,
    })
    .unwrap();
}

fn find(s: &Session, id: &str) -> Option<InquiryDto> {
    s.search_inquiries(InquiryQuery {
        text: Some(id.into()),
        from: None,
        to: None,
        sort: None,
        ascending: false,
        offset: 0,
        limit: 10,
    })
    .unwrap()
    .rows
    .into_iter()
    .find(|r| r.id == id)
    .map(unversioned_dto)
}

/// An inquiry and its deals without their versions: an undo is a change
/// like any other, so what it puts back counts its version on.
fn unversioned_dto(mut i: InquiryDto) -> InquiryDto {
    i.version = 0;
    i.deals.iter_mut().for_each(|d| d.version = 0);
    i
}

/// The audit trail's last `n` entries, newest first: (table, key, action).
fn audit(db: &Path, n: usize) -> Vec<(String, String, String)> {
    let c = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap();
    let mut stmt = c
        .prepare("SELECT table_name, row_key, action FROM audit ORDER BY id DESC LIMIT ?1")
        .unwrap();
    stmt.query_map([n as i64], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// Issue 11: saving an edit and pressing Ctrl+Z deleted the inquiry. Undo
/// of an edit puts back the version before it, deals still linked; and an
/// edit from the Log screen keeps what the form does not show.
#[test]
fn undoing_an_edit_puts_back_the_version_before_it() {
    let (_dir, s) = fresh_company();
    let fair = tagged_source(&s, "Hannover Messe", &[]);
    let web = tagged_source(&s, "Website", &[]);
    let row = full_rfq(&s, None, fair.id, web.id);
    open_deal(&s, &row.id, dec!(900));
    let csv = format!(
        "id,received_at,kind,company,source,status,estimated_value,logged_by\n\
         {},{},rfq,Acme Tools,Hannover Messe,qualified,4500,Anna\n",
        row.id,
        row.received_at.format("%Y-%m-%d %H:%M:%S")
    );
    let path = s.db_path().with_file_name("status.csv");
    std::fs::write(&path, csv).unwrap();
    let imported = s
        .import_file(path.display().to_string(), "inquiries".into(), false, None)
        .unwrap();
    assert!(imported.accepted, "{:?}", imported.errors);
    let before = find(&s, &row.id).unwrap();
    // A new entry has nothing to go back to.
    let input = |company: &str| InquiryInput {
        id: Some(row.id.clone()),
        received_at: Some(row.received_at),
        kind: "call".into(),
        company: Some(company.into()),
        contact: None,
        phone: None,
        email: None,
        source_id: Some(web.id),
        touchpoints: vec![],
        is_lead: true,
        notes: Some("changed".into()),
        version: None,
    };
    let edited = s.log_inquiry(input("Acme Tools GmbH")).unwrap();
    assert_eq!(edited.inquiry.company.as_deref(), Some("Acme Tools GmbH"));
    let token = edited.undo_token.expect("an edit can be undone");
    let ds = leadledger::store::Store::open(s.db_path())
        .unwrap()
        .load_dataset()
        .unwrap();
    let stored = ds.inquiries.iter().find(|i| i.id == row.id).unwrap();
    assert_eq!(
        (
            stored.status.as_deref(),
            stored.estimated_value,
            stored.logged_by.as_deref()
        ),
        (Some("qualified"), Some(dec!(4500)), Some("Anna")),
        "the form's save kept what it does not show"
    );
    let back = s.undo_delete(token.clone()).unwrap();
    assert_eq!(back.id, row.id);
    assert_eq!(
        find(&s, &row.id).unwrap(),
        before,
        "the old version, deal linked"
    );
    assert!(s.undo_delete(token).is_err(), "a token is spent once");
}

#[test]
fn an_inquiry_comes_back_with_touchpoints_and_deal_links() {
    let (_dir, s) = fresh_company();
    let fair = tagged_source(&s, "Hannover Messe", &[]);
    let web = tagged_source(&s, "Website", &[]);
    let row = full_rfq(&s, None, fair.id, web.id);
    open_deal(&s, &row.id, dec!(12500.50));
    let before = find(&s, &row.id).unwrap();
    assert_eq!(before.deals.len(), 1);

    let gone = s.delete_inquiry(row.id.clone()).unwrap();
    assert_eq!(
        (gone.kind.as_str(), gone.id.as_str()),
        ("inquiry", row.id.as_str())
    );
    assert_eq!(gone.label, "Acme Tools");
    assert!(find(&s, &row.id).is_none());

    let back = s.undo_delete(gone.token.clone()).unwrap();
    assert_eq!(back.id, row.id);
    // Everything as it was: fields, touchpoint, and the deal linked again.
    assert_eq!(find(&s, &row.id).unwrap(), before);
    // The trail has the deletion, then the inquiry and its deal's link back.
    let trail = audit(s.db_path(), 4);
    assert_eq!(
        trail[0],
        ("deals".into(), before.deals[0].id.clone(), "update".into())
    );
    assert_eq!(
        trail[1],
        ("inquiries".into(), row.id.clone(), "insert".into())
    );
    assert!(
        trail.contains(&("inquiries".into(), row.id.clone(), "delete".into())),
        "{trail:?}"
    );

    // A token undoes once.
    let again = s.undo_delete(gone.token).unwrap_err();
    assert_eq!(
        (again.code, again.field.as_deref()),
        (ErrorCode::NotFound, Some("token"))
    );
}

#[test]
fn deals_spend_and_sources_come_back_with_their_ids() {
    let (_dir, s) = fresh_company();
    let fair = tagged_source(&s, "Hannover Messe", &["+49 511 89-0"]);
    let spare = tagged_source(&s, "Fachpack", &["+49 911 86060"]);
    let deal = s
        .save_deal(DealInput {
            id: None,
            inquiry_id: None,
            company: "Bolt AG".into(),
            quoted_at: Some(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()),
            closed_at: Some(NaiveDate::from_ymd_opt(2026, 4, 1).unwrap()),
            status: "won".into(),
            amount: dec!(980.25),
            lost_reason: None,
            version: None,
        })
        .unwrap();
    let ids = s
        .add_general_spend(GeneralSpendInput {
            date: NaiveDate::from_ymd_opt(2026, 2, 10).unwrap(),
            amount: dec!(300),
            category: "software".into(),
            direction: "inbound".into(),
            note: Some("CRM".into()),
            months: 3,
        })
        .unwrap();
    s.save_spend_cell(SpendCell {
        source_id: fair.id,
        year: 2026,
        month: 2,
        amount: dec!(4000),
    })
    .unwrap();

    let d = s.delete_deal(deal.id.clone()).unwrap();
    assert_eq!(d.amount.as_deref(), Some("980.25"));
    s.undo_delete(d.token).unwrap();
    let grid_before = s.spend_grid(2026).unwrap();
    let sp = s.delete_spend(ids[1]).unwrap();
    assert_eq!((sp.kind.as_str(), sp.label.as_str()), ("spend", "CRM"));
    assert_eq!(s.spend_grid(2026).unwrap().general.len(), 2);
    s.undo_delete(sp.token).unwrap();
    assert_eq!(s.spend_grid(2026).unwrap(), grid_before);

    let catalog_before = s.catalog().unwrap();
    let src = s.delete_source(spare.id).unwrap();
    assert_eq!(src.label, "Fachpack");
    assert!(s
        .catalog()
        .unwrap()
        .sources
        .iter()
        .all(|x| x.id != spare.id));
    s.undo_delete(src.token).unwrap();
    assert_eq!(s.catalog().unwrap(), catalog_before);
    let trail = audit(s.db_path(), 10);
    assert!(trail.contains(&("deals".into(), deal.id.clone(), "insert".into())));
    assert!(trail.contains(&("spend".into(), ids[1].to_string(), "delete".into())));
    assert!(trail.contains(&("spend".into(), ids[1].to_string(), "insert".into())));
    // A source in use is still refused, and nothing is kept for it.
    assert_eq!(
        s.delete_source(fair.id).unwrap_err().code,
        ErrorCode::Inconsistent
    );
}

#[test]
fn an_id_taken_since_refuses_the_undo_until_it_is_free_again() {
    let (_dir, s) = fresh_company();
    let fair = tagged_source(&s, "Hannover Messe", &[]);
    let row = full_rfq(&s, None, fair.id, fair.id);
    let gone = s.delete_inquiry(row.id.clone()).unwrap();
    // The next call is logged with the same id before the undo.
    let other = full_rfq(&s, Some(&row.id), fair.id, fair.id);
    let e = s.undo_delete(gone.token.clone()).unwrap_err();
    assert_eq!(e.code, ErrorCode::Duplicate);
    // The token stays: once the id is free again, the undo goes through.
    s.delete_inquiry(other.id).unwrap();
    s.undo_delete(gone.token).unwrap();
    assert_eq!(
        find(&s, &row.id).unwrap().notes.as_deref(),
        Some("wants 200 flanges")
    );
}

#[test]
fn unknown_records_and_tokens_are_refused() {
    let (_dir, s) = fresh_company();
    let e = s.delete_inquiry("INQ-1999-00001".into()).unwrap_err();
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::NotFound, Some("id"))
    );
    assert_eq!(
        s.delete_deal("D-1".into()).unwrap_err().code,
        ErrorCode::NotFound
    );
    assert_eq!(s.delete_spend(4711).unwrap_err().code, ErrorCode::NotFound);
    assert_eq!(s.delete_source(4711).unwrap_err().code, ErrorCode::NotFound);
    for bad in ["", "nonsense", "0-1", "../company.db"] {
        let e = s.undo_delete(bad.into()).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("token"), "{bad}");
    }
}

#[test]
fn opening_another_company_forgets_pending_deletions() {
    let (_dir, s) = fresh_company();
    let fair = tagged_source(&s, "Hannover Messe", &[]);
    let row = full_rfq(&s, None, fair.id, fair.id);
    let gone = s.delete_inquiry(row.id).unwrap();
    s.open_demo("en".into()).unwrap();
    // The token must not put rows of the company file into the demo.
    let e = s.undo_delete(gone.token).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("token"));
    // Deleting in the demo can be undone too.
    let recent = s.recent_inquiries(1).unwrap();
    let d = s.delete_inquiry(recent[0].id.clone()).unwrap();
    s.undo_delete(d.token).unwrap();
    assert_eq!(s.recent_inquiries(1).unwrap(), recent);
}

/// The store's side of undo, on both engines: what the app's undo runs on
/// ([`Store::remove_inquiry`] and the others, then [`Store::put_back`]).
mod in_the_store {
    use crate::common::{date, datetime, new_deal, new_inquiry, new_spend};
    use crate::engines::{both_engines, Engine, Guard};
    use leadledger::error::ErrorCode;
    use leadledger::records::{Dataset, Inquiry};
    use leadledger::store::{NewDeal, NewInquiry, NewSource, Store};
    use rust_decimal_macros::dec;

    /// Two trade-show sources with numbers and tags, an RFQ from Acme
    /// Tools first touched by the first and later by the second, and an
    /// open quote on it.
    fn acme(store: &mut Store) -> String {
        for (name, number) in [
            ("Hannover Messe", "+49 511 89-0"),
            ("Website", "+49 911 86060"),
        ] {
            store
                .save_source(&NewSource {
                    channel: "Trade shows".into(),
                    name: name.into(),
                    tracking_numbers: vec![number.into()],
                    utm_source: Some("fair".into()),
                    ..Default::default()
                })
                .unwrap();
        }
        let id = store
            .save_inquiry(&NewInquiry {
                id: None,
                company: Some("Acme Tools".into()),
                contact: Some("Ada".into()),
                phone: Some("+49 711 5550100".into()),
                email: Some("ada@acme.example".into()),
                source: Some("Hannover Messe".into()),
                touchpoints: vec![("Website".into(), date("2026-05-02"))],
                notes: Some("wants 200 flanges".into()),
                ..new_inquiry("x", datetime("2026-06-15 09:45"))
            })
            .unwrap();
        store
            .save_deal(&NewDeal {
                inquiry_id: Some(id.clone()),
                closed_at: None,
                status: leadledger::records::DealStatus::Open,
                ..new_deal("D-1", "Acme Tools", date("2026-06-15"), dec!(12500.50))
            })
            .unwrap();
        id
    }

    /// The records without their versions: an undo is a change like any
    /// other, so a row put back (and a deal linked again) counts its
    /// version on.
    fn unversioned(mut ds: Dataset) -> Dataset {
        ds.inquiries.iter_mut().for_each(|i| i.version = 0);
        ds.deals.iter_mut().for_each(|d| d.version = 0);
        ds
    }

    fn inquiry<'a>(ds: &'a Dataset, id: &str) -> Option<&'a Inquiry> {
        ds.inquiries.iter().find(|i| i.id == id)
    }

    /// The audit trail's last `n` entries, newest first: (table, key, action).
    fn audit(db: &Guard, n: usize) -> Vec<(String, String, String)> {
        db.query_text(&format!(
            "SELECT table_name, row_key, action FROM audit ORDER BY id DESC LIMIT {n}"
        ))
        .into_iter()
        .map(|r| {
            let cell = |i: usize| r[i].clone().unwrap();
            (cell(0), cell(1), cell(2))
        })
        .collect()
    }

    fn an_inquiry_comes_back_with_touchpoints_and_deal_links(engine: Engine) {
        let (db, mut store) = engine.new_db("EUR");
        let id = acme(&mut store);
        let before = store.load_dataset().unwrap();
        assert_eq!(inquiry(&before, &id).unwrap().touchpoints.len(), 1);

        let gone = store.remove_inquiry(&id).unwrap();
        let ds = store.load_dataset().unwrap();
        assert!(inquiry(&ds, &id).is_none());
        assert_eq!(ds.deals[0].inquiry_id, None, "the deal keeps its amount");

        store.put_back(&gone).unwrap();
        let before = unversioned(before);
        let back = unversioned(store.load_dataset().unwrap());
        assert_eq!(back, before, "everything as it was");
        let trail = audit(&db, 4);
        assert_eq!(trail[0], ("deals".into(), "D-1".into(), "update".into()));
        assert_eq!(trail[1], ("inquiries".into(), id.clone(), "insert".into()));
        assert!(
            trail.contains(&("inquiries".into(), id.clone(), "delete".into())),
            "{trail:?}"
        );
        // Another seat, or the next start, sees it back as well.
        let seen = unversioned(engine.reopen(&db).load_dataset().unwrap());
        assert_eq!(seen, before);
    }
    both_engines!(an_inquiry_comes_back_with_touchpoints_and_deal_links);

    fn deals_spend_and_sources_come_back_with_their_ids(engine: Engine) {
        let (db, mut store) = engine.new_db("EUR");
        acme(&mut store);
        store
            .save_source(&NewSource {
                channel: "Trade shows".into(),
                name: "Fachpack".into(),
                tracking_numbers: vec!["+49 30 1234567".into()],
                direction: Some(leadledger::records::Direction::Outbound),
                ..Default::default()
            })
            .unwrap();
        let spend = store
            .add_spend_all(&[
                new_spend(dec!(300), Some("CRM".into())),
                new_spend(dec!(45.10), Some("CRM, March".into())),
            ])
            .unwrap();
        let before = store.load_dataset().unwrap();
        let spare = before.source_by_name("Fachpack").unwrap().id;

        let d = store.remove_deal("D-1").unwrap();
        assert!(store.load_dataset().unwrap().deals.is_empty());
        store.put_back(&d).unwrap();
        let sp = store.remove_spend(spend[1]).unwrap();
        assert_eq!(store.load_dataset().unwrap().spend.len(), 1);
        store.put_back(&sp).unwrap();
        let src = store.remove_source(spare).unwrap();
        assert!(store.load_dataset().unwrap().source(spare).is_none());
        store.put_back(&src).unwrap();
        assert_eq!(
            unversioned(store.load_dataset().unwrap()),
            unversioned(before.clone()),
            "the same ids and values"
        );

        let trail = audit(&db, 12);
        assert!(trail.contains(&("deals".into(), "D-1".into(), "insert".into())));
        let key = spend[1].to_string();
        assert!(trail.contains(&("spend".into(), key.clone(), "delete".into())));
        assert!(trail.contains(&("spend".into(), key, "insert".into())));
        // A source in use is refused, and nothing changes.
        let fair = before.source_by_name("Hannover Messe").unwrap().id;
        assert_eq!(
            store.remove_source(fair).unwrap_err().code,
            ErrorCode::Inconsistent
        );
        // New records after the undo get ids of their own.
        let more = store.add_spend_all(&[new_spend(dec!(1), None)]).unwrap();
        assert!(!spend.contains(&more[0]), "{more:?} after {spend:?}");
        assert_eq!(store.load_dataset().unwrap().spend.len(), 3);
    }
    both_engines!(deals_spend_and_sources_come_back_with_their_ids);

    fn an_id_taken_since_refuses_the_undo_until_it_is_free_again(engine: Engine) {
        let (_db, mut store) = engine.new_db("EUR");
        let id = acme(&mut store);
        let gone = store.remove_inquiry(&id).unwrap();
        // The next call is logged with the same id before the undo.
        store
            .save_inquiry(&NewInquiry {
                id: Some(id.clone()),
                ..new_inquiry("x", datetime("2026-06-15 11:00"))
            })
            .unwrap();
        let e = store.put_back(&gone).unwrap_err();
        assert_eq!(e.code, ErrorCode::Duplicate);
        // Once the id is free again, the undo goes through.
        store.delete_inquiry(&id).unwrap();
        store.put_back(&gone).unwrap();
        let ds = store.load_dataset().unwrap();
        assert_eq!(
            inquiry(&ds, &id).unwrap().notes.as_deref(),
            Some("wants 200 flanges")
        );
        assert_eq!(ds.deals[0].inquiry_id.as_deref(), Some(id.as_str()));
    }
    both_engines!(an_id_taken_since_refuses_the_undo_until_it_is_free_again);

    fn undoing_an_edit_puts_back_the_version_before_it(engine: Engine) {
        let (_db, mut store) = engine.new_db("EUR");
        let id = acme(&mut store);
        let before = store.load_dataset().unwrap();
        let previous = store.snapshot_inquiry(&id).unwrap().expect("stored");
        assert!(store.snapshot_inquiry("INQ-1999-00001").unwrap().is_none());
        store
            .save_inquiry(&NewInquiry {
                id: Some(id.clone()),
                company: Some("Acme Tools GmbH".into()),
                source: Some("Website".into()),
                notes: Some("changed".into()),
                ..new_inquiry("x", datetime("2026-06-15 09:45"))
            })
            .unwrap();
        let edited = store.load_dataset().unwrap();
        assert_eq!(
            inquiry(&edited, &id).unwrap().company.as_deref(),
            Some("Acme Tools GmbH")
        );
        store.put_back(&previous).unwrap();
        let back = store.load_dataset().unwrap();
        assert_eq!(
            inquiry(&back, &id).map(|i| (i.company.clone(), i.notes.clone())),
            inquiry(&before, &id).map(|i| (i.company.clone(), i.notes.clone()))
        );
        assert_eq!(
            unversioned(back.clone()).deals,
            unversioned(before.clone()).deals,
            "the deal linked again"
        );
        assert_eq!(
            inquiry(&back, &id).unwrap().touchpoints,
            inquiry(&before, &id).unwrap().touchpoints
        );
    }
    both_engines!(undoing_an_edit_puts_back_the_version_before_it);
}
