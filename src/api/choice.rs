//! How an enum that the page chose crosses into the facade. The page's
//! TypeScript types each such field as the enum's string union, so a
//! misspelt kind fails its type check; a value that arrives anyway (a stale
//! page, a hand-written call) is still refused here with `{code, message,
//! field}`, as every other bad value is.
//!
//! That refusal cannot be serde's: Tauri turns an argument that fails to
//! deserialize into a bare sentence, without our code or the field, before
//! the facade is reached. So an input field is a [`Choice`], which
//! deserializes from any text and is turned into its enum by [`Choice::get`]
//! at the top of the command, where an unknown name becomes an error naming
//! the field and listing the names accepted. Answers to the page carry the
//! enums themselves.

use super::dto_enums::{
    ArgKind, BackupKind, InquirySort, NotLeadReason, PeriodKind, ProblemCode, TeamTls,
};
use crate::csvio::Kind as FileKind;
use crate::error::{Error, Result};
use crate::i18n::Language;
use crate::metrics::{AttributionModel, FigureKind, Status};
use crate::records::{DealStatus, Direction, InquiryKind, SpendCategory, SpendDirection};
use crate::report::Paper;
use crate::store::location::LocationCode;
use crate::store::progress::Phase;
use crate::store::RemovedKind;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An enum of the boundary with its spellings: the snake_case names the
/// JSON carries, which its TypeScript union lists too.
pub trait Spelled: Copy + PartialEq + 'static {
    /// The field of the DTOs that carries it, named in a refusal.
    const FIELD: &'static str;
    /// What a refusal calls it: "unknown {WHAT} 'x'; use …".
    const WHAT: &'static str;
    /// Every value, in the order the page offers them.
    fn all() -> &'static [Self];
    fn as_str(self) -> &'static str;
    /// Reads a spelling as the command line and the CSV files do: trimmed,
    /// in any case.
    fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        Self::all()
            .iter()
            .copied()
            .find(|v| v.as_str().eq_ignore_ascii_case(text))
    }
    /// The accepted spellings, for a refusal.
    fn choices() -> String {
        let names: Vec<&str> = Self::all().iter().map(|v| v.as_str()).collect();
        names.join(", ")
    }
}

/// A value the page picked from one of `T`'s names, as it arrived: the
/// enum, or the text sent instead, kept to be refused by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice<T> {
    Known(T),
    Unknown(String),
}

impl<T: Spelled> Choice<T> {
    /// The enum, or the refusal of what was sent instead.
    pub fn get(&self) -> Result<T> {
        match self {
            Choice::Known(v) => Ok(*v),
            Choice::Unknown(text) => Err(Error::invalid(
                T::FIELD,
                format!("unknown {} '{text}'; use {}", T::WHAT, T::choices()),
            )),
        }
    }

    /// The spelling as it arrived: the enum's own, or the text sent instead.
    /// For a check that has its own refusal, as the demo's language has.
    pub fn text(&self) -> &str {
        match self {
            Choice::Known(v) => v.as_str(),
            Choice::Unknown(text) => text,
        }
    }
}

impl<T: Spelled> From<T> for Choice<T> {
    fn from(v: T) -> Self {
        Choice::Known(v)
    }
}

/// Reads a spelling as the page's JSON would carry it; tests and the shell
/// write `"call".into()`.
impl<T: Spelled> From<&str> for Choice<T> {
    fn from(text: &str) -> Self {
        T::parse(text).map_or_else(|| Choice::Unknown(text.to_string()), Choice::Known)
    }
}

impl<T: Spelled> From<String> for Choice<T> {
    fn from(text: String) -> Self {
        T::parse(&text).map_or(Choice::Unknown(text), Choice::Known)
    }
}

impl<T: Spelled> Serialize for Choice<T> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Choice::Known(v) => s.serialize_str(v.as_str()),
            Choice::Unknown(text) => s.serialize_str(text),
        }
    }
}

impl<'de, T: Spelled> Deserialize<'de> for Choice<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        // Only text is accepted: a number or an object is a malformed call,
        // which Tauri refuses naming the argument.
        Ok(String::deserialize(d)?.into())
    }
}

impl<T: Spelled> PartialEq<&str> for Choice<T> {
    fn eq(&self, other: &&str) -> bool {
        match self {
            Choice::Known(v) => v.as_str() == *other,
            Choice::Unknown(text) => text == other,
        }
    }
}

