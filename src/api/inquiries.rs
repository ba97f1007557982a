//! Inquiries and deals: logging a call, the recent list with undo, company
//! autocomplete, the most used sources for the number keys, the searchable
//! list with each inquiry's quotes and orders, and closing deals.

use super::convert::{deals_by_inquiry, inquiry_dto, new_deal, new_inquiry, source_label};
use super::dto::*;
use super::Session;
use crate::error::{Error, ErrorCode, Result};
use crate::records::*;
use chrono::{Datelike, NaiveDate, Timelike};
use std::collections::HashMap;

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
    ///
    /// A new entry on a team database whose server cannot be reached waits
    /// in the seat's outbox instead (see `outbox`), and the answer says so.
    pub fn log_inquiry(&self, input: InquiryInput) -> Result<LoggedInquiry> {
        let kind = input.kind.get()?;
        let id = input.id.clone().filter(|s| !s.trim().is_empty());
        match (&id, self.team_key()) {
            (None, Some(key)) => self.log_team_entry(input, kind, key),
            _ => self.log_now(input, kind, id, None),
        }
    }

    /// Saves the entry now: an edit, or a new inquiry (under `uuid` when
    /// it was given one where it was entered, so that it is stored once).
    pub(super) fn log_now(
        &self,
        input: InquiryInput,
        kind: InquiryKind,
        id: Option<String>,
        uuid: Option<&str>,
    ) -> Result<LoggedInquiry> {
        self.save_entry(input, kind, id, uuid, None)
    }

    /// An edit that sets or clears the lead's qualification date as well
    /// (`qualify_inquiry`); every other save keeps the stored one.
    pub(super) fn log_qualified(
        &self,
        input: InquiryInput,
        kind: InquiryKind,
        id: Option<String>,
        qualified_at: Option<Option<NaiveDate>>,
    ) -> Result<LoggedInquiry> {
        self.save_entry(input, kind, id, None, qualified_at)
    }

    fn save_entry(
        &self,
        input: InquiryInput,
        kind: InquiryKind,
        id: Option<String>,
        uuid: Option<&str>,
        qualified_at: Option<Option<NaiveDate>>,
    ) -> Result<LoggedInquiry> {
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
                .map(|i| {
                    (
                        i.status.clone(),
                        i.estimated_value,
                        i.logged_by.clone(),
                        qualified_at.unwrap_or(i.qualified_at),
                    )
                });
            Ok((source, touchpoints, kept))
        })?;
        let previous = match &id {
            Some(id) if kept.is_some() => self.before_edit(id)?,
            _ => None,
        };
        let now = chrono::Local::now().naive_local();
        let received_at = input
            .received_at
            .unwrap_or_else(|| now.with_nanosecond(0).unwrap_or(now));
        let new = new_inquiry(
            input,
            kind,
            id,
            received_at,
            source,
            touchpoints,
            kept.unwrap_or_default(),
        );
        let id = self
            .write(|store| match uuid {
                Some(uuid) => store.save_inquiry_once(&new, uuid),
                None => store.save_inquiry(&new),
            })
            .map_err(|e| self.with_current_inquiry(e, new.id.as_deref()))?;
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
            waiting: None,
        })
    }

    /// The last `limit` inquiries entered, newest first.
    pub fn recent_inquiries(&self, limit: u32) -> Result<Vec<InquiryDto>> {
        let read = self
            .read(|_, ds| {
                let deals = deals_by_inquiry(ds);
                Ok(ds
                    .inquiries
                    .iter()
                    .rev()
                    .take(limit as usize)
                    .map(|i| inquiry_dto(ds, i, &deals))
                    .collect())
            })
            .and_then(|list| self.pin_inquiries(list));
        self.recent_or_none(read)
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
        let sort = q.sort.map(|s| s.get()).transpose()?.unwrap_or_default();
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
            match sort {
                InquirySort::Company => {
                    rows.sort_by_key(|r| r.company.clone().unwrap_or_default().to_lowercase())
                }
                InquirySort::Source => rows.sort_by(|a, b| a.source.cmp(&b.source)),
                // By the kind's spelling, as the list always sorted it.
                InquirySort::Kind => rows.sort_by(|a, b| a.kind.as_str().cmp(b.kind.as_str())),
                InquirySort::DealValue => rows.sort_by_key(value),
                InquirySort::ReceivedAt => rows.sort_by_key(|r| r.received_at),
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
        .and_then(|page| self.pin_page(page))
    }

    /// Records a quote or order (or updates one with the same id).
    pub fn save_deal(&self, d: DealInput) -> Result<DealDto> {
        self.require(crate::role::Act::Deals)?;
        // The status is checked before an id is chosen, as it always was.
        d.status.get()?;
        let today = self.today();
        let mut d = d;
        let id = match d.id.clone().filter(|s| !s.trim().is_empty()) {
            Some(id) => id,
            None => {
                // A new deal: there is no stored version to check.
                d.version = None;
                self.read(|_, ds| Ok(next_deal_id(ds, d.quoted_at.unwrap_or(today).year())))?
            }
        };
        let new = new_deal(d, id.clone())?;
        self.write(|store| store.save_deal(&new))
            .map_err(|e| self.with_current_deal(e, &id))?;
        self.deal(&id)
    }

    /// A `conflict` with the inquiry as it now stands, read afresh (the
    /// failed write dropped the records kept), for the screen to show.
    fn with_current_inquiry(&self, mut e: Error, id: Option<&str>) -> Error {
        if e.code == ErrorCode::Conflict {
            if let Some(id) = id {
                e.current = self
                    .read(|_, ds| {
                        Ok(ds
                            .inquiries
                            .iter()
                            .find(|i| i.id == id)
                            .map(|i| inquiry_dto(ds, i, &deals_by_inquiry(ds))))
                    })
                    .ok()
                    .flatten()
                    .and_then(|dto| serde_json::to_value(dto).ok());
            }
        }
        e
    }

    /// A `conflict` with the deal as it now stands, as
    /// [`Session::with_current_inquiry`].
    fn with_current_deal(&self, mut e: Error, id: &str) -> Error {
        if e.code == ErrorCode::Conflict {
            e.current = self
                .deal(id)
                .ok()
                .and_then(|dto| serde_json::to_value(dto).ok());
        }
        e
    }

    /// Marks a deal won or lost, with its final amount and the reason.
    pub fn close_deal(&self, c: CloseDeal) -> Result<DealDto> {
        self.require(crate::role::Act::Deals)?;
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
            status: if c.won {
                DealStatus::Won
            } else {
                DealStatus::Lost
            }
            .into(),
            amount: c.amount.unwrap_or(d.amount),
            lost_reason: if c.won { None } else { c.reason },
            // The deal's other fields are the ones read with this version.
            version: Some(c.version.unwrap_or(d.version)),
        })
    }

    fn deal(&self, id: &str) -> Result<DealDto> {
        self.read(|_, ds| {
            ds.deals
                .iter()
                .find(|d| d.id == id)
                .map(DealDto::from)
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
        let read = self.read(|_, ds| Ok(super::convert::catalog(ds)));
        self.catalog_or_kept(read)
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
