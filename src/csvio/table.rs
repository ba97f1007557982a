//! From decoded text to records of trimmed text cells: delimiter detection
//! and record splitting (by the `csv` crate), each record keeping the line it
//! starts on so errors can name the row a spreadsheet shows. The import and
//! the preview read in chunks (`stream.rs`); a call log is held whole.
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
        let lines = |text: &str| -> Vec<usize> {
            records(text, ',').iter().skip(1).map(|r| r.line).collect()
        };
        let text = "date,note\r\n\r\n2026-01-01,\"two\r\nlines\"\r\n;;\r\n,\r\n2026-01-02,x\r\n";
        let all = records(text, ',');
        assert_eq!(
            (all[0].line, all[0].cells.clone()),
            (1, vec!["date".to_string(), "note".into()])
        );
        assert_eq!(lines(text), vec![3, 5, 7]);
        assert_eq!(all[1].cells, vec!["2026-01-01", "two\r\nlines"]);
        assert_eq!(all[2].cells, vec![";;"]);
        assert_eq!(lines("date\n\n\n2026\n\"a\nb\nc\"\n\nx\n"), vec![4, 5, 9]);
        assert_eq!(lines("date\rx\r\ry\r"), vec![2, 4]);
        assert!(records("\n\r\n,,\n", ',').is_empty());
    }
}
