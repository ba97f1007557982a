//! The reading pipeline: header matching, the file-wide decisions, the typed
//! rows of each kind and the checks across rows (duplicates within the file).

use super::amount::AmountRules;
use super::cells::{touchpoint_dates, Columns, FileRules};
use super::date::{month_format, DateRules};
use super::encoding::Decoding;
use super::table::{self, Record, Table, Unreadable};
use super::{header, Detected, Kind, Rejected, RowError};

pub(super) const AMOUNT_COLUMNS: &[&str] = &["amount", "estimated_value", "sales_target"];
pub(super) const DATE_COLUMNS: &[&str] = &[
    "date",
    "received_at",
    "quoted_at",
    "closed_at",
    "qualified_at",
];

/// Maps the header onto `known` columns. Unknown, duplicate and (for a kind)
/// missing required columns are errors on the header's row. A column without
/// a name is ignored if it is empty all the way down (spreadsheets leave such
/// columns behind), and refused otherwise.
pub fn match_header(
    table: &Table,
    known: &[&'static str],
    required: &[&str],
    kind: &str,
) -> (Columns, Vec<RowError>) {
    let has_values = |i: usize| {
        table
            .records
            .iter()
            .any(|r| r.cells.get(i).is_some_and(|c| !c.is_empty()))
    };
    match_names(
        &table.header,
        table.header_line,
        known,
        required,
        kind,
        &has_values,
    )
}

/// [`match_header`] for a header read on its own: `has_values` tells
/// whether some record has a value in a column.
pub fn match_names(
    header: &[String],
    row: usize,
    known: &[&'static str],
    required: &[&str],
    kind: &str,
    has_values: &dyn Fn(usize) -> bool,
) -> (Columns, Vec<RowError>) {
    let mut columns = Columns::new();
    let mut errors = Vec::new();
    for (i, name) in header.iter().enumerate() {
        let err = |column: Option<&str>, reason: String| RowError {
            row,
            column: column.map(String::from),
            reason,
        };
        if name.is_empty() {
            if has_values(i) {
                errors.push(err(
                    None,
                    format!("column {} has values but no name in the header", i + 1),
                ));
            }
            continue;
        }
        match header::column(known, name) {
            Some(k) if columns.contains_key(k) => {
                errors.push(err(
                    Some(k),
                    format!("the column \"{k}\" appears more than once"),
                ));
            }
            Some(k) => {
                columns.insert(k, i);
            }
            None => errors.push(err(
                Some(name),
                format!(
                    "unknown column \"{name}\"; a {kind} file has: {}",
                    known.join(", ")
                ),
            )),
        }
    }
    for r in required {
        if !columns.contains_key(r) {
            errors.push(RowError {
                row,
                column: Some(r.to_string()),
                reason: format!("the required column \"{r}\" is missing"),
            });
        }
    }
    (columns, errors)
}

/// Decides the decimal separator and date format from every relevant cell.
fn decide(columns: &Columns, records: &[&Record]) -> (FileRules, &'static str) {
    let cells = |names: &'static [&'static str]| {
        let idx: Vec<usize> = names
            .iter()
            .filter_map(|n| columns.get(n).copied())
            .collect();
        records
            .iter()
            .flat_map(move |r| idx.clone().into_iter().filter_map(|i| r.cells.get(i)))
    };
    let amounts = AmountRules::decide(cells(AMOUNT_COLUMNS).map(String::as_str));
    let touch = columns.get("touchpoints").copied();
    let touch_dates = records
        .iter()
        .filter_map(move |r| r.cells.get(touch?))
        .flat_map(|c| touchpoint_dates(c));
    let dates = DateRules::decide(cells(DATE_COLUMNS).map(String::as_str).chain(touch_dates));
    let has_dates = DATE_COLUMNS.iter().any(|c| columns.contains_key(c)) || touch.is_some();
    let format = match columns.get("month") {
        Some(&i) if !has_dates => {
            most_common(records.iter().filter_map(|r| month_format(r.cells.get(i)?)))
                .unwrap_or("YYYY-MM")
        }
        _ => dates.format_name(),
    };
    (FileRules { amounts, dates }, format)
}

fn most_common(items: impl Iterator<Item = &'static str>) -> Option<&'static str> {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for item in items {
        match counts.iter_mut().find(|c| c.0 == item) {
            Some(c) => c.1 += 1,
            None => counts.push((item, 1)),
        }
    }
    // The first seen wins a tie, so the answer does not depend on hashing.
    counts.iter().rev().max_by_key(|c| c.1).map(|c| c.0)
}

fn rejected_early(
    kind_columns: &[&'static str],
    bytes: &[u8],
    how: &Decoding,
) -> Result<Table, Rejected> {
    table::read(bytes, kind_columns, how).map_err(|why| match why {
        Unreadable::Empty {
            encoding,
            delimiter,
        } => Rejected {
            detected: Some(Detected {
                encoding,
                encoding_guessed: false,
                delimiter,
                decimal_separator: None,
                date_format: "YYYY-MM-DD",
            }),
            errors: vec![RowError {
                row: 1,
                column: None,
                reason: "the file is empty".into(),
            }],
            ..Default::default()
        },
        Unreadable::Encoding(e) => Rejected {
            detected: None,
            errors: vec![e],
            ..Default::default()
        },
    })
}

/// The records as wide as the header; every other one is an error on its
/// row, since a row with a field too many or too few cannot be read.
pub fn even_records<'a>(
    records: impl IntoIterator<Item = &'a Record>,
    width: usize,
    errors: &mut Vec<RowError>,
) -> Vec<&'a Record> {
    let mut even = Vec::new();
    for r in records {
        if r.cells.len() == width {
            even.push(r);
        } else {
            errors.push(RowError {
                row: r.line,
                column: None,
                reason: format!(
                    "the row has {} fields but the header has {width}",
                    r.cells.len()
                ),
            });
        }
    }
    even
}

/// All known column names of every kind, for detecting without a kind.
fn all_columns() -> Vec<&'static str> {
    let mut all: Vec<&'static str> = Kind::ALL
        .iter()
        .flat_map(|k| k.columns().iter().copied())
        .collect();
    all.sort_unstable();
    all.dedup();
    all
}

pub fn preview(
    bytes: &[u8],
    n: usize,
    how: &Decoding,
) -> Result<(Detected, Vec<Vec<String>>), Rejected> {
    let known = all_columns();
    let table = rejected_early(&known, bytes, how)?;
    let mut columns = Columns::new();
    for (i, name) in table.header.iter().enumerate() {
        if let Some(k) = header::column(&known, name) {
            columns.entry(k).or_insert(i);
        }
    }
    let records: Vec<&Record> = table.records.iter().collect();
    let (rules, date_format) = decide(&columns, &records);
    let detected = Detected {
        encoding: table.encoding,
        encoding_guessed: table.encoding_guessed,
        delimiter: table.delimiter,
        decimal_separator: rules.amounts.decimal,
        date_format,
    };
    let mut rows = vec![table.header.clone()];
    rows.extend(table.records.iter().take(n).map(|r| r.cells.clone()));
    Ok((detected, rows))
}
