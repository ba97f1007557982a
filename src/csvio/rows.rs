//! The second pass of a streamed reading: each record read into its kind's
//! row under the survey's decisions and handed on at once, its errors
//! logged; then the checks across rows (a key that an earlier row of the
//! file already has), which keep a hash and a row number per record rather
//! than the keys themselves (decision 77).

use super::cells::{Cells, Columns, FileRules};
use super::errors::ErrorLog;
use super::kinds::{self, Numbered};
use super::stream::{each_record, Input, Stop};
use super::survey::Survey;
use super::{Kind, RowError};
use crate::error::{Error, ErrorCode, Result};
use crate::store::input::{
    NewActivity, NewDeal, NewInquiry, NewSource, NewSpend, NewTarget, NewTraffic,
};
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

/// One good row of a file, as the store's input for its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    Source(Numbered<NewSource>),
    Spend(Numbered<NewSpend>),
    Inquiry(Numbered<NewInquiry>),
    Deal(Numbered<NewDeal>),
    Target(Numbered<NewTarget>),
    Traffic(Numbered<NewTraffic>),
    Activity(Numbered<NewActivity>),
}

fn build(kind: Kind, c: &mut Cells) -> Option<Row> {
    match kind {
        Kind::Sources => kinds::source(c).map(Row::Source),
        Kind::Spend => kinds::spend(c).map(Row::Spend),
        Kind::Inquiries => kinds::inquiry(c).map(Row::Inquiry),
        Kind::Deals => kinds::deal(c).map(Row::Deal),
        Kind::Targets => kinds::target(c).map(Row::Target),
        Kind::Traffic => kinds::traffic(c).map(Row::Traffic),
        Kind::Activity => kinds::activity(c).map(Row::Activity),
    }
}

/// The key no two rows of a file may share, as text compared exactly, with
/// the column an error names. Ids are compared as written, so a duplicate
/// is found even when the row that has the id first is refused for another
/// reason; the other kinds compare the rows they could read.
fn key(kind: Kind, cells: &[String], columns: &Columns, row: Option<&Row>) -> Option<String> {
    match (kind, row) {
        (Kind::Inquiries | Kind::Deals, _) => {
            let id = cells.get(*columns.get("id")?)?;
            (!id.is_empty()).then(|| id.clone())
        }
        (_, Some(Row::Source(r))) => Some(r.name.to_lowercase()),
        // 12.5 and 12.50 are the same amount.
        (_, Some(Row::Spend(r))) => {
            let mut same = r.record.clone();
            same.amount = same.amount.normalize();
            Some(format!("{same:?}"))
        }
        (_, Some(Row::Target(r))) => Some(r.year.to_string()),
        (_, Some(Row::Traffic(r))) => Some(format!("{}\t{}", r.month, r.source.to_lowercase())),
        (_, Some(Row::Activity(r))) => Some(format!(
            "{}\t{}\t{}",
            r.month,
            r.source.to_lowercase(),
            r.metric
        )),
        _ => None,
    }
}

/// How a duplicate row is named, from the row itself.
fn what(kind: Kind, key: &str, row: Option<&Row>) -> (Option<&'static str>, String) {
    match (kind, row) {
        (Kind::Inquiries | Kind::Deals, _) => (Some("id"), format!("the id \"{key}\"")),
        (_, Some(Row::Source(r))) => (Some("source"), format!("the source \"{}\"", r.name)),
        (_, Some(Row::Target(r))) => (Some("year"), format!("the year {}", r.year)),
        (_, Some(Row::Traffic(r))) => (
            Some("source"),
            format!("{} in {}", r.source, r.month.format("%Y-%m")),
        ),
        (_, Some(Row::Activity(r))) => (
            Some("metric"),
            format!(
                "{} of {} in {}",
                r.metric,
                r.source,
                r.month.format("%Y-%m")
            ),
        ),
        _ => (None, "the same spend".into()),
    }
}

fn hash(key: &str) -> u64 {
    let mut h = DefaultHasher::new();
    key.hash(&mut h);
    h.finish()
}

fn io_error(e: std::io::Error) -> Error {
    Error::new(ErrorCode::Io, format!("cannot read the file: {e}"))
}

fn stopped(s: Stop) -> Error {
    match s {
        Stop::Io(e) => io_error(e),
        Stop::Malformed(line) => Error::new(
            ErrorCode::Io,
            format!("the file changed while it was read (line {line})"),
        ),
    }
}

