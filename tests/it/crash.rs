//! Crash safety: a child process writes to a database through the library,
//! single records and large all-or-nothing imports, and is killed with
//! SIGKILL at a random moment. After every kill the file must pass
//! `PRAGMA integrity_check`, hold every write the child acknowledged with its
//! values, hold at most the one write that was in flight besides, and hold
//! each import wholly or not at all.
//!
//! The child is this test binary run again (`crash::child_writer`, an ignored
//! test that only acts when `LEADLEDGER_CRASH_CHILD` names its work), so the
//! writes go through exactly the code the product runs. Several rounds reuse
//! one file, so a child also starts on a file a killed child left behind.
//!
//! `LEADLEDGER_CRASH_ROUNDS=N` runs N rounds instead of the default.

use leadledger::records::Settings;
use leadledger::store::Store;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

mod child;

const CHILD_ENV: &str = "LEADLEDGER_CRASH_CHILD";
const ROUNDS_ENV: &str = "LEADLEDGER_CRASH_ROUNDS";
/// Enough to kill in every kind of write in the suite, in well under 20 s.
const DEFAULT_ROUNDS: usize = 20;
/// Rows per import: large enough that a kill often lands inside one.
const IMPORT_ROWS: usize = 2500;
/// Rounds that share one file before a fresh one is made.
const ROUNDS_PER_FILE: usize = 5;
/// Marks the lines the child prints for acknowledged writes; the test
/// harness prints its own lines on the same stream.
const ACK: &str = "ack:";
/// Marks the start of an import, so the parent can tell a kill inside one.
const BEGIN: &str = "begin:";

/// SplitMix64: a small deterministic generator, so a failing round can be
/// run again from its seed (`export_kill` uses it too).
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// What a child mostly does: the mix decides how often a kill lands in an
/// import rather than in a single write.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Singles,
    Imports,
    Mixed,
}

impl Mode {
    const ALL: [Mode; 3] = [Mode::Mixed, Mode::Singles, Mode::Imports];

    fn name(self) -> &'static str {
        match self {
            Mode::Singles => "singles",
            Mode::Imports => "imports",
            Mode::Mixed => "mixed",
        }
    }

    fn parse(s: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.name() == s)
    }

    /// Out of 8 steps, how many are imports.
    fn imports_in_8(self) -> u64 {
        match self {
            Mode::Singles => 0,
            Mode::Imports => 6,
            Mode::Mixed => 2,
        }
    }
}

/// The child's entry point: this test binary run again by `kill_rounds`.
/// Run any other way it has no work and returns at once.
#[test]
#[ignore = "run as a child process by crash::kill_rounds"]
fn child_writer() {
    if let Ok(spec) = std::env::var(CHILD_ENV) {
        child::run(&spec);
    }
}

/// What one round saw: acknowledged lines, whether the kill landed before
/// the child finished on its own, and the import it was in, if any.
struct Round {
    acks: Vec<String>,
    killed: bool,
    cut_import: Option<String>,
}

