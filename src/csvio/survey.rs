//! The first pass of a streamed reading: every decision that rests on the
//! whole file, made before any row is read for keeps. The encoding is tried
//! in the order of `encoding.rs` (the user's choice; a byte order mark;
//! UTF-16 by its NUL bytes; UTF-8; else the legacy code page chardetng
//! names), each candidate that must fit the whole file checked while the
//! pass reads it; the delimiter comes from the first line; the decimal
//! separator, the date format and the header's unnamed columns from every
//! record. The pass also counts the records, for the progress bar.

use super::amount::AmountTally;
use super::cells::{touchpoint_dates, Columns, FileRules};
use super::date::{month_format, DateTally};
use super::encoding::{display_name, legacy_stream, utf16_shape, Decoding};
use super::reader::{match_names, AMOUNT_COLUMNS, DATE_COLUMNS};
use super::stream::{each_record, head, Chosen, Input, Stop};
use super::table::{detect_delimiter, records};
use super::{guess_kind, Detected, Kind, Rejected, RowError};
use encoding_rs::{Encoding, UTF_8};
use std::io::{self, SeekFrom};

/// What the first pass found.
pub struct Survey {
    pub chosen: Chosen,
    pub detected: Detected,
    pub header: Vec<String>,
    pub columns: Columns,
    /// The header's problems: with any, no row is read.
    pub header_errors: Vec<RowError>,
    pub rules: FileRules,
    /// Records after the header, even those of the wrong width.
    pub records: usize,
}

/// The columns a survey matches the header against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// A file of this kind, as the import reads it.
    Kind(Kind),
    /// A file whose kind is not chosen yet, as the preview reads it: the
    /// kind [`guess_kind`] finds in the header, so that the preview decides
    /// as the import of that kind will; with none, every known column.
    Guess,
}

impl Expect {
    /// The kind and its known columns, for the file whose decoded head is
    /// `text` (the header is split as with every known column, the way
    /// the old whole-file preview split it).
    fn resolve(self, text: &str) -> (Option<Kind>, &'static [&'static str]) {
        match self {
            Expect::Kind(k) => (Some(k), k.columns()),
            Expect::Guess => {
                let all = all_columns();
                let delimiter = detect_delimiter(text, all);
                let header = records(text, delimiter)
                    .into_iter()
                    .next()
                    .map(|r| r.cells)
                    .unwrap_or_default();
                match guess_kind(&header) {
                    Some(k) => (Some(k), k.columns()),
                    None => (None, all),
                }
            }
        }
    }
}

/// All known column names of every kind, for a header no kind fits.
fn all_columns() -> &'static [&'static str] {
    static ALL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let mut all: Vec<&'static str> = Kind::ALL
            .iter()
            .flat_map(|k| k.columns().iter().copied())
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    })
}

/// Why the first pass refused the file or could not read it.
pub enum Refusal {
    Rejected(Rejected),
    Io(io::Error),
}

impl From<io::Error> for Refusal {
    fn from(e: io::Error) -> Refusal {
        Refusal::Io(e)
    }
}

/// One encoding to try: how to decode, its name, and whether it was guessed.
struct Candidate {
    chosen: Chosen,
    name: &'static str,
    guessed: bool,
}

fn candidate(
    encoding: &'static Encoding,
    skip: u64,
    strict: bool,
    name: &'static str,
) -> Candidate {
    Candidate {
        chosen: Chosen {
            encoding,
            skip,
            drop_own_bom: false,
            strict,
        },
        name,
        guessed: false,
    }
}

/// Surveys a file of `kind`, or refuses it (no header, or not in the
/// encoding the user chose).
pub fn survey(kind: Kind, src: &mut dyn Input, how: &Decoding) -> Result<Survey, Refusal> {
    survey_as(Expect::Kind(kind), src, how)
}

/// [`survey`] for the columns `expect` says.
pub fn survey_as(expect: Expect, src: &mut dyn Input, how: &Decoding) -> Result<Survey, Refusal> {
    if let Some(forced) = how.forced {
        let c = Candidate {
            chosen: Chosen {
                encoding: forced,
                skip: 0,
                drop_own_bom: true,
                strict: true,
            },
            name: display_name(forced),
            guessed: false,
        };
        return match pass(expect, src, &c)? {
            Ok(s) => Ok(s),
            Err(line) => Err(Refusal::Rejected(Rejected::new(
                None,
                vec![RowError {
                    row: line,
                    column: None,
                    reason: format!(
                        "the file is not in {}: line {line} has bytes that encoding cannot hold",
                        display_name(forced)
                    ),
                }],
            ))),
        };
    }
    let mut start = [0u8; 4096];
    src.seek(SeekFrom::Start(0))?;
    let n = read_some(src, &mut start)?;
    let start = &start[..n];
    // The candidates after the first, tried when it does not fit.
    let mut skip = 0u64;
    let mut tries: Vec<Candidate> = Vec::new();
    match Encoding::for_bom(start) {
        Some((enc, len)) if enc == UTF_8 => {
            skip = len as u64;
            tries.push(candidate(UTF_8, skip, true, "UTF-8 with BOM"));
        }
        Some((enc, len)) => {
            tries.push(candidate(enc, len as u64, false, enc.name()));
        }
        None => {
            if let Some(enc) = utf16_shape(start) {
                tries.push(candidate(enc, 0, true, enc.name()));
            }
            tries.push(candidate(UTF_8, 0, true, "UTF-8"));
        }
    }
    for c in &tries {
        if let Ok(s) = pass(expect, src, c)? {
            return Ok(s);
        }
    }
    // Not Unicode: the legacy code page of the Excel that wrote it.
    let (enc, guessed) = legacy_stream(src, skip, how.hint)?;
    let mut c = candidate(enc, skip, false, display_name(enc));
    c.guessed = guessed;
    match pass(expect, src, &c)? {
        Ok(s) => Ok(s),
        // A pass that is not strict does not stop at a byte.
        Err(line) => Err(Refusal::Io(io::Error::other(format!(
            "cannot decode line {line}"
        )))),
    }
}

