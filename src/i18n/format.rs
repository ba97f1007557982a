//! Locale formatting of numbers, money, percentages and dates for the five
//! languages of the product (en, de, nl, sv, ru), in exact decimal arithmetic.
//!
//! Presentation rounds half away from zero (`shared/spec/metrics.md`, "Money
//! and numbers"): money to 2 decimals, percentages to 1. The separators and
//! the placement of the currency follow each locale's everyday business use
//! (CLDR): "€1,234.56" in English, "1.234,56 €" in German, "€ 1.234,56" in
//! Dutch, "1 234,56 kr" in Swedish and "1 234,56 €" in Russian. Spaces inside
//! a number or between a number and its unit never break: Swedish groups
//! digits with U+00A0, Russian with the narrower U+202F, as printed Russian
//! does. An unknown language code formats as English; [`super::Translator`]
//! is where a language is validated.

use chrono::{Datelike, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};

/// No-break space (U+00A0).
pub const NBSP: char = '\u{00A0}';
/// Narrow no-break space (U+202F).
pub const NNBSP: char = '\u{202F}';

/// How a locale writes a date.
#[derive(Clone, Copy)]
enum DateStyle {
    /// 22 Nov 2026
    DayMonthNameYear,
    /// 22.11.2026
    Dotted,
    /// 22-11-2026
    Dashed,
    /// 2026-11-22
    Iso,
}

/// Where a locale puts the currency sign.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Placement {
    /// "€1,234.56", "-€1,234.56"; a letter code gets a space: "CHF 1,234.56".
    Before,
    /// "€ 1.234,56", "€ -1.234,56".
    BeforeSpaced,
    /// "1.234,56 €", "-1.234,56 €".
    After,
}

struct Locale {
    group: char,
    decimal: char,
    /// Text between a number and the percent sign.
    pct_space: &'static str,
    date: DateStyle,
    money: Placement,
}

const EN: Locale = Locale {
    group: ',',
    decimal: '.',
    pct_space: "",
    date: DateStyle::DayMonthNameYear,
    money: Placement::Before,
};
const DE: Locale = Locale {
    group: '.',
    decimal: ',',
    pct_space: "\u{00A0}",
    date: DateStyle::Dotted,
    money: Placement::After,
};
const NL: Locale = Locale {
    group: '.',
    decimal: ',',
    pct_space: "",
    date: DateStyle::Dashed,
    money: Placement::BeforeSpaced,
};
const SV: Locale = Locale {
    group: NBSP,
    decimal: ',',
    pct_space: "\u{00A0}",
    date: DateStyle::Iso,
    money: Placement::After,
};
const RU: Locale = Locale {
    group: NNBSP,
    decimal: ',',
    pct_space: "\u{00A0}",
    date: DateStyle::Dotted,
    money: Placement::After,
};

fn locale(lang: &str) -> &'static Locale {
    match lang {
        "de" => &DE,
        "nl" => &NL,
        "sv" => &SV,
        "ru" => &RU,
        _ => &EN,
    }
}

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `value` rounded half away from zero to exactly `decimals` places, with no
/// negative zero.
fn rounded(value: Decimal, decimals: u32) -> Decimal {
    let mut r = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    if r.is_zero() {
        r.set_sign_positive(true);
    }
    r.rescale(decimals);
    r
}

/// The digits of `|value|` (already rounded) with the locale's separators.
fn digits(value: Decimal, loc: &Locale) -> String {
    let plain = value.abs().to_string();
    let (int, frac) = match plain.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (plain.as_str(), None),
    };
    let mut out = String::with_capacity(plain.len() + plain.len() / 3 + 2);
    let n = int.len();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push(loc.group);
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push(loc.decimal);
        out.push_str(f);
    }
    out
}

