//! The demo company: a deterministic, realistic data set so that every
//! figure and chart has something true to show before a user has entered
//! anything.
//!
//! The company is Brenner Präzisionsteile GmbH, a fictional 60-person CNC
//! job shop near Stuttgart, over `years` years ending today: about €170k of
//! marketing and sales spend a year, a few hundred inquiries a year from
//! directories, ads, trade shows, referrals and customers, quotes, won and
//! lost deals, reorders, website traffic and yearly targets. Its story: the
//! share of leads whose source is unknown falls from about 35 % to 8 % as
//! the staff learn to ask "where did you hear about us?".
//!
//! The simulation starts two years before the window and drops whatever it
//! dates before it, so the first year already has customers, reorders and
//! quotes in flight. As in any database started on a given day, the first
//! year's new customers still include the older customers who order then.
//!
//! [`generate`] is pure: the same options give the identical [`Dataset`],
//! on every platform (its random numbers come from its own generator in
//! `rng`, not from a crate whose stream could change).
//! Writing it to a database is the store's business.

mod calls;
mod catalog;
mod countries;
mod deals;
mod funnel;
mod generate;
mod inquiries;
mod measures;
mod names;
mod plan;
mod rng;
mod spend;
#[cfg(test)]
mod tests;
mod timeline;

use crate::error::{Error, Result};
use crate::records::Dataset;
use chrono::NaiveDate;

pub use catalog::COMPANY_NAME;
pub use plan::MAX_YEARS;

/// The most inquiries a year [`DemoOptions::validate`] accepts.
pub const MAX_INQUIRIES_PER_YEAR: u32 = 1_000_000;

/// What demo company to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoOptions {
    /// The last day of the data; nothing is dated after it.
    pub today: NaiveDate,
    /// How many calendar years, ending with today's (a part year).
    pub years: u32,
    /// The volume of a whole year around the middle of the window; spend,
    /// customers and traffic scale with it.
    pub inquiries_per_year: u32,
    pub seed: u64,
    /// The language the company's channels and descriptive source names
    /// are in (en, de, nl, sv or ru), as a company created in it would have
    /// them; the records are the same in every language.
    pub language: String,
}

impl Default for DemoOptions {
    fn default() -> Self {
        DemoOptions {
            today: chrono::Local::now().date_naive(),
            years: 5,
            inquiries_per_year: 350,
            seed: 0x4C45_4144_4C45_4447, // "LEADLEDG"
            language: "en".to_string(),
        }
    }
}

impl DemoOptions {
    /// Refuses options `generate` would have to bend: no years, more than
    /// [`MAX_YEARS`], more than [`MAX_INQUIRIES_PER_YEAR`], or a language
    /// without translations.
    pub fn validate(&self) -> Result<()> {
        crate::i18n::parse_lang(&self.language)?;
        if self.years == 0 || self.years > MAX_YEARS {
            return Err(Error::invalid(
                "years",
                format!("the demo covers 1 to {MAX_YEARS} years, not {}", self.years),
            ));
        }
        if self.inquiries_per_year > MAX_INQUIRIES_PER_YEAR {
            return Err(Error::invalid(
                "inquiries_per_year",
                format!(
                    "the demo makes at most {MAX_INQUIRIES_PER_YEAR} inquiries a year, not {}",
                    self.inquiries_per_year
                ),
            ));
        }
        Ok(())
    }
}

/// The demo company for `opts`. Years outside 1..=[`MAX_YEARS`] are
/// clamped into it and an unknown language is English; call
/// [`DemoOptions::validate`] first to refuse them.
pub fn generate(opts: &DemoOptions) -> Dataset {
    let mut ds = generate::run(opts);
    // The phone system's log follows from the inquiries as they were logged,
    // so it is drawn once they are all there.
    ds.calls = calls::calls(&ds.sources, &ds.inquiries, opts.today, opts.seed);
    ds
}
