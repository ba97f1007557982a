//! Loading records into a [`Dataset`], once per request. The metrics engine,
//! CSV export and the report all start from this value.

use super::bulk::{self, Shape};
use super::db::{Exec, Row, TxKind};
use super::stored::{date, parse_enum};
use super::Store;
use crate::error::{Error, ErrorCode, Result};
use crate::money::{from_minor, minor_exponent};
use crate::records::*;
use crate::role::Role;
use chrono::NaiveDate;
use std::collections::HashMap;

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
    /// channels, sources, spend, deals, targets, traffic and calls, and the
    /// inquiries received in the window or referred to by a deal; of the
    /// large tables only the fields the figures read (`bulk::Shape::Figures`:
    /// no free texts), so this is for the engine and the report, never for
    /// export or an edit screen.
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
    let exponent = minor_exponent(cur);
    let shape = match window {
        Some(_) => Shape::Figures,
        None => Shape::Full,
    };
    // The deals first: a window keeps the inquiries they refer to.
    if role.reads_deals() {
        ds.deals = bulk::deals(tx, exponent, shape)?;
    }
    let dates = window.map(|w| (w.from, w.to));
    ds.inquiries = bulk::inquiries(tx, dates, &ds.deals, exponent, shape)?;
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
    ds.calls = super::calls::load_calls(tx, shape)?;
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
