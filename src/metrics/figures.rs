//! The figures of `shared/spec/metrics.md` ("Figures"): their keys, names and
//! kinds, the figure sets of the company and of a channel, source or
//! campaign, and the formulas that turn one period's sums into them.
//!
//! Every figure is an `Option<Decimal>` at full precision: `None` is
//! *undefined* (a zero denominator), never 0 and never infinity.

use rust_decimal::Decimal;
use serde::Serialize;

/// How a figure is presented and rounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    /// Reporting currency; 2 decimals.
    Money,
    /// A percentage; 2 decimals in JSON, 1 on screen.
    Pct,
    /// A (possibly fractional, under attribution) count; up to 4 decimals.
    Count,
    /// A plain ratio such as ROMI or CLV:CAC; 2 decimals.
    Ratio,
    /// A number of days; 2 decimals.
    Days,
}

impl FigureKind {
    pub const ALL: &'static [FigureKind] = &[Money, Pct, Count, Ratio, Days];

    /// The spelling in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Money => "money",
            Pct => "pct",
            Count => "count",
            Ratio => "ratio",
            Days => "days",
        }
    }
}

/// One figure's key (as in JSON), English name and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FigureInfo {
    pub key: &'static str,
    pub label: &'static str,
    pub kind: FigureKind,
}

const fn info(key: &'static str, label: &'static str, kind: FigureKind) -> FigureInfo {
    FigureInfo { key, label, kind }
}

use FigureKind::{Count, Days, Money, Pct, Ratio};

/// Every figure, in the order of the company object of the JSON output.
pub const FIGURES: &[FigureInfo] = &[
    info("leads", "Leads", Count),
    info("spend", "Marketing spend", Money),
    info("revenue", "Revenue from marketing", Money),
    info("total_revenue", "Total revenue", Money),
    info("roi_pct", "ROI", Pct),
    info("romi", "ROMI", Ratio),
    info("cpl", "Cost per lead", Money),
    info("won_deals", "Won deals", Count),
    info("deal_conversion_pct", "Conversion ratio", Pct),
    info("lead_to_customer_pct", "Lead-to-customer rate", Pct),
    info("new_customers", "New customers", Count),
    info("cac", "Customer acquisition cost", Money),
    info("cac_inbound", "CAC inbound", Money),
    info("cac_outbound", "CAC outbound", Money),
    info("value_converted_pct", "Value converted", Pct),
    info("sales_cycle_days", "Sales cycle", Days),
    info("sales_cycle_median_days", "Sales cycle (median)", Days),
    info("visitor_to_lead_pct", "Visitor-to-lead rate", Pct),
    info("unknown_source_pct", "Untracked leads", Pct),
    info("retention_pct", "Customer retention", Pct),
    info("clv", "Customer lifetime value", Money),
    info("clv_to_cac", "CLV : CAC", Ratio),
    info("won_leads", "Leads won", Count),
    info("qualified_leads", "Qualified leads", Count),
    info("qualified_pct", "Qualification rate", Pct),
    info("cost_per_qualified_lead", "Cost per qualified lead", Money),
    info("quoted_leads", "Quoted leads", Count),
    info("quote_rate_pct", "Quote rate", Pct),
    info("quotes", "Quotes sent", Count),
    info("quoted_value", "Value quoted", Money),
    info("quote_hit_rate_pct", "Quote hit rate", Pct),
    info("quote_to_order_days", "Quote to order", Days),
    info(
        "quote_to_order_median_days",
        "Quote to order (median)",
        Days,
    ),
    info("cohort_revenue", "Cohort revenue so far", Money),
    info("cohort_roi_pct", "Cohort ROI so far", Pct),
    info("cohort_maturity_pct", "Cohort maturity", Pct),
    info("cohort_expected_revenue", "Expected cohort revenue", Money),
    info("cohort_expected_roi_pct", "Expected cohort ROI", Pct),
    info("calls", "Inbound calls", Count),
    info("calls_logged_pct", "Calls logged", Pct),
    info("calls_tracked_pct", "Calls to tracking numbers", Pct),
    info("calls_source_mismatch", "Said \u{2260} dialled", Count),
];

/// The figures of a channel, source or campaign, in JSON order.
pub const SCOPE_KEYS: &[&str] = &[
    "leads",
    "spend",
    "revenue",
    "roi_pct",
    "romi",
    "cpl",
    "won_deals",
    "deal_conversion_pct",
    "lead_to_customer_pct",
    "new_customers",
    "cac",
    "visitor_to_lead_pct",
    "won_leads",
    "qualified_leads",
    "qualified_pct",
    "cost_per_qualified_lead",
    "quoted_leads",
    "quote_rate_pct",
    "quotes",
    "quoted_value",
    "quote_hit_rate_pct",
    "cohort_revenue",
    "cohort_roi_pct",
    "cohort_expected_revenue",
    "cohort_expected_roi_pct",
];

