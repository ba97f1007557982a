//! Reporting periods: inclusive date ranges, fiscal years, quarters and
//! months, the effective period under an as-of date, and the year shift that
//! builds the prior-year periods of the benchmarks (`shared/spec/metrics.md`,
//! "Periods" and "Benchmarks against prior years").
//!
//! A fiscal year is named after the calendar year it begins in: with a
//! fiscal start month of October, fiscal year 2025 runs from 1 October 2025 to
//! 30 September 2026. With the default start month (January) fiscal and
//! calendar years coincide.

use crate::error::{Error, ErrorCode, Result};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// An inclusive date range. A period whose `to` lies before its `from` is
/// empty; the engine only builds such a period when the as-of date lies before
/// the requested period's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

fn bad_date(field: &str, message: String) -> Error {
    Error::field(ErrorCode::InvalidDate, field, message)
}

fn check_month(field: &str, month: u32) -> Result<()> {
    if (1..=12).contains(&month) {
        Ok(())
    } else {
        Err(Error::invalid(
            field,
            format!("{field} must be between 1 and 12 (got {month})"),
        ))
    }
}

fn first_of(field: &str, year: i32, month: u32) -> Result<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(|| {
        bad_date(
            field,
            format!("the year {year} is outside the supported range"),
        )
    })
}

/// The first day of the month `months` months after the month of `d`.
pub(crate) fn add_months(d: NaiveDate, months: i32) -> Option<NaiveDate> {
    let index = month_index(d) + months;
    NaiveDate::from_ymd_opt(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, 1)
}

/// A running month number (year × 12 + month − 1), so that month arithmetic
/// is integer arithmetic.
pub(crate) fn month_index(d: NaiveDate) -> i32 {
    d.year() * 12 + d.month0() as i32
}

/// Moves a date by whole years; 29 February becomes 28 February in a year
/// that has none. `None` only outside chrono's date range.
pub(crate) fn shift_date(d: NaiveDate, years: i32) -> Option<NaiveDate> {
    let year = d.year().checked_add(years)?;
    NaiveDate::from_ymd_opt(year, d.month(), d.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, d.month(), d.day() - 1))
}

/// Days in the calendar year `year` (365 or 366).
pub(crate) fn days_in_year(year: i32) -> i64 {
    if NaiveDate::from_ymd_opt(year, 2, 29).is_some() {
        366
    } else {
        365
    }
}

impl Period {
    /// A period from `from` to `to`, both included; refuses `to` before `from`.
    pub fn range(from: NaiveDate, to: NaiveDate) -> Result<Period> {
        if to < from {
            return Err(bad_date(
                "to",
                format!("the period ends ({to}) before it starts ({from})"),
            ));
        }
        Ok(Period { from, to })
    }

    /// Fiscal year `year` (named after the calendar year it begins in) for a
    /// fiscal year starting in month `fiscal_start_month` (1 = January).
    pub fn year(year: i32, fiscal_start_month: u32) -> Result<Period> {
        check_month("fiscal_year_start_month", fiscal_start_month)?;
        let from = first_of("year", year, fiscal_start_month)?;
        let next = add_months(from, 12).ok_or_else(|| {
            bad_date(
                "year",
                format!("the year {year} is outside the supported range"),
            )
        })?;
        Ok(Period {
            from,
            to: next.pred_opt().unwrap_or(next),
        })
    }

    /// Quarter `quarter` (1–4) of fiscal year `fiscal_year`.
    pub fn quarter(fiscal_year: i32, quarter: u32, fiscal_start_month: u32) -> Result<Period> {
        if !(1..=4).contains(&quarter) {
            return Err(Error::invalid(
                "quarter",
                format!("quarter must be between 1 and 4 (got {quarter})"),
            ));
        }
        let year = Period::year(fiscal_year, fiscal_start_month)?;
        let out_of_range = || {
            bad_date(
                "year",
                format!("the year {fiscal_year} is outside the supported range"),
            )
        };
        let from = add_months(year.from, 3 * (quarter as i32 - 1)).ok_or_else(out_of_range)?;
        let next = add_months(from, 3).ok_or_else(out_of_range)?;
        Ok(Period {
            from,
            to: next.pred_opt().unwrap_or(next),
        })
    }

