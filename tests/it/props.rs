//! Property tests of the two pieces of arithmetic every figure rests on:
//! reading money from CSV cells (`shared/spec/csv.md`, "Amounts") and period
//! arithmetic (fiscal years, quarters, prior-year shifts, year to date).
//!
//! Amounts are read through `csvio::parse`, the path every import takes, so
//! the file-wide choice of decimal separator is part of what is tested.

use chrono::{Datelike, NaiveDate};
use leadledger::csvio::{self, Kind, Rows};
use leadledger::metrics::{fiscal_year_of, Period};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// How a spreadsheet writes a number: decimal separator and thousands
/// grouping. Every form the spec lists, plus the Swiss apostrophe.
const STYLES: [(char, Option<char>); 9] = [
    ('.', None),
    (',', None),
    ('.', Some(',')),
    (',', Some('.')),
    (',', Some(' ')),
    (',', Some('\u{a0}')),
    (',', Some('\u{202f}')),
    ('.', Some(' ')),
    ('.', Some('\'')),
];

/// Currency marks around the number: a leading symbol or a trailing code.
const MARKS: [(&str, &str); 8] = [
    ("", ""),
    ("€", ""),
    ("$ ", ""),
    ("£", ""),
    ("", " EUR"),
    ("", " €"),
    ("", " SEK"),
    ("", " kr"),
];

/// `n` minor units with `decimals` decimals written in `style`.
fn format(n: u64, decimals: u32, style: (char, Option<char>)) -> String {
    let scale = 10u64.pow(decimals);
    let digits = (n / scale).to_string();
    let mut int = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            if let Some(g) = style.1 {
                int.push(g);
            }
        }
        int.push(c);
    }
    match decimals {
        0 => int,
        d => format!("{int}{}{:0width$}", style.0, n % scale, width = d as usize),
    }
}

/// A spend file whose first row has `cell` as amount, and perhaps a second
/// row with a further amount.
fn spend_file(cell: &str, witness: Option<&str>) -> Vec<u8> {
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut csv = format!(
        "date;amount;category\n2026-01-01;{};advertising\n",
        quote(cell)
    );
    if let Some(w) = witness {
        csv.push_str(&format!("2026-01-02;{};advertising\n", quote(w)));
    }
    csv.into_bytes()
}

/// The first row's amount, or the reasons the file was refused.
fn first_amount(bytes: &[u8]) -> Result<Decimal, String> {
    match csvio::parse(Kind::Spend, bytes) {
        Ok(p) => match p.rows {
            Rows::Spend(rows) => Ok(rows[0].amount),
            other => panic!("spend file read as {other:?}"),
        },
        Err(r) => Err(format!("{:?}", r.errors)),
    }
}