/// The qualification figures, which take part in a benchmark only for a
/// prior period one of whose leads carries a `qualified_at`.
pub const QUALIFICATION_KEYS: &[&str] = &[
    "qualified_leads",
    "qualified_pct",
    "cost_per_qualified_lead",
];

/// The figures benchmarked per source.
pub const SOURCE_BENCHMARK_KEYS: &[&str] = &["leads", "spend", "revenue", "roi_pct", "cpl"];

/// The name and kind of figure `key`.
pub fn figure_info(key: &str) -> Option<&'static FigureInfo> {
    FIGURES.iter().find(|f| f.key == key)
}

macro_rules! figure_set {
    ($(#[$m:meta])* $name:ident { $($field:ident),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
        pub struct $name { $(pub $field: Option<Decimal>),+ }

        impl $name {
            /// The keys of this set, in JSON order.
            pub const KEYS: &'static [&'static str] = &[$(stringify!($field)),+];

            /// The figure with key `key`; `None` when undefined or no such key.
            pub fn get(&self, key: &str) -> Option<Decimal> {
                match key { $(stringify!($field) => self.$field,)+ _ => None }
            }
        }
    };
}

figure_set!(
    /// The company's figures for one period.
    CompanyFigures {
        leads, spend, revenue, total_revenue, roi_pct, romi, cpl, won_deals,
        deal_conversion_pct, lead_to_customer_pct, new_customers, cac, cac_inbound,
        cac_outbound, value_converted_pct, sales_cycle_days, sales_cycle_median_days,
        visitor_to_lead_pct, unknown_source_pct, retention_pct, clv, clv_to_cac,
        won_leads, qualified_leads, qualified_pct, cost_per_qualified_lead, quoted_leads,
        quote_rate_pct, quotes, quoted_value, quote_hit_rate_pct, quote_to_order_days,
        quote_to_order_median_days, cohort_revenue, cohort_roi_pct, cohort_maturity_pct,
        cohort_expected_revenue, cohort_expected_roi_pct,
        calls, calls_logged_pct, calls_tracked_pct, calls_source_mismatch,
    }
);

/// The call figures among the company's ("Calls: is every caller asked?"):
/// over the phone system's log, company only and the same under every
/// model. A prior period's take part in a benchmark only if the log holds
/// a call started in it.
pub const CALL_KEYS: &[&str] = &[
    "calls",
    "calls_logged_pct",
    "calls_tracked_pct",
    "calls_source_mismatch",
];

figure_set!(
    /// The figures of a channel, a source or a campaign for one period.
    ScopeFigures {
        leads, spend, revenue, roi_pct, romi, cpl, won_deals, deal_conversion_pct,
        lead_to_customer_pct, new_customers, cac, visitor_to_lead_pct,
        won_leads, qualified_leads, qualified_pct, cost_per_qualified_lead, quoted_leads,
        quote_rate_pct, quotes, quoted_value, quote_hit_rate_pct, cohort_revenue,
        cohort_roi_pct, cohort_expected_revenue, cohort_expected_roi_pct,
    }
);

impl ScopeFigures {
    /// Whether the scope had leads, spend or revenue in the period: the
    /// scopes the report's tables and the dashboard's charts show. The rule
    /// lives here, beside the figures it reads, so that the PDF and the
    /// screen cannot disagree on which channels and sources they list.
    pub fn is_active(&self) -> bool {
        [self.leads, self.spend, self.revenue]
            .iter()
            .any(|v| v.is_some_and(|v| !v.is_zero()))
    }
}

/// `a / b`, undefined when `b` is 0.
pub(crate) fn ratio(a: Decimal, b: Decimal) -> Option<Decimal> {
    if b.is_zero() {
        None
    } else {
        a.checked_div(b)
    }
}

/// `a / b × 100`, undefined when `b` is 0.
pub(crate) fn pct(a: Decimal, b: Decimal) -> Option<Decimal> {
    ratio(a, b).and_then(|r| r.checked_mul(Decimal::ONE_HUNDRED))
}

