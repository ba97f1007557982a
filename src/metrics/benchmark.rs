//! Benchmarks against prior years (`shared/spec/metrics.md`, "Benchmarks
//! against prior years"): prev, delta, the least-squares expectation through
//! the prior years, its band and where the figure falls.
//!
//! Prior period k (1..5) has x = −k; the line is evaluated at x = 0 (the
//! period itself). A prior period takes part when the data set holds a
//! record dated in it and the figure is defined there. `prev` is likewise
//! undefined when the period one year back holds no record: a year before the
//! database began is unknown, not zero.

use rust_decimal::Decimal;
use serde::Serialize;

/// Where a figure falls against its expectation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "BenchmarkStatus")]
pub enum Status {
    Below,
    Within,
    Above,
}

impl Status {
    pub const ALL: &'static [Status] = &[Status::Below, Status::Within, Status::Above];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Below => "below",
            Status::Within => "within",
            Status::Above => "above",
        }
    }
}

/// One figure held against its prior years.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Benchmark {
    pub key: &'static str,
    pub value: Option<Decimal>,
    pub prev: Option<Decimal>,
    pub delta: Option<Decimal>,
    pub delta_pct: Option<Decimal>,
    pub expected: Option<Decimal>,
    /// Half-width of the band: expected ± band.
    pub band: Option<Decimal>,
    pub status: Option<Status>,
    /// How many prior years the expectation rests on (0–5).
    pub years: usize,
}

/// Builds the benchmark of `key` from the period's value and, for k = 1..,
/// `prior[k − 1]` = the figure k years back, `None` when that year does not
/// take part (no record, or the figure undefined there).
pub fn benchmark(
    key: &'static str,
    value: Option<Decimal>,
    prior: &[Option<Decimal>],
) -> Benchmark {
    let prev = prior.first().copied().flatten();
    let delta = match (value, prev) {
        (Some(v), Some(p)) => v.checked_sub(p),
        _ => None,
    };
    let delta_pct = match (delta, prev) {
        (Some(d), Some(p)) if !p.is_zero() => d
            .checked_div(p.abs())
            .and_then(|r| r.checked_mul(Decimal::ONE_HUNDRED)),
        _ => None,
    };
    let points: Vec<(Decimal, Decimal)> = prior
        .iter()
        .enumerate()
        .filter_map(|(k, y)| y.map(|y| (-Decimal::from(k as u64 + 1), y)))
        .collect();
    let (expected, band) = match fit(&points) {
        Some((e, b)) => (Some(e), Some(b)),
        None => (None, None),
    };
    let status = match (value, expected, band) {
        (Some(v), Some(e), Some(b)) => Some(if v < e - b {
            Status::Below
        } else if v > e + b {
            Status::Above
        } else {
            Status::Within
        }),
        _ => None,
    };
    Benchmark {
        key,
        value,
        prev,
        delta,
        delta_pct,
        expected,
        band,
        status,
        years: points.len(),
    }
}

/// The least-squares line through `points` evaluated at x = 0, and its band:
/// √(Σ residual² / (n − 2)) for n ≥ 3, else 10 % of |expected|. One point:
/// expected = its value. No point: undefined.
pub fn fit(points: &[(Decimal, Decimal)]) -> Option<(Decimal, Decimal)> {
    let n = points.len();
    if n == 0 {
        return None;
    }
    let tenth = |e: Decimal| e.abs() / Decimal::TEN;
    if n == 1 {
        let e = points[0].1;
        return Some((e, tenth(e)));
    }
    let count = Decimal::from(n as u64);
    let mean_x = points.iter().map(|p| p.0).sum::<Decimal>() / count;
    let mean_y = points.iter().map(|p| p.1).sum::<Decimal>() / count;
    let mut sxy = Decimal::ZERO;
    let mut sxx = Decimal::ZERO;
    for &(x, y) in points {
        sxy = sxy.checked_add((x - mean_x).checked_mul(y - mean_y)?)?;
        sxx += (x - mean_x) * (x - mean_x);
    }
    // The x values are distinct years, so sxx > 0 for n ≥ 2.
    let slope = sxy.checked_div(sxx)?;
    let intercept = mean_y.checked_sub(slope.checked_mul(mean_x)?)?;
    if n < 3 {
        return Some((intercept, tenth(intercept)));
    }
    let mut ssr = Decimal::ZERO;
    for &(x, y) in points {
        let residual = y.checked_sub(intercept.checked_add(slope.checked_mul(x)?)?)?;
        ssr = ssr.checked_add(residual.checked_mul(residual)?)?;
    }
    Some((intercept, sqrt(ssr / Decimal::from(n as u64 - 2))?))
}

