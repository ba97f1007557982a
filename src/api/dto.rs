//! The values that cross the boundary to the desktop UI. Money and figures
//! are decimal strings (never floats); dates are ISO 8601 text; enums are
//! the enums themselves, written as their snake_case spellings, and a page's
//! choice arrives as a [`Choice`] of one (see `choice.rs` for why).
//! TypeScript types are generated from these (see [`super::bindings`]), so
//! the UI and the backend cannot drift apart. The records become these
//! values in `convert/`.

pub use super::choice::Choice;
pub use super::dto_calls::*;
pub use super::dto_enums::{InquirySort, PeriodKind, TeamTls};
pub use super::dto_files::*;
pub use super::dto_funnel::*;
pub use crate::csvio::Kind as FileKind;
pub use crate::i18n::Language;
pub use crate::metrics::{AttributionModel, FigureKind, Status as BenchmarkStatus};
pub use crate::records::{DealStatus, Direction, InquiryKind, SpendCategory, SpendDirection};
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the UI shows first: the welcome screen or the company.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionStatus {
    pub needs_setup: bool,
    /// The demo company, in memory: nothing the user enters is kept.
    pub demo: bool,
    pub company: String,
    pub currency: String,
    pub language: Language,
    pub fiscal_year_start_month: u32,
    pub db_path: Option<String>,
    /// Today, as the backend sees it (the demo's data end here).
    pub today: NaiveDate,
    /// The file is damaged and open for reading only: every change is refused.
    pub read_only: bool,
    /// Why the file could not be opened normally, if it could not.
    pub problem: Option<super::ProblemDto>,
    /// Risks of the open file that do not stop the work (its location).
    pub warnings: Vec<super::NoticeDto>,
    /// The team database the session is on, as the header shows it
    /// ("anna@192.168.1.5/shop"); `None` on a file or the demo.
    pub team: Option<String>,
    /// The team connection the session is set to (the one remembered or
    /// given at start, or the one open), without its password: the welcome
    /// screen's connect form starts from it.
    pub team_connection: Option<TeamConnection>,
    /// Why that team database could not be opened (wrong or missing
    /// password, server unreachable, …): the welcome screen says so by its
    /// code and asks again. (Only ever sent: the error type is not read
    /// back from JSON.)
    #[serde(skip_deserializing)]
    pub team_failure: Option<crate::error::Error>,
    /// Why the owner's seat's last daily copy of the team database failed
    /// (taken in the background at start and on connecting; the next open
    /// tries again): the banner says so. `None` on a file, in the demo,
    /// and once a copy succeeds. (Only ever sent.)
    #[serde(skip_deserializing)]
    pub team_backup_failure: Option<crate::error::Error>,
    /// The seat's role on the team database (`owner` on a file and in the
    /// demo): the side bar leaves out what the role may not use.
    pub role: crate::role::Role,
    /// On a team database: whether the server answers, when the records
    /// were last read from it and how many entries wait in the outbox.
    /// Absent on a file and in the demo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub reach: Option<super::TeamReach>,
}

/// "Connect to a team server" on the welcome screen. The password is used
/// for this connection only and never stored; without one the session uses
/// `LEADLEDGER_PASSWORD` if it is set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TeamConnectionInput {
    pub host: String,
    pub port: u16,
    pub database: String,
    pub user: String,
    pub password: Option<String>,
    pub tls: Choice<TeamTls>,
}

/// A team connection as the session remembers and shows it: no password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TeamConnection {
    pub host: String,
    pub port: u16,
    pub database: String,
    pub user: String,
    pub tls: TeamTls,
}