/// Reads every record after the header, hands each good row to `sink`
/// (`None` for a record that was refused, so the caller can count it) with
/// the log for the errors it finds, and logs every error, the duplicates last. An error of `sink` (the database
/// failing) or of reading ends it at once.
pub fn read(
    kind: Kind,
    src: &mut dyn Input,
    survey: &Survey,
    max_decimals: u32,
    log: &mut ErrorLog,
    sink: &mut dyn FnMut(Option<Row>, &mut ErrorLog) -> Result<()>,
) -> Result<()> {
    let mut rules = FileRules {
        amounts: survey.rules.amounts,
        dates: survey.rules.dates,
    };
    rules.amounts.max_decimals = max_decimals;
    let width = survey.header.len();
    // The hash in two halves beside the row: 12 bytes a record, where a
    // (u64, u32) pair would take 16 with its padding.
    let mut seen: Vec<(u32, u32, u32)> = Vec::new();
    data_records(src, survey, |line, cells| {
        if cells.len() != width {
            log.push(RowError {
                row: line,
                column: None,
                reason: format!(
                    "the row has {} fields but the header has {width}",
                    cells.len()
                ),
            })
            .map_err(io_error)?;
            return sink(None, log);
        }
        let (row, errors) = row_of(kind, line, cells, survey, &rules);
        for e in errors {
            log.push(e).map_err(io_error)?;
        }
        if let Some(k) = key(kind, cells, &survey.columns, row.as_ref()) {
            let h = hash(&k);
            seen.push(((h >> 32) as u32, h as u32, line as u32));
        }
        sink(row, log)
    })?;
    duplicates(kind, src, survey, &rules, seen, log)
}

/// One record read as its kind's row, with the errors of its cells.
fn row_of(
    kind: Kind,
    line: usize,
    cells: &[String],
    survey: &Survey,
    rules: &FileRules,
) -> (Option<Row>, Vec<RowError>) {
    let mut c = Cells {
        line,
        cells,
        columns: &survey.columns,
        rules,
        errors: Vec::new(),
    };
    let row = build(kind, &mut c);
    (row, c.errors)
}

/// Hands every record after the header to `visit`, which may end the
/// reading with an error.
fn data_records(
    src: &mut dyn Input,
    survey: &Survey,
    mut visit: impl FnMut(usize, &[String]) -> Result<()>,
) -> Result<()> {
    let mut failed: Option<Error> = None;
    let mut header = true;
    let visited = each_record(
        src,
        &survey.chosen,
        survey.detected.delimiter,
        |line, cells| {
            if std::mem::take(&mut header) {
                return true;
            }
            match visit(line, cells) {
                Ok(()) => true,
                Err(e) => {
                    failed = Some(e);
                    false
                }
            }
        },
    );
    match failed {
        Some(e) => Err(e),
        None => visited.map_err(stopped),
    }
}

/// Logs every row whose key an earlier row has. The hashes sorted find the
/// rows that may share a key; only those are read again, to compare their
/// keys as text and to name them, so a collision of two hashes refuses
/// nothing.
fn duplicates(
    kind: Kind,
    src: &mut dyn Input,
    survey: &Survey,
    rules: &FileRules,
    mut seen: Vec<(u32, u32, u32)>,
    log: &mut ErrorLog,
) -> Result<()> {
    seen.sort_unstable();
    let mut suspects: HashSet<u32> = HashSet::new();
    for pair in seen.windows(2) {
        if (pair[0].0, pair[0].1) == (pair[1].0, pair[1].1) {
            suspects.insert(pair[0].2);
            suspects.insert(pair[1].2);
        }
    }
    drop(seen);
    if suspects.is_empty() {
        return Ok(());
    }
    // The suspects' keys in file order: the first row with a key is the one
    // every later row with it is named against.
    let mut firsts: HashMap<String, usize> = HashMap::new();
    data_records(src, survey, |line, cells| {
        if !suspects.contains(&(line as u32)) {
            return Ok(());
        }
        let (row, _) = row_of(kind, line, cells, survey, rules);
        let Some(k) = key(kind, cells, &survey.columns, row.as_ref()) else {
            return Ok(());
        };
        match firsts.get(&k) {
            Some(&at) => {
                let (column, named) = what(kind, &k, row.as_ref());
                log.push(RowError {
                    row: line,
                    column: column.map(String::from),
                    reason: format!("{named} already appears in row {at}"),
                })
                .map_err(io_error)
            }
            None => {
                firsts.insert(k, line);
                Ok(())
            }
        }
    })
}
