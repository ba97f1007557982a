//! Reading money amounts as spreadsheets in different countries write them.
//!
//! A cell is first read both ways, with `,` and with `.` as the decimal
//! separator. If only one reading is a valid number the cell is evidence for
//! that separator; if both are valid and agree (`1234`, `1 234`) it says
//! nothing; if both are valid and differ (`1,234`) the cell is ambiguous and
//! only the rest of the file can settle it. The file-wide decision is made in
//! [`AmountRules::decide`] from every amount cell, so one odd cell cannot
//! silently change the meaning of another.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// Characters that group thousands and can never be a decimal separator.
const GROUPING: &[char] = &[' ', '\u{a0}', '\u{202f}', '\'', '\u{2019}'];

/// Currency symbols that may stand before or after an amount.
const SYMBOLS: &[char] = &[
    '€', '$', '£', '¥', '₽', '₹', '₩', '₺', '₪', '₫', '₴', '₦', '₱', '฿', '₣', '¢', '₡', '₲', '₵',
    '₸', '₼', '₾', '元', '円',
];

/// The two readings of one amount cell (see the module comment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scan {
    pub negative: bool,
    /// The value when `,` is the decimal separator.
    pub comma: Option<Decimal>,
    /// The value when `.` is the decimal separator.
    pub point: Option<Decimal>,
}

impl Scan {
    /// The separator this cell proves, if it proves one.
    pub fn evidence(&self) -> Option<char> {
        match (&self.comma, &self.point) {
            (Some(_), None) => Some(','),
            (None, Some(_)) => Some('.'),
            _ => None,
        }
    }

    /// The value under the file's decimal separator, or the one valid reading.
    pub fn value(&self, decimal: Option<char>) -> Option<Decimal> {
        match (self.comma, self.point) {
            (Some(a), Some(b)) if a == b => Some(a),
            (Some(a), Some(_)) if decimal == Some(',') => Some(a),
            (Some(_), Some(b)) if decimal == Some('.') => Some(b),
            (Some(_), Some(_)) => None,
            (a, b) => a.or(b),
        }
    }
}

/// Strips a currency marker (symbol or up to three letters such as `EUR`,
/// `kr`, `CHF`) from either end and the sign, and reads the rest both ways.
pub fn scan(cell: &str) -> Result<Scan, String> {
    let not_amount = || format!("\"{cell}\" is not an amount");
    let mut s = cell.trim();
    let mut negative = false;
    for _ in 0..2 {
        if let Some(rest) = s.strip_prefix(['-', '\u{2212}']) {
            negative = true;
            s = rest.trim_start();
        } else if let Some(rest) = s.strip_prefix('+') {
            s = rest.trim_start();
        }
        s = strip_currency_prefix(s);
    }
    s = strip_currency_suffix(s);
    if let Some(rest) = s.strip_suffix(['-', '\u{2212}']) {
        // Some ERPs write the sign after the number (`120-`).
        negative = true;
        s = rest.trim_end();
    }
    if !s.chars().any(|c| c.is_ascii_digit())
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || GROUPING.contains(&c))
    {
        return Err(not_amount());
    }
    let comma = read_with(s, ',', '.');
    let point = read_with(s, '.', ',');
    if comma.is_none() && point.is_none() {
        return Err(not_amount());
    }
    Ok(Scan {
        negative,
        comma,
        point,
    })
}

/// Currency marks that are not three-letter ISO codes, in lower case.
const LOCAL_MARKS: &[&str] = &["kr", "kč", "zł", "ft", "fr", "lei", "руб", "р", "грн", "лв"];

/// Whether `word` (letters, perhaps with a trailing `.`) names a currency:
/// an ISO code such as `EUR`, or a local mark such as `kr`.
fn is_currency_word(word: &str) -> bool {
    let word = word.strip_suffix('.').unwrap_or(word);
    let iso = word.len() == 3 && word.bytes().all(|b| b.is_ascii_alphabetic());
    iso || LOCAL_MARKS.contains(&word.to_lowercase().as_str())
}

