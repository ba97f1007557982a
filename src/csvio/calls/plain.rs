//! The spec's plain form of a call log (`started_at, caller, dialled,
//! duration_s, answered, direction, extension, call_id`), its header in any
//! of the five languages by the one rule of `header.rs`, and the generic
//! mapping (`--columns started_at=Beginn,caller=Von,dialled=An`) that reads
//! any other layout's columns as these.

use super::fields::{self, has_time_of_day, Sheet};
use super::record::{CallDirection, Leg};
use crate::csvio::amount::AmountRules;
use crate::csvio::cells::{Cells, Columns, FileRules};
use crate::csvio::date::DateRules;
use crate::csvio::table::{self, Table};
use crate::csvio::{header, reader, RowError};

/// Every column of the plain form, in the spec's (and an export's) order.
pub const COLUMNS: &[&str] = &[
    "started_at",
    "caller",
    "dialled",
    "duration_s",
    "answered",
    "direction",
    "extension",
    "call_id",
];

/// The columns a plain file, and a mapping, must have.
pub const REQUIRED: &[&str] = &["started_at", "caller", "dialled"];

/// Which column of a file holds each column of the plain form: the
/// `--columns` argument, read once and checked before any file is opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnMap {
    pairs: Vec<(&'static str, String)>,
}

impl ColumnMap {
    /// Reads `started_at=Beginn,caller=Von,dialled=An,…`. Every name left
    /// of a `=` must be a plain-form column, none twice, and the required
    /// three must be there; right of it is the file's header name as
    /// written (case and surrounding spaces aside).
    pub fn parse(spec: &str) -> Result<ColumnMap, String> {
        let mut pairs: Vec<(&'static str, String)> = Vec::new();
        for item in spec.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let Some((ours, theirs)) = item.split_once('=') else {
                return Err(format!("\"{item}\" is not column=header name"));
            };
            let (ours, theirs) = (ours.trim(), theirs.trim());
            let Some(column) = COLUMNS
                .iter()
                .copied()
                .find(|c| c.eq_ignore_ascii_case(ours))
            else {
                return Err(format!(
                    "\"{ours}\" is not a column of a call log; the columns are: {}",
                    COLUMNS.join(", ")
                ));
            };
            if theirs.is_empty() {
                return Err(format!("\"{item}\" names no column of the file"));
            }
            if pairs.iter().any(|(c, _)| *c == column) {
                return Err(format!("\"{column}\" is given more than once"));
            }
            pairs.push((column, theirs.to_string()));
        }
        let missing: Vec<&str> = REQUIRED
            .iter()
            .copied()
            .filter(|r| !pairs.iter().any(|(c, _)| c == r))
            .collect();
        if !missing.is_empty() {
            return Err(format!(
                "the mapping must name the file's column for: {}",
                missing.join(", ")
            ));
        }
        Ok(ColumnMap { pairs })
    }

    /// The file's name for `column`, if the mapping gives one.
    pub fn file_column(&self, column: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, n)| n.as_str())
    }
}

/// Whether a header is the plain form's (in any of the five languages):
/// it names `started_at` and another of its columns. A file that lacks a
/// required one is still taken for the plain form, so that the refusal can
/// name the column it misses.
pub fn recognises(sheet: &Sheet) -> bool {
    let named: Vec<&str> = sheet
        .header
        .cells
        .iter()
        .filter_map(|h| header::column(COLUMNS, h))
        .collect();
    named.contains(&"started_at") && named.len() >= 2
}

/// The delimiter that splits the first line into the most of the names a
/// mapping gives; ties go to the order `,` `;` tab.
pub fn mapped_delimiter(text: &str, map: &ColumnMap) -> char {
    let line = text
        .split(['\r', '\n'])
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    let mut best = (',', 0usize);
    for d in [',', ';', '\t'] {
        let cells = table::records(line, d)
            .into_iter()
            .next()
            .map(|r| r.cells)
            .unwrap_or_default();
        let found = map
            .pairs
            .iter()
            .filter(|(_, n)| cells.iter().any(|c| c.eq_ignore_ascii_case(n)))
            .count();
        if found > best.1 {
            best = (d, found);
        }
    }
    best.0
}

