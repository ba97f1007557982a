//! Fuzz target: arbitrary bytes as a CSV file of every kind. The CSV layer
//! must answer every input with rows or a refusal, never a panic; a file it
//! accepts must import into a fresh in-memory database with the file's
//! verdict (accepted or refused by row), never a database failure, and what
//! was imported must export again.

#![no_main]

use leadledger::csvio::{self, Kind};
use leadledger::records::Settings;
use leadledger::store::Store;
use leadledger::ErrorCode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = csvio::preview(data, 5);
    for kind in Kind::ALL {
        if csvio::parse(*kind, data).is_err() {
            continue;
        }
        // A fresh database per accepted file, so an input means the same
        // thing whenever it is replayed.
        let mut store = Store::in_memory(Settings::default()).expect("an in-memory store");
        for create_sources in [false, true] {
            match store.import_csv(*kind, data, create_sources) {
                Ok(Ok(_)) => {
                    let mut out = Vec::new();
                    store
                        .export_csv(*kind, &mut out)
                        .expect("what was imported exports");
                }
                Ok(Err(rejected)) => assert!(!rejected.errors.is_empty(), "a refusal names a row"),
                // The outer error is for the database itself failing; a bad
                // file must be refused by row, not by failing the import.
                Err(e) => assert!(
                    matches!(
                        e.code,
                        ErrorCode::DiskFull | ErrorCode::Io | ErrorCode::Corrupt
                    ),
                    "{kind:?} import failed instead of refusing the file: {e}"
                ),
            }
        }
    }
});
