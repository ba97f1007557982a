//! CSV import and export through the database: both file forms (plain and
//! European Excel), export → import round trips to the cent, idempotent
//! re-imports, and whole-file refusals that name every bad row. Every test
//! runs on both engines.

use crate::engines::{both_engines, Engine};
use leadledger::csvio::Kind;
use leadledger::demo::{self, DemoOptions};
use leadledger::records::{Dataset, DealStatus};
use leadledger::store::Store;
use rust_decimal::Decimal;

/// The order a company's files must be imported in: sources before what
/// names them, inquiries before the deals that refer to them.
const ORDER: [Kind; 7] = [
    Kind::Sources,
    Kind::Spend,
    Kind::Inquiries,
    Kind::Deals,
    Kind::Targets,
    Kind::Traffic,
    Kind::Activity,
];

fn small_demo() -> Dataset {
    demo::generate(&DemoOptions {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        years: 2,
        inquiries_per_year: 120,
        seed: 7,
        language: "en".into(),
    })
}

fn export(store: &Store, kind: Kind) -> Vec<u8> {
    let mut out = Vec::new();
    store.export_csv(kind, &mut out).unwrap();
    out
}

fn totals(ds: &Dataset) -> (usize, Decimal, usize, usize, Decimal) {
    let won = ds.deals.iter().filter(|d| d.status == DealStatus::Won);
    (
        ds.spend.len(),
        ds.spend.iter().map(|s| s.amount).sum(),
        ds.inquiries.len(),
        ds.deals.len(),
        won.map(|d| d.amount).sum(),
    )
}

/// Rewrites a plain export the way German Excel saves it: `;`, decimal
/// comma with `.` thousands, day-first dates, CRLF, a UTF-8 BOM.
fn european(kind: Kind, plain: &[u8]) -> Vec<u8> {
    let mut reader = csv::Reader::from_reader(plain);
    let headers = reader.headers().unwrap().clone();
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(vec![0xEF, 0xBB, 0xBF]);
    writer.write_record(&headers).unwrap();
    for record in reader.records() {
        let record = record.unwrap();
        let row: Vec<String> = headers
            .iter()
            .zip(record.iter())
            .map(|(h, v)| match h {
                "amount" | "estimated_value" | "sales_target" if !v.is_empty() => euro_amount(v),
                "date" | "quoted_at" | "closed_at" | "received_at" | "qualified_at"
                    if !v.is_empty() =>
                {
                    day_first(v)
                }
                "touchpoints" if !v.is_empty() => v
                    .split('|')
                    .map(|t| {
                        let (s, d) = t.rsplit_once('@').unwrap();
                        format!("{s}@{}", day_first(d))
                    })
                    .collect::<Vec<_>>()
                    .join("|"),
                _ => v.to_string(),
            })
            .collect();
        writer.write_record(&row).unwrap();
    }
    let _ = kind;
    writer.into_inner().unwrap()
}

fn euro_amount(v: &str) -> String {
    let (int, frac) = v.split_once('.').unwrap_or((v, "00"));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    format!("{grouped},{frac}")
}

fn day_first(v: &str) -> String {
    let (date, time) = v
        .split_once(' ')
        .map(|(d, t)| (d, Some(t)))
        .unwrap_or((v, None));
    let parts: Vec<&str> = date.split('-').collect();
    let d = format!("{}.{}.{}", parts[2], parts[1], parts[0]);
    match time {
        Some(t) => format!("{d} {t}"),
        None => d,
    }
}

