//! The store's two engines as a test fixture (issue 13: the backend suite
//! runs against both, the same tests parameterised).
//!
//! A test that is not about the SQLite file itself is written once, as a
//! function of the [`Engine`] it runs on, and [`both_engines!`] makes two
//! tests of it:
//!
//! ```ignore
//! fn refusals_name_the_field(engine: Engine) {
//!     let (_db, mut store) = engine.new_db("EUR");
//!     …
//! }
//! both_engines!(refusals_name_the_field);
//! ```
//!
//! gives `store::refusals_name_the_field::sqlite` and
//! `store::refusals_name_the_field::postgres`, so `cargo test --test it
//! postgres` runs every test on a team server and `… sqlite` every one on a
//! file. The body stays an ordinary function (rustfmt formats it, and one
//! left out of the macro is dead code, which the build reports).
//!
//! On PostgreSQL each store is a fresh database of the binary's throwaway
//! cluster (`crate::pg`), prepared by `Store::init_team`; without a server
//! those tests fail, they never skip.

use crate::pg::{fresh_db, TestDb};
use leadledger::records::Settings;
use leadledger::store::pg::Target;
use leadledger::store::Store;
use std::path::PathBuf;
use tempfile::TempDir;

/// The engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// A single SQLite file in a temporary folder.
    Sqlite,
    /// A fresh database on the test cluster.
    Postgres,
}

/// What keeps a test's store alive (the temporary folder of its file, or
/// its test database) and how to reach the store again.
pub struct Guard {
    place: Place,
}

enum Place {
    /// The folder is kept for its `Drop`, which removes it.
    File {
        _dir: TempDir,
        path: PathBuf,
    },
    Team(TestDb, Target),
}

impl Engine {
    /// A new company's store with `settings` (created as `leadledger init`
    /// or `team init` would).
    pub fn create(&self, settings: Settings) -> (Guard, Store) {
        let (guard, store) = self.try_create(settings);
        (guard, store.expect("create the company's store"))
    }

    /// [`Engine::create`] that may be refused: the guard either way, to
    /// see what a refusal left behind.
    pub fn try_create(&self, settings: Settings) -> (Guard, leadledger::Result<Store>) {
        match self {
            Engine::Sqlite => {
                let dir = tempfile::tempdir().expect("temporary directory");
                let path = dir.path().join("company.db");
                let store = Store::create(&path, settings);
                let place = Place::File { _dir: dir, path };
                (Guard { place }, store)
            }
            Engine::Postgres => {
                let db = fresh_db();
                let target = Target::parse(&db.url()).expect("the test database's URL");
                let store = Store::init_team(&target, settings);
                let place = Place::Team(db, target);
                (Guard { place }, store)
            }
        }
    }

    /// A new store in `currency`, every other setting the default: what
    /// `common::new_db` is for a file.
    pub fn new_db(&self, currency: &str) -> (Guard, Store) {
        self.create(Settings {
            currency: currency.into(),
            ..Settings::default()
        })
    }

    /// The store of `guard` opened again, as another start of the program
    /// (or another seat) would.
    pub fn reopen(&self, guard: &Guard) -> Store {
        guard.reopen()
    }
}

impl Guard {
    /// Where the store is, as `--db` names it: the file's path, or the
    /// team database's URL with its password.
    pub fn location(&self) -> String {
        match &self.place {
            Place::File { path, .. } => path.display().to_string(),
            Place::Team(db, _) => db.url(),
        }
    }

    /// Opens the store again.
    pub fn reopen(&self) -> Store {
        match &self.place {
            Place::File { path, .. } => Store::open(path).expect("reopen database"),
            Place::Team(_, target) => Store::open_team(target).expect("reopen team database"),
        }
    }

    /// Whether nothing of a store is there: no file, or a team database
    /// without a single table, sequence or function of its own.
    pub fn holds_nothing(&self) -> bool {
        match &self.place {
            Place::File { path, .. } => !path.exists(),
            Place::Team(db, _) => {
                let n: i64 = db
                    .admin()
                    .query_one(
                        "SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n \
                         ON n.oid = c.relnamespace WHERE n.nspname = 'public') \
                         + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n \
                         ON n.oid = p.pronamespace WHERE n.nspname = 'public')",
                        &[],
                    )
                    .unwrap()
                    .get(0);
                n == 0
            }
        }
    }

    /// Runs `sql` outside the product (a test looking at what it wrote)
    /// and returns every row as text: cells `CAST(… AS TEXT)` where they
    /// are not text, SQL both engines read alike.
    pub fn query_text(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        match &self.place {
            Place::File { path, .. } => {
                let conn = rusqlite::Connection::open(path).unwrap();
                let mut stmt = conn.prepare(sql).unwrap();
                let n = stmt.column_count();
                stmt.query_map([], |r| (0..n).map(|i| r.get(i)).collect())
                    .unwrap()
                    .collect::<rusqlite::Result<_>>()
                    .unwrap()
            }
            Place::Team(db, _) => db
                .admin()
                .query(sql, &[])
                .unwrap()
                .iter()
                .map(|r| (0..r.len()).map(|i| r.get(i)).collect())
                .collect(),
        }
    }
}

impl Guard {
    /// Runs the statement `sql` outside the product, as another client of
    /// the database would (the tests' superuser on PostgreSQL): the rows it
    /// changed, or the database's refusal in its own words.
    pub fn execute(&self, sql: &str) -> Result<u64, String> {
        match &self.place {
            Place::File { path, .. } => rusqlite::Connection::open(path)
                .unwrap()
                .execute(sql, [])
                .map(|n| n as u64)
                .map_err(|e| e.to_string()),
            Place::Team(db, _) => db.admin().execute(sql, &[]).map_err(|e| {
                e.as_db_error()
                    .map_or_else(|| e.to_string(), |d| d.message().to_string())
            }),
        }
    }
}

/// Makes `name::sqlite` and `name::postgres`, two tests of the function
/// `fn name(engine: Engine)`, one per engine.
macro_rules! both_engines {
    ($($name:ident),+ $(,)?) => {
        $(
            mod $name {
                use crate::engines::Engine;

                #[test]
                fn sqlite() {
                    super::$name(Engine::Sqlite)
                }

                #[test]
                fn postgres() {
                    super::$name(Engine::Postgres)
                }
            }
        )+
    };
}
pub(crate) use both_engines;
