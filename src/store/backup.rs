//! Backups and restore. A small manufacturer keeps years of figures in one
//! file and has no IT department, so the store keeps copies by itself: one on
//! the first open of each day and one before every migration, in a `backups`
//! folder beside the database, rotated to the last 7 daily, 4 weekly and 12
//! monthly copies. Every copy is checked with `quick_check` after writing.

use super::{check_header, header, Store, APPLICATION_ID};
use crate::atomic;
use crate::error::{Error, ErrorCode, Result};
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const DAILY_PREFIX: &str = "daily-";

/// One backup file, for the list the user restores from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackupInfo {
    pub path: PathBuf,
    pub file_name: String,
    pub bytes: u64,
}

/// The folder the automatic backups of `db` live in.
pub fn backups_dir(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join("backups")
}

/// The path whose `backups/` folder (`backups_dir`) holds a team database's
/// backups, files pulled from the server, on this computer:
/// `teams/USER@HOST-PORT-DATABASE/team.db` in `dir`, the folder of the local
/// database file; never a file itself. The tool and the app both keep a
/// team database's backups there.
pub fn team_anchor(dir: &Path, t: &super::pg::Target) -> PathBuf {
    let slug: String = format!("{}@{}-{}-{}", t.user, t.host, t.port, t.database)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "@.-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    dir.join("teams").join(slug).join("team.db")
}

/// `PRAGMA quick_check` on a connection: `Ok` when the file is sound.
pub(super) fn quick_check(conn: &Connection, path: &Path) -> Result<()> {
    let result: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if result == "ok" {
        Ok(())
    } else {
        Err(Error::new(
            ErrorCode::Corrupt,
            format!("{} is damaged: {result}", path.display()),
        ))
    }
}

/// Copies the database `conn` reads into `out` with `VACUUM INTO` (a
/// consistent snapshot, even while others write), checks the copy, and only
/// then renames it into place, so a failed backup never replaces a good one.
pub(super) fn snapshot(conn: &Connection, out: &Path) -> Result<()> {
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    atomic::write_via_path(out, |tmp| {
        conn.execute("VACUUM INTO ?1", [tmp.to_string_lossy()])?;
        let copy = Connection::open_with_flags(tmp, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        quick_check(&copy, tmp)
    })
}

/// The backup taken before migrating a database from `version`.
pub(super) fn before_migration(path: &Path, version: i64) -> Result<PathBuf> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let stamp = chrono::Local::now().format("%Y-%m-%d-%H%M%S");
    let out = backups_dir(path).join(format!("before-migration-v{version}-{stamp}.db"));
    snapshot(&conn, &out)?;
    Ok(out)
}

/// Takes today's daily backup if there is none yet, then rotates.
pub(super) fn daily(store: &Store, today: NaiveDate) -> Result<Option<PathBuf>> {
    let Some(path) = store.path().map(Path::to_path_buf) else {
        return Ok(None);
    };
    daily_at(store, &path, today)
}

/// Takes today's daily backup of `store` into `backups_dir(anchor)` if
/// there is none yet, then rotates that folder by [`keep`]. A file's copy
/// is its checked snapshot; a team database's is a checked pulled file
/// (`Store::pull_into`), `anchor` its [`team_anchor`]: the owner's seat
/// keeps the same daily, weekly and monthly copies of it as of a file.
pub fn daily_at(store: &Store, anchor: &Path, today: NaiveDate) -> Result<Option<PathBuf>> {
    let dir = backups_dir(anchor);
    let out = dir.join(format!("{DAILY_PREFIX}{}.db", today.format("%Y-%m-%d")));
    if out.exists() {
        return Ok(None);
    }
    match store.db.sqlite() {
        Some(conn) => snapshot(conn, &out)?,
        None => {
            std::fs::create_dir_all(&dir)?;
            store.pull_into(&out)?;
        }
    }
    rotate(&dir)?;
    Ok(Some(out))
}