/// (minor units, decimals): any amount below 10^12 with 0 to 2 decimals.
fn amount() -> impl Strategy<Value = (u64, u32)> {
    (0u32..=2).prop_flat_map(|d| (0u64..10u64.pow(12 + d), Just(d)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// With a second amount that shows the decimal separator, every style
    /// reads back exactly the value written.
    #[test]
    fn every_amount_style_round_trips(
        (n, d) in amount(),
        style in prop::sample::select(STYLES.to_vec()),
        mark in prop::sample::select(MARKS.to_vec()),
    ) {
        let cell = format!("{}{}{}", mark.0, format(n, d, style), mark.1);
        let witness = format!("0{}50", style.0);
        let want = Decimal::new(n as i64, d);
        prop_assert_eq!(first_amount(&spend_file(&cell, Some(&witness))), Ok(want), "{:?}", cell);
    }

    /// Alone in its file an amount is read exactly when its own digits show
    /// the separator; when they cannot (`1,234` alone) the file is refused,
    /// and an amount is never read as a different value.
    #[test]
    fn a_lone_amount_is_exact_or_refused(
        (n, d) in amount(),
        style in prop::sample::select(STYLES.to_vec()),
    ) {
        let cell = format(n, d, style);
        let want = Decimal::new(n as i64, d);
        let ambiguous_group = matches!(style.1, Some(',') | Some('.'));
        let may_be_ambiguous = d == 0 && ambiguous_group && n >= 1000;
        match first_amount(&spend_file(&cell, None)) {
            Ok(got) => prop_assert_eq!(got, want, "{:?}", cell),
            Err(e) => prop_assert!(may_be_ambiguous, "{:?} refused: {}", cell, e),
        }
    }

    /// A sign before or after the number is refused, never dropped.
    #[test]
    fn negative_amounts_are_refused(
        (n, d) in amount(),
        style in prop::sample::select(STYLES.to_vec()),
        after in any::<bool>(),
    ) {
        prop_assume!(n > 0);
        let number = format(n, d, style);
        let cell = if after { format!("{number}-") } else { format!("-{number}") };
        let witness = format!("0{}50", style.0);
        prop_assert!(first_amount(&spend_file(&cell, Some(&witness))).is_err(), "{:?}", cell);
    }

    /// Any text in an amount cell is read or refused without a panic; what
    /// is read is a non-negative amount below 10^12 with at most 2 decimals.
    #[test]
    fn arbitrary_amount_cells_never_panic(
        cell in prop_oneof![
            any::<String>(),
            "[-+0-9.,' \u{a0}\u{202f}€$£A-Za-z]{0,24}",
            "[0-9]{0,30}[.,][0-9]{0,30}",
        ],
        witness in prop::option::of("[0-9.,' ]{1,8}"),
    ) {
        if let Ok(v) = first_amount(&spend_file(&cell, witness.as_deref())) {
            prop_assert!(v >= Decimal::ZERO && v < Decimal::from(1_000_000_000_000i64), "{}", v);
            prop_assert!(v.normalize().scale() <= 2, "{}", v);
        }
    }

    /// Any bytes as any kind of file: an answer, never a panic.
    #[test]
    fn arbitrary_files_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        for kind in Kind::ALL {
            let _ = csvio::parse(*kind, &bytes);
        }
        let _ = csvio::preview(&bytes, 5);
    }
}

/// Days from 1 January 1900 to 31 December 2200.
const SPAN: u64 = 109_937;

fn date_in_range() -> impl Strategy<Value = NaiveDate> {
    (0..=SPAN).prop_map(|n| NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Days::new(n))
}

fn feb_29_in(p: &Period) -> bool {
    (p.from.year()..=p.to.year())
        .any(|y| NaiveDate::from_ymd_opt(y, 2, 29).is_some_and(|d| p.contains(d)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    /// The prior-year range of a period is as long as the period, unless a
    /// 29 February lies in one of them; then they differ by one day.
    #[test]
    fn prior_year_ranges_keep_their_length(a in date_in_range(), len in 0u64..800) {
        let p = Period::range(a, a + chrono::Days::new(len)).unwrap();
        let prior = p.shift_years(-1).unwrap();
        let diff = prior.days() - p.days();
        if feb_29_in(&p) || feb_29_in(&prior) {
            prop_assert!(diff.abs() <= 1, "{:?} -> {:?}", p, prior);
        } else {
            prop_assert_eq!(diff, 0, "{:?} -> {:?}", p, prior);
        }
        prop_assert_eq!(prior.from.year(), p.from.year() - 1);
        prop_assert_eq!(prior.from.month(), p.from.month());
        prop_assert!(prior.from <= prior.to);
        // Shifting back returns the period, except where a 29 February became the 28th.
        let leap_day = |d: NaiveDate| d.month() == 2 && d.day() == 29;
        if !leap_day(p.from) && !leap_day(p.to) {
            prop_assert_eq!(prior.shift_years(1).unwrap(), p);
        }
    }

    /// Shifting any date of 1900–2200 by any number of years answers
    /// without a panic, and by up to 300 years it succeeds.
    #[test]
    fn shifting_never_panics(a in date_in_range(), years in any::<i32>(), near in -300i32..=300) {
        let p = Period::range(a, a).unwrap();
        let _ = p.shift_years(years);
        let shifted = p.shift_years(near).unwrap();
        prop_assert_eq!(shifted.from.year(), a.year() + near);
        prop_assert!(shifted.from.day() == a.day() || (a.month() == 2 && a.day() == 29));
    }

    /// A date lies in the fiscal year `fiscal_year_of` names, and the four
    /// fiscal quarters partition that year without gap or overlap.
    #[test]
    fn fiscal_quarters_partition_the_fiscal_year(a in date_in_range(), start in 1u32..=12) {
        let fy = fiscal_year_of(a, start).unwrap();
        let year = Period::year(fy, start).unwrap();
        prop_assert!(year.contains(a), "{} not in {:?}", a, year);
        prop_assert_eq!(year.from.month(), start);
        prop_assert_eq!(year.from.day(), 1);
        prop_assert!(year.is_full_year());
        let quarters: Vec<Period> = (1..=4).map(|q| Period::quarter(fy, q, start).unwrap()).collect();
        prop_assert_eq!(quarters[0].from, year.from);
        prop_assert_eq!(quarters[3].to, year.to);
        for pair in quarters.windows(2) {
            prop_assert_eq!(pair[0].to.succ_opt().unwrap(), pair[1].from);
        }
        prop_assert_eq!(quarters.iter().map(Period::days).sum::<i64>(), year.days());
        prop_assert_eq!(quarters.iter().filter(|q| q.contains(a)).count(), 1);
    }

    /// Year to date runs from the fiscal year's first day to the as-of date,
    /// never past the year's end; the effective period never reaches past
    /// the as-of date.
    #[test]
    fn year_to_date_ends_on_the_as_of_date(a in date_in_range(), start in 1u32..=12, b in date_in_range()) {
        let ytd = Period::year_to_date(a, start).unwrap();
        let year = Period::year(fiscal_year_of(a, start).unwrap(), start).unwrap();
        prop_assert_eq!(ytd.from, year.from);
        prop_assert_eq!(ytd.to, a);
        prop_assert!(ytd.to <= year.to && !ytd.is_empty() && ytd.days() <= 366);
        let eff = year.effective(b);
        prop_assert!(eff.to <= b && eff.to <= year.to && eff.days() <= year.days());
        prop_assert_eq!(eff.is_empty(), b < year.from);
    }

    /// Out-of-range arguments are errors, never panics.
    #[test]
    fn period_constructors_never_panic(y in any::<i32>(), m in any::<u32>(), q in any::<u32>(), a in date_in_range()) {
        let _ = Period::year(y, m);
        let _ = Period::quarter(y, q, m);
        let _ = Period::month(y, m);
        let _ = Period::year_to_date(a, m);
        prop_assert_eq!(fiscal_year_of(a, m).is_ok(), (1..=12).contains(&m));
        if let Ok(p) = Period::month(y, m) {
            prop_assert!((28..=31).contains(&p.days()));
        }
    }
}
