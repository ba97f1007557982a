//! Reading the cells of one record into typed values. Every failure is
//! recorded as a [`RowError`] naming the record's line and the column, and the
//! reader carries on, so one pass reports every bad cell of the file.

use super::amount::AmountRules;
use super::date::DateRules;
use super::RowError;
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use std::collections::HashMap;

/// Characters a spreadsheet takes as the start of a formula.
const FORMULA_START: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// Whether `text` is a formula trigger behind zero or more apostrophes; such
/// text is written with one more leading apostrophe and read with one less.
fn looks_like_formula(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(FORMULA_START)
}

/// Prefixes `'` to text a spreadsheet would run as a formula.
pub fn neutralise(text: &str) -> String {
    if looks_like_formula(text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Removes the `'` that [`neutralise`] added.
pub fn unneutralise(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if looks_like_formula(rest) => rest,
        _ => text,
    }
}

/// Where each known column sits in a record.
pub type Columns = HashMap<&'static str, usize>;

/// The rules decided for the whole file, shared by every record.
pub struct FileRules {
    pub amounts: AmountRules,
    pub dates: DateRules,
}

/// One record being read.
pub struct Cells<'a> {
    pub line: usize,
    pub cells: &'a [String],
    pub columns: &'a Columns,
    pub rules: &'a FileRules,
    pub errors: Vec<RowError>,
}

impl<'a> Cells<'a> {
    pub fn error(&mut self, column: &str, reason: impl Into<String>) {
        let column = Some(column.to_string());
        self.errors.push(RowError {
            row: self.line,
            column,
            reason: reason.into(),
        });
    }

