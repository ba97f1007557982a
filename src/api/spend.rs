//! The spend screen: a month × source grid for one calendar year, the
//! general spend entries (salaries, software, overhead) with their
//! direction, and an annual cost spread evenly over its months.

use super::convert::general_spend_dto;
use super::dto::*;
use super::Session;
use crate::error::{Error, ErrorCode, Result};
use crate::records::*;
use crate::store::NewSpend;
use chrono::{Datelike, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};
use std::collections::BTreeMap;

fn first_of(year: i32, month: u32) -> Result<NaiveDate> {
    if !(1..=12).contains(&month) {
        return Err(Error::invalid(
            "month",
            format!("month must be 1 to 12, not {month}"),
        ));
    }
    // The store keeps dates of the record years only; a grid outside them
    // could never hold a value, so the year is refused rather than shown empty.
    let supported = RECORD_YEARS.contains(&year);
    NaiveDate::from_ymd_opt(year, month, 1)
        .filter(|_| supported)
        .ok_or_else(|| {
            Error::field(
                ErrorCode::InvalidDate,
                "year",
                format!("year {year} is outside {}", record_years_text()),
            )
        })
}

/// `amount` cut into `months` equal parts at the currency's precision; the
/// last part takes the remainder so the parts add up exactly.
pub fn spread(amount: Decimal, months: u32, decimals: u32) -> Vec<Decimal> {
    if months == 0 {
        return Vec::new();
    }
    let part =
        (amount / Decimal::from(months)).round_dp_with_strategy(decimals, RoundingStrategy::ToZero);
    let mut parts = vec![part; months as usize];
    let rest = amount - part * Decimal::from(months - 1);
    if let Some(last) = parts.last_mut() {
        *last = rest;
    }
    parts
}

impl Session {
    /// The grid for calendar year `year`: every source with spend that year
    /// or any inquiry at all (Unknown left out), and the general entries.
    pub fn spend_grid(&self, year: i32) -> Result<SpendGrid> {
        self.require(crate::role::Act::Money)?;
        first_of(year, 1)?;
        self.read(|_, ds| {
            let mut rows: BTreeMap<Id, [Decimal; 12]> = BTreeMap::new();
            let mut general = Vec::new();
            for s in ds.spend.iter().filter(|s| s.date.year() == year) {
                match s.source_id {
                    Some(id) => {
                        rows.entry(id).or_insert([Decimal::ZERO; 12])[s.date.month0() as usize] +=
                            s.amount
                    }
                    None => general.extend(general_spend_dto(s)),
                }
            }
            // Every real source gets a row, so a new source can be typed into.
            for s in ds.sources.iter().filter(|s| s.name != UNKNOWN_SOURCE) {
                rows.entry(s.id).or_insert([Decimal::ZERO; 12]);
            }
            let mut month_totals = [Decimal::ZERO; 12];
            for g in &general {
                month_totals[g.date.month0() as usize] += g.amount;
            }
            let mut out: Vec<SpendGridRow> = rows
                .into_iter()
                .map(|(id, months)| {
                    for (t, m) in month_totals.iter_mut().zip(months.iter()) {
                        *t += *m;
                    }
                    let (source, channel) = match ds.source(id) {
                        Some(s) => (
                            s.name.clone(),
                            ds.channel(s.channel_id)
                                .map(|c| c.name.clone())
                                .unwrap_or_default(),
                        ),
                        None => (format!("#{id}"), String::new()),
                    };
                    SpendGridRow {
                        source_id: id,
                        source,
                        channel,
                        total: months.iter().copied().sum(),
                        months: months.to_vec(),
                    }
                })
                .collect();
            out.sort_by(|a, b| a.channel.cmp(&b.channel).then(a.source.cmp(&b.source)));
            general.sort_by_key(|g| (g.date, g.id));
            Ok(SpendGrid {
                year,
                rows: out,
                general,
                total: month_totals.iter().copied().sum(),
                month_totals: month_totals.to_vec(),
            })
        })
    }

    /// Sets one cell of the grid: the source's spend for that month.
    pub fn save_spend_cell(&self, cell: SpendCell) -> Result<()> {
        self.require(crate::role::Act::Money)?;
        let month = first_of(cell.year, cell.month)?;
        self.write(|store| store.set_month_spend(cell.source_id, month, cell.amount))
    }

    /// Books general spend; with `months` > 1 the amount is spread evenly
    /// over that many months starting with the month of `date`.
    pub fn add_general_spend(&self, g: GeneralSpendInput) -> Result<Vec<i64>> {
        self.require(crate::role::Act::Money)?;
        let category = g.category.get()?;
        let direction = g.direction.get()?;
        if g.months == 0 || g.months > 120 {
            return Err(Error::invalid("months", "spread over 1 to 120 months"));
        }
        let currency = self.settings()?.currency;
        let decimals = crate::money::minor_exponent(&currency);
        let parts = spread(g.amount, g.months, decimals);
        let mut entries = Vec::with_capacity(parts.len());
        for (i, amount) in parts.into_iter().enumerate() {
            let date = if i == 0 {
                g.date
            } else {
                let start = first_of(g.date.year(), g.date.month())?;
                start
                    .checked_add_months(chrono::Months::new(i as u32))
                    .ok_or_else(|| {
                        Error::field(ErrorCode::InvalidDate, "date", "date out of range")
                    })?
            };
            entries.push(NewSpend {
                date,
                amount,
                category,
                source: None,
                campaign: None,
                direction: Some(direction),
                note: g.note.clone(),
            });
        }
        self.write(|store| store.add_spend_all(&entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn spread_adds_up_exactly() {
        let parts = spread(dec!(1000), 12, 2);
        assert_eq!(parts[0], dec!(83.33));
        assert_eq!(parts[11], dec!(83.37));
        assert_eq!(parts.iter().copied().sum::<Decimal>(), dec!(1000));
        assert_eq!(spread(dec!(100), 3, 0), vec![dec!(33), dec!(33), dec!(34)]);
        assert!(spread(dec!(5), 0, 2).is_empty());
    }

    /// Issue 11: a general spend line with an impossible year is refused
    /// with the field named, as the page sends it (JSON) and as the facade
    /// gets it, and nothing of it is stored.
    #[test]
    fn an_impossible_year_is_refused_naming_the_date() {
        let dir = tempfile::tempdir().unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
        let s = Session::start_on(dir.path().join("company.db"), today).unwrap();
        s.open_demo("en".into()).unwrap();
        let general = |year| s.spend_grid(year).unwrap().general.len();
        let before = [general(1900), general(2026), general(2200)];
        let line = |date: &str, months: u32| {
            serde_json::from_value::<GeneralSpendInput>(serde_json::json!({
                "date": date, "amount": "1200", "category": "software",
                "direction": "shared", "note": null, "months": months,
            }))
        };
        // The page's date field cannot hold a day that does not exist; a
        // five-digit year does not even reach the facade.
        assert!(line("20266-03-01", 1).is_err());
        assert!(line("2026-02-30", 1).is_err());
        for (date, months) in [
            ("0202-03-01", 1),
            ("2201-01-01", 1),
            ("1899-12-31", 1),
            // The last two months of the spread fall in 2201.
            ("2200-11-01", 3),
        ] {
            let e = s
                .add_general_spend(line(date, months).unwrap())
                .unwrap_err();
            assert_eq!(e.code, ErrorCode::InvalidDate, "{date}");
            assert_eq!(e.field.as_deref(), Some("date"), "{date}");
        }
        assert_eq!([general(1900), general(2026), general(2200)], before);
    }
}
