//! Logging from the desktop app (`leadledger::api`): calls tagged by their
//! tracking numbers, the recent list with undo and suggestions, a known
//! customer's number recognised, the number keys that pick a source, and
//! deals listed with their inquiry and closed.

use crate::common::{call, company, fresh, save_source, today};
use leadledger::api::*;
use leadledger::error::ErrorCode;
use rust_decimal_macros::dec;

#[test]
fn log_tag_recent_undo_and_suggestions() {
    let (_dir, s) = fresh();
    company(&s, "de");
    let fair = save_source(&s, "Hannover Messe", "Trade shows", &[]);
    let ads = save_source(&s, "Google Ads", "Paid search", &["+49 30 1234567"]);
    let row = s
        .log_inquiry(call(Some(fair.id), "Acme Tools", None))
        .unwrap()
        .inquiry;
    assert_eq!(row.source, "Hannover Messe");
    assert_eq!(row.id, "INQ-2026-00001");
    // No answer to "where did you hear about us?": the dialled number decides.
    let tagged = s
        .log_inquiry(call(None, "Acme Fasteners", Some("030 1234567")))
        .unwrap()
        .inquiry;
    assert_eq!(tagged.source_id, ads.id);
    let unknown = s
        .log_inquiry(call(None, "Bolt AG", Some("0711 99")))
        .unwrap()
        .inquiry;
    assert_eq!(unknown.source, "Unknown");

    let recent = s.recent_inquiries(2).unwrap();
    assert_eq!(recent.len(), 2);
    assert_eq!(recent[0].id, unknown.id);
    s.delete_inquiry(unknown.id.clone()).unwrap();
    assert_eq!(s.recent_inquiries(10).unwrap().len(), 2);
    assert_eq!(
        s.delete_inquiry(unknown.id).unwrap_err().code,
        ErrorCode::NotFound
    );

    let sugg = s.company_suggestions("acme".into(), 5).unwrap();
    assert_eq!(sugg.len(), 2);
    assert!(sugg.iter().all(|c| c.starts_with("Acme")));
    assert!(s.company_suggestions("fast".into(), 5).unwrap() == vec!["Acme Fasteners"]);

    let top = s.top_sources(9).unwrap();
    assert!(top.iter().all(|t| t.source.name != "Unknown"));
    assert_eq!(top.len(), 2);

    let e = s.log_inquiry(InquiryInput {
        kind: "fax".into(),
        ..call(None, "X", None)
    });
    assert_eq!(e.unwrap_err().field.as_deref(), Some("kind"));
    let e = s.log_inquiry(call(Some(9999), "X", None)).unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
}

/// Issue 11: a number that belongs to an existing customer is named on the
/// Log screen, so a reorder is not counted as a new lead.
#[test]
fn a_known_customers_number_is_recognised() {
    let (_dir, s) = fresh();
    company(&s, "de");
    let fair = save_source(&s, "Hannover Messe", "Trade shows", &[]);
    let first = s
        .log_inquiry(call(Some(fair.id), "Acme Tools", Some("+49 711 5550100")))
        .unwrap()
        .inquiry;
    let other = s
        .log_inquiry(call(Some(fair.id), "Bolt AG", Some("0711 5550199")))
        .unwrap()
        .inquiry;
    for (id, inquiry, status) in [("D-1", &first.id, "won"), ("D-2", &other.id, "lost")] {
        s.save_deal(DealInput {
            id: Some(id.into()),
            inquiry_id: Some(inquiry.clone()),
            company: inquiry_company(&s, inquiry),
            quoted_at: Some(today()),
            closed_at: Some(today()),
            status: status.into(),
            amount: dec!(1200),
            lost_reason: None,
            version: None,
        })
        .unwrap();
    }
    // The same line typed another way: trunk prefix, spaces.
    let known = s.known_customer("0711 555 01 00".into()).unwrap().unwrap();
    assert_eq!(
        (known.company.as_str(), known.won_deals, known.last_won),
        ("Acme Tools", 1, Some(today()))
    );
    // A lost quote makes nobody a customer; a short or empty number is no one.
    assert_eq!(s.known_customer("0711 5550199".into()).unwrap(), None);
    assert_eq!(s.known_customer("12".into()).unwrap(), None);
    assert_eq!(s.known_customer("".into()).unwrap(), None);
}

fn inquiry_company(s: &Session, id: &str) -> String {
    s.recent_inquiries(20)
        .unwrap()
        .into_iter()
        .find(|i| i.id == id)
        .and_then(|i| i.company)
        .unwrap()
}