    /// The cell as written (trimmed), `""` if the column is absent.
    pub fn raw(&self, column: &str) -> &'a str {
        self.columns
            .get(column)
            .and_then(|i| self.cells.get(*i))
            .map_or("", |c| c.as_str())
    }

    /// A text cell: `None` when empty; a neutralising `'` removed.
    pub fn text(&self, column: &str) -> Option<String> {
        let raw = self.raw(column);
        (!raw.is_empty()).then(|| unneutralise(raw).to_string())
    }

    /// A text cell that must not be empty; `""` (with an error) when it is.
    pub fn required(&mut self, column: &str) -> String {
        self.text(column).unwrap_or_else(|| {
            self.error(column, format!("{column} is required"));
            String::new()
        })
    }

    /// An enum cell; `None` when empty or bad (a bad value is an error that
    /// lists the choices).
    pub fn choice<T>(
        &mut self,
        column: &str,
        parse: fn(&str) -> Option<T>,
        choices: String,
    ) -> Option<T> {
        let raw = self.raw(column);
        if raw.is_empty() {
            return None;
        }
        let value = parse(raw);
        if value.is_none() {
            self.error(column, format!("\"{raw}\" is not one of: {choices}"));
        }
        value
    }

    /// Like [`Self::choice`], for a column that must not be empty.
    pub fn required_choice<T>(
        &mut self,
        column: &str,
        parse: fn(&str) -> Option<T>,
        choices: String,
    ) -> Option<T> {
        if self.raw(column).is_empty() {
            self.error(column, format!("{column} is required (one of: {choices})"));
            return None;
        }
        self.choice(column, parse, choices)
    }

    /// Applies `read` to a non-empty cell, recording its error.
    fn read<T>(&mut self, column: &str, read: impl FnOnce(&str) -> Result<T, String>) -> Option<T> {
        let raw = self.raw(column);
        if raw.is_empty() {
            return None;
        }
        read(raw).map_err(|reason| self.error(column, reason)).ok()
    }

    /// Applies `read` to a cell that must not be empty.
    fn read_required<T>(
        &mut self,
        column: &str,
        read: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<T> {
        if self.raw(column).is_empty() {
            self.error(column, format!("{column} is required"));
            return None;
        }
        self.read(column, read)
    }

    pub fn amount(&mut self, column: &str) -> Option<Decimal> {
        let rules = self.rules.amounts;
        self.read(column, |c| rules.read(c))
    }

    pub fn required_amount(&mut self, column: &str) -> Option<Decimal> {
        let rules = self.rules.amounts;
        self.read_required(column, |c| rules.read(c))
    }

    pub fn count(&mut self, column: &str, required: bool) -> Option<i64> {
        let rules = self.rules.amounts;
        if required {
            self.read_required(column, |c| rules.read_count(c))
        } else {
            self.read(column, |c| rules.read_count(c))
        }
    }

    pub fn date(&mut self, column: &str) -> Option<NaiveDate> {
        let rules = self.rules.dates;
        self.read(column, |c| rules.read_date(c))
    }

    pub fn required_date(&mut self, column: &str) -> Option<NaiveDate> {
        let rules = self.rules.dates;
        self.read_required(column, |c| rules.read_date(c))
    }

    pub fn required_datetime(&mut self, column: &str) -> Option<NaiveDateTime> {
        let rules = self.rules.dates;
        self.read_required(column, |c| rules.read_datetime(c))
    }

    pub fn month(&mut self, column: &str) -> Option<NaiveDate> {
        self.read_required(column, super::date::read_month)
    }

    pub fn year(&mut self, column: &str) -> Option<i32> {
        self.read_required(column, super::date::read_year)
    }

    /// `true`/`false` and their common spellings; empty means `default`.
    pub fn boolean(&mut self, column: &str, default: bool) -> bool {
        self.read(column, |c| match c.to_lowercase().as_str() {
            "true" | "yes" | "y" | "1" | "ja" | "j" | "wahr" | "oui" | "да" => Ok(true),
            "false" | "no" | "n" | "0" | "nein" | "falsch" | "nee" | "nej" | "non" | "нет" => {
                Ok(false)
            }
            _ => Err(format!(
                "\"{c}\" is not one of: true, false (also yes/no, 1/0)"
            )),
        })
        .unwrap_or(default)
    }

    /// A `|`-separated list, each item trimmed, empty items skipped.
    pub fn list(&self, column: &str) -> Vec<String> {
        let raw = self.text(column).unwrap_or_default();
        raw.split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    }

    /// Touchpoints, `Source@date|Source@date`, dates in the file's format.
    pub fn touchpoints(&mut self, column: &str) -> Vec<(String, NaiveDate)> {
        let rules = self.rules.dates;
        let mut out = Vec::new();
        for item in self.list(column) {
            let Some((source, date)) = item.rsplit_once('@') else {
                self.error(
                    column,
                    format!("\"{item}\" is not Source@{}", rules.format_name()),
                );
                continue;
            };
            let source = source.trim();
            if source.is_empty() {
                self.error(column, format!("\"{item}\" names no source"));
                continue;
            }
            match rules.read_date(date.trim()) {
                Ok(date) => out.push((source.to_string(), date)),
                Err(reason) => self.error(column, reason),
            }
        }
        out
    }
}

/// The date part of every touchpoint in a cell, for [`DateRules::decide`].
pub fn touchpoint_dates(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('|')
        .filter_map(|item| item.rsplit_once('@'))
        .map(|(_, d)| d.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutralising_round_trips() {
        for text in [
            "=SUM(A1)",
            "+49 30 123",
            "-",
            "@home",
            "\tx",
            "'=x",
            "''+1",
            "plain",
            "'quoted",
            "a=b",
            "",
        ] {
            assert_eq!(unneutralise(&neutralise(text)), text, "{text:?}");
        }
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(neutralise("'=1"), "''=1");
        assert_eq!(neutralise("Müller"), "Müller");
        assert_eq!(unneutralise("'=HYPERLINK()"), "=HYPERLINK()");
        assert_eq!(unneutralise("'hello"), "'hello");
        assert_eq!(unneutralise("=raw"), "=raw");
    }

    #[test]
    fn touchpoint_dates_are_found() {
        let dates: Vec<&str> = touchpoint_dates("A@2026-01-01| B@x@02.01.2026 |junk").collect();
        assert_eq!(dates, vec!["2026-01-01", "02.01.2026"]);
    }
}
