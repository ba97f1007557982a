//! Which phone system wrote a log, from its shape (csv.md: "it recognises
//! each by its shape and says which it read"), and the delimiter its header
//! uses. Only the first line with content is looked at, so a year of calls
//! is not split three times to find out.

use super::fields::{self, Sheet};
use super::{asterisk, fritzbox, plain, threecx};
use serde::Serialize;

/// The layouts the reader takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, ts_rs::TS)]
pub enum CallFormat {
    /// Asterisk's (and FreePBX's) cdr-csv `Master.csv`.
    #[serde(rename = "asterisk")]
    Asterisk,
    /// The FRITZ!Box call list.
    #[serde(rename = "fritzbox")]
    Fritzbox,
    /// 3CX version 20's call history.
    #[serde(rename = "3cx")]
    ThreeCx,
    /// The spec's plain form.
    #[serde(rename = "plain")]
    Plain,
    /// Any other layout, read through a [`ColumnMap`](super::ColumnMap).
    #[serde(rename = "columns")]
    Mapped,
}

impl CallFormat {
    /// The formats a user may name (`--format`); a mapping is chosen by
    /// giving `--columns`.
    pub const CHOICES: &'static [CallFormat] = &[
        CallFormat::Asterisk,
        CallFormat::Fritzbox,
        CallFormat::ThreeCx,
        CallFormat::Plain,
    ];

    /// The formats the import screen offers, as the page's `Choice` reads
    /// them: the same as the command line's.
    pub const ALL: &'static [CallFormat] = Self::CHOICES;

    pub fn as_str(self) -> &'static str {
        match self {
            CallFormat::Asterisk => "asterisk",
            CallFormat::Fritzbox => "fritzbox",
            CallFormat::ThreeCx => "3cx",
            CallFormat::Plain => "plain",
            CallFormat::Mapped => "columns",
        }
    }

    /// Parses a user's `--format`, case-insensitively.
    pub fn parse(s: &str) -> Option<CallFormat> {
        Self::CHOICES
            .iter()
            .copied()
            .find(|f| f.as_str().eq_ignore_ascii_case(s.trim()))
    }

    /// The accepted spellings, for error messages.
    pub fn choices() -> String {
        Self::CHOICES
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// What the import's summary says it read.
    pub fn describe(self) -> &'static str {
        match self {
            CallFormat::Asterisk => "Asterisk/FreePBX Master.csv",
            CallFormat::Fritzbox => "FRITZ!Box call list",
            CallFormat::ThreeCx => "3CX call history (version 20)",
            CallFormat::Plain => "plain call log",
            CallFormat::Mapped => "call log with the columns given",
        }
    }
}

fn first_line(text: &str) -> &str {
    text.split(['\r', '\n'])
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

/// The delimiter with which the first line is a header `recognises`
/// accepts, trying `;`, `,` and tab.
pub fn header_delimiter(text: &str, recognises: fn(&Sheet) -> bool) -> Option<char> {
    let line = first_line(text);
    [';', ',', '\t']
        .into_iter()
        .find(|d| fields::sheet(line, *d).is_some_and(|s| recognises(&s)))
}

/// The format of a decoded log, or `None` when it is none of those the
/// reader knows without being told.
pub fn detect(text: &str) -> Option<CallFormat> {
    if fritzbox::strip_sep_line(text).is_some()
        || header_delimiter(text, fritzbox::recognises).is_some()
    {
        return Some(CallFormat::Fritzbox);
    }
    if header_delimiter(text, threecx::recognises).is_some() {
        return Some(CallFormat::ThreeCx);
    }
    if header_delimiter(text, plain::recognises).is_some() {
        return Some(CallFormat::Plain);
    }
    asterisk::recognises(first_line(text)).then_some(CallFormat::Asterisk)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_layout_by_its_shape() {
        let asterisk = "\"\",\"0301234571\",\"0301234560\",\"from-trunk\",\"\",\"PJSIP/t-1\",\
                        \"\",\"Dial\",\"\",\"2026-03-02 09:00:05\",,\"2026-03-02 09:00:20\",15,0,\
                        \"NO ANSWER\",\"DOCUMENTATION\"\n";
        for (text, format) in [
            ("sep=;\nTyp;Datum;Name;Rufnummer;Nebenstelle;Eigene Rufnummer;Dauer\n", CallFormat::Fritzbox),
            ("Typ;Datum;Name;Rufnummer;Nebenstelle;Eigene Rufnummer;Dauer\n", CallFormat::Fritzbox),
            ("Type;Date;Name;Number;Extension;Outgoing Caller ID;Duration\n", CallFormat::Fritzbox),
            ("Call Time,Call ID,From,To,Direction,Status,Ringing,Talking,Cost,Call Activity Details\n", CallFormat::ThreeCx),
            ("started_at,caller,dialled\n", CallFormat::Plain),
            ("Beginn;Anrufer;Gewählte Nummer;Dauer (s)\n", CallFormat::Plain),
            (asterisk, CallFormat::Asterisk),
        ] {
            assert_eq!(detect(text), Some(format), "{text}");
        }
        assert_eq!(detect("date,amount,category\n"), None);
        assert_eq!(detect(""), None);
    }

    #[test]
    fn formats_round_trip_their_names() {
        for f in CallFormat::CHOICES {
            assert_eq!(CallFormat::parse(&f.as_str().to_uppercase()), Some(*f));
        }
        assert_eq!(CallFormat::parse("columns"), None);
        assert_eq!(CallFormat::choices(), "asterisk, fritzbox, 3cx, plain");
    }
}
