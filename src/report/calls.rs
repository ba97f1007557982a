//! The data-quality section's part on calls ("Calls: is every caller
//! asked?", `shared/spec/metrics.md`): the four call figures of the period,
//! the expected share of calls logged from prior years, and a sentence on
//! what they mean. Like the other sections it only formats the engine's
//! numbers; a company without a call log gets no such part at all.

use super::content::{Block, Fmt};
use crate::i18n::Arg;
use crate::metrics::{FigureKind, Report};
use crate::records::Dataset;
use rust_decimal::Decimal;

/// Below this share of calls logged the section says plainly that callers go
/// unasked, as the dashboard's tile does.
pub const LOGGED_ALARM_PCT: Decimal = Decimal::from_parts(90, 0, 0, false, 0);

/// The blocks of the calls part, appended to the data-quality section; none
/// when the company has never imported a call log.
pub fn blocks(f: &Fmt, ds: &Dataset, report: &Report) -> Vec<Block> {
    if ds.calls.is_empty() {
        return Vec::new();
    }
    let tr = f.tr;
    let c = &report.company;
    let calls = c.get("calls");
    let logged = c.get("calls_logged_pct");
    let tracked = c.get("calls_tracked_pct");
    let mismatch = c.get("calls_source_mismatch");
    let mut facts = vec![
        (tr.t("report-calls-count"), tr.count(calls)),
        (tr.t("report-calls-logged"), tr.pct(logged)),
        (tr.t("report-calls-tracked"), tr.pct(tracked)),
        (tr.t("report-calls-mismatch"), tr.count(mismatch)),
    ];
    if let Some(b) = report
        .benchmarks
        .iter()
        .find(|b| b.key == "calls_logged_pct")
    {
        let status = b
            .status
            .map_or_else(|| tr.na(), |s| tr.t(&format!("status-{}", s.as_str())));
        facts.push((
            tr.t("report-calls-expected"),
            format!("{} · {status}", f.range(FigureKind::Pct, b)),
        ));
    }
    let mut blocks = vec![
        Block::Subheading(tr.t("report-calls-title")),
        Block::Paragraph(tr.t("report-calls-intro")),
        Block::Facts(facts),
    ];
    if calls.unwrap_or_default().is_zero() {
        blocks.push(Block::Note(tr.t("report-calls-none")));
        return blocks;
    }
    let mismatches = mismatch.and_then(|m| i64::try_from(m.trunc()).ok());
    blocks.push(Block::Paragraph(tr.t_args(
        "report-calls-meaning",
        &[
            ("logged", tr.pct(logged).into()),
            ("tracked", tr.pct(tracked).into()),
            ("mismatch", Arg::Count(mismatches.unwrap_or(0))),
        ],
    )));
    if logged.is_some_and(|p| p < LOGGED_ALARM_PCT) {
        blocks.push(Block::Paragraph(tr.t("report-calls-low")));
    }
    blocks
}