/// A number with exactly `decimals` decimals: "1,234.56", "1.234,56",
/// "1 234,56".
pub fn format_number(value: Decimal, decimals: u32, lang: &str) -> String {
    let loc = locale(lang);
    let r = rounded(value, decimals);
    let body = digits(r, loc);
    if r.is_sign_negative() {
        format!("-{body}")
    } else {
        body
    }
}

/// A count that attribution may have made fractional: up to 2 decimals,
/// trailing zeros dropped ("12", "0.38", "1,5").
pub fn format_count(value: Decimal, lang: &str) -> String {
    let loc = locale(lang);
    let mut r = rounded(value, 2).normalize();
    if r.is_zero() {
        r = Decimal::ZERO;
    }
    let body = digits(r, loc);
    if r.is_sign_negative() {
        format!("-{body}")
    } else {
        body
    }
}

/// A percentage (the value already × 100) with one decimal: "12.5%",
/// "12,5 %".
pub fn format_pct(value: Decimal, lang: &str) -> String {
    format_pct_dp(value, 1, lang)
}

/// A percentage with `decimals` decimals (chart axes use whole ones).
pub fn format_pct_dp(value: Decimal, decimals: u32, lang: &str) -> String {
    format!(
        "{}{}%",
        format_number(value, decimals, lang),
        locale(lang).pct_space
    )
}

/// The sign a locale writes for an ISO 4217 currency: a symbol where readers
/// of that language know one, else the code itself.
pub fn currency_symbol(currency: &str, lang: &str) -> String {
    let code = currency.trim().to_ascii_uppercase();
    let symbol = match (code.as_str(), lang) {
        ("EUR", _) => "€",
        ("USD", _) => "$",
        ("GBP", _) => "£",
        ("JPY", _) => "¥",
        ("RUB", "ru") => "₽",
        ("SEK", "sv") | ("NOK", "sv") | ("DKK", "sv") => "kr",
        _ => return code,
    };
    symbol.to_string()
}

/// Money with 2 decimals and the currency placed as the locale does.
pub fn format_money(value: Decimal, currency: &str, lang: &str) -> String {
    format_money_dp(value, currency, lang, 2)
}

/// Money with `decimals` decimals (chart axes use whole amounts).
pub fn format_money_dp(value: Decimal, currency: &str, lang: &str, decimals: u32) -> String {
    let loc = locale(lang);
    let r = rounded(value, decimals);
    let body = digits(r, loc);
    let minus = if r.is_sign_negative() { "-" } else { "" };
    let symbol = currency_symbol(currency, lang);
    let is_word = symbol.chars().all(|c| c.is_alphabetic());
    match loc.money {
        Placement::Before if is_word => format!("{minus}{symbol}{NBSP}{body}"),
        Placement::Before => format!("{minus}{symbol}{body}"),
        Placement::BeforeSpaced => format!("{symbol}{NBSP}{minus}{body}"),
        Placement::After => format!("{minus}{body}{NBSP}{symbol}"),
    }
}

