//! Every command of the `leadledger` tool fed malformed values: bad dates
//! and amounts, unknown names, missing files, folders where files belong,
//! garbage and binary files as CSV, a foreign file as database, negative,
//! huge, empty and non-UTF-8 values. Each must end with exit code 1 (refused)
//! or 2 (bad arguments), say on standard error what is wrong, never panic,
//! and leave the database it was given exactly as it was.

use crate::common::{dump, new_db, new_spend, run_cli};
use rust_decimal::Decimal;
use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

/// Which database a case runs against.
#[derive(Clone, Copy, Debug)]
enum Db {
    /// The company database with records; it must not change.
    Company,
    /// A path where no file is.
    Missing,
    /// A text file that is not a database.
    Foreign,
    /// A folder.
    Folder,
}

/// The cases, one a line: the database, the arguments separated by `|` (so
/// an empty argument can be written), and what standard error must say.
/// `{name}` stands for the file `name` in the test folder, `{N300}` for 300
/// letters, and `{bad}` for a file name that is not UTF-8.
#[rustfmt::skip]
const CASES: &[(Db, &str, &str)] = &[
    // The tool itself.
    (Db::Company, "", "usage"),
    (Db::Company, "frobnicate", "unrecognized subcommand"),
    (Db::Folder, "summary", "folder"),
    (Db::Foreign, "summary", "not a leadledger database"),
    // init
    (Db::Missing, "init|--currency|", "currency"),
    (Db::Missing, "init|--currency|EURO", "currency"),
    (Db::Missing, "init|--currency|€", "currency"),
    (Db::Missing, "init|--currency|{bad}", "invalid utf-8"),
    (Db::Missing, "init|--currency|EUR|--fiscal-start|13", "fiscal"),
    (Db::Missing, "init|--currency|EUR|--fiscal-start=-1", "invalid value"),
    (Db::Missing, "init|--currency|EUR|--fiscal-start|99999999999", "invalid value"),
    (Db::Missing, "init|--currency|EUR|--language|xx", "language"),
    (Db::Missing, "init|--currency|EUR|--name|{N5000}", "longer than"),
    (Db::Company, "init|--currency|EUR", "already exists"),
    (Db::Foreign, "init|--currency|EUR", "already exists"),
    (Db::Folder, "init|--currency|EUR", "already exists"),
    // import
    (Db::Company, "import|leads|{garbage.csv}", "unknown kind"),
    (Db::Company, "import|spend|{none.csv}", "cannot read"),
    (Db::Company, "import|spend|{bad}", "cannot read"),
    (Db::Company, "import|spend|{folder}", "cannot read"),
    (Db::Company, "import|spend|{garbage.csv}", "not imported"),
    (Db::Company, "import|inquiries|{binary.csv}", "not imported"),
    (Db::Company, "import|deals|{empty.csv}", "empty"),
    (Db::Company, "import|spend|{huge.csv}", "too large"),
    (Db::Company, "import|spend|{negative.csv}", "negative"),
    (Db::Company, "import|spend|{bad_date.csv}", "date"),
    (Db::Company, "import|spend|{far_date.csv}", "1900"),
    (Db::Company, "import|spend|{nan.csv}", "not an amount"),
    (Db::Company, "import|spend|{long_source.csv}|--create-sources", "row 2, source: source is longer"),
    (Db::Missing, "import|spend|{negative.csv}", "no database"),
    (Db::Foreign, "import|spend|{negative.csv}", "not a leadledger database"),
    // export
    (Db::Company, "export|leads|-", "unknown kind"),
    (Db::Company, "export|spend|{folder}", "is a directory"),
    (Db::Company, "export|spend|{nowhere}/deeper/x.csv", "no such file"),
    (Db::Foreign, "export|spend|-", "not a leadledger database"),
    // demo
    (Db::Company, "demo|--today|2026-13-45", "invalid value"),
    (Db::Company, "demo|--today|", "invalid value"),
    (Db::Missing, "demo|--today|1066-10-14", "outside 1900 to 2200"),
    (Db::Missing, "demo|--today|1902-06-01", "outside 1900 to 2200"),
    (Db::Missing, "demo|--today|9999-12-31", "outside 1900 to 2200"),
    (Db::Company, "demo", "already holds records"),
    (Db::Foreign, "demo", "not a leadledger database"),
    // metrics
    (Db::Company, "metrics|--from|2026-02-30|--to|2026-03-01", "invalid value"),
    (Db::Company, "metrics|--from|2026-05-01|--to|2026-04-01", "before it starts"),
    (Db::Company, "metrics|--from|2026-05-01", "--to"),
    (Db::Company, "metrics|--model|best_guess", "unknown model"),
    (Db::Company, "metrics|--model|", "unknown model"),
    (Db::Company, "metrics|--model|{bad}", "invalid utf-8"),
    (Db::Company, "metrics|--as-of|-5", "unexpected argument"),
    (Db::Company, "metrics|--from|0001-01-01|--to|9999-12-31", "--from 0001-01-01 is outside"),
    (Db::Company, "metrics|--as-of|1066-10-14", "--as-of 1066-10-14 is outside"),
    (Db::Company, "metrics|--as-of|+262142-01-01", "outside"),
    // report
    (Db::Company, "report|--lang|xx|--out|{r.pdf}", "language"),
    (Db::Company, "report|--paper|b5|--out|{r.pdf}", "paper"),
    (Db::Company, "report|--model|x|--out|{r.pdf}", "unknown model"),
    (Db::Company, "report|--out|{folder}", "is a directory"),
    (Db::Company, "report|--out|{garbage.csv}/r.pdf", "not a directory"),
    (Db::Company, "report|--as-of|9999-01-01|--out|{r.pdf}", "2200"),
    (Db::Company, "report", "--out"),
    // backup, backups, restore
    (Db::Company, "backup|--out|{garbage.csv}", "already exists"),
    (Db::Company, "backup|--out|{garbage.csv}/x.db", "file exists"),
    (Db::Missing, "backup", "no database"),
    (Db::Foreign, "backup", "not a leadledger database"),
    (Db::Company, "restore|{none.db}", "no file at"),
    (Db::Company, "restore|{garbage.csv}", "not a leadledger database"),
    (Db::Company, "restore|{foreign.db}", "not a leadledger database"),
    (Db::Company, "restore|{folder}", "not a leadledger database"),
    (Db::Company, "restore|", "a value is required"),
    // settings
    (Db::Company, "settings|--fiscal-start|13", "fiscal"),
    (Db::Company, "settings|--fiscal-start=-1", "invalid value"),
    (Db::Company, "settings|--gross-margin=-0.5", "gross margin"),
    (Db::Company, "settings|--gross-margin|abc", "invalid value"),
    (Db::Company, "settings|--gross-margin|79228162514264337593543950336", "invalid value"),
    (Db::Company, "settings|--half-life|0", "half-life"),
    (Db::Company, "settings|--half-life|79228162514264337593543950335", "half-life"),
    (Db::Company, "settings|--language|klingon", "language"),
    (Db::Company, "settings|--name|{N300}", "longer than"),
    (Db::Missing, "settings", "no database"),
    // summary
    (Db::Company, "summary|--as-of|2026-02-30", "invalid value"),
    (Db::Company, "summary|--as-of|1066-10-14", "outside 1900 to 2200"),
];

