//! Loading records into a [`Dataset`], once per request. The metrics engine,
//! CSV export and the report all start from this value.

use super::Store;
use crate::error::{Error, ErrorCode, Result};
use crate::money::from_minor;
use crate::records::*;
use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Row;
use std::collections::HashMap;

/// Stored dates are written by this module only, so a parse failure means the
/// file was edited by something else; it is reported, never guessed around.
fn date(text: &str) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| bad_text(text, e))
}

fn datetime(text: &str) -> rusqlite::Result<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").map_err(|e| bad_text(text, e))
}

fn bad_text(text: &str, e: chrono::ParseError) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("stored date '{text}' is malformed: {e}").into(),
    )
}

fn parse_enum<T>(text: &str, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    parse(text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            format!("stored value '{text}' is not known").into(),
        )
    })
}

/// Which inquiries to load: all, or only those a metrics request can read.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Store {
    /// Every record of the database.
    pub fn load_dataset(&self) -> Result<Dataset> {
        self.load(None)
    }

    /// The records a metrics request for dates in `window` reads: all
    /// channels, sources, spend, deals, targets and traffic (they are few),
    /// and the inquiries received in the window or referred to by a deal.
    /// On ten years of a large company this halves the loading time.
    pub fn load_window(&self, from: NaiveDate, to: NaiveDate) -> Result<Dataset> {
        if from > to {
            return Err(Error::new(
                ErrorCode::InvalidDate,
                "the window ends before it starts",
            ));
        }
        self.load(Some(Window { from, to }))
    }

    fn load(&self, window: Option<Window>) -> Result<Dataset> {
        let cur = self.currency().to_string();
        let c = &self.conn;
        let mut ds = Dataset {
            settings: self.settings.clone(),
            ..Dataset::default()
        };

        let mut stmt = c.prepare("SELECT id, name, direction FROM channels ORDER BY id")?;
        ds.channels = stmt
            .query_map([], |r| {
                Ok(Channel {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    direction: parse_enum(&r.get::<_, String>(2)?, Direction::parse)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;

        let mut numbers: HashMap<Id, Vec<String>> = HashMap::new();
        let mut stmt =
            c.prepare("SELECT source_id, number FROM tracking_numbers ORDER BY number")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, Id>(0)?, r.get::<_, String>(1)?)))? {
            let (id, n) = row?;
            numbers.entry(id).or_default().push(n);
        }
        let mut stmt = c.prepare(
            "SELECT id, channel_id, name, utm_source, utm_medium, utm_campaign FROM sources ORDER BY id",
        )?;
        ds.sources = stmt
            .query_map([], |r| {
                let id: Id = r.get(0)?;
                Ok(Source {
                    id,
                    channel_id: r.get(1)?,
                    name: r.get(2)?,
                    tracking_numbers: numbers.remove(&id).unwrap_or_default(),
                    utm_source: r.get(3)?,
                    utm_medium: r.get(4)?,
                    utm_campaign: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;

        let mut stmt = c.prepare(
            "SELECT id, date, amount_minor, category, source_id, campaign, direction, note \
             FROM spend ORDER BY id",
        )?;
        ds.spend = stmt
            .query_map([], |r| {
                let direction: Option<String> = r.get(6)?;
                Ok(Spend {
                    id: r.get(0)?,
                    date: date(&r.get::<_, String>(1)?)?,
                    amount: from_minor(r.get(2)?, &cur),
                    category: parse_enum(&r.get::<_, String>(3)?, SpendCategory::parse)?,
                    source_id: r.get(4)?,
                    campaign: r.get(5)?,
                    direction: direction
                        .map(|d| parse_enum(&d, SpendDirection::parse))
                        .transpose()?,
                    note: r.get(7)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;

        ds.inquiries = self.load_inquiries(window, &cur)?;

        let mut stmt = c.prepare(
            "SELECT id, inquiry_id, company, quoted_at, closed_at, status, amount_minor, lost_reason \
             FROM deals ORDER BY rowid",
        )?;
        ds.deals = stmt
            .query_map([], |r| deal(r, &cur))?
            .collect::<rusqlite::Result<_>>()?;

        let mut stmt =
            c.prepare("SELECT year, sales_target_minor, lead_target FROM targets ORDER BY year")?;
        ds.targets = stmt
            .query_map([], |r| {
                Ok(Target {
                    year: r.get(0)?,
                    sales_target: r.get::<_, Option<i64>>(1)?.map(|m| from_minor(m, &cur)),
                    lead_target: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;

        let mut stmt =
            c.prepare("SELECT month, source_id, visitors FROM traffic ORDER BY month, source_id")?;
        ds.traffic = stmt
            .query_map([], |r| {
                Ok(Traffic {
                    month: date(&r.get::<_, String>(0)?)?,
                    source_id: r.get(1)?,
                    visitors: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ds)
    }

    fn load_inquiries(&self, window: Option<Window>, cur: &str) -> Result<Vec<Inquiry>> {
        let c = &self.conn;
        // Touchpoints first, grouped by inquiry, in the order they were entered.
        let mut touch: HashMap<i64, Vec<Touchpoint>> = HashMap::new();
        let mut stmt = c.prepare(
            "SELECT inquiry_rowid, source_id, date FROM touchpoints ORDER BY inquiry_rowid, seq",
        )?;
        for row in stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                Touchpoint {
                    source_id: r.get(1)?,
                    date: date(&r.get::<_, String>(2)?)?,
                },
            ))
        })? {
            let (rowid, t) = row?;
            touch.entry(rowid).or_default().push(t);
        }
        let base =
            "SELECT rowid, id, received_at, kind, company, contact, phone, email, source_id, \
                    is_lead, status, estimated_value_minor, logged_by, notes FROM inquiries";
        let (sql, lo, hi) = match window {
            None => (format!("{base} ORDER BY rowid"), String::new(), String::new()),
            Some(w) => (
                format!(
                    "{base} WHERE (received_at >= ?1 AND received_at < ?2) \
                     OR id IN (SELECT inquiry_id FROM deals WHERE inquiry_id IS NOT NULL) ORDER BY rowid"
                ),
                w.from.format("%Y-%m-%d").to_string(),
                (w.to + chrono::Days::new(1)).format("%Y-%m-%d").to_string(),
            ),
        };
        let mut stmt = c.prepare(&sql)?;
        let map = |r: &Row| -> rusqlite::Result<Inquiry> {
            let rowid: i64 = r.get(0)?;
            Ok(Inquiry {
                id: r.get(1)?,
                received_at: datetime(&r.get::<_, String>(2)?)?,
                kind: parse_enum(&r.get::<_, String>(3)?, InquiryKind::parse)?,
                company: r.get(4)?,
                contact: r.get(5)?,
                phone: r.get(6)?,
                email: r.get(7)?,
                source_id: r.get(8)?,
                touchpoints: touch.remove(&rowid).unwrap_or_default(),
                is_lead: r.get::<_, i64>(9)? != 0,
                status: r.get(10)?,
                estimated_value: r.get::<_, Option<i64>>(11)?.map(|m| from_minor(m, cur)),
                logged_by: r.get(12)?,
                notes: r.get(13)?,
            })
        };
        let rows = if window.is_some() {
            stmt.query_map([&lo, &hi], map)?
                .collect::<rusqlite::Result<Vec<_>>>()?
        } else {
            stmt.query_map([], map)?
                .collect::<rusqlite::Result<Vec<_>>>()?
        };
        Ok(rows)
    }
}

fn deal(r: &Row, cur: &str) -> rusqlite::Result<Deal> {
    let opt_date = |i: usize| -> rusqlite::Result<Option<NaiveDate>> {
        r.get::<_, Option<String>>(i)?.map(|t| date(&t)).transpose()
    };
    Ok(Deal {
        id: r.get(0)?,
        inquiry_id: r.get(1)?,
        company: r.get(2)?,
        quoted_at: opt_date(3)?,
        closed_at: opt_date(4)?,
        status: parse_enum(&r.get::<_, String>(5)?, DealStatus::parse)?,
        amount: from_minor(r.get(6)?, cur),
        lost_reason: r.get(7)?,
    })
}
