//! The reader end to end on small inline logs: the shapes the fixtures in
//! `tests/data/calls/` (read by `tests/it/calls_parse.rs`) do not show.

use super::*;

fn read(text: &str) -> ParsedCalls {
    parse_calls(text.as_bytes(), &CallReadOptions::default())
        .unwrap_or_else(|r| panic!("{:?}", r.errors))
}

fn errors(text: &str) -> Vec<(usize, Option<String>, String)> {
    parse_calls(text.as_bytes(), &CallReadOptions::default())
        .unwrap_err()
        .errors
        .into_iter()
        .map(|e| (e.row, e.column, e.reason))
        .collect()
}

/// A Master.csv row: the sixteen columns, then `extra` ones.
fn cdr(src: &str, context: &str, start: &str, disposition: &str, extra: &[&str]) -> String {
    let mut cells: Vec<String> = [
        "",
        src,
        "0301234560",
        context,
        "",
        "PJSIP/t-1",
        "PJSIP/101-2",
        "Dial",
        "",
        start,
        "",
        start,
        "30",
        "25",
        disposition,
        "DOCUMENTATION",
    ]
    .iter()
    .map(|c| format!("\"{c}\""))
    .collect();
    cells.extend(extra.iter().map(|c| format!("\"{c}\"")));
    cells.join(",") + "\n"
}

#[test]
fn asterisk_without_a_uniqueid_and_with_the_newer_columns() {
    // Sixteen columns: no id, so each row is its own call, keyed by time.
    let bare = cdr(
        "0301234571",
        "from-trunk",
        "2026-03-02 09:00:05",
        "ANSWERED",
        &[],
    );
    let p = read(&bare);
    assert_eq!(p.calls.len(), 1);
    assert!(matches!(p.calls[0].key(), CallKey::Moment { .. }));
    assert_eq!(p.calls[0].duration_s, 25);
    // newcdrcolumns: legs with their own uniqueids are one call by linkedid.
    let a = cdr(
        "0301234571",
        "from-trunk",
        "2026-03-02 09:00:05",
        "NO ANSWER",
        &["1772438405.1", "", "", "1772438405.1", "1"],
    );
    let b = cdr(
        "0301234571",
        "from-pstn",
        "2026-03-02 09:00:25",
        "ANSWERED",
        &["1772438425.3", "", "", "1772438405.1", "2"],
    );
    let p = read(&(a + &b));
    assert_eq!(p.calls.len(), 1);
    assert!(p.calls[0].answered);
    assert_eq!(p.calls[0].call_id.as_deref(), Some("1772438405.1"));
}

#[test]
fn asterisk_rows_too_wide_are_refused() {
    let extra = ["a"; 6];
    let wide = cdr(
        "0301234571",
        "from-trunk",
        "2026-03-02 09:00:05",
        "ANSWERED",
        &extra,
    );
    let e = errors(&wide);
    assert_eq!(e.len(), 1);
    assert!(
        e[0].2.contains("16 to 21 fields; this one has 22"),
        "{}",
        e[0].2
    );
}

#[test]
fn a_fritzbox_list_without_its_sep_line_and_behind_a_bom() {
    let text = "\u{feff}Typ;Datum;Name;Rufnummer;Nebenstelle;Eigene Rufnummer;Dauer\r\n\
                1;02.03.26 09:00;;0301234571;;SIP: 0301234560;0:02\r\n";
    let p = read(text);
    assert_eq!(p.format, CallFormat::Fritzbox);
    assert_eq!(p.detected.encoding, "UTF-8 with BOM");
    assert_eq!(p.calls[0].row, 2);
    assert_eq!(p.calls[0].dialled.as_deref(), Some("0301234560"));
}

#[test]
fn line_numbers_count_the_sep_line_and_blank_lines() {
    let text = "sep=;\n\nTyp;Datum;Name;Rufnummer;Nebenstelle;Eigene Rufnummer;Dauer\n\n\
                1;02.03.26 09:00;;0301234571;;;0:02\n1;02.03.26 25:00;;0301234571;;;0:02\n";
    let e = errors(text);
    assert_eq!(e.len(), 1);
    assert_eq!((e[0].0, e[0].1.as_deref()), (6, Some("Datum")));
}

#[test]
fn the_plain_header_follows_the_one_rule() {
    let e = errors("started_at,caller,caller,colour\n2026-03-02 09:00,0301234571,x,y\n");
    let reasons: Vec<&str> = e.iter().map(|e| e.2.as_str()).collect();
    assert!(
        reasons.iter().any(|r| r.contains("more than once")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("unknown column \"colour\"")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.contains("\"dialled\" is missing")),
        "{reasons:?}"
    );
    assert!(e.iter().all(|e| e.0 == 1));
}

#[test]
fn a_plain_row_is_refused_for_every_bad_cell_at_once() {
    let e = errors(
        "started_at,caller,dialled,duration_s,direction\n\
         yesterday,,,-1,sideways\n",
    );
    let columns: Vec<&str> = e.iter().filter_map(|e| e.1.as_deref()).collect();
    assert_eq!(
        columns,
        vec!["started_at", "caller", "dialled", "duration_s", "direction"]
    );
}

#[test]
fn rows_without_an_id_in_the_same_second_are_one_call() {
    let p = read(
        "started_at,caller,dialled,answered\n\
         2026-03-02 09:00:05,0301234571,0301234560,false\n\
         2026-03-02 09:00:05,030 1234571,030 1234560,true\n\
         2026-03-02 09:00:06,0301234571,0301234560,false\n",
    );
    assert_eq!(p.calls.len(), 2);
    assert!(p.calls[0].answered);
    assert_eq!(p.calls[0].row, 2);
}

#[test]
fn a_caller_that_is_no_number_is_withheld_not_an_error() {
    let p = read(
        "started_at,caller,dialled\n\
         2026-03-02 09:00:05,anonymous,0301234560\n\
         2026-03-02 09:10:05,0301234571,0301234560\n",
    );
    assert_eq!(p.calls.len(), 1);
    assert_eq!(p.skipped.withheld, 1);
}

#[test]
fn the_users_encoding_wins() {
    let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode(
        "started_at;caller;dialled;extension\n2026-03-02 09:00;0301234571;0301234560;Třebíč\n",
    );
    let options = CallReadOptions {
        decoding: Decoding::for_language("de").forcing(Some(encoding_rs::WINDOWS_1250)),
        ..CallReadOptions::default()
    };
    let p = parse_calls(&bytes, &options).unwrap();
    assert_eq!(p.detected.encoding, "Windows-1250");
    assert_eq!(p.calls[0].extension.as_deref(), Some("Třebíč"));
}
