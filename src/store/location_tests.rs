//! Tests of the location warning over made-up mount tables and paths, so the
//! rules are checked without a network share or a sync client.

use super::*;

/// A mount table in the kernel's format: a local root, an office NFS share
/// with a local disk mounted inside it, a Samba share whose mount point has a
/// space (escaped as `\040`), sshfs, the GNOME share browser, and a mount
/// point hidden by a later mount at the same place.
const MOUNTINFO: &str = "\
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw
40 27 0:50 / /mnt/office rw,relatime shared:12 - nfs4 fileserver:/export/office rw,vers=4.2
41 40 8:17 / /mnt/office/local rw,relatime - ext4 /dev/sdb1 rw
42 27 0:51 / /mnt/Shared\\040Files rw,relatime shared:13 master:2 - cifs //nas/shared rw
43 27 0:52 / /home/anna/remote rw,nosuid - fuse.sshfs anna@host:/data rw
44 27 0:53 / /run/user/1000/gvfs rw,nosuid - fuse.gvfsd-fuse gvfsd-fuse rw
45 27 0:54 / /srv/data rw - nfs server:/srv rw
46 27 8:33 / /srv/data rw - xfs /dev/sdc1 rw
47 27 0:55 / /home/anna/portal rw - fuse.portal portal rw
malformed line without the separator
";

fn net(dir: &str) -> Option<LocationWarning> {
    network_warning(MOUNTINFO, Path::new(dir))
}

#[test]
fn the_mount_table_is_parsed_with_escapes_and_optional_fields() {
    let mounts = parse_mountinfo(MOUNTINFO);
    assert_eq!(mounts.len(), 9, "the malformed line is skipped");
    assert_eq!(mounts[1].fstype, "nfs4");
    assert_eq!(mounts[1].source, "fileserver:/export/office");
    assert_eq!(mounts[3].mount_point, PathBuf::from("/mnt/Shared Files"));
    assert_eq!(mounts[3].fstype, "cifs");
    assert_eq!(unescape("a\\134b\\011c\\9x"), "a\\b\tc\\9x");
}

#[test]
fn network_file_systems_are_named_with_their_mount_point() {
    let w = net("/mnt/office/sales").expect("nfs4 warns");
    assert_eq!(w.code, LocationCode::NetworkShare);
    assert_eq!(w.code.as_str(), "network_share");
    assert_eq!(w.detail, "nfs4 at /mnt/office");
    assert!(w.message.contains("network file system"), "{}", w.message);
    assert_eq!(
        net("/mnt/Shared Files/ledger").unwrap().detail,
        "cifs at /mnt/Shared Files"
    );
    assert!(net("/home/anna/remote").is_some(), "sshfs");
    assert!(net("/run/user/1000/gvfs/smb-share:server=nas,share=x").is_some());
}

#[test]
fn the_longest_mount_point_decides_by_whole_components() {
    assert_eq!(net("/mnt/office/local/ledger"), None, "a local disk inside");
    assert_eq!(net("/mnt/officework"), None, "not a prefix by component");
    assert_eq!(net("/home/anna"), None);
    assert_eq!(net("/"), None);
    // A later mount at the same point hides the earlier one.
    assert_eq!(net("/srv/data/x"), None);
    // A FUSE file system that is not remote is not a share.
    assert_eq!(net("/home/anna/portal"), None);
}

#[test]
fn file_system_types() {
    for t in [
        "nfs",
        "NFS4",
        "cifs",
        "smb3",
        "smbfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
    ] {
        assert!(is_network_fs(t), "{t}");
    }
    for t in ["fuse.sshfs", "fuse.rclone", "fuse.davfs2", "fuse.glusterfs"] {
        assert!(is_network_fs(t), "{t}");
    }
    for t in [
        "ext4",
        "xfs",
        "btrfs",
        "tmpfs",
        "overlay",
        "fuse",
        "fuse.portal",
        "nfsd",
    ] {
        assert!(!is_network_fs(t), "{t}");
    }
}

fn cloud(dir: &str) -> Option<String> {
    cloud_warning(Path::new(dir)).map(|w| {
        assert_eq!(w.code, LocationCode::CloudFolder);
        assert!(w.message.contains(&w.detail), "{}", w.message);
        w.detail
    })
}

#[test]
fn cloud_sync_folders_are_recognised_by_name() {
    let some = |s: &str| Some(s.to_string());
    assert_eq!(cloud("/home/anna/Dropbox/firm"), some("Dropbox"));
    assert_eq!(cloud("/home/anna/Dropbox (Acme)"), some("Dropbox (Acme)"));
    assert_eq!(
        cloud("/Users/a/OneDrive - Acme GmbH/Docs"),
        some("OneDrive - Acme GmbH")
    );
    assert_eq!(cloud("/home/anna/OneDrive"), some("OneDrive"));
    assert_eq!(cloud("/home/anna/Google Drive/x"), some("Google Drive"));
    assert_eq!(
        cloud("/Users/a/Library/CloudStorage/GoogleDrive-a@b.com/My Drive"),
        some("CloudStorage"),
        "the outermost sync folder is named"
    );
    assert_eq!(cloud("/Users/a/iCloud Drive"), some("iCloud Drive"));
    assert_eq!(cloud("/home/anna/Nextcloud/Leads"), some("Nextcloud"));
    assert_eq!(cloud("/home/anna/ownCloud"), some("ownCloud"));
    assert_eq!(cloud("/home/anna/pCloud Drive"), some("pCloud Drive"));
    assert_eq!(cloud("/home/anna/MEGA"), some("MEGA"));
    assert_eq!(cloud("/home/anna/Sync/ledger"), some("Sync"));
    assert_eq!(cloud("/home/anna/Box"), some("Box"));
}

#[test]
fn ordinary_folders_are_not_cloud_folders() {
    for dir in [
        "/home/anna/Documents",
        "/home/anna/boxes",
        "/home/anna/Dropboxes",
        "/home/anna/syncthing-notes",
        "/home/anna/megabytes",
        "/",
    ] {
        assert_eq!(cloud(dir), None, "{dir}");
    }
}

#[test]
fn warning_looks_at_folders_not_the_file_name() {
    let tmp = tempfile::tempdir().unwrap();
    // The test machine's temporary folder is on a local disk.
    assert_eq!(warning(&tmp.path().join("Dropbox.db")), None);
    // A folder that does not exist yet is judged by its name and by the
    // file system of the nearest folder that does.
    let w = warning(&tmp.path().join("Dropbox").join("firm").join("ledger.db"));
    assert_eq!(w.map(|w| w.code), Some(LocationCode::CloudFolder));
    assert_eq!(warning(&tmp.path().join("a").join("b.db")), None);
}