/// The square root by Newton's method, stopped when an iterate no longer
/// decreases (from above it decreases monotonically until decimal rounding
/// ends it), so it cannot cycle; exact to the last digit or one below.
pub(crate) fn sqrt(x: Decimal) -> Option<Decimal> {
    if x.is_sign_negative() && !x.is_zero() {
        return None;
    }
    if x.is_zero() {
        return Some(Decimal::ZERO);
    }
    // Start above the root: max(x, 1) ≥ √x.
    let mut r = x.max(Decimal::ONE);
    for _ in 0..200 {
        let next = (r + x.checked_div(r)?) / Decimal::TWO;
        if next >= r {
            break;
        }
        r = next;
    }
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn ols_through_three_years() {
        // y = 100 at x = −1, 95 at −2, 90 at −3: a perfect line, expected 105,
        // residuals 0 so the band is 0.
        let pts = [
            (dec!(-1), dec!(100)),
            (dec!(-2), dec!(95)),
            (dec!(-3), dec!(90)),
        ];
        assert_eq!(fit(&pts), Some((dec!(105), dec!(0))));
        // 10, 14, 9 at x = −1, −2, −3: means −2 and 11, Sxy = 1, Sxx = 2, so
        // slope 0.5 and intercept 12. Fitted 11.5, 11, 10.5; residuals −1.5,
        // 3, −1.5; SSR 13.5; band √13.5 = 3.6742346142.
        let (e, b) = fit(&[
            (dec!(-1), dec!(10)),
            (dec!(-2), dec!(14)),
            (dec!(-3), dec!(9)),
        ])
        .unwrap();
        assert_eq!(e, dec!(12));
        assert_eq!(b.round_dp(10), dec!(3.6742346142));
    }

    #[test]
    fn one_or_two_years_use_ten_percent() {
        assert_eq!(fit(&[(dec!(-2), dec!(-40))]), Some((dec!(-40), dec!(4))));
        assert_eq!(
            fit(&[(dec!(-1), dec!(100)), (dec!(-2), dec!(95))]),
            Some((dec!(105), dec!(10.5)))
        );
        assert_eq!(fit(&[]), None);
    }

    #[test]
    fn status_delta_and_undefined_cases() {
        let b = benchmark("leads", Some(dec!(120)), &[Some(dec!(100)), Some(dec!(95))]);
        assert_eq!(
            (b.prev, b.delta, b.delta_pct),
            (Some(dec!(100)), Some(dec!(20)), Some(dec!(20)))
        );
        assert_eq!(
            (b.expected, b.band, b.status),
            (Some(dec!(105)), Some(dec!(10.5)), Some(Status::Above))
        );
        // On the band's edge is within.
        let edge = benchmark(
            "leads",
            Some(dec!(94.5)),
            &[Some(dec!(100)), Some(dec!(95))],
        );
        assert_eq!(edge.status, Some(Status::Within));
        let zero_prev = benchmark("spend", Some(dec!(5)), &[Some(dec!(0))]);
        assert_eq!(
            (zero_prev.delta, zero_prev.delta_pct),
            (Some(dec!(5)), None)
        );
        let neg = benchmark("roi_pct", Some(dec!(-10)), &[Some(dec!(-20))]);
        assert_eq!(neg.delta_pct, Some(dec!(50)));
        let gap = benchmark("cpl", None, &[None, Some(dec!(3))]);
        assert_eq!(
            (gap.prev, gap.expected, gap.status, gap.years),
            (None, Some(dec!(3)), None, 1)
        );
    }

    #[test]
    fn square_roots() {
        assert_eq!(sqrt(dec!(16)), Some(dec!(4)));
        assert_eq!(sqrt(dec!(0.25)), Some(dec!(0.5)));
        assert_eq!(
            sqrt(dec!(2)).unwrap().round_dp(20),
            dec!(1.41421356237309504880)
        );
        assert_eq!(sqrt(dec!(-1)), None);
        assert_eq!(sqrt(Decimal::ZERO), Some(Decimal::ZERO));
    }
}
