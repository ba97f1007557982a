//! The funnel page and the cohort page (issue 15): in each language, on a
//! page of their own under their titles, with the plain-words introduction
//! from the Fluent files and the engine's figures (the company's qualified
//! leads with their share, the quote hit rate, this year's cohort revenue
//! so far and each earlier year's); the cohort years' curves end at the
//! engine's cohort revenue of the same year.

use super::calls::page_with;
use super::{check_pdf, demo, first_words, normalise, year_to_date};
use leadledger::i18n::{format_count, format_money, format_pct, Translator, LANGUAGES};
use leadledger::metrics::{self, fiscal_year_of};
use leadledger::report::{cohort_years, render_report, Paper, COHORT_YEARS};

#[test]
fn the_funnel_and_cohort_pages_show_the_engines_figures_in_five_languages() {
    let dir = tempfile::tempdir().unwrap();
    let ds = demo();
    let req = year_to_date();
    let report = metrics::compute(ds, &req);
    let c = &report.company;
    let qualified = c.get("qualified_leads").expect("the demo qualifies leads");
    let share = c.get("qualified_pct").unwrap();
    let hit = c
        .get("quote_hit_rate_pct")
        .expect("the demo's quotes are decided");
    let fy = fiscal_year_of(report.effective.to, ds.settings.fiscal_year_start_month).unwrap();
    let years = cohort_years(ds, fy, req.as_of, req.model);
    assert_eq!(years.len(), COHORT_YEARS as usize);
    for y in &years {
        // The curve is the company's cohort revenue, month by month.
        let last = y.curve.last().copied().unwrap_or_default();
        assert_eq!(Some(last), y.figures.get("cohort_revenue"), "{}", y.year);
        assert!(
            y.curve.windows(2).all(|w| w[0] <= w[1]),
            "{}: cumulative",
            y.year
        );
    }
    let this_year = years.last().unwrap().figures.get("cohort_revenue").unwrap();
    let last_year = years[years.len() - 2]
        .figures
        .get("cohort_revenue")
        .unwrap();
    for lang in LANGUAGES {
        let tr = Translator::new(lang).unwrap();
        let rendered = render_report(ds, &req, lang, Paper::A4).unwrap();
        let (_, text) = check_pdf(dir.path(), &format!("funnel-{lang}.pdf"), &rendered.pdf);
        let funnel = page_with(&text, &normalise(&tr.t("report-funnel-title")))
            .unwrap_or_else(|| panic!("{lang}: no funnel page"));
        for (what, value) in [
            ("intro", first_words(&tr.t("report-funnel-intro"))),
            (
                "qualified",
                format!(
                    "{} ({})",
                    format_count(qualified, lang),
                    format_pct(share, lang)
                ),
            ),
            ("hit rate", format_pct(hit, lang)),
            ("column", tr.t("figure-quoted-leads")),
        ] {
            assert!(
                funnel.contains(&normalise(&value)),
                "{lang}: {what} {value:?} not on the funnel page"
            );
        }
        let cohorts = page_with(&text, &normalise(&tr.t("report-cohort-title")))
            .unwrap_or_else(|| panic!("{lang}: no cohort page"));
        for (what, value) in [
            ("intro", first_words(&tr.t("report-cohort-intro"))),
            ("this year", format_money(this_year, &report.currency, lang)),
            ("last year", format_money(last_year, &report.currency, lang)),
            ("year", fy.to_string()),
        ] {
            assert!(
                cohorts.contains(&normalise(&value)),
                "{lang}: {what} {value:?} not on the cohort page"
            );
        }
    }
}