    /// Calendar month `month` (1–12) of `year`.
    pub fn month(year: i32, month: u32) -> Result<Period> {
        check_month("month", month)?;
        let from = first_of("year", year, month)?;
        let next = add_months(from, 1).ok_or_else(|| {
            bad_date(
                "year",
                format!("the year {year} is outside the supported range"),
            )
        })?;
        Ok(Period {
            from,
            to: next.pred_opt().unwrap_or(next),
        })
    }

    /// The fiscal year containing `as_of`, from its first day up to and
    /// including `as_of`.
    pub fn year_to_date(as_of: NaiveDate, fiscal_start_month: u32) -> Result<Period> {
        let year = Period::year(
            fiscal_year_of(as_of, fiscal_start_month)?,
            fiscal_start_month,
        )?;
        Ok(Period {
            from: year.from,
            to: as_of,
        })
    }

    /// The same span moved by `years` whole years (negative = earlier);
    /// 29 February becomes 28 February.
    pub fn shift_years(&self, years: i32) -> Result<Period> {
        let shift = |d: NaiveDate| {
            shift_date(d, years).ok_or_else(|| {
                bad_date(
                    "period",
                    format!("{d} moved by {years} years is outside the supported range"),
                )
            })
        };
        Ok(Period {
            from: shift(self.from)?,
            to: shift(self.to)?,
        })
    }

    /// The period as seen on `as_of`: records dated after it do not exist
    /// yet, so the period ends at `min(to, as_of)`. Empty (`to < from`) when
    /// `as_of` lies before the period.
    pub fn effective(&self, as_of: NaiveDate) -> Period {
        Period {
            from: self.from,
            to: self.to.min(as_of),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.to < self.from
    }

    /// Whether `d` lies in the period, both ends included.
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }

    /// Number of days in the period, both ends included; 0 when empty.
    pub fn days(&self) -> i64 {
        ((self.to - self.from).num_days() + 1).max(0)
    }

    /// Whether the period spans at least one whole year (from its first day
    /// to the day before the same date a year later).
    pub fn is_full_year(&self) -> bool {
        match shift_date(self.from, 1).and_then(|d| d.pred_opt()) {
            Some(year_end) => !self.is_empty() && self.to >= year_end,
            None => false,
        }
    }
}

/// The fiscal year (named after the calendar year it begins in) that
/// contains `date`.
pub fn fiscal_year_of(date: NaiveDate, fiscal_start_month: u32) -> Result<i32> {
    check_month("fiscal_year_start_month", fiscal_start_month)?;
    Ok(if date.month() >= fiscal_start_month {
        date.year()
    } else {
        date.year() - 1
    })
}

