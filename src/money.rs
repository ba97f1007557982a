//! Money at the edges: the reporting currency's minor units in the database,
//! exact `Decimal` everywhere else.
//!
//! SQLite has no decimal type and a REAL would round, so amounts are stored as
//! integers counting the currency's smallest unit (cents for EUR, yen for JPY).
//! The conversion refuses anything that would lose a digit rather than round it.

use crate::error::{Error, ErrorCode, Result};
use rust_decimal::Decimal;

/// The largest amount a single record may carry. Far above any real order of a
/// small manufacturer, it catches a misplaced separator (1.234.567,00 read as
/// cents) before it poisons every figure.
pub const MAX_AMOUNT: i64 = 1_000_000_000_000;

/// Minor-unit exponent of an ISO 4217 currency. Codes not listed use two
/// decimals, as almost every currency does.
pub fn minor_exponent(currency: &str) -> u32 {
    match currency {
        "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF" | "UGX"
        | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
        "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
        _ => 2,
    }
}

/// Checks that `code` looks like an ISO 4217 code (three capital letters).
pub fn validate_currency(code: &str) -> Result<String> {
    let code = code.trim().to_ascii_uppercase();
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err(Error::invalid(
            "currency",
            format!("'{code}' is not an ISO 4217 currency code such as EUR, USD or SEK"),
        ))
    }
}

/// Checks an amount entered by a user: not negative, not absurd, and with no
/// more decimals than the currency has. `field` names the input for the error.
pub fn validate_amount(amount: Decimal, currency: &str, field: &str) -> Result<Decimal> {
    if amount.is_sign_negative() && !amount.is_zero() {
        return Err(Error::field(
            ErrorCode::InvalidAmount,
            field,
            format!("{field} must not be negative (got {amount})"),
        ));
    }
    if amount >= Decimal::from(MAX_AMOUNT) {
        return Err(Error::field(
            ErrorCode::InvalidAmount,
            field,
            format!("{field} {amount} is too large; the limit is {MAX_AMOUNT}"),
        ));
    }
    let exp = minor_exponent(currency);
    if amount.normalize().scale() > exp {
        return Err(Error::field(
            ErrorCode::InvalidAmount,
            field,
            format!("{field} {amount} has more than {exp} decimals, more than {currency} has"),
        ));
    }
    Ok(amount)
}

/// Converts a validated amount to integer minor units.
pub fn to_minor(amount: Decimal, currency: &str, field: &str) -> Result<i64> {
    let amount = validate_amount(amount, currency, field)?;
    let scaled = amount * Decimal::from(10i64.pow(minor_exponent(currency)));
    // Validation guarantees an integral value well inside i64.
    i64::try_from(scaled.trunc()).map_err(|_| {
        Error::field(
            ErrorCode::InvalidAmount,
            field,
            format!("{field} {amount} is out of range"),
        )
    })
}

/// Converts integer minor units back to an exact amount with the currency's scale.
pub fn from_minor(minor: i64, currency: &str) -> Decimal {
    Decimal::new(minor, minor_exponent(currency))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn round_trips_cents_exactly() {
        for a in [dec!(0), dec!(0.01), dec!(1234.56), dec!(999999999999.99)] {
            let m = to_minor(a, "EUR", "amount").unwrap();
            assert_eq!(from_minor(m, "EUR"), a);
        }
        assert_eq!(to_minor(dec!(1234.5), "EUR", "amount").unwrap(), 123450);
        assert_eq!(to_minor(dec!(1200), "JPY", "amount").unwrap(), 1200);
        assert_eq!(from_minor(1500, "KWD"), dec!(1.500));
    }

    #[test]
    fn refuses_what_would_lose_a_digit() {
        let e = to_minor(dec!(1.005), "EUR", "amount").unwrap_err();
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::InvalidAmount, Some("amount"))
        );
        assert!(to_minor(dec!(10.5), "JPY", "amount").is_err());
        assert!(to_minor(dec!(-0.01), "EUR", "amount").is_err());
        assert!(to_minor(dec!(1000000000000), "EUR", "amount").is_err());
        // Trailing zeros are not extra precision.
        assert_eq!(to_minor(dec!(2.500), "EUR", "amount").unwrap(), 250);
    }

    #[test]
    fn currency_codes() {
        assert_eq!(validate_currency(" eur ").unwrap(), "EUR");
        assert!(validate_currency("EURO").is_err());
        assert!(validate_currency("€").is_err());
    }
}
