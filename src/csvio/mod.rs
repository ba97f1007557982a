//! CSV interchange without a database (see `shared/spec/csv.md`): reading a
//! file of one kind into typed rows, or refusing it with every bad row's
//! number, column and reason; and writing a [`Dataset`] back out.
//!
//! Reading is two passes over a file read in chunks (`stream.rs`), so that
//! memory does not grow with the file. The first (`survey.rs`) decodes the
//! file, finds the delimiter, matches the header and decides, from every
//! amount and date cell at once, the decimal separator and the date format;
//! the second (`rows.rs`) reads each record under those decisions and hands
//! it on at once, logging every error (`errors.rs`). Resolving source names
//! and writing to the database is the caller's job.

mod amount;
pub mod calls;
mod cells;
#[cfg(test)]
mod corpus_tests;
mod date;
mod encoding;
mod errors;
pub mod header;
mod kinds;
mod preview;
mod reader;
#[cfg(test)]
mod roundtrip_tests;
mod rows;
mod stream;
mod survey;
mod table;
mod write;

pub use encoding::{by_name as encoding_by_name, Decoding};
pub use errors::{ErrorLog, KEPT};
pub use kinds::Numbered;
pub use preview::{preview, preview_file, preview_with, Preview};
pub use rows::Row;
pub use stream::Input;
pub use write::{format_amount, write};

use crate::error::{Error, ErrorCode};
#[allow(unused_imports)] // Named in the module documentation.
use crate::records::Dataset;
use crate::store::input::{
    NewActivity, NewDeal, NewInquiry, NewSource, NewSpend, NewTarget, NewTraffic,
};
use serde::Serialize;
use std::fmt;
use std::path::PathBuf;

/// The kinds of file, one per record kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "FileKind")]
pub enum Kind {
    Sources,
    Spend,
    Inquiries,
    Deals,
    Targets,
    Traffic,
    Activity,
}

impl Kind {
    pub const ALL: &'static [Kind] = &[
        Kind::Sources,
        Kind::Spend,
        Kind::Inquiries,
        Kind::Deals,
        Kind::Targets,
        Kind::Traffic,
        Kind::Activity,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Sources => "sources",
            Kind::Spend => "spend",
            Kind::Inquiries => "inquiries",
            Kind::Deals => "deals",
            Kind::Targets => "targets",
            Kind::Traffic => "traffic",
            Kind::Activity => "activity",
        }
    }

    /// Parses [`Self::as_str`], case-insensitively.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL
            .iter()
            .copied()
            .find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
    }

    /// The accepted spellings, for error messages.
    pub fn choices() -> String {
        Kind::ALL
            .iter()
            .map(|k| k.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Every column of the kind, in the spec's (and the export's) order.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Kind::Sources => &[
                "channel",
                "source",
                "direction",
                "tracking_numbers",
                "utm_source",
                "utm_medium",
                "utm_campaign",
            ],
            Kind::Spend => &[
                "date",
                "amount",
                "category",
                "source",
                "campaign",
                "direction",
                "note",
            ],
            Kind::Inquiries => &[
                "id",
                "received_at",
                "kind",
                "company",
                "contact",
                "phone",
                "email",
                "source",
                "touchpoints",
                "is_lead",
                "status",
                "estimated_value",
                "logged_by",
                "notes",
                "qualified_at",
            ],
            Kind::Deals => &[
                "id",
                "inquiry_id",
                "company",
                "quoted_at",
                "closed_at",
                "status",
                "amount",
                "lost_reason",
            ],
            Kind::Targets => &["year", "sales_target", "lead_target"],
            Kind::Traffic => &["month", "source", "visitors"],
            Kind::Activity => &["month", "source", "metric", "count"],
        }
    }

    /// The columns a file of this kind must have.
    pub fn required(self) -> &'static [&'static str] {
        match self {
            Kind::Sources => &["channel", "source"],
            Kind::Spend => &["date", "amount", "category"],
            Kind::Inquiries => &["id", "received_at", "kind", "source"],
            Kind::Deals => &["id", "company", "status", "amount"],
            Kind::Targets => &["year"],
            Kind::Traffic => &["month", "source", "visitors"],
            Kind::Activity => &["month", "source", "metric", "count"],
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One refused row (or header cell).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    /// The line a spreadsheet shows: the header is 1, the first data row 2; a
    /// record spanning lines is named by its first.
    pub row: usize,
    pub column: Option<String>,
    pub reason: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(c) => write!(f, "row {}, {}: {}", self.row, c, self.reason),
            None => write!(f, "row {}: {}", self.row, self.reason),
        }
    }
}

