//! Atomic export: a process writing a large CSV export over a file the user
//! already has is killed with SIGKILL while it writes, again and again.
//! After every kill the file must be byte for byte the old export or the
//! complete new one, never a part of it; a killed writer may leave its
//! temporary file (`.tmp…`, see `leadledger::atomic`) and nothing else, and
//! the next export still succeeds beside it.
//!
//! The writers are the product's own: the `leadledger export` command, and
//! the app's `Session::export_file` in this test binary run again
//! (`export_kill::app_child`, an ignored test that only acts when
//! `LEADLEDGER_EXPORT_CHILD` names its work), taking turns. Half the kills
//! come once the temporary file holds a random number of the export's bytes
//! (mid-write: the target must then be the old file), the others at a random
//! moment between the first byte and the end of a run left to finish (while
//! flushing, renaming, exiting).
//!
//! `LEADLEDGER_EXPORT_KILLS=N` kills N times instead of the default.

use crate::crash::{count_from_env, Rng};
use leadledger::api::Session;
use leadledger::demo::{self, DemoOptions};
use leadledger::records::Settings;
use leadledger::store::Store;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const CHILD_ENV: &str = "LEADLEDGER_EXPORT_CHILD";
const KILLS_ENV: &str = "LEADLEDGER_EXPORT_KILLS";
const DEFAULT_KILLS: usize = 12;
/// About 22,000 inquiries, an export of about 4 MB: written in several
/// thousand pieces by the command line, and each child still starts in
/// about a second.
const INQUIRIES_PER_YEAR: u32 = 5_000;
const KIND: &str = "inquiries";

/// The app's export, run as a child process by `kills_leave_old_or_new`.
/// Run any other way it has no work and returns at once.
#[test]
#[ignore = "run as a child process by export_kill::kills_leave_old_or_new"]
fn app_child() {
    if let Ok(spec) = std::env::var(CHILD_ENV) {
        let (db, out) = spec.split_once('\n').expect("database and target");
        let session = Session::start(db.into()).expect("the session starts");
        session
            .export_file(KIND.into(), out.into())
            .expect("the export succeeds");
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Writer {
    Cli,
    App,
}

/// When a round kills its writer.
#[derive(Debug, Clone, Copy)]
enum Moment {
    /// Once the temporary file holds at least this many bytes.
    Bytes(u64),
    /// This long after the temporary file got its first byte.
    After(Duration),
}

fn spawn(writer: Writer, db: &Path, out: &Path, log: &Path) -> Child {
    let mut cmd = match writer {
        Writer::Cli => {
            let mut c = Command::new(env!("CARGO_BIN_EXE_leadledger"));
            c.arg("--db").arg(db).args(["export", KIND]).arg(out);
            c
        }
        Writer::App => {
            let mut c = Command::new(std::env::current_exe().expect("the test binary"));
            c.args([
                "export_kill::app_child",
                "--exact",
                "--ignored",
                "--nocapture",
            ])
            .args(["--test-threads", "1", "-q"])
            .env(CHILD_ENV, format!("{}\n{}", db.display(), out.display()));
            c
        }
    };
    cmd.env_remove("LEADLEDGER_DB")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).unwrap())
        .spawn()
        .expect("the writer starts")
}

/// The temporary files in `dir` with their sizes.
fn temporaries(dir: &Path) -> Vec<(PathBuf, u64)> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let e = e.ok()?;
            let name = e.file_name().to_string_lossy().into_owned();
            let len = e.metadata().ok()?.len();
            name.starts_with(".tmp").then(|| (e.path(), len))
        })
        .collect()
}

/// Waits until a temporary file that was not in `before` holds bytes (the
/// export is being written), or the child has ended. Returns that file.
fn wait_for_writing(child: &mut Child, dir: &Path, before: &[(PathBuf, u64)]) -> Option<PathBuf> {
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        let fresh = temporaries(dir)
            .into_iter()
            .find(|(p, len)| *len > 0 && !before.iter().any(|(b, _)| b == p));
        if let Some((p, _)) = fresh {
            return Some(p);
        }
        if child.try_wait().unwrap().is_some() {
            return None;
        }
        std::thread::sleep(Duration::from_micros(500));
    }
    panic!("the export did not start writing within two minutes");
}

/// What the target holds after a kill; anything but the two is a failure.
fn outcome(target: &Path, old: &[u8], new: &[u8]) -> &'static str {
    let now = std::fs::read(target).expect("the target is still there");
    if now == old {
        "old"
    } else if now == new {
        "new"
    } else {
        panic!(
            "the target holds {} bytes, neither the old file ({}) nor the new export ({})",
            now.len(),
            old.len(),
            new.len()
        )
    }
}

/// Only the target and temporary files of killed writers are in `dir`.
fn only_target_and_temporaries(dir: &Path, target: &Path) {
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let name = e.file_name().to_string_lossy().into_owned();
        assert!(
            e.path() == target || name.starts_with(".tmp"),
            "unexpected file {name} beside the export"
        );
    }
}

