//! Reading a file in chunks, so that its size does not decide the memory an
//! import needs: the bytes are decoded to UTF-8 a chunk at a time
//! ([`Decode`]), the `csv` crate splits that stream into records (a quoted
//! field may span lines and chunks), and [`Lines`] tells the line each
//! record starts on, counted the way [`super::table::records`] counts them
//! for a file held whole (LF, CRLF and a lone CR each end a line).

use encoding_rs::{CoderResult, Decoder, DecoderResult, Encoding};
use std::collections::VecDeque;
use std::io::{self, Read, Seek, SeekFrom};

/// What a streamed import reads: a file, or bytes held in memory.
pub trait Input: Read + Seek {}
impl<T: Read + Seek> Input for T {}

/// How many bytes are read from the file at a time.
const CHUNK: usize = 64 * 1024;

/// How one pass decodes the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chosen {
    pub encoding: &'static Encoding,
    /// Bytes of a byte order mark to skip at the start.
    pub skip: u64,
    /// The encoding's own byte order mark is dropped (the user's choice).
    pub drop_own_bom: bool,
    /// A byte the encoding cannot hold ends the pass (the user chose the
    /// encoding, or it is a candidate that must fit the whole file).
    pub strict: bool,
}

/// Why a pass stopped early.
#[derive(Debug)]
pub enum Stop {
    /// A strict pass met bytes the encoding cannot hold, on this line.
    Malformed(usize),
    Io(io::Error),
}

impl From<io::Error> for Stop {
    fn from(e: io::Error) -> Stop {
        Stop::Io(e)
    }
}

/// The file's bytes as UTF-8, decoded a chunk at a time.
pub struct Decode<'a> {
    src: &'a mut dyn Input,
    decoder: Decoder,
    strict: bool,
    raw: Vec<u8>,
    raw_pos: usize,
    eof: bool,
    finished: bool,
    out: Vec<u8>,
    out_pos: usize,
    /// Line feeds decoded so far, to name the line of a malformed byte.
    newlines: usize,
    pub malformed: Option<usize>,
}

impl<'a> Decode<'a> {
    pub fn new(src: &'a mut dyn Input, how: &Chosen) -> io::Result<Decode<'a>> {
        src.seek(SeekFrom::Start(how.skip))?;
        let decoder = if how.drop_own_bom {
            how.encoding.new_decoder_with_bom_removal()
        } else {
            how.encoding.new_decoder_without_bom_handling()
        };
        Ok(Decode {
            src,
            decoder,
            strict: how.strict,
            raw: Vec::with_capacity(CHUNK),
            raw_pos: 0,
            eof: false,
            finished: false,
            out: Vec::new(),
            out_pos: 0,
            newlines: 0,
            malformed: None,
        })
    }

    /// Decodes the next piece into `out`; `false` at the end of the file.
    fn refill(&mut self) -> io::Result<bool> {
        self.out.clear();
        self.out_pos = 0;
        while self.out.is_empty() {
            if self.finished {
                return Ok(false);
            }
            if self.raw_pos == self.raw.len() && !self.eof {
                self.raw.resize(CHUNK, 0);
                let n = read_full(self.src, &mut self.raw)?;
                self.raw.truncate(n);
                self.raw_pos = 0;
                self.eof = n == 0;
            }
            let input = &self.raw[self.raw_pos..];
            let room = self
                .decoder
                .max_utf8_buffer_length(input.len())
                .unwrap_or(CHUNK * 4)
                .max(16);
            self.out.resize(room, 0);
            let last = self.eof;
            let (read, written, done) = if self.strict {
                let (r, read, written) =
                    self.decoder
                        .decode_to_utf8_without_replacement(input, &mut self.out, last);
                if let DecoderResult::Malformed(_, _) = r {
                    let before = &self.out[..written];
                    let line = self.newlines + before.iter().filter(|b| **b == b'\n').count() + 1;
                    self.malformed = Some(line);
                    return Err(io::Error::new(io::ErrorKind::InvalidData, "malformed"));
                }
                (read, written, r == DecoderResult::InputEmpty)
            } else {
                let (r, read, written, _) = self.decoder.decode_to_utf8(input, &mut self.out, last);
                (read, written, r == CoderResult::InputEmpty)
            };
            self.raw_pos += read;
            self.out.truncate(written);
            if self.strict {
                self.newlines += self.out.iter().filter(|b| **b == b'\n').count();
            }
            if done && last && self.raw_pos == self.raw.len() {
                self.finished = true;
            }
        }
        Ok(true)
    }
}

/// Reads until `buf` is full or the file ends.
fn read_full(src: &mut dyn Input, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match src.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

impl Read for Decode<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.out_pos == self.out.len() && !self.refill()? {
            return Ok(0);
        }
        let n = buf.len().min(self.out.len() - self.out_pos);
        buf[..n].copy_from_slice(&self.out[self.out_pos..self.out_pos + n]);
        self.out_pos += n;
        Ok(n)
    }
}

