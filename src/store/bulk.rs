//! The large tables made records: inquiries with their touchpoints, and
//! deals. A company's years hold hundreds of thousands of each, so the rows
//! are read in place ([`Cells`]), dates by hand (`stored.rs`), and the
//! touchpoints joined to their inquiries by one merge of two sorted lists.
//!
//! Two shapes: [`Shape::Full`] fills every field (export, the edit screens,
//! team copies); [`Shape::Figures`] fills only what the metrics engine and
//! the report read, for a metrics request over a window of dates. It leaves
//! the free texts out: an inquiry's company, contact, e-mail, status,
//! estimated value, logger and notes are `None`, its phone is kept for
//! calls only (the call log is matched against those), and a deal's lost
//! reason is `None`. Nothing is left out of deals otherwise: their
//! customer names decide the new customers.

use super::db::{Cells, Exec};
use super::stored::{date, datetime, parse_enum};
use crate::error::Result;
use crate::records::{Deal, DealStatus, Inquiry, InquiryKind, Touchpoint};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use rustc_hash::FxHashSet;

/// Which fields a load fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    Full,
    Figures,
}

/// The columns every shape reads, then those only [`Shape::Full`] reads,
/// so one position means the same column in both statements.
const INQUIRY_COLUMNS: &str =
    "rowid, id, received_at, kind, source_id, is_lead, qualified_at, phone, version";
const INQUIRY_TEXTS: &str =
    ", company, contact, email, status, estimated_value_minor, logged_by, notes";

/// The inquiries to load: all, or those received in `window` (both days
/// included) and those one of `deals` refers to, whenever received.
///
/// The window is applied here rather than in SQL: with `received_at` in
/// range `OR id IN (the deals' inquiry ids)`, SQLite gathers the rows of
/// both indexes and sorts them by row id again, which took longer than
/// reading the whole table in its own order and stepping over the rows
/// outside the window, whose columns are then never read.
pub(super) fn inquiries(
    tx: &mut dyn Exec,
    window: Option<(NaiveDate, NaiveDate)>,
    deals: &[Deal],
    exponent: u32,
    shape: Shape,
) -> Result<Vec<Inquiry>> {
    let touch = touchpoints(tx)?;
    let texts = if shape == Shape::Full {
        INQUIRY_TEXTS
    } else {
        ""
    };
    let sql = format!("SELECT {INQUIRY_COLUMNS}{texts} FROM inquiries ORDER BY rowid");
    // Stored times compare as text in date order, as SQL compared them.
    let bounds = window.map(|(from, to)| {
        (
            from.format("%Y-%m-%d").to_string(),
            (to + chrono::Days::new(1)).format("%Y-%m-%d").to_string(),
        )
    });
    let referred: FxHashSet<&str> = match window {
        Some(_) => deals
            .iter()
            .filter_map(|d| d.inquiry_id.as_deref())
            .collect(),
        None => FxHashSet::default(),
    };
    let mut out = Vec::new();
    // Both lists are in row id order: each inquiry's touchpoints are the
    // run at the cursor, and those of inquiries left out are stepped over.
    let mut next = 0;
    tx.scan(&sql, &[], &mut |r| {
        if let Some((from, until)) = &bounds {
            let received = r.str(2)?;
            let inside = received >= from.as_str() && received < until.as_str();
            if !inside && !referred.contains(r.str(1)?) {
                return Ok(());
            }
        }
        let rowid = r.int(0)?;
        while touch.get(next).is_some_and(|t| t.0 < rowid) {
            next += 1;
        }
        let start = next;
        while touch.get(next).is_some_and(|t| t.0 == rowid) {
            next += 1;
        }
        let touchpoints = touch[start..next].iter().map(|t| t.1.clone()).collect();
        out.push(inquiry(r, touchpoints, exponent, shape)?);
        Ok(())
    })?;
    Ok(out)
}

/// Every touchpoint with its inquiry's row id, in row id order and, within
/// one inquiry, in the order they were entered.
fn touchpoints(tx: &mut dyn Exec) -> Result<Vec<(i64, Touchpoint)>> {
    let mut out = Vec::new();
    tx.scan(
        "SELECT inquiry_rowid, source_id, date FROM touchpoints ORDER BY inquiry_rowid, seq",
        &[],
        &mut |r| {
            let t = Touchpoint {
                source_id: r.int(1)?,
                date: date(r.str(2)?)?,
            };
            out.push((r.int(0)?, t));
            Ok(())
        },
    )?;
    Ok(out)
}

fn owned(r: &dyn Cells, i: usize) -> Result<Option<String>> {
    Ok(r.opt_str(i)?.map(str::to_owned))
}

fn inquiry(
    r: &dyn Cells,
    touchpoints: Vec<Touchpoint>,
    exponent: u32,
    shape: Shape,
) -> Result<Inquiry> {
    let kind = parse_enum(r.str(3)?, InquiryKind::parse)?;
    let full = shape == Shape::Full;
    let text = |i: usize| if full { owned(r, i) } else { Ok(None) };
    Ok(Inquiry {
        id: r.str(1)?.to_owned(),
        received_at: datetime(r.str(2)?)?,
        kind,
        source_id: r.int(4)?,
        is_lead: r.int(5)? != 0,
        qualified_at: r.opt_str(6)?.map(date).transpose()?,
        phone: if full || kind == InquiryKind::Call {
            owned(r, 7)?
        } else {
            None
        },
        version: r.int(8)?,
        touchpoints,
        company: text(9)?,
        contact: text(10)?,
        email: text(11)?,
        status: text(12)?,
        estimated_value: if full {
            r.opt_int(13)?.map(|m| Decimal::new(m, exponent))
        } else {
            None
        },
        logged_by: text(14)?,
        notes: text(15)?,
    })
}

/// Every deal, in the order they were entered.
pub(super) fn deals(tx: &mut dyn Exec, exponent: u32, shape: Shape) -> Result<Vec<Deal>> {
    let reason = if shape == Shape::Full {
        ", lost_reason"
    } else {
        ""
    };
    let sql = format!(
        "SELECT id, inquiry_id, company, quoted_at, closed_at, status, amount_minor, \
         version{reason} FROM deals ORDER BY rowid"
    );
    let mut out = Vec::new();
    tx.scan(&sql, &[], &mut |r| {
        let opt_date = |i: usize| r.opt_str(i)?.map(date).transpose();
        out.push(Deal {
            id: r.str(0)?.to_owned(),
            inquiry_id: owned(r, 1)?,
            company: r.str(2)?.to_owned(),
            quoted_at: opt_date(3)?,
            closed_at: opt_date(4)?,
            status: parse_enum(r.str(5)?, DealStatus::parse)?,
            amount: Decimal::new(r.int(6)?, exponent),
            version: r.int(7)?,
            lost_reason: if shape == Shape::Full {
                owned(r, 8)?
            } else {
                None
            },
        });
        Ok(())
    })?;
    Ok(out)
}