/// Issue 11: after saves, key 2 was Hannover Messe, then Thomasnet, then
/// Hannover Messe again. The keys stay put during a session; the owner's
/// pins decide first, and a new session applies the rule afresh.
#[test]
fn the_number_keys_stay_put_while_staff_work_and_follow_pins() {
    let (dir, s) = fresh();
    company(&s, "de");
    let fair = save_source(&s, "Hannover Messe", "Trade shows", &[]);
    let net = save_source(&s, "Thomasnet", "Online directories", &[]);
    let ads = save_source(&s, "Google Ads", "Paid search", &[]);
    let log = |id: i64, n: usize| {
        for _ in 0..n {
            s.log_inquiry(call(Some(id), "Acme", None)).unwrap();
        }
    };
    log(fair.id, 2);
    log(net.id, 1);
    let names = |keys: Vec<LogKeyDto>| -> Vec<(u32, String, bool)> {
        keys.into_iter()
            .map(|k| (k.key, k.source.name, k.pinned))
            .collect()
    };
    let first = names(s.top_sources(9).unwrap());
    assert_eq!(
        first,
        vec![
            (1, "Hannover Messe".into(), false),
            (2, "Thomasnet".into(), false),
            (3, "Google Ads".into(), false),
        ]
    );
    // Thomasnet and Google Ads overtake Hannover Messe: nothing moves.
    log(net.id, 3);
    log(ads.id, 4);
    assert_eq!(names(s.top_sources(9).unwrap()), first);
    // A source without a key gets a free one; the others stay.
    let mail = save_source(&s, "Mailing", "Direct mail", &[]);
    let keys = names(s.top_sources(9).unwrap());
    assert_eq!(keys[..3], first[..]);
    assert_eq!(keys[3], (4, "Mailing".into(), false));
    // The owner pins Google Ads to 1: it takes the key, Hannover Messe takes
    // the one it left.
    let keys = names(s.pin_log_key(ads.id, Some(1)).unwrap());
    assert_eq!(keys[0], (1, "Google Ads".into(), true));
    assert_eq!(keys[2], (3, "Hannover Messe".into(), false));
    assert_eq!(keys[1], (2, "Thomasnet".into(), false));
    assert_eq!(
        s.pin_log_key(ads.id, Some(10))
            .unwrap_err()
            .field
            .as_deref(),
        Some("key")
    );
    assert_eq!(
        s.pin_log_key(9999, Some(2)).unwrap_err().code,
        ErrorCode::NotFound
    );
    // The next session applies the rule afresh, the pin first.
    let again = Session::start_on(dir.path().join("company.db"), today()).unwrap();
    let keys = names(again.top_sources(9).unwrap());
    assert_eq!(
        keys,
        vec![
            (1, "Google Ads".into(), true),
            (2, "Thomasnet".into(), false),
            (3, "Hannover Messe".into(), false),
            (4, "Mailing".into(), false),
        ]
    );
    // Unpinned, it takes its place by the rule.
    let keys = names(again.pin_log_key(ads.id, None).unwrap());
    assert_eq!(keys[0], (1, "Google Ads".into(), false));
    let _ = mail;
}

#[test]
fn deals_are_listed_with_their_inquiry_and_closed() {
    let (_dir, s) = fresh();
    company(&s, "de");
    let src = save_source(&s, "Referral by Meier", "Referral", &[]);
    let inq = s
        .log_inquiry(call(Some(src.id), "Acme Tools", None))
        .unwrap()
        .inquiry;
    let deal = s
        .save_deal(DealInput {
            id: None,
            inquiry_id: Some(inq.id.clone()),
            company: "Acme Tools".into(),
            quoted_at: Some(today()),
            closed_at: None,
            status: "open".into(),
            amount: dec!(12500.50),
            lost_reason: None,
            version: None,
        })
        .unwrap();
    assert_eq!(deal.id, "D-2026-00001");
    let e = s
        .close_deal(CloseDeal {
            id: deal.id.clone(),
            won: false,
            amount: None,
            reason: None,
            closed_at: None,
            version: None,
        })
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("reason"));
    let won = s
        .close_deal(CloseDeal {
            id: deal.id.clone(),
            won: true,
            amount: Some(dec!(13000)),
            reason: None,
            closed_at: None,
            version: None,
        })
        .unwrap();
    assert_eq!(won.status, "won");
    assert_eq!(won.closed_at, Some(today()));
    let page = s
        .search_inquiries(InquiryQuery {
            text: Some("acme".into()),
            from: None,
            to: None,
            sort: Some("company".into()),
            ascending: true,
            offset: 0,
            limit: 50,
        })
        .unwrap();
    assert_eq!(page.total, 1);
    assert_eq!(page.rows[0].deals[0].amount, dec!(13000));
    // Money crosses the boundary as a string.
    let json = serde_json::to_value(&page.rows[0].deals[0]).unwrap();
    assert_eq!(json["amount"], "13000.00");
}
