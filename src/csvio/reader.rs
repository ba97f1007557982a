//! The reading pipeline: header matching, the file-wide decisions, the typed
//! rows of each kind and the checks across rows (duplicates within the file).

use super::amount::AmountRules;
use super::cells::{touchpoint_dates, Cells, Columns, FileRules};
use super::date::{month_format, DateRules};
use super::encoding::Decoding;
use super::table::{self, Record, Table, Unreadable};
use super::{header, kinds, Detected, Kind, Parsed, ReadOptions, Rejected, RowError, Rows};
use crate::store::input::{NewActivity, NewSpend, NewTraffic};
use std::collections::HashMap;
use std::hash::Hash;

const AMOUNT_COLUMNS: &[&str] = &["amount", "estimated_value", "sales_target"];
const DATE_COLUMNS: &[&str] = &[
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
    let row = table.header_line;
    let mut columns = Columns::new();
    let mut errors = Vec::new();
    for (i, name) in table.header.iter().enumerate() {
        let err = |column: Option<&str>, reason: String| RowError {
            row,
            column: column.map(String::from),
            reason,
        };
        if name.is_empty() {
            if table
                .records
                .iter()
                .any(|r| r.cells.get(i).is_some_and(|c| !c.is_empty()))
            {
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
        },
        Unreadable::Encoding(e) => Rejected {
            detected: None,
            errors: vec![e],
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

pub fn parse(kind: Kind, bytes: &[u8], options: &ReadOptions) -> Result<Parsed, Rejected> {
    let table = rejected_early(kind.columns(), bytes, &options.decoding)?;
    let (columns, mut errors) =
        match_header(&table, kind.columns(), kind.required(), kind.as_str());
    let records = even_records(&table.records, table.header.len(), &mut errors);
    let (mut rules, date_format) = decide(&columns, &records);
    rules.amounts.max_decimals = options.max_decimals;
    let detected = Detected {
        encoding: table.encoding,
        encoding_guessed: table.encoding_guessed,
        delimiter: table.delimiter,
        decimal_separator: rules.amounts.decimal,
        date_format,
    };
    if errors.iter().any(|e| e.row == table.header_line) {
        // With a bad header the cells cannot be trusted to mean anything.
        return Err(Rejected {
            detected: Some(detected),
            errors,
        });
    }
    let rows = read_rows(kind, &records, &columns, &rules, &mut errors);
    if errors.is_empty() {
        Ok(Parsed { detected, rows })
    } else {
        errors.sort_by_key(|e| e.row);
        Err(Rejected {
            detected: Some(detected),
            errors,
        })
    }
}

fn read_rows(
    kind: Kind,
    records: &[&Record],
    columns: &Columns,
    rules: &FileRules,
    errors: &mut Vec<RowError>,
) -> Rows {
    fn each<T>(
        records: &[&Record],
        columns: &Columns,
        rules: &FileRules,
        errors: &mut Vec<RowError>,
        build: fn(&mut Cells) -> Option<T>,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for r in records {
            let mut cells = Cells {
                line: r.line,
                cells: &r.cells,
                columns,
                rules,
                errors: Vec::new(),
            };
            if let Some(row) = build(&mut cells) {
                out.push(row);
            }
            errors.append(&mut cells.errors);
        }
        out
    }
    match kind {
        Kind::Sources => {
            let rows = each(records, columns, rules, errors, kinds::source);
            dedup(
                &rows,
                |r| r.name.to_lowercase(),
                |r| r.row,
                Some("source"),
                |r| format!("the source \"{}\"", r.name),
                errors,
            );
            Rows::Sources(rows)
        }
        Kind::Spend => {
            let rows = each(records, columns, rules, errors, kinds::spend);
            let key = |r: &kinds::Numbered<NewSpend>| r.record.clone();
            dedup(
                &rows,
                key,
                |r| r.row,
                None,
                |_| "the same spend".into(),
                errors,
            );
            Rows::Spend(rows)
        }
        // Ids are compared as written, so a duplicate is found even when the
        // row that has the id first is refused for another reason.
        Kind::Inquiries => {
            let rows = each(records, columns, rules, errors, kinds::inquiry);
            dedup(
                &with_id(records, columns),
                |r| r.1.clone(),
                |r| r.0,
                Some("id"),
                what_id,
                errors,
            );
            Rows::Inquiries(rows)
        }
        Kind::Deals => {
            let rows = each(records, columns, rules, errors, kinds::deal);
            dedup(
                &with_id(records, columns),
                |r| r.1.clone(),
                |r| r.0,
                Some("id"),
                what_id,
                errors,
            );
            Rows::Deals(rows)
        }
        Kind::Targets => {
            let rows = each(records, columns, rules, errors, kinds::target);
            dedup(
                &rows,
                |r| r.year,
                |r| r.row,
                Some("year"),
                |r| format!("the year {}", r.year),
                errors,
            );
            Rows::Targets(rows)
        }
        Kind::Traffic => {
            let rows = each(records, columns, rules, errors, kinds::traffic);
            let key = |r: &kinds::Numbered<NewTraffic>| (r.month, r.source.to_lowercase());
            dedup(
                &rows,
                key,
                |r| r.row,
                Some("source"),
                |r| format!("{} in {}", r.source, r.month.format("%Y-%m")),
                errors,
            );
            Rows::Traffic(rows)
        }
        Kind::Activity => {
            let rows = each(records, columns, rules, errors, kinds::activity);
            let key = |r: &kinds::Numbered<NewActivity>| {
                (r.month, r.source.to_lowercase(), r.metric.clone())
            };
            dedup(
                &rows,
                key,
                |r| r.row,
                Some("metric"),
                |r| {
                    format!(
                        "{} of {} in {}",
                        r.metric,
                        r.source,
                        r.month.format("%Y-%m")
                    )
                },
                errors,
            );
            Rows::Activity(rows)
        }
    }
}

fn what_id(r: &(usize, String)) -> String {
    format!("the id \"{}\"", r.1)
}

/// The line and `id` cell of every record that has one.
fn with_id(records: &[&Record], columns: &Columns) -> Vec<(usize, String)> {
    let Some(&i) = columns.get("id") else {
        return Vec::new();
    };
    records
        .iter()
        .filter(|r| !r.cells[i].is_empty())
        .map(|r| (r.line, r.cells[i].clone()))
        .collect()
}

/// Refuses every row whose key an earlier row of the file already has.
/// `what` names the key for the message, e.g. `the id "Q-1"`.
fn dedup<T, K: Eq + Hash>(
    rows: &[T],
    key: impl Fn(&T) -> K,
    line: impl Fn(&T) -> usize,
    column: Option<&str>,
    what: impl Fn(&T) -> String,
    errors: &mut Vec<RowError>,
) {
    let mut seen: HashMap<K, usize> = HashMap::new();
    for r in rows {
        match seen.get(&key(r)) {
            Some(first) => errors.push(RowError {
                row: line(r),
                column: column.map(String::from),
                reason: format!("{} already appears in row {first}", what(r)),
            }),
            None => {
                seen.insert(key(r), line(r));
            }
        }
    }
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
