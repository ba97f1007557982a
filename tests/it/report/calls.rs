//! The data-quality section's part on calls (issue 16): the demo company's
//! call log gives the four call figures and the expected share of calls
//! logged, written in each language as the engine computed them, with the
//! sentence that says what they mean; a company without a call log gets no
//! such part, and a period without calls says so instead of the sentence.

use super::{check_pdf, demo, first_words, normalise, year_to_date};
use crate::common::d;
use leadledger::i18n::{format_count, format_pct, Translator, LANGUAGES};
use leadledger::metrics::{self, Period, Request};
use leadledger::records::Dataset;
use leadledger::report::{render_report, Paper};

/// The page of `text` (pages split by form feeds) that has `needle`.
pub(super) fn page_with<'a>(text: &'a str, needle: &str) -> Option<&'a str> {
    text.split('\u{c}').find(|p| p.contains(needle))
}

#[test]
fn the_demo_reports_its_call_figures_in_five_languages() {
    let dir = tempfile::tempdir().unwrap();
    let ds = demo();
    assert!(!ds.calls.is_empty(), "the demo company has a call log");
    let req = year_to_date();
    let report = metrics::compute(ds, &req);
    let c = &report.company;
    let logged = c.calls_logged_pct.expect("calls this year");
    // The demo's staff log most calls, not all: 85 to 95 %, two mismatches.
    assert!(logged > 85.into() && logged < 95.into(), "{logged}");
    assert_eq!(c.calls_source_mismatch, Some(2.into()));
    let b = report
        .benchmarks
        .iter()
        .find(|b| b.key == "calls_logged_pct")
        .unwrap();
    let (expected, band) = (b.expected.unwrap(), b.band.unwrap());
    for lang in LANGUAGES {
        let tr = Translator::new(lang).unwrap();
        let rendered = render_report(ds, &req, lang, Paper::A4).unwrap();
        let (_, text) = check_pdf(dir.path(), &format!("calls-{lang}.pdf"), &rendered.pdf);
        let title = normalise(&tr.t("report-calls-title"));
        let page = page_with(&text, &title).unwrap_or_else(|| panic!("{lang}: no calls part"));
        // On the data-quality page, after its own title.
        assert!(
            page.contains(&normalise(&tr.t("report-quality-title"))),
            "{lang}"
        );
        for (what, value) in [
            ("calls", format_count(c.calls.unwrap(), lang)),
            ("logged", format_pct(logged, lang)),
            ("tracked", format_pct(c.calls_tracked_pct.unwrap(), lang)),
            ("expected low", format_pct(expected - band, lang)),
            ("expected high", format_pct(expected + band, lang)),
            (
                "status",
                tr.t(&format!("status-{}", b.status.unwrap().as_str())),
            ),
            (
                "meaning",
                first_words(&tr.t_args(
                    "report-calls-meaning",
                    &[
                        ("logged", format_pct(logged, lang).into()),
                        (
                            "tracked",
                            format_pct(c.calls_tracked_pct.unwrap(), lang).into(),
                        ),
                        ("mismatch", 2i64.into()),
                    ],
                )),
            ),
        ] {
            assert!(
                page.contains(&normalise(&value)),
                "{lang}: {what} {value:?} not on the page"
            );
        }
        let low = normalise(&first_words(&tr.t("report-calls-low")));
        assert_eq!(
            page.contains(&low),
            logged < 90.into(),
            "{lang}: the low-share sentence"
        );
    }
}

#[test]
fn no_call_log_no_calls_part_and_a_quiet_year_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let tr = Translator::new("en").unwrap();
    let title = normalise(&tr.t("report-calls-title"));
    let without = Dataset {
        calls: Vec::new(),
        ..demo().clone()
    };
    let rendered = render_report(&without, &year_to_date(), "en", Paper::A4).unwrap();
    let (_, text) = check_pdf(dir.path(), "no-calls.pdf", &rendered.pdf);
    assert!(!text.contains(&title), "a company without a call log");
    // A year before the log began: the part is there and says there were no calls.
    let early = Request {
        period: Period::year(2021, 1).unwrap(),
        as_of: d(2026, 11, 22),
        ..year_to_date()
    };
    let rendered = render_report(demo(), &early, "en", Paper::A4).unwrap();
    let (_, text) = check_pdf(dir.path(), "early.pdf", &rendered.pdf);
    let page = page_with(&text, &title).expect("the calls part");
    assert!(page.contains(&normalise(&first_words(&tr.t("report-calls-none")))));
    assert!(!page.contains(&normalise(&first_words(&tr.t("report-calls-low")))));
}
