//! Inquiries and deals: logging a call, the recent list with undo, company
//! autocomplete, the most used sources for the number keys, the searchable
//! list with each inquiry's quotes and orders, and closing deals.

use super::dto::*;
use super::Session;
use crate::error::{Error, ErrorCode, Result};
use crate::model::*;
use crate::store::{NewDeal, NewInquiry};
use chrono::{Datelike, Timelike};
use std::collections::HashMap;

fn deal_dto(d: &Deal) -> DealDto {
    DealDto {
        id: d.id.clone(),
        inquiry_id: d.inquiry_id.clone(),
        company: d.company.clone(),
        quoted_at: d.quoted_at,
        closed_at: d.closed_at,
        status: d.status.as_str().into(),
        amount: d.amount,
        lost_reason: d.lost_reason.clone(),
    }
}

fn source_label(ds: &Dataset, id: Id) -> (String, String) {
    match ds.source(id) {
        Some(s) => (
            s.name.clone(),
            ds.channel(s.channel_id)
                .map(|c| c.name.clone())
                .unwrap_or_default(),
        ),
        None => (UNKNOWN_SOURCE.into(), UNKNOWN_CHANNEL.into()),
    }
}

fn inquiry_dto(ds: &Dataset, i: &Inquiry, deals: &HashMap<&str, Vec<&Deal>>) -> InquiryDto {
    let (source, channel) = source_label(ds, i.source_id);
    InquiryDto {
        id: i.id.clone(),
        received_at: i.received_at,
        kind: i.kind.as_str().into(),
        company: i.company.clone(),
        contact: i.contact.clone(),
        phone: i.phone.clone(),
        email: i.email.clone(),
        source_id: i.source_id,
        source,
        channel,
        touchpoints: i
            .touchpoints
            .iter()
            .map(|t| TouchpointDto {
                source_id: t.source_id,
                source: source_label(ds, t.source_id).0,
                date: t.date,
            })
            .collect(),
        is_lead: i.is_lead,
        notes: i.notes.clone(),
        deals: deals
            .get(i.id.as_str())
            .map(|v| v.iter().map(|d| deal_dto(d)).collect())
            .unwrap_or_default(),
        deals_total: deals.get(i.id.as_str()).and_then(|v| {
            v.iter()
                .try_fold(rust_decimal::Decimal::ZERO, |a, d| a.checked_add(d.amount))
                .map(|t| t.to_string())
        }),
    }
}

fn deals_by_inquiry(ds: &Dataset) -> HashMap<&str, Vec<&Deal>> {
    let mut map: HashMap<&str, Vec<&Deal>> = HashMap::new();
    for d in &ds.deals {
        if let Some(i) = d.inquiry_id.as_deref() {
            map.entry(i).or_default().push(d);
        }
    }
    map
}

fn source_name(ds: &Dataset, id: i64, field: &str) -> Result<String> {
    ds.source(id).map(|s| s.name.clone()).ok_or_else(|| {
        Error::field(
            ErrorCode::NotFound,
            field,
            format!("there is no source {id}"),
        )
    })
}

fn matches(i: &Inquiry, source: &str, needle: &str) -> bool {
    let hit = |t: &Option<String>| {
        t.as_deref()
            .is_some_and(|t| t.to_lowercase().contains(needle))
    };
    i.id.to_lowercase().contains(needle)
        || hit(&i.company)
        || hit(&i.contact)
        || hit(&i.phone)
        || hit(&i.email)
        || source.to_lowercase().contains(needle)
}