/// The files the cases point at, in one temporary folder.
struct Files {
    dir: tempfile::TempDir,
    company: PathBuf,
}

impl Files {
    fn new() -> Files {
        let (dir, company, mut store) = new_db("EUR");
        store
            .add_spend(&new_spend(Decimal::new(123_456, 2), Some("kept".into())))
            .unwrap();
        drop(store);
        let p = dir.path();
        std::fs::write(p.join("garbage.csv"), "this is,not\n\"a csv file\n,,,\n").unwrap();
        let binary: Vec<u8> = (0..2048u32).map(|i| (i * 7919 % 256) as u8).collect();
        std::fs::write(p.join("binary.csv"), binary).unwrap();
        std::fs::write(p.join("empty.csv"), "").unwrap();
        std::fs::write(
            p.join("foreign.db"),
            "SQLite format 2\0 but really just text".repeat(40),
        )
        .unwrap();
        std::fs::create_dir(p.join("folder")).unwrap();
        let spend = |name: &str, cell: &str| {
            let text = format!("date,amount,category\n{cell},advertising\n");
            std::fs::write(p.join(name), text).unwrap();
        };
        spend("huge.csv", "2026-01-01,123456789012345678901234567890");
        spend("negative.csv", "2026-01-01,-12.50");
        spend("bad_date.csv", "2026-02-30,12.50");
        spend("far_date.csv", "1066-10-14,12.50");
        spend("nan.csv", "2026-01-01,NaN");
        let long = format!(
            "date,amount,category,source\n2026-01-01,1.50,advertising,{}\n",
            "S".repeat(600)
        );
        std::fs::write(p.join("long_source.csv"), long).unwrap();
        Files { dir, company }
    }

