//! 3CX version 20's call history (and the call-log report it mails): a
//! header row `Call Time, Call ID, From, To, Direction, Status, Ringing,
//! Talking, Cost, Call Activity Details`, with newer builds adding
//! `Sentiment`, `Summary` and `Transcription`. A call is one row per
//! segment, the segments sharing its Call ID; `From` and `To` read
//! `Name (number)`; durations are `HH:MM:SS`; a report ends with a
//! `Totals` row. Columns are found by name, so added ones are read past.

use super::fields::{self, has_time_of_day, Sheet};
use super::record::{CallDirection, Leg};
use crate::csvio::date::DateRules;
use crate::csvio::table::Record;
use crate::csvio::RowError;

const CALL_TIME: &str = "Call Time";
const CALL_ID: &str = "Call ID";
const FROM: &str = "From";
const TO: &str = "To";
const DIRECTION: &str = "Direction";
const STATUS: &str = "Status";
const TALKING: &str = "Talking";
const DETAILS: &str = "Call Activity Details";

/// Whether a header is a 3CX call history's.
pub fn recognises(sheet: &Sheet) -> bool {
    [CALL_TIME, FROM, DIRECTION]
        .iter()
        .all(|n| sheet.column(&[n]).is_some())
}

/// `Inbound`, `Outbound` and `Internal`, and the queue segments 3CX names
/// after them (`Inbound Queue`).
fn direction(cell: &str) -> Option<CallDirection> {
    let cell = cell.trim().to_lowercase();
    [
        ("inbound", CallDirection::Inbound),
        ("outbound", CallDirection::Outbound),
        ("internal", CallDirection::Internal),
    ]
    .into_iter()
    .find(|(word, _)| cell.starts_with(word))
    .map(|(_, d)| d)
}

/// The number an inbound call was placed to, when the activity details
/// begin with the inbound rule it came in by, `Inbound: Name (number) → …`.
/// Only a number as long as an outside one is taken: the rule's name may
/// carry an extension instead, and a wrong number would tag a lead.
fn dialled(details: &str) -> Option<String> {
    let rule = details.trim().strip_prefix("Inbound:")?;
    let rule = rule.split('→').next().unwrap_or(rule);
    let number = fields::number_in(rule)?;
    let digits = number.chars().filter(|c| c.is_ascii_digit()).count();
    (digits >= 6).then(|| number.to_string())
}

/// One leg per segment; every bad row is named with its column.
pub fn legs(sheet: &Sheet) -> (Vec<Leg>, Vec<RowError>, &'static str) {
    let mut errors = Vec::new();
    let find = |name: &str| sheet.column(&[name]);
    let required = [CALL_TIME, FROM, DIRECTION, STATUS].map(|name| {
        let found = find(name);
        if found.is_none() {
            errors.push(fields::error(
                sheet.header.line,
                name,
                format!("the column \"{name}\" is missing"),
            ));
        }
        found
    });
    let [Some(time), Some(from), Some(dir), Some(status)] = required else {
        return (Vec::new(), errors, "YYYY-MM-DD");
    };
    let (id, to, talking, details) = (find(CALL_ID), find(TO), find(TALKING), find(DETAILS));
    // A report's last row sums it up and is no call.
    let totals = |r: &Record| r.cells[time].trim().eq_ignore_ascii_case("totals");
    let rows = sheet.even_rows(|r| r.cells.len() > time && totals(r), &mut errors);
    let dates = DateRules::decide(rows.iter().map(|r| r.cells[time].as_str()));
    let mut legs = Vec::new();
    for r in rows {
        let c = &r.cells;
        let started_at = if has_time_of_day(&c[time]) {
            dates.read_datetime(&c[time])
        } else {
            Err(format!("\"{}\" has no time of day", c[time]))
        }
        .map_err(|e| errors.push(fields::error(r.line, CALL_TIME, e)))
        .ok();
        let direction = direction(&c[dir]);
        if direction.is_none() {
            errors.push(fields::error(
                r.line,
                DIRECTION,
                format!("\"{}\" is not one of: Inbound, Outbound, Internal", c[dir]),
            ));
        }
        let talk = match talking.map(|i| c[i].trim()).filter(|t| !t.is_empty()) {
            None => Some(0),
            Some(t) => fields::seconds(t)
                .map_err(|e| errors.push(fields::error(r.line, TALKING, e)))
                .ok(),
        };
        let (Some(started_at), Some(direction), Some(talk)) = (started_at, direction, talk) else {
            continue;
        };
        legs.push(Leg {
            row: r.line,
            started_at,
            caller: fields::number_in(&c[from]).unwrap_or("").to_string(),
            dialled: details.and_then(|i| dialled(&c[i])),
            duration_s: talk,
            answered: c[status].trim().eq_ignore_ascii_case("answered") || talk > 0,
            direction,
            extension: to.and_then(|i| fields::number_in(&c[i]).map(String::from)),
            call_id: id.and_then(|i| fields::present(&c[i])),
        });
    }
    (legs, errors, dates.format_name())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directions_and_dialled_numbers() {
        assert_eq!(direction("Inbound"), Some(CallDirection::Inbound));
        assert_eq!(direction("Inbound Queue"), Some(CallDirection::Inbound));
        assert_eq!(direction(" outbound "), Some(CallDirection::Outbound));
        assert_eq!(direction("Internal"), Some(CallDirection::Internal));
        assert_eq!(direction("Eingehend"), None);
        assert_eq!(
            dialled("Inbound: Main line (+49 30 1234560) → Sales (800) → Ended by Anna (101)")
                .as_deref(),
            Some("+49 30 1234560")
        );
        assert_eq!(dialled("Inbound: Sales (800) → Anna (101)"), None);
        assert_eq!(dialled("Dialed: Anna (101)"), None);
        assert_eq!(dialled(""), None);
    }
}
