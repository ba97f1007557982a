//! Vector charts drawn with the layout's lines, boxes and text: lines over
//! months (leads this year against the two before), horizontal bars (ROI by
//! channel) and grouped columns (spend against revenue per quarter).
//!
//! Axis ticks are chosen and labelled in exact decimals (1, 2, 2.5 or 5
//! times a power of ten), so that a tick reads "50,000", never
//! "49,999.996"; only positions on the page are converted to `f32`.

use super::content::{AxisUnit, Chart, ChartKind};
use super::layout::{Canvas, Rgbf, Style, ACCENT, INK, MUTED, RULE};
use crate::i18n::{format_money_dp, format_number, format_pct_dp};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

const TITLE: Style = Style::new(9.5, true, INK);
const LABEL: Style = Style::new(7.0, false, MUTED);
const VALUE: Style = Style::new(7.0, false, INK);
// The first three are the leads chart's years; the cohort page's six years
// and the funnel's four stages need the others.
const SERIES: [Rgbf; 6] = [
    ACCENT,
    Rgbf(0.42, 0.62, 0.80),
    Rgbf(0.68, 0.71, 0.75),
    Rgbf(0.85, 0.60, 0.18),
    Rgbf(0.45, 0.62, 0.45),
    Rgbf(0.55, 0.45, 0.65),
];
const NEGATIVE: Rgbf = Rgbf(0.74, 0.33, 0.27);

fn f(v: Decimal) -> f32 {
    v.to_f32().unwrap_or(0.0)
}

/// A value axis: the range it spans and its round ticks.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    pub lo: Decimal,
    pub hi: Decimal,
    pub ticks: Vec<Decimal>,
}

/// The axis for values in `lo..=hi`: from 0 (or a little below the lowest
/// negative value) up to the first round tick at or above the highest. A
/// tick below the lowest value is left out, so that one small negative
/// value does not waste half the chart on an empty step.
pub fn axis(lo: Decimal, hi: Decimal, whole: bool) -> Axis {
    let all = ticks(lo, hi, whole);
    let top = all.last().copied().unwrap_or(Decimal::ONE);
    if lo >= Decimal::ZERO {
        return Axis {
            lo: Decimal::ZERO,
            hi: top,
            ticks: all,
        };
    }
    let margin = top
        .checked_sub(lo)
        .map_or(Decimal::ZERO, |d| d / Decimal::from(40));
    let bottom = lo.checked_sub(margin).unwrap_or(lo);
    Axis {
        lo: bottom,
        hi: top,
        ticks: all.into_iter().filter(|t| *t >= bottom).collect(),
    }
}

/// Round tick values covering `lo..=hi` (and 0), about five of them. Counts
/// never get a step below 1.
pub fn ticks(lo: Decimal, hi: Decimal, whole: bool) -> Vec<Decimal> {
    // Values near Decimal's limits cannot get round ticks; the chart then
    // shows just its zero line rather than fail.
    ticks_checked(lo, hi, whole).unwrap_or_else(|| vec![Decimal::ZERO, Decimal::ONE])
}

fn ticks_checked(lo: Decimal, hi: Decimal, whole: bool) -> Option<Vec<Decimal>> {
    let lo = lo.min(Decimal::ZERO);
    let mut hi = hi.max(Decimal::ZERO);
    if hi <= lo {
        hi = lo.checked_add(Decimal::ONE)?;
    }
    let raw = hi.checked_sub(lo)? / Decimal::from(5);
    let mut mag = Decimal::ONE;
    // Bring `mag` to the power of ten at or just below `raw`.
    for _ in 0..40 {
        match mag.checked_mul(Decimal::TEN) {
            Some(up) if up <= raw => mag = up,
            _ if mag > raw && mag / Decimal::TEN > Decimal::ZERO => mag /= Decimal::TEN,
            _ => break,
        }
    }
    let mut step = [
        Decimal::ONE,
        Decimal::TWO,
        Decimal::new(25, 1),
        Decimal::from(5),
        Decimal::TEN,
    ]
    .iter()
    .filter_map(|m| mag.checked_mul(*m))
    .find(|s| *s >= raw)?;
    if whole && step < Decimal::ONE {
        step = Decimal::ONE;
    }
    if step <= Decimal::ZERO {
        return None;
    }
    let start = (lo / step).floor().checked_mul(step)?;
    let end = (hi / step).ceil().checked_mul(step)?;
    let mut out = Vec::new();
    let mut t = start;
    while t <= end && out.len() < 50 {
        out.push(t.normalize());
        t = t.checked_add(step)?;
    }
    Some(out)
}