/// Exports every kind from `from`, imports it into a new database with
/// `transform` applied to each file, and checks the data came through whole.
fn round_trip(engine: Engine, transform: fn(Kind, &[u8]) -> Vec<u8>) {
    let ds = small_demo();
    let (_d1, mut original) = engine.new_db("EUR");
    original.fill(&ds).unwrap();
    let (_d2, mut copy) = engine.new_db("EUR");
    for kind in ORDER {
        let file = transform(kind, &export(&original, kind));
        let summary = copy
            .import_csv(kind, &file, false)
            .unwrap()
            .unwrap_or_else(|r| panic!("{kind}: {}", r.to_error("file")));
        assert_eq!(summary.updated, 0, "{kind}");
    }
    for kind in ORDER {
        assert_eq!(
            String::from_utf8(export(&copy, kind)).unwrap(),
            String::from_utf8(export(&original, kind)).unwrap(),
            "{kind} differs after the round trip"
        );
    }
    let (a, b) = (
        original.load_dataset().unwrap(),
        copy.load_dataset().unwrap(),
    );
    assert_eq!(totals(&a), totals(&b));
    // Source ids may differ between the two files; the inquiries, named by
    // their sources, must not.
    let named = |ds: &Dataset| -> Vec<(String, String, Vec<String>)> {
        let name = |id| ds.source(id).unwrap().name.clone();
        ds.inquiries
            .iter()
            .map(|i| {
                (
                    format!(
                        "{:?}",
                        leadledger::records::Inquiry {
                            source_id: 0,
                            touchpoints: vec![],
                            ..i.clone()
                        }
                    ),
                    name(i.source_id),
                    i.touchpoints
                        .iter()
                        .map(|t| format!("{}@{}", name(t.source_id), t.date))
                        .collect(),
                )
            })
            .collect()
    };
    assert_eq!(
        named(&a),
        named(&b),
        "inquiries, touchpoints included, are identical"
    );

    // A second import of the same files changes nothing.
    for kind in ORDER {
        let file = transform(kind, &export(&original, kind));
        let s = copy.import_csv(kind, &file, false).unwrap().unwrap();
        assert_eq!(
            (s.inserted, s.updated),
            (0, 0),
            "{kind} re-import changed data"
        );
    }
    assert_eq!(totals(&copy.load_dataset().unwrap()), totals(&a));
}

fn plain_files_round_trip_to_the_cent(engine: Engine) {
    round_trip(engine, |_, b| b.to_vec());
}
both_engines!(plain_files_round_trip_to_the_cent);

fn european_excel_files_round_trip_to_the_cent(engine: Engine) {
    round_trip(engine, european);
}
both_engines!(european_excel_files_round_trip_to_the_cent);

fn the_european_form_is_detected(engine: Engine) {
    let (_d, mut store) = engine.new_db("EUR");
    store.fill(&small_demo()).unwrap();
    let file = european(Kind::Spend, &export(&store, Kind::Spend));
    let (_d2, mut copy) = engine.new_db("EUR");
    copy.import_csv(Kind::Sources, &export(&store, Kind::Sources), false)
        .unwrap()
        .unwrap();
    let s = copy.import_csv(Kind::Spend, &file, false).unwrap().unwrap();
    assert_eq!(s.detected.delimiter, ';');
    assert_eq!(s.detected.decimal_separator, Some(','));
    assert_eq!(s.detected.date_format, "DD.MM.YYYY");
    assert_eq!(s.detected.encoding, "UTF-8 with BOM");
}
both_engines!(the_european_form_is_detected);

fn one_bad_amount_refuses_the_whole_file_and_names_the_row(engine: Engine) {
    let (_d, mut store) = engine.new_db("EUR");
    store
        .save_source(&leadledger::store::NewSource {
            channel: "Paid search".into(),
            name: "Google Ads".into(),
            ..Default::default()
        })
        .unwrap();
    let bytes = include_bytes!("../data/csv/spend_row37.csv");
    let rejected = store
        .import_csv(Kind::Spend, bytes, false)
        .unwrap()
        .unwrap_err();
    assert_eq!(rejected.errors.len(), 1, "{:?}", rejected.errors);
    assert_eq!(rejected.errors[0].row, 37);
    assert_eq!(rejected.errors[0].column.as_deref(), Some("amount"));
    assert!(
        store.load_dataset().unwrap().spend.is_empty(),
        "nothing of the file is stored"
    );
    let message = rejected.to_error("spend.csv").message;
    assert!(message.contains("row 37"), "{message}");
}
both_engines!(one_bad_amount_refuses_the_whole_file_and_names_the_row);

fn unknown_sources_are_refused_or_created_on_request(engine: Engine) {
    let (_d, mut store) = engine.new_db("EUR");
    let file = "date,amount,category,source\n2026-01-05,100.00,advertising,Europages\n2026-01-06,50.00,events,Blechexpo\n";
    let rejected = store
        .import_csv(Kind::Spend, file.as_bytes(), false)
        .unwrap()
        .unwrap_err();
    let rows: Vec<(usize, Option<&str>)> = rejected
        .errors
        .iter()
        .map(|e| (e.row, e.column.as_deref()))
        .collect();
    assert_eq!(rows, vec![(2, Some("source")), (3, Some("source"))]);
    assert!(rejected.errors[0].reason.contains("Europages"));
    let s = store
        .import_csv(Kind::Spend, file.as_bytes(), true)
        .unwrap()
        .unwrap();
    assert_eq!(
        s.created_sources,
        vec!["Blechexpo".to_string(), "Europages".to_string()]
    );
    assert_eq!(s.inserted, 2);
}
both_engines!(unknown_sources_are_refused_or_created_on_request);