#[test]
fn kills_leave_old_or_new() {
    let kills = count_from_env(KILLS_ENV, DEFAULT_KILLS);
    let started = Instant::now();
    let work = tempfile::tempdir().unwrap();
    let (data, exports) = (work.path().join("data"), work.path().join("exports"));
    std::fs::create_dir_all(&data).unwrap();
    std::fs::create_dir_all(&exports).unwrap();
    let db = data.join("company.db");
    let ds = demo::generate(&DemoOptions {
        today: chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap(),
        inquiries_per_year: INQUIRIES_PER_YEAR,
        ..DemoOptions::default()
    });
    let mut store = Store::create(
        &db,
        Settings {
            currency: ds.settings.currency.clone(),
            ..Settings::default()
        },
    )
    .unwrap();
    store.fill(&ds).unwrap();
    drop(store);
    // Today's backup is taken now, not by the first writer.
    drop(Store::open(&db).unwrap());
    let made = started.elapsed();

    // One run of each writer left to finish: the new export, and how long
    // its writing takes.
    let target = exports.join("inquiries.csv");
    let log = work.path().join("child.log");
    let mut new = Vec::new();
    let mut window = Vec::new();
    for writer in [Writer::Cli, Writer::App] {
        let _ = std::fs::remove_file(&target);
        let mut child = spawn(writer, &db, &target, &log);
        let seen = wait_for_writing(&mut child, &exports, &[]);
        let from = Instant::now();
        let status = child.wait().unwrap();
        let took = from.elapsed();
        assert!(
            status.success(),
            "{writer:?} failed: {}",
            std::fs::read_to_string(&log).unwrap()
        );
        assert!(seen.is_some(), "{writer:?}: the writing was never seen");
        let bytes = std::fs::read(&target).unwrap();
        if !new.is_empty() {
            assert_eq!(bytes, new, "the app and the command line export alike");
        }
        new = bytes;
        window.push(took);
    }
    assert!(
        new.len() > 1_000_000,
        "the export is large: {} bytes",
        new.len()
    );

    assert!(
        temporaries(&exports).is_empty(),
        "a finished export leaves none"
    );
    let old: Vec<u8> = format!("{KIND}\n").repeat(100_000).into_bytes();

    let mut rng = Rng(0xE4_9047_0000_0001);
    let (mut mid_write, mut partial_writes, mut olds, mut news) = (0, 0, 0, 0);
    let mut written_at_kill = Vec::new();
    for round in 0..kills {
        let writer = [Writer::Cli, Writer::App][round % 2];
        let moment = if round / 2 % 2 == 0 {
            Moment::Bytes(1 + rng.below(new.len() as u64 - 1))
        } else {
            Moment::After(window[round % 2].mul_f64(rng.below(1000) as f64 / 1000.0))
        };
        std::fs::write(&target, &old).unwrap();
        let before = temporaries(&exports);
        let mut child = spawn(writer, &db, &target, &log);
        let temp = wait_for_writing(&mut child, &exports, &before);
        match (moment, &temp) {
            (Moment::Bytes(n), Some(t)) => {
                while std::fs::metadata(t).is_ok_and(|m| m.len() < n)
                    && child.try_wait().unwrap().is_none()
                {
                    std::thread::sleep(Duration::from_micros(20));
                }
            }
            (Moment::After(d), _) => std::thread::sleep(d),
            (Moment::Bytes(_), None) => {}
        }
        let partial = temp.as_ref().and_then(|t| std::fs::metadata(t).ok());
        let running = child.try_wait().unwrap().is_none();
        // `Child::kill` sends SIGKILL on Unix: no destructor runs, so the
        // temporary file is not removed either.
        child.kill().ok();
        let status = child.wait().unwrap();
        assert!(
            running || status.success(),
            "{writer:?} failed on its own: {}",
            std::fs::read_to_string(&log).unwrap()
        );
        let now = outcome(&target, &old, &new);
        if let (true, Some(m)) = (running, &partial) {
            // Killed before the rename: the old file must still be there.
            assert_eq!(
                now, "old",
                "{writer:?} {moment:?}: killed before the rename"
            );
            mid_write += 1;
            partial_writes += usize::from(m.len() < new.len() as u64);
            written_at_kill.push(m.len());
        }
        match now {
            "old" => olds += 1,
            _ => news += 1,
        }
        only_target_and_temporaries(&exports, &target);
    }
    let left = temporaries(&exports).len();
    assert!(
        left <= mid_write,
        "{left} temporary files after {mid_write} kills"
    );
    // The next export succeeds beside what the killed ones left behind.
    std::fs::write(&target, &old).unwrap();
    let status = spawn(Writer::Cli, &db, &target, &log).wait().unwrap();
    assert!(
        status.success(),
        "{}",
        std::fs::read_to_string(&log).unwrap()
    );
    assert_eq!(outcome(&target, &old, &new), "new");
    written_at_kill.sort_unstable();
    eprintln!(
        "export_kill: {kills} kills, {mid_write} before the rename ({partial_writes} in the \
         middle of the bytes; the temporary file held {}..{} of {} bytes); target afterwards: \
         {olds} old, {news} new; {left} temporary files left by killed writers; data set {} \
         inquiries made in {:.1} s; first byte to exit {:?} (command line, app); {:.1} s in all",
        written_at_kill.first().unwrap_or(&0),
        written_at_kill.last().unwrap_or(&0),
        new.len(),
        ds.inquiries.len(),
        made.as_secs_f64(),
        window,
        started.elapsed().as_secs_f64()
    );
    assert!(
        partial_writes * 4 >= kills,
        "only {partial_writes} of {kills} kills landed in the middle of the export's bytes"
    );
}
