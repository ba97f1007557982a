//! Asterisk's cdr-csv `Master.csv` (FreePBX writes the same file): no
//! header, one row per CDR, that is per leg of a call. The columns follow
//! `build_csv_record` in Asterisk's `cdr/cdr_csv.c`: sixteen always, then
//! `uniqueid` when `loguniqueid` is set, `userfield` when `loguserfield`
//! is, and `peeraccount`, `linkedid`, `sequence` when `newcdrcolumns` is.

use super::fields::{self, asterisk_time};
use super::record::{CallDirection, Leg};
use crate::csvio::table::{self, Record};
use crate::csvio::RowError;

/// The sixteen columns every row has, in their order.
pub const COLUMNS: [&str; 16] = [
    "accountcode",
    "src",
    "dst",
    "dcontext",
    "clid",
    "channel",
    "dstchannel",
    "lastapp",
    "lastdata",
    "start",
    "answer",
    "end",
    "duration",
    "billsec",
    "disposition",
    "amaflags",
];

const START: usize = 9;
const MOST: usize = 21;

/// The dialplan contexts a call from the outside world enters by: FreePBX's
/// `from-trunk` and `from-pstn`, and `from-did-direct` and its kin (csv.md).
const INBOUND_CONTEXTS: [&str; 3] = ["from-trunk", "from-pstn", "from-did"];

/// Whether the file's first row has the shape of a Master.csv row: at least
/// sixteen fields with a start time where `start` belongs.
pub fn recognises(text: &str) -> bool {
    table::records(text, ',')
        .first()
        .is_some_and(|r| r.cells.len() >= COLUMNS.len() && asterisk_time(&r.cells[START]).is_ok())
}

/// A uniqueid as Asterisk makes it: seconds since 1970, a dot and a
/// counter, behind the `systemname` and a dash when one is configured.
fn looks_like_uniqueid(cell: &str) -> bool {
    let id = cell.rsplit_once('-').map_or(cell, |(_, id)| id);
    id.split_once('.').is_some_and(|(secs, n)| {
        !secs.is_empty()
            && !n.is_empty()
            && secs.bytes().all(|b| b.is_ascii_digit())
            && n.bytes().all(|b| b.is_ascii_digit())
    })
}

/// The call's id among the optional columns: the linkedid where the row has
/// it (every leg of a call shares it), else the uniqueid (the legs a Dial
/// forks share their caller's). The width alone says which columns are
/// there, except that a 17th or 20th field may be a uniqueid or a userfield;
/// its shape decides.
fn call_id(cells: &[String]) -> Option<String> {
    let extra = &cells[COLUMNS.len()..];
    let (uniqueid, linkedid) = match extra.len() {
        0 => (None, None),
        1 => (extra.first().filter(|c| looks_like_uniqueid(c)), None),
        2 => (extra.first(), None),
        3 => (None, extra.get(1)),
        4 => (
            extra.first().filter(|c| looks_like_uniqueid(c)),
            extra.get(2),
        ),
        _ => (extra.first(), extra.get(3)),
    };
    linkedid.or(uniqueid).and_then(|c| fields::present(c))
}

/// The extension a leg reached, from its `dstchannel`: `PJSIP/101-0000002a`
/// and `Local/101@from-queue-00000012;1` both name extension 101.
fn extension(dstchannel: &str) -> Option<String> {
    let (_, rest) = dstchannel.split_once('/')?;
    let end = rest.find(['-', '@', ';']).unwrap_or(rest.len());
    fields::present(&rest[..end])
}

/// The caller's number: `src`, or the number in `<…>` of `clid` when `src`
/// is empty (`"Müller" <0301234567>`).
fn caller(src: &str, clid: &str) -> String {
    if !src.trim().is_empty() {
        return src.trim().to_string();
    }
    clid.rsplit_once('<')
        .and_then(|(_, n)| n.strip_suffix('>'))
        .map_or(String::new(), |n| n.trim().to_string())
}

