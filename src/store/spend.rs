//! Spend, targets and traffic: the money and counts a period is measured
//! against. A spend entry has no id of its own, so it is compared whole
//! (`SpendKey`) to find one already stored; targets and traffic are keyed by
//! year and by month and source. The statements run unchanged on both engines.

use super::db::{vals, Exec, TxKind};
use super::input::{NewSpend, NewTarget};
use super::sources::require_source;
use super::write::{check_date, optional, Outcome};
use super::Store;
use crate::error::{Error, ErrorCode, Result};
use crate::money::to_minor;
use crate::records::{record_years_text, Id, SpendDirection, RECORD_YEARS};
use chrono::NaiveDate;
use rust_decimal::Decimal;

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A spend row ready to store: validated, source resolved.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct SpendKey {
    pub date: String,
    pub amount_minor: i64,
    pub category: &'static str,
    pub source_id: Option<Id>,
    pub campaign: Option<String>,
    pub direction: Option<&'static str>,
    pub note: Option<String>,
}

pub(super) fn spend_key(cur: &str, s: &NewSpend, source_id: Option<Id>) -> Result<SpendKey> {
    check_date(s.date, "date")?;
    let amount_minor = to_minor(s.amount, cur, "amount")?;
    if source_id.is_some() && s.direction.is_some() {
        return Err(Error::invalid(
            "direction",
            "direction is only for general spend (spend with no source)",
        ));
    }
    Ok(SpendKey {
        date: iso(s.date),
        amount_minor,
        category: s.category.as_str(),
        source_id,
        campaign: optional(&s.campaign, "campaign")?,
        direction: if source_id.is_none() {
            Some(s.direction.unwrap_or(SpendDirection::Shared).as_str())
        } else {
            None
        },
        note: optional(&s.note, "note")?,
    })
}

pub(super) fn insert_spend(conn: &mut dyn Exec, k: &SpendKey) -> Result<Id> {
    conn.query_one(
        "INSERT INTO spend (date, amount_minor, category, source_id, campaign, direction, note) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
        vals![
            &k.date,
            k.amount_minor,
            k.category,
            k.source_id,
            &k.campaign,
            k.direction,
            &k.note
        ],
    )?
    .int(0)
}

pub(super) fn count_spend(conn: &mut dyn Exec, k: &SpendKey) -> Result<usize> {
    let n = conn
        .query_one(
            "SELECT count(*) FROM spend WHERE date = ?1 AND amount_minor = ?2 AND category = ?3 \
             AND source_id IS NOT DISTINCT FROM ?4 AND campaign IS NOT DISTINCT FROM ?5 \
             AND direction IS NOT DISTINCT FROM ?6 AND note IS NOT DISTINCT FROM ?7",
            vals![
                &k.date,
                k.amount_minor,
                k.category,
                k.source_id,
                &k.campaign,
                k.direction,
                &k.note
            ],
        )?
        .int(0)?;
    Ok(n as usize)
}

pub(super) fn upsert_target(conn: &mut dyn Exec, cur: &str, t: &NewTarget) -> Result<Outcome> {
    let NewTarget {
        year,
        sales_target: sales,
        lead_target: leads,
    } = *t;
    if !RECORD_YEARS.contains(&year) {
        return Err(Error::field(
            ErrorCode::InvalidDate,
            "year",
            format!("year {year} is outside {}", record_years_text()),
        ));
    }
    if leads.is_some_and(|l| l < 0) {
        return Err(Error::invalid(
            "lead_target",
            "the lead target must not be negative",
        ));
    }
    let sales = sales
        .map(|s| to_minor(s, cur, "sales_target"))
        .transpose()?;
    let changed = conn.execute(
        "INSERT INTO targets (year, sales_target_minor, lead_target) VALUES (?1, ?2, ?3) \
         ON CONFLICT (year) DO UPDATE SET sales_target_minor = excluded.sales_target_minor, \
         lead_target = excluded.lead_target \
         WHERE (targets.sales_target_minor, targets.lead_target) \
         IS DISTINCT FROM (excluded.sales_target_minor, excluded.lead_target)",
        vals![i64::from(year), sales, leads],
    )?;
    Ok(if changed == 0 {
        Outcome::Unchanged
    } else {
        Outcome::Inserted
    })
}

pub(super) fn upsert_traffic(
    conn: &mut dyn Exec,
    month: NaiveDate,
    source: Id,
    visitors: i64,
) -> Result<Outcome> {
    if visitors < 0 {
        return Err(Error::invalid("visitors", "visitors must not be negative"));
    }
    let changed = conn.execute(
        "INSERT INTO traffic (month, source_id, visitors) VALUES (?1, ?2, ?3) \
         ON CONFLICT (month, source_id) DO UPDATE SET visitors = excluded.visitors \
         WHERE traffic.visitors IS DISTINCT FROM excluded.visitors",
        vals![month.format("%Y-%m-01").to_string(), source, visitors],
    )?;
    Ok(if changed == 0 {
        Outcome::Unchanged
    } else {
        Outcome::Inserted
    })
}

impl Store {
    /// Books one spend entry.
    pub fn add_spend(&mut self, s: &NewSpend) -> Result<Id> {
        let cur = &self.settings.currency;
        self.db.transaction(TxKind::Write, |tx| {
            let source = match &s.source {
                Some(name) if !name.trim().is_empty() => Some(require_source(tx, name, "source")?),
                _ => None,
            };
            let key = spend_key(cur, s, source)?;
            insert_spend(tx, &key)
        })
    }

    /// Sets a year's targets, replacing earlier ones.
    pub fn set_target(
        &mut self,
        year: i32,
        sales: Option<Decimal>,
        leads: Option<i64>,
    ) -> Result<()> {
        let cur = &self.settings.currency;
        self.db.transaction(TxKind::Write, |tx| {
            let target = NewTarget {
                year,
                sales_target: sales,
                lead_target: leads,
            };
            upsert_target(tx, cur, &target).map(|_| ())
        })
    }
}
