//! Inquiries and deals: the records as the Log and Inquiries screens show
//! them, and the screens' forms as the store writes them.

use crate::api::dto::{DealDto, DealInput, InquiryDto, InquiryInput, TouchpointDto};
use crate::error::Result;
use crate::records::{
    Dataset, Deal, Id, Inquiry, InquiryKind, Touchpoint, UNKNOWN_CHANNEL, UNKNOWN_SOURCE,
};
use crate::store::{NewDeal, NewInquiry};
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use std::collections::HashMap;

impl From<&Deal> for DealDto {
    fn from(d: &Deal) -> DealDto {
        let Deal {
            id,
            inquiry_id,
            company,
            quoted_at,
            closed_at,
            status,
            amount,
            lost_reason,
            version,
        } = d;
        DealDto {
            id: id.clone(),
            inquiry_id: inquiry_id.clone(),
            company: company.clone(),
            quoted_at: *quoted_at,
            closed_at: *closed_at,
            status: *status,
            amount: *amount,
            lost_reason: lost_reason.clone(),
            version: *version,
        }
    }
}

/// A source's name and its channel's, as stored; a source that is gone
/// (never, while the store keeps its references) reads as Unknown.
pub fn source_label(ds: &Dataset, id: Id) -> (String, String) {
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

/// Each inquiry's deals, by the inquiry's id, in the order they were stored.
pub fn deals_by_inquiry(ds: &Dataset) -> HashMap<&str, Vec<&Deal>> {
    let mut map: HashMap<&str, Vec<&Deal>> = HashMap::new();
    for d in &ds.deals {
        if let Some(i) = d.inquiry_id.as_deref() {
            map.entry(i).or_default().push(d);
        }
    }
    map
}

/// An inquiry with its source's and touchpoints' names and its deals.
pub fn inquiry_dto(ds: &Dataset, i: &Inquiry, deals: &HashMap<&str, Vec<&Deal>>) -> InquiryDto {
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
        // The status, the estimated value and who logged it come from
        // imports and are not shown by the screens; an edit keeps them.
        status: _,
        estimated_value: _,
        logged_by: _,
        notes,
        qualified_at,
        version,
    } = i;
    let (source, channel) = source_label(ds, *source_id);
    let own = deals.get(id.as_str());
    InquiryDto {
        id: id.clone(),
        received_at: *received_at,
        kind: *kind,
        company: company.clone(),
        contact: contact.clone(),
        phone: phone.clone(),
        email: email.clone(),
        source_id: *source_id,
        source,
        channel,
        touchpoints: touchpoints
            .iter()
            .map(|t| {
                let Touchpoint { source_id, date } = t;
                TouchpointDto {
                    source_id: *source_id,
                    source: source_label(ds, *source_id).0,
                    date: *date,
                }
            })
            .collect(),
        is_lead: *is_lead,
        notes: notes.clone(),
        qualified_at: *qualified_at,
        deals: own
            .map(|v| v.iter().map(|d| DealDto::from(*d)).collect())
            .unwrap_or_default(),
        deals_total: own.and_then(|v| {
            v.iter()
                .try_fold(Decimal::ZERO, |a, d| a.checked_add(d.amount))
                .map(|t| t.to_string())
        }),
        version: *version,
    }
}

/// What the store keeps of an inquiry that the form does not show: the
/// status, the estimated value, who logged it and when it was qualified
/// (the form shows the qualification but sets it only through
/// `qualify_inquiry`, so its save keeps it).
pub type Kept = (
    Option<String>,
    Option<Decimal>,
    Option<String>,
    Option<NaiveDate>,
);

/// The Log screen's form as the store writes it: `kind` is its checked
/// kind, `source` and `touchpoints` are the names of the ids the form sent,
/// `received_at` the time it names or now, `kept` what an edit keeps of the
/// stored one.
pub fn new_inquiry(
    input: InquiryInput,
    kind: InquiryKind,
    id: Option<String>,
    received_at: NaiveDateTime,
    source: Option<String>,
    touchpoints: Vec<(String, NaiveDate)>,
    kept: Kept,
) -> NewInquiry {
    let InquiryInput {
        // Given as `id`, blank ids already dropped.
        id: _,
        // Given as `received_at`, now when the form left it empty.
        received_at: _,
        // Given as `kind`: checked before anything is looked up.
        kind: _,
        company,
        contact,
        phone,
        email,
        // Given as the names in `source` and `touchpoints`.
        source_id: _,
        touchpoints: _,
        is_lead,
        notes,
        version,
    } = input;
    let (status, estimated_value, logged_by, qualified_at) = kept;
    // A version means an edit of a stored inquiry; a new one has none.
    let expected_version = version.filter(|_| id.is_some());
    NewInquiry {
        id,
        received_at,
        kind,
        company,
        contact,
        phone,
        email,
        source,
        touchpoints,
        is_lead,
        status,
        estimated_value,
        logged_by,
        notes,
        qualified_at,
        expected_version,
    }
}

/// A quote or order from its form, with the id it is stored under.
pub fn new_deal(d: DealInput, id: String) -> Result<NewDeal> {
    let DealInput {
        // Given as `id`: the form's, or the next free one.
        id: _,
        inquiry_id,
        company,
        quoted_at,
        closed_at,
        status,
        amount,
        lost_reason,
        version,
    } = d;
    Ok(NewDeal {
        id,
        inquiry_id: inquiry_id.filter(|s| !s.trim().is_empty()),
        company,
        quoted_at,
        closed_at,
        status: status.get()?,
        amount,
        lost_reason,
        expected_version: version,
    })
}