fn strip_currency_prefix(s: &str) -> &str {
    let s = s.trim_start();
    if let Some(rest) = s.strip_prefix(SYMBOLS) {
        return rest.trim_start();
    }
    let word_end = s
        .find(|c: char| !c.is_alphabetic() && c != '.')
        .unwrap_or(s.len());
    let (word, rest) = s.split_at(word_end);
    // Letters before a symbol qualify it (`US$`, `R$`); alone they must be a code.
    let rest = match rest.strip_prefix(SYMBOLS) {
        Some(after) if (1..=3).contains(&word.chars().count()) => after,
        _ if is_currency_word(word) => rest,
        _ => return s,
    };
    let rest = rest.trim_start();
    if rest.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+') {
        rest
    } else {
        s
    }
}

fn strip_currency_suffix(s: &str) -> &str {
    let s = s.trim_end();
    if let Some(rest) = s.strip_suffix(SYMBOLS) {
        return rest.trim_end();
    }
    let word_start = s
        .rfind(|c: char| !c.is_alphabetic() && c != '.')
        .map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8));
    let (rest, word) = s.split_at(word_start);
    let rest = rest.trim_end();
    if is_currency_word(word) && rest.ends_with(|c: char| c.is_ascii_digit() || c == '-') {
        rest
    } else {
        s
    }
}

/// Reads `s` with `decimal` as the decimal separator and `thousands` (or a
/// grouping character) between groups of exactly three digits.
fn read_with(s: &str, decimal: char, thousands: char) -> Option<Decimal> {
    let mut parts = s.split(decimal);
    let int = parts.next()?;
    let frac = parts.next();
    if parts.next().is_some() {
        return None;
    }
    if let Some(f) = frac {
        if f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
    }
    let digits = integer_digits(int, thousands, frac.is_some())?;
    // Amounts this long are refused later as absurd; reading them as such
    // rather than overflowing keeps the reason precise.
    if digits.len() > 20 {
        return Some(Decimal::MAX);
    }
    let text = match frac {
        Some(f) if f.len() > 20 => return None,
        Some(f) => format!("{digits}.{f}"),
        None => digits,
    };
    Decimal::from_str_exact(&text).ok()
}

/// The digits of an integer part, checking that grouping is regular.
fn integer_digits(int: &str, thousands: char, has_frac: bool) -> Option<String> {
    if int.is_empty() {
        return has_frac.then(|| "0".to_string());
    }
    let seps: Vec<char> = int
        .chars()
        .filter(|c| *c == thousands || GROUPING.contains(c))
        .collect();
    if seps.is_empty() {
        return int
            .chars()
            .all(|c| c.is_ascii_digit())
            .then(|| int.to_string());
    }
    if seps.iter().any(|c| *c != seps[0]) {
        return None;
    }
    let groups: Vec<&str> = int.split(seps[0]).collect();
    let first = groups[0];
    let first_ok = (1..=3).contains(&first.len()) && !first.starts_with('0');
    let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
    let all_digits = groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()));
    (first_ok && rest_ok && all_digits).then(|| groups.concat())
}

/// The file-wide decimal separator, decided from the cells that prove one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AmountRules {
    /// `None` when no cell proves a separator or the evidence is tied.
    pub decimal: Option<char>,
    /// Cells proved both separators equally often: every proving cell is refused.
    pub tied: bool,
    /// The most decimals an amount may have (2 unless the caller says otherwise).
    pub max_decimals: u32,
}

impl AmountRules {
    /// Decides from every amount cell of the file. The majority wins; cells
    /// proving the other separator are refused as conflicting.
    pub fn decide<'a>(cells: impl IntoIterator<Item = &'a str>) -> AmountRules {
        let mut tally = AmountTally::default();
        cells.into_iter().for_each(|c| tally.add(c));
        tally.finish()
    }
}

