//! Translations and locale formatting, shared by the PDF report and the
//! desktop UI.
//!
//! The texts live in one Fluent file per language under `ui/locales/`
//! (`en.ftl`, `de.ftl`, `nl.ftl`, `sv.ftl`, `ru.ftl`), embedded into the
//! binary so that a report never depends on files beside the executable.
//! Messages are named by area: `common-…`, `period-…`, `channel-…`,
//! `model-…`, `figure-…` (a figure's name, and `figure-…-definition` its
//! meaning in plain words), `status-…`, `warning-…`, `chart-…`, `report-…`.
//!
//! Numbers are never formatted by Fluent: callers format them with
//! [`format`] (exact decimals, the locale's separators) and pass the text as
//! an argument; an [`Arg::Count`] or [`Arg::Quantity`] is only there to
//! choose a plural form. [`names`] gives records the product names itself
//! (default channels, Unknown) in the user's language.
//! Unicode isolation marks are switched off because a PDF has no
//! bidirectional text and the marks would end up in copied text.

pub mod format;
pub mod names;

pub use format::{
    currency_symbol, format_count, format_date, format_money, format_money_dp, format_number,
    format_pct, format_pct_dp, NBSP, NNBSP,
};

use crate::error::{Error, Result};
use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rust_decimal::Decimal;
use unic_langid::LanguageIdentifier;

/// The supported languages, English first (it defines the set of keys).
pub const LANGUAGES: &[&str] = &["en", "de", "nl", "sv", "ru"];

/// One of [`LANGUAGES`] as a value: what the page and the facade exchange,
/// so that a language the build has no translation for cannot be typed on
/// the page. The settings keep the code as text (`Settings::language`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    serde::Serialize,
    serde::Deserialize,
    ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    #[default]
    En,
    De,
    Nl,
    Sv,
    Ru,
}

impl Language {
    /// In the order of [`LANGUAGES`].
    pub const ALL: &'static [Language] = &[
        Language::En,
        Language::De,
        Language::Nl,
        Language::Sv,
        Language::Ru,
    ];

    /// The code, as in [`LANGUAGES`] and the Fluent files' names.
    pub fn as_str(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
            Language::Nl => "nl",
            Language::Sv => "sv",
            Language::Ru => "ru",
        }
    }

    /// Parses a code as [`parse_lang`] does (trimmed, any case).
    pub fn parse(code: &str) -> Option<Language> {
        let code = code.trim();
        Language::ALL
            .iter()
            .copied()
            .find(|l| l.as_str().eq_ignore_ascii_case(code))
    }
}

/// The Fluent source of `lang`, as embedded at build time.
pub fn source(lang: &str) -> Option<&'static str> {
    Some(match lang {
        "en" => include_str!("../../ui/locales/en.ftl"),
        "de" => include_str!("../../ui/locales/de.ftl"),
        "nl" => include_str!("../../ui/locales/nl.ftl"),
        "sv" => include_str!("../../ui/locales/sv.ftl"),
        "ru" => include_str!("../../ui/locales/ru.ftl"),
        _ => return None,
    })
}

/// Checks a language code and returns its canonical (static) spelling.
pub fn parse_lang(lang: &str) -> Result<&'static str> {
    let wanted = lang.trim().to_ascii_lowercase();
    LANGUAGES
        .iter()
        .copied()
        .find(|l| *l == wanted)
        .ok_or_else(|| {
            Error::invalid(
                "lang",
                format!(
                    "unknown language '{lang}'; use one of {}",
                    LANGUAGES.join(", ")
                ),
            )
        })
}

/// The system's language, when it is one of [`LANGUAGES`]: read from the
/// locale variables as POSIX ranks them for messages (`LC_ALL`, then
/// `LC_MESSAGES`, then `LANG`; the first one set and not empty decides), so
/// `ru_RU.UTF-8` gives "ru" and `C`, `POSIX` or `fr_FR` give `None`. `var`
/// reads a variable (`std::env::var(..).ok()` in the app).
pub fn system_language(var: impl Fn(&str) -> Option<String>) -> Option<&'static str> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| var(name).filter(|v| !v.trim().is_empty()))?;
    // language[_territory][.codeset][@modifier]
    let code = value.trim().split(['_', '-', '.', '@']).next()?;
    parse_lang(code).ok()
}

/// An argument of a message: text shown as is, or a count that selects a
/// plural form (and is shown unformatted, so pass large counts as text too).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Count(i64),
    /// A number with decimals that selects a plural form ("1,5 дня" is not
    /// "5 дней"); shown unformatted, so pass the number as text too.
    Quantity(Decimal),
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Count(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// The messages of one language, with the formatting helpers of that
/// language. Cheap enough to build per report (one file is parsed).
pub struct Translator {
    lang: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Translator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translator")
            .field("lang", &self.lang)
            .finish()
    }
}

