//! Opening the database at start without ever giving up on the user. A file
//! that fails its check opens read-only (if it can be read at all) so the
//! figures stay visible while the owner restores a backup; a file from a
//! newer version, a foreign file or one that cannot be read is left exactly
//! as it is, and the page explains what happened instead of the app exiting.
//! Where the file lies (a network share, a cloud-sync folder) is checked on
//! every opening and reported as a notice.

use super::dto_safety::{ArgDto, ArgKind, NoticeDto, ProblemCode, ProblemDto};
use crate::error::{Error, ErrorCode, Result};
use crate::store::{backup, location, recovery, Store, SCHEMA_VERSION};
use std::path::Path;

/// What opening a file gave: a store (writable or read-only) and, when the
/// file could not be opened normally, why.
pub(super) struct Opened {
    pub store: Option<Store>,
    pub read_only: bool,
    pub problem: Option<ProblemDto>,
}

/// Opens the database at `path`, falling back as the module describes.
pub(super) fn open_file(path: &Path) -> Opened {
    let e = match Store::open(path).and_then(|mut s| s.purge_on_opening().map(|_| s)) {
        Ok(store) => {
            return Opened {
                store: Some(store),
                read_only: false,
                problem: None,
            }
        }
        Err(e) => e,
    };
    let problem = problem_of(path, &e);
    if e.code == ErrorCode::Corrupt {
        if let Ok(store) = Store::open_read_only(path) {
            return Opened {
                store: Some(store),
                read_only: true,
                problem: Some(problem),
            };
        }
    }
    Opened {
        store: None,
        read_only: false,
        problem: Some(problem),
    }
}

/// The problem the page shows for an error opening `path`.
pub(super) fn problem_of(path: &Path, e: &Error) -> ProblemDto {
    let code = match e.code {
        ErrorCode::Corrupt => ProblemCode::Corrupt,
        ErrorCode::DatabaseTooNew => ProblemCode::TooNew,
        ErrorCode::NotADatabase => ProblemCode::NotADatabase,
        _ => ProblemCode::Unreadable,
    };
    let too_new = e.code == ErrorCode::DatabaseTooNew;
    // Restoring an older backup over a newer file would throw away whatever
    // the newer version wrote, so no backup is offered then.
    let newest = if too_new {
        None
    } else {
        backup::list(path)
            .ok()
            .and_then(|l| recovery::newest_sound(&l))
    };
    ProblemDto {
        code,
        message: e.message.clone(),
        file: path.display().to_string(),
        newest_backup_at: newest.as_ref().map(backup::when_of),
        newest_backup: newest.map(|b| b.file_name),
        found_version: if too_new {
            recovery::header_of(path).ok().map(|(_, v)| v)
        } else {
            None
        },
        supported_version: SCHEMA_VERSION,
    }
}

/// The notices about where the database at `path` lies.
pub(super) fn location_notices(path: &Path) -> Vec<NoticeDto> {
    location::warning(path)
        .map(|w| NoticeDto {
            code: w.code,
            message_id: format!("ui-location-{}", w.code.as_str().replace('_', "-")),
            args: vec![ArgDto::new("detail", ArgKind::Text, w.detail.clone())],
            message: w.message,
        })
        .into_iter()
        .collect()
}

/// The refusal of every change while the file is open read-only.
pub(super) fn read_only_error() -> Error {
    Error::new(
        ErrorCode::ReadOnly,
        "the database is damaged and open for reading only; restore a backup (Settings → \
         Backups) before changing anything",
    )
}

/// Refuses to restore over a file from a newer version: it stays untouched.
pub(super) fn refuse_over_newer(problem: Option<&ProblemDto>) -> Result<()> {
    match problem {
        Some(p) if p.code == ProblemCode::TooNew => Err(Error::new(
            ErrorCode::DatabaseTooNew,
            format!(
                "{} was written by a newer version of Leadledger; update Leadledger instead of \
                 restoring a backup over it. The file was not changed.",
                p.file
            ),
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::Settings;

    fn create(path: &Path) {
        Store::create(
            path,
            Settings {
                currency: "EUR".into(),
                ..Settings::default()
            },
        )
        .unwrap();
    }

    #[test]
    fn a_sound_file_opens_for_writing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.db");
        create(&path);
        let o = open_file(&path);
        assert!(o.store.is_some() && !o.read_only && o.problem.is_none());
    }

    #[test]
    fn a_newer_file_is_described_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.db");
        create(&path);
        {
            let c = rusqlite::Connection::open(&path).unwrap();
            c.pragma_update(None, "user_version", SCHEMA_VERSION + 3)
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let o = open_file(&path);
        let p = o.problem.unwrap();
        assert!(o.store.is_none());
        assert_eq!(p.code, "too_new");
        assert_eq!(p.found_version, Some(SCHEMA_VERSION + 3));
        assert_eq!(p.supported_version, SCHEMA_VERSION);
        assert!(p.newest_backup.is_none());
        assert_eq!(std::fs::read(&path).unwrap(), before);
        assert_eq!(
            refuse_over_newer(Some(&p)).unwrap_err().code,
            ErrorCode::DatabaseTooNew
        );
    }

    #[test]
    fn a_cloud_folder_gives_a_notice_with_its_name() {
        let dir = tempfile::tempdir().unwrap();
        let inside = dir.path().join("Dropbox").join("firm");
        std::fs::create_dir_all(&inside).unwrap();
        let notices = location_notices(&inside.join("a.db"));
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert_eq!(notices[0].code, "cloud_folder");
        assert_eq!(notices[0].message_id, "ui-location-cloud-folder");
        assert_eq!(notices[0].args[0].value, "Dropbox");
        assert!(location_notices(&dir.path().join("a.db")).is_empty());
    }
}