/// The evidence of [`AmountRules::decide`] gathered one cell at a time, so
/// that a file read in chunks need not keep its cells.
#[derive(Debug, Clone, Copy, Default)]
pub struct AmountTally {
    commas: usize,
    points: usize,
}

impl AmountTally {
    pub fn add(&mut self, cell: &str) {
        match scan(cell).ok().and_then(|s| s.evidence()) {
            Some(',') => self.commas += 1,
            Some(_) => self.points += 1,
            None => {}
        }
    }

    pub fn finish(self) -> AmountRules {
        let (commas, points) = (self.commas, self.points);
        match commas.cmp(&points) {
            std::cmp::Ordering::Greater => AmountRules {
                decimal: Some(','),
                tied: false,
                max_decimals: 2,
            },
            std::cmp::Ordering::Less => AmountRules {
                decimal: Some('.'),
                tied: false,
                max_decimals: 2,
            },
            std::cmp::Ordering::Equal => AmountRules {
                decimal: None,
                tied: commas > 0,
                max_decimals: 2,
            },
        }
    }
}

impl AmountRules {
    /// Reads one non-empty cell under these rules: a non-negative amount with
    /// at most two decimals, below 10^12.
    pub fn read(&self, cell: &str) -> Result<Decimal, String> {
        let scan = scan(cell)?;
        if scan.negative {
            return Err(format!(
                "\"{cell}\" is negative; amounts must be zero or more"
            ));
        }
        if let Some(sep) = scan.evidence() {
            if self.tied || self.decimal.is_some_and(|d| d != sep) {
                return Err(format!(
                    "\"{cell}\" uses '{sep}' as the decimal separator but other amounts in \
                     this file use '{}'",
                    if sep == ',' { '.' } else { ',' }
                ));
            }
        }
        let value = scan.value(self.decimal).ok_or_else(|| {
            format!(
                "the amount \"{cell}\" is ambiguous: it could be {} or {}; write it with \
                 two decimals (e.g. \"{}\") so the decimal separator is clear",
                scan.point.unwrap_or_default(),
                scan.comma.unwrap_or_default(),
                scan.point.unwrap_or_default(),
            )
        })?;
        check_range(cell, value, self.max_decimals)
    }

    /// Reads a whole number (visitors, lead targets). Grouped forms such as
    /// `1.234` are accepted when only one reading is whole.
    pub fn read_count(&self, cell: &str) -> Result<i64, String> {
        let not_whole = || format!("\"{cell}\" is not a whole number");
        let scan = scan(cell).map_err(|_| not_whole())?;
        let whole = |d: Option<Decimal>| d.filter(|d| d.fract().is_zero());
        let value = match (whole(scan.comma), whole(scan.point)) {
            (Some(a), Some(b)) if a != b => match self.decimal {
                Some(',') => a,
                Some(_) => b,
                None => {
                    return Err(format!(
                        "the number \"{cell}\" is ambiguous; write it without a thousands separator"
                    ))
                }
            },
            (Some(a), _) | (None, Some(a)) => a,
            (None, None) => return Err(not_whole()),
        };
        if scan.negative {
            return Err(format!("\"{cell}\" is negative; it must be zero or more"));
        }
        value
            .to_i64()
            .filter(|v| *v < 1_000_000_000_000)
            .ok_or_else(|| format!("\"{cell}\" is too large"))
    }
}

fn check_range(cell: &str, value: Decimal, max_decimals: u32) -> Result<Decimal, String> {
    if value >= Decimal::from(1_000_000_000_000i64) {
        return Err(format!(
            "\"{cell}\" is too large (an amount must be below 10^12)"
        ));
    }
    if value.normalize().scale() > max_decimals {
        return Err(format!("\"{cell}\" has more than {max_decimals} decimals"));
    }
    Ok(value)
}

#[cfg(test)]
#[path = "amount_tests.rs"]
mod tests;