/// What was found out about a file before reading its rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Detected {
    /// "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252",
    /// "Windows-1250", "Windows-1251" (or another that the user chose).
    pub encoding: &'static str,
    /// The text fitted more than one code page and the user's language chose
    /// among them: the summary says so, and the user may choose another.
    pub encoding_guessed: bool,
    pub delimiter: char,
    /// `None` when no amount in the file shows one.
    pub decimal_separator: Option<char>,
    /// "YYYY-MM-DD", "DD.MM.YYYY", "DD/MM/YYYY", "DD-MM-YYYY", "MM/DD/YYYY",
    /// "MM-DD-YYYY"; for traffic the month form ("YYYY-MM", "MM.YYYY", ...).
    pub date_format: &'static str,
}

/// The rows of a file, by kind, each as the store's input for its kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "rows", rename_all = "snake_case")]
pub enum Rows {
    Sources(Vec<Numbered<NewSource>>),
    Spend(Vec<Numbered<NewSpend>>),
    Inquiries(Vec<Numbered<NewInquiry>>),
    Deals(Vec<Numbered<NewDeal>>),
    Targets(Vec<Numbered<NewTarget>>),
    Traffic(Vec<Numbered<NewTraffic>>),
    Activity(Vec<Numbered<NewActivity>>),
}

impl Rows {
    pub fn len(&self) -> usize {
        match self {
            Rows::Sources(r) => r.len(),
            Rows::Spend(r) => r.len(),
            Rows::Inquiries(r) => r.len(),
            Rows::Deals(r) => r.len(),
            Rows::Targets(r) => r.len(),
            Rows::Traffic(r) => r.len(),
            Rows::Activity(r) => r.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// No rows yet, of `kind`.
    pub fn empty(kind: Kind) -> Rows {
        match kind {
            Kind::Sources => Rows::Sources(Vec::new()),
            Kind::Spend => Rows::Spend(Vec::new()),
            Kind::Inquiries => Rows::Inquiries(Vec::new()),
            Kind::Deals => Rows::Deals(Vec::new()),
            Kind::Targets => Rows::Targets(Vec::new()),
            Kind::Traffic => Rows::Traffic(Vec::new()),
            Kind::Activity => Rows::Activity(Vec::new()),
        }
    }

    /// Adds a row of the same kind (a row of another kind is not kept).
    pub fn push(&mut self, row: Row) {
        match (self, row) {
            (Rows::Sources(v), Row::Source(r)) => v.push(r),
            (Rows::Spend(v), Row::Spend(r)) => v.push(r),
            (Rows::Inquiries(v), Row::Inquiry(r)) => v.push(r),
            (Rows::Deals(v), Row::Deal(r)) => v.push(r),
            (Rows::Targets(v), Row::Target(r)) => v.push(r),
            (Rows::Traffic(v), Row::Traffic(r)) => v.push(r),
            (Rows::Activity(v), Row::Activity(r)) => v.push(r),
            _ => {}
        }
    }
}

/// A file that was read in full.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Parsed {
    pub detected: Detected,
    pub rows: Rows,
}

/// A refused file: what was detected (unless even that failed) and every
/// error, or the first [`KEPT`] of them by row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Rejected {
    pub detected: Option<Detected>,
    pub errors: Vec<RowError>,
    /// How many more errors the file has than `errors` holds.
    pub more: usize,
    /// Where every error was written when there are more than `errors`
    /// holds (`FILE.errors.csv` beside the file).
    pub errors_file: Option<PathBuf>,
}