fn database_rules_are_row_errors_and_roll_back_everything(engine: Engine) {
    let (_d, mut store) = engine.new_db("EUR");
    let inquiries =
        "id,received_at,kind,source\nI1,2026-01-05 10:00,call,Unknown\nI2,2026-01-06,rfq,Unknown\n";
    store
        .import_csv(Kind::Inquiries, inquiries.as_bytes(), false)
        .unwrap()
        .unwrap();
    // Row 3 names an inquiry that does not exist; row 2 alone would be fine.
    let deals = "id,inquiry_id,company,quoted_at,closed_at,status,amount\n\
                 D1,I1,Acme,2026-01-10,2026-02-01,won,1000.00\n\
                 D2,I9,Acme,2026-01-10,2026-02-01,won,500.00\n";
    let rejected = store
        .import_csv(Kind::Deals, deals.as_bytes(), false)
        .unwrap()
        .unwrap_err();
    assert_eq!(rejected.errors.len(), 1);
    assert_eq!(
        (rejected.errors[0].row, rejected.errors[0].column.as_deref()),
        (3, Some("inquiry_id"))
    );
    assert!(
        store.load_dataset().unwrap().deals.is_empty(),
        "row 2 was rolled back with the file"
    );
}
both_engines!(database_rules_are_row_errors_and_roll_back_everything);

fn amounts_finer_than_the_currency_are_refused(engine: Engine) {
    let (_d, mut store) = engine.new_db("JPY");
    let file = "date,amount,category\n2026-01-05,\"1200,50\",advertising\n";
    let rejected = store
        .import_csv(Kind::Spend, file.as_bytes(), false)
        .unwrap()
        .unwrap_err();
    assert_eq!(rejected.errors[0].column.as_deref(), Some("amount"));
}
both_engines!(amounts_finer_than_the_currency_are_refused);

fn the_nasty_corpus_imports_or_is_refused_as_it_should(engine: Engine) {
    let (_d, mut store) = engine.new_db("EUR");
    // The sources file has one row without a name and one with a direction
    // that does not exist: refused whole, nothing created.
    let sources = store
        .import_csv(
            Kind::Sources,
            include_bytes!("../data/csv/sources.csv"),
            false,
        )
        .unwrap();
    let rows: Vec<usize> = sources.unwrap_err().errors.iter().map(|e| e.row).collect();
    assert_eq!(rows, vec![4, 4]);
    assert_eq!(store.load_dataset().unwrap().sources.len(), 1);
    for (kind, bytes, accept) in [
        (
            Kind::Spend,
            &include_bytes!("../data/csv/spend_bom_crlf.csv")[..],
            true,
        ),
        (
            Kind::Spend,
            &include_bytes!("../data/csv/spend_semicolon_de.csv")[..],
            true,
        ),
        (
            Kind::Spend,
            &include_bytes!("../data/csv/spend_ragged.csv")[..],
            false,
        ),
        (
            Kind::Spend,
            &include_bytes!("../data/csv/spend_ambiguous.csv")[..],
            false,
        ),
        (
            Kind::Spend,
            &include_bytes!("../data/csv/spend_conflict.csv")[..],
            false,
        ),
        (
            Kind::Spend,
            &include_bytes!("../data/csv/spend_unknown_column.csv")[..],
            false,
        ),
        (
            Kind::Deals,
            &include_bytes!("../data/csv/deals_missing_required.csv")[..],
            false,
        ),
    ] {
        let result = store.import_csv(kind, bytes, true).unwrap();
        assert_eq!(
            result.is_ok(),
            accept,
            "{kind}: {:?}",
            result.as_ref().err()
        );
        if let Err(r) = result {
            assert!(!r.errors.is_empty());
        }
    }
}
both_engines!(the_nasty_corpus_imports_or_is_refused_as_it_should);