impl Session {
    /// Logs an inquiry (or saves an edited one) and returns it as stored,
    /// with the source a dialled tracking number chose. An edit keeps the
    /// version before it: the answer's `undo_token` puts that back.
    pub fn log_inquiry(&self, input: InquiryInput) -> Result<LoggedInquiry> {
        let kind = InquiryKind::parse(&input.kind).ok_or_else(|| {
            Error::invalid(
                "kind",
                format!(
                    "unknown kind '{}'; use {}",
                    input.kind,
                    InquiryKind::choices()
                ),
            )
        })?;
        let id = input.id.filter(|s| !s.trim().is_empty());
        let (source, touchpoints, kept) = self.read(|_, ds| {
            let source = input
                .source_id
                .map(|id| source_name(ds, id, "source"))
                .transpose()?;
            let touchpoints = input
                .touchpoints
                .iter()
                .map(|t| Ok((source_name(ds, t.source_id, "touchpoints")?, t.date)))
                .collect::<Result<Vec<_>>>()?;
            // The form does not show the status, the estimated value or who
            // logged it (they come from imports): an edit keeps them.
            let kept = id
                .as_deref()
                .and_then(|id| ds.inquiries.iter().find(|i| i.id == id.trim()))
                .map(|i| (i.status.clone(), i.estimated_value, i.logged_by.clone()));
            Ok((source, touchpoints, kept))
        })?;
        let previous = match &id {
            Some(id) if kept.is_some() => self.before_edit(id)?,
            _ => None,
        };
        let (status, estimated_value, logged_by) = kept.unwrap_or_default();
        let now = chrono::Local::now().naive_local();
        let received_at = input
            .received_at
            .unwrap_or_else(|| now.with_nanosecond(0).unwrap_or(now));
        let new = NewInquiry {
            id,
            received_at,
            kind,
            company: input.company,
            contact: input.contact,
            phone: input.phone,
            email: input.email,
            source,
            touchpoints,
            is_lead: input.is_lead,
            status,
            estimated_value,
            logged_by,
            notes: input.notes,
        };
        let id = self.write(|store| store.save_inquiry(&new))?;
        let undo_token = previous.map(|p| self.keep_previous(p));
        let inquiry = self.read(|_, ds| {
            let i = ds.inquiries.iter().find(|i| i.id == id).ok_or_else(|| {
                Error::new(
                    ErrorCode::Io,
                    format!("inquiry {id} was not found after saving"),
                )
            })?;
            Ok(inquiry_dto(ds, i, &deals_by_inquiry(ds)))
        })?;
        Ok(LoggedInquiry {
            inquiry,
            undo_token,
        })
    }

    /// The last `limit` inquiries entered, newest first.
    pub fn recent_inquiries(&self, limit: u32) -> Result<Vec<InquiryDto>> {
        self.read(|_, ds| {
            let deals = deals_by_inquiry(ds);
            Ok(ds
                .inquiries
                .iter()
                .rev()
                .take(limit as usize)
                .map(|i| inquiry_dto(ds, i, &deals))
                .collect())
        })
    }

    /// Company names from earlier inquiries and deals that start with (or
    /// else contain) `prefix`, most frequent first.
    pub fn company_suggestions(&self, prefix: String, limit: u32) -> Result<Vec<String>> {
        let needle = prefix.trim().to_lowercase();
        if needle.is_empty() {
            return Ok(Vec::new());
        }
        self.read(|_, ds| {
            let mut counts: HashMap<String, (String, u32)> = HashMap::new();
            let names = ds
                .inquiries
                .iter()
                .filter_map(|i| i.company.as_deref())
                .chain(ds.deals.iter().map(|d| d.company.as_str()));
            for name in names {
                let key = name.trim().to_lowercase();
                if key.contains(&needle) {
                    counts
                        .entry(key)
                        .or_insert_with(|| (name.trim().into(), 0))
                        .1 += 1;
                }
            }
            let mut found: Vec<(bool, u32, String)> = counts
                .into_iter()
                .map(|(key, (name, n))| (!key.starts_with(&needle), n, name))
                .collect();
            found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
            Ok(found
                .into_iter()
                .take(limit as usize)
                .map(|f| f.2)
                .collect())
        })
    }

    /// The inquiry list: filtered by text and dates, sorted, one page.
    pub fn search_inquiries(&self, q: InquiryQuery) -> Result<InquiryPage> {
        let needle = q.text.unwrap_or_default().trim().to_lowercase();
        self.read(|_, ds| {
            let deals = deals_by_inquiry(ds);
            let mut rows: Vec<InquiryDto> = ds
                .inquiries
                .iter()
                .filter(|i| q.from.is_none_or(|f| i.received_at.date() >= f))
                .filter(|i| q.to.is_none_or(|t| i.received_at.date() <= t))
                .filter(|i| {
                    needle.is_empty() || matches(i, &source_label(ds, i.source_id).0, &needle)
                })
                .map(|i| inquiry_dto(ds, i, &deals))
                .collect();
            let value = |r: &InquiryDto| {
                r.deals
                    .iter()
                    .map(|d| d.amount)
                    .sum::<rust_decimal::Decimal>()
            };
            match q.sort.as_deref().unwrap_or("received_at") {
                "company" => {
                    rows.sort_by_key(|r| r.company.clone().unwrap_or_default().to_lowercase())
                }
                "source" => rows.sort_by(|a, b| a.source.cmp(&b.source)),
                "kind" => rows.sort_by(|a, b| a.kind.cmp(&b.kind)),
                "deal_value" => rows.sort_by_key(value),
                "received_at" => rows.sort_by_key(|r| r.received_at),
                other => {
                    return Err(Error::invalid("sort", format!("cannot sort by '{other}'")));
                }
            }
            if !q.ascending {
                rows.reverse();
            }
            let total = rows.len() as u32;
            let limit = if q.limit == 0 { 100 } else { q.limit } as usize;
            let rows = rows
                .into_iter()
                .skip(q.offset as usize)
                .take(limit)
                .collect();
            Ok(InquiryPage { rows, total })
        })
    }