/// Which daily backups to keep: the 7 newest days, the newest of each of the
/// 4 newest ISO weeks, and the newest of each of the 12 newest months.
pub fn keep(dates: &[NaiveDate]) -> BTreeSet<NaiveDate> {
    let mut sorted: Vec<NaiveDate> = dates.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    sorted.dedup();
    let mut kept: BTreeSet<NaiveDate> = sorted.iter().take(7).copied().collect();
    let mut weeks = Vec::new();
    let mut months = Vec::new();
    for d in &sorted {
        let week = (d.iso_week().year(), d.iso_week().week());
        if !weeks.contains(&week) && weeks.len() < 4 {
            weeks.push(week);
            kept.insert(*d);
        }
        let month = (d.year(), d.month());
        if !months.contains(&month) && months.len() < 12 {
            months.push(month);
            kept.insert(*d);
        }
    }
    kept
}

/// The day in a daily backup's name (`daily-YYYY-MM-DD.db`).
pub fn daily_date(name: &str) -> Option<NaiveDate> {
    let date = name.strip_prefix(DAILY_PREFIX)?.strip_suffix(".db")?;
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()
}

/// The first `YYYY-MM-DD-HHMMSS` stamp in a backup's name. The shape is
/// checked digit by digit first, because chrono would also read the dash
/// before a year as a minus sign.
pub fn stamp_in(name: &str) -> Option<NaiveDateTime> {
    const SHAPE: &[u8] = b"dddd-dd-dd-dddddd";
    let bytes = name.as_bytes();
    (0..bytes.len().saturating_sub(SHAPE.len() - 1)).find_map(|i| {
        let part = &bytes[i..i + SHAPE.len()];
        let fits = part.iter().zip(SHAPE).all(|(c, s)| match s {
            b'd' => c.is_ascii_digit(),
            _ => c == s,
        });
        if !fits {
            return None;
        }
        let s = std::str::from_utf8(part).ok()?;
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d-%H%M%S").ok()
    })
}

fn modified(b: &BackupInfo) -> Option<NaiveDateTime> {
    let t = std::fs::metadata(&b.path).and_then(|m| m.modified()).ok()?;
    Some(chrono::DateTime::<chrono::Local>::from(t).naive_local())
}

/// When a backup was taken: the stamp in its name, else (daily backups,
/// whose names carry the day only) the file time on that day, else the file time.
pub fn when_of(b: &BackupInfo) -> NaiveDateTime {
    if let Some(t) = stamp_in(&b.file_name) {
        return t;
    }
    let m = modified(b);
    match daily_date(&b.file_name) {
        Some(d) => m
            .filter(|m| m.date() == d)
            .unwrap_or_else(|| d.and_hms_opt(0, 0, 0).unwrap_or_default()),
        None => m.unwrap_or_default(),
    }
}

/// Deletes the daily backups that [`keep`] lets go.
pub fn rotate(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut dailies = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if let Some(d) = daily_date(&entry.file_name().to_string_lossy()) {
            dailies.push((d, entry.path()));
        }
    }
    let kept = keep(&dailies.iter().map(|(d, _)| *d).collect::<Vec<_>>());
    let mut removed = Vec::new();
    for (d, p) in dailies {
        if !kept.contains(&d) {
            std::fs::remove_file(&p)?;
            removed.push(p);
        }
    }
    Ok(removed)
}

/// The backups beside `db`, newest first by name within each kind.
pub fn list(db: &Path) -> Result<Vec<BackupInfo>> {
    let dir = backups_dir(db);
    if !dir.exists() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().to_string();
        if name.ends_with(".db") {
            out.push(BackupInfo {
                path: entry.path(),
                file_name: name,
                bytes: entry.metadata()?.len(),
            });
        }
    }
    out.sort_by(|a, b| b.file_name.cmp(&a.file_name));
    Ok(out)
}

