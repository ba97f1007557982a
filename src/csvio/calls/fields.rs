//! The cell forms the phone systems write, read one way for every format:
//! durations in seconds or clock form, their date-times, a number in
//! brackets after a name, and the split of a file into its header and rows.

use crate::csvio::table::{self, Record};
use crate::csvio::{reader, RowError};
use crate::records::{record_years_text, RECORD_YEARS};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

pub fn error(row: usize, column: &str, reason: impl Into<String>) -> RowError {
    RowError {
        row,
        column: Some(column.to_string()),
        reason: reason.into(),
    }
}

fn digits(s: &str, min: usize, max: usize) -> Option<i64> {
    let ok = (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| s.parse().ok()).flatten()
}

/// A duration in whole seconds, or as `H:MM:SS` (3CX, spreadsheets). A
/// minus sign is refused by name: a call cannot last less than nothing, and
/// a log that says so is broken in a way the owner should see.
pub fn seconds(cell: &str) -> Result<i64, String> {
    let cell = cell.trim();
    if cell.starts_with('-') {
        return Err(format!("\"{cell}\": a duration cannot be negative"));
    }
    let bad = || format!("\"{cell}\" is not a duration in whole seconds or H:MM:SS");
    if let Some(s) = digits(cell, 1, 12) {
        return Ok(s);
    }
    match cell.split(':').collect::<Vec<_>>().as_slice() {
        [h, m, s] => {
            let (h, m, s) = (
                digits(h, 1, 6).ok_or_else(bad)?,
                digits(m, 2, 2).ok_or_else(bad)?,
                digits(s, 2, 2).ok_or_else(bad)?,
            );
            if m > 59 || s > 59 {
                return Err(bad());
            }
            Ok(h * 3600 + m * 60 + s)
        }
        _ => Err(bad()),
    }
}

/// The FRITZ!Box's `Dauer`: hours and minutes (`1:05` is an hour and five
/// minutes), in seconds.
pub fn hours_minutes(cell: &str) -> Result<i64, String> {
    let cell = cell.trim();
    if cell.starts_with('-') {
        return Err(format!("\"{cell}\": a duration cannot be negative"));
    }
    let bad = || format!("\"{cell}\" is not a duration as H:MM");
    let (h, m) = cell.split_once(':').ok_or_else(bad)?;
    let (h, m) = (
        digits(h, 1, 4).ok_or_else(bad)?,
        digits(m, 2, 2).ok_or_else(bad)?,
    );
    if m > 59 {
        return Err(bad());
    }
    Ok((h * 60 + m) * 60)
}

fn in_record_years(cell: &str, at: NaiveDateTime) -> Result<NaiveDateTime, String> {
    if RECORD_YEARS.contains(&at.year()) {
        Ok(at)
    } else {
        Err(format!(
            "\"{cell}\": the year must be between {}",
            record_years_text()
        ))
    }
}

/// Asterisk's `start`: `%Y-%m-%d %T`, as `cdr_csv.c` writes it.
pub fn asterisk_time(cell: &str) -> Result<NaiveDateTime, String> {
    let at = NaiveDateTime::parse_from_str(cell.trim(), "%Y-%m-%d %H:%M:%S")
        .map_err(|_| format!("\"{cell}\" is not a time as YYYY-MM-DD HH:MM:SS"))?;
    in_record_years(cell, at)
}

/// The FRITZ!Box's `Datum`: `DD.MM.YY HH:MM`, or with a four-digit year as
/// some firmware writes it. A two-digit year is of this century: the box
/// was first sold in 2004.
pub fn fritz_time(cell: &str) -> Result<NaiveDateTime, String> {
    let bad = || format!("\"{cell}\" is not a time as DD.MM.YY HH:MM");
    let (day, time) = cell.trim().split_once(' ').ok_or_else(bad)?;
    let parts: Vec<&str> = day.split('.').collect();
    let [d, m, y] = parts.as_slice() else {
        return Err(bad());
    };
    let year = match y.len() {
        2 => 2000 + digits(y, 2, 2).ok_or_else(bad)?,
        _ => digits(y, 4, 4).ok_or_else(bad)?,
    };
    let date = NaiveDate::from_ymd_opt(
        year as i32,
        digits(m, 1, 2).ok_or_else(bad)? as u32,
        digits(d, 1, 2).ok_or_else(bad)? as u32,
    )
    .ok_or_else(bad)?;
    let time = NaiveTime::parse_from_str(time.trim(), "%H:%M").map_err(|_| bad())?;
    in_record_years(cell, date.and_time(time))
}

/// Whether a date-time cell names a time of day: a call log's start is a
/// moment, and a date alone would put every call of the day at midnight,
/// thirty minutes from nothing anyone logged.
pub fn has_time_of_day(cell: &str) -> bool {
    cell.trim().contains([' ', 'T', 't'])
}

