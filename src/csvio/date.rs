//! Reading dates, times and months.
//!
//! ISO dates are always accepted. Day-first forms (`22.11.2026`, `22/11/2026`,
//! `22-11-2026`) are accepted only when the whole file settles how to read
//! them: every date of one file must share one form, and for `/` and `-`
//! (where a month-first writer is plausible) some cell must prove the order by
//! a first or second number above 12. [`DateRules::decide`] makes that choice
//! once from every date cell of the file, like the amount rules do.

use crate::records::RECORD_YEARS;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// The way the date part of a cell is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Iso,
    Dot,
    Slash,
    Dash,
}

/// Which of the two leading numbers of a `/` or `-` date is the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    DayFirst,
    MonthFirst,
}

/// A date cell split into its numbers, before the order is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Shape {
    style: Style,
    year: i32,
    /// For ISO the month; otherwise the first number.
    a: u32,
    /// For ISO the day; otherwise the second number.
    b: u32,
}

impl Shape {
    /// The order this cell proves, if one of its numbers cannot be a month.
    fn proves(&self) -> Option<Order> {
        match self.style {
            Style::Iso | Style::Dot => None,
            _ if self.a > 12 && self.b <= 12 => Some(Order::DayFirst),
            _ if self.b > 12 && self.a <= 12 => Some(Order::MonthFirst),
            _ => None,
        }
    }
}

fn number(s: &str, min: usize, max: usize) -> Option<u32> {
    let ok = (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| s.parse().ok()).flatten()
}

fn shape(s: &str) -> Option<Shape> {
    let sep = s.chars().find(|c| matches!(c, '-' | '.' | '/'))?;
    let parts: Vec<&str> = s.split(sep).collect();
    if parts.len() != 3 {
        return None;
    }
    if sep == '-' && parts[0].len() == 4 {
        let year = number(parts[0], 4, 4)? as i32;
        return Some(Shape {
            style: Style::Iso,
            year,
            a: number(parts[1], 1, 2)?,
            b: number(parts[2], 1, 2)?,
        });
    }
    let style = match sep {
        '.' => Style::Dot,
        '/' => Style::Slash,
        _ => Style::Dash,
    };
    let year = number(parts[2], 4, 4)? as i32;
    Some(Shape {
        style,
        year,
        a: number(parts[0], 1, 2)?,
        b: number(parts[1], 1, 2)?,
    })
}

/// The evidence of [`DateRules::decide`] gathered one cell at a time: how
/// many cells have each form, and how many of each form prove each order,
/// so that a file read in chunks need not keep its cells.
#[derive(Debug, Clone, Copy, Default)]
pub struct DateTally {
    styles: [usize; 4],
    proofs: [[usize; 2]; 4],
}

const STYLES: [Style; 4] = [Style::Iso, Style::Dot, Style::Slash, Style::Dash];

impl DateTally {
    pub fn add(&mut self, cell: &str) {
        let Some(s) = shape(date_part(cell.trim())) else {
            return;
        };
        let i = s.style as usize;
        self.styles[i] += 1;
        match s.proves() {
            Some(Order::DayFirst) => self.proofs[i][0] += 1,
            Some(Order::MonthFirst) => self.proofs[i][1] += 1,
            None => {}
        }
    }

    pub fn finish(self) -> DateRules {
        let counts = STYLES.map(|st| (st, self.styles[st as usize]));
        let best = counts.iter().map(|c| c.1).max().unwrap_or(0);
        let leaders: Vec<Style> = counts
            .iter()
            .filter(|c| c.1 == best && best > 0)
            .map(|c| c.0)
            .collect();
        let (style, style_tied) = match leaders.as_slice() {
            [one] => (Some(*one), false),
            [] => (None, false),
            _ => (None, true),
        };
        let proofs = |o: Order| style.map_or(0, |st| self.proofs[st as usize][o as usize]);
        let (day, month) = (proofs(Order::DayFirst), proofs(Order::MonthFirst));
        let (order, order_tied) = match (style, day.cmp(&month)) {
            (Some(Style::Dot), _) => (Some(Order::DayFirst), false),
            (_, std::cmp::Ordering::Greater) => (Some(Order::DayFirst), false),
            (_, std::cmp::Ordering::Less) => (Some(Order::MonthFirst), false),
            _ => (None, day > 0),
        };
        DateRules {
            style,
            style_tied,
            order,
            order_tied,
        }
    }
}

