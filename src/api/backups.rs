//! Backups in Settings: the list, a backup on demand, and restoring one. The
//! page names a backup only by the file name it was given in the list; the
//! path is always made here, from the backups folder of the open database,
//! so no path from the page ever reaches the file system. A restore keeps the
//! current file as a backup first, then reopens the session on the restored
//! file with empty caches and no pending undo. On a team database the
//! backups are files pulled from the server (see `team`); restoring one into
//! the server is refused for now.

use super::dto_safety::{BackupDto, BackupKind};
use super::integrity::{open_file, refuse_over_newer};
use super::Session;
use crate::error::{Error, ErrorCode, Result};
#[cfg(test)]
use crate::store::backup::stamp_in;
use crate::store::backup::{self, backups_dir, daily_date, when_of, BackupInfo};
use crate::store::recovery;
#[cfg(test)]
use chrono::NaiveDateTime;
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeSet;

/// Which daily backups the rotation keeps for being recent (the 7 newest
/// days) and which for standing in for a week (the newest day of each of
/// the 4 newest ISO weeks); the others it keeps stand in for a month.
fn daily_roles(dates: &[NaiveDate]) -> (BTreeSet<NaiveDate>, BTreeSet<NaiveDate>) {
    let mut sorted = dates.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    sorted.dedup();
    let recent: BTreeSet<NaiveDate> = sorted.iter().take(7).copied().collect();
    let mut weeks = Vec::new();
    let mut weekly = BTreeSet::new();
    for d in &sorted {
        let w = (d.iso_week().year(), d.iso_week().week());
        if !weeks.contains(&w) && weeks.len() < 4 {
            weeks.push(w);
            weekly.insert(*d);
        }
    }
    (recent, weekly)
}

/// The kind of a backup, from its name.
pub fn kind_of(
    name: &str,
    recent: &BTreeSet<NaiveDate>,
    weekly: &BTreeSet<NaiveDate>,
) -> BackupKind {
    if let Some(d) = daily_date(name) {
        return if recent.contains(&d) {
            BackupKind::Daily
        } else if weekly.contains(&d) {
            BackupKind::Weekly
        } else {
            BackupKind::Monthly
        };
    }
    let prefixes = [
        ("manual-", BackupKind::Manual),
        ("before-migration-", BackupKind::PreMigration),
        ("before-restore-", BackupKind::PreRestore),
        ("damaged-", BackupKind::Damaged),
    ];
    prefixes
        .iter()
        .find(|(p, _)| name.starts_with(p))
        .map_or(BackupKind::Other, |(_, k)| *k)
}

/// The list as the page shows it, newest first.
pub(super) fn dtos(list: &[BackupInfo]) -> Vec<BackupDto> {
    let dates: Vec<NaiveDate> = list
        .iter()
        .filter_map(|b| daily_date(&b.file_name))
        .collect();
    let (recent, weekly) = daily_roles(&dates);
    let mut out: Vec<BackupDto> = list
        .iter()
        .map(|b| BackupDto {
            name: b.file_name.clone(),
            when: when_of(b),
            kind: kind_of(&b.file_name, &recent, &weekly),
            bytes: b.bytes,
        })
        .collect();
    out.sort_by(|a, b| b.when.cmp(&a.when).then(b.name.cmp(&a.name)));
    out
}

/// The backup `name` of the list beside `anchor`.
fn find(anchor: &std::path::Path, name: &str) -> Result<BackupInfo> {
    backup::list(anchor)?
        .into_iter()
        .find(|b| b.file_name == name)
        .ok_or_else(|| {
            Error::field(
                ErrorCode::NotFound,
                "name",
                format!("there is no backup named '{name}'"),
            )
        })
}

fn demo_has_none() -> Error {
    Error::new(
        ErrorCode::Invalid,
        "the demo company lives in memory and has no backups; start your own company to keep them",
    )
}

impl Session {
    /// The backups beside the database, newest first. A team database's are
    /// the single files pulled from it, in its folder beside the local data.
    pub fn list_backups(&self) -> Result<Vec<BackupDto>> {
        self.require(crate::role::Act::Backup)?;
        let st = self.lock();
        if st.demo {
            return Ok(Vec::new());
        }
        let anchor = self.backups_anchor(&st);
        drop(st);
        Ok(dtos(&backup::list(&anchor)?))
    }

