//! The commands that read figures: `metrics` and the summary's year to date.

use super::open::{open_for_reading, Db};
use chrono::{Datelike, NaiveDate};
use leadledger::error::{Error, ErrorCode, Result};
use leadledger::metrics::{self, AttributionModel, Period, Request};
use leadledger::records::{record_years_text, Dataset, RECORD_YEARS};
use leadledger::role::Act;
use leadledger::store::Store;
use std::path::Path;

/// Loads what a request for `period` reads, and nothing more: the period
/// and the prior years the engine compares it with.
pub fn load_for(store: &Store, period: &Period) -> Result<Dataset> {
    let window = metrics::read_window(period)?;
    store.load_window(window.from, window.to)
}

pub struct MetricsArgs {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub as_of: Option<NaiveDate>,
    pub model: String,
    pub json: bool,
}

/// Refuses a date argument outside the years records may have
/// (`RECORD_YEARS`): a period there could only ever show empty figures, so
/// the date is far more likely a typing error than a question.
pub fn check_date_arg(option: &str, date: Option<NaiveDate>) -> Result<()> {
    match date {
        Some(d) if !RECORD_YEARS.contains(&d.year()) => Err(Error::field(
            ErrorCode::InvalidDate,
            &option.replace('-', "_"),
            format!(
                "--{option} {d} is outside {}, the years records can have",
                record_years_text()
            ),
        )),
        _ => Ok(()),
    }
}

/// Builds the request: the given dates, or the fiscal year containing the
/// as-of date (today by default).
pub fn request(
    ds_fiscal_start: u32,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    as_of: Option<NaiveDate>,
    model: &str,
) -> Result<Request> {
    check_date_arg("from", from)?;
    check_date_arg("to", to)?;
    check_date_arg("as-of", as_of)?;
    let as_of = as_of.unwrap_or_else(|| chrono::Local::now().date_naive());
    let model = AttributionModel::parse(model).ok_or_else(|| {
        Error::invalid(
            "model",
            format!(
                "unknown model '{model}'; use one of {}",
                AttributionModel::ALL
                    .iter()
                    .map(|m| m.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    })?;
    let period = match (from, to) {
        (Some(f), Some(t)) => Period::range(f, t)?,
        (None, None) => {
            let fy = metrics::fiscal_year_of(as_of, ds_fiscal_start)?;
            Period::year(fy, ds_fiscal_start)?
        }
        _ => {
            return Err(Error::invalid(
                "from",
                "give both --from and --to, or neither",
            ))
        }
    };
    Ok(Request {
        period,
        as_of,
        model,
    })
}

pub fn metrics_command(db: &Db, a: &MetricsArgs) -> Result<()> {
    let store = open_for_reading(db)?;
    let req = request(
        store.settings().fiscal_year_start_month,
        a.from,
        a.to,
        a.as_of,
        &a.model,
    )?;
    let ds = load_for(&store, &req.period)?;
    let report = metrics::compute(&ds, &req);
    if a.json {
        let text = serde_json::to_string_pretty(&metrics::to_json_for(&report, store.role()))
            .map_err(|e| Error::new(ErrorCode::Io, format!("cannot write JSON: {e}")))?;
        println!("{text}");
    } else {
        print!("{}", metrics::render_table_for(&report, store.role()));
    }
    Ok(())
}

/// The summary's figures: this fiscal year to date, first-touch.
pub fn print_year_to_date(store: &Store, as_of: Option<NaiveDate>) -> Result<()> {
    let req = request(
        store.settings().fiscal_year_start_month,
        None,
        None,
        as_of,
        "first_touch",
    )?;
    let ds = load_for(store, &req.period)?;
    let report = metrics::compute(&ds, &req);
    println!();
    print!("{}", metrics::render_table_for(&report, store.role()));
    Ok(())
}

/// Renders the PDF report and writes it atomically.
pub fn report_command(
    db: &Db,
    a: &MetricsArgs,
    lang: Option<&str>,
    paper: &str,
    out: &Path,
) -> Result<()> {
    let paper = leadledger::report::Paper::parse(paper)?;
    let store = open_for_reading(db)?;
    store.role().require(Act::Report)?;
    let lang = lang.unwrap_or(&store.settings().language).to_string();
    let req = request(
        store.settings().fiscal_year_start_month,
        a.from,
        a.to,
        a.as_of,
        &a.model,
    )?;
    let ds = load_for(&store, &req.period)?;
    let bytes = leadledger::report::render(&ds, &req, &lang, paper)?;
    leadledger::atomic::write(out, &bytes)?;
    println!("Wrote {} ({} bytes).", out.display(), bytes.len());
    Ok(())
}
