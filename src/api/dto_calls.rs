//! The values of the phone system's call log that cross to the screens:
//! the Log screen's queue of calls nobody logged, the reasons a call is not
//! a lead, and the mismatches the dashboard lists. The tile and the
//! import's outcome, which hold `dto.rs`'s types, are in `dto.rs`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A counted call (inbound, answered, an outside number) of the last days
/// that no inquiry matches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UnloggedCallDto {
    /// The call's row id, which `dismiss_call` takes.
    pub id: i64,
    /// "YYYY-MM-DDTHH:MM:SS", the shop's wall-clock time.
    pub started_at: String,
    /// The calling number as the log wrote it.
    pub caller: String,
    pub duration_s: u32,
    /// The number dialled as the log wrote it, if it says.
    pub dialled: Option<String>,
    /// The source whose tracking number was dialled, if any.
    pub source_id: Option<i64>,
    pub source: Option<String>,
}

/// Why a call was not a lead, as the queue's "not a lead" asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NotLeadReason {
    Supplier,
    ExistingCustomer,
    Private,
    WrongNumber,
}

impl NotLeadReason {
    pub const ALL: &'static [NotLeadReason] = &[
        NotLeadReason::Supplier,
        NotLeadReason::ExistingCustomer,
        NotLeadReason::Private,
        NotLeadReason::WrongNumber,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NotLeadReason::Supplier => "supplier",
            NotLeadReason::ExistingCustomer => "existing_customer",
            NotLeadReason::Private => "private",
            NotLeadReason::WrongNumber => "wrong_number",
        }
    }

    /// The message the reason is written with, in the company's language,
    /// into the note of the inquiry that stands for the call.
    pub fn message_id(self) -> &'static str {
        match self {
            NotLeadReason::Supplier => "ui-calls-reason-supplier",
            NotLeadReason::ExistingCustomer => "ui-calls-reason-existing-customer",
            NotLeadReason::Private => "ui-calls-reason-private",
            NotLeadReason::WrongNumber => "ui-calls-reason-wrong-number",
        }
    }
}

/// A logged call whose caller named one source and dialled another's
/// tracking number; both are kept as they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CallMismatchDto {
    pub inquiry_id: String,
    /// "YYYY-MM-DDTHH:MM:SS".
    pub started_at: String,
    pub caller: String,
    /// The inquiry's first touch.
    pub said: String,
    /// The source the dialled tracking number implies.
    pub dialled: String,
}