/// Runs one child and kills it after `wait_acks` acknowledgements and a
/// further `delay`.
fn run_child(db: &Path, mode: Mode, seed: u64, wait_acks: usize, delay: Duration) -> Round {
    let exe = std::env::current_exe().expect("the test binary");
    let mut child = Command::new(exe)
        .args(["crash::child_writer", "--exact", "--ignored", "--nocapture"])
        .args(["--test-threads", "1", "-q"])
        .env(
            CHILD_ENV,
            format!("{}:{seed}:{}", mode.name(), db.display()),
        )
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the child starts");
    let stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel::<String>();
    let began = std::sync::Arc::new(std::sync::Mutex::new(None::<String>));
    let last_begin = began.clone();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if let Some(at) = line.find(BEGIN) {
                *last_begin.lock().unwrap() = Some(line[at + BEGIN.len()..].to_string());
            } else if let Some(at) = line.find(ACK) {
                if tx.send(line[at + ACK.len()..].to_string()).is_err() {
                    break;
                }
            }
        }
    });
    let errors = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let mut acks = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while acks.len() < wait_acks && Instant::now() < deadline {
        match rx.recv_timeout(Duration::from_millis(50)) {
            Ok(line) => acks.push(line),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if child.try_wait().expect("child status").is_some() {
                    break;
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    std::thread::sleep(delay);
    let killed = child.try_wait().expect("child status").is_none();
    // `Child::kill` sends SIGKILL on Unix: no destructor, no rollback runs.
    child.kill().ok();
    let status = child.wait().expect("the child ends");
    reader.join().unwrap();
    acks.extend(rx.try_iter());
    let stderr = errors.join().unwrap();
    assert!(
        killed || status.success(),
        "the child failed on its own ({status}): {stderr}"
    );
    assert!(!stderr.contains("panicked"), "the child panicked: {stderr}");
    // The last import begun is cut unless its acknowledgement came.
    let cut_import = began
        .lock()
        .unwrap()
        .take()
        .filter(|b| !acks.iter().any(|a| *a == format!("import {b}")));
    Round {
        acks,
        killed,
        cut_import,
    }
}

/// Checks the file after a kill against every acknowledgement so far.
/// Returns how many writes of the last child were found without an
/// acknowledgement: none, or the one in flight at the kill.
fn verify(db: &Path, acks: &[String], seed: u64) -> usize {
    let store = Store::open(db).expect("the file opens after the kill");
    assert_eq!(store.integrity_check().unwrap(), "ok");
    drop(store);
    let conn = rusqlite::Connection::open(db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let text = |sql: &str, id: &str| -> Option<(String, i64)> {
        conn.query_row(sql, [id], |r| Ok((r.get(0)?, r.get(1)?)))
            .ok()
    };
    for line in acks {
        let f: Vec<&str> = line.split(' ').collect();
        match f[0] {
            "import" => {
                let n: i64 = conn
                    .query_row(
                        "SELECT count(*) FROM inquiries WHERE id GLOB ?1",
                        [format!("{}-[0-9]*", f[1])],
                        |r| r.get(0),
                    )
                    .unwrap();
                assert_eq!(n, IMPORT_ROWS as i64, "acknowledged import {}", f[1]);
            }
            "spend" => {
                let got = text("SELECT date, amount_minor FROM spend WHERE id = ?1", f[1]);
                let note: Option<String> = conn
                    .query_row("SELECT note FROM spend WHERE id = ?1", [f[1]], |r| r.get(0))
                    .ok();
                assert_eq!(
                    got,
                    Some((f[2].to_string(), f[3].parse().unwrap())),
                    "{line}"
                );
                assert_eq!(note.as_deref(), Some(f[4..].join(" ").as_str()), "{line}");
            }
            "inquiry" => {
                let got = text(
                    "SELECT received_at, estimated_value_minor FROM inquiries WHERE id = ?1",
                    f[1],
                );
                let want = (format!("{} 10:00:00", f[2]), f[3].parse().unwrap());
                assert_eq!(got, Some(want), "{line}");
            }
            "deal" => {
                let got = text(
                    "SELECT closed_at, amount_minor FROM deals WHERE id = ?1",
                    f[1],
                );
                assert_eq!(
                    got,
                    Some((f[2].to_string(), f[3].parse().unwrap())),
                    "{line}"
                );
            }
            other => panic!("unknown acknowledgement {other}"),
        }
    }
    // Every import, acknowledged or not, is whole or absent.
    let mut stmt = conn
        .prepare(
            "SELECT substr(id, 1, length(id) - 6), count(*) FROM inquiries \
             WHERE id GLOB 'IM-*' GROUP BY 1",
        )
        .unwrap();
    let batches: Vec<(String, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    for (batch, n) in &batches {
        assert_eq!(*n, IMPORT_ROWS as i64, "import {batch} is partly there");
    }
    // Of the last child's writes, at most the one in flight is there
    // without an acknowledgement.
    let count = |sql: &str, pattern: String| -> usize {
        conn.query_row(sql, [pattern], |r| r.get::<_, i64>(0))
            .unwrap() as usize
    };
    let present = count(
        "SELECT count(*) FROM spend WHERE note GLOB ?1",
        format!("crash {seed} *"),
    ) + count(
        "SELECT count(*) FROM inquiries WHERE id GLOB ?1",
        format!("CR-{seed}-*"),
    ) + count(
        "SELECT count(*) FROM deals WHERE id GLOB ?1",
        format!("DL-{seed}-*"),
    ) + batches
        .iter()
        .filter(|(b, _)| b.starts_with(&format!("IM-{seed}-")))
        .count();
    let acked = acks.iter().filter(|l| ack_seed(l) == Some(seed)).count();
    assert!(
        present >= acked && present <= acked + 1,
        "seed {seed}: {present} writes present, {acked} acknowledged"
    );
    present - acked
}

/// Whether any row of import `batch` is in the file (then all are: `verify`).
fn import_present(db: &Path, batch: &str) -> bool {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(
        "SELECT count(*) FROM inquiries WHERE id GLOB ?1",
        [format!("{batch}-[0-9]*")],
        |r| r.get::<_, i64>(0),
    )
    .unwrap()
        > 0
}

/// The seed of the child that acknowledged `line`: in the note of spend,
/// in the id (`XX-seed-step`) of everything else.
fn ack_seed(line: &str) -> Option<u64> {
    let f: Vec<&str> = line.split(' ').collect();
    let text = match f[0] {
        "spend" => f.get(5)?,
        _ => f.get(1)?.split('-').nth(1)?,
    };
    text.parse().ok()
}

/// The number in the environment variable `var`, or `default`.
pub(crate) fn count_from_env(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

#[test]
fn kill_rounds() {
    let rounds = count_from_env(ROUNDS_ENV, DEFAULT_ROUNDS);
    let started = Instant::now();
    let mut rng = Rng(0x1EAD_1ED6_E500_0001);
    let mut dir = None;
    let mut db = std::path::PathBuf::new();
    let mut acks: Vec<String> = Vec::new();
    let (mut killed, mut in_flight, mut total_acks) = (0, 0, 0);
    let (mut cut, mut cut_landed) = (0, 0);
    for round in 0..rounds {
        if round % ROUNDS_PER_FILE == 0 {
            let d = tempfile::tempdir().unwrap();
            db = d.path().join("crash.db");
            Store::create(&db, Settings::default()).unwrap();
            dir = Some(d);
            acks.clear();
        }
        let mode = Mode::ALL[rng.below(3) as usize];
        let seed = round as u64 * 1_000_003 + rng.below(1_000_000);
        let wait_acks = rng.below(4) as usize;
        let delay = Duration::from_micros(rng.below(250_000));
        let r = run_child(&db, mode, seed, wait_acks, delay);
        total_acks += r.acks.len();
        killed += usize::from(r.killed);
        acks.extend(r.acks);
        in_flight += verify(&db, &acks, seed);
        if let Some(batch) = r.cut_import {
            cut += 1;
            cut_landed += usize::from(import_present(&db, &batch));
        }
    }
    drop(dir);
    eprintln!(
        "crash: {rounds} rounds ({killed} killed while writing, {cut} inside an import of which \
         {cut_landed} had committed), {total_acks} acknowledged writes, {in_flight} \
         unacknowledged writes found committed, {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert_eq!(killed, rounds, "every child was killed before it finished");
}
