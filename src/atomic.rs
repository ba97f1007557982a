//! Writing the user's files atomically: CSV exports, PDF reports, backups
//! and restored databases.
//!
//! Every file the product writes for the user goes through here: into a
//! temporary file in the target's own directory (so the final rename never
//! crosses file systems), flushed to disk, renamed over the target, and on
//! Unix the directory is flushed too, so the rename itself survives a power
//! cut. A reader therefore never sees a half-written file, and a crash, a
//! full disk or a failing writer leaves the old file exactly as it was.
//!
//! The temporary file is made by the `tempfile` crate and is named `.tmp`
//! and six random characters: hidden, and never mistaken for a `.csv`,
//! `.pdf` or `.db` (the backup list and rotation only look at `.db` files).
//! When the writer fails it is removed; when the process is killed (or the
//! machine stops) while writing, it stays behind, a harmless dot file that
//! the next write neither reads nor trips over and that can be deleted.
//!
//! Three entry points: [`write`] for bytes already in memory, [`write_with`]
//! for a writer that streams (an export or report need not be held in
//! memory), and [`write_via_path`] for a writer that must be given a path,
//! such as SQLite's `VACUUM INTO` or a file copy. Errors are the crate's
//! [`Error`] with a sentence naming the target; they carry no `field`,
//! which the caller adds when one input named the file.

use crate::error::{Error, ErrorCode, Result};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// Writes `bytes` to `path` atomically.
pub fn write(path: impl AsRef<Path>, bytes: &[u8]) -> Result<()> {
    let path = path.as_ref();
    write_with(path, |out| {
        out.write_all(bytes).map_err(|e| io_error(path, e))
    })
}

/// Writes `path` atomically with whatever `fill` writes into the (buffered)
/// temporary file, and returns what `fill` returns. When `fill` fails, the
/// old file stays and the temporary file is removed.
pub fn write_with<T>(
    path: impl AsRef<Path>,
    fill: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    let path = path.as_ref();
    let dir = directory_of(path)?;
    let mut temp = temporary_in(path, &dir)?;
    let value = {
        let mut out = BufWriter::new(temp.as_file_mut());
        let value = fill(&mut out)?;
        out.flush().map_err(|e| io_error(path, e))?;
        value
    };
    temp.as_file().sync_all().map_err(|e| io_error(path, e))?;
    // On failure the temporary file comes back in the error and is removed
    // when that is dropped.
    temp.persist(path).map_err(|e| io_error(path, e.error))?;
    sync_directory(&dir);
    Ok(value)
}

/// Like [`write_with`] for writers that want a path rather than a stream:
/// `fill` gets the path of an empty temporary file beside `path` (SQLite's
/// `VACUUM INTO` accepts an empty file), which is flushed and renamed over
/// `path` when `fill` succeeds and removed when it fails.
pub fn write_via_path<T>(
    path: impl AsRef<Path>,
    fill: impl FnOnce(&Path) -> Result<T>,
) -> Result<T> {
    let path = path.as_ref();
    let dir = directory_of(path)?;
    // Closed, so the writer can open it itself; still removed on drop.
    let temp = temporary_in(path, &dir)?.into_temp_path();
    let value = fill(&temp)?;
    std::fs::File::open(&temp)
        .and_then(|f| f.sync_all())
        .map_err(|e| io_error(path, e))?;
    temp.persist(path).map_err(|e| io_error(path, e.error))?;
    sync_directory(&dir);
    Ok(value)
}

