//! Deals: the quotes and orders that follow inquiries. A deal is upserted
//! by its id, with the same version check as an inquiry's save.

use super::db::{vals, Exec, TxKind};
use super::input::NewDeal;
use super::write::{check_date, check_version, optional, required, stored_row, Outcome};
use super::Store;
use crate::error::{Error, ErrorCode, Result};
use crate::money::to_minor;
use crate::records::*;
use chrono::NaiveDate;

/// Validates a deal: dates in range and in order, known inquiry, sane amount.
pub(super) fn check_deal(conn: &mut dyn Exec, cur: &str, d: &NewDeal) -> Result<i64> {
    required(&d.id, "id")?;
    required(&d.company, "company")?;
    for (date, field) in [(d.quoted_at, "quoted_at"), (d.closed_at, "closed_at")] {
        if let Some(date) = date {
            check_date(date, field)?;
        }
    }
    if d.status != DealStatus::Open && d.closed_at.is_none() {
        return Err(Error::field(
            ErrorCode::Invalid,
            "closed_at",
            format!("a {} deal needs the date it closed", d.status.as_str()),
        ));
    }
    if let (Some(q), Some(c)) = (d.quoted_at, d.closed_at) {
        if c < q {
            return Err(Error::field(
                ErrorCode::Inconsistent,
                "closed_at",
                format!("the deal closed on {c}, before it was quoted on {q}"),
            ));
        }
    }
    if let Some(inq) = optional(&d.inquiry_id, "inquiry_id")? {
        let found = conn.query_opt("SELECT 1 FROM inquiries WHERE id = ?1", vals![&inq])?;
        if found.is_none() {
            return Err(Error::field(
                ErrorCode::NotFound,
                "inquiry_id",
                format!("there is no inquiry '{inq}'"),
            ));
        }
    }
    to_minor(d.amount, cur, "amount")
}

pub(super) fn upsert_deal(conn: &mut dyn Exec, cur: &str, d: &NewDeal) -> Result<Outcome> {
    let amount = check_deal(conn, cur, d)?;
    let date = |x: Option<NaiveDate>| x.map(|d| d.format("%Y-%m-%d").to_string());
    let values = vals![
        d.id.trim(),
        optional(&d.inquiry_id, "inquiry_id")?,
        d.company.trim(),
        date(d.quoted_at),
        date(d.closed_at),
        d.status.as_str(),
        amount,
        optional(&d.lost_reason, "lost_reason")?,
    ];
    let exists = stored_row(conn, "deals", d.id.trim())?;
    check_version("deal", d.id.trim(), d.expected_version, exists)?;
    if exists.is_none() {
        conn.execute(
            "INSERT INTO deals (id, inquiry_id, company, quoted_at, closed_at, status, amount_minor, \
             lost_reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            values,
        )?;
        return Ok(Outcome::Inserted);
    }
    let changed = conn.execute(
        "UPDATE deals SET inquiry_id = ?2, company = ?3, quoted_at = ?4, closed_at = ?5, status = ?6, \
         amount_minor = ?7, lost_reason = ?8, version = version + 1 WHERE id = ?1 AND \
         (inquiry_id, company, quoted_at, closed_at, status, amount_minor, lost_reason) IS DISTINCT FROM \
         (?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        values,
    )?;
    Ok(if changed > 0 {
        Outcome::Updated
    } else {
        Outcome::Unchanged
    })
}

impl Store {
    /// Records a quote or order, or updates the one with the same id.
    pub fn save_deal(&mut self, d: &NewDeal) -> Result<()> {
        let cur = &self.settings.currency;
        self.db
            .transaction(TxKind::Write, |tx| upsert_deal(tx, cur, d).map(|_| ()))
    }
}
