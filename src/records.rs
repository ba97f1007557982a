//! The records the metrics read (see `shared/spec/metrics.md`, "Records the
//! metrics read"), as plain data. The store loads them into a [`Dataset`]
//! once per request; the metrics engine, CSV export and the demo generator
//! work on that value and never on SQL.

use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Database row id of a channel or source.
pub type Id = i64;

macro_rules! text_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        // TS: the page gets each as a string union of the same spellings.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The spelling used in CSV files, JSON and the database.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses the spelling of [`Self::as_str`], case-insensitively.
            pub fn parse(s: &str) -> Option<Self> {
                let s = s.trim();
                $(if s.eq_ignore_ascii_case($text) { return Some($name::$variant); })+
                None
            }

            /// The accepted spellings, for error messages.
            pub fn choices() -> String {
                [$($text),+].join(", ")
            }
        }
    };
}

text_enum!(
    /// Whether a channel brings customers to us or takes us to them.
    Direction { Inbound = "inbound", Outbound = "outbound" }
);
text_enum!(
    /// The direction of general spend (spend with no source).
    SpendDirection { Inbound = "inbound", Outbound = "outbound", Shared = "shared" }
);
text_enum!(
    SpendCategory {
        Advertising = "advertising",
        Labor = "labor",
        Software = "software",
        Overhead = "overhead",
        Distribution = "distribution",
        Events = "events",
        Other = "other",
    }
);
text_enum!(
    InquiryKind {
        Call = "call",
        Rfq = "rfq",
        Email = "email",
        WebForm = "web_form",
        WalkIn = "walk_in",
        TradeShow = "trade_show",
        Other = "other",
    }
);
text_enum!(
    DealStatus { Open = "open", Won = "won", Lost = "lost" }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Channel {
    pub id: Id,
    pub name: String,
    pub direction: Direction,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: Id,
    pub channel_id: Id,
    pub name: String,
    /// Normalised tracking phone numbers (see `phone::normalise`).
    pub tracking_numbers: Vec<String>,
    pub utm_source: Option<String>,
    pub utm_medium: Option<String>,
    pub utm_campaign: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spend {
    pub id: Id,
    pub date: NaiveDate,
    pub amount: Decimal,
    pub category: SpendCategory,
    /// `None` is general spend (salaries, software, overhead).
    pub source_id: Option<Id>,
    pub campaign: Option<String>,
    /// Only for general spend; `None` there means `shared`.
    pub direction: Option<SpendDirection>,
    pub note: Option<String>,
}

impl Spend {
    /// The effective direction of general spend (`shared` by default);
    /// `None` for spend booked to a source.
    pub fn general_direction(&self) -> Option<SpendDirection> {
        match self.source_id {
            Some(_) => None,
            None => Some(self.direction.unwrap_or(SpendDirection::Shared)),
        }
    }
}

/// A further touchpoint of an inquiry, after its first touch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Touchpoint {
    pub source_id: Id,
    pub date: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inquiry {
    /// The user's or the app's identifier, unique; deals refer to it.
    pub id: String,
    pub received_at: NaiveDateTime,
    pub kind: InquiryKind,
    pub company: Option<String>,
    pub contact: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// The answer to "where did you hear about us?": the first touch.
    pub source_id: Id,
    /// Further touchpoints in the order they were entered.
    pub touchpoints: Vec<Touchpoint>,
    pub is_lead: bool,
    pub status: Option<String>,
    pub estimated_value: Option<Decimal>,
    pub logged_by: Option<String>,
    pub notes: Option<String>,
    /// When the lead met the shop's criteria for a sales-ready lead; `None`
    /// is not (yet) qualified. Never before `received_at`'s date.
    #[serde(default)]
    pub qualified_at: Option<NaiveDate>,
    /// The stored row's version: 1 when written, one more with every
    /// change. A form saves with the version it showed, and a save over a
    /// newer one is refused with `conflict` (see [`FIRST_VERSION`]).
    #[serde(default = "first_version")]
    pub version: i64,
}

/// The version a record has when it is first written.
pub const FIRST_VERSION: i64 = 1;

fn first_version() -> i64 {
    FIRST_VERSION
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deal {
    /// Unique identifier; ties between deals are broken by its byte order.
    pub id: String,
    pub inquiry_id: Option<String>,
    pub company: String,
    pub quoted_at: Option<NaiveDate>,
    pub closed_at: Option<NaiveDate>,
    pub status: DealStatus,
    pub amount: Decimal,
    pub lost_reason: Option<String>,
    /// As [`Inquiry::version`].
    #[serde(default = "first_version")]
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    pub year: i32,
    pub sales_target: Option<Decimal>,
    pub lead_target: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Traffic {
    /// The first day of the month.
    pub month: NaiveDate,
    pub source_id: Id,
    pub visitors: i64,
}

/// One month's count of one engagement metric a source's platform reports
/// (clicks, impressions, opens, …). One row per month, source and metric.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    /// The first day of the month.
    pub month: NaiveDate,
    pub source_id: Id,
    /// Lowercase letters, digits and `_` (see [`valid_metric_name`]).
    pub metric: String,
    pub count: i64,
}

/// Whether `name` may name an activity metric: 1 to 64 lowercase ASCII
/// letters, digits and `_`, as shared/spec/csv.md asks; the store's CHECK
/// says the same.
pub fn valid_metric_name(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub company_name: String,
    /// ISO 4217 code of the reporting currency, fixed at creation.
    pub currency: String,
    /// 1 = January.
    pub fiscal_year_start_month: u32,
    /// Gross margin as a fraction (1 = count revenue whole).
    pub gross_margin: Decimal,
    /// Half-life of the time-decay model, in days.
    pub half_life_days: Decimal,
    /// UI and report language: en, de, nl, sv or ru.
    pub language: String,
    /// How long a call keeps its numbers, in months (1 to 120): an older
    /// call of the phone system's log keeps only what the figures need.
    #[serde(default = "default_call_retention_months")]
    pub call_retention_months: u32,
}

/// How long a call keeps its numbers unless the owner says otherwise.
pub const DEFAULT_CALL_RETENTION_MONTHS: u32 = 24;

fn default_call_retention_months() -> u32 {
    DEFAULT_CALL_RETENTION_MONTHS
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            company_name: String::new(),
            currency: "EUR".into(),
            fiscal_year_start_month: 1,
            gross_margin: Decimal::ONE,
            half_life_days: Decimal::from(7),
            language: "en".into(),
            call_retention_months: DEFAULT_CALL_RETENTION_MONTHS,
        }
    }
}

/// Everything one request reads, loaded once. Vectors are in id order
/// (inquiries and deals in insertion order).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dataset {
    pub settings: Settings,
    pub channels: Vec<Channel>,
    pub sources: Vec<Source>,
    pub spend: Vec<Spend>,
    pub inquiries: Vec<Inquiry>,
    pub deals: Vec<Deal>,
    pub targets: Vec<Target>,
    pub traffic: Vec<Traffic>,
    /// Activity counts, in month, source and metric order.
    #[serde(default)]
    pub activity: Vec<Activity>,
    /// The phone system's call log, in row id order.
    #[serde(default)]
    pub calls: Vec<StoredCall>,
}