/// The page sees a choice as the enum's own union: what it may send.
impl<T: Spelled + ts_rs::TS> ts_rs::TS for Choice<T> {
    type WithoutGenerics = Self;
    type OptionInnerType = Self;
    fn name(cfg: &ts_rs::Config) -> String {
        T::name(cfg)
    }
    fn inline(cfg: &ts_rs::Config) -> String {
        T::inline(cfg)
    }
    fn visit_dependencies(v: &mut impl ts_rs::TypeVisitor)
    where
        Self: 'static,
    {
        T::visit_dependencies(v);
    }
    fn visit_generics(v: &mut impl ts_rs::TypeVisitor)
    where
        Self: 'static,
    {
        T::visit_generics(v);
        v.visit::<T>();
    }
}

/// `Spelled` for an enum with its own `ALL` and `as_str`, and comparison
/// with its spelling (`kind == "call"`), which the tests and the page's
/// fixtures read best in.
macro_rules! spelled {
    ($($t:ty => $field:literal, $what:literal $(, parse = $parse:expr)?;)*) => {$(
        impl Spelled for $t {
            const FIELD: &'static str = $field;
            const WHAT: &'static str = $what;
            fn all() -> &'static [Self] {
                <$t>::ALL
            }
            fn as_str(self) -> &'static str {
                <$t>::as_str(self)
            }
            $(fn parse(text: &str) -> Option<Self> {
                ($parse)(text)
            })?
        }

        impl PartialEq<&str> for $t {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }

        impl PartialEq<str> for $t {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }
    )*};
}

spelled! {
    InquiryKind => "kind", "kind";
    DealStatus => "status", "status";
    Direction => "direction", "direction";
    SpendDirection => "direction", "direction";
    SpendCategory => "category", "category";
    Language => "language", "language";
    // The command line also takes `time-decay` for `time_decay`.
    AttributionModel => "model", "attribution model", parse = AttributionModel::parse;
    // `us-letter` is the command line's other name of `letter`.
    Paper => "paper", "paper size", parse = |t: &str| Paper::parse(t).ok();
    FileKind => "kind", "kind";
    PeriodKind => "period", "period";
    InquirySort => "sort", "sort key";
    FigureKind => "kind", "figure kind";
    Status => "status", "status";
    Phase => "phase", "phase";
    RemovedKind => "kind", "kind";
    LocationCode => "code", "code";
    BackupKind => "kind", "backup kind";
    ProblemCode => "code", "problem";
    ArgKind => "kind", "argument kind";
    TeamTls => "tls", "encryption";
    NotLeadReason => "reason", "reason";
    crate::csvio::calls::CallFormat => "format", "call log format";
    crate::role::Role => "role", "role";
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every boundary enum is written in JSON exactly as it is spelled, so
    /// the page's union, the facade's parsing and the wire agree.
    #[test]
    fn serde_and_the_spellings_agree() {
        fn check<T: Spelled + Serialize + std::fmt::Debug>() {
            for v in T::all() {
                assert_eq!(serde_json::to_value(v).unwrap(), v.as_str(), "{v:?}");
                assert_eq!(T::parse(&v.as_str().to_uppercase()), Some(*v));
                let c: Choice<T> = serde_json::from_value(v.as_str().into()).unwrap();
                assert_eq!(c, Choice::Known(*v));
                assert_eq!(serde_json::to_value(&c).unwrap(), v.as_str());
            }
        }
        check::<InquiryKind>();
        check::<DealStatus>();
        check::<Direction>();
        check::<SpendDirection>();
        check::<SpendCategory>();
        check::<Language>();
        check::<AttributionModel>();
        check::<Paper>();
        check::<FileKind>();
        check::<PeriodKind>();
        check::<InquirySort>();
        check::<FigureKind>();
        check::<Status>();
        check::<Phase>();
        check::<RemovedKind>();
        check::<LocationCode>();
        check::<BackupKind>();
        check::<ProblemCode>();
        check::<ArgKind>();
        check::<TeamTls>();
        check::<NotLeadReason>();
        check::<crate::csvio::calls::CallFormat>();
    }

    #[test]
    fn an_unknown_name_is_refused_naming_the_field_and_the_choices() {
        let c: Choice<InquiryKind> = serde_json::from_value("fax".into()).unwrap();
        let e = c.get().unwrap_err();
        assert_eq!(e.field.as_deref(), Some("kind"));
        assert_eq!(
            e.message,
            "unknown kind 'fax'; use call, rfq, email, web_form, walk_in, trade_show, other"
        );
        assert_eq!(serde_json::to_value(&c).unwrap(), "fax");
        assert!(serde_json::from_value::<Choice<InquiryKind>>(7.into()).is_err());
        let p: Choice<PeriodKind> = " YTD ".into();
        assert_eq!(p.get().unwrap(), PeriodKind::Ytd);
    }
}
