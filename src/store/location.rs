//! Where the database file lies, and whether that place endangers it.
//!
//! SQLite keeps a database whole only when the file system honours its locks
//! and writes in order. Network file systems (NFS, SMB, sshfs, ...) often do
//! neither, so two computers using one file can damage it; and cloud-sync
//! clients (Dropbox, OneDrive, ...) copy the file and its write-ahead log
//! separately while they change, which loses changes or makes conflicting
//! copies. Nothing here refuses such a place: the user is warned, once per
//! opening, and told what to do instead.
//!
//! The mount table is parsed by pure functions over its text, so the rules are
//! tested without a network share.

use serde::Serialize;
use std::path::{Component, Path, PathBuf};

/// What kind of risky place the database lies in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum LocationCode {
    /// On a network file system: locks and ordering are not to be trusted.
    NetworkShare,
    /// In a folder a cloud-sync client copies while the file changes.
    CloudFolder,
}

impl LocationCode {
    pub const ALL: &'static [LocationCode] =
        &[LocationCode::NetworkShare, LocationCode::CloudFolder];

    /// The stable spelling the UI and scripts branch on.
    pub fn as_str(self) -> &'static str {
        match self {
            LocationCode::NetworkShare => "network_share",
            LocationCode::CloudFolder => "cloud_folder",
        }
    }
}

/// A warning about where the database lies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocationWarning {
    pub code: LocationCode,
    /// What was found: `nfs4 at /mnt/office` or the sync folder's name.
    pub detail: String,
    /// One sentence for the user: the risk and what to do instead.
    pub message: String,
}

/// One line of `/proc/self/mountinfo`, the parts that matter here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mount {
    pub mount_point: PathBuf,
    pub fstype: String,
    pub source: String,
}

/// File system types whose locking SQLite cannot rely on.
const NETWORK_FS: &[&str] = &[
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "9p",
    "afs",
    "ceph",
    "glusterfs",
    "lustre",
    "gpfs",
    "beegfs",
    "davfs",
    "ncpfs",
    "coda",
    "vboxsf",
    "vmhgfs",
    "virtiofs",
];

/// FUSE file systems (`fuse.<name>`) that reach a remote store: sshfs, the
/// GNOME and KDE share browsers, and the sync and bucket clients.
const NETWORK_FUSE: &[&str] = &[
    "sshfs",
    "gvfsd-fuse",
    "kio-fuse",
    "rclone",
    "s3fs",
    "gcsfuse",
    "goofys",
    "davfs2",
    "google-drive-ocamlfuse",
    "onedriver",
    "dropbox",
    "kbfsfuse",
    "glusterfs",
    "ceph-fuse",
    "vmhgfs-fuse",
    "megafuse",
    "pcloud",
];

/// Parses the text of `/proc/self/mountinfo`. Lines that do not have the
/// documented shape are skipped rather than trusted.
pub fn parse_mountinfo(text: &str) -> Vec<Mount> {
    let mut mounts = Vec::new();
    for line in text.lines() {
        let fields: Vec<&str> = line.split(' ').collect();
        // id, parent, major:minor, root, mount point, options, optional
        // fields ..., "-", fstype, source, super options.
        let Some(dash) = fields.iter().skip(6).position(|f| *f == "-") else {
            continue;
        };
        let after = &fields[6 + dash + 1..];
        let (Some(point), Some(fstype)) = (fields.get(4), after.first()) else {
            continue;
        };
        mounts.push(Mount {
            mount_point: PathBuf::from(unescape(point)),
            fstype: fstype.to_string(),
            source: after.get(1).map(|s| unescape(s)).unwrap_or_default(),
        });
    }
    mounts
}

