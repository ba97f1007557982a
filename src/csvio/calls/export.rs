//! Writing the stored call log in the spec's plain form, which the reader
//! takes back (`plain.rs`): UTF-8, comma, `YYYY-MM-DD HH:MM:SS`, numbers as
//! the log wrote them, text a spreadsheet would run as a formula (a number
//! written `+49 …`) prefixed with `'`, which the reader removes again.

use super::plain::COLUMNS;
use super::record::CallDirection;
use crate::csvio::cells::neutralise;
use crate::error::{Error, ErrorCode, Result};
use crate::records::StoredCall;
use std::io::Write;

/// What an export wrote, and the calls it could not write as the plain form
/// has them: those past the retention period (their numbers are gone), and
/// those that are not inbound or lack a caller or a dialled number (which an
/// import never stores, but a generated data set may hold).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Exported {
    pub written: usize,
    pub not_written: usize,
}

/// Writes `calls` in their order, the plain form's header first.
pub fn write_plain<W: Write>(calls: &[StoredCall], out: W) -> Result<Exported> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    let fail = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::from(io),
        other => Error::new(ErrorCode::Io, format!("could not write CSV: {other:?}")),
    };
    w.write_record(COLUMNS).map_err(fail)?;
    let mut done = Exported::default();
    for s in calls {
        let c = &s.call;
        let shown = s.frozen.is_none()
            && c.direction == CallDirection::Inbound
            && !c.caller.trim().is_empty();
        let Some(dialled) = c.dialled.as_deref().filter(|_| shown) else {
            done.not_written += 1;
            continue;
        };
        let text = |v: &Option<String>| v.as_deref().map(neutralise).unwrap_or_default();
        w.write_record([
            c.started_at.format("%Y-%m-%d %H:%M:%S").to_string(),
            neutralise(&c.caller),
            neutralise(dialled),
            c.duration_s.to_string(),
            c.answered.to_string(),
            c.direction.as_str().to_string(),
            text(&c.extension),
            text(&c.call_id),
        ])
        .map_err(fail)?;
        done.written += 1;
    }
    w.flush()?;
    Ok(done)
}
