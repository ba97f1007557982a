//! How one figure is written: rounded half away from zero, at the precision
//! of its kind, for JSON (`format_value`) and for the screen
//! (`format_display`). The report, the JSON and the table all round here.

use super::figures::FigureKind;
use rust_decimal::{Decimal, RoundingStrategy};

fn round(value: Decimal, dp: u32) -> Decimal {
    let mut r = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    if r.is_zero() {
        // No "-0.00" for a tiny negative residual.
        r.set_sign_positive(true);
    }
    r
}

fn fixed(value: Decimal, dp: u32) -> String {
    let mut r = round(value, dp);
    r.rescale(dp);
    r.to_string()
}

/// A figure as the JSON output writes it; `None` when undefined.
pub fn format_value(value: Option<Decimal>, kind: FigureKind) -> Option<String> {
    let v = value?;
    Some(match kind {
        FigureKind::Count => round(v, 4).normalize().to_string(),
        _ => fixed(v, 2),
    })
}

/// A figure as the screen shows it: percentages to one decimal, "n/a" when
/// undefined.
pub fn format_display(value: Option<Decimal>, kind: FigureKind) -> String {
    match (value, kind) {
        (None, _) => "n/a".into(),
        (Some(v), FigureKind::Pct) => fixed(v, 1),
        (v, kind) => format_value(v, kind).unwrap_or_default(),
    }
}