/// A decimal as a Fluent number with exactly its own decimals, so that the
/// plural rules see "1.5" as a fraction and "2" as a whole number.
fn quantity(d: Decimal) -> FluentValue<'static> {
    d.normalize()
        .to_string()
        .parse::<fluent_bundle::types::FluentNumber>()
        .map_or_else(|_| FluentValue::from(d.to_string()), FluentValue::Number)
}

/// Parses a language's resource; the embedded files are checked by the
/// tests, so an error here means a broken build, reported rather than hidden.
fn resource(lang: &'static str) -> Result<FluentResource> {
    let text = source(lang)
        .ok_or_else(|| Error::invalid("lang", format!("no translations for '{lang}'")))?;
    FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
        Error::invalid(
            "lang",
            format!("the {lang} translations do not parse: {errors:?}"),
        )
    })
}

impl Translator {
    /// The translator of `lang` (en, de, nl, sv or ru).
    pub fn new(lang: &str) -> Result<Translator> {
        let lang = parse_lang(lang)?;
        let id: LanguageIdentifier = lang.parse().map_err(|_| {
            Error::invalid("lang", format!("'{lang}' is not a language identifier"))
        })?;
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource(lang)?).map_err(|e| {
            Error::invalid(
                "lang",
                format!("the {lang} translations repeat a message: {e:?}"),
            )
        })?;
        Ok(Translator { lang, bundle })
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// Whether the message `key` exists.
    pub fn has(&self, key: &str) -> bool {
        self.bundle
            .get_message(key)
            .and_then(|m| m.value())
            .is_some()
    }

    /// The message `key` without arguments.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with named arguments.
    pub fn t_args(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fargs.set(*name, FluentValue::from(s.clone())),
                Arg::Count(n) => fargs.set(*name, FluentValue::from(*n)),
                Arg::Quantity(d) => fargs.set(*name, quantity(*d)),
            }
        }
        self.format(key, Some(&fargs))
    }

    /// A missing message or a formatting error is a programming error (keys
    /// come from the code, never from the user): debug builds and therefore
    /// every test stop on it, a release build shows the key instead of
    /// failing the whole report.
    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            debug_assert!(false, "missing translation '{key}' in {}", self.lang);
            return key.to_string();
        };
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        debug_assert!(
            errors.is_empty(),
            "translation '{key}' in {}: {errors:?}",
            self.lang
        );
        text
    }

    /// "n/a" in this language, for an undefined figure.
    pub fn na(&self) -> String {
        self.t("common-na")
    }

    pub fn money(&self, value: Option<Decimal>, currency: &str) -> String {
        value.map_or_else(|| self.na(), |v| format_money(v, currency, self.lang))
    }

    pub fn pct(&self, value: Option<Decimal>) -> String {
        value.map_or_else(|| self.na(), |v| format_pct(v, self.lang))
    }

    pub fn number(&self, value: Option<Decimal>, decimals: u32) -> String {
        value.map_or_else(|| self.na(), |v| format_number(v, decimals, self.lang))
    }

    pub fn count(&self, value: Option<Decimal>) -> String {
        value.map_or_else(|| self.na(), |v| format_count(v, self.lang))
    }

    pub fn date(&self, date: NaiveDate) -> String {
        format_date(date, self.lang)
    }
}

