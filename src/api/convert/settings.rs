//! The settings: as Settings shows and saves them, and the welcome screen's
//! new company.

use crate::api::dto::{Language, NewCompany, SettingsDto};
use crate::error::Result;
use crate::records::Settings;

/// The language of stored settings. The store refuses any code but the five
/// on every write, so only a file edited by hand could hold another; it is
/// shown in English, the language every message falls back to.
pub fn language_of(code: &str) -> Language {
    Language::parse(code).unwrap_or_default()
}

impl From<&Settings> for SettingsDto {
    fn from(s: &Settings) -> SettingsDto {
        let Settings {
            company_name,
            currency,
            fiscal_year_start_month,
            gross_margin,
            half_life_days,
            language,
            call_retention_months,
        } = s;
        SettingsDto {
            company_name: company_name.clone(),
            currency: currency.clone(),
            fiscal_year_start_month: *fiscal_year_start_month,
            gross_margin: *gross_margin,
            half_life_days: *half_life_days,
            language: language_of(language).into(),
            call_retention_months: *call_retention_months,
        }
    }
}

/// The settings Settings saves; the store checks each value.
pub fn settings_of(s: SettingsDto) -> Result<Settings> {
    let SettingsDto {
        company_name,
        currency,
        fiscal_year_start_month,
        gross_margin,
        half_life_days,
        language,
        call_retention_months,
    } = s;
    Ok(Settings {
        company_name,
        currency,
        fiscal_year_start_month,
        gross_margin,
        half_life_days,
        language: language.get()?.as_str().into(),
        call_retention_months,
    })
}

/// The settings of a new company: the welcome screen's choices, the rest
/// as every company starts (a gross margin of 1, a half-life of 7 days).
pub fn new_company(c: NewCompany) -> Result<Settings> {
    let NewCompany {
        name,
        currency,
        fiscal_year_start_month,
        language,
    } = c;
    Ok(Settings {
        company_name: name.trim().to_string(),
        currency: currency.trim().to_uppercase(),
        fiscal_year_start_month,
        language: language.get()?.as_str().into(),
        ..Settings::default()
    })
}
