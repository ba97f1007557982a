//! The company's settings, kept as key/value rows so that a later version can
//! add a setting without a table change.

use super::db::{vals, Exec, TxKind};
use super::Store;
use crate::error::{Error, Result};
use crate::money;
use crate::records::Settings;
use rust_decimal::Decimal;
use std::str::FromStr;

/// The languages the UI and the report are translated into.
pub const LANGUAGES: &[&str] = &["en", "de", "nl", "sv", "ru"];

/// Checks every setting and returns them cleaned (trimmed, currency upper-case).
pub fn validate(mut s: Settings) -> Result<Settings> {
    s.company_name = s.company_name.trim().to_string();
    super::write::check_controls(&s.company_name, "company_name", false)?;
    if s.company_name.chars().count() > 200 {
        return Err(Error::invalid(
            "company_name",
            "the company name is longer than 200 characters",
        ));
    }
    s.currency = money::validate_currency(&s.currency)?;
    if !(1..=12).contains(&s.fiscal_year_start_month) {
        return Err(Error::invalid(
            "fiscal_year_start_month",
            format!(
                "the fiscal year start month must be 1 to 12 (got {})",
                s.fiscal_year_start_month
            ),
        ));
    }
    if s.gross_margin <= Decimal::ZERO || s.gross_margin > Decimal::ONE {
        return Err(Error::invalid(
            "gross_margin",
            format!(
                "the gross margin must be above 0 and at most 1, e.g. 0.35 (got {})",
                s.gross_margin
            ),
        ));
    }
    if s.half_life_days <= Decimal::ZERO || s.half_life_days > Decimal::from(365) {
        return Err(Error::invalid(
            "half_life_days",
            format!(
                "the time-decay half-life must be 1 to 365 days (got {})",
                s.half_life_days
            ),
        ));
    }
    if !(1..=120).contains(&s.call_retention_months) {
        return Err(Error::invalid(
            "call_retention_months",
            format!(
                "calls keep their numbers for 1 to 120 months (got {})",
                s.call_retention_months
            ),
        ));
    }
    s.language = s.language.trim().to_ascii_lowercase();
    if !LANGUAGES.contains(&s.language.as_str()) {
        return Err(Error::invalid(
            "language",
            format!(
                "language must be one of {} (got '{}')",
                LANGUAGES.join(", "),
                s.language
            ),
        ));
    }
    Ok(s)
}

pub fn save(conn: &mut dyn Exec, s: &Settings) -> Result<()> {
    let pairs = [
        ("company_name", s.company_name.clone()),
        ("currency", s.currency.clone()),
        (
            "fiscal_year_start_month",
            s.fiscal_year_start_month.to_string(),
        ),
        ("gross_margin", s.gross_margin.to_string()),
        ("half_life_days", s.half_life_days.to_string()),
        ("language", s.language.clone()),
        ("call_retention_months", s.call_retention_months.to_string()),
    ];
    for (key, value) in pairs {
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            vals![key, value],
        )?;
    }
    Ok(())
}

pub fn load(conn: &mut dyn Exec) -> Result<Settings> {
    let mut get = |key: &str| -> Result<Option<String>> {
        conn.query_opt("SELECT value FROM settings WHERE key = ?1", vals![key])?
            .map(|r| r.text(0))
            .transpose()
    };
    let mut s = Settings::default();
    if let Some(v) = get("company_name")? {
        s.company_name = v;
    }
    if let Some(v) = get("currency")? {
        s.currency = v;
    }
    if let Some(v) = get("fiscal_year_start_month")? {
        s.fiscal_year_start_month = v.parse().unwrap_or(1);
    }
    if let Some(v) = get("gross_margin")? {
        s.gross_margin = Decimal::from_str(&v).unwrap_or(Decimal::ONE);
    }
    if let Some(v) = get("half_life_days")? {
        s.half_life_days = Decimal::from_str(&v).unwrap_or(Decimal::from(7));
    }
    if let Some(v) = get("language")? {
        s.language = v;
    }
    if let Some(v) = get("call_retention_months")? {
        s.call_retention_months = v
            .parse()
            .unwrap_or(crate::records::DEFAULT_CALL_RETENTION_MONTHS);
    }
    Ok(s)
}

/// The settings row holding the owner PIN's hash. A key of its own rather
/// than a field of `Settings`: the hash never travels with the settings the
/// screens read and save, and a database without a PIN has no such row.
const OWNER_PIN: &str = "owner_pin";

impl Store {
    /// The owner PIN's Argon2id hash (a PHC string), if a PIN is set.
    pub fn owner_pin_hash(&self) -> Result<Option<String>> {
        self.db.with(|conn| {
            conn.query_opt(
                "SELECT value FROM settings WHERE key = ?1",
                vals![OWNER_PIN],
            )?
            .map(|r| r.text(0))
            .transpose()
        })
    }

    /// Keeps `hash` as the owner PIN's hash, or removes the PIN (`None`).
    pub fn set_owner_pin_hash(&mut self, hash: Option<&str>) -> Result<()> {
        self.db.transaction(TxKind::Write, |tx| {
            match hash {
                Some(h) => tx.execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2) \
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    vals![OWNER_PIN, h],
                )?,
                None => tx.execute("DELETE FROM settings WHERE key = ?1", vals![OWNER_PIN])?,
            };
            Ok(())
        })
    }
}