fn tick_label(v: Decimal, unit: &AxisUnit, lang: &str) -> String {
    let dp = v.normalize().scale();
    match unit {
        AxisUnit::Count => format_number(v, dp, lang),
        AxisUnit::Pct => format_pct_dp(v, dp, lang),
        AxisUnit::Money(c) => format_money_dp(v, c, lang, dp),
    }
}

fn values(chart: &Chart) -> impl Iterator<Item = Decimal> + '_ {
    chart
        .series
        .iter()
        .flat_map(|s| s.values.iter().flatten().copied())
}

/// Draws `chart` at the cursor, `height` mm tall (breaking the page first
/// if needed), and moves the cursor below it.
pub fn draw(cv: &mut Canvas, chart: &Chart, height: f32, lang: &str) {
    // All zeros is as empty as no values: an axis from 0 to 1 says nothing.
    let empty = chart.categories.is_empty() || values(chart).all(|v| v.is_zero());
    let height = if empty { 14.0 } else { height };
    cv.ensure(height + 4.0);
    let (x, top, w) = (cv.left(), cv.y, cv.content_width());
    let title = cv.ellipsize(&chart.title, w, &TITLE);
    cv.text(x, Canvas::baseline(top, &TITLE), &title, &TITLE);
    let mut plot_top = top + TITLE.line_height() + 5.0;
    if empty {
        cv.text(
            x,
            Canvas::baseline(plot_top - 3.0, &LABEL),
            &chart.empty_note,
            &LABEL,
        );
    } else {
        // The legend sits on the title's line when both fit, else below it.
        let legend_top = if cv.text_width(&title, &TITLE) + legend_width(cv, chart) + 6.0 <= w {
            top
        } else {
            plot_top -= 2.0;
            let below = top + TITLE.line_height();
            plot_top += LABEL.line_height() + 1.0;
            below
        };
        legend(cv, chart, x + w, legend_top);
        match chart.kind {
            ChartKind::Lines | ChartKind::Columns => {
                over_categories(cv, chart, x, plot_top, w, top + height, lang)
            }
            ChartKind::Bars => bars(cv, chart, x, plot_top, w, top + height, lang),
        }
    }
    cv.y = top + height;
    for note in &chart.notes {
        cv.paragraph(note, &LABEL, 0.0);
    }
    cv.gap(5.0);
}

fn legend_width(cv: &Canvas, chart: &Chart) -> f32 {
    if chart.kind == ChartKind::Bars {
        return 0.0;
    }
    chart
        .series
        .iter()
        .map(|s| cv.text_width(&s.label, &LABEL) + 9.5)
        .sum()
}

/// Series swatches and names, right-aligned at `top`.
fn legend(cv: &mut Canvas, chart: &Chart, right: f32, top: f32) {
    if chart.kind == ChartKind::Bars {
        return;
    }
    let base = Canvas::baseline(top, &LABEL);
    let mut x = right;
    for (i, s) in chart.series.iter().enumerate().rev() {
        let tw = cv.text_width(&s.label, &LABEL);
        x -= tw;
        cv.text(x, base, &s.label, &LABEL);
        x -= 6.5;
        let color = SERIES[i % SERIES.len()];
        match chart.kind {
            ChartKind::Lines => cv.polyline(
                &[(x, base - 1.0), (x + 5.0, base - 1.0)],
                color,
                1.6,
                line_dash(i),
            ),
            _ => cv.fill_rect(x + 1.5, base - 2.4, 2.6, 2.6, column_color(i)),
        }
        x -= 3.0;
    }
}

fn line_dash(series: usize) -> &'static [f32] {
    if series == 2 {
        &[1.2, 0.8]
    } else {
        &[]
    }
}

fn column_color(series: usize) -> Rgbf {
    [Rgbf(0.62, 0.66, 0.71), ACCENT, SERIES[1], SERIES[3]][series % 4]
}

