//! The metrics' load (`Store::load_window`): the records of the window with
//! only the fields the figures read. It must be exactly the full load with
//! the inquiries outside the window (and not referred to by a deal) left
//! out and the free texts emptied, on either engine, and give the same
//! figures as the full load under every model.

use crate::common::{d, today};
use crate::engines::{both_engines, Engine};
use leadledger::demo::{self, DemoOptions};
use leadledger::metrics::{self, AttributionModel, Period, Request};
use leadledger::records::{Dataset, InquiryKind, Settings};
use leadledger::store::Store;
use std::collections::HashSet;

/// The demo company on `engine`, as `leadledger demo` would fill it.
fn demo_store(engine: Engine) -> (crate::engines::Guard, Store) {
    // Eight years, so that a request's window (its year and the five
    // before) leaves the first ones out.
    let ds = demo::generate(&DemoOptions {
        today: today(),
        years: 8,
        ..DemoOptions::default()
    });
    let (guard, mut store) = engine.create(Settings {
        currency: ds.settings.currency.clone(),
        ..Settings::default()
    });
    store.fill(&ds).unwrap();
    (guard, store)
}

/// What the figures' load of `from..=to` must be, made from the full load
/// by hand.
fn expected_window(mut full: Dataset, from: chrono::NaiveDate, to: chrono::NaiveDate) -> Dataset {
    let referred: HashSet<String> = full
        .deals
        .iter()
        .filter_map(|d| d.inquiry_id.clone())
        .collect();
    full.inquiries
        .retain(|q| (from..=to).contains(&q.received_at.date()) || referred.contains(&q.id));
    for q in &mut full.inquiries {
        q.company = None;
        q.contact = None;
        q.email = None;
        q.status = None;
        q.estimated_value = None;
        q.logged_by = None;
        q.notes = None;
        if q.kind != InquiryKind::Call {
            q.phone = None;
        }
    }
    for deal in &mut full.deals {
        deal.lost_reason = None;
    }
    for c in &mut full.calls {
        c.call.caller = String::new();
        c.call.dialled = None;
        c.call.extension = None;
        c.call.call_id = None;
    }
    full
}

fn the_figures_load_is_the_full_load_without_its_texts(engine: Engine) {
    let (_guard, store) = demo_store(engine);
    let full = store.load_dataset().unwrap();
    let (from, to) = (d(2024, 1, 1), d(2024, 12, 31));
    let lean = store.load_window(from, to).unwrap();
    // The window leaves inquiries out, and keeps some a deal refers to.
    assert!(lean.inquiries.len() < full.inquiries.len());
    assert!(lean
        .inquiries
        .iter()
        .any(|q| !(from..=to).contains(&q.received_at.date())));
    assert!(lean.inquiries.iter().any(|q| !q.touchpoints.is_empty()));
    assert!(lean.calls.iter().any(|c| !c.call.caller_key.is_empty()));
    assert_eq!(lean, expected_window(full, from, to));
}
both_engines!(the_figures_load_is_the_full_load_without_its_texts);

/// The report of `req` over `ds`, with the matches of the calls made
/// within `inside` named by inquiry id: they are positions in
/// `ds.inquiries`, which the window shortens, and a call outside the
/// window has no inquiry of it to match (nor does any figure of the
/// request read it).
fn figures(
    ds: &Dataset,
    req: &Request,
    inside: (chrono::NaiveDate, chrono::NaiveDate),
) -> (metrics::Report, Vec<Option<String>>) {
    let mut report = metrics::compute(ds, req);
    let matched = std::mem::take(&mut report.call_matches)
        .into_iter()
        .zip(&ds.calls)
        .filter(|(_, c)| (inside.0..=inside.1).contains(&c.call.started_at.date()))
        .map(|(m, _)| m.map(|i| ds.inquiries[i].id.clone()))
        .collect();
    (report, matched)
}

fn the_figures_load_gives_the_full_loads_figures(engine: Engine) {
    let (_guard, store) = demo_store(engine);
    let full = store.load_dataset().unwrap();
    for period in [
        Period::year(2025, 1).unwrap(),
        Period::year(2026, 1).unwrap(),
    ] {
        let window = metrics::read_window(&period).unwrap();
        let lean = store.load_window(window.from, window.to).unwrap();
        assert!(lean.inquiries.len() < full.inquiries.len(), "{period:?}");
        for model in AttributionModel::ALL {
            let req = Request {
                period,
                as_of: today(),
                model: *model,
            };
            let inside = (
                window.from + chrono::Days::new(1),
                window.to - chrono::Days::new(1),
            );
            assert_eq!(
                figures(&lean, &req, inside),
                figures(&full, &req, inside),
                "{period:?} {model:?}"
            );
        }
    }
}
both_engines!(the_figures_load_gives_the_full_loads_figures);

#[test]
fn both_engines_load_the_same_figures_dataset() {
    let (_file, file) = demo_store(Engine::Sqlite);
    let (_team, team) = demo_store(Engine::Postgres);
    let (from, to) = (d(2023, 7, 1), d(2025, 6, 30));
    let on_file = file.load_window(from, to).unwrap();
    assert!(!on_file.inquiries.is_empty() && !on_file.deals.is_empty());
    assert_eq!(team.load_window(from, to).unwrap(), on_file);
}