/// How many errors [`Rejected::to_error`] spells out before summing up.
const ERRORS_LISTED: usize = 20;

impl Rejected {
    /// A refusal with all its errors at hand.
    pub fn new(detected: Option<Detected>, errors: Vec<RowError>) -> Rejected {
        Rejected {
            detected,
            errors,
            more: 0,
            errors_file: None,
        }
    }

    /// The refusal of a file whose errors `log` holds.
    pub fn from_log(detected: Option<Detected>, log: &mut ErrorLog) -> Rejected {
        let errors = log.kept();
        Rejected {
            detected,
            more: log.total() - errors.len(),
            errors,
            errors_file: None,
        }
    }

    /// How many errors the file has in all.
    pub fn total(&self) -> usize {
        self.errors.len() + self.more
    }

    /// One [`Error`] for the command line and logs, listing the first errors.
    pub fn to_error(&self, file: &str) -> Error {
        let n = self.total();
        let mut message = format!(
            "{file} was not imported: {n} problem{}: ",
            if n == 1 { "" } else { "s" }
        );
        let listed: Vec<String> = self
            .errors
            .iter()
            .take(ERRORS_LISTED)
            .map(|e| e.to_string())
            .collect();
        message.push_str(&listed.join("; "));
        if n > ERRORS_LISTED {
            message.push_str(&format!("; and {} more", n - ERRORS_LISTED));
        }
        if let Some(path) = &self.errors_file {
            message.push_str(&format!(". Every problem is listed in {}", path.display()));
        }
        Error::new(ErrorCode::CsvRejected, message)
    }
}

/// How to read a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOptions {
    /// Amounts may have up to this many decimals: pass
    /// `money::minor_exponent(currency)` so a database in a currency with
    /// three decimals (KWD) round-trips and one with none (JPY) refuses cents
    /// by row.
    pub max_decimals: u32,
    pub decoding: Decoding,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_decimals: 2,
            decoding: Decoding::for_language("en"),
        }
    }
}

/// Reads a file of `kind`: every row, or every error. Amounts may have up to
/// two decimals; the encoding is detected, western European on a tie.
pub fn parse(kind: Kind, bytes: &[u8]) -> Result<Parsed, Rejected> {
    parse_with(kind, bytes, &ReadOptions::default())
}

/// Like [`parse`], as `options` say: the streamed reading over bytes held
/// in memory, its rows collected.
pub fn parse_with(kind: Kind, bytes: &[u8], options: &ReadOptions) -> Result<Parsed, Rejected> {
    let mut src = std::io::Cursor::new(bytes);
    let mut log = ErrorLog::default();
    let mut rows = Rows::empty(kind);
    let read = read_stream(
        kind,
        &mut src,
        options,
        &mut log,
        &mut |_, _| Ok(()),
        &mut |row, _| {
            if let Some(r) = row {
                rows.push(r);
            }
            Ok(())
        },
    );
    match read {
        Ok(Ok(detected)) if log.is_empty() => Ok(Parsed { detected, rows }),
        Ok(Ok(detected)) => Err(Rejected::from_log(Some(detected), &mut log)),
        Ok(Err(rejected)) => Err(rejected),
        // Bytes in memory cannot fail to read; only the spill of errors
        // to a temporary file can.
        Err(e) => Err(Rejected::new(
            None,
            vec![RowError {
                row: 1,
                column: None,
                reason: e.message,
            }],
        )),
    }
}