/// The value axis: ticks, labels and grid lines; returns the function that
/// maps a value to its y position.
fn value_axis(
    cv: &mut Canvas,
    chart: &Chart,
    (x, top, w, bottom): (f32, f32, f32, f32),
    lang: &str,
) -> (f32, impl Fn(Decimal) -> f32) {
    let lo = values(chart).min().unwrap_or_default();
    let hi = values(chart).max().unwrap_or_default();
    let ax = axis(lo, hi, chart.unit == AxisUnit::Count);
    let labels: Vec<String> = ax
        .ticks
        .iter()
        .map(|t| tick_label(*t, &chart.unit, lang))
        .collect();
    let label_w = labels
        .iter()
        .map(|l| cv.text_width(l, &LABEL))
        .fold(0.0, f32::max)
        + 2.0;
    let (t0, t1) = (f(ax.lo), f(ax.hi));
    let span = if t1 > t0 { t1 - t0 } else { 1.0 };
    let y_of = move |v: Decimal| bottom - (f(v) - t0) / span * (bottom - top);
    for (t, label) in ax.ticks.iter().zip(&labels) {
        let y = y_of(*t);
        let color = if t.is_zero() { MUTED } else { RULE };
        cv.hline(
            x + label_w,
            x + w,
            y,
            color,
            if t.is_zero() { 0.6 } else { 0.25 },
        );
        cv.text_right(x + label_w - 1.5, y + 1.0, label, &LABEL);
    }
    (label_w, y_of)
}

/// Lines or grouped columns over the categories.
fn over_categories(
    cv: &mut Canvas,
    chart: &Chart,
    x: f32,
    top: f32,
    w: f32,
    bottom: f32,
    lang: &str,
) {
    let plot_bottom = bottom - 6.0;
    let (label_w, y_of) = value_axis(cv, chart, (x, top, w, plot_bottom), lang);
    let left = x + label_w + 1.0;
    let n = chart.categories.len().max(1);
    let slot = (x + w - left) / n as f32;
    for (i, c) in chart.categories.iter().enumerate() {
        let label = cv.ellipsize(c, slot - 0.5, &LABEL);
        cv.text_center(
            left + (i as f32 + 0.5) * slot,
            plot_bottom + 4.0,
            &label,
            &LABEL,
        );
    }
    match chart.kind {
        ChartKind::Lines => {
            // The oldest year first, so that this year's line is on top.
            for (k, s) in chart.series.iter().enumerate().rev() {
                let color = SERIES[k % SERIES.len()];
                let mut run: Vec<(f32, f32)> = Vec::new();
                for (i, v) in s.values.iter().enumerate() {
                    match v {
                        Some(v) => run.push((left + (i as f32 + 0.5) * slot, y_of(*v))),
                        None => {
                            cv.polyline(&run, color, if k == 0 { 1.6 } else { 1.0 }, line_dash(k));
                            run.clear();
                        }
                    }
                }
                cv.polyline(&run, color, if k == 0 { 1.6 } else { 1.0 }, line_dash(k));
                if k == 0 {
                    for (i, v) in s.values.iter().enumerate() {
                        if let Some(v) = v {
                            let (px, py) = (left + (i as f32 + 0.5) * slot, y_of(*v));
                            cv.fill_rect(px - 0.7, py - 0.7, 1.4, 1.4, color);
                        }
                    }
                }
            }
        }
        _ => {
            let groups = chart.series.len().max(1) as f32;
            let bar = (slot * 0.72 / groups).min(9.0);
            let zero = y_of(Decimal::ZERO);
            for (k, s) in chart.series.iter().enumerate() {
                for (i, v) in s.values.iter().enumerate() {
                    let Some(v) = v else { continue };
                    let bx = left + (i as f32 + 0.5) * slot - bar * groups / 2.0 + k as f32 * bar;
                    let y = y_of(*v);
                    cv.fill_rect(
                        bx + 0.2,
                        y.min(zero),
                        bar - 0.4,
                        (zero - y).abs(),
                        column_color(k),
                    );
                }
            }
        }
    }
}

