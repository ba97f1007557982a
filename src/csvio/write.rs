//! Export: one kind of record from a [`Dataset`] as CSV that [`super::parse`]
//! reads back to exactly the same values. UTF-8 without BOM, comma, ISO dates,
//! amounts with `.` and the currency's decimals, and text a spreadsheet would
//! run as a formula prefixed with `'`.

use super::cells::neutralise;
use super::Kind;
use crate::error::{Error, ErrorCode, Result};
use crate::money::minor_exponent;
use crate::records::{Dataset, Id};
use chrono::{NaiveDateTime, Timelike};
use rust_decimal::Decimal;
use std::io::Write;

/// Writes every record of `kind` in `ds` to `out`. Inquiries and deals keep
/// the data set's order; the other kinds are sorted so that two exports of
/// the same data are byte for byte the same.
pub fn write<W: Write>(kind: Kind, ds: &Dataset, out: W) -> Result<()> {
    let rows = records(kind, ds)?;
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    w.write_record(kind.columns()).map_err(csv_error)?;
    for row in rows {
        w.write_record(&row).map_err(csv_error)?;
    }
    w.flush()?;
    Ok(())
}

fn csv_error(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io.into(),
        other => Error::new(ErrorCode::Io, format!("could not write CSV: {other:?}")),
    }
}

/// An amount with `.` and at least the currency's decimals (never fewer
/// than it has, so nothing is rounded away).
pub fn format_amount(amount: Decimal, currency: &str) -> String {
    let mut a = amount;
    a.rescale(minor_exponent(currency).max(amount.normalize().scale()));
    a.to_string()
}

fn format_datetime(dt: NaiveDateTime) -> String {
    let mut s = dt.format("%Y-%m-%d %H:%M:%S").to_string();
    let nanos = dt.nanosecond() % 1_000_000_000;
    if nanos != 0 {
        s.push_str(format!(".{nanos:09}").trim_end_matches('0'));
    }
    s
}

fn text(value: &Option<String>) -> String {
    value.as_deref().map(neutralise).unwrap_or_default()
}

/// Joins list items with `|`, refusing an item that contains one.
fn join(items: &[String], column: &str) -> Result<String> {
    if let Some(bad) = items.iter().find(|i| i.contains('|')) {
        return Err(Error::invalid(
            column,
            format!("\"{bad}\" contains '|', which separates {column}"),
        ));
    }
    Ok(neutralise(&items.join("|")))
}

fn source_name(ds: &Dataset, id: Id) -> Result<&str> {
    ds.source(id).map(|s| s.name.as_str()).ok_or_else(|| {
        Error::field(
            ErrorCode::NotFound,
            "source",
            format!("no source has id {id}"),
        )
    })
}

fn records(kind: Kind, ds: &Dataset) -> Result<Vec<Vec<String>>> {
    let cur = ds.settings.currency.as_str();
    let amount = |a: Decimal| format_amount(a, cur);
    let opt_amount = |a: Option<Decimal>| a.map(amount).unwrap_or_default();
    let date = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    let mut out = Vec::new();
    match kind {
        Kind::Sources => {
            let mut rows = Vec::new();
            for s in &ds.sources {
                let channel = ds.channel(s.channel_id).ok_or_else(|| {
                    Error::field(
                        ErrorCode::NotFound,
                        "channel",
                        format!("no channel has id {}", s.channel_id),
                    )
                })?;
                let key = (channel.name.to_lowercase(), s.name.to_lowercase(), s.id);
                rows.push((
                    key,
                    vec![
                        neutralise(&channel.name),
                        neutralise(&s.name),
                        channel.direction.as_str().to_string(),
                        join(&s.tracking_numbers, "tracking_numbers")?,
                        text(&s.utm_source),
                        text(&s.utm_medium),
                        text(&s.utm_campaign),
                    ],
                ));
            }
            rows.sort_by(|a, b| a.0.cmp(&b.0));
            out.extend(rows.into_iter().map(|r| r.1));
        }
        Kind::Spend => {
            let mut spend: Vec<_> = ds.spend.iter().collect();
            spend.sort_by_key(|s| (s.date, s.id));
            for s in spend {
                let source = s.source_id.map(|id| source_name(ds, id)).transpose()?;
                out.push(vec![
                    date(s.date),
                    amount(s.amount),
                    s.category.as_str().to_string(),
                    source.map(neutralise).unwrap_or_default(),
                    text(&s.campaign),
                    // A direction only means something on general spend.
                    if s.source_id.is_none() {
                        s.direction.map(|d| d.as_str().to_string())
                    } else {
                        None
                    }
                    .unwrap_or_default(),
                    text(&s.note),
                ]);
            }
        }
        Kind::Inquiries => {
            for i in &ds.inquiries {
                let mut touch = Vec::new();
                for t in &i.touchpoints {
                    touch.push(format!(
                        "{}@{}",
                        source_name(ds, t.source_id)?,
                        date(t.date)
                    ));
                }
                out.push(vec![
                    neutralise(&i.id),
                    format_datetime(i.received_at),
                    i.kind.as_str().to_string(),
                    text(&i.company),
                    text(&i.contact),
                    text(&i.phone),
                    text(&i.email),
                    neutralise(source_name(ds, i.source_id)?),
                    join(&touch, "touchpoints")?,
                    i.is_lead.to_string(),
                    text(&i.status),
                    opt_amount(i.estimated_value),
                    text(&i.logged_by),
                    text(&i.notes),
                    i.qualified_at.map(date).unwrap_or_default(),
                ]);
            }
        }
        Kind::Deals => {
            for d in &ds.deals {
                out.push(vec![
                    neutralise(&d.id),
                    text(&d.inquiry_id),
                    neutralise(&d.company),
                    d.quoted_at.map(date).unwrap_or_default(),
                    d.closed_at.map(date).unwrap_or_default(),
                    d.status.as_str().to_string(),
                    amount(d.amount),
                    text(&d.lost_reason),
                ]);
            }
        }
        Kind::Targets => {
            let mut targets: Vec<_> = ds.targets.iter().collect();
            targets.sort_by_key(|t| t.year);
            for t in targets {
                out.push(vec![
                    t.year.to_string(),
                    opt_amount(t.sales_target),
                    t.lead_target.map(|n| n.to_string()).unwrap_or_default(),
                ]);
            }
        }
        Kind::Traffic => {
            let mut rows = Vec::new();
            for t in &ds.traffic {
                let name = source_name(ds, t.source_id)?;
                let key = (t.month, name.to_lowercase(), t.source_id);
                rows.push((
                    key,
                    vec![
                        t.month.format("%Y-%m").to_string(),
                        neutralise(name),
                        t.visitors.to_string(),
                    ],
                ));
            }
            rows.sort_by(|a, b| a.0.cmp(&b.0));
            out.extend(rows.into_iter().map(|r| r.1));
        }
        Kind::Activity => {
            let mut rows = Vec::new();
            for a in &ds.activity {
                let name = source_name(ds, a.source_id)?;
                let key = (a.month, name.to_lowercase(), a.source_id, a.metric.clone());
                rows.push((
                    key,
                    vec![
                        a.month.format("%Y-%m").to_string(),
                        neutralise(name),
                        a.metric.clone(),
                        a.count.to_string(),
                    ],
                ));
            }
            rows.sort_by(|a, b| a.0.cmp(&b.0));
            out.extend(rows.into_iter().map(|r| r.1));
        }
    }
    Ok(out)
}
