//! From bytes to a table of trimmed text cells: decoding, delimiter
//! detection and record splitting (by the `csv` crate), each record keeping the
//! line it starts on so errors can name the row a spreadsheet shows.

/// Decoded text and the name of the encoding it was read as.
pub fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        if let Ok(text) = std::str::from_utf8(rest) {
            return (text.to_string(), "UTF-8 with BOM");
        }
    }
    // Excel's "Unicode text" is UTF-16 with a byte order mark.
    for (bom, enc, name) in [
        (&b"\xFF\xFE"[..], encoding_rs::UTF_16LE, "UTF-16LE"),
        (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE, "UTF-16BE"),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let (text, _) = enc.decode_without_bom_handling(rest);
            return (text.into_owned(), name);
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), "UTF-8"),
        Err(_) => {
            // Every byte has a meaning in Windows-1252, so this cannot fail.
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), "Windows-1252")
        }
    }
}

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
    pub delimiter: char,
    pub header: Vec<String>,
    pub header_line: usize,
    pub records: Vec<Record>,
}

/// Splits `text` into records with `delimiter`, skipping lines that are empty
/// or hold only delimiters (spreadsheets write those for blank rows).
fn records(text: &str, delimiter: char) -> Vec<Record> {
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
pub fn detect_delimiter(text: &str, known: &[&str]) -> char {
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
            .filter(|h| known.iter().any(|k| k.eq_ignore_ascii_case(h)))
            .count();
        let count = count_outside_quotes(line, d);
        if (matched, count) > (best.1, best.2) {
            best = (d, matched, count);
        }
    }
    best.0
}

/// A file with nothing in it but blank lines, and how it was decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmptyFile {
    pub encoding: &'static str,
    pub delimiter: char,
}

/// Decodes and splits a file. Refuses only a file with no header at all.
pub fn read(bytes: &[u8], known: &[&str]) -> Result<Table, EmptyFile> {
    let (text, encoding) = decode(bytes);
    let delimiter = detect_delimiter(&text, known);
    let mut all = records(&text, delimiter).into_iter();
    let Some(header) = all.next() else {
        return Err(EmptyFile {
            encoding,
            delimiter,
        });
    };
    Ok(Table {
        encoding,
        delimiter,
        header: header.cells,
        header_line: header.line,
        records: all.collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: &[&str] = &["date", "amount", "category", "note"];

    #[test]
    fn decodes_each_encoding() {
        assert_eq!(decode(b"a,b"), ("a,b".into(), "UTF-8"));
        assert_eq!(
            decode(b"\xEF\xBB\xBFa,\xC3\xBC"),
            ("a,ü".into(), "UTF-8 with BOM")
        );
        assert_eq!(
            decode(b"M\xFCller \x80"),
            ("Müller €".into(), "Windows-1252")
        );
        assert_eq!(decode(b"\xFF\xFEa\x00;\x00"), ("a;".into(), "UTF-16LE"));
        // A BOM followed by bytes that are not UTF-8 is read as Windows-1252.
        assert_eq!(decode(b"\xEF\xBB\xBF\xFC").1, "Windows-1252");
    }

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
        let t = read(text.as_bytes(), KNOWN).unwrap();
        assert_eq!(t.header, vec!["date", "note"]);
        assert_eq!(t.header_line, 1);
        let lines: Vec<usize> = t.records.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![3, 5, 7]);
        assert_eq!(t.records[0].cells, vec!["2026-01-01", "two\r\nlines"]);
        assert_eq!(t.records[1].cells, vec![";;"]);
        let t = read(b"date\n\n\n2026\n\"a\nb\nc\"\n\nx\n", KNOWN).unwrap();
        let lines: Vec<usize> = t.records.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![4, 5, 9]);
        let t = read(b"date\rx\r\ry\r", KNOWN).unwrap();
        let lines: Vec<usize> = t.records.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![2, 4]);
    }

    #[test]
    fn empty_file_is_refused() {
        let err = read(b"", KNOWN).unwrap_err();
        assert_eq!(
            err,
            EmptyFile {
                encoding: "UTF-8",
                delimiter: ','
            }
        );
        let err = read(b"\n\r\n;;\n", KNOWN).unwrap_err();
        assert_eq!(err.delimiter, ';');
    }
}
