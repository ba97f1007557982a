//! The import screen's look at a file before the user has chosen its kind:
//! what the import will detect, the header and the first rows. It reads
//! like the import, in chunks (`stream.rs`), so that a file of a million
//! rows costs no more memory than a small one: the first pass
//! (`survey.rs`) makes every file-wide decision as the import of the kind
//! the header fits will make it, and a second reading stops after the
//! rows shown.

use super::stream::{each_record, Input, Stop};
use super::survey::{survey_as, Expect, Refusal};
use super::{Detected, ReadOptions, Rejected, RowError};
use crate::error::{Error, ErrorCode};
use std::io;

/// What a preview shows: the detection, then the header and the first
/// rows as decoded cells.
pub type Preview = (Detected, Vec<Vec<String>>);

/// Previews the file `src` holds: the detection and the header and first
/// `n` data rows. The inner `Err` refuses the file (it is empty, or not in
/// the encoding the user chose); the outer `Err` is a failure to read it.
pub fn preview_file(
    src: &mut dyn Input,
    n: usize,
    decoding: &super::Decoding,
) -> crate::error::Result<Result<Preview, Rejected>> {
    core(src, n, decoding)
        .map_err(|e| Error::new(ErrorCode::Io, format!("cannot read the file: {e}")))
}

/// For the import screen: what is detected, the header and the first `n`
/// data rows of bytes held in memory, whatever the kind.
pub fn preview(bytes: &[u8], n: usize) -> Result<Preview, Rejected> {
    preview_with(bytes, n, &ReadOptions::default().decoding)
}

/// Like [`preview`], decoding as `decoding` says.
pub fn preview_with(
    bytes: &[u8],
    n: usize,
    decoding: &super::Decoding,
) -> Result<Preview, Rejected> {
    let mut src = io::Cursor::new(bytes);
    match core(&mut src, n, decoding) {
        Ok(answer) => answer,
        // Bytes in memory cannot fail to read; should the decoder give up
        // all the same, the refusal says why.
        Err(e) => Err(Rejected::new(
            None,
            vec![RowError {
                row: 1,
                column: None,
                reason: e.to_string(),
            }],
        )),
    }
}

fn core(
    src: &mut dyn Input,
    n: usize,
    decoding: &super::Decoding,
) -> io::Result<Result<Preview, Rejected>> {
    let survey = match survey_as(Expect::Guess, src, decoding) {
        Ok(s) => s,
        Err(Refusal::Rejected(r)) => return Ok(Err(r)),
        Err(Refusal::Io(e)) => return Err(e),
    };
    // The survey read the header as the first record; the same reading
    // again, under its decisions, stops once the rows shown are in.
    let mut rows: Vec<Vec<String>> = Vec::with_capacity(n + 1);
    let mut header_seen = false;
    let visited = each_record(
        src,
        &survey.chosen,
        survey.detected.delimiter,
        |_, cells| {
            if header_seen {
                rows.push(cells.to_vec());
            }
            header_seen = true;
            rows.len() < n
        },
    );
    match visited {
        Ok(()) => {}
        // The survey read the whole file under the same decoding, so a bad
        // byte now means the file changed in between.
        Err(Stop::Malformed(line)) => {
            return Err(io::Error::other(format!("cannot decode line {line}")))
        }
        Err(Stop::Io(e)) => return Err(e),
    }
    rows.insert(0, survey.header);
    Ok(Ok((survey.detected, rows)))
}

#[cfg(test)]
mod tests {
    use super::super::survey::survey;
    use super::super::{guess_kind, Decoding, Kind};
    use super::*;
    use std::io::Write;