/// Undoes the kernel's octal escapes (`\040` for a space, `\134` for a
/// backslash), which it uses so that fields never contain blanks.
fn unescape(field: &str) -> String {
    let bytes = field.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let octal = bytes.get(i + 1..i + 4).filter(|d| {
            bytes[i] == b'\\' && d.iter().all(|b| (b'0'..=b'7').contains(b)) && d[0] <= b'3'
        });
        match octal {
            Some(d) => {
                out.push((d[0] - b'0') * 64 + (d[1] - b'0') * 8 + (d[2] - b'0'));
                i += 4;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The mount `dir` lies on: the longest mount point that is a prefix of it,
/// whole components only. Of equal mount points the later line wins, since a
/// later mount hides an earlier one at the same place.
pub fn mount_of<'a>(mounts: &'a [Mount], dir: &Path) -> Option<&'a Mount> {
    let mut best: Option<&Mount> = None;
    for m in mounts.iter().filter(|m| dir.starts_with(&m.mount_point)) {
        let longer = best.is_none_or(|b| {
            m.mount_point.components().count() >= b.mount_point.components().count()
        });
        if longer {
            best = Some(m);
        }
    }
    best
}

/// Whether a file system type is a network or remote one.
pub fn is_network_fs(fstype: &str) -> bool {
    let fstype = fstype.to_ascii_lowercase();
    if NETWORK_FS.contains(&fstype.as_str()) {
        return true;
    }
    match fstype.strip_prefix("fuse.") {
        Some(name) => NETWORK_FUSE.contains(&name) || NETWORK_FS.contains(&name),
        None => false,
    }
}

/// The warning for `dir` (an absolute, canonical directory) given the text
/// of the mount table, if it lies on a network file system.
pub fn network_warning(mountinfo: &str, dir: &Path) -> Option<LocationWarning> {
    let mounts = parse_mountinfo(mountinfo);
    let m = mount_of(&mounts, dir).filter(|m| is_network_fs(&m.fstype))?;
    let detail = format!("{} at {}", m.fstype, m.mount_point.display());
    Some(LocationWarning {
        code: LocationCode::NetworkShare,
        message: format!(
            "the database lies on a network file system ({detail}); locking there is not \
             reliable, and two computers using the file at once can damage it. Keep it on a \
             local disk and share backups or exports instead"
        ),
        detail,
    })
}

/// Whether a folder name is one a cloud-sync client keeps in step.
fn is_cloud_name(name: &str) -> bool {
    let n = name.trim().to_lowercase();
    const EXACT: &[&str] = &[
        "dropbox",
        "onedrive",
        "google drive",
        "googledrive",
        "my drive",
        "icloud drive",
        "iclouddrive",
        "mobile documents",
        "com~apple~clouddocs",
        "cloudstorage",
        "nextcloud",
        "owncloud",
        "pcloud drive",
        "pclouddrive",
        "mega",
        "megasync",
        "sync",
        "box",
        "box sync",
        "yandex.disk",
        "yandexdisk",
    ];
    // Business and per-account folders carry a suffix: "OneDrive - Acme",
    // "Dropbox (Acme)", "GoogleDrive-anna@example.com".
    const PREFIXES: &[&str] = &[
        "onedrive - ",
        "onedrive-",
        "dropbox (",
        "dropbox-",
        "googledrive-",
        "google drive (",
        "box-",
        "nextcloud-",
    ];
    EXACT.contains(&n.as_str()) || PREFIXES.iter().any(|p| n.starts_with(p))
}

/// The warning for a directory lying inside a cloud-sync folder, naming the
/// outermost such folder (the one the user knows).
pub fn cloud_warning(dir: &Path) -> Option<LocationWarning> {
    let name = dir.components().find_map(|c| match c {
        Component::Normal(n) => n.to_str().filter(|n| is_cloud_name(n)),
        _ => None,
    })?;
    Some(LocationWarning {
        code: LocationCode::CloudFolder,
        detail: name.to_string(),
        message: format!(
            "the database lies in the cloud-sync folder '{name}'; the sync client can copy the \
             file while it is being written, or make conflicting copies, and changes get lost. \
             Keep it in a local folder outside '{name}' and let the backups go to the cloud \
             instead"
        ),
    })
}

/// The nearest existing directory holding `path` (a database that need not
/// exist yet), absolute, with symbolic links resolved where possible.
fn existing_dir(path: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(path).ok()?;
    let mut dir = absolute.parent()?.to_path_buf();
    loop {
        if let Ok(canonical) = dir.canonicalize() {
            return Some(canonical);
        }
        dir = dir.parent()?.to_path_buf();
    }
}

/// Whether the database at `path` lies on a network share or in a
/// cloud-sync folder; `None` when the place is fine or cannot be told.
/// A network share is named first: it is the graver risk.
pub fn warning(path: &Path) -> Option<LocationWarning> {
    let dir = existing_dir(path)?;
    if let Ok(text) = std::fs::read_to_string("/proc/self/mountinfo") {
        if let Some(w) = network_warning(&text, &dir) {
            return Some(w);
        }
    }
    // The path as the user wrote it counts too: a link from `~/Dropbox` into
    // a local disk still puts the file under the sync client's eye.
    let given = std::path::absolute(path)
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf));
    cloud_warning(&dir).or_else(|| given.and_then(|g| cloud_warning(&g)))
}

#[cfg(test)]
#[path = "location_tests.rs"]
mod tests;
