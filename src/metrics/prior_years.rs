//! How far back the engine looks: the prior years a period is held against,
//! the dates a request therefore reads, and the leads per month of a fiscal
//! year against the two years before it.
//!
//! The command line loads only the records a request reads, and the
//! dashboard charts whole fiscal years; both take these rules from here, so
//! that what is loaded and what is counted cannot drift from what the
//! engine compares.

use super::period::{add_months, month_index, shift_date, Period};
use super::prepared::Prepared;
use crate::error::{Error, ErrorCode, Result};
use crate::records::Dataset;
use chrono::NaiveDate;
use serde::Serialize;

/// Prior years the benchmarks look back on.
pub const PRIOR_YEARS: usize = 5;

/// Years a chart shows: the period itself and the two years before it.
pub const CHART_YEARS: usize = 3;

/// The dates a request for `period` reads: from the first day of its
/// earliest prior-year period (its start moved back `PRIOR_YEARS` years,
/// 29 February becoming 28 February) to its end.
pub fn read_window(period: &Period) -> Result<Period> {
    let from = shift_date(period.from, -(PRIOR_YEARS as i32))
        .ok_or_else(|| Error::new(ErrorCode::InvalidDate, "the period starts too early"))?;
    Ok(Period {
        from,
        to: period.to,
    })
}

/// Leads of one month of a fiscal year, and of the same month one and two
/// years before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FiscalMonthLeads {
    /// The first day of the month, in the fiscal year asked for.
    pub month: NaiveDate,
    /// `None` when the month begins after the as-of date: it has not come
    /// yet, which is not the same as a month without leads.
    pub this_year: Option<i64>,
    pub one_year_back: i64,
    pub two_years_back: i64,
}

/// Leads received in each month of fiscal year `fy` and of the two fiscal
/// years before it, counting no inquiry received after `as_of`. A whole
/// fiscal year is counted whatever period a report is for, because the
/// dashboard's chart always shows the year.
pub fn fiscal_year_leads(ds: &Dataset, fy: i32, as_of: NaiveDate) -> Result<Vec<FiscalMonthLeads>> {
    let days = ds.inquiries.iter().filter(|q| q.is_lead);
    leads_by_month(ds, fy, as_of, days.map(|q| q.received_at.date()))
}

/// [`fiscal_year_leads`] over `prepared`, the engine's form of `ds`, whose
/// view as of `as_of` holds the leads' days without the rest of them.
pub fn fiscal_year_leads_prepared(
    ds: &Dataset,
    prepared: &Prepared,
    fy: i32,
    as_of: NaiveDate,
) -> Result<Vec<FiscalMonthLeads>> {
    let view = prepared.as_of(ds, as_of);
    leads_by_month(ds, fy, as_of, view.leads.iter().map(|l| l.received))
}

/// [`fiscal_year_leads`] of the leads received on `days`.
fn leads_by_month(
    ds: &Dataset,
    fy: i32,
    as_of: NaiveDate,
    days: impl Iterator<Item = NaiveDate>,
) -> Result<Vec<FiscalMonthLeads>> {
    let fiscal_start = ds.settings.fiscal_year_start_month;
    let years = (0..CHART_YEARS as i32)
        .map(|back| Period::year(fy - back, fiscal_start))
        .collect::<Result<Vec<_>>>()?;
    let mut counts = [[0i64; 12]; CHART_YEARS];
    for d in days {
        if d > as_of {
            continue;
        }
        for (back, year) in years.iter().enumerate() {
            if year.contains(d) {
                let idx = (month_index(d) - month_index(year.from)) as usize;
                if let Some(c) = counts[back].get_mut(idx) {
                    *c += 1;
                }
            }
        }
    }
    let start = years[0].from;
    Ok((0..12)
        .map(|idx| {
            let month = add_months(start, idx as i32).unwrap_or(start);
            FiscalMonthLeads {
                month,
                this_year: (month <= as_of).then_some(counts[0][idx]),
                one_year_back: counts[1][idx],
                two_years_back: counts[2][idx],
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{Inquiry, InquiryKind, Settings};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn inquiry(id: &str, at: NaiveDate, is_lead: bool) -> Inquiry {
        Inquiry {
            qualified_at: None,
            id: id.into(),
            received_at: at.and_hms_opt(9, 0, 0).unwrap(),
            kind: InquiryKind::Call,
            company: None,
            contact: None,
            phone: None,
            email: None,
            source_id: 1,
            touchpoints: vec![],
            is_lead,
            status: None,
            estimated_value: None,
            logged_by: None,
            notes: None,
            version: 1,
        }
    }

    #[test]
    fn the_window_reaches_back_five_years_and_leap_days_become_the_28th() {
        let p = Period::year(2024, 3).unwrap();
        assert_eq!(read_window(&p).unwrap().from, d(2019, 3, 1));
        assert_eq!(read_window(&p).unwrap().to, p.to);
        let leap = Period::range(d(2024, 2, 29), d(2024, 3, 31)).unwrap();
        assert_eq!(read_window(&leap).unwrap().from, d(2019, 2, 28));
    }

    #[test]
    fn fiscal_months_count_leads_of_three_years_and_nothing_after_as_of() {
        let ds = Dataset {
            settings: Settings {
                fiscal_year_start_month: 10,
                ..Settings::default()
            },
            inquiries: vec![
                inquiry("A", d(2025, 10, 3), true),
                inquiry("B", d(2025, 10, 30), true),
                inquiry("C", d(2025, 10, 31), false),
                inquiry("D", d(2026, 1, 20), true),
                inquiry("E", d(2024, 11, 1), true),
                inquiry("F", d(2023, 10, 1), true),
                inquiry("G", d(2022, 9, 30), true),
            ],
            ..Dataset::default()
        };
        let months = fiscal_year_leads(&ds, 2025, d(2026, 1, 10)).unwrap();
        assert_eq!(months.len(), 12);
        assert_eq!(months[0].month, d(2025, 10, 1));
        assert_eq!(months[0].this_year, Some(2));
        assert_eq!(months[1].one_year_back, 1);
        assert_eq!(months[0].two_years_back, 1);
        // January has begun but D comes after the as-of date; February
        // has not begun.
        assert_eq!(months[3].this_year, Some(0));
        assert_eq!(months[4].this_year, None);
        let total: i64 = months.iter().map(|m| m.two_years_back).sum();
        assert_eq!(total, 1, "G lies before the earliest year");
    }
}
