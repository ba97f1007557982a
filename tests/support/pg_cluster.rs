//! A throwaway PostgreSQL cluster for tests: one per test binary, started
//! on first use, a fresh database for each test, gone when the binary ends.
//!
//! Shared by file rather than by a crate feature: `tests/it/main.rs`
//! includes it with `#[path = "../support/pg_cluster.rs"] mod pg;`, and the
//! desktop shell's tests can do the same from `src-tauri/tests/` (with
//! `postgres` among their dev-dependencies). So the product's library
//! carries no test-only code and builds the same for tests as for users.
//!
//! - The server's programs are the newest PostgreSQL 15 or later found in
//!   `LEADLEDGER_PG_BINDIR`, `/usr/lib/postgresql/*/bin` or `pg_config
//!   --bindir`. Without one every test that asks for the cluster fails,
//!   saying how to install it; none is skipped.
//! - PostgreSQL refuses to run as root, and CI runs the tests as root: then
//!   `initdb` and the server run as the `postgres` system user (`runuser`),
//!   in a temporary folder that user owns.
//! - The server listens on a free loopback port (password logins, SCRAM)
//!   and on a unix socket in that folder (trusted, for the tests' own
//!   setup). `fsync` stays on, as on a real server, so a `kill -9` loses
//!   nothing that was acknowledged.
//! - The server is started by a small shell that reads its standard input,
//!   a pipe from the test process. However the test process ends (passing,
//!   panicking, killed), the kernel closes the pipe; the shell then stops
//!   the server (fast shutdown) and removes the folder.
//! - [`Cluster::kill9`] kills the server's whole process group (the
//!   postmaster runs in a session of its own, its backends with it), waits
//!   until each of them is gone, and [`Cluster::start`] restarts the server
//!   on the same data: what a crash test needs.

#![allow(dead_code)]

#[path = "pg_tools.rs"]
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};
use tools::{find_bindir, free_port, group_and_alive, live_in_group, make_certificates, run};

/// The superuser of the test cluster and its password for TCP logins.
pub const SUPERUSER: &str = "postgres";
pub const PASSWORD: &str = "leadledger-test-secret";

pub struct Cluster {
    /// The temporary folder: the data, the socket, the log.
    pub root: PathBuf,
    bindir: PathBuf,
    pub port: u16,
    /// `Some` when the tests run as root: the server's user to run as.
    run_as: Option<&'static str>,
    /// Whether the server takes TLS connections.
    tls: bool,
    server: Mutex<Option<Server>>,
    next_db: AtomicU32,
}

/// A running server: the shell that started it, the pipe that keeps it
/// running, and the process group its processes share.
struct Server {
    shell: Child,
    lifeline: ChildStdin,
    pgid: u32,
}

/// A database of its own for one test.
pub struct TestDb {
    pub name: String,
    pub port: u16,
    /// The folder of the cluster's unix socket.
    pub socket: PathBuf,
}

impl TestDb {
    /// The URL a seat uses: the superuser over loopback TCP, password given,
    /// no TLS (the test server has none).
    pub fn url(&self) -> String {
        self.url_as(SUPERUSER, Some(PASSWORD))
    }

    /// The URL of `user`, with `password` if any.
    pub fn url_as(&self, user: &str, password: Option<&str>) -> String {
        let login = match password {
            Some(p) => format!("{user}:{p}"),
            None => user.to_string(),
        };
        format!(
            "postgres://{login}@127.0.0.1:{}/{}?sslmode=disable",
            self.port, self.name
        )
    }

    /// A superuser session on this database over the socket, for a test to
    /// look at what the product wrote.
    pub fn admin(&self) -> postgres::Client {
        socket_client(&self.socket, self.port, &self.name)
            .unwrap_or_else(|e| panic!("cannot reach the test database {}: {e}", self.name))
    }
}

/// The cluster of this test binary, started on first use. A failure to
/// start is kept and repeated to every test that asks, in the same words.
pub fn cluster() -> &'static Cluster {
    static CLUSTER: OnceLock<Result<Cluster, String>> = OnceLock::new();
    match CLUSTER.get_or_init(|| Cluster::create(false)) {
        Ok(c) => c,
        Err(e) => panic!("the PostgreSQL test cluster could not start: {e}"),
    }
}

/// A fresh database on the cluster.
pub fn fresh_db() -> TestDb {
    cluster().fresh_db()
}

/// A cluster of the calling test's own, for a test that kills or stops the
/// server: the shared one must stay up for the tests running beside it.
/// Stopped and removed when dropped.
pub fn private_cluster() -> Cluster {
    Cluster::create(false)
        .unwrap_or_else(|e| panic!("a PostgreSQL test cluster could not start: {e}"))
}

