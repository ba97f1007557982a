//! The engine's warnings in the user's language. The metrics engine gives
//! each warning a stable key and an English sentence; the dashboard shows it
//! through the Fluent message `warning-<key>` (the same the PDF uses), with
//! its figures and dates as typed arguments that the page formats in the
//! user's locale. The arguments are taken from the report, as the PDF does,
//! so the engine's sentences stay the English fallback only.

use super::dto::WarningDto;
use super::dto_safety::{ArgDto, ArgKind};
use crate::i18n::{names::source_name, Translator};
use crate::metrics::{Report, Warning};
use chrono::NaiveDate;

/// The Fluent message of a warning key. The PDF sums up small samples in
/// one sentence over a table; the dashboard names each source, so it has
/// its own message with the source's counts.
pub fn message_id(key: &str) -> String {
    match key {
        "small_sample" => "warning-small-sample-source".into(),
        other => format!("warning-{}", other.replace('_', "-")),
    }
}

fn date(name: &str, d: NaiveDate) -> ArgDto {
    ArgDto::new(name, ArgKind::Date, d.format("%Y-%m-%d").to_string())
}

fn args(w: &Warning, r: &Report, tr: &Translator) -> Vec<ArgDto> {
    match w.key {
        "empty_period" => vec![
            date("from", r.period.from),
            date("to", r.period.to),
            date("asof", r.as_of),
        ],
        "unknown_source_high" => vec![ArgDto::new(
            "pct",
            ArgKind::Pct,
            super::dto::exact(r.company.unknown_source_pct).unwrap_or_default(),
        )],
        "prior_year_missing" => {
            // The period one year back, as the engine checked it.
            let p = r.prior_periods.first().map_or(r.effective, |p| p.period);
            vec![date("from", p.from), date("to", p.to)]
        }
        "small_sample" => {
            let name = w.source.clone().unwrap_or_default();
            let f = r
                .sources
                .iter()
                .find(|s| s.name == name)
                .map(|s| &s.figures);
            let count = |v: Option<rust_decimal::Decimal>| {
                super::dto::exact(Some(v.unwrap_or_default())).unwrap_or_default()
            };
            vec![
                ArgDto::new("source", ArgKind::Text, source_name(tr, &name)),
                ArgDto::new("leads", ArgKind::Count, count(f.and_then(|f| f.leads))),
                ArgDto::new("won", ArgKind::Count, count(f.and_then(|f| f.won_deals))),
            ]
        }
        _ => Vec::new(),
    }
}

/// The warning for the page; the source it names is shown in the
/// language of `tr` (Unknown is "Неизвестно" in Russian).
pub(super) fn warning_dto(w: &Warning, r: &Report, tr: &Translator) -> WarningDto {
    WarningDto {
        key: w.key.into(),
        source: w.source.as_deref().map(|s| source_name(tr, s)),
        message: w.message.clone(),
        message_id: message_id(w.key),
        args: args(w, r, tr),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Translator, LANGUAGES};

    /// Every key the engine can raise, read from its source: a `warn(` call
    /// followed by the key's string literal. A new warning without a message
    /// in every language fails here rather than showing English.
    fn engine_keys() -> Vec<String> {
        let src = include_str!("../metrics/report.rs");
        let mut keys = Vec::new();
        for part in src.split("warn(").skip(1) {
            let t = part.trim_start();
            if let Some(rest) = t.strip_prefix('"') {
                if let Some(end) = rest.find('"') {
                    keys.push(rest[..end].to_string());
                }
            }
        }
        keys.sort();
        keys.dedup();
        keys
    }

    #[test]
    fn every_warning_has_a_message_in_every_language() {
        let keys = engine_keys();
        assert!(keys.len() >= 6, "{keys:?}");
        for lang in LANGUAGES {
            let tr = Translator::new(lang).unwrap();
            for k in &keys {
                assert!(tr.has(&message_id(k)), "{lang} lacks {}", message_id(k));
            }
        }
    }

    #[test]
    fn the_arguments_each_message_uses_are_given() {
        let tr = Translator::new("en").unwrap();
        let text = tr.t_args(
            "warning-small-sample-source",
            &[
                ("source", "Fair".into()),
                ("leads", "4".into()),
                ("won", "1".into()),
            ],
        );
        assert!(
            text.contains("Fair") && text.contains('4') && text.contains('1'),
            "{text}"
        );
        assert_eq!(
            message_id("prior_year_missing"),
            "warning-prior-year-missing"
        );
    }
}