fn read_some(src: &mut dyn Input, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match src.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// The evidence gathered record by record.
#[derive(Default)]
struct Tallies {
    amounts: AmountTally,
    dates: DateTally,
    months: Vec<(&'static str, usize)>,
    /// Per header column: some record has a value there.
    has_values: Vec<bool>,
    records: usize,
}

/// One survey under candidate `c`: `Err(line)` when a strict candidate
/// does not fit the file.
fn pass(
    expect: Expect,
    src: &mut dyn Input,
    c: &Candidate,
) -> Result<Result<Survey, usize>, Refusal> {
    let text = match head(src, &c.chosen) {
        Ok(t) => t,
        Err(Stop::Malformed(line)) => return Ok(Err(line)),
        Err(Stop::Io(e)) => return Err(Refusal::Io(e)),
    };
    // The head is decoded under this candidate, so a header in a legacy
    // code page is named only once it is read as one.
    let (kind, known) = expect.resolve(&text);
    let delimiter = detect_delimiter(&text, known);
    let mut header: Option<(usize, Vec<String>)> = None;
    let mut columns = Columns::new();
    let mut t = Tallies::default();
    let (mut amount_idx, mut date_idx) = (Vec::new(), Vec::new());
    let (mut touch, mut month) = (None, None);
    let visited = each_record(src, &c.chosen, delimiter, |line, cells| {
        let Some((_, names)) = &header else {
            let (cols, _) = match_names(cells, line, known, &[], "", &|_| false);
            columns = cols;
            amount_idx = index_of(&columns, AMOUNT_COLUMNS);
            date_idx = index_of(&columns, DATE_COLUMNS);
            touch = columns.get("touchpoints").copied();
            month = columns.get("month").copied();
            t.has_values = vec![false; cells.len()];
            header = Some((line, cells.to_vec()));
            return true;
        };
        t.records += 1;
        for (i, cell) in cells.iter().enumerate() {
            if let Some(h) = t.has_values.get_mut(i) {
                *h |= !cell.is_empty();
            }
        }
        if cells.len() != names.len() {
            return true;
        }
        amount_idx.iter().for_each(|&i| t.amounts.add(&cells[i]));
        date_idx.iter().for_each(|&i| t.dates.add(&cells[i]));
        if let Some(i) = touch {
            touchpoint_dates(&cells[i]).for_each(|d| t.dates.add(d));
        }
        if let Some(f) = month.and_then(|i| month_format(&cells[i])) {
            match t.months.iter_mut().find(|m| m.0 == f) {
                Some(m) => m.1 += 1,
                None => t.months.push((f, 1)),
            }
        }
        true
    });
    match visited {
        Ok(()) => {}
        Err(Stop::Malformed(line)) => return Ok(Err(line)),
        Err(Stop::Io(e)) => return Err(Refusal::Io(e)),
    }
    let Some((header_line, header)) = header else {
        return Err(Refusal::Rejected(Rejected::new(
            Some(Detected {
                encoding: c.name,
                encoding_guessed: false,
                delimiter,
                decimal_separator: None,
                date_format: "YYYY-MM-DD",
            }),
            vec![RowError {
                row: 1,
                column: None,
                reason: "the file is empty".into(),
            }],
        )));
    };
    let has_values = |i: usize| t.has_values.get(i).copied().unwrap_or(false);
    let (columns, header_errors) = match_names(
        &header,
        header_line,
        known,
        kind.map_or(&[], Kind::required),
        kind.map_or("", Kind::as_str),
        &has_values,
    );
    let amounts = t.amounts.finish();
    let dates = t.dates.finish();
    let has_dates = DATE_COLUMNS.iter().any(|c| columns.contains_key(c)) || touch.is_some();
    let date_format = if month.is_some() && !has_dates {
        // The first seen wins a tie, so the answer does not depend on hashing.
        t.months
            .iter()
            .rev()
            .max_by_key(|m| m.1)
            .map_or("YYYY-MM", |m| m.0)
    } else {
        dates.format_name()
    };
    Ok(Ok(Survey {
        chosen: c.chosen,
        detected: Detected {
            encoding: c.name,
            encoding_guessed: c.guessed,
            delimiter,
            decimal_separator: amounts.decimal,
            date_format,
        },
        header,
        columns,
        header_errors,
        rules: FileRules { amounts, dates },
        records: t.records,
    }))
}

fn index_of(columns: &Columns, names: &[&str]) -> Vec<usize> {
    names
        .iter()
        .filter_map(|n| columns.get(n).copied())
        .collect()
}
