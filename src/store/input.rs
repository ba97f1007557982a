//! The input of each record kind: what a form, the command line, a CSV row
//! and the demo generator hand the store to write. There is one type per kind
//! so that a new column is added here once and every entry path sees it; the
//! CSV reader builds these directly, which is why this file depends on nothing
//! of the store but the record enums.

use crate::records::{DealStatus, Direction, InquiryKind, SpendCategory, SpendDirection};
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use serde::Serialize;

/// A source as entered in the Sources screen or a `sources` CSV row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewSource {
    pub channel: String,
    pub name: String,
    /// The channel's direction when the channel is new; must agree otherwise.
    pub direction: Option<Direction>,
    pub tracking_numbers: Vec<String>,
    pub utm_source: Option<String>,
    pub utm_medium: Option<String>,
    pub utm_campaign: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct NewSpend {
    pub date: NaiveDate,
    pub amount: Decimal,
    pub category: SpendCategory,
    /// Source name; `None` books general spend.
    pub source: Option<String>,
    pub campaign: Option<String>,
    pub direction: Option<SpendDirection>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewInquiry {
    /// `None` lets the store give the next free `INQ-YYYY-NNNNN` id.
    pub id: Option<String>,
    pub received_at: NaiveDateTime,
    pub kind: InquiryKind,
    pub company: Option<String>,
    pub contact: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// The "where did you hear about us?" answer; `None` or Unknown lets a
    /// dialled tracking number decide.
    pub source: Option<String>,
    pub touchpoints: Vec<(String, NaiveDate)>,
    pub is_lead: bool,
    pub status: Option<String>,
    pub estimated_value: Option<Decimal>,
    pub logged_by: Option<String>,
    pub notes: Option<String>,
    /// When the lead was qualified: on or after `received_at`'s date and
    /// not after today.
    pub qualified_at: Option<NaiveDate>,
    /// For an edit from a form: the version the form was filled from. The
    /// save is refused with `conflict` when the stored inquiry is at
    /// another (someone changed it since) or is gone. `None` saves without
    /// the check, as imports and the demo do.
    pub expected_version: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewDeal {
    pub id: String,
    pub inquiry_id: Option<String>,
    pub company: String,
    pub quoted_at: Option<NaiveDate>,
    pub closed_at: Option<NaiveDate>,
    pub status: DealStatus,
    pub amount: Decimal,
    pub lost_reason: Option<String>,
    /// As [`NewInquiry::expected_version`].
    pub expected_version: Option<i64>,
}

/// A year's targets, as set in Settings or read from a `targets` file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewTarget {
    pub year: i32,
    pub sales_target: Option<Decimal>,
    pub lead_target: Option<i64>,
}

/// A month's visitors from one source, as read from a `traffic` file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewTraffic {
    /// The first day of the month.
    pub month: NaiveDate,
    /// Source name, resolved by the store.
    pub source: String,
    pub visitors: i64,
}

/// A month's count of one activity metric from one source, as read from an
/// `activity` file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewActivity {
    /// The first day of the month.
    pub month: NaiveDate,
    /// Source name, resolved by the store.
    pub source: String,
    pub metric: String,
    pub count: i64,
}