/// The message ids of a language's file, sorted (for the completeness test
/// and for tools). A message starts at the beginning of a line with its
/// identifier and `=`; continuation lines are indented and comments start
/// with `#`, so the ids can be read without a second Fluent parser.
pub fn message_ids(lang: &'static str) -> Result<Vec<String>> {
    resource(lang)?;
    let text = source(lang).unwrap_or_default();
    let mut ids: Vec<String> = text
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('='))
        .map(|(id, _)| id.trim().to_string())
        .collect();
    ids.sort();
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    /// The enum the page gets and the list the translations are read by
    /// name the same languages in the same order.
    #[test]
    fn the_language_enum_is_the_list_of_languages() {
        let codes: Vec<&str> = Language::ALL.iter().map(|l| l.as_str()).collect();
        assert_eq!(codes, LANGUAGES);
        for l in Language::ALL {
            assert_eq!(serde_json::to_value(l).unwrap(), l.as_str());
            assert_eq!(parse_lang(l.as_str()).ok(), Some(l.as_str()));
        }
    }

    #[test]
    fn every_language_has_exactly_the_keys_of_english() {
        let en = message_ids("en").unwrap();
        assert!(en.len() > 100, "en has {} messages", en.len());
        for lang in LANGUAGES {
            let ids = message_ids(lang).unwrap();
            let missing: Vec<_> = en.iter().filter(|k| !ids.contains(k)).collect();
            let extra: Vec<_> = ids.iter().filter(|k| !en.contains(k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}: missing {missing:?}, extra {extra:?}"
            );
            let mut dedup = ids.clone();
            dedup.dedup();
            assert_eq!(dedup.len(), ids.len(), "{lang} repeats a message");
            let t = Translator::new(lang).unwrap();
            for id in &ids {
                assert!(t.has(id), "{lang}: {id} has no value");
            }
        }
    }

    #[test]
    fn every_figure_and_model_has_a_name_and_a_definition() {
        for lang in LANGUAGES {
            let t = Translator::new(lang).unwrap();
            for f in crate::metrics::FIGURES {
                let key = format!("figure-{}", f.key.replace('_', "-"));
                assert!(
                    t.has(&key) && t.has(&format!("{key}-definition")),
                    "{lang}: {key}"
                );
            }
            for m in crate::metrics::AttributionModel::ALL {
                let key = format!("model-{}", m.as_str().replace('_', "-"));
                assert!(
                    t.has(&key) && t.has(&format!("{key}-definition")),
                    "{lang}: {key}"
                );
            }
        }
    }

    #[test]
    fn messages_format_with_arguments_and_plurals() {
        let en = Translator::new("en").unwrap();
        assert_eq!(en.t("common-na"), "n/a");
        assert_eq!(
            en.t_args(
                "report-footer-page",
                &[("page", "2".into()), ("pages", "9".into())]
            ),
            "Page 2 of 9"
        );
        let ru = Translator::new("RU").unwrap();
        assert_eq!(ru.lang(), "ru");
        assert_eq!(ru.t("common-na"), "н/д");
        let few = ru.t_args(
            "report-inactive-sources",
            &[("count", 3i64.into()), ("shown", "3".into())],
        );
        let many = ru.t_args(
            "report-inactive-sources",
            &[("count", 5i64.into()), ("shown", "5".into())],
        );
        assert_ne!(
            few.replace('3', ""),
            many.replace('5', ""),
            "Russian plural forms differ"
        );
        assert!(
            !en.t("report-title").contains('\u{2068}'),
            "no isolation marks"
        );
    }

    #[test]
    fn the_half_life_reads_right_for_every_number() {
        let decay = |lang: &str, shown: &str, n: Decimal| {
            Translator::new(lang).unwrap().t_args(
                "model-time-decay-definition",
                &[("days", shown.into()), ("count", Arg::Quantity(n))],
            )
        };
        assert!(decay("sv", "1", dec!(1)).contains("halveras för varje dag den"));
        assert!(decay("sv", "7", dec!(7)).contains("för varje 7 dagar den"));
        assert!(decay("en", "1", dec!(1)).contains("for every day it"));
        assert!(decay("en", "14", dec!(14)).contains("for every 14 days it"));
        assert!(decay("de", "1", dec!(1)).contains("mit jedem Tag, den er"));
        assert!(decay("ru", "21", dec!(21)).contains("каждый 21 день"));
        assert!(decay("ru", "3", dec!(3)).contains("каждые 3 дня"));
        assert!(decay("ru", "7", dec!(7)).contains("каждые 7 дней"));
        assert!(decay("ru", "1,5", dec!(1.50)).contains("каждые 1,5 дня"));
    }

    /// Every select on a number in Russian has its one, few and many forms
    /// and falls back to other (fractions); every other language's selects
    /// fall back to other.
    #[test]
    fn plural_selects_have_every_form() {
        for lang in LANGUAGES {
            let text = source(lang).unwrap();
            for select in text.split("->").skip(1) {
                let variants = &select[..select.find("\n}").unwrap_or(select.len())];
                assert!(variants.contains("*[other]"), "{lang}: {variants}");
                if *lang == "ru" {
                    for form in ["[one]", "[few]", "[many]"] {
                        assert!(variants.contains(form), "ru lacks {form}: {variants}");
                    }
                }
            }
        }
    }

    #[test]
    fn unknown_languages_are_refused_with_the_field() {
        let e = Translator::new("fr").unwrap_err();
        assert_eq!(e.field.as_deref(), Some("lang"));
        assert!(source("fr").is_none());
    }

    #[test]
    fn undefined_figures_read_na_in_each_language() {
        let de = Translator::new("de").unwrap();
        assert_eq!(de.money(None, "EUR"), "k. A.");
        assert_eq!(de.money(Some(dec!(1)), "EUR"), "1,00\u{a0}€");
        assert_eq!(de.pct(Some(dec!(50))), "50,0\u{a0}%");
        assert_eq!(de.count(Some(dec!(3))), "3");
        for lang in LANGUAGES {
            let t = Translator::new(lang).unwrap();
            assert!(!t.na().is_empty() && t.pct(None) == t.na() && t.count(None) == t.na());
        }
    }
}
