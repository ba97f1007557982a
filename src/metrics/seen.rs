//! Which figures a role sees (`shared/spec/team.md`, "Roles"): every seat
//! the dashboard's counts (leads, the untracked share, the calls logged),
//! sales the deal counts of the funnel as well, the owner everything. A
//! figure a role may not see is absent from what it gets: its key is left
//! out of the JSON and its row or column out of the table, never written
//! as null, since null means a zero denominator.
//!
//! What is not seen is not only spend and revenue themselves but every
//! figure computed from them (CPL, CAC, ROI, CLV, value converted) and
//! from the records the role cannot read (traffic for the visitor-to-lead
//! rate; deals for the front desk, whose deal counts would read as zero).

use super::figures::{FIGURES, SCOPE_KEYS};
use super::output::{render_table_seen, to_json};
use super::report::Report;
use crate::role::Role;
use serde_json::{Map, Value};

/// The figures of every seat.
const COUNTS: &[&str] = &[
    "leads",
    "unknown_source_pct",
    "calls",
    "calls_logged_pct",
    "calls_tracked_pct",
    "calls_source_mismatch",
    // Qualification is marked on inquiries, which every seat reads.
    "qualified_leads",
    "qualified_pct",
];

/// The funnel's deal counts, for the roles that read deals.
const DEAL_COUNTS: &[&str] = &[
    "won_deals",
    "deal_conversion_pct",
    "lead_to_customer_pct",
    "new_customers",
    "sales_cycle_days",
    "sales_cycle_median_days",
    "retention_pct",
    // The funnel's counts from quotes and orders (issue 15); their money
    // (cost per qualified lead, value quoted, the cohorts) is the owner's.
    "won_leads",
    "quoted_leads",
    "quote_rate_pct",
    "quotes",
    "quote_hit_rate_pct",
    "quote_to_order_days",
    "quote_to_order_median_days",
];

/// Whether `role` sees the figure `key`.
pub fn sees(role: Role, key: &str) -> bool {
    role.reads_money()
        || COUNTS.contains(&key)
        || (role.reads_deals() && DEAL_COUNTS.contains(&key))
}

/// Whether `key` names a figure (rather than a scope's name or channel).
fn is_figure(key: &str) -> bool {
    FIGURES.iter().any(|f| f.key == key)
        || SCOPE_KEYS.contains(&key)
        || COUNTS.contains(&key)
        // The flat activity keys (`activity.clicks`, `cost_per.clicks`, …),
        // from counts only the owner reads.
        || key.contains('.')
}

/// Whether `role` gets the figure or the warning of `key`. The one
/// warning built on records a role may not read is the small sample's,
/// which counts won deals: the front desk's would always say none.
fn lets_through(role: Role, key: &str) -> bool {
    if is_figure(key) {
        sees(role, key)
    } else {
        key != "small_sample" || role.reads_deals()
    }
}

/// The JSON of `report` as `role` gets it.
pub fn to_json_for(report: &Report, role: Role) -> Value {
    let mut json = to_json(report);
    if role.reads_money() {
        return json;
    }
    let keep = |obj: &mut Map<String, Value>| {
        obj.retain(|k, _| !is_figure(k) || sees(role, k));
    };
    if let Some(top) = json.as_object_mut() {
        for (name, value) in top.iter_mut() {
            match (name.as_str(), value) {
                ("company" | "benchmarks", Value::Object(obj)) => keep(obj),
                ("channels" | "sources" | "campaigns", Value::Array(items)) => {
                    for item in items.iter_mut().filter_map(Value::as_object_mut) {
                        keep(item);
                    }
                }
                ("source_benchmarks", Value::Object(per)) => {
                    for inner in per.values_mut().filter_map(Value::as_object_mut) {
                        keep(inner);
                    }
                }
                ("warnings", warnings) => {
                    *warnings = report
                        .warnings
                        .iter()
                        .filter(|w| lets_through(role, w.key))
                        .map(|w| Value::String(w.message.clone()))
                        .collect();
                }
                _ => {}
            }
        }
    }
    json
}

/// The terminal's table of `report` as `role` gets it.
pub fn render_table_for(report: &Report, role: Role) -> String {
    render_table_seen(report, &|k| lets_through(role, k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_figures_are_the_owners_and_deal_counts_not_the_desks() {
        for f in FIGURES {
            assert!(sees(Role::Owner, f.key));
        }
        for key in ["spend", "revenue", "roi_pct", "cpl", "cac", "clv", "romi"] {
            assert!(!sees(Role::Sales, key), "{key}");
            assert!(!sees(Role::Desk, key), "{key}");
        }
        assert!(sees(Role::Desk, "leads") && sees(Role::Desk, "unknown_source_pct"));
        assert!(sees(Role::Sales, "won_deals") && !sees(Role::Desk, "won_deals"));
        assert!(!sees(Role::Sales, "visitor_to_lead_pct"));
        assert!(!sees(Role::Sales, "value_converted_pct"));
    }
}
