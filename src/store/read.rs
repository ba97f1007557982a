//! Loading records into a [`Dataset`], once per request. The metrics engine,
//! CSV export and the report all start from this value.

use super::db::{vals, Exec, Row, TxKind};
use super::Store;
use crate::error::{Error, ErrorCode, Result};
use crate::money::from_minor;
use crate::records::*;
use crate::role::Role;
use chrono::{NaiveDate, NaiveDateTime};
use std::collections::HashMap;

/// Stored dates are written by this module only, so a parse failure means the
/// database was edited by something else; it is reported, never guessed around.
fn date(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| bad_text(text, e))
}

fn datetime(text: &str) -> Result<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").map_err(|e| bad_text(text, e))
}

fn bad_text(text: &str, e: chrono::ParseError) -> Error {
    Error::new(
        ErrorCode::Corrupt,
        format!("stored date '{text}' is malformed: {e}"),
    )
}

fn parse_enum<T>(text: &str, parse: fn(&str) -> Option<T>) -> Result<T> {
    parse(text).ok_or_else(|| {
        Error::new(
            ErrorCode::Corrupt,
            format!("stored value '{text}' is not known"),
        )
    })
}

/// Every row of a query without parameters, each made a record by `f`.
fn all<T>(tx: &mut dyn Exec, sql: &str, mut f: impl FnMut(&Row) -> Result<T>) -> Result<Vec<T>> {
    let mut out = Vec::new();
    tx.for_each(sql, &[], &mut |r| {
        out.push(f(r)?);
        Ok(())
    })?;
    Ok(out)
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
        let settings = self.settings.clone();
        let role = self.role();
        // One snapshot: the tables agree with each other even while another
        // seat writes (on a file, while the app's own import runs).
        self.db.transaction(TxKind::Snapshot, |tx| {
            load_all(tx, &cur, settings.clone(), window, role)
        })
    }
}

fn load_all(
    tx: &mut dyn Exec,
    cur: &str,
    settings: Settings,
    window: Option<Window>,
    role: Role,
) -> Result<Dataset> {
    // A staff seat's login has no grant on what its role may not see
    // (`pg::roles`): those records are left empty rather than asked for,
    // and nothing built from them is shown to it.
    let mut ds = Dataset {
        settings,
        ..Dataset::default()
    };
    ds.channels = all(
        tx,
        "SELECT id, name, direction FROM channels ORDER BY id",
        |r| {
            Ok(Channel {
                id: r.int(0)?,
                name: r.text(1)?,
                direction: parse_enum(&r.text(2)?, Direction::parse)?,
            })
        },
    )?;

    let mut numbers: HashMap<Id, Vec<String>> = HashMap::new();
    for (id, n) in all(
        tx,
        "SELECT source_id, number FROM tracking_numbers ORDER BY number",
        |r| Ok((r.int(0)?, r.text(1)?)),
    )? {
        numbers.entry(id).or_default().push(n);
    }
    ds.sources = all(
        tx,
        "SELECT id, channel_id, name, utm_source, utm_medium, utm_campaign FROM sources ORDER BY id",
        |r| {
            let id = r.int(0)?;
            Ok(Source {
                id,
                channel_id: r.int(1)?,
                name: r.text(2)?,
                tracking_numbers: numbers.remove(&id).unwrap_or_default(),
                utm_source: r.opt_text(3)?,
                utm_medium: r.opt_text(4)?,
                utm_campaign: r.opt_text(5)?,
            })
        },
    )?;

    if role.reads_money() {
        ds.spend = load_spend(tx, cur)?;
    }
    ds.inquiries = load_inquiries(tx, window, cur, role.reads_deals())?;
    if role.reads_deals() {
        ds.deals = all(
            tx,
            "SELECT id, inquiry_id, company, quoted_at, closed_at, status, amount_minor, \
             lost_reason, version FROM deals ORDER BY rowid",
            |r| deal(r, cur),
        )?;
    }
    if role.reads_money() {
        ds.targets = load_targets(tx, cur)?;
        ds.traffic = all(
            tx,
            "SELECT month, source_id, visitors FROM traffic ORDER BY month, source_id",
            |r| {
                Ok(Traffic {
                    month: date(&r.text(0)?)?,
                    source_id: r.int(1)?,
                    visitors: r.int(2)?,
                })
            },
        )?;
    }
    if role.reads_money() {
        ds.activity = super::activity::load_activity(tx)?;
    }
    // The whole log whatever the window: calls are matched over all of it.
    ds.calls = super::calls::load_calls(tx)?;
    Ok(ds)
}

