//! Reading a phone system's call log (`shared/spec/csv.md`, kind `calls`)
//! into [`Call`] records, without a database: every row read, or every bad
//! row refused with its number, column and reason, as for every other kind.
//!
//! The reader takes the exports as the systems write them, each described
//! with its sources in `docs/call-logs.md`: Asterisk/FreePBX `Master.csv`
//! ([`asterisk`](self)), the FRITZ!Box call list (`fritzbox`), 3CX 20's call
//! history (`threecx`), the spec's plain form and any other layout through a
//! [`ColumnMap`] (`plain`). It recognises the format by its shape when not
//! told (`detect`). Every format yields legs, one per row; `record` merges
//! the legs of one call and keeps the inbound calls that show a caller
//! number, counting the others it leaves out.
//!
//! Storing the calls, and not storing one twice ([`Call::key`]), is the
//! caller's job; [`write_plain`] writes stored calls back in the plain form.

mod asterisk;
mod detect;
mod export;
mod fields;
mod fritzbox;
mod plain;
mod record;
#[cfg(test)]
mod tests;
mod threecx;

pub use detect::CallFormat;
pub use export::{write_plain, Exported};
pub use plain::ColumnMap;
pub use record::{Call, CallDirection, CallKey, Skipped};

use super::encoding::{self, Decoding};
use super::{table, Detected, Rejected, RowError};
use fields::Sheet;
use serde::Serialize;

/// How to read a log.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallReadOptions {
    /// The format the user named; `None` recognises it.
    pub format: Option<CallFormat>,
    /// The user's mapping of columns (`--columns`); when given, the file is
    /// read through it whatever `format` says.
    pub columns: Option<ColumnMap>,
    pub decoding: Decoding,
}

/// A log that was read in full.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParsedCalls {
    /// The layout read, for the summary to name.
    pub format: CallFormat,
    pub detected: Detected,
    /// The inbound calls from a shown number, oldest first.
    pub calls: Vec<Call>,
    /// The calls left out, by why.
    pub skipped: Skipped,
}

fn rejected(detected: Option<Detected>, row: usize, reason: String) -> Rejected {
    Rejected {
        detected,
        errors: vec![RowError {
            row,
            column: None,
            reason,
        }],
        ..Default::default()
    }
}

/// Reads a call log: every inbound call, or every error.
pub fn parse_calls(bytes: &[u8], options: &CallReadOptions) -> Result<ParsedCalls, Rejected> {
    let decoded = encoding::decode(bytes, &options.decoding).map_err(|e| Rejected {
        detected: None,
        errors: vec![e],
        ..Default::default()
    })?;
    let text = decoded.text.as_str();
    let detected = |delimiter: char, date_format: &'static str| Detected {
        encoding: decoded.name,
        encoding_guessed: decoded.guessed,
        delimiter,
        decimal_separator: None,
        date_format,
    };
    if text.trim().is_empty() {
        let reason = "the file is empty".to_string();
        return Err(rejected(Some(detected(',', "YYYY-MM-DD")), 1, reason));
    }
    let format = match (&options.columns, options.format) {
        (Some(_), _) => CallFormat::Mapped,
        (None, Some(format)) => format,
        (None, None) => detect::detect(text).ok_or_else(|| {
            let reason = format!(
                "the reader does not know this file's layout ({}, or the plain form \
                 started_at, caller, dialled, …); name its columns with --columns \
                 started_at=…,caller=…,dialled=…",
                [
                    CallFormat::Asterisk,
                    CallFormat::Fritzbox,
                    CallFormat::ThreeCx
                ]
                .map(CallFormat::describe)
                .join(", ")
            );
            rejected(None, 1, reason)
        })?,
    };
    let (legs, mut errors, delimiter, date_format) = read(format, text, options);
    let detected = detected(delimiter, date_format);
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.row);
        return Err(Rejected {
            detected: Some(detected),
            errors,
            ..Default::default()
        });
    }
    let (calls, skipped) = record::merge(legs);
    Ok(ParsedCalls {
        format,
        detected,
        calls,
        skipped,
    })
}

type Read = (Vec<record::Leg>, Vec<RowError>, char, &'static str);
type SheetRead = (Vec<record::Leg>, Vec<RowError>, &'static str);

/// Reads a file that has a header row with `legs`.
fn with_header(text: &str, delimiter: char, legs: impl Fn(&Sheet) -> SheetRead) -> Read {
    match fields::sheet(text, delimiter) {
        Some(sheet) => {
            let (legs, errors, dates) = legs(&sheet);
            (legs, errors, delimiter, dates)
        }
        // Only a FRITZ!Box file holding nothing but its `sep=` line gets
        // here: every other empty file was refused before.
        None => {
            let reason = "the file has no header row".to_string();
            let errors = vec![RowError {
                row: 1,
                column: None,
                reason,
            }];
            (Vec::new(), errors, delimiter, "YYYY-MM-DD")
        }
    }
}

/// The legs of a log in `format`, with the delimiter and date form used.
fn read(format: CallFormat, text: &str, options: &CallReadOptions) -> Read {
    match format {
        CallFormat::Asterisk => {
            let (legs, errors) = asterisk::legs(text);
            (legs, errors, ',', "YYYY-MM-DD HH:MM:SS")
        }
        CallFormat::Fritzbox => {
            let (delimiter, text) = fritzbox::strip_sep_line(text).unwrap_or_else(|| {
                let d = detect::header_delimiter(text, fritzbox::recognises);
                (d.unwrap_or(';'), text.to_string())
            });
            with_header(&text, delimiter, |sheet| {
                let (legs, errors) = fritzbox::legs(sheet);
                (legs, errors, "DD.MM.YY HH:MM")
            })
        }
        CallFormat::ThreeCx => {
            let delimiter = detect::header_delimiter(text, threecx::recognises).unwrap_or(',');
            with_header(text, delimiter, threecx::legs)
        }
        CallFormat::Plain | CallFormat::Mapped => {
            let map = options.columns.as_ref();
            let delimiter = match map {
                Some(map) => plain::mapped_delimiter(text, map),
                None => detect::header_delimiter(text, plain::recognises)
                    .unwrap_or_else(|| table::detect_delimiter(text, plain::COLUMNS)),
            };
            with_header(text, delimiter, |sheet| plain::legs(sheet, map))
        }
    }
}