/// The attributed sums of one scope in one period.
#[derive(Debug, Clone, Default)]
pub(crate) struct ScopeSums {
    pub leads: Decimal,
    /// Credit of the scope's leads that became customers (lead-to-customer).
    pub converted: Decimal,
    pub won: Decimal,
    pub revenue: Decimal,
    pub new_customers: Decimal,
    pub spend: Decimal,
    pub visitors: i64,
    /// The funnel's credits (`funnel.rs`): qualified and quoted leads,
    /// quotes sent and their value, quotes decided and of them won.
    pub qualified: Decimal,
    pub quoted_leads: Decimal,
    pub quotes: Decimal,
    pub quoted_value: Decimal,
    pub decided: Decimal,
    pub decided_won: Decimal,
    /// Credit × amount of the won deals of the period's leads so far.
    pub cohort_revenue: Decimal,
}

impl ScopeSums {
    pub(crate) fn add(&mut self, other: &ScopeSums) {
        self.leads += other.leads;
        self.converted += other.converted;
        self.won += other.won;
        self.revenue += other.revenue;
        self.new_customers += other.new_customers;
        self.spend += other.spend;
        self.visitors += other.visitors;
        for (a, b) in [
            (&mut self.qualified, other.qualified),
            (&mut self.quoted_leads, other.quoted_leads),
            (&mut self.quotes, other.quotes),
            (&mut self.quoted_value, other.quoted_value),
            (&mut self.decided, other.decided),
            (&mut self.decided_won, other.decided_won),
            (&mut self.cohort_revenue, other.cohort_revenue),
        ] {
            *a += b;
        }
    }

    pub(crate) fn figures(&self, margin: Decimal) -> ScopeFigures {
        ScopeFigures {
            leads: Some(self.leads),
            spend: Some(self.spend),
            revenue: Some(self.revenue),
            roi_pct: roi(self.revenue, self.spend, margin),
            romi: ratio(self.revenue, self.spend),
            cpl: ratio(self.spend, self.leads),
            won_deals: Some(self.won),
            deal_conversion_pct: pct(self.won, self.leads),
            lead_to_customer_pct: pct(self.converted, self.leads),
            new_customers: Some(self.new_customers),
            cac: ratio(self.spend, self.new_customers),
            visitor_to_lead_pct: pct(self.leads, Decimal::from(self.visitors)),
            won_leads: Some(self.converted),
            qualified_leads: Some(self.qualified),
            qualified_pct: pct(self.qualified, self.leads),
            cost_per_qualified_lead: ratio(self.spend, self.qualified),
            quoted_leads: Some(self.quoted_leads),
            quote_rate_pct: pct(self.quoted_leads, self.leads),
            quotes: Some(self.quotes),
            quoted_value: Some(self.quoted_value),
            quote_hit_rate_pct: pct(self.decided_won, self.decided),
            cohort_revenue: Some(self.cohort_revenue),
            cohort_roi_pct: roi(self.cohort_revenue, self.spend, margin),
            // Set with the company's maturity, which needs every prior
            // cohort (`funnel::expect`).
            cohort_expected_revenue: None,
            cohort_expected_roi_pct: None,
        }
    }
}

pub(crate) fn roi(revenue: Decimal, spend: Decimal, margin: Decimal) -> Option<Decimal> {
    pct(revenue.checked_mul(margin)?.checked_sub(spend)?, spend)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn zero_denominators_are_undefined() {
        let sums = ScopeSums::default();
        let f = sums.figures(Decimal::ONE);
        assert_eq!(f.leads, Some(Decimal::ZERO));
        assert_eq!((f.roi_pct, f.romi, f.cpl, f.cac), (None, None, None, None));
        assert_eq!((f.deal_conversion_pct, f.visitor_to_lead_pct), (None, None));
    }

    #[test]
    fn spend_without_leads_and_margin() {
        let sums = ScopeSums {
            spend: dec!(250),
            revenue: dec!(1000),
            ..Default::default()
        };
        let f = sums.figures(dec!(0.3));
        assert_eq!(f.cpl, None);
        assert_eq!(f.roi_pct, Some(dec!(20)));
        assert_eq!(f.romi, Some(dec!(4)));
    }

    #[test]
    fn figure_lists_agree() {
        assert_eq!(
            CompanyFigures::KEYS,
            FIGURES.iter().map(|f| f.key).collect::<Vec<_>>().as_slice()
        );
        assert_eq!(ScopeFigures::KEYS, SCOPE_KEYS);
        for key in SCOPE_KEYS.iter().chain(SOURCE_BENCHMARK_KEYS) {
            assert!(figure_info(key).is_some(), "{key}");
        }
    }
}