/// Reads a file of `kind` in bounded memory: surveys it, tells `started`
/// what was detected and how many records follow the header, then hands
/// each record to `sink` (a good row, or `None` for a refused one) and logs
/// every error in `log`. The inner `Err` refuses the file before any row
/// (it is empty, or not in the encoding the user chose); a file with a bad
/// header has its errors in `log` and no row read. The outer `Err` is a
/// failure to read the file, or the error `sink` ended the reading with.
pub fn read_stream(
    kind: Kind,
    src: &mut dyn Input,
    options: &ReadOptions,
    log: &mut ErrorLog,
    started: &mut dyn FnMut(&Detected, usize) -> crate::error::Result<()>,
    sink: &mut dyn FnMut(Option<Row>, &mut ErrorLog) -> crate::error::Result<()>,
) -> crate::error::Result<Result<Detected, Rejected>> {
    let survey = match survey::survey(kind, src, &options.decoding) {
        Ok(s) => s,
        Err(survey::Refusal::Rejected(r)) => return Ok(Err(r)),
        Err(survey::Refusal::Io(e)) => {
            return Err(Error::new(
                ErrorCode::Io,
                format!("cannot read the file: {e}"),
            ))
        }
    };
    let io = |e: std::io::Error| Error::new(ErrorCode::Io, format!("cannot read the file: {e}"));
    if !survey.header_errors.is_empty() {
        // With a bad header the cells cannot be trusted to mean anything.
        for e in survey.header_errors.iter().cloned() {
            log.push(e).map_err(io)?;
        }
        return Ok(Ok(survey.detected));
    }
    started(&survey.detected, survey.records)?;
    rows::read(kind, src, &survey, options.max_decimals, log, sink)?;
    Ok(Ok(survey.detected))
}

/// The kind whose required columns a header has, when exactly one fits
/// (the most specific wins when several do). Header names follow the one
/// rule of [`header::column`].
pub fn guess_kind(header: &[String]) -> Option<Kind> {
    let mut fits: Vec<Kind> = Kind::ALL
        .iter()
        .copied()
        .filter(|k| {
            k.required()
                .iter()
                .all(|r| header.iter().any(|h| header::column(&[*r], h).is_some()))
        })
        .collect();
    fits.sort_by_key(|k| std::cmp::Reverse(k.required().len()));
    match fits.as_slice() {
        [] => None,
        [one] => Some(*one),
        [a, b, ..] if a.required().len() > b.required().len() => Some(*a),
        _ => None,
    }
}

/// An empty file of `kind` with its header (the English names, in the
/// spec's order), for a user to fill in a spreadsheet.
pub fn template(kind: Kind) -> Vec<u8> {
    let mut line = kind.columns().join(",");
    line.push_str("\r\n");
    line.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_their_names() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Some(*kind));
            assert_eq!(Kind::parse(&kind.as_str().to_uppercase()), Some(*kind));
            for col in kind.required() {
                assert!(kind.columns().contains(col), "{kind}: {col}");
            }
        }
        assert_eq!(Kind::parse("leads"), None);
        assert!(Kind::choices().contains("traffic"));
    }

    #[test]
    fn to_error_lists_the_first_twenty() {
        let errors = (2..=31)
            .map(|row| RowError {
                row,
                column: Some("amount".into()),
                reason: "bad".into(),
            })
            .collect();
        let err = Rejected {
            detected: None,
            errors,
            ..Default::default()
        }
        .to_error("spend.csv");
        assert_eq!(err.code, ErrorCode::CsvRejected);
        assert!(err
            .message
            .starts_with("spend.csv was not imported: 30 problems: row 2, amount: bad; "));
        assert!(
            err.message.contains("row 21, amount: bad; and 10 more"),
            "{}",
            err.message
        );
        assert!(!err.message.contains("row 22"));
        let one = Rejected {
            detected: None,
            errors: vec![RowError {
                row: 1,
                column: None,
                reason: "the file is empty".into(),
            }],
            ..Default::default()
        };
        assert_eq!(
            one.to_error("x.csv").message,
            "x.csv was not imported: 1 problem: row 1: the file is empty"
        );
    }
}