fn load_spend(tx: &mut dyn Exec, cur: &str) -> Result<Vec<Spend>> {
    all(
        tx,
        "SELECT id, date, amount_minor, category, source_id, campaign, direction, note \
         FROM spend ORDER BY id",
        |r| {
            Ok(Spend {
                id: r.int(0)?,
                date: date(&r.text(1)?)?,
                amount: from_minor(r.int(2)?, cur),
                category: parse_enum(&r.text(3)?, SpendCategory::parse)?,
                source_id: r.opt_int(4)?,
                campaign: r.opt_text(5)?,
                direction: r
                    .opt_text(6)?
                    .map(|d| parse_enum(&d, SpendDirection::parse))
                    .transpose()?,
                note: r.opt_text(7)?,
            })
        },
    )
}

fn load_targets(tx: &mut dyn Exec, cur: &str) -> Result<Vec<Target>> {
    all(
        tx,
        "SELECT year, sales_target_minor, lead_target FROM targets ORDER BY year",
        |r| {
            Ok(Target {
                year: i32::try_from(r.int(0)?).map_err(|_| {
                    Error::new(ErrorCode::Corrupt, "a stored target year is out of range")
                })?,
                sales_target: r.opt_int(1)?.map(|m| from_minor(m, cur)),
                lead_target: r.opt_int(2)?,
            })
        },
    )
}

fn load_inquiries(
    tx: &mut dyn Exec,
    window: Option<Window>,
    cur: &str,
    deals: bool,
) -> Result<Vec<Inquiry>> {
    // Touchpoints first, grouped by inquiry, in the order they were entered.
    let mut touch: HashMap<i64, Vec<Touchpoint>> = HashMap::new();
    tx.for_each(
        "SELECT inquiry_rowid, source_id, date FROM touchpoints ORDER BY inquiry_rowid, seq",
        &[],
        &mut |r| {
            let t = Touchpoint {
                source_id: r.int(1)?,
                date: date(&r.text(2)?)?,
            };
            touch.entry(r.int(0)?).or_default().push(t);
            Ok(())
        },
    )?;
    let base = "SELECT rowid, id, received_at, kind, company, contact, phone, email, source_id, \
                is_lead, status, estimated_value_minor, logged_by, notes, version, qualified_at \
                FROM inquiries";
    let (sql, params) = match window {
        None => (format!("{base} ORDER BY rowid"), Vec::new()),
        Some(w) => (
            if deals {
                format!(
                    "{base} WHERE (received_at >= ?1 AND received_at < ?2) \
                     OR id IN (SELECT inquiry_id FROM deals WHERE inquiry_id IS NOT NULL) \
                     ORDER BY rowid"
                )
            } else {
                format!("{base} WHERE received_at >= ?1 AND received_at < ?2 ORDER BY rowid")
            },
            vals![
                w.from.format("%Y-%m-%d").to_string(),
                (w.to + chrono::Days::new(1)).format("%Y-%m-%d").to_string()
            ]
            .to_vec(),
        ),
    };
    let mut out = Vec::new();
    tx.for_each(&sql, &params, &mut |r| {
        let rowid = r.int(0)?;
        out.push(Inquiry {
            id: r.text(1)?,
            received_at: datetime(&r.text(2)?)?,
            kind: parse_enum(&r.text(3)?, InquiryKind::parse)?,
            company: r.opt_text(4)?,
            contact: r.opt_text(5)?,
            phone: r.opt_text(6)?,
            email: r.opt_text(7)?,
            source_id: r.int(8)?,
            touchpoints: touch.remove(&rowid).unwrap_or_default(),
            is_lead: r.int(9)? != 0,
            status: r.opt_text(10)?,
            estimated_value: r.opt_int(11)?.map(|m| from_minor(m, cur)),
            logged_by: r.opt_text(12)?,
            notes: r.opt_text(13)?,
            version: r.int(14)?,
            qualified_at: r.opt_text(15)?.map(|t| date(&t)).transpose()?,
        });
        Ok(())
    })?;
    Ok(out)
}

fn deal(r: &Row, cur: &str) -> Result<Deal> {
    let opt_date =
        |i: usize| -> Result<Option<NaiveDate>> { r.opt_text(i)?.map(|t| date(&t)).transpose() };
    Ok(Deal {
        id: r.text(0)?,
        inquiry_id: r.opt_text(1)?,
        company: r.text(2)?,
        quoted_at: opt_date(3)?,
        closed_at: opt_date(4)?,
        status: parse_enum(&r.text(5)?, DealStatus::parse)?,
        amount: from_minor(r.int(6)?, cur),
        lost_reason: r.opt_text(7)?,
        version: r.int(8)?,
    })
}
