//! The child of the crash test: opens the database through the library and
//! writes single records and large imports, acknowledging each committed
//! write on standard output before the next begins.

use super::{Mode, Rng, ACK, BEGIN, IMPORT_ROWS};
use crate::common::{new_deal, new_inquiry, new_spend};
use leadledger::csvio::Kind;
use leadledger::records::InquiryKind;
use leadledger::store::{NewInquiry, NewSpend, Store};
use rust_decimal::Decimal;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

fn day(offset: u64) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Days::new(offset)
}

/// An inquiries file of `IMPORT_ROWS` rows whose ids all start with `batch`.
fn import_file(batch: &str, rng: &mut Rng) -> Vec<u8> {
    let mut csv = String::from("id,received_at,kind,source,company,estimated_value\n");
    for row in 0..IMPORT_ROWS {
        csv.push_str(&format!(
            "{batch}-{row:05},{} 09:30,rfq,Unknown,Firm {row},{}.{:02}\n",
            day(rng.below(2000)),
            rng.below(100_000),
            rng.below(100)
        ));
    }
    csv.into_bytes()
}

/// Prints one acknowledgement and flushes it, so that the parent has read
/// every acknowledged write before the kill can make it disappear.
fn ack(line: &str) {
    say(ACK, line)
}

fn say(marker: &str, line: &str) {
    let mut out = std::io::stdout().lock();
    // A closed pipe means the parent is gone: there is no one to write for.
    if writeln!(out, "{marker}{line}")
        .and_then(|_| out.flush())
        .is_err()
    {
        std::process::exit(0);
    }
}

/// The child's work as `spec` (`mode:seed:path`) says: writes until killed
/// (or, should the parent vanish, for at most a minute).
pub(super) fn run(spec: &str) {
    let mut parts = spec.splitn(3, ':');
    let mode = parts.next().and_then(Mode::parse).expect("mode");
    let seed: u64 = parts.next().and_then(|s| s.parse().ok()).expect("seed");
    let path = Path::new(parts.next().expect("database path"));
    let mut rng = Rng(seed);
    let mut store = Store::open(path).expect("the child opens the database");
    let started = Instant::now();
    let mut step = 0u64;
    while started.elapsed() < Duration::from_secs(60) {
        step += 1;
        let cents = rng.below(10_000_000);
        let amount = Decimal::new(cents as i64, 2);
        let date = day(rng.below(2000));
        if rng.below(8) < mode.imports_in_8() {
            let batch = format!("IM-{seed}-{step}");
            let bytes = import_file(&batch, &mut rng);
            // The import streams the file from its path, as the app and
            // the command line do, so a kill lands between its chunks.
            let file = path.with_file_name(format!("{batch}.csv"));
            std::fs::write(&file, &bytes).expect("the import file is written");
            say(BEGIN, &batch);
            let summary = store
                .import_csv_file(Kind::Inquiries, &file, &Default::default())
                .expect("no database failure")
                .expect("the import file is valid");
            std::fs::remove_file(&file).ok();
            assert_eq!(summary.inserted, IMPORT_ROWS);
            ack(&format!("import {batch}"));
            continue;
        }
        match rng.below(3) {
            0 => {
                let note = format!("crash {seed} {step}");
                let id = store
                    .add_spend(&NewSpend {
                        date,
                        ..new_spend(amount, Some(note.clone()))
                    })
                    .expect("spend is saved");
                ack(&format!("spend {id} {date} {cents} {note}"));
            }
            1 => {
                let id = format!("CR-{seed}-{step}");
                store
                    .save_inquiry(&NewInquiry {
                        kind: InquiryKind::Call,
                        company: Some(format!("Caller {step}")),
                        estimated_value: Some(amount),
                        ..new_inquiry(&id, date.and_hms_opt(10, 0, 0).unwrap())
                    })
                    .expect("the inquiry is saved");
                ack(&format!("inquiry {id} {date} {cents}"));
            }
            _ => {
                let id = format!("DL-{seed}-{step}");
                store
                    .save_deal(&new_deal(&id, &format!("Buyer {step}"), date, amount))
                    .expect("the deal is saved");
                ack(&format!("deal {id} {date} {cents}"));
            }
        }
    }
}