/// A call of the phone system's log as the store keeps it. A call older
/// than the retention period has lost its numbers (`caller` and
/// `caller_key` are empty, `dialled` is `None`) and carries instead, in
/// `frozen`, what the figures read of it when it was purged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredCall {
    /// The row id, which the unlogged-calls queue names a call by.
    pub id: Id,
    /// The call; its `row` is 0, since a stored call has no file line.
    pub call: crate::csvio::calls::Call,
    pub frozen: Option<FrozenCall>,
}

impl AsRef<crate::csvio::calls::Call> for StoredCall {
    fn as_ref(&self) -> &crate::csvio::calls::Call {
        &self.call
    }
}

/// What the call figures read of a call, kept when its numbers are purged:
/// whether it counted (inbound, answered, a shown number), was matched to
/// an inquiry (and which), was placed to a tracking number, and whether the
/// matched inquiry said another source than the one dialled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrozenCall {
    pub logged: bool,
    pub tracked: bool,
    pub mismatched: bool,
    pub inquiry: Option<String>,
}

/// The years a record's date may have. A date outside them is far more
/// likely a typing error than a record, so every entry path refuses it, and
/// a question about a period outside them is refused too, since it could
/// only ever show empty figures. The store, the CSV reader, the app and the
/// command line all take the span from here.
pub const RECORD_YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// `RECORD_YEARS` in words, "1900 to 2200", for the messages that refuse a
/// date outside it.
pub fn record_years_text() -> String {
    format!("{} to {}", RECORD_YEARS.start(), RECORD_YEARS.end())
}

/// The name of the source that always exists and stands for "not known".
pub const UNKNOWN_SOURCE: &str = "Unknown";
/// The channel the `Unknown` source belongs to.
pub const UNKNOWN_CHANNEL: &str = "Unknown";

/// A channel every new database starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DefaultChannel {
    /// Its name in an English database, and how older databases store it.
    pub name: &'static str,
    /// The Fluent message of its name in the user's language: a database
    /// created in another language stores that name, and the report shows
    /// the English name in the reader's language.
    pub key: &'static str,
    pub direction: Direction,
}

const fn default_channel(
    name: &'static str,
    key: &'static str,
    direction: Direction,
) -> DefaultChannel {
    DefaultChannel {
        name,
        key,
        direction,
    }
}

/// The channels a new database starts with, in id order. The last one is
/// the Unknown channel, which keeps its name in every language.
pub const DEFAULT_CHANNELS: &[DefaultChannel] = &[
    default_channel("Trade shows", "channel-trade-shows", Direction::Outbound),
    default_channel(
        "Online directories",
        "channel-online-directories",
        Direction::Inbound,
    ),
    default_channel("Paid search", "channel-paid-search", Direction::Inbound),
    default_channel(
        "Organic search",
        "channel-organic-search",
        Direction::Inbound,
    ),
    default_channel("Referral", "channel-referral", Direction::Inbound),
    default_channel(
        "Existing customer",
        "channel-existing-customer",
        Direction::Inbound,
    ),
    default_channel("Email", "channel-email", Direction::Outbound),
    default_channel("Direct mail", "channel-direct-mail", Direction::Outbound),
    default_channel("Social", "channel-social", Direction::Inbound),
    default_channel("Print", "channel-print", Direction::Inbound),
    default_channel(
        "Website direct",
        "channel-website-direct",
        Direction::Inbound,
    ),
    default_channel(
        "Outbound sales",
        "channel-outbound-sales",
        Direction::Outbound,
    ),
    default_channel(UNKNOWN_CHANNEL, "channel-unknown", Direction::Inbound),
];

impl Dataset {
    pub fn source(&self, id: Id) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
    pub fn channel(&self, id: Id) -> Option<&Channel> {
        self.channels.iter().find(|c| c.id == id)
    }
    pub fn source_by_name(&self, name: &str) -> Option<&Source> {
        self.sources
            .iter()
            .find(|s| s.name.eq_ignore_ascii_case(name.trim()))
    }
    pub fn unknown_source_id(&self) -> Option<Id> {
        self.source_by_name(UNKNOWN_SOURCE).map(|s| s.id)
    }
}
