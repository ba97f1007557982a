//! The quotes known on one as-of date and the funnel's sums of one period:
//! the data that the period scan (`scan.rs`) and the funnel's own passes
//! (`funnel.rs`) both read and fill, and the as-of view (`prepared.rs`)
//! builds. They sit apart from all three so that the scan, which adds the
//! funnel's stages where a lead's credit is already computed, and the
//! funnel, which adds to the scan's period sums, each depend on this file
//! rather than on one another, and this file on none of them.

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// A deal with a quote date on or before the as-of date.
pub(crate) struct Quoted {
    pub(crate) quoted: NaiveDate,
    /// The closing date when the deal was won or lost on or before as-of.
    pub(crate) decided: Option<(NaiveDate, bool)>,
    pub(crate) amount: Decimal,
    /// Index of its inquiry when that is a lead, else `NONE` (`u32::MAX`).
    pub(crate) lead: u32,
}

/// The quotes known on one as-of date, read once for all the requests as
/// of that day and all their periods.
pub(crate) struct Quotes {
    /// In deal-id order, as revenue is added: credit × amount rounds.
    pub(crate) deals: Vec<Quoted>,
    /// Per inquiry index: the earliest quote date of its deals (dense, so
    /// the scan's pass over the leads reads it without hashing).
    pub(crate) first_quote: Vec<Option<NaiveDate>>,
    /// Parallel to the as-of view's won deals: the day its lead arrived
    /// (`None` for a deal without one), read once so that each period's
    /// cohort pass does not reach into the inquiries for every won deal.
    pub(crate) won_received: Vec<Option<NaiveDate>>,
    pub(crate) as_of: NaiveDate,
}

impl Quotes {
    /// Whether the lead with inquiry index `inquiry` had a quote by `end`.
    pub(crate) fn quoted_by(&self, inquiry: u32, end: NaiveDate) -> bool {
        self.first_quote
            .get(inquiry as usize)
            .copied()
            .flatten()
            .is_some_and(|d| d <= end)
    }
}

/// The company's funnel and cohort sums of one period: plain counts, since
/// every lead's credits sum to 1 and the company's figures are model-free.
#[derive(Debug, Clone, Default)]
pub(crate) struct FunnelSums {
    pub qualified: i64,
    pub quoted_leads: i64,
    /// Deals quoted in the period, reorders and non-leads' included.
    pub quotes: i64,
    pub quoted_value: Decimal,
    /// Quoted deals that closed in the period as won or lost, and of them won.
    pub decided: i64,
    pub decided_won: i64,
    /// Days from quote to order over won deals closed in the period.
    pub quote_days: Vec<i64>,
    /// Over deals closed on or before the period's end plus the age A.
    pub cohort_revenue: Decimal,
    /// Over every deal closed on or before the as-of date (all_k).
    pub cohort_revenue_all: Decimal,
    /// Whether a lead of the period carries a qualified_at.
    pub has_qualified: bool,
}