/// One horizontal bar per category, labelled with its value.
fn bars(cv: &mut Canvas, chart: &Chart, x: f32, top: f32, w: f32, bottom: f32, lang: &str) {
    let Some(series) = chart.series.first() else {
        return;
    };
    let name_w = chart
        .categories
        .iter()
        .map(|c| cv.text_width(c, &LABEL))
        .fold(0.0, f32::max)
        .min(w * 0.3)
        + 2.0;
    let value_w = chart
        .value_labels
        .iter()
        .map(|l| cv.text_width(l, &VALUE))
        .fold(0.0, f32::max)
        + 2.0;
    let (left, right) = (x + name_w, x + w - value_w);
    let axis_y = bottom - 5.0;
    let lo = values(chart).min().unwrap_or_default();
    let hi = values(chart).max().unwrap_or_default();
    let ax = axis(lo, hi, false);
    let (t0, t1) = (f(ax.lo), f(ax.hi));
    let span = if t1 > t0 { t1 - t0 } else { 1.0 };
    let x_of = |v: Decimal| left + (f(v) - t0) / span * (right - left);
    for t in &ax.ticks {
        let tx = x_of(*t);
        let color = if t.is_zero() { MUTED } else { RULE };
        cv.polyline(
            &[(tx, top), (tx, axis_y)],
            color,
            if t.is_zero() { 0.6 } else { 0.25 },
            &[],
        );
        cv.text_center(tx, axis_y + 3.5, &tick_label(*t, &chart.unit, lang), &LABEL);
    }
    let n = chart.categories.len().max(1) as f32;
    let pitch = ((axis_y - top - 1.0) / n).min(7.0);
    let zero = x_of(Decimal::ZERO);
    for (i, (name, v)) in chart.categories.iter().zip(&series.values).enumerate() {
        let Some(v) = v else { continue };
        let y = top + 0.5 + i as f32 * pitch;
        let h = pitch * 0.66;
        let mid = y + h / 2.0 + 1.0;
        let label = cv.ellipsize(name, name_w - 2.0, &LABEL);
        cv.text_right(left - 2.0, mid, &label, &LABEL);
        let end = x_of(*v);
        let color = if v.is_sign_negative() {
            NEGATIVE
        } else {
            ACCENT
        };
        cv.fill_rect(end.min(zero), y, (end - zero).abs(), h, color);
        if let Some(text) = chart.value_labels.get(i) {
            let tx = if v.is_sign_negative() {
                zero + 1.0
            } else {
                end + 1.0
            };
            cv.text(tx, mid, text, &VALUE);
        }
    }
}

/// The height a chart needs: bars grow with the number of categories.
pub fn height_for(chart: &Chart) -> f32 {
    match chart.kind {
        ChartKind::Bars => (chart.categories.len() as f32 * 6.5 + 22.0).clamp(40.0, 110.0),
        ChartKind::Lines => 68.0,
        ChartKind::Columns => 62.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn ticks_are_round_and_cover_the_values() {
        assert_eq!(
            ticks(dec!(0), dec!(47), true),
            vec![dec!(0), dec!(10), dec!(20), dec!(30), dec!(40), dec!(50)]
        );
        let t = ticks(dec!(-100), dec!(1234.5), false);
        assert!(t.first().unwrap() <= &dec!(-100) && t.last().unwrap() >= &dec!(1234.5));
        assert!(t.contains(&dec!(0)));
        assert!(t
            .iter()
            .all(|v| (v / dec!(250)).fract().is_zero() || (v / dec!(500)).fract().is_zero()));
        assert_eq!(
            ticks(dec!(0), dec!(3), true),
            vec![dec!(0), dec!(1), dec!(2), dec!(3)]
        );
        assert_eq!(ticks(dec!(0), dec!(0), true), vec![dec!(0), dec!(1)]);
        assert_eq!(ticks(dec!(0), dec!(0.4), false).last(), Some(&dec!(0.4)));
        // Extremes do not panic.
        assert!(!ticks(Decimal::MIN, Decimal::MAX, false).is_empty());
        assert!(!ticks(dec!(0), dec!(0.0000000000000000000000000001), false).is_empty());
        assert!(!ticks(dec!(0), Decimal::MAX, true).is_empty());
        assert!(!axis(Decimal::MIN, Decimal::MAX, false).ticks.is_empty());
    }

    #[test]
    fn a_small_negative_value_does_not_stretch_the_axis() {
        let ax = axis(dec!(-71), dec!(12228.3), false);
        assert_eq!(ax.ticks.first(), Some(&dec!(0)));
        assert!(ax.lo < dec!(-71) && ax.lo > dec!(-500));
        assert!(ax.hi >= dec!(12228.3));
        let ax = axis(dec!(0), dec!(47), true);
        assert_eq!((ax.lo, ax.hi), (dec!(0), dec!(50)));
    }

    #[test]
    fn tick_labels_follow_the_locale() {
        assert_eq!(
            tick_label(dec!(50000), &AxisUnit::Money("EUR".into()), "de"),
            "50.000\u{a0}€"
        );
        assert_eq!(tick_label(dec!(-50), &AxisUnit::Pct, "en"), "-50%");
        assert_eq!(tick_label(dec!(2.5), &AxisUnit::Count, "ru"), "2,5");
    }
}
