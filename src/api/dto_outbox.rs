//! What the page hears of the seat's outbox: entries logged while the team
//! server could not be reached, and how the server answers (see `outbox`).

use super::dto::InquiryDto;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A team seat's contact with its server, for the offline banner and the
/// Log screen's count of entries waiting to be sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TeamReach {
    /// The last statement sent to the server failed with `offline`.
    pub offline: bool,
    /// When the records were last read from the server (local time), if
    /// they were this session.
    pub last_read_at: Option<NaiveDateTime>,
    /// Entries in the outbox for this team database.
    pub waiting: u32,
}

/// One entry waiting in the outbox, for the Log screen's Last entries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WaitingEntry {
    /// Given where it was entered; the server keeps it with the inquiry.
    pub uuid: String,
    /// The entry as entered: `id` is empty until the server numbers it.
    pub inquiry: InquiryDto,
    /// Why the server refused it (a source removed meanwhile, …), when it
    /// was reachable and said no: the entry is kept, not sent again by
    /// itself.
    pub problem: Option<String>,
}
