//! Issue 15's views over the metrics engine's figures: the funnel per
//! source and the cohorts of the last six fiscal years for the dashboard,
//! marking a lead qualified with one key, and the open quotes with their
//! age. The figures are the engine's, read by their keys in
//! `shared/spec/metrics.md` ("The funnel", "Cohorts"); nothing is
//! recomputed here but the cohort curves, which `report::cohort_curve`
//! draws for the PDF as well.

use super::dto::*;
use super::Session;
use crate::error::{Error, ErrorCode, Result};
use crate::i18n::names::{channel_name, source_name};
use crate::i18n::Translator;
use crate::metrics::{AttributionModel, Report};
use crate::records::{Dataset, DealStatus};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// How many sources the funnel lists (most leads first), as the CPL chart.
const FUNNEL_SOURCES: usize = 12;

/// A scope's funnel row from its figures, read by key.
fn funnel_row(
    name: String,
    channel: Option<String>,
    get: &dyn Fn(&str) -> Option<Decimal>,
) -> FunnelRow {
    let v = |key: &str| exact(get(key));
    FunnelRow {
        name,
        channel,
        leads: v("leads"),
        qualified_leads: v("qualified_leads"),
        quoted_leads: v("quoted_leads"),
        won_leads: v("won_leads"),
        qualified_pct: v("qualified_pct"),
        quote_rate_pct: v("quote_rate_pct"),
        won_pct: v("lead_to_customer_pct"),
        quotes: v("quotes"),
        quote_hit_rate_pct: v("quote_hit_rate_pct"),
        quoted_value: v("quoted_value"),
        cost_per_qualified_lead: v("cost_per_qualified_lead"),
    }
}

/// The company's funnel and its sources' with leads, most leads first.
pub(super) fn funnel_view(r: &Report, tr: &Translator, company: &str) -> FunnelView {
    let mut sources: Vec<_> = r
        .sources
        .iter()
        .filter(|s| s.figures.leads.is_some_and(|l| l > Decimal::ZERO))
        .collect();
    sources.sort_by(|a, b| b.figures.leads.cmp(&a.figures.leads));
    FunnelView {
        company: funnel_row(company.to_string(), None, &|k| r.company.get(k)),
        sources: sources
            .into_iter()
            .take(FUNNEL_SOURCES)
            .map(|s| {
                let channel = s.channel.as_deref().map(|c| channel_name(tr, c));
                funnel_row(source_name(tr, &s.name), channel, &|k| s.figures.get(k))
            })
            .collect(),
    }
}

/// The funnel without its money, for a seat that does not read it.
pub(super) fn funnel_counts_only(f: &mut FunnelView) {
    for row in std::iter::once(&mut f.company).chain(f.sources.iter_mut()) {
        row.quoted_value = None;
        row.cost_per_qualified_lead = None;
    }
}

/// The cohort view of the years up to `fy` (see `report::cohort_years`):
/// each year's leads' revenue so far against its spend, with its curve;
/// this year's expected revenue and ROI and the maturity from the
/// engine's figures of the year `fy`.
pub(super) fn cohort_view(
    ds: &Dataset,
    prepared: &crate::metrics::Prepared,
    fy: i32,
    as_of: NaiveDate,
    model: AttributionModel,
) -> Result<CohortView> {
    let years = crate::report::cohort_years_prepared(ds, prepared, fy, as_of, model);
    let current = years.last().filter(|y| y.year == fy).map(|y| &y.figures);
    let get = |k: &str| exact(current.and_then(|c| c.get(k)));
    Ok(CohortView {
        maturity_pct: get("cohort_maturity_pct"),
        expected_revenue: get("cohort_expected_revenue"),
        expected_roi_pct: get("cohort_expected_roi_pct"),
        years: years
            .iter()
            .map(|y| {
                let c = &y.figures;
                CohortYear {
                    year: y.year,
                    from: y.period.from,
                    to: y.period.to,
                    leads: exact(c.leads),
                    spend: exact(c.spend),
                    cohort_revenue: exact(c.get("cohort_revenue")),
                    cohort_roi_pct: exact(c.get("cohort_roi_pct")),
                    curve: y.curve.iter().filter_map(|v| exact(Some(*v))).collect(),
                }
            })
            .collect(),
    })
}

impl Session {
    /// Marks the lead `q.id` qualified on `q.date` (today when `None`), or
    /// no longer qualified when `q.qualified` is false: the one key of the
    /// Log and Inquiries screens. Saved as an edit of the inquiry, so the
    /// store checks the date (not before the lead arrived, not after
    /// today: `invalid` on `qualified_at`), a newer version is refused with
    /// `conflict`, and undo puts back the inquiry as it was.
    pub fn qualify_inquiry(&self, q: QualifyInput) -> Result<LoggedInquiry> {
        let on = q.qualified.then(|| q.date.unwrap_or(self.today()));
        let input = self.read(|_, ds| {
            let i = ds
                .inquiries
                .iter()
                .find(|i| i.id == q.id.trim())
                .ok_or_else(|| {
                    Error::field(
                        ErrorCode::NotFound,
                        "id",
                        format!("inquiry {} was not found", q.id),
                    )
                })?;
            Ok(InquiryInput {
                id: Some(i.id.clone()),
                received_at: Some(i.received_at),
                kind: i.kind.into(),
                company: i.company.clone(),
                contact: i.contact.clone(),
                phone: i.phone.clone(),
                email: i.email.clone(),
                source_id: Some(i.source_id),
                touchpoints: i
                    .touchpoints
                    .iter()
                    .map(|t| TouchpointInput {
                        source_id: t.source_id,
                        date: t.date,
                    })
                    .collect(),
                is_lead: i.is_lead,
                notes: i.notes.clone(),
                version: Some(q.version.unwrap_or(i.version)),
            })
        })?;
        let kind = input.kind.get()?;
        let id = input.id.clone();
        self.log_qualified(input, kind, id, Some(on))
    }

    /// The quotes not yet decided (open deals with a quote date), oldest
    /// first, with their age in days; for a seat that works deals (not the
    /// front desk: `forbidden`), amounts unless the owner PIN locks them.
    pub fn open_quotes(&self) -> Result<Vec<OpenQuoteDto>> {
        let today = self.today();
        // A seat that works deals reads their amounts (the front desk has
        // none); the owner PIN hides them but not the quotes' ages.
        self.seat_role().require(crate::role::Act::Deals)?;
        let money = !self.pin_locked()?;
        self.read(|_, ds| {
            let mut list: Vec<OpenQuoteDto> = ds
                .deals
                .iter()
                .filter(|d| d.status == DealStatus::Open)
                .filter_map(|d| {
                    let quoted_at = d.quoted_at?;
                    Some(OpenQuoteDto {
                        deal_id: d.id.clone(),
                        inquiry_id: d.inquiry_id.clone(),
                        company: d.company.clone(),
                        quoted_at,
                        age_days: (today - quoted_at).num_days(),
                        amount: if money { exact(Some(d.amount)) } else { None },
                    })
                })
                .collect();
            list.sort_by(|a, b| {
                a.quoted_at
                    .cmp(&b.quoted_at)
                    .then(a.deal_id.cmp(&b.deal_id))
            });
            Ok(list)
        })
    }
}