/// The fiscal quarters overlapping `period`, each clipped to it, in order.
pub(crate) fn fiscal_quarters(period: &Period, fiscal_start_month: u32) -> Vec<Period> {
    let mut out = Vec::new();
    if period.is_empty() {
        return out;
    }
    let fsm = if (1..=12).contains(&fiscal_start_month) {
        fiscal_start_month
    } else {
        1
    };
    // The quarter containing `from` starts a multiple of three months after
    // the fiscal start month.
    let offset = (month_index(period.from) - (fsm as i32 - 1)).rem_euclid(3);
    let mut start = match add_months(period.from, -offset) {
        Some(d) => d,
        None => return out,
    };
    while start <= period.to {
        let next = match add_months(start, 3) {
            Some(d) => d,
            None => break,
        };
        let end = next.pred_opt().unwrap_or(next);
        out.push(Period {
            from: start.max(period.from),
            to: end.min(period.to),
        });
        start = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn calendar_and_fiscal_years() {
        assert_eq!(
            Period::year(2025, 1).unwrap(),
            Period {
                from: d(2025, 1, 1),
                to: d(2025, 12, 31)
            }
        );
        assert_eq!(
            Period::year(2025, 10).unwrap(),
            Period {
                from: d(2025, 10, 1),
                to: d(2026, 9, 30)
            }
        );
        assert!(Period::year(2025, 0).is_err());
        assert_eq!(
            Period::year(2025, 13).unwrap_err().field.as_deref(),
            Some("fiscal_year_start_month")
        );
    }

    #[test]
    fn fiscal_quarters_follow_the_start_month() {
        assert_eq!(
            Period::quarter(2025, 1, 1).unwrap(),
            Period {
                from: d(2025, 1, 1),
                to: d(2025, 3, 31)
            }
        );
        assert_eq!(
            Period::quarter(2025, 2, 10).unwrap(),
            Period {
                from: d(2026, 1, 1),
                to: d(2026, 3, 31)
            }
        );
        assert_eq!(
            Period::quarter(2023, 4, 4).unwrap(),
            Period {
                from: d(2024, 1, 1),
                to: d(2024, 3, 31)
            }
        );
        assert_eq!(
            Period::quarter(2025, 5, 1).unwrap_err().field.as_deref(),
            Some("quarter")
        );
        let qs = fiscal_quarters(
            &Period {
                from: d(2025, 2, 15),
                to: d(2025, 11, 22),
            },
            4,
        );
        assert_eq!(qs.len(), 4);
        assert_eq!(
            qs[0],
            Period {
                from: d(2025, 2, 15),
                to: d(2025, 3, 31)
            }
        );
        assert_eq!(
            qs[3],
            Period {
                from: d(2025, 10, 1),
                to: d(2025, 11, 22)
            }
        );
    }

    #[test]
    fn months_and_leap_february() {
        assert_eq!(Period::month(2024, 2).unwrap().to, d(2024, 2, 29));
        assert_eq!(Period::month(2025, 2).unwrap().to, d(2025, 2, 28));
        assert_eq!(Period::month(2025, 12).unwrap().to, d(2025, 12, 31));
        assert!(Period::month(2025, 0).is_err());
    }

    #[test]
    fn shifting_turns_29_february_into_28() {
        let p = Period {
            from: d(2024, 2, 29),
            to: d(2024, 2, 29),
        };
        assert_eq!(
            p.shift_years(-1).unwrap(),
            Period {
                from: d(2023, 2, 28),
                to: d(2023, 2, 28)
            }
        );
        assert_eq!(p.shift_years(-4).unwrap().from, d(2020, 2, 29));
        let ytd = Period {
            from: d(2025, 1, 1),
            to: d(2025, 11, 22),
        };
        assert_eq!(
            ytd.shift_years(-3).unwrap(),
            Period {
                from: d(2022, 1, 1),
                to: d(2022, 11, 22)
            }
        );
    }

    #[test]
    fn effective_period_and_days() {
        let y = Period::year(2024, 1).unwrap();
        assert_eq!(y.days(), 366);
        assert!(y.is_full_year());
        let e = y.effective(d(2024, 3, 1));
        assert_eq!(e.to, d(2024, 3, 1));
        assert_eq!(e.days(), 61);
        assert!(!e.is_full_year());
        let empty = y.effective(d(2023, 5, 1));
        assert!(empty.is_empty());
        assert_eq!(empty.days(), 0);
        assert!(Period::range(d(2025, 2, 1), d(2025, 1, 1)).is_err());
        assert_eq!(
            Period::year_to_date(d(2025, 11, 22), 1).unwrap(),
            Period {
                from: d(2025, 1, 1),
                to: d(2025, 11, 22)
            }
        );
        assert_eq!(
            Period::year_to_date(d(2025, 3, 5), 4).unwrap().from,
            d(2024, 4, 1)
        );
        assert_eq!(days_in_year(2024), 366);
        assert_eq!(days_in_year(2100), 365);
    }
}