/// Counts the line breaks of the stream it passes on, keeping only those
/// of the stretch the CSV reader has not yet handed back as records.
pub struct Lines<R> {
    inner: R,
    offset: u64,
    /// Every CR and LF not yet behind the last record asked about: its
    /// offset, whether it is a CR, and whether it ends a line (the CR of
    /// a CRLF does not).
    marks: VecDeque<(u64, bool, bool)>,
    /// Line ends before the first of `marks`.
    before: usize,
}

impl<R: Read> Lines<R> {
    pub fn new(inner: R) -> Lines<R> {
        Lines {
            inner,
            offset: 0,
            marks: VecDeque::new(),
            before: 0,
        }
    }

    pub fn inner_mut(&mut self) -> &mut R {
        &mut self.inner
    }

    /// The line of a record the CSV reader says begins at byte `pos`: the
    /// reader's position is before the blank lines it skipped, so the line
    /// breaks right at `pos` count too. Forgets the breaks before `pos`.
    pub fn line_at(&mut self, pos: u64) -> usize {
        while let Some(&(o, _, ends)) = self.marks.front() {
            if o >= pos {
                break;
            }
            self.before += ends as usize;
            self.marks.pop_front();
        }
        let mut run = 0;
        let mut expect = pos;
        for &(o, _, ends) in &self.marks {
            if o != expect {
                break;
            }
            run += ends as usize;
            expect += 1;
        }
        self.before + run + 1
    }
}

impl<R: Read> Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        for (i, &b) in buf[..n].iter().enumerate() {
            let at = self.offset + i as u64;
            match b {
                b'\r' => self.marks.push_back((at, true, true)),
                b'\n' => {
                    if let Some(back) = self.marks.back_mut() {
                        if back.1 && back.0 + 1 == at {
                            back.2 = false;
                        }
                    }
                    self.marks.push_back((at, false, true));
                }
                _ => {}
            }
        }
        self.offset += n as u64;
        Ok(n)
    }
}

/// The decoded text up to and including the first line with any content
/// (or the whole text when it is shorter), for choosing the delimiter.
pub fn head(src: &mut dyn Input, how: &Chosen) -> Result<String, Stop> {
    const MOST: usize = 1 << 20;
    let mut reader = Decode::new(src, how)?;
    let mut text: Vec<u8> = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        let n = match reader.read(&mut buf) {
            Ok(n) => n,
            Err(_) if reader.malformed.is_some() => {
                return Err(Stop::Malformed(reader.malformed.unwrap_or(1)))
            }
            Err(e) => return Err(Stop::Io(e)),
        };
        if n == 0 {
            break;
        }
        text.extend_from_slice(&buf[..n]);
        let has_line = text
            .split(|b| matches!(b, b'\r' | b'\n'))
            .rev()
            .skip(1)
            .any(|l| l.iter().any(|b| !b.is_ascii_whitespace()));
        if has_line || text.len() >= MOST {
            break;
        }
    }
    // The decoder writes UTF-8 only; a cut in the middle of a character at
    // the size limit is dropped.
    Ok(match String::from_utf8(text) {
        Ok(t) => t,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let mut bytes = e.into_bytes();
            bytes.truncate(valid);
            String::from_utf8(bytes).unwrap_or_default()
        }
    })
}