/// "Set up my company" on the welcome screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewCompany {
    pub name: String,
    pub currency: String,
    pub fiscal_year_start_month: u32,
    pub language: Choice<Language>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SettingsDto {
    pub company_name: String,
    pub currency: String,
    pub fiscal_year_start_month: u32,
    /// A fraction: "0.35" is 35 %.
    #[ts(type = "string")]
    pub gross_margin: Decimal,
    #[ts(type = "string")]
    pub half_life_days: Decimal,
    pub language: Choice<Language>,
    /// How many months a call of the phone log keeps its numbers (1–120).
    pub call_retention_months: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChannelDto {
    pub id: i64,
    pub name: String,
    pub direction: Direction,
    pub sources: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SourceDto {
    pub id: i64,
    pub name: String,
    pub channel_id: i64,
    pub channel: String,
    pub direction: Direction,
    pub tracking_numbers: Vec<String>,
    pub utm_source: Option<String>,
    pub utm_medium: Option<String>,
    pub utm_campaign: Option<String>,
    /// Inquiries that name it as first touch.
    pub uses: u32,
}

/// An existing customer whose earlier inquiries carried the typed number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct KnownCustomerDto {
    pub company: String,
    /// Won deals of that company.
    pub won_deals: u32,
    pub last_won: Option<NaiveDate>,
}

/// A number key of the Log screen and the source it picks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LogKeyDto {
    /// 1 to 9.
    pub key: u32,
    pub source: SourceDto,
    /// Pinned by the owner on the Sources screen; the others follow the rule.
    pub pinned: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Catalog {
    pub channels: Vec<ChannelDto>,
    pub sources: Vec<SourceDto>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SourceInput {
    /// `None` adds a source.
    pub id: Option<i64>,
    pub name: String,
    pub channel: String,
    /// The channel's direction when the channel is new.
    pub direction: Option<Choice<Direction>>,
    pub tracking_numbers: Vec<String>,
    pub utm_source: Option<String>,
    pub utm_medium: Option<String>,
    pub utm_campaign: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChannelInput {
    pub id: Option<i64>,
    pub name: String,
    pub direction: Choice<Direction>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TouchpointInput {
    pub source_id: i64,
    pub date: NaiveDate,
}

/// The log-inquiry form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InquiryInput {
    /// Set when editing; `None` logs a new inquiry with the next id.
    pub id: Option<String>,
    /// `None` is now.
    pub received_at: Option<NaiveDateTime>,
    pub kind: Choice<InquiryKind>,
    pub company: Option<String>,
    pub contact: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// `None` lets a dialled tracking number choose, else Unknown.
    pub source_id: Option<i64>,
    pub touchpoints: Vec<TouchpointInput>,
    pub is_lead: bool,
    pub notes: Option<String>,
    /// When editing: the `version` of the inquiry the form was filled
    /// from. A save over a newer one is refused with `conflict`, carrying
    /// the inquiry as it now stands; `None` saves without the check.
    pub version: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TouchpointDto {
    pub source_id: i64,
    pub source: String,
    pub date: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DealDto {
    pub id: String,
    pub inquiry_id: Option<String>,
    pub company: String,
    pub quoted_at: Option<NaiveDate>,
    pub closed_at: Option<NaiveDate>,
    pub status: DealStatus,
    #[ts(type = "string")]
    pub amount: Decimal,
    pub lost_reason: Option<String>,
    /// The stored deal's version; an edit sends it back.
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InquiryDto {
    pub id: String,
    pub received_at: NaiveDateTime,
    pub kind: InquiryKind,
    pub company: Option<String>,
    pub contact: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub source_id: i64,
    pub source: String,
    pub channel: String,
    pub touchpoints: Vec<TouchpointDto>,
    pub is_lead: bool,
    pub notes: Option<String>,
    /// When the lead met the shop's qualification criteria; `None` is not
    /// (yet) qualified. Set with `qualify_inquiry`; the form's save keeps it.
    pub qualified_at: Option<NaiveDate>,
    pub deals: Vec<DealDto>,
    /// The sum of the deals' amounts, added in Decimal here so the page
    /// never adds money itself; None without deals.
    pub deals_total: Option<String>,
    /// The stored inquiry's version; an edit sends it back.
    pub version: i64,
}

/// The one key that marks a lead qualified (or no longer qualified).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QualifyInput {
    pub id: String,
    pub qualified: bool,
    /// `None` is today.
    pub date: Option<NaiveDate>,
    /// The `version` the screen showed, as [`InquiryInput::version`];
    /// `None` takes the stored one.
    pub version: Option<i64>,
}

/// What saving the Log screen's form did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LoggedInquiry {
    pub inquiry: InquiryDto,
    /// For an edit: `undo_delete` with this token puts back the version
    /// before it. `None` for a new entry, which undo removes instead.
    pub undo_token: Option<String>,
    /// Set when the team server could not be reached: the entry waits in
    /// the seat's outbox under this UUID, to be sent when the server is
    /// back, and `inquiry` is the entry as entered, without a number yet
    /// (`id` is empty; the server numbers it on arrival).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub waiting: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InquiryQuery {
    /// Matches id, company, contact, phone, e-mail and source, case-insensitively.
    pub text: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// `None` is `received_at`; newest first unless `ascending`.
    pub sort: Option<Choice<InquirySort>>,
    pub ascending: bool,
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InquiryPage {
    pub rows: Vec<InquiryDto>,
    pub total: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DealInput {
    /// `None` gives the next free `D-YYYY-NNNNN` id.
    pub id: Option<String>,
    pub inquiry_id: Option<String>,
    pub company: String,
    pub quoted_at: Option<NaiveDate>,
    pub closed_at: Option<NaiveDate>,
    pub status: Choice<DealStatus>,
    #[ts(type = "string")]
    pub amount: Decimal,
    pub lost_reason: Option<String>,
    /// When editing: the `version` of the deal the form was filled from,
    /// as [`InquiryInput::version`].
    pub version: Option<i64>,
}

/// Marks a deal won or lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CloseDeal {
    pub id: String,
    pub won: bool,
    #[ts(type = "string | null")]
    pub amount: Option<Decimal>,
    pub reason: Option<String>,
    /// `None` is today.
    pub closed_at: Option<NaiveDate>,
    /// The `version` of the deal as the screen showed it; a deal changed
    /// since is refused with `conflict`. `None` takes the version the
    /// session last read.
    pub version: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SpendGridRow {
    pub source_id: i64,
    pub source: String,
    pub channel: String,
    /// Twelve calendar months, January first.
    #[ts(type = "Array<string>")]
    pub months: Vec<Decimal>,
    #[ts(type = "string")]
    pub total: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GeneralSpendDto {
    pub id: i64,
    pub date: NaiveDate,
    #[ts(type = "string")]
    pub amount: Decimal,
    pub category: SpendCategory,
    /// General spend's own direction: `shared` when none was given.
    pub direction: SpendDirection,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SpendGrid {
    pub year: i32,
    pub rows: Vec<SpendGridRow>,
    pub general: Vec<GeneralSpendDto>,
    #[ts(type = "Array<string>")]
    pub month_totals: Vec<Decimal>,
    #[ts(type = "string")]
    pub total: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SpendCell {
    pub source_id: i64,
    pub year: i32,
    /// 1 = January.
    pub month: u32,
    #[ts(type = "string")]
    pub amount: Decimal,
}

/// A general spend entry, or an annual cost spread evenly over `months`
/// months from `date` on (the last month takes the rounding remainder).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GeneralSpendInput {
    pub date: NaiveDate,
    #[ts(type = "string")]
    pub amount: Decimal,
    pub category: Choice<SpendCategory>,
    pub direction: Choice<SpendDirection>,
    pub note: Option<String>,
    /// 1 books the amount once.
    pub months: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DashboardQuery {
    pub period: Choice<PeriodKind>,
    pub year: Option<i32>,
    pub quarter: Option<u32>,
    pub month: Option<u32>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub model: Choice<AttributionModel>,
    /// `None` is today.
    pub as_of: Option<NaiveDate>,
}

/// A company figure with its comparison against prior years. Figures here,
/// in [`ScopeRow`] and in the model comparison are exact decimal strings
/// ("-66.84975"): the page rounds each once for display, as the PDF does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Kpi {
    pub key: String,
    pub kind: FigureKind,
    pub value: Option<String>,
    pub prev: Option<String>,
    pub delta_pct: Option<String>,
    pub expected: Option<String>,
    pub band: Option<String>,
    /// expected − band and expected + band, computed in Decimal so the
    /// screen shows the range the PDF shows, to the cent.
    pub expected_low: Option<String>,
    pub expected_high: Option<String>,
    pub status: Option<BenchmarkStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ScopeRow {
    pub name: String,
    pub channel: Option<String>,
    pub direction: Option<Direction>,
    pub leads: Option<String>,
    pub spend: Option<String>,
    pub revenue: Option<String>,
    pub roi_pct: Option<String>,
    pub cpl: Option<String>,
    pub won_deals: Option<String>,
    /// Whether the row had leads, spend or revenue: the rows the screen
    /// lists, decided by the rule the PDF uses (`ScopeFigures::is_active`).
    pub active: bool,
}

/// Leads of one fiscal month: this year and the two before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MonthLeads {
    /// Calendar month, 1 = January.
    pub month: u32,
    /// `None` for months after the as-of date.
    pub this_year: Option<i64>,
    pub one_year_back: i64,
    pub two_years_back: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WarningDto {
    pub key: String,
    pub source: Option<String>,
    /// In English, for a warning this version has no translation of.
    pub message: String,
    /// The Fluent message (`warning-…`) and its arguments.
    pub message_id: String,
    pub args: Vec<super::ArgDto>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Dashboard {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub effective_to: NaiveDate,
    pub as_of: NaiveDate,
    pub model: AttributionModel,
    pub fallback_model: Option<AttributionModel>,
    pub currency: String,
    pub kpis: Vec<Kpi>,
    /// The fiscal year the period ends in.
    pub monthly_year: i32,
    pub monthly: Vec<MonthLeads>,
    pub channels: Vec<ScopeRow>,
    pub sources: Vec<ScopeRow>,
    pub untracked_pct: Option<String>,
    /// More than 20 % of leads have no known source.
    pub untracked_alarm: bool,
    /// The "Calls logged" tile; `None` when no call log is stored.
    pub calls: Option<CallsTileDto>,
    pub warnings: Vec<WarningDto>,
    /// Leads → qualified → quoted → won, for the company and per source.
    pub funnel: FunnelView,
    /// The last six years' cohorts; `None` for a seat that does not see
    /// money, or while the owner PIN locks the session.
    pub cohorts: Option<CohortView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ComparisonRow {
    pub name: String,
    /// One value per model, in `ModelComparisonDto::models` order.
    pub leads: Vec<Option<String>>,
    pub revenue: Vec<Option<String>>,
    pub roi_pct: Vec<Option<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ModelComparisonDto {
    pub models: Vec<AttributionModel>,
    pub data_driven_fallback: bool,
    pub channels: Vec<ComparisonRow>,
    pub sources: Vec<ComparisonRow>,
}

/// A figure as the page receives it: its exact value, which the page rounds
/// once for display, half away from zero, as the PDF and the table do
/// (`ui/src/lib/format.ts`). Never the JSON's two decimals: the page would
/// round them again (−66.8499 % became −66.85 and then −66.9 %). `None` when
/// undefined.
pub(super) fn exact(v: Option<rust_decimal::Decimal>) -> Option<String> {
    v.map(|v| {
        let mut v = v.normalize();
        if v.is_zero() {
            v.set_sign_positive(true);
        }
        v.to_string()
    })
}

/// The dashboard's "Calls logged" tile: the period's call figures as
/// decimal strings, the share logged against prior years, and the
/// mismatches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CallsTileDto {
    pub calls: u32,
    pub logged_pct: Option<String>,
    pub tracked_pct: Option<String>,
    pub mismatch: u32,
    /// `calls_logged_pct` against prior years, as the other tiles have it.
    pub benchmark: Kpi,
    pub mismatches: Vec<CallMismatchDto>,
}

/// A person of the team database (Settings → Team).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PersonDto {
    pub login: String,
    pub role: crate::role::Role,
}

/// A person to add: a new login needs its password; a login the server
/// has already joins the role with its own, and the password is not used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PersonInput {
    pub login: String,
    pub role: Choice<crate::role::Role>,
    pub password: Option<String>,
}