/// Where each column is: by the one header rule for the plain form (which
/// refuses unknown, doubled and missing columns), by the mapping otherwise
/// (which leaves the file's other columns unread).
fn columns(sheet: &Sheet, map: Option<&ColumnMap>) -> (Columns, Vec<RowError>) {
    let Some(map) = map else {
        let table = Table {
            encoding: "",
            encoding_guessed: false,
            delimiter: sheet.delimiter,
            header: sheet.header.cells.clone(),
            header_line: sheet.header.line,
            records: sheet.rows.clone(),
        };
        return reader::match_header(&table, COLUMNS, REQUIRED, "calls");
    };
    let mut columns = Columns::new();
    let mut errors = Vec::new();
    for (ours, theirs) in &map.pairs {
        match sheet.column(&[theirs]) {
            Some(i) => {
                columns.insert(*ours, i);
            }
            None => errors.push(fields::error(
                sheet.header.line,
                theirs,
                format!("the file has no column \"{theirs}\" (mapped to {ours})"),
            )),
        }
    }
    (columns, errors)
}

/// One leg per row; every bad cell is named with its row and column.
pub fn legs(sheet: &Sheet, map: Option<&ColumnMap>) -> (Vec<Leg>, Vec<RowError>, &'static str) {
    let (columns, mut errors) = columns(sheet, map);
    if !errors.is_empty() {
        return (Vec::new(), errors, "YYYY-MM-DD");
    }
    let rows = sheet.even_rows(|_| false, &mut errors);
    let start = columns["started_at"];
    let rules = FileRules {
        amounts: AmountRules::decide(std::iter::empty()),
        dates: DateRules::decide(rows.iter().map(|r| r.cells[start].as_str())),
    };
    let mut legs = Vec::new();
    for r in rows {
        let mut c = Cells {
            line: r.line,
            cells: &r.cells,
            columns: &columns,
            rules: &rules,
            errors: Vec::new(),
        };
        if let Some(leg) = leg(&mut c) {
            legs.push(leg);
        }
        errors.append(&mut c.errors);
    }
    (legs, errors, rules.dates.format_name())
}

/// Every cell is read (so every bad one is reported) before any is used.
fn leg(c: &mut Cells) -> Option<Leg> {
    let started_at = if c.raw("started_at").is_empty() || has_time_of_day(c.raw("started_at")) {
        c.required_datetime("started_at")
    } else {
        let reason = format!("\"{}\" has no time of day", c.raw("started_at"));
        c.error("started_at", reason);
        None
    };
    let caller = c.required("caller");
    let dialled = c.required("dialled");
    let duration = match c.raw("duration_s") {
        "" => Some(0),
        raw => fields::seconds(raw)
            .map_err(|e| c.error("duration_s", e))
            .ok(),
    };
    let answered = c.boolean("answered", true);
    let direction = c
        .choice("direction", CallDirection::parse, CallDirection::choices())
        .unwrap_or(CallDirection::Inbound);
    let leg = Leg {
        row: c.line,
        started_at: started_at?,
        caller,
        dialled: Some(dialled),
        duration_s: duration?,
        answered,
        direction,
        extension: c.text("extension"),
        call_id: c.text("call_id"),
    };
    c.errors.is_empty().then_some(leg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mapping_names_known_columns_once_and_the_required_ones() {
        let map = ColumnMap::parse(" started_at = Beginn , CALLER=Von,dialled=An,duration_s=Sek.")
            .unwrap();
        assert_eq!(map.file_column("caller"), Some("Von"));
        assert_eq!(map.file_column("duration_s"), Some("Sek."));
        assert_eq!(map.file_column("call_id"), None);
        for (spec, says) in [
            ("started_at=A,caller=B", "dialled"),
            ("started_at=A,caller=B,dialled=C,colour=D", "\"colour\""),
            ("started_at=A,caller=B,dialled=C,caller=D", "more than once"),
            ("started_at=A,caller=,dialled=C", "names no column"),
            ("started_at=A,caller,dialled=C", "column=header"),
        ] {
            let err = ColumnMap::parse(spec).unwrap_err();
            assert!(err.contains(says), "{spec}: {err}");
        }
    }

    #[test]
    fn every_column_has_its_names_and_no_two_share_one() {
        for col in COLUMNS {
            let names = &header::NAMES
                .iter()
                .find(|(en, _)| en == col)
                .unwrap_or_else(|| panic!("{col} has no names"))
                .1;
            for n in names.iter().chain([col]) {
                assert_eq!(header::column(COLUMNS, n), Some(*col), "{n}");
            }
        }
    }
}
