//! Every bad row of a file, in bounded memory: the first [`KEPT`] errors by
//! row and the count stay in memory; all of them go to an anonymous spill
//! file as they come, from which the full list is written beside the file
//! (`FILE.errors.csv`) when there are more than fit in a refusal.
//!
//! Errors mostly arrive in row order, but not always (the duplicates are
//! found after the last row), so the spill is kept as sorted runs: an error
//! with a lower row than the one before starts a new run, and the full list
//! merges the runs, ties going to the earlier run, as the stable sort of a
//! list held whole would have ordered them.

use super::cells::neutralise;
use super::RowError;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::os::unix::fs::FileExt;

/// How many errors a refusal carries; the rest are only counted (and listed
/// in the errors file, for a file that has a path).
pub const KEPT: usize = 1000;

/// The errors of one reading.
#[derive(Default)]
pub struct ErrorLog {
    kept: Vec<RowError>,
    total: usize,
    spill: Option<Spill>,
}

struct Spill {
    out: BufWriter<File>,
    written: u64,
    /// Byte ranges of the sorted runs; the last is still growing.
    runs: Vec<(u64, u64)>,
    last_row: usize,
}

impl ErrorLog {
    pub fn total(&self) -> usize {
        self.total
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// Keeps `e`, spilling it too. A spill that cannot be written (a full
    /// temporary directory) ends the reading with that error.
    pub fn push(&mut self, e: RowError) -> io::Result<()> {
        self.total += 1;
        if self.spill.is_none() {
            self.spill = Some(Spill {
                out: BufWriter::new(tempfile::tempfile()?),
                written: 0,
                runs: vec![(0, 0)],
                last_row: 0,
            });
        }
        if let Some(s) = self.spill.as_mut() {
            let line = spill_line(&e);
            if e.row < s.last_row {
                s.runs.push((s.written, s.written));
            }
            s.out.write_all(line.as_bytes())?;
            s.written += line.len() as u64;
            if let Some(run) = s.runs.last_mut() {
                run.1 = s.written;
            }
            s.last_row = e.row;
        }
        self.kept.push(e);
        if self.kept.len() >= 2 * KEPT {
            self.trim();
        }
        Ok(())
    }

    fn trim(&mut self) {
        self.kept.sort_by_key(|e| e.row);
        self.kept.truncate(KEPT);
    }

    /// The first errors by row (at most [`KEPT`]).
    pub fn kept(&mut self) -> Vec<RowError> {
        self.trim();
        self.kept.clone()
    }

    /// Writes every error, by row, as CSV (`row,column,reason`) to `out`.
    pub fn write_all(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(["row", "column", "reason"])?;
        let Some(s) = self.spill.as_mut() else {
            return w.flush();
        };
        s.out.flush()?;
        let file = s.out.get_ref();
        let mut heads: Vec<Run> = s
            .runs
            .iter()
            .map(|&(from, to)| Run::new(file, from, to))
            .collect::<io::Result<_>>()?;
        loop {
            // The run whose next error has the lowest row, the earliest on a tie.
            let next = heads
                .iter()
                .enumerate()
                .filter_map(|(i, r)| r.head.as_ref().map(|h| (h.0, i)))
                .min();
            let Some((_, i)) = next else { break };
            if let Some((row, column, reason)) = heads[i].head.take() {
                w.write_record([row.to_string(), neutralise(&column), neutralise(&reason)])?;
            }
            heads[i].advance(file)?;
        }
        w.flush()
    }
}

/// One error as a line of the spill: `row`, the column (empty for none),
/// the reason, separated by tabs, with tabs and line breaks in the texts
/// escaped so that each error is one line.
fn spill_line(e: &RowError) -> String {
    let esc = |s: &str| {
        s.replace('\\', "\\\\")
            .replace('\t', "\\t")
            .replace('\n', "\\n")
            .replace('\r', "\\r")
    };
    let column = e.column.as_deref().map(esc).unwrap_or_default();
    format!("{}\t{}\t{}\n", e.row, column, esc(&e.reason))
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// A sorted run of the spill being merged, read a block at a time.
struct Run {
    at: u64,
    to: u64,
    buf: Vec<u8>,
    head: Option<(usize, String, String)>,
}

impl Run {
    fn new(file: &File, from: u64, to: u64) -> io::Result<Run> {
        let mut r = Run {
            at: from,
            to,
            buf: Vec::new(),
            head: None,
        };
        r.advance(file)?;
        Ok(r)
    }

    /// Reads the run's next error into `head`.
    fn advance(&mut self, file: &File) -> io::Result<()> {
        loop {
            if let Some(end) = self.buf.iter().position(|b| *b == b'\n') {
                let line: Vec<u8> = self.buf.drain(..=end).collect();
                let text = String::from_utf8_lossy(&line[..end]);
                let mut parts = text.splitn(3, '\t');
                let row = parts.next().and_then(|r| r.parse().ok()).unwrap_or(0);
                let column = unescape(parts.next().unwrap_or(""));
                let reason = unescape(parts.next().unwrap_or(""));
                self.head = Some((row, column, reason));
                return Ok(());
            }
            if self.at >= self.to {
                self.head = None;
                return Ok(());
            }
            let want = (self.to - self.at).min(64 * 1024) as usize;
            let mut block = vec![0u8; want];
            file.read_exact_at(&mut block, self.at)?;
            self.at += want as u64;
            self.buf.extend_from_slice(&block);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(row: usize, reason: &str) -> RowError {
        RowError {
            row,
            column: Some("id".into()),
            reason: reason.into(),
        }
    }

    #[test]
    fn keeps_the_first_by_row_and_lists_all_in_order() {
        let mut log = ErrorLog::default();
        for row in 2..2502 {
            log.push(err(row, "bad\tcell\nhere")).unwrap();
        }
        // Duplicates found at the end: a second run, lower rows.
        log.push(err(10, "dup")).unwrap();
        log.push(err(3000, "dup")).unwrap();
        assert_eq!(log.total(), 2502);
        let kept = log.kept();
        assert_eq!(kept.len(), KEPT);
        assert_eq!(kept[0].row, 2);
        assert_eq!(
            (kept[8].row, kept[8].reason.as_str()),
            (10, "bad\tcell\nhere")
        );
        assert_eq!((kept[9].row, kept[9].reason.as_str()), (10, "dup"));
        let mut out = Vec::new();
        log.write_all(&mut out).unwrap();
        let mut r = csv::Reader::from_reader(out.as_slice());
        let rows: Vec<(usize, String)> = r
            .records()
            .map(|x| {
                let x = x.unwrap();
                (x[0].parse().unwrap(), x[2].to_string())
            })
            .collect();
        assert_eq!(rows.len(), 2502);
        assert!(rows.windows(2).all(|w| w[0].0 <= w[1].0));
        assert_eq!(rows[8], (10, "bad\tcell\nhere".to_string()));
        assert_eq!(rows[9], (10, "dup".to_string()));
        assert_eq!(rows.last().unwrap().0, 3000);
    }
}