/// The number a cell shows: the one in the last brackets of `Name (101)` or
/// `Müller GmbH (+49 30 1234567)`, or the cell itself. `None` when what is
/// left holds no digit (`Anonymous`, a queue's name).
pub fn number_in(cell: &str) -> Option<&str> {
    let cell = cell.trim();
    let inner = cell
        .strip_suffix(')')
        .and_then(|c| c.rfind('(').map(|i| c[i + 1..].trim()))
        .filter(|n| n.chars().any(|c| c.is_ascii_digit()));
    let number = inner.unwrap_or(cell);
    number.chars().any(|c| c.is_ascii_digit()).then_some(number)
}

/// Text that is present: `None` for an empty cell.
pub fn present(cell: &str) -> Option<String> {
    let cell = cell.trim();
    (!cell.is_empty()).then(|| cell.to_string())
}

/// A file with a header row: its delimiter, the header and the data rows.
pub struct Sheet {
    pub delimiter: char,
    pub header: Record,
    pub rows: Vec<Record>,
}

/// Splits `text` with `delimiter`; `None` when it has no line with content.
pub fn sheet(text: &str, delimiter: char) -> Option<Sheet> {
    let mut records = table::records(text, delimiter).into_iter();
    let header = records.next()?;
    Some(Sheet {
        delimiter,
        header,
        rows: records.collect(),
    })
}

impl Sheet {
    /// The index of the first header cell that equals one of `names`,
    /// ignoring case and surrounding spaces.
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        self.header.cells.iter().position(|h| {
            names
                .iter()
                .any(|n| h.trim().to_lowercase() == n.to_lowercase())
        })
    }

    /// The rows whose width is the header's, leaving out those `skip`
    /// names; every other row is an error, as for every kind of file.
    pub fn even_rows(
        &self,
        skip: impl Fn(&Record) -> bool,
        errors: &mut Vec<RowError>,
    ) -> Vec<&Record> {
        let rows = self.rows.iter().filter(|r| !skip(r));
        reader::even_records(rows, self.header.cells.len(), errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(seconds("0"), Ok(0));
        assert_eq!(seconds(" 95 "), Ok(95));
        assert_eq!(seconds("00:01:35"), Ok(95));
        assert_eq!(seconds("1:00:00"), Ok(3600));
        for bad in ["1:35", "00:61:00", "1.5", "95s", "", "00:01:3"] {
            assert!(seconds(bad).is_err(), "{bad}");
        }
        assert!(seconds("-5").unwrap_err().contains("cannot be negative"));
        assert_eq!(hours_minutes("0:05"), Ok(300));
        assert_eq!(hours_minutes("1:05"), Ok(3900));
        assert_eq!(hours_minutes("0:00"), Ok(0));
        assert!(hours_minutes("-0:05").unwrap_err().contains("negative"));
        for bad in ["5", "0:5", "0:60", "a:bc"] {
            assert!(hours_minutes(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn times() {
        let t = |y, mo, d, h, mi, s| {
            NaiveDate::from_ymd_opt(y, mo, d)
                .unwrap()
                .and_hms_opt(h, mi, s)
                .unwrap()
        };
        assert_eq!(
            asterisk_time("2026-03-02 09:00:05"),
            Ok(t(2026, 3, 2, 9, 0, 5))
        );
        assert!(asterisk_time("2026-03-02").is_err());
        assert!(asterisk_time("02.03.2026 09:00:05").is_err());
        assert!(asterisk_time("1899-03-02 09:00:05")
            .unwrap_err()
            .contains("1900 to 2200"));
        assert_eq!(fritz_time("02.03.26 09:41"), Ok(t(2026, 3, 2, 9, 41, 0)));
        assert_eq!(fritz_time("2.3.2026 9:41"), Ok(t(2026, 3, 2, 9, 41, 0)));
        for bad in [
            "02.03.26",
            "31.02.26 09:41",
            "02.03.26 25:00",
            "gestern 09:41",
        ] {
            assert!(fritz_time(bad).is_err(), "{bad}");
        }
        assert!(has_time_of_day("2026-03-02 09:00"));
        assert!(has_time_of_day("2026-03-02T09:00"));
        assert!(!has_time_of_day("2026-03-02"));
    }

    #[test]
    fn numbers_in_cells() {
        assert_eq!(number_in("Anna Schmidt (101)"), Some("101"));
        assert_eq!(
            number_in("Müller GmbH (+49 30 1234567)"),
            Some("+49 30 1234567")
        );
        assert_eq!(number_in("+49 30 1234567"), Some("+49 30 1234567"));
        assert_eq!(number_in("Anonymous"), None);
        assert_eq!(number_in("Sales (Queue)"), None);
        assert_eq!(number_in(""), None);
    }
}
