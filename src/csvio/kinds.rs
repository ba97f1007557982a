//! The typed row of each kind, read from one record's cells. A builder returns
//! `None` when any cell of the record was bad; the errors are in the `Cells`.

use super::cells::Cells;
use crate::records::{DealStatus, Direction, InquiryKind, SpendCategory, SpendDirection};
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceRow {
    pub row: usize,
    pub channel: String,
    pub source: String,
    /// The channel's direction; `None` leaves it to the channel's default.
    pub direction: Option<Direction>,
    /// As written; the caller normalises them (`phone::normalise`).
    pub tracking_numbers: Vec<String>,
    pub utm_source: Option<String>,
    pub utm_medium: Option<String>,
    pub utm_campaign: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct SpendRow {
    pub row: usize,
    pub date: NaiveDate,
    pub amount: Decimal,
    pub category: SpendCategory,
    /// `None` is general spend.
    pub source: Option<String>,
    pub campaign: Option<String>,
    /// Only ever set on general spend.
    pub direction: Option<SpendDirection>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InquiryRow {
    pub row: usize,
    pub id: String,
    pub received_at: NaiveDateTime,
    pub kind: InquiryKind,
    pub company: Option<String>,
    pub contact: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// Empty is `None` (the caller may tag it by phone); `Unknown` stays text.
    pub source: Option<String>,
    pub touchpoints: Vec<(String, NaiveDate)>,
    pub is_lead: bool,
    pub status: Option<String>,
    pub estimated_value: Option<Decimal>,
    pub logged_by: Option<String>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DealRow {
    pub row: usize,
    pub id: String,
    pub inquiry_id: Option<String>,
    pub company: String,
    pub quoted_at: Option<NaiveDate>,
    pub closed_at: Option<NaiveDate>,
    pub status: DealStatus,
    pub amount: Decimal,
    pub lost_reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TargetRow {
    pub row: usize,
    pub year: i32,
    pub sales_target: Option<Decimal>,
    pub lead_target: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrafficRow {
    pub row: usize,
    /// The first day of the month.
    pub month: NaiveDate,
    pub source: String,
    pub visitors: i64,
}

/// Every field is read (so every bad cell is reported) before any is used.
pub fn source(c: &mut Cells) -> Option<SourceRow> {
    let channel = c.required("channel");
    let source = c.required("source");
    let direction = c.choice("direction", Direction::parse, Direction::choices());
    let row = SourceRow {
        row: c.line,
        channel,
        source,
        direction,
        tracking_numbers: c.list("tracking_numbers"),
        utm_source: c.text("utm_source"),
        utm_medium: c.text("utm_medium"),
        utm_campaign: c.text("utm_campaign"),
    };
    c.errors.is_empty().then_some(row)
}

pub fn spend(c: &mut Cells) -> Option<SpendRow> {
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
    let row = SpendRow {
        row: c.line,
        date: date?,
        amount: amount?,
        category: category?,
        source,
        campaign: c.text("campaign"),
        direction,
        note: c.text("note"),
    };
    c.errors.is_empty().then_some(row)
}

pub fn inquiry(c: &mut Cells) -> Option<InquiryRow> {
    let id = c.required("id");
    let received_at = c.required_datetime("received_at");
    let kind = c.required_choice("kind", InquiryKind::parse, InquiryKind::choices());
    let touchpoints = c.touchpoints("touchpoints");
    let is_lead = c.boolean("is_lead", true);
    let estimated_value = c.amount("estimated_value");
    let row = InquiryRow {
        row: c.line,
        id,
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
    };
    c.errors.is_empty().then_some(row)
}

pub fn deal(c: &mut Cells) -> Option<DealRow> {
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
    let row = DealRow {
        row: c.line,
        id,
        inquiry_id: c.text("inquiry_id"),
        company,
        quoted_at,
        closed_at,
        status: status?,
        amount: amount?,
        lost_reason: c.text("lost_reason"),
    };
    c.errors.is_empty().then_some(row)
}

pub fn target(c: &mut Cells) -> Option<TargetRow> {
    let year = c.year("year");
    let sales_target = c.amount("sales_target");
    let lead_target = c.count("lead_target", false);
    let row = TargetRow {
        row: c.line,
        year: year?,
        sales_target,
        lead_target,
    };
    c.errors.is_empty().then_some(row)
}

pub fn traffic(c: &mut Cells) -> Option<TrafficRow> {
    let month = c.month("month");
    let source = c.required("source");
    let visitors = c.count("visitors", true);
    let row = TrafficRow {
        row: c.line,
        month: month?,
        source,
        visitors: visitors?,
    };
    c.errors.is_empty().then_some(row)
}
