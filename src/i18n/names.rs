//! The names the product gives to records itself, in the user's language:
//! the channels a new database starts with, and the built-in Unknown source
//! and channel.
//!
//! Unknown is stored as "Unknown" in every language, because code finds it
//! by that name ([`UNKNOWN_SOURCE`], [`UNKNOWN_CHANNEL`]); it is translated
//! wherever it is shown. The other default channels are stored in the
//! language the database was created in; a database created in English (and
//! every database made before names were translated) stores the English
//! names of [`DEFAULT_CHANNELS`], which the report and the dashboard show in
//! the reader's language.

use super::Translator;
use crate::records::{DefaultChannel, DEFAULT_CHANNELS, UNKNOWN_CHANNEL, UNKNOWN_SOURCE};

/// Soft hyphens let a narrow table column break a long word; a stored name
/// must not carry them (they would end up in searches and CSV files).
const SOFT_HYPHEN: char = '\u{AD}';

/// A message as a record's name: without soft hyphens.
pub fn record_name(tr: &Translator, key: &str) -> String {
    tr.t(key).replace(SOFT_HYPHEN, "")
}

/// The name a new database in the language of `tr` stores for `channel`.
pub fn stored_channel_name(tr: &Translator, channel: &DefaultChannel) -> String {
    if channel.name == UNKNOWN_CHANNEL || tr.lang() == "en" {
        channel.name.to_string()
    } else {
        record_name(tr, channel.key)
    }
}

/// A channel's name for the reader: a default channel stored under its
/// English name, and Unknown, in the reader's language; any other name (the
/// user's, or one made in the database's language) as stored.
pub fn channel_name(tr: &Translator, stored: &str) -> String {
    DEFAULT_CHANNELS
        .iter()
        .find(|c| c.name == stored)
        .map_or_else(|| stored.to_string(), |c| tr.t(c.key))
}

/// A source's name for the reader: Unknown in the reader's language.
pub fn source_name(tr: &Translator, stored: &str) -> String {
    if stored == UNKNOWN_SOURCE {
        tr.t("source-unknown")
    } else {
        stored.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::LANGUAGES;

    #[test]
    fn every_default_channel_has_a_name_in_every_language() {
        for lang in LANGUAGES {
            let tr = Translator::new(lang).unwrap();
            let mut names: Vec<String> = DEFAULT_CHANNELS
                .iter()
                .map(|c| stored_channel_name(&tr, c))
                .collect();
            assert!(names
                .iter()
                .all(|n| !n.is_empty() && !n.contains(SOFT_HYPHEN)));
            assert_eq!(names.last().map(String::as_str), Some(UNKNOWN_CHANNEL));
            names.sort();
            names.dedup();
            assert_eq!(
                names.len(),
                DEFAULT_CHANNELS.len(),
                "{lang}: a name repeats"
            );
        }
    }

    #[test]
    fn english_names_and_unknown_are_shown_in_the_readers_language() {
        let ru = Translator::new("ru").unwrap();
        assert_eq!(channel_name(&ru, "Trade shows"), "Выставки");
        assert_eq!(channel_name(&ru, UNKNOWN_CHANNEL), "Неизвестно");
        assert_eq!(source_name(&ru, UNKNOWN_SOURCE), "Неизвестно");
        assert_eq!(channel_name(&ru, "Messen"), "Messen");
        assert_eq!(source_name(&ru, "Google Ads"), "Google Ads");
        let en = Translator::new("en").unwrap();
        let trade_shows = &DEFAULT_CHANNELS[0];
        assert_eq!(stored_channel_name(&en, trade_shows), "Trade shows");
        let de = Translator::new("de").unwrap();
        assert_eq!(stored_channel_name(&de, trade_shows), "Messen");
        assert_eq!(
            stored_channel_name(&de, &DEFAULT_CHANNELS[2]),
            "Suchmaschinenwerbung"
        );
    }
}