/// Checks that `file` is a sound Leadledger database this version can open,
/// without writing to it.
pub fn verify(file: &Path) -> Result<()> {
    if !file.exists() {
        return Err(Error::new(
            ErrorCode::NotFound,
            format!("there is no file at {}", file.display()),
        ));
    }
    let conn =
        Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|_| {
            Error::new(
                ErrorCode::NotADatabase,
                format!("{} is not a Leadledger database", file.display()),
            )
        })?;
    let (app, version) = header(&conn).map_err(|_| {
        Error::new(
            ErrorCode::NotADatabase,
            format!("{} is not a Leadledger database", file.display()),
        )
    })?;
    check_header(app, version, file)?;
    debug_assert_eq!(app, APPLICATION_ID);
    quick_check(&conn, file)
}

/// Replaces the database at `db` with the backup `from`, after keeping the
/// current file as a backup. Returns where the current file was kept.
pub fn restore(db: &Path, from: &Path) -> Result<Option<PathBuf>> {
    verify(from)?;
    let stamp = chrono::Local::now().format("%Y-%m-%d-%H%M%S");
    let mut kept = None;
    if db.exists() {
        let conn = Connection::open(db)?;
        // Two restores within one second (undoing a restore at once) must not
        // overwrite the copy the second one restores from.
        let mut out = backups_dir(db).join(format!("before-restore-{stamp}.db"));
        let mut n = 2;
        while out.exists() {
            out = backups_dir(db).join(format!("before-restore-{stamp}-{n}.db"));
            n += 1;
        }
        snapshot(&conn, &out)?;
        // Fold the WAL into the file so no stale log outlives the swap.
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        drop(conn);
        kept = Some(out);
    }
    atomic::write_via_path(db, |tmp| {
        std::fs::copy(from, tmp)?;
        for ext in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", db.display()));
        }
        Ok(())
    })?;
    Ok(kept)
}

impl Store {
    /// Writes a checked copy of the database to `out`.
    pub fn backup_to(&self, out: &Path) -> Result<()> {
        if out.exists() {
            return Err(Error::new(
                ErrorCode::Duplicate,
                format!("{} already exists", out.display()),
            ));
        }
        match self.db.sqlite() {
            Some(conn) => snapshot(conn, out),
            // A team database's copy is a single file made of it, checked
            // like any backup before it appears.
            None => self.pull_into(out),
        }
    }

    /// Names who makes the following changes, for the audit trail.
    pub fn set_actor(&mut self, name: &str) -> Result<()> {
        let name = name.trim();
        let name = if name.is_empty() { "unknown" } else { name };
        match self.db.sqlite() {
            Some(conn) => {
                conn.execute("UPDATE audit_actor SET name = ?1 WHERE id = 1", [name])?;
            }
            // On a team server the trail records each person's own login,
            // which no seat can claim for another (decision 50).
            None => {}
        }
        Ok(())
    }

    /// How many changes the audit trail holds.
    pub fn audit_count(&self) -> Result<i64> {
        self.db
            .with(|x| x.query_one("SELECT count(*) FROM audit", &[])?.int(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotation_keeps_seven_days_four_weeks_twelve_months() {
        let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
        let days: Vec<NaiveDate> = (0..500).map(|i| start + chrono::Days::new(i)).collect();
        let kept = keep(&days);
        let newest = *days.last().unwrap();
        // The last seven days are all there.
        for i in 0..7 {
            assert!(kept.contains(&(newest - chrono::Days::new(i))));
        }
        // Twelve months reach back eleven months before the newest.
        let oldest = kept.iter().next().unwrap();
        assert_eq!((oldest.year(), oldest.month()), (2025, 6));
        assert!(kept.len() <= 7 + 4 + 12);
        assert!(kept.len() >= 12);
    }

    #[test]
    fn daily_names_parse() {
        assert_eq!(
            daily_date("daily-2026-11-22.db"),
            NaiveDate::from_ymd_opt(2026, 11, 22)
        );
        assert_eq!(daily_date("before-restore-2026.db"), None);
    }
}