/// The file-wide reading of its date cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRules {
    /// The form most date cells use; `None` if there are none or it is tied.
    pub style: Option<Style>,
    pub style_tied: bool,
    /// For `/` and `-` dates: the order some cell proves, by majority.
    pub order: Option<Order>,
    pub order_tied: bool,
}

impl DateRules {
    /// Decides from the date part of every date cell of the file.
    pub fn decide<'a>(cells: impl IntoIterator<Item = &'a str>) -> DateRules {
        let mut tally = DateTally::default();
        cells.into_iter().for_each(|c| tally.add(c));
        tally.finish()
    }

    /// The form to report to the user, e.g. `DD.MM.YYYY`.
    pub fn format_name(&self) -> &'static str {
        let month_first = self.order == Some(Order::MonthFirst);
        match self.style {
            Some(Style::Dot) => "DD.MM.YYYY",
            Some(Style::Slash) if month_first => "MM/DD/YYYY",
            Some(Style::Slash) => "DD/MM/YYYY",
            Some(Style::Dash) if month_first => "MM-DD-YYYY",
            Some(Style::Dash) => "DD-MM-YYYY",
            Some(Style::Iso) | None => "YYYY-MM-DD",
        }
    }

    /// Reads a date cell under these rules.
    pub fn read_date(&self, cell: &str) -> Result<NaiveDate, String> {
        let day = date_part(cell);
        if day.len() < cell.len() {
            // Some tools write a date as the midnight that starts it; any
            // other time of day in a date column is a mistake worth showing.
            let time = cell[day.len()..].trim_start_matches([' ', 'T', 't']);
            if read_time(time) != Some(NaiveTime::MIN) {
                return Err(format!(
                    "\"{cell}\" has a time of day; a date is expected here"
                ));
            }
            return self.read_date(day);
        }
        let Some(shape) = shape(cell) else {
            return Err(format!(
                "\"{cell}\" is not a date; write it as {}",
                self.format_name()
            ));
        };
        if self.style_tied || self.style != Some(shape.style) {
            return Err(format!(
                "\"{cell}\" is written differently from the other dates of this file ({}); \
                 a file must use one date format",
                if self.style_tied {
                    "which mix formats equally"
                } else {
                    self.format_name()
                }
            ));
        }
        let (month, day) = match shape.style {
            Style::Iso => (shape.a, shape.b),
            Style::Dot => (shape.b, shape.a),
            Style::Slash | Style::Dash => {
                let proved = shape.proves();
                if proved.is_some() && (self.order_tied || proved != self.order) {
                    return Err(format!(
                        "\"{cell}\" puts the {} first, unlike other dates of this file",
                        if proved == Some(Order::DayFirst) {
                            "day"
                        } else {
                            "month"
                        }
                    ));
                }
                match self.order {
                    _ if shape.a == shape.b => (shape.a, shape.b),
                    Some(Order::DayFirst) => (shape.b, shape.a),
                    Some(Order::MonthFirst) => (shape.a, shape.b),
                    None if shape.a > 12 && shape.b > 12 => {
                        return Err(format!("\"{cell}\" is not a valid date"))
                    }
                    None => {
                        return Err(format!(
                            "the date \"{cell}\" is ambiguous: day and month cannot be told \
                             apart in this file; write dates as YYYY-MM-DD"
                        ))
                    }
                }
            }
        };
        let date = NaiveDate::from_ymd_opt(shape.year, month, day)
            .ok_or_else(|| format!("\"{cell}\" is not a valid date"))?;
        check_year(cell, shape.year)?;
        Ok(date)
    }

    /// Reads `received_at`: a date alone (midnight), a date and `HH:MM[:SS]`,
    /// or RFC 3339. An offset is dropped, keeping the wall-clock time as written.
    pub fn read_datetime(&self, cell: &str) -> Result<NaiveDateTime, String> {
        let day = date_part(cell);
        let date = self.read_date(day).map_err(|e| {
            if day.len() < cell.len() {
                format!("\"{cell}\": {e}")
            } else {
                e
            }
        })?;
        let rest = cell[date_part(cell).len()..].trim_start_matches([' ', 'T', 't']);
        if rest.is_empty() {
            return Ok(date.and_time(NaiveTime::MIN));
        }
        let time = read_time(rest).ok_or_else(|| {
            format!("\"{cell}\" has no valid time of day; write it as YYYY-MM-DD HH:MM[:SS]")
        })?;
        Ok(date.and_time(time))
    }
}

