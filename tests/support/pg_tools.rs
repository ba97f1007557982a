//! The operating-system side of the test cluster (`pg_cluster.rs`): running
//! commands, finding the server's programs, free ports, reading processes
//! from `/proc`, and making TLS certificates.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The oldest server the product supports (`store::pg::MIN_SERVER_VERSION`).
const MIN_VERSION: u32 = 15;

pub fn run(cmd: &mut Command) -> Result<String, String> {
    let out = cmd.output().map_err(|e| format!("{cmd:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{cmd:?} failed ({}): {}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The major version `postgres --version` reports ("postgres (PostgreSQL)
/// 15.14 (Debian 15.14-0+deb12u1)" is 15).
fn major_version(bindir: &Path) -> Option<u32> {
    let text = run(Command::new(bindir.join("postgres")).arg("--version")).ok()?;
    let number = text.split(')').nth(1)?.split_whitespace().next()?;
    number.split('.').next()?.parse().ok()
}

pub fn find_bindir() -> Result<PathBuf, String> {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(dir) = std::env::var_os("LEADLEDGER_PG_BINDIR") {
        candidates.push(dir.into());
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let v = e.file_name().to_str()?.parse::<u32>().ok()?;
            Some((v, e.path().join("bin")))
        })
        .collect();
    versions.sort();
    candidates.extend(versions.into_iter().rev().map(|(_, dir)| dir));
    if let Ok(dir) = run(Command::new("pg_config").arg("--bindir")) {
        candidates.push(dir.into());
    }
    candidates
        .into_iter()
        .find(|dir| {
            dir.join("initdb").exists() && major_version(dir).is_some_and(|v| v >= MIN_VERSION)
        })
        .ok_or_else(|| {
            format!(
                "no PostgreSQL server {MIN_VERSION} or newer was found (looked in \
                 LEADLEDGER_PG_BINDIR, /usr/lib/postgresql/*/bin and `pg_config --bindir`). \
                 Install Debian's postgresql package (`apt-get install postgresql`; \
                 scripts/test does it), or set LEADLEDGER_PG_BINDIR"
            )
        })
}

pub fn free_port() -> Result<u16, String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

/// The process group of a process, from `/proc/PID/stat`, and whether it
/// is still running (a zombie has exited and holds nothing).
pub fn group_and_alive(stat: &str) -> Option<(u32, bool)> {
    // The command name, in parentheses, may itself hold spaces.
    let after = &stat[stat.rfind(')')? + 2..];
    let mut fields = after.split_whitespace();
    let state = fields.next()?;
    let _ppid = fields.next()?;
    let pgrp = fields.next()?.parse().ok()?;
    Some((pgrp, state != "Z" && state != "X"))
}

/// The running processes of process group `pgid`.
pub fn live_in_group(pgid: u32) -> usize {
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| n.parse::<u32>().is_ok())
        })
        .filter_map(|e| std::fs::read_to_string(e.path().join("stat")).ok())
        .filter_map(|stat| group_and_alive(&stat))
        .filter(|&(group, alive)| group == pgid && alive)
        .count()
}

/// An authority and a server certificate it signs, by `openssl` (which
/// Debian's postgresql package brings through ssl-cert). The server's
/// certificate is not an authority itself, as rustls requires, and
/// names 127.0.0.1 only, so a connection to `localhost` fails
/// `verify-full`.
pub fn make_certificates(root: &Path, run_as: Option<&str>) -> Result<(), String> {
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    let extensions = root.join("server.ext");
    std::fs::write(
        &extensions,
        "basicConstraints = critical, CA:FALSE\n\
         keyUsage = digitalSignature\n\
         extendedKeyUsage = serverAuth\n\
         subjectAltName = IP:127.0.0.1\n",
    )
    .map_err(|e| e.to_string())?;
    run(Command::new("openssl")
        .current_dir(root)
        .args([
            "req",
            "-x509",
            "-days",
            "2",
            "-subj",
            "/CN=Leadledger test authority",
        ])
        .args(ec)
        .args(["-keyout", "ca.key", "-out", "ca.crt"]))?;
    run(Command::new("openssl")
        .current_dir(root)
        .args(["req", "-subj", "/CN=127.0.0.1"])
        .args(ec)
        .args(["-keyout", "server.key", "-out", "server.csr"]))?;
    run(Command::new("openssl")
        .current_dir(root)
        .args(["x509", "-req", "-in", "server.csr", "-days", "2"])
        .args(["-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial"])
        .args(["-extfile", "server.ext", "-out", "server.crt"]))?;
    // The server refuses a key that others may read.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(
        root.join("server.key"),
        std::fs::Permissions::from_mode(0o600),
    )
    .map_err(|e| e.to_string())?;
    if let Some(user) = run_as {
        run(Command::new("chown")
            .arg(format!("{user}:"))
            .arg(root.join("server.key"))
            .arg(root.join("server.crt")))?;
    }
    Ok(())
}

#[test]
fn proc_stat_is_read_even_with_spaces_in_the_name() {
    let stat = "4242 (postgres: wal writer) S 4200 4200 4200 0 -1 4194560";
    assert_eq!(group_and_alive(stat), Some((4200, true)));
    let zombie = "4243 (postgres) Z 1 4200 4200 0 -1";
    assert_eq!(group_and_alive(zombie), Some((4200, false)));
}
