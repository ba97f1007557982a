//! From bytes to a table of trimmed text cells: decoding (`encoding.rs`),
//! delimiter detection and record splitting (by the `csv` crate), each record
//! keeping the line it starts on so errors can name the row a spreadsheet
//! shows.

use super::encoding::{self, Decoding};
use super::RowError;

/// One data record: the line it starts on and its cells, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub cells: Vec<String>,
}

/// A decoded file: header names (trimmed, as written) and records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub encoding: &'static str,
    /// The text fitted two code pages and the user's language chose.
    pub encoding_guessed: bool,
    pub delimiter: char,
    pub header: Vec<String>,
    pub header_line: usize,
    pub records: Vec<Record>,
}

/// Splits `text` into records with `delimiter`, skipping lines that are empty
/// or hold only delimiters (spreadsheets write those for blank rows).
pub fn records(text: &str, delimiter: char) -> Vec<Record> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter as u8)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut record = csv::StringRecord::new();
    let (mut counted, mut breaks) = (0usize, 0usize);
    // The input is already valid UTF-8 held in memory, so reading cannot fail;
    // should it ever, the records read so far are all there is.
    while let Ok(true) = reader.read_record(&mut record) {
        // The reader's position is where it began reading, before the blank
        // lines and the rest of a CRLF it skipped, and its line count is off by
        // those; so the starting line is counted here from the byte offset.
        let mut start = record
            .position()
            .map_or(counted, |p| p.byte() as usize)
            .max(counted);
        while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        breaks += line_breaks(&bytes[counted..start]);
        counted = start;
        let line = breaks + 1;
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().any(|c| !c.is_empty()) {
            out.push(Record { line, cells });
        }
    }
    out
}

/// Counts LF, CRLF and lone CR line ends.
fn line_breaks(bytes: &[u8]) -> usize {
    let lone_cr = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
    (0..bytes.len())
        .filter(|&i| bytes[i] == b'\n' || lone_cr(i))
        .count()
}

/// The first line with any content, as written.
fn first_line(text: &str) -> &str {
    text.split(['\r', '\n'])
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

/// How often `delimiter` occurs in `line` outside double quotes.
fn count_outside_quotes(line: &str, delimiter: char) -> usize {
    let mut quoted = false;
    line.chars()
        .filter(|c| {
            if *c == '"' {
                quoted = !quoted;
            }
            !quoted && *c == delimiter
        })
        .count()
}

/// Picks the delimiter that splits the header into the most `known` column
/// names; ties go to the one that occurs most often outside quotes, then to
/// the order `,` `;` tab.
pub fn detect_delimiter(text: &str, known: &[&'static str]) -> char {
    let line = first_line(text);
    let mut best = (',', 0usize, 0usize);
    for d in [',', ';', '\t'] {
        let header = records(line, d)
            .into_iter()
            .next()
            .map(|r| r.cells)
            .unwrap_or_default();
        let matched = header
            .iter()
            .filter(|h| super::header::column(known, h).is_some())
            .count();
        let count = count_outside_quotes(line, d);
        if (matched, count) > (best.1, best.2) {
            best = (d, matched, count);
        }
    }
    best.0
}

/// Why a file could not even be split into a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Nothing in it but blank lines; how it was decoded.
    Empty {
        encoding: &'static str,
        delimiter: char,
    },
    /// Not in the encoding the user chose.
    Encoding(RowError),
}

/// Decodes and splits a file. Refuses only a file with no header at all, or
/// one that the user's choice of encoding cannot read.
pub fn read(bytes: &[u8], known: &[&'static str], how: &Decoding) -> Result<Table, Unreadable> {
    let decoded = encoding::decode(bytes, how).map_err(Unreadable::Encoding)?;
    let (text, encoding) = (decoded.text, decoded.name);
    let delimiter = detect_delimiter(&text, known);
    let mut all = records(&text, delimiter).into_iter();
    let Some(header) = all.next() else {
        return Err(Unreadable::Empty {
            encoding,
            delimiter,
        });
    };
    Ok(Table {
        encoding,
        encoding_guessed: decoded.guessed,
        delimiter,
        header: header.cells,
        header_line: header.line,
        records: all.collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: &[&'static str] = &["date", "amount", "category", "note"];

    #[test]
    fn detects_delimiters() {
        assert_eq!(detect_delimiter("date,amount,category\n", KNOWN), ',');
        assert_eq!(
            detect_delimiter("date;amount;category\n1,5;2\n", KNOWN),
            ';'
        );
        assert_eq!(detect_delimiter("date\tamount\tcategory\n", KNOWN), '\t');
        // A quoted header with the other candidate inside it.
        assert_eq!(
            detect_delimiter("\"date\";\"amount, net\";note\n", KNOWN),
            ';'
        );
        // No known column: the most frequent candidate wins.
        assert_eq!(detect_delimiter("a;b;c,d\n", KNOWN), ';');
        assert_eq!(detect_delimiter("\n\n date , amount \n", KNOWN), ',');
        assert_eq!(detect_delimiter("", KNOWN), ',');
    }

    #[test]
    fn keeps_starting_lines_and_skips_blank_rows() {
        let text = "date,note\r\n\r\n2026-01-01,\"two\r\nlines\"\r\n;;\r\n,\r\n2026-01-02,x\r\n";
        let t = read(text.as_bytes(), KNOWN, &Decoding::default()).unwrap();
        assert_eq!(t.header, vec!["date", "note"]);
        assert_eq!(t.header_line, 1);
        let lines: Vec<usize> = t.records.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![3, 5, 7]);
        assert_eq!(t.records[0].cells, vec!["2026-01-01", "two\r\nlines"]);
        assert_eq!(t.records[1].cells, vec![";;"]);
        let t = read(
            b"date\n\n\n2026\n\"a\nb\nc\"\n\nx\n",
            KNOWN,
            &Decoding::default(),
        )
        .unwrap();
        let lines: Vec<usize> = t.records.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![4, 5, 9]);
        let t = read(b"date\rx\r\ry\r", KNOWN, &Decoding::default()).unwrap();
        let lines: Vec<usize> = t.records.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![2, 4]);
    }

    #[test]
    fn empty_file_is_refused() {
        let none = Decoding::default();
        let err = read(b"", KNOWN, &none).unwrap_err();
        assert_eq!(
            err,
            Unreadable::Empty {
                encoding: "UTF-8",
                delimiter: ','
            }
        );
        let err = read(b"\n\r\n;;\n", KNOWN, &none).unwrap_err();
        assert!(matches!(err, Unreadable::Empty { delimiter: ';', .. }));
    }
}
