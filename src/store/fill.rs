//! Writing a whole [`Dataset`] into an empty database: the demo company, and
//! large generated data sets for benchmarks. It goes through the same
//! validating insert functions as every other entry path.

use super::db::{Exec, TxKind};
use super::inquiries_deals::{resolve_inquiry, upsert_deal, upsert_inquiry};
use super::write::{
    insert_spend, spend_key, tracking_numbers, upsert_source, NewDeal, NewInquiry, NewSource,
    NewSpend,
};
use super::Store;
use crate::error::{Error, ErrorCode, Result};
use crate::records::*;
use std::collections::HashMap;

impl Store {
    /// Whether the database holds no inquiries, deals or spend yet.
    pub fn is_empty(&self) -> Result<bool> {
        let n = self.db.with(|x| {
            x.query_one(
                "SELECT (SELECT count(*) FROM inquiries) + (SELECT count(*) FROM deals) + (SELECT count(*) FROM spend)",
                &[],
            )?
            .int(0)
        })?;
        Ok(n == 0)
    }

    /// Writes every record of `ds` in one transaction, and its settings. The
    /// database must be empty and in the same currency, so nothing a user
    /// entered is ever mixed with generated data.
    pub fn fill(&mut self, ds: &Dataset) -> Result<()> {
        if !self.is_empty()? {
            return Err(Error::new(
                ErrorCode::Invalid,
                "the database already holds records; fill only an empty one",
            ));
        }
        if ds.settings.currency != self.settings.currency {
            return Err(Error::invalid(
                "currency",
                format!(
                    "the data is in {}, the database in {}",
                    ds.settings.currency, self.settings.currency
                ),
            ));
        }
        let cur = self.settings.currency.clone();
        let mut settings = ds.settings.clone();
        settings.currency = cur.clone();
        let settings = super::settings::validate(settings)?;
        self.db
            .transaction(TxKind::Serial, |tx| write_all(tx, &cur, &settings, ds))?;
        self.settings = settings;
        Ok(())
    }
}

/// The records of `ds` with its settings, into the empty database of `tx`.
fn write_all(tx: &mut dyn Exec, cur: &str, settings: &Settings, ds: &Dataset) -> Result<()> {
    super::settings::save(tx, settings)?;

    let channel_name: HashMap<Id, &Channel> = ds.channels.iter().map(|c| (c.id, c)).collect();
    let mut source_map: HashMap<Id, Id> = HashMap::new();
    let mut source_name: HashMap<Id, String> = HashMap::new();
    for s in &ds.sources {
        let ch = channel_name.get(&s.channel_id).ok_or_else(|| {
            Error::new(
                ErrorCode::NotFound,
                format!("source '{}' names a missing channel", s.name),
            )
        })?;
        let new = NewSource {
            channel: ch.name.clone(),
            name: s.name.clone(),
            direction: Some(ch.direction),
            tracking_numbers: s.tracking_numbers.clone(),
            utm_source: s.utm_source.clone(),
            utm_medium: s.utm_medium.clone(),
            utm_campaign: s.utm_campaign.clone(),
        };
        let (id, _) = upsert_source(tx, &new)?;
        source_map.insert(s.id, id);
        source_name.insert(s.id, s.name.clone());
    }
    let name_of = |id: Id| -> Result<String> {
        source_name.get(&id).cloned().ok_or_else(|| {
            Error::new(
                ErrorCode::NotFound,
                format!("source id {id} is not in the data"),
            )
        })
    };
    for s in &ds.spend {
        let new = NewSpend {
            date: s.date,
            amount: s.amount,
            category: s.category,
            source: s.source_id.map(name_of).transpose()?,
            campaign: s.campaign.clone(),
            direction: s.direction,
            note: s.note.clone(),
        };
        let key = spend_key(cur, &new, s.source_id.map(|id| source_map[&id]))?;
        insert_spend(tx, &key)?;
    }
    let numbers = tracking_numbers(tx)?;
    let unknown = super::write::require_source(tx, UNKNOWN_SOURCE, "source")?;
    for i in &ds.inquiries {
        let new = NewInquiry {
            id: Some(i.id.clone()),
            received_at: i.received_at,
            kind: i.kind,
            company: i.company.clone(),
            contact: i.contact.clone(),
            phone: i.phone.clone(),
            email: i.email.clone(),
            source: Some(name_of(i.source_id)?),
            touchpoints: i
                .touchpoints
                .iter()
                .map(|t| Ok((name_of(t.source_id)?, t.date)))
                .collect::<Result<_>>()?,
            is_lead: i.is_lead,
            status: i.status.clone(),
            estimated_value: i.estimated_value,
            logged_by: i.logged_by.clone(),
            notes: i.notes.clone(),
            expected_version: None,
        };
        let resolved = resolve_inquiry(tx, &numbers, unknown, &new)?;
        upsert_inquiry(tx, cur, &resolved)?;
    }
    for d in &ds.deals {
        let new = NewDeal {
            id: d.id.clone(),
            inquiry_id: d.inquiry_id.clone(),
            company: d.company.clone(),
            quoted_at: d.quoted_at,
            closed_at: d.closed_at,
            status: d.status,
            amount: d.amount,
            lost_reason: d.lost_reason.clone(),
            expected_version: None,
        };
        upsert_deal(tx, cur, &new)?;
    }
    for t in &ds.targets {
        super::write::upsert_target(tx, cur, t.year, t.sales_target, t.lead_target)?;
    }
    for t in &ds.traffic {
        super::write::upsert_traffic(tx, t.month, source_map[&t.source_id], t.visitors)?;
    }
    Ok(())
}