/// The date part of a date or date-time cell: up to the first space or `T`.
fn date_part(cell: &str) -> &str {
    let end = cell.find([' ', 'T', 't']).unwrap_or(cell.len());
    &cell[..end]
}

fn read_time(s: &str) -> Option<NaiveTime> {
    let s = s.trim();
    let s = s.strip_suffix(['Z', 'z']).unwrap_or(s);
    let s = match s.rfind(['+', '-']) {
        Some(i) => {
            let offset = s[i + 1..].replace(':', "");
            number(&offset, 2, 4)?;
            s[..i].trim_end()
        }
        None => s,
    };
    let parts: Vec<&str> = s.split(':').collect();
    let (h, m) = (number(parts.first()?, 1, 2)?, number(parts.get(1)?, 2, 2)?);
    let (sec, nano) = match parts.get(2) {
        None => (0, 0),
        Some(p) => {
            let (whole, frac) = p.split_once('.').unwrap_or((p, ""));
            let nano = if frac.is_empty() {
                0
            } else {
                number(frac, 1, 9)? * 10u32.pow(9 - frac.len() as u32)
            };
            (number(whole, 2, 2)?, nano)
        }
    };
    if parts.len() > 3 || sec > 59 {
        return None;
    }
    NaiveTime::from_hms_nano_opt(h, m, sec, nano)
}

fn check_year(cell: &str, year: i32) -> Result<(), String> {
    if RECORD_YEARS.contains(&year) {
        Ok(())
    } else {
        Err(format!(
            "\"{cell}\": the year must be between {} and {}",
            RECORD_YEARS.start(),
            RECORD_YEARS.end()
        ))
    }
}

/// The form of a traffic month cell, for reporting.
pub fn month_format(cell: &str) -> Option<&'static str> {
    let s = cell.trim();
    if read_month(s).is_err() {
        return None;
    }
    Some(if s.len() == 10 {
        "YYYY-MM-DD"
    } else if s.starts_with(|c: char| c.is_ascii_digit()) && s.find(['-', '/', '.']) == Some(4) {
        if s.contains('/') {
            "YYYY/MM"
        } else {
            "YYYY-MM"
        }
    } else if s.contains('.') {
        "MM.YYYY"
    } else if s.contains('/') {
        "MM/YYYY"
    } else {
        "MM-YYYY"
    })
}

