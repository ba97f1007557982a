//! Writing a whole [`Dataset`] into an empty database: the demo company, and
//! large generated data sets for benchmarks. It goes through the same
//! validating insert functions as every other entry path.

use super::db::{Exec, TxKind};
use super::deals::upsert_deal;
use super::input::{NewDeal, NewInquiry, NewSource, NewSpend, NewTarget};
use super::inquiries::{resolve_inquiry, upsert_inquiry};
use super::sources::{require_source, tracking_numbers, upsert_source};
use super::spend::{insert_spend, spend_key, upsert_target, upsert_traffic};
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
        let (id, _) = upsert_source(tx, &source_input(s, ch))?;
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
        let new = spend_input(s, &name_of)?;
        let key = spend_key(cur, &new, s.source_id.map(|id| source_map[&id]))?;
        insert_spend(tx, &key)?;
    }
    let numbers = tracking_numbers(tx)?;
    let unknown = require_source(tx, UNKNOWN_SOURCE, "source")?;
    for i in &ds.inquiries {
        let new = inquiry_input(i, &name_of)?;
        let resolved = resolve_inquiry(tx, &numbers, unknown, &new)?;
        upsert_inquiry(tx, cur, &resolved)?;
    }
    for d in &ds.deals {
        upsert_deal(tx, cur, &deal_input(d))?;
    }
    for t in &ds.targets {
        upsert_target(tx, cur, &target_input(t))?;
    }
    for t in &ds.traffic {
        upsert_traffic(tx, t.month, source_map[&t.source_id], t.visitors)?;
    }
    for a in &ds.activity {
        super::activity::upsert_activity(
            tx,
            a.month,
            source_map[&a.source_id],
            &a.metric,
            a.count,
        )?;
    }
    // A generated call log has all its numbers (nothing is purged before it
    // is stored), and goes in in row id order so the ids stay its own.
    for c in &ds.calls {
        super::calls::insert_call(tx, &c.call)?;
    }
    Ok(())
}

// One conversion per kind from the stored record to the store's input. Each
// names every field of the record, without `..`, so that a field added to a
// record fails to compile here until it is carried into the input too.

fn source_input(s: &Source, ch: &Channel) -> NewSource {
    let Source {
        id: _,
        channel_id: _,
        name,
        tracking_numbers,
        utm_source,
        utm_medium,
        utm_campaign,
    } = s;
    NewSource {
        channel: ch.name.clone(),
        name: name.clone(),
        direction: Some(ch.direction),
        tracking_numbers: tracking_numbers.clone(),
        utm_source: utm_source.clone(),
        utm_medium: utm_medium.clone(),
        utm_campaign: utm_campaign.clone(),
    }
}

fn spend_input(s: &Spend, name_of: &dyn Fn(Id) -> Result<String>) -> Result<NewSpend> {
    let Spend {
        id: _,
        date,
        amount,
        category,
        source_id,
        campaign,
        direction,
        note,
    } = s;
    Ok(NewSpend {
        date: *date,
        amount: *amount,
        category: *category,
        source: source_id.map(name_of).transpose()?,
        campaign: campaign.clone(),
        direction: *direction,
        note: note.clone(),
    })
}

fn inquiry_input(i: &Inquiry, name_of: &dyn Fn(Id) -> Result<String>) -> Result<NewInquiry> {
    let Inquiry {
        id,
        received_at,
        kind,
        company,
        contact,
        phone,
        email,
        source_id,
        touchpoints,
        is_lead,
        status,
        estimated_value,
        logged_by,
        notes,
        qualified_at,
        version: _,
    } = i;
    Ok(NewInquiry {
        id: Some(id.clone()),
        received_at: *received_at,
        kind: *kind,
        company: company.clone(),
        contact: contact.clone(),
        phone: phone.clone(),
        email: email.clone(),
        source: Some(name_of(*source_id)?),
        touchpoints: touchpoints
            .iter()
            .map(|t| Ok((name_of(t.source_id)?, t.date)))
            .collect::<Result<_>>()?,
        is_lead: *is_lead,
        status: status.clone(),
        estimated_value: *estimated_value,
        logged_by: logged_by.clone(),
        notes: notes.clone(),
        qualified_at: *qualified_at,
        // A generated data set is written whole into an empty database, so
        // there is no shown version to check against.
        expected_version: None,
    })
}

fn deal_input(d: &Deal) -> NewDeal {
    let Deal {
        id,
        inquiry_id,
        company,
        quoted_at,
        closed_at,
        status,
        amount,
        lost_reason,
        version: _,
    } = d;
    NewDeal {
        id: id.clone(),
        inquiry_id: inquiry_id.clone(),
        company: company.clone(),
        quoted_at: *quoted_at,
        closed_at: *closed_at,
        status: *status,
        amount: *amount,
        lost_reason: lost_reason.clone(),
        expected_version: None,
    }
}

fn target_input(t: &Target) -> NewTarget {
    let Target {
        year,
        sales_target,
        lead_target,
    } = *t;
    NewTarget {
        year,
        sales_target,
        lead_target,
    }
}