/// A date: "22 Nov 2026", "22.11.2026", "22-11-2026", "2026-11-22".
pub fn format_date(date: NaiveDate, lang: &str) -> String {
    let (d, m, y) = (date.day(), date.month(), date.year());
    match locale(lang).date {
        DateStyle::DayMonthNameYear => format!("{d} {} {y}", EN_MONTHS[date.month0() as usize]),
        DateStyle::Dotted => format!("{d:02}.{m:02}.{y}"),
        DateStyle::Dashed => format!("{d:02}-{m:02}-{y}"),
        DateStyle::Iso => format!("{y:04}-{m:02}-{d:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn numbers_per_locale() {
        let v = dec!(1234.565);
        assert_eq!(format_number(v, 2, "en"), "1,234.57");
        assert_eq!(format_number(v, 2, "de"), "1.234,57");
        assert_eq!(format_number(v, 2, "nl"), "1.234,57");
        assert_eq!(format_number(v, 2, "sv"), "1\u{a0}234,57");
        assert_eq!(format_number(v, 2, "ru"), "1\u{202f}234,57");
        assert_eq!(format_number(dec!(1234567890.5), 0, "en"), "1,234,567,891");
        assert_eq!(format_number(dec!(999), 2, "de"), "999,00");
        assert_eq!(format_number(dec!(-1000), 1, "en"), "-1,000.0");
        assert_eq!(format_number(dec!(12), 0, "xx"), "12");
    }

    #[test]
    fn rounding_is_half_away_from_zero_without_negative_zero() {
        assert_eq!(format_number(dec!(0.125), 2, "en"), "0.13");
        assert_eq!(format_number(dec!(-0.125), 2, "en"), "-0.13");
        assert_eq!(format_number(dec!(2.5), 0, "en"), "3");
        assert_eq!(format_number(dec!(-0.004), 2, "en"), "0.00");
        assert_eq!(format_pct(dec!(-0.04), "en"), "0.0%");
        assert_eq!(format_pct(dec!(33.35), "en"), "33.4%");
        assert_eq!(format_money(dec!(-0.001), "EUR", "de"), "0,00\u{a0}€");
    }

    #[test]
    fn money_placement() {
        let v = dec!(1234.56);
        assert_eq!(format_money(v, "EUR", "en"), "€1,234.56");
        assert_eq!(format_money(v, "EUR", "de"), "1.234,56\u{a0}€");
        assert_eq!(format_money(v, "EUR", "nl"), "€\u{a0}1.234,56");
        assert_eq!(format_money(v, "EUR", "sv"), "1\u{a0}234,56\u{a0}€");
        assert_eq!(format_money(v, "SEK", "sv"), "1\u{a0}234,56\u{a0}kr");
        assert_eq!(format_money(v, "EUR", "ru"), "1\u{202f}234,56\u{a0}€");
        assert_eq!(format_money(v, "RUB", "ru"), "1\u{202f}234,56\u{a0}₽");
        assert_eq!(format_money(v, "CHF", "en"), "CHF\u{a0}1,234.56");
        assert_eq!(format_money(v, "usd", "de"), "1.234,56\u{a0}$");
        assert_eq!(format_money(dec!(-5), "EUR", "en"), "-€5.00");
        assert_eq!(format_money(dec!(-5), "EUR", "nl"), "€\u{a0}-5,00");
        assert_eq!(format_money(dec!(-5), "EUR", "ru"), "-5,00\u{a0}€");
        assert_eq!(format_money_dp(dec!(50000), "EUR", "en", 0), "€50,000");
    }

    #[test]
    fn percentages_and_counts() {
        assert_eq!(format_pct(dec!(12.25), "en"), "12.3%");
        assert_eq!(format_pct(dec!(12.25), "de"), "12,3\u{a0}%");
        assert_eq!(format_pct(dec!(12.25), "nl"), "12,3%");
        assert_eq!(format_pct(dec!(1500), "ru"), "1\u{202f}500,0\u{a0}%");
        assert_eq!(format_pct_dp(dec!(-50), 0, "sv"), "-50\u{a0}%");
        assert_eq!(format_count(dec!(350), "en"), "350");
        assert_eq!(format_count(dec!(0.3787), "de"), "0,38");
        assert_eq!(format_count(dec!(1.50), "sv"), "1,5");
        assert_eq!(format_count(dec!(1234), "sv"), "1\u{a0}234");
        assert_eq!(format_count(dec!(-0.001), "en"), "0");
    }

    #[test]
    fn dates_per_locale() {
        let d = day(2026, 11, 2);
        assert_eq!(format_date(d, "en"), "2 Nov 2026");
        assert_eq!(format_date(d, "de"), "02.11.2026");
        assert_eq!(format_date(d, "nl"), "02-11-2026");
        assert_eq!(format_date(d, "sv"), "2026-11-02");
        assert_eq!(format_date(d, "ru"), "02.11.2026");
    }
}