/// A private cluster that also takes TLS connections, with a certificate
/// for 127.0.0.1 (and no host name) signed by an authority of its own,
/// [`Cluster::ca_certificate`].
pub fn private_cluster_with_tls() -> Cluster {
    Cluster::create(true)
        .unwrap_or_else(|e| panic!("a PostgreSQL test cluster with TLS could not start: {e}"))
}

fn socket_client(
    socket: &Path,
    port: u16,
    database: &str,
) -> Result<postgres::Client, postgres::Error> {
    postgres::Config::new()
        .host_path(socket)
        .port(port)
        .user(SUPERUSER)
        .dbname(database)
        .connect(postgres::NoTls)
}

/// Starts the server in a session of its own (so its process group holds
/// the postmaster and every backend) and waits for end of input: the test
/// process holds the other end. Then it stops the server and, unless a
/// restart is under way, removes the cluster.
const SHELL: &str = r#"
root=$1; shift
setsid "$@" >>"$root/server.log" 2>&1 </dev/null &
server=$!
cat >/dev/null
kill -INT "$server" 2>/dev/null
wait "$server"
[ -e "$root/restarting" ] || rm -rf "$root"
"#;

impl Cluster {
    fn create(tls: bool) -> Result<Cluster, String> {
        let bindir = find_bindir()?;
        let root_user = run(Command::new("id").arg("-u"))? == "0";
        let run_as = root_user.then_some(SUPERUSER);
        // In /tmp whatever TMPDIR says: the server's user must be able to
        // reach the folder, and a unix socket's path must stay short.
        let root = tempfile::Builder::new()
            .prefix("leadledger-pg-")
            .tempdir_in("/tmp")
            .map_err(|e| format!("no temporary folder: {e}"))?
            // Removed by the server's shell when the test process is gone.
            .keep();
        if let Some(user) = run_as {
            run(Command::new("chown").arg(format!("{user}:")).arg(&root)).map_err(|e| {
                format!("{e}; running the tests as root needs the '{user}' system user, which Debian's postgresql package creates")
            })?;
        }
        let pwfile = root.join("password");
        std::fs::write(&pwfile, PASSWORD).map_err(|e| e.to_string())?;
        let mut cluster = Cluster {
            root,
            bindir,
            port: 0,
            run_as,
            tls,
            server: Mutex::new(None),
            next_db: AtomicU32::new(1),
        };
        let mut initdb = cluster.as_server_user("initdb");
        initdb
            .arg("-D")
            .arg(cluster.data())
            .args([
                "-U",
                SUPERUSER,
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
            ])
            .args(["--encoding=UTF8", "--no-locale", "--no-sync"])
            .arg(format!("--pwfile={}", pwfile.display()));
        run(&mut initdb)?;
        let _ = std::fs::remove_file(&pwfile);
        if tls {
            make_certificates(&cluster.root, cluster.run_as)?;
        }
        // A port found free may be taken before the server binds it; then
        // another is tried.
        let mut last = String::new();
        for _ in 0..5 {
            cluster.port = free_port()?;
            match cluster.launch() {
                Ok(server) => {
                    *cluster.server.lock().unwrap() = Some(server);
                    return Ok(cluster);
                }
                Err(e) => last = e,
            }
        }
        Err(last)
    }

    /// The authority that signed the TLS cluster's certificate
    /// ([`tools::make_certificates`]), for `sslrootcert`.
    pub fn ca_certificate(&self) -> PathBuf {
        self.root.join("ca.crt")
    }

    fn data(&self) -> PathBuf {
        self.root.join("data")
    }

