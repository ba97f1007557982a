//! What the readings of every kind share: matching a header onto the known
//! columns, the columns that hold amounts and dates, and the refusal of
//! records not as wide as the header.

use super::cells::Columns;
use super::table::{Record, Table};
use super::{header, RowError};

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