/// Reads every record of the file under `how`, trimmed, skipping records
/// whose cells are all empty, and hands each to `visit` with its line.
/// `visit` answers `false` to stop early.
pub fn each_record(
    src: &mut dyn Input,
    how: &Chosen,
    delimiter: char,
    mut visit: impl FnMut(usize, &[String]) -> bool,
) -> Result<(), Stop> {
    let decode = Decode::new(src, how)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter as u8)
        .has_headers(false)
        .flexible(true)
        .buffer_capacity(CHUNK)
        .from_reader(Lines::new(decode));
    let mut record = csv::ByteRecord::new();
    let mut cells: Vec<String> = Vec::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => return Ok(()),
            Err(e) => {
                let lines = reader.get_mut();
                if let Some(line) = lines.inner_mut().malformed {
                    return Err(Stop::Malformed(line));
                }
                return Err(Stop::Io(io::Error::other(e.to_string())));
            }
        }
        let pos = record.position().map_or(0, |p| p.byte());
        let line = reader.get_mut().line_at(pos);
        cells.truncate(record.len());
        while cells.len() < record.len() {
            cells.push(String::new());
        }
        let mut any = false;
        for (cell, field) in cells.iter_mut().zip(record.iter()) {
            cell.clear();
            // The stream is UTF-8 from the decoder, and the delimiters and
            // quotes the reader cut at are ASCII, so each field is UTF-8.
            let text = std::str::from_utf8(field).unwrap_or_default();
            cell.push_str(text.trim());
            any |= !cell.is_empty();
        }
        if any && !visit(line, &cells) {
            return Ok(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn utf8() -> Chosen {
        Chosen {
            encoding: encoding_rs::UTF_8,
            skip: 0,
            drop_own_bom: false,
            strict: true,
        }
    }

    fn lines_of(text: &[u8]) -> Vec<(usize, Vec<String>)> {
        let mut src = Cursor::new(text.to_vec());
        let mut out = Vec::new();
        each_record(&mut src, &utf8(), ',', |line, cells| {
            out.push((line, cells.to_vec()));
            true
        })
        .unwrap();
        out
    }

    #[test]
    fn lines_match_the_whole_file_reading() {
        for text in [
            &b"date,note\r\n\r\n2026-01-01,\"two\r\nlines\"\r\n;;\r\n,\r\n2026-01-02,x\r\n"[..],
            b"date\n\n\n2026\n\"a\nb\nc\"\n\nx\n",
            b"date\rx\r\ry\r",
        ] {
            let whole = super::super::table::records(std::str::from_utf8(text).unwrap(), ',');
            let streamed = lines_of(text);
            let whole: Vec<(usize, Vec<String>)> =
                whole.into_iter().map(|r| (r.line, r.cells)).collect();
            assert_eq!(streamed, whole);
        }
    }

    #[test]
    fn a_quoted_field_spans_chunks() {
        // A multi-line note far longer than a chunk, then more records.
        let note = "line\n".repeat(CHUNK / 3);
        let text = format!("id,note\r\nA,\"{note}\"\r\nB,x\r\n");
        let got = lines_of(text.as_bytes());
        assert_eq!(got.len(), 3);
        assert_eq!(got[1].1[1], note.trim());
        assert_eq!(
            got[2],
            (3 + CHUNK / 3, vec!["B".to_string(), "x".to_string()])
        );
    }

    #[test]
    fn a_strict_pass_names_the_line_of_a_bad_byte() {
        let mut text = "a,b\n".repeat(CHUNK / 2).into_bytes();
        text.extend_from_slice(b"\xFFx,y\n");
        let mut src = Cursor::new(text);
        let err = each_record(&mut src, &utf8(), ',', |_, _| true).unwrap_err();
        assert!(
            matches!(err, Stop::Malformed(l) if l == CHUNK / 2 + 1),
            "{err:?}"
        );
    }
}