/// `duration` or `billsec`: Asterisk writes whole seconds with `%d`, so a
/// sign or anything else there means the row is not what Asterisk wrote.
fn whole_seconds(r: &Record, i: usize, errors: &mut Vec<RowError>) -> i64 {
    let cell = r.cells[i].trim();
    let digits = !cell.is_empty() && cell.bytes().all(|b| b.is_ascii_digit());
    match cell.parse::<i64>() {
        Ok(s) if digits => s,
        _ => {
            let reason = if cell.starts_with('-') {
                format!("\"{cell}\": a duration cannot be negative")
            } else {
                format!("\"{cell}\" is not a whole number of seconds")
            };
            errors.push(fields::error(r.line, COLUMNS[i], reason));
            0
        }
    }
}

/// One leg per row; every bad row is named with its field.
pub fn legs(text: &str) -> (Vec<Leg>, Vec<RowError>) {
    let mut legs = Vec::new();
    let mut errors = Vec::new();
    for r in table::records(text, ',') {
        let n = r.cells.len();
        if !(COLUMNS.len()..=MOST).contains(&n) {
            errors.push(RowError {
                row: r.line,
                column: None,
                reason: format!(
                    "an Asterisk Master.csv row has {} to {MOST} fields; this one has {n}",
                    COLUMNS.len()
                ),
            });
            continue;
        }
        let before = errors.len();
        let started_at = asterisk_time(&r.cells[START])
            .map_err(|e| errors.push(fields::error(r.line, "start", e)))
            .ok();
        whole_seconds(&r, 12, &mut errors);
        let billsec = whole_seconds(&r, 13, &mut errors);
        let (Some(started_at), true) = (started_at, errors.len() == before) else {
            continue;
        };
        let c = &r.cells;
        let inbound = INBOUND_CONTEXTS.iter().any(|p| c[3].starts_with(p));
        let dst_digits = c[2].chars().filter(|ch| ch.is_ascii_digit()).count();
        let direction = if inbound {
            CallDirection::Inbound
        } else if dst_digits >= 6 {
            // A call from inside the shop to a number as long as an outside
            // one went out; to an extension it stayed inside.
            CallDirection::Outbound
        } else {
            CallDirection::Internal
        };
        let answered = c[14].trim().eq_ignore_ascii_case("ANSWERED");
        legs.push(Leg {
            row: r.line,
            started_at,
            caller: caller(&c[1], &c[4]),
            dialled: fields::number_in(&c[2]).map(String::from),
            duration_s: if answered { billsec } else { 0 },
            answered,
            direction,
            extension: extension(&c[6]),
            call_id: call_id(c),
        });
    }
    (legs, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optional_columns_by_width_and_shape() {
        let row = |extra: &[&str]| -> Vec<String> {
            let mut cells = vec![String::new(); 16];
            cells.extend(extra.iter().map(|s| s.to_string()));
            cells
        };
        assert_eq!(call_id(&row(&[])), None);
        assert_eq!(
            call_id(&row(&["1767600000.7"])).as_deref(),
            Some("1767600000.7")
        );
        assert_eq!(call_id(&row(&["billing note"])), None);
        assert_eq!(
            call_id(&row(&["pbx1-1767600000.7", "note"])).as_deref(),
            Some("pbx1-1767600000.7")
        );
        assert_eq!(
            call_id(&row(&["", "1767600000.5", "3"])).as_deref(),
            Some("1767600000.5")
        );
        assert_eq!(
            call_id(&row(&["1767600000.7", "", "1767600000.5", "3"])).as_deref(),
            Some("1767600000.5")
        );
        assert_eq!(
            call_id(&row(&["1767600000.7", "note", "", "1767600000.5", "3"])).as_deref(),
            Some("1767600000.5")
        );
    }

    #[test]
    fn extensions_and_callers() {
        assert_eq!(extension("PJSIP/101-0000002a").as_deref(), Some("101"));
        assert_eq!(
            extension("Local/102@from-queue-00000012;1").as_deref(),
            Some("102")
        );
        assert_eq!(extension(""), None);
        assert_eq!(caller(" 0301234571 ", ""), "0301234571");
        assert_eq!(caller("", "\"Müller\" <0301234572>"), "0301234572");
        assert_eq!(caller("", ""), "");
    }
}