    /// Takes a checked backup now, named `manual-<date>-<time>.db`.
    pub fn backup_now(&self) -> Result<BackupDto> {
        self.require(crate::role::Act::Backup)?;
        let st = self.lock();
        if st.demo {
            return Err(demo_has_none());
        }
        if st.read_only {
            // A copy of a damaged file would pass for a sound backup.
            return Err(super::integrity::read_only_error());
        }
        let store = st.store.as_ref().ok_or_else(super::no_company)?;
        let dir = backups_dir(&self.backups_anchor(&st));
        // A team database's folder is made on its first backup.
        std::fs::create_dir_all(&dir)?;
        let stamp = chrono::Local::now().format("%Y-%m-%d-%H%M%S").to_string();
        let mut name = format!("manual-{stamp}.db");
        let mut n = 2;
        while dir.join(&name).exists() {
            name = format!("manual-{stamp}-{n}.db");
            n += 1;
        }
        store.backup_to(&dir.join(&name))?;
        drop(st);
        self.list_backups()?
            .into_iter()
            .find(|b| b.name == name)
            .ok_or_else(|| Error::new(ErrorCode::Io, "the backup was not found after writing"))
    }

    /// Replaces the database with the backup `name` from [`Session::list_backups`].
    pub fn restore_backup(&self, name: String) -> Result<super::SessionStatus> {
        // A damaged file is restored from the problem screen, which has no
        // PIN field: what it needs is its backup, not a lock. The role
        // applies all the same.
        if self.lock().read_only {
            self.seat_role().require(crate::role::Act::Backup)?;
        } else {
            self.require(crate::role::Act::Backup)?;
        }
        let mut st = self.lock();
        if st.demo {
            return Err(demo_has_none());
        }
        if st.team.is_some() {
            let anchor = self.backups_anchor(&st);
            let chosen = find(&anchor, &name)?;
            let store = st.store.as_mut().ok_or_else(super::no_company)?;
            store.restore_team(&chosen.path, &backups_dir(&anchor))?;
            // Nothing loaded before the restore applies any more.
            st.cache = None;
            st.cache_mark = None;
            st.undo.clear();
            st.log_keys = None;
            drop(st);
            return self.status();
        }
        refuse_over_newer(st.problem.as_ref())?;
        let chosen = find(self.db_path(), &name)?;
        // A damaged or foreign backup is refused before anything changes.
        backup::verify(&chosen.path)?;
        let db = self.db_path().to_path_buf();
        let damaged = st.problem.is_some();
        // The restore replaces the file under the open connection: close it.
        st.store = None;
        st.cache = None;
        st.undo.clear();
        let result = if damaged && db.exists() {
            // SQLite cannot copy a file it cannot read whole; keep it byte for byte.
            recovery::set_aside_damaged(&db).and_then(|_| backup::restore(&db, &chosen.path))
        } else {
            match backup::restore(&db, &chosen.path) {
                Err(e) if e.code == ErrorCode::Corrupt && db.exists() => {
                    recovery::set_aside_damaged(&db)
                        .and_then(|_| backup::restore(&db, &chosen.path))
                }
                other => other,
            }
        };
        // Whatever happened, the session goes on with what is on disk now.
        let opened = open_file(&db);
        st.store = opened.store;
        st.read_only = opened.read_only;
        st.problem = opened.problem;
        st.warnings = super::integrity::location_notices(&db);
        drop(st);
        result?;
        self.status()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn names_tell_kind_and_time() {
        assert_eq!(
            stamp_in("before-migration-v1-2026-03-04-101502.db"),
            NaiveDateTime::parse_from_str("2026-03-04 10:15:02", "%Y-%m-%d %H:%M:%S").ok()
        );
        assert_eq!(stamp_in("daily-2026-03-04.db"), None);
        let none = BTreeSet::new();
        assert_eq!(
            kind_of("manual-2026-03-04-101502.db", &none, &none),
            "manual"
        );
        assert_eq!(
            kind_of("before-restore-2026-03-04-101502.db", &none, &none),
            "pre_restore"
        );
        assert_eq!(
            kind_of("before-migration-v1-x.db", &none, &none),
            "pre_migration"
        );
        assert_eq!(kind_of("copy.db", &none, &none), "other");
    }

    #[test]
    fn dailies_are_daily_weekly_or_monthly() {
        // Every day of two months, as the rotation would have thinned them.
        let days: Vec<NaiveDate> = (0..60)
            .map(|i| d("2026-01-01") + chrono::Days::new(i))
            .collect();
        let kept: Vec<NaiveDate> = backup::keep(&days).into_iter().collect();
        let (recent, weekly) = daily_roles(&kept);
        let kind = |s: &str| kind_of(&format!("daily-{s}.db"), &recent, &weekly);
        assert_eq!(kind("2026-03-01"), "daily");
        assert_eq!(kind("2026-02-23"), "daily");
        // 2026-02-22 is the Sunday ending ISO week 8: it stands for that week.
        assert_eq!(kind("2026-02-22"), "weekly");
        assert_eq!(kind("2026-01-31"), "monthly");
    }
}