/// Reads a traffic month: `YYYY-MM` (also `YYYY/MM`, `MM.YYYY`, `MM/YYYY`,
/// `MM-YYYY`, or a full ISO date on the first of a month). The four-digit
/// year leaves no ambiguity, so these may mix freely.
pub fn read_month(cell: &str) -> Result<NaiveDate, String> {
    let bad = || format!("\"{cell}\" is not a month; write it as YYYY-MM");
    let (year, month) = if let Some(s) = shape(cell).filter(|s| s.style == Style::Iso) {
        if s.b != 1 {
            return Err(format!(
                "\"{cell}\" is not the first of a month; write the month as YYYY-MM"
            ));
        }
        (s.year, s.a)
    } else {
        let sep = cell
            .chars()
            .find(|c| matches!(c, '-' | '.' | '/'))
            .ok_or_else(bad)?;
        let (x, y) = cell.split_once(sep).ok_or_else(bad)?;
        match (x.len(), y.len()) {
            (4, 1..=2) if sep != '.' => (
                number(x, 4, 4).ok_or_else(bad)? as i32,
                number(y, 1, 2).ok_or_else(bad)?,
            ),
            (1..=2, 4) => (
                number(y, 4, 4).ok_or_else(bad)? as i32,
                number(x, 1, 2).ok_or_else(bad)?,
            ),
            _ => return Err(bad()),
        }
    };
    let date = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(bad)?;
    check_year(cell, year)?;
    Ok(date)
}

