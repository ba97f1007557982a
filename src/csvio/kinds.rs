//! Each kind's record read from one record's cells, as the store's own input
//! type (`store::input`), so that a CSV row and a form entry are one value and
//! a new column is added once. A builder returns `None` when any cell of the
//! record was bad; the errors are in the `Cells`.

use super::cells::Cells;
use crate::records::{
    valid_metric_name, DealStatus, Direction, InquiryKind, SpendCategory, SpendDirection,
};
use crate::store::input::{
    NewActivity, NewDeal, NewInquiry, NewSource, NewSpend, NewTarget, NewTraffic,
};
use serde::Serialize;
use std::ops::Deref;

/// One record of a file with the line it starts on, which every error about
/// it names. It reads as the record itself (`row.amount`), so callers need
/// not unwrap it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Numbered<T> {
    pub row: usize,
    #[serde(flatten)]
    pub record: T,
}

impl<T> Deref for Numbered<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.record
    }
}

/// Every field is read (so every bad cell is reported) before any is used.
pub fn source(c: &mut Cells) -> Option<Numbered<NewSource>> {
    let channel = c.required("channel");
    let name = c.required("source");
    let direction = c.choice("direction", Direction::parse, Direction::choices());
    let record = NewSource {
        channel,
        name,
        direction,
        tracking_numbers: c.list("tracking_numbers"),
        utm_source: c.text("utm_source"),
        utm_medium: c.text("utm_medium"),
        utm_campaign: c.text("utm_campaign"),
    };
    numbered(c, record)
}

/// The record with its line, unless a cell of it was bad.
fn numbered<T>(c: &Cells, record: T) -> Option<Numbered<T>> {
    c.errors.is_empty().then_some(Numbered {
        row: c.line,
        record,
    })
}

pub fn spend(c: &mut Cells) -> Option<Numbered<NewSpend>> {
    let date = c.required_date("date");
    let amount = c.required_amount("amount");
    let category = c.required_choice("category", SpendCategory::parse, SpendCategory::choices());
    let source = c.text("source");
    let direction = c.choice(
        "direction",
        SpendDirection::parse,
        SpendDirection::choices(),
    );
    if source.is_some() && direction.is_some() {
        c.error(
            "direction",
            "direction applies only to general spend (spend without a source)",
        );
    }
    let record = NewSpend {
        date: date?,
        amount: amount?,
        category: category?,
        source,
        campaign: c.text("campaign"),
        direction,
        note: c.text("note"),
    };
    numbered(c, record)
}

pub fn inquiry(c: &mut Cells) -> Option<Numbered<NewInquiry>> {
    let id = c.required("id");
    let received_at = c.required_datetime("received_at");
    let kind = c.required_choice("kind", InquiryKind::parse, InquiryKind::choices());
    let touchpoints = c.touchpoints("touchpoints");
    let is_lead = c.boolean("is_lead", true);
    let estimated_value = c.amount("estimated_value");
    let qualified_at = c.date("qualified_at");
    if let (Some(q), Some(r)) = (qualified_at, received_at) {
        if q < r.date() {
            c.error(
                "qualified_at",
                format!(
                    "the lead was qualified ({q}) before it arrived ({})",
                    r.date()
                ),
            );
        }
    }
    let record = NewInquiry {
        qualified_at,
        id: Some(id),
        received_at: received_at?,
        kind: kind?,
        company: c.text("company"),
        contact: c.text("contact"),
        phone: c.text("phone"),
        email: c.text("email"),
        source: c.text("source"),
        touchpoints,
        is_lead,
        status: c.text("status"),
        estimated_value,
        logged_by: c.text("logged_by"),
        notes: c.text("notes"),
        expected_version: None,
    };
    numbered(c, record)
}

pub fn deal(c: &mut Cells) -> Option<Numbered<NewDeal>> {
    let id = c.required("id");
    let company = c.required("company");
    let quoted_at = c.date("quoted_at");
    let closed_at = c.date("closed_at");
    let status = c.required_choice("status", DealStatus::parse, DealStatus::choices());
    let amount = c.required_amount("amount");
    if status.is_some_and(|s| s != DealStatus::Open) && c.raw("closed_at").is_empty() {
        c.error(
            "closed_at",
            "closed_at is required unless the status is open",
        );
    }
    if let (Some(q), Some(cl)) = (quoted_at, closed_at) {
        if cl < q {
            c.error(
                "closed_at",
                format!("the deal closed ({cl}) before it was quoted ({q})"),
            );
        }
    }
    let record = NewDeal {
        id,
        inquiry_id: c.text("inquiry_id"),
        company,
        quoted_at,
        closed_at,
        status: status?,
        amount: amount?,
        lost_reason: c.text("lost_reason"),
        expected_version: None,
    };
    numbered(c, record)
}

pub fn target(c: &mut Cells) -> Option<Numbered<NewTarget>> {
    let year = c.year("year");
    let sales_target = c.amount("sales_target");
    let lead_target = c.count("lead_target", false);
    let record = NewTarget {
        year: year?,
        sales_target,
        lead_target,
    };
    numbered(c, record)
}

pub fn traffic(c: &mut Cells) -> Option<Numbered<NewTraffic>> {
    let month = c.month("month");
    let source = c.required("source");
    let visitors = c.count("visitors", true);
    let record = NewTraffic {
        month: month?,
        source,
        visitors: visitors?,
    };
    numbered(c, record)
}

/// An activity row: the metric is a lowercase name (csv.md), written as
/// given; `Clicks` is refused rather than folded, so a file cannot hold one
/// metric under two spellings that the figures would count apart.
pub fn activity(c: &mut Cells) -> Option<Numbered<NewActivity>> {
    let month = c.month("month");
    let source = c.required("source");
    let metric = c.required("metric");
    if !metric.is_empty() && !valid_metric_name(&metric) {
        c.error(
            "metric",
            format!(
                "\"{metric}\" is not a metric name: use lowercase letters, digits and _ \
                 (clicks, impressions, opens, downloads, followers, …)"
            ),
        );
    }
    let count = c.count("count", true);
    let record = NewActivity {
        month: month?,
        source,
        metric,
        count: count?,
    };
    numbered(c, record)
}