    fn path(&self, name: &str) -> String {
        self.dir.path().join(name).to_str().unwrap().to_string()
    }

    /// The arguments of a case line, placeholders replaced.
    fn args(&self, line: &str) -> Vec<OsString> {
        if line.is_empty() {
            return Vec::new();
        }
        line.split('|')
            .map(|arg| match arg {
                "{bad}" => OsStr::from_bytes(b"\xff\xfe.csv").to_os_string(),
                "{N300}" => "N".repeat(300).into(),
                "{N5000}" => "N".repeat(5000).into(),
                _ => match arg.split_once('}') {
                    Some((name, rest)) if arg.starts_with('{') => {
                        format!("{}{rest}", self.path(&name[1..])).into()
                    }
                    _ => arg.into(),
                },
            })
            .collect()
    }

    fn db(&self, db: Db) -> PathBuf {
        match db {
            Db::Company => self.company.clone(),
            Db::Missing => self.dir.path().join("missing.db"),
            Db::Foreign => self.dir.path().join("foreign.db"),
            Db::Folder => self.dir.path().join("folder"),
        }
    }
}

#[test]
fn every_command_refuses_malformed_values_without_panic_or_change() {
    let f = Files::new();
    let before = dump(&f.company);
    let foreign_before = std::fs::read(f.db(Db::Foreign)).unwrap();
    let mut failures = Vec::new();
    for &(which, line, says) in CASES {
        let args = f.args(line);
        let out = run_cli(&f.db(which), &args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let shown = format!("{args:?} on {which:?}");
        let code = out.status.code();
        if !matches!(code, Some(1) | Some(2)) {
            failures.push(format!("{shown}: exit {code:?}: {stderr}"));
        } else if stderr.contains("panicked") {
            failures.push(format!("{shown}: panicked: {stderr}"));
        } else if !stderr.to_lowercase().contains(&says.to_lowercase()) {
            failures.push(format!("{shown}: stderr does not say '{says}': {stderr}"));
        }
        if dump(&f.company) != before {
            failures.push(format!("{shown}: changed the company database"));
        }
        if std::fs::read(f.db(Db::Foreign)).unwrap() != foreign_before {
            failures.push(format!("{shown}: changed the foreign file"));
        }
        if f.db(Db::Missing).exists() {
            failures.push(format!("{shown}: created the missing database"));
            let _ = std::fs::remove_file(f.db(Db::Missing));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Not malformed but risky: a database in a cloud-sync folder is created and
/// opened with a warning on standard error naming the folder.
#[test]
fn a_database_in_a_cloud_folder_gets_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("Dropbox").join("firm.db");
    for args in [&["init", "--currency", "EUR"][..], &["summary"][..]] {
        let out = run_cli(&db, args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {stderr}");
        assert!(
            stderr.contains("warning")
                && stderr.contains("'Dropbox'")
                && stderr.contains("cloud_folder"),
            "{args:?}: {stderr}"
        );
    }
}