    macro_rules! corpus {
        ($name:literal) => {
            (
                $name,
                &include_bytes!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/tests/data/csv/",
                    $name
                ))[..],
            )
        };
    }

    /// The preview says what the import of the kind it guesses will use.
    #[test]
    fn the_preview_detects_as_the_import_surveys() {
        let how = Decoding::for_language("de");
        let mut guessed = 0;
        for (name, bytes) in [
            corpus!("deals_cp1252.csv"),
            corpus!("deals_mixed_dates.csv"),
            corpus!("deals_rules.csv"),
            corpus!("deals_slash_ambiguous.csv"),
            corpus!("deals_slash_dayfirst.csv"),
            corpus!("inquiries_formulas.csv"),
            corpus!("inquiries_multiline.csv"),
            corpus!("inquiries_tab.tsv"),
            corpus!("sources.csv"),
            corpus!("spend_ambiguous.csv"),
            corpus!("spend_bom_crlf.csv"),
            corpus!("spend_conflict.csv"),
            corpus!("spend_ragged.csv"),
            corpus!("spend_row37.csv"),
            corpus!("spend_semicolon_de.csv"),
            corpus!("targets.csv"),
            corpus!("traffic_months.csv"),
        ] {
            let (detected, rows) = preview_with(bytes, 3, &how).unwrap();
            let Some(kind) = guess_kind(&rows[0]) else {
                continue;
            };
            guessed += 1;
            let surveyed = survey(kind, &mut io::Cursor::new(bytes), &how)
                .unwrap_or_else(|_| panic!("{name}: refused"));
            assert_eq!(detected, surveyed.detected, "{name}");
            assert_eq!(rows[0], surveyed.header, "{name}");
            // And what the reading of that kind reports, read or refused.
            let options = ReadOptions {
                decoding: how,
                ..ReadOptions::default()
            };
            let read = match super::super::parse_with(kind, bytes, &options) {
                Ok(p) => Some(p.detected),
                Err(r) => r.detected,
            };
            assert_eq!(read.as_ref(), Some(&detected), "{name}");
        }
        assert!(guessed >= 15, "only {guessed} corpus files had a kind");
    }

    #[test]
    fn a_large_file_shows_its_first_rows_and_decides_on_all() {
        // Day-first dates are told only by a row far down the file, and
        // the comma decimal only by the last: the preview must read them.
        let mut file = tempfile::NamedTempFile::new().unwrap();
        let mut out = io::BufWriter::new(file.as_file_mut());
        writeln!(out, "date;amount;category;note").unwrap();
        let rows = 300_000;
        for i in 0..rows {
            let (day, amount) = match i {
                200_000 => ("13/02/2026".to_string(), "7"),
                i if i == rows - 1 => ("01/03/2026".to_string(), "12,50"),
                i => (format!("{:02}/01/2026", 1 + i % 12), "100"),
            };
            writeln!(out, "{day};{amount};ads;row {i}").unwrap();
        }
        drop(out);
        let mut src = std::fs::File::open(file.path()).unwrap();
        let how = Decoding::for_language("en");
        let (detected, shown) = preview_file(&mut src, 10, &how).unwrap().unwrap();
        assert_eq!(
            detected,
            Detected {
                encoding: "UTF-8",
                encoding_guessed: false,
                delimiter: ';',
                decimal_separator: Some(','),
                date_format: "DD/MM/YYYY",
            }
        );
        assert_eq!(shown.len(), 11);
        assert_eq!(shown[0], ["date", "amount", "category", "note"]);
        assert_eq!(shown[10], ["10/01/2026", "100", "ads", "row 9"]);
        assert_eq!(guess_kind(&shown[0]), Some(Kind::Spend));
    }

    #[test]
    fn no_rows_asked_shows_the_header_alone() {
        let (_, rows) = preview(b"channel,source\nPrint,X\n", 0).unwrap();
        assert_eq!(rows, [["channel", "source"]]);
        let (_, rows) = preview(b"channel,source\n", 5).unwrap();
        assert_eq!(rows, [["channel", "source"]]);
        let r = preview(b"\n\r\n;;\n", 5).unwrap_err();
        assert_eq!(r.errors[0].reason, "the file is empty");
        assert_eq!(r.detected.map(|d| d.delimiter), Some(';'));
    }

    #[test]
    fn a_wrong_forced_encoding_is_refused_with_its_line() {
        let how = Decoding::for_language("en").forcing(Some(encoding_rs::UTF_8));
        let r = preview_with(b"channel,source\nPrint,Tr\xECb\xED\xE8\n", 5, &how).unwrap_err();
        assert_eq!(r.detected, None);
        assert_eq!(r.errors[0].row, 2);
        assert!(
            r.errors[0].reason.contains("not in UTF-8"),
            "{:?}",
            r.errors
        );
    }
}