    fn as_server_user(&self, program: &str) -> Command {
        let path = self.bindir.join(program);
        let mut cmd = match self.run_as {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(path);
                c
            }
            None => Command::new(path),
        };
        // The server's user may not enter the test's own folder.
        cmd.current_dir(&self.root);
        cmd
    }

    fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(self.root.join("server.log")).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(15)..].join("\n")
    }

    /// Starts the server on the data folder and waits until it takes logins.
    fn launch(&self) -> Result<Server, String> {
        // The shell itself runs as the server's user, so that it is the
        // postmaster's parent and reaps it: a postmaster killed with its
        // parent would stay a zombie (nothing reaps orphans in a container),
        // and the next one would take it for a live server.
        let mut cmd = match self.run_as {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--", "sh"]);
                c
            }
            None => Command::new("sh"),
        };
        cmd.current_dir(&self.root)
            .arg("-c")
            .arg(SHELL)
            .arg("sh")
            .arg(&self.root)
            .arg(self.bindir.join("postgres"))
            .arg("-D")
            .arg(self.data())
            .args(["-c", "listen_addresses=127.0.0.1"])
            .args(["-c", &format!("port={}", self.port)])
            .args([
                "-c",
                &format!("unix_socket_directories={}", self.root.display()),
            ])
            .args(["-c", "fsync=on", "-c", "synchronous_commit=on"])
            // After a crash the server first flushes its whole data folder:
            // one syncfs instead of an fsync of each of the thousands of
            // files that the tests' many databases make.
            .args(["-c", "recovery_init_sync_method=syncfs"])
            .args(["-c", "shared_buffers=32MB", "-c", "max_connections=100"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if self.tls {
            cmd.args(["-c", "ssl=on"])
                .arg("-c")
                .arg(format!(
                    "ssl_cert_file={}",
                    self.root.join("server.crt").display()
                ))
                .arg("-c")
                .arg(format!(
                    "ssl_key_file={}",
                    self.root.join("server.key").display()
                ));
        }
        let mut shell = cmd.spawn().map_err(|e| format!("cannot start sh: {e}"))?;
        let lifeline = shell.stdin.take().expect("stdin is piped");
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(Some(status)) = shell.try_wait() {
                return Err(format!(
                    "the server stopped at once ({status}); its log says:\n{}",
                    self.log_tail()
                ));
            }
            if self.try_client("postgres").is_ok() {
                break;
            }
            if Instant::now() > deadline {
                let _ = shell.kill();
                return Err(format!(
                    "the server did not take logins within 60 s; its log says:\n{}",
                    self.log_tail()
                ));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let pgid = self.server_group()?;
        Ok(Server {
            shell,
            lifeline,
            pgid,
        })
    }

    /// The postmaster's process group, read from its lock file and `/proc`.
    fn server_group(&self) -> Result<u32, String> {
        let lock = std::fs::read_to_string(self.data().join("postmaster.pid"))
            .map_err(|e| format!("no postmaster.pid: {e}"))?;
        let pid: u32 = lock
            .lines()
            .next()
            .and_then(|l| l.trim().parse().ok())
            .ok_or("postmaster.pid has no process id")?;
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .map_err(|e| format!("postmaster {pid}: {e}"))?;
        group_and_alive(&stat)
            .map(|(group, _)| group)
            .ok_or_else(|| format!("cannot read the process group of {pid}"))
    }

    fn try_client(&self, database: &str) -> Result<postgres::Client, postgres::Error> {
        socket_client(&self.root, self.port, database)
    }

    /// A superuser session on `database` over the socket.
    pub fn client(&self, database: &str) -> postgres::Client {
        self.try_client(database)
            .unwrap_or_else(|e| panic!("cannot reach the test cluster's {database}: {e}"))
    }

    /// A new, empty database `t_<n>`.
    pub fn fresh_db(&self) -> TestDb {
        let name = format!("t_{}", self.next_db.fetch_add(1, Ordering::SeqCst));
        self.client("postgres")
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap_or_else(|e| panic!("CREATE DATABASE {name}: {e}"));
        TestDb {
            name,
            port: self.port,
            socket: self.root.clone(),
        }
    }

    /// Kills the postmaster and every backend at once (`kill -9` of the
    /// process group, as a power cut would stop them) and waits until each
    /// has exited, so that a restart finds no process holding the old
    /// shared memory.
    pub fn kill9(&self) {
        let mut slot = self.server.lock().unwrap();
        let Some(mut server) = slot.take() else {
            panic!("kill9: the test server is not running");
        };
        // The old shell must not remove the cluster when it ends.
        std::fs::write(self.root.join("restarting"), "").unwrap();
        // The shell's own `kill`, which every Debian has (procps may not be).
        run(Command::new("sh")
            .args(["-c", "kill -s KILL -- \"-$1\"", "sh"])
            .arg(server.pgid.to_string()))
        .unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        while live_in_group(server.pgid) > 0 {
            assert!(
                Instant::now() < deadline,
                "processes of the killed server are still running after 30 s"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        // Closing the pipe ends the shell, which has reaped the postmaster:
        // a postmaster left as a zombie would look alive to the next one.
        drop(server.lifeline);
        server.shell.wait().unwrap();
        std::fs::remove_file(self.root.join("restarting")).unwrap();
    }

    /// Starts the server again on the same data and port (crash recovery
    /// runs first, as after a power cut).
    pub fn start(&self) {
        let mut slot = self.server.lock().unwrap();
        assert!(slot.is_none(), "start: the test server is already running");
        *slot = Some(self.launch().unwrap_or_else(|e| panic!("restart: {e}")));
    }

    /// Whether the server is running (not killed by [`Cluster::kill9`]).
    pub fn is_running(&self) -> bool {
        self.server.lock().unwrap().is_some()
    }
}

impl Drop for Cluster {
    /// Only a [`private_cluster`] is ever dropped: the shared one lives as
    /// long as the test binary, whose end closes the pipe instead. The test
    /// does not wait for the shutdown checkpoint and the removal (seconds on
    /// a slow disk); a thread reaps the shell when it is done.
    fn drop(&mut self) {
        if let Some(mut server) = self.server.get_mut().ok().and_then(Option::take) {
            drop(server.lifeline);
            std::thread::spawn(move || server.shell.wait());
        } else {
            let _ = std::fs::remove_dir_all(&self.root);
        }
    }
}
