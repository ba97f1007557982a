//! What the app does with a database it cannot open normally. A damaged file
//! is still worth reading: the owner can look up last week's figures while
//! deciding to restore a backup, so it is opened read-only, without the daily
//! backup, the migrations or any pragma that writes. A file from a newer
//! version is only ever looked at (its header), never opened for writing.
//! Restoring over a damaged file first moves it, byte for byte, into the
//! backups folder, because SQLite cannot copy a file it cannot read whole.

use super::backup::{backups_dir, BackupInfo};
use super::{check_header, header, settings, Store, SCHEMA_VERSION};
use crate::error::{Error, ErrorCode, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// Reads `(application_id, user_version)` of the file at `path` through a
/// read-only connection, so nothing of the file changes.
pub fn header_of(path: &Path) -> Result<(i64, i64)> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    header(&conn)
}

fn sidecar(db: &Path, ext: &str) -> PathBuf {
    PathBuf::from(format!("{}{ext}", db.display()))
}

impl Store {
    /// Opens the database at `path` for reading only. SQLite refuses every
    /// write on this connection (`SQLITE_OPEN_READ_ONLY` and `query_only`),
    /// so even a bug above cannot make the damage worse.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(Error::new(
                ErrorCode::NotFound,
                format!("there is no database at {}", path.display()),
            ));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "query_only", true)?;
        let (app, version) = header(&conn)?;
        check_header(app, version, path)?;
        if version < 1 {
            // Without the first migration there are no tables to read, and a
            // read-only connection must not create them.
            return Err(Error::new(
                ErrorCode::NotADatabase,
                format!(
                    "{} has no Leadledger tables (schema {version} of {SCHEMA_VERSION})",
                    path.display()
                ),
            ));
        }
        let settings = settings::load(&mut super::db::Lite(&conn))?;
        Ok(Store {
            db: super::db::Conn::Sqlite(conn),
            path: Some(path.to_path_buf()),
            team: None,
            settings,
            role: crate::role::Role::Owner,
        })
    }
}

/// Moves the damaged database at `db` (and its write-ahead log) into the
/// backups folder as `damaged-<stamp>.db`, so a restore can put a sound copy
/// in its place while the damaged one stays for whoever may rescue data from
/// it. A rename keeps every byte and cannot fail half-way.
pub fn set_aside_damaged(db: &Path) -> Result<PathBuf> {
    let dir = backups_dir(db);
    std::fs::create_dir_all(&dir)?;
    let stamp = chrono::Local::now().format("%Y-%m-%d-%H%M%S");
    let mut out = dir.join(format!("damaged-{stamp}.db"));
    let mut n = 2;
    while out.exists() {
        out = dir.join(format!("damaged-{stamp}-{n}.db"));
        n += 1;
    }
    std::fs::rename(db, &out)?;
    let wal = sidecar(db, "-wal");
    if wal.exists() {
        std::fs::rename(&wal, sidecar(&out, "-wal"))?;
    }
    // The shared-memory index is rebuilt from the log; a stale one beside the
    // restored file would only mislead SQLite.
    let _ = std::fs::remove_file(sidecar(db, "-shm"));
    Ok(out)
}

/// The sound backup with the newest file time among `list`, checked with
/// `quick_check`; the damaged copies kept by [`set_aside_damaged`] never count.
pub fn newest_sound(list: &[BackupInfo]) -> Option<BackupInfo> {
    let mut by_time: Vec<(std::time::SystemTime, &BackupInfo)> = list
        .iter()
        .filter(|b| !b.file_name.starts_with("damaged-"))
        .map(|b| {
            let t = std::fs::metadata(&b.path)
                .and_then(|m| m.modified())
                .unwrap_or(std::time::UNIX_EPOCH);
            (t, b)
        })
        .collect();
    by_time.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.file_name.cmp(&a.1.file_name)));
    by_time
        .into_iter()
        .map(|(_, b)| b)
        .find(|b| super::backup::verify(&b.path).is_ok())
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::Settings;

    fn db() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        Store::create(
            &path,
            Settings {
                currency: "EUR".into(),
                ..Settings::default()
            },
        )
        .unwrap();
        (dir, path)
    }

    #[test]
    fn read_only_store_reads_and_refuses_writes() {
        let (_dir, path) = db();
        let before = std::fs::read(&path).unwrap();
        let mut store = Store::open_read_only(&path).unwrap();
        assert_eq!(store.settings().currency, "EUR");
        assert!(store.load_dataset().is_ok());
        assert!(store.set_actor("someone").is_err());
        drop(store);
        // No backup was taken and the file did not change.
        assert!(!backups_dir(&path).exists());
        assert_eq!(std::fs::read(&path).unwrap(), before);
        assert_eq!(header_of(&path).unwrap().1, SCHEMA_VERSION);
    }

    #[test]
    fn a_damaged_file_is_moved_aside_whole() {
        let (_dir, path) = db();
        let bytes = std::fs::read(&path).unwrap();
        let kept = set_aside_damaged(&path).unwrap();
        assert!(!path.exists());
        assert_eq!(std::fs::read(&kept).unwrap(), bytes);
        assert!(kept
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("damaged-"));
        assert!(newest_sound(&super::super::backup::list(&path).unwrap()).is_none());
    }
}
