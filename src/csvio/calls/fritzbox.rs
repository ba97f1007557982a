//! The FRITZ!Box call list ("Anrufliste") as FRITZ!OS exports it: a `sep=;`
//! line for Excel, then `Typ;Datum;Name;Rufnummer;Nebenstelle;Eigene
//! Rufnummer;Dauer` (in English `Type;Date;Name;Number;Extension;Outgoing
//! Caller ID;Duration`), FRITZ!OS 7.90 and later with
//! `Landes-/Ortsnetzbereich` after the number. Dates are `DD.MM.YY HH:MM`,
//! durations hours and minutes. The reader finds columns by name, so the
//! added column and any later one are read past.

use super::fields::{self, fritz_time, hours_minutes, Sheet};
use super::record::{CallDirection, Leg};
use crate::csvio::RowError;

/// Each column the reader uses, by the names FRITZ!OS gives it.
const TYPE: &[&str] = &["Typ", "Type"];
const DATE: &[&str] = &["Datum", "Date"];
const NUMBER: &[&str] = &["Rufnummer", "Number", "Telephone number"];
const EXTENSION: &[&str] = &["Nebenstelle", "Extension"];
const OWN_NUMBER: &[&str] = &[
    "Eigene Rufnummer",
    "Outgoing Caller ID",
    "Own number",
    "Local Number",
];
const DURATION: &[&str] = &["Dauer", "Duration"];
/// The column FRITZ!OS 7.90 added; its presence says the file is from a
/// firmware that numbers call types the newer way.
const AREA: &[&str] = &["Landes-/Ortsnetzbereich"];

/// The delimiter a `sep=` first line names, and the text with that line
/// blanked (not removed, so every later line keeps its number).
pub fn strip_sep_line(text: &str) -> Option<(char, String)> {
    let start = text.len() - text.trim_start().len();
    let rest = &text[start..];
    let line_end = rest.find(['\r', '\n']).unwrap_or(rest.len());
    let line = rest[..line_end].trim();
    let sep = line
        .get(..4)
        .filter(|p| p.eq_ignore_ascii_case("sep="))
        .map(|_| line[4..].chars().next().unwrap_or(';'))?;
    Some((sep, format!("{}{}", &text[..start], &rest[line_end..])))
}

/// Whether a header is a FRITZ!Box call list's.
pub fn recognises(sheet: &Sheet) -> bool {
    [TYPE, DATE, NUMBER, DURATION]
        .iter()
        .all(|names| sheet.column(names).is_some())
}

/// How a row's `Typ` reads. FRITZ!OS numbered its types as TR-064 does
/// (1 incoming, 2 missed, 3 outgoing, 9 incoming still active, 10 rejected,
/// 11 outgoing still active) until the web export of newer firmware gave 3
/// to calls the call barring blocked and 4 to outgoing ones. A file that
/// shows a 4, or the column FRITZ!OS 7.90 added, is of the newer kind.
fn call_type(code: &str, newer: bool) -> Option<(CallDirection, bool)> {
    use CallDirection::{Inbound, Outbound};
    Some(match code.trim() {
        "1" | "9" => (Inbound, true),
        "2" | "10" => (Inbound, false),
        "3" if newer => (Inbound, false),
        "3" | "4" | "11" => (Outbound, false),
        _ => return None,
    })
}

/// The own number a call reached, without the line's label
/// (`Internet: 030 1234560`, `SIP: …`).
fn own_number(cell: &str) -> Option<String> {
    let number = match cell.split_once(':') {
        Some((label, n)) if !label.chars().any(|c| c.is_ascii_digit()) => n,
        _ => cell,
    };
    fields::number_in(number).map(String::from)
}

/// One leg per row (the box logs a call once); every bad row is named.
pub fn legs(sheet: &Sheet) -> (Vec<Leg>, Vec<RowError>) {
    let mut errors = Vec::new();
    let name = |i: usize| sheet.header.cells[i].clone();
    let required = [TYPE, DATE, NUMBER, DURATION].map(|names| {
        let found = sheet.column(names);
        if found.is_none() {
            errors.push(fields::error(
                sheet.header.line,
                names[0],
                format!("the column \"{}\" is missing", names[0]),
            ));
        }
        found
    });
    let [Some(typ), Some(date), Some(number), Some(duration)] = required else {
        return (Vec::new(), errors);
    };
    let (extension, own) = (sheet.column(EXTENSION), sheet.column(OWN_NUMBER));
    let rows = sheet.even_rows(|_| false, &mut errors);
    let newer = sheet.column(AREA).is_some() || rows.iter().any(|r| r.cells[typ].trim() == "4");
    let mut legs = Vec::new();
    for r in rows {
        let c = &r.cells;
        let kind = call_type(&c[typ], newer);
        if kind.is_none() {
            errors.push(fields::error(
                r.line,
                &name(typ),
                format!(
                    "\"{}\" is not a FRITZ!Box call type (1 incoming, 2 missed, \
                     3 outgoing or blocked, 4 outgoing, 9, 10 rejected, 11)",
                    c[typ]
                ),
            ));
        }
        let started_at = fritz_time(&c[date])
            .map_err(|e| errors.push(fields::error(r.line, &name(date), e)))
            .ok();
        let seconds = hours_minutes(&c[duration])
            .map_err(|e| errors.push(fields::error(r.line, &name(duration), e)))
            .ok();
        let (Some((direction, answered)), Some(started_at), Some(seconds)) =
            (kind, started_at, seconds)
        else {
            continue;
        };
        legs.push(Leg {
            row: r.line,
            started_at,
            caller: c[number].trim().to_string(),
            dialled: own.and_then(|i| own_number(&c[i])),
            duration_s: seconds,
            answered,
            direction,
            extension: extension.and_then(|i| fields::present(&c[i])),
            call_id: None,
        });
    }
    (legs, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sep_line_names_the_delimiter_and_keeps_line_numbers() {
        let (sep, text) = strip_sep_line("sep=;\r\nTyp;Datum\r\n1;x\r\n").unwrap();
        assert_eq!(sep, ';');
        assert_eq!(text, "\r\nTyp;Datum\r\n1;x\r\n");
        assert_eq!(strip_sep_line("SEP=,\nA,B\n").unwrap().0, ',');
        assert!(strip_sep_line("Typ;Datum\n").is_none());
        assert!(strip_sep_line("").is_none());
    }

    #[test]
    fn call_types_in_both_numberings() {
        use CallDirection::*;
        assert_eq!(call_type("1", false), Some((Inbound, true)));
        assert_eq!(call_type("2", true), Some((Inbound, false)));
        assert_eq!(call_type("3", false), Some((Outbound, false)));
        assert_eq!(call_type("3", true), Some((Inbound, false)));
        assert_eq!(call_type("4", true), Some((Outbound, false)));
        assert_eq!(call_type("10", false), Some((Inbound, false)));
        assert_eq!(call_type("9", false), Some((Inbound, true)));
        assert_eq!(call_type("11", false), Some((Outbound, false)));
        assert_eq!(call_type("7", false), None);
        assert_eq!(call_type("", false), None);
    }

    #[test]
    fn own_numbers_lose_their_label() {
        assert_eq!(
            own_number("Internet: 030 1234560").as_deref(),
            Some("030 1234560")
        );
        assert_eq!(own_number("SIP: 1234560").as_deref(), Some("1234560"));
        assert_eq!(own_number("0301234560").as_deref(), Some("0301234560"));
        assert_eq!(own_number(""), None);
        assert_eq!(own_number("Festnetz"), None);
    }
}