    /// Records a quote or order (or updates one with the same id).
    pub fn save_deal(&self, d: DealInput) -> Result<DealDto> {
        let status = DealStatus::parse(&d.status).ok_or_else(|| {
            Error::invalid(
                "status",
                format!(
                    "unknown status '{}'; use {}",
                    d.status,
                    DealStatus::choices()
                ),
            )
        })?;
        let today = self.today();
        let id = match d.id.filter(|s| !s.trim().is_empty()) {
            Some(id) => id,
            None => self.read(|_, ds| Ok(next_deal_id(ds, d.quoted_at.unwrap_or(today).year())))?,
        };
        let new = NewDeal {
            id: id.clone(),
            inquiry_id: d.inquiry_id.filter(|s| !s.trim().is_empty()),
            company: d.company,
            quoted_at: d.quoted_at,
            closed_at: d.closed_at,
            status,
            amount: d.amount,
            lost_reason: d.lost_reason,
        };
        self.write(|store| store.save_deal(&new))?;
        self.deal(&id)
    }

    /// Marks a deal won or lost, with its final amount and the reason.
    pub fn close_deal(&self, c: CloseDeal) -> Result<DealDto> {
        let d = self.deal(&c.id)?;
        if !c.won && c.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
            return Err(Error::invalid("reason", "say why the deal was lost"));
        }
        self.save_deal(DealInput {
            id: Some(d.id),
            inquiry_id: d.inquiry_id,
            company: d.company,
            quoted_at: d.quoted_at,
            closed_at: Some(c.closed_at.unwrap_or(self.today())),
            status: if c.won { "won" } else { "lost" }.into(),
            amount: c.amount.unwrap_or(d.amount),
            lost_reason: if c.won { None } else { c.reason },
        })
    }

    fn deal(&self, id: &str) -> Result<DealDto> {
        self.read(|_, ds| {
            ds.deals
                .iter()
                .find(|d| d.id == id)
                .map(deal_dto)
                .ok_or_else(|| {
                    Error::field(
                        ErrorCode::NotFound,
                        "id",
                        format!("there is no deal '{id}'"),
                    )
                })
        })
    }

    /// Channels and sources with how often each source was named.
    pub fn catalog(&self) -> Result<Catalog> {
        self.read(|_, ds| {
            let mut uses: HashMap<Id, u32> = HashMap::new();
            for i in &ds.inquiries {
                *uses.entry(i.source_id).or_default() += 1;
            }
            let mut per_channel: HashMap<Id, u32> = HashMap::new();
            for s in &ds.sources {
                *per_channel.entry(s.channel_id).or_default() += 1;
            }
            Ok(Catalog {
                channels: ds
                    .channels
                    .iter()
                    .map(|c| ChannelDto {
                        id: c.id,
                        name: c.name.clone(),
                        direction: c.direction.as_str().into(),
                        sources: per_channel.get(&c.id).copied().unwrap_or(0),
                    })
                    .collect(),
                sources: ds
                    .sources
                    .iter()
                    .map(|s| {
                        let channel = ds.channel(s.channel_id);
                        SourceDto {
                            id: s.id,
                            name: s.name.clone(),
                            channel_id: s.channel_id,
                            channel: channel.map(|c| c.name.clone()).unwrap_or_default(),
                            direction: channel
                                .map(|c| c.direction.as_str())
                                .unwrap_or("inbound")
                                .into(),
                            tracking_numbers: s.tracking_numbers.clone(),
                            utm_source: s.utm_source.clone(),
                            utm_medium: s.utm_medium.clone(),
                            utm_campaign: s.utm_campaign.clone(),
                            uses: uses.get(&s.id).copied().unwrap_or(0),
                        }
                    })
                    .collect(),
            })
        })
    }
}

/// The next free `D-YYYY-NNNNN` deal id.
fn next_deal_id(ds: &Dataset, year: i32) -> String {
    let prefix = format!("D-{year}-");
    let n = ds
        .deals
        .iter()
        .filter_map(|d| d.id.strip_prefix(&prefix)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0)
        + 1;
    format!("{prefix}{n:05}")
}