/// Reads a target year.
pub fn read_year(cell: &str) -> Result<i32, String> {
    let year = number(cell, 4, 4).ok_or_else(|| format!("\"{cell}\" is not a year"))? as i32;
    check_year(cell, year)?;
    Ok(year)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn rules(cells: &[&str]) -> DateRules {
        DateRules::decide(cells.iter().copied())
    }

    #[test]
    fn iso_dates() {
        let r = rules(&["2026-11-22", "2026-01-05"]);
        assert_eq!(r.format_name(), "YYYY-MM-DD");
        assert_eq!(r.read_date("2026-11-22"), Ok(d(2026, 11, 22)));
        assert_eq!(r.read_date("2026-1-5"), Ok(d(2026, 1, 5)));
        assert!(r
            .read_date("2026-02-30")
            .unwrap_err()
            .contains("not a valid date"));
        assert!(r.read_date("22.11.26").unwrap_err().contains("not a date"));
        assert!(r
            .read_date("1899-12-31")
            .unwrap_err()
            .contains("between 1900 and 2200"));
        assert!(r.read_date("2201-01-01").is_err());
        assert!(r.read_date("yesterday").is_err());
        assert_eq!(r.read_date("2026-11-22 00:00:00"), Ok(d(2026, 11, 22)));
        assert_eq!(r.read_date("2026-11-22T00:00"), Ok(d(2026, 11, 22)));
        let err = r.read_date("2026-11-22 14:00").unwrap_err();
        assert!(err.contains("time of day"), "{err}");
    }

    #[test]
    fn dotted_dates_are_day_first() {
        let r = rules(&["22.11.2026", "01.02.2026"]);
        assert_eq!(r.format_name(), "DD.MM.YYYY");
        assert_eq!(r.read_date("01.02.2026"), Ok(d(2026, 2, 1)));
        assert_eq!(r.read_date("5.3.2026"), Ok(d(2026, 3, 5)));
        assert!(r
            .read_date("2026-02-01")
            .unwrap_err()
            .contains("one date format"));
    }

    #[test]
    fn slash_dates_need_proof() {
        let r = rules(&["22/11/2026", "01/02/2026"]);
        assert_eq!(r.format_name(), "DD/MM/YYYY");
        assert_eq!(r.read_date("01/02/2026"), Ok(d(2026, 2, 1)));
        let r = rules(&["01/02/2026", "03/04/2026", "05/05/2026"]);
        assert_eq!(r.order, None);
        assert!(r.read_date("01/02/2026").unwrap_err().contains("ambiguous"));
        assert_eq!(r.read_date("05/05/2026"), Ok(d(2026, 5, 5)));
        let r = rules(&["11/22/2026", "01/02/2026"]);
        assert_eq!(r.format_name(), "MM/DD/YYYY");
        assert_eq!(r.read_date("01/02/2026"), Ok(d(2026, 1, 2)));
        let r = rules(&["22-11-2026", "01-02-2026"]);
        assert_eq!(r.format_name(), "DD-MM-YYYY");
        assert_eq!(r.read_date("01-02-2026"), Ok(d(2026, 2, 1)));
    }

    #[test]
    fn conflicting_orders_and_styles() {
        let r = rules(&["22/11/2026", "23/11/2026", "11/24/2026"]);
        assert_eq!(r.order, Some(Order::DayFirst));
        assert!(r
            .read_date("11/24/2026")
            .unwrap_err()
            .contains("month first"));
        let r = rules(&["22/11/2026", "11/24/2026"]);
        assert!(r.order_tied);
        assert!(r.read_date("22/11/2026").is_err());
        assert!(r.read_date("11/24/2026").is_err());
        let r = rules(&["2026-11-22", "22.11.2026"]);
        assert!(r.style_tied);
        assert!(r.read_date("2026-11-22").is_err());
        let r = rules(&["2026-11-22", "2026-11-23", "22.11.2026"]);
        assert_eq!(r.style, Some(Style::Iso));
        assert!(r
            .read_date("22.11.2026")
            .unwrap_err()
            .contains("YYYY-MM-DD"));
    }

    #[test]
    fn datetimes() {
        let r = rules(&["2026-11-22 14:30"]);
        let dt = |y, m, day, h, min, s| d(y, m, day).and_hms_opt(h, min, s).unwrap();
        assert_eq!(r.read_datetime("2026-11-22"), Ok(dt(2026, 11, 22, 0, 0, 0)));
        assert_eq!(
            r.read_datetime("2026-11-22 14:30"),
            Ok(dt(2026, 11, 22, 14, 30, 0))
        );
        assert_eq!(
            r.read_datetime("2026-11-22 14:30:05"),
            Ok(dt(2026, 11, 22, 14, 30, 5))
        );
        assert_eq!(
            r.read_datetime("2026-11-22T14:30:05Z"),
            Ok(dt(2026, 11, 22, 14, 30, 5))
        );
        assert_eq!(
            r.read_datetime("2026-11-22T23:30:05+01:00"),
            Ok(dt(2026, 11, 22, 23, 30, 5))
        );
        assert_eq!(
            r.read_datetime("2026-11-22T01:30:05-0500"),
            Ok(dt(2026, 11, 22, 1, 30, 5))
        );
        let frac = r.read_datetime("2026-11-22T14:30:05.25+02:00").unwrap();
        assert_eq!(
            frac,
            d(2026, 11, 22).and_hms_milli_opt(14, 30, 5, 250).unwrap()
        );
        for bad in [
            "2026-11-22 25:00",
            "2026-11-22 14:3",
            "2026-11-22 14:30:61",
            "2026-11-22 noon",
            "2026-11-22T14:30+1",
        ] {
            assert!(r.read_datetime(bad).is_err(), "{bad}");
        }
        let r = rules(&["22.11.2026 14:30"]);
        assert_eq!(
            r.read_datetime("22.11.2026 14:30"),
            Ok(dt(2026, 11, 22, 14, 30, 0))
        );
    }

    #[test]
    fn months_and_years() {
        let m = d(2026, 3, 1);
        for cell in [
            "2026-03",
            "2026-3",
            "2026/03",
            "03.2026",
            "3/2026",
            "03-2026",
            "2026-03-01",
        ] {
            assert_eq!(read_month(cell), Ok(m), "{cell}");
        }
        assert_eq!(month_format("03.2026"), Some("MM.YYYY"));
        assert_eq!(month_format("2026-03"), Some("YYYY-MM"));
        for cell in [
            "2026-13",
            "2026-03-15",
            "March",
            "26-03",
            "2026.03",
            "1899-12",
        ] {
            assert!(read_month(cell).is_err(), "{cell}");
        }
        assert_eq!(read_year("2026"), Ok(2026));
        assert!(read_year("26").is_err());
        assert!(read_year("3000").is_err());
    }
}