/// The directory `path` will be written in, after checking that `path`
/// names a file there and that the directory exists.
fn directory_of(path: &Path) -> Result<PathBuf> {
    if path.file_name().is_none() {
        return Err(Error::new(
            ErrorCode::Invalid,
            format!("{} is not a file name", path.display()),
        ));
    }
    if path.is_dir() {
        return Err(Error::new(
            ErrorCode::Invalid,
            format!("{} is a directory", path.display()),
        ));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    match std::fs::metadata(&dir) {
        Ok(m) if m.is_dir() => Ok(dir),
        Ok(_) => Err(cannot_write(
            path,
            format!("{} is not a directory", dir.display()),
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(cannot_write(
            path,
            format!("the directory {} does not exist ({e})", dir.display()),
        )),
        Err(e) => Err(io_error(path, e)),
    }
}

/// An empty temporary file in `dir`, with the permissions a plain
/// `File::create` would give (the user's umask applies), not tempfile's
/// owner-only default: an export is for the user's other programs too.
fn temporary_in(path: &Path, dir: &Path) -> Result<NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(dir).map_err(|e| io_error(path, e))
}

/// Makes the rename durable. Not every file system can flush a directory,
/// and the new file is complete and in place either way, so a failure here
/// is not reported.
fn sync_directory(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

fn cannot_write(path: &Path, why: String) -> Error {
    Error::new(
        ErrorCode::Io,
        format!("cannot write {}: {why}", path.display()),
    )
}

/// An I/O error while writing `path`; a full disk keeps its own code, as in
/// `From<std::io::Error> for Error`.
fn io_error(path: &Path, e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::StorageFull {
        return Error::new(
            ErrorCode::DiskFull,
            format!("the disk is full; {} was not written ({e})", path.display()),
        );
    }
    cannot_write(path, e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut n: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        n.sort();
        n
    }

    #[test]
    fn success_replaces_the_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.csv");
        write(&path, b"first").unwrap();
        write(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let n = write_with(&path, |out| {
            out.write_all(b"third, ")?;
            out.write_all(b"streamed")?;
            Ok(15)
        })
        .unwrap();
        assert_eq!(n, 15);
        assert_eq!(std::fs::read(&path).unwrap(), b"third, streamed");
        write_via_path(&path, |tmp| {
            assert_eq!(tmp.parent(), Some(dir.path()));
            assert!(tmp
                .file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(".tmp"));
            std::fs::write(tmp, b"fourth")?;
            Ok(())
        })
        .unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"fourth");
        assert_eq!(names(dir.path()), ["export.csv"]);
    }

    #[cfg(unix)]
    #[test]
    fn the_file_is_readable_like_one_from_file_create() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("plain");
        std::fs::File::create(&plain).unwrap();
        let path = dir.path().join("atomic");
        write(&path, b"x").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), mode(&plain));
    }

    #[test]
    fn a_failing_writer_leaves_the_old_file_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.csv");
        write(&path, b"old").unwrap();
        let e = write_with(&path, |out| -> Result<()> {
            out.write_all(&[b'x'; 100_000])?;
            Err(Error::new(ErrorCode::Io, "the writer gave up"))
        })
        .unwrap_err();
        assert_eq!(e.message, "the writer gave up");
        let e = write_via_path(&path, |tmp| -> Result<()> {
            std::fs::write(tmp, b"half")?;
            Err(Error::new(ErrorCode::Corrupt, "the copy is damaged"))
        })
        .unwrap_err();
        assert_eq!(e.code, ErrorCode::Corrupt);
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert_eq!(names(dir.path()), ["export.csv"]);
    }

    #[test]
    fn a_missing_directory_is_named_and_nothing_is_made() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no-such-dir").join("r.csv");
        let e = write(&missing, b"x").unwrap_err();
        assert_eq!(e.code, ErrorCode::Io);
        assert!(
            e.message.contains(&missing.display().to_string())
                && e.message.contains("no-such-dir does not exist"),
            "{}",
            e.message
        );
        assert!(!dir.path().join("no-such-dir").exists());
        // A file where the directory should be, and a directory as target.
        let file = dir.path().join("file");
        write(&file, b"x").unwrap();
        let e = write(file.join("r.csv"), b"x").unwrap_err();
        assert!(e.message.contains("is not a directory"), "{}", e.message);
        let e = write(dir.path(), b"x").unwrap_err();
        assert_eq!(e.code, ErrorCode::Invalid);
        assert!(e.message.ends_with("is a directory"), "{}", e.message);
        assert_eq!(names(dir.path()), ["file"]);
    }
}
