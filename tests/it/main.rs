//! Leadledger's integration and end-to-end tests, in one binary so they link
//! once. Index:
//!
//! - `architecture`: no two files under `src/` import each other (issue 12).
//! - `common`: helpers shared by the tests (temporary databases, the tool,
//!   store records, the app's form inputs, data sets).
//! - `engines`: the store on a file and on a team server, one test body for
//!   both (`both_engines!`: `name::sqlite`, `name::postgres`).
//! - `store`: opening, migrations, refusals of bad records, tracking numbers.
//! - `store_window`: the metrics' load of a window is the full load without
//!   its free texts, on both engines, with the same figures.
//! - `csv_import`: both CSV forms, round trips, idempotence, every refusal.
//! - `csv_europe`: every code page, channel directions from the file, headers
//!   in the user's language, control characters, templates.
//! - `calls_parse`: call logs as the phone systems write them; their matching.
//! - `api_calls`: the call log in the app: import, the queue, not a lead, the tile.
//! - `calls_store`: call logs in the store on both engines: re-imports, the
//!   matching through the store, tracking tags in the audit trail, refusals.
//! - `calls_retention`: call logs purged and kept, the retention setting, the
//!   tool's `import calls`, team push and pull, export (`calls_common`: both
//!   files' helpers).
//! - `cli`: the `leadledger` tool end to end, as a user runs it.
//! - `cli_team`: the tool on a team database: every command, `team` init, push,
//!   pull and upgrade, and each failure's code.
//! - `live`: the store's watcher on both engines (another connection's
//!   write within 2 s, the listener back after a restart, payloads without
//!   contents) and the app's warm cache dropped when the tool imports.
//! - `metrics_example`: the spec's worked example, figure by figure.
//! - `funnel_records`: qualified_at and activity rows checked, refused by
//!   row and re-imported without doubling, on both engines.
//! - `metrics_funnel`: the spec's funnel and cohort examples, figure by
//!   figure, with the zero denominators and the edge cohorts.
//! - `metrics_funnel_props`: funnel stages never exceed the leads; won
//!   deals never exceed decided quotes plus unquoted orders; sources add up.
//! - `metrics_models`: each attribution model on hand-computed scenarios.
//! - `metrics_periods`: periods, leap years, year to date, prior years.
//! - `metrics_benchmarks`: prev, delta, expected, band and status.
//! - `metrics_props`: properties that hold for any data set.
//! - `metrics_order`: the record orders that once changed a cent (issue 10).
//! - `reliability`: migrations with a backup first, the audit trail, backups,
//!   restore, damaged files.
//! - `metrics_oracle`: the engine against an independent implementation.
//! - `crash`: a child process writing is killed with SIGKILL, again and
//!   again; the file stays sound and keeps every acknowledged write.
//! - `export_kill`: a large CSV export (command line and app) killed with
//!   SIGKILL while it writes; the file is the old one or the whole new one.
//! - `disk_full`: a full disk (`max_page_count`) fails cleanly, plain errors.
//! - `props`: property tests of money parsing and period arithmetic.
//! - `cli_malformed`: every command fed malformed values.
//! - `app_files`: the database file in the app: backups, a damaged or newer
//!   file at start, a risky location, import progress.
//! - `undo`: deletions in the app undone with the same ids and values.
//! - `api`: the app's facade: first run, the dashboard, imports, sources,
//!   settings, languages and the generated TypeScript.
//! - `api_log`: logging calls in the app, known customers, the number keys,
//!   deals.
//! - `api_pin`: the owner PIN of a file: wrong and right PINs, the hash,
//!   the 30-second wait, the money commands refused with `locked`, and
//!   `pin clear`.
//! - `api_roles`: a sales and a front-desk seat refused the owner's commands
//!   (and the desk the deals) with `forbidden`, what they may do working.
//! - `api_team`: the app on a team database: the same dashboard as the file,
//!   two seats, connecting from the welcome screen, backups, offline.
//! - `report`: the management report PDF in five languages (qpdf, pdffonts,
//!   pdftotext, pdfinfo) and page images against references.
//! - `pg`: the throwaway PostgreSQL cluster of this binary and its fresh
//!   databases (`tests/support/pg_cluster.rs`, shared with the shell's tests).
//! - `pg_schema`: the PostgreSQL schema in step with SQLite's; migrations on
//!   a team database (fresh, older, newer, foreign, two owners at once).
//! - `pg_connect`: each way reaching a team server fails, with its code; a
//!   killed server is offline, then back with every committed row.
//! - `team_store`: a company on a team server works as a file does; push
//!   and pull move a database between the engines exactly.
//! - `team_restore`: a team database's daily copies, restoring one into the
//!   server, and a push → pull round trip on a generated large data set.
//! - `team_concurrency`: seats at once: 2 and 8 writers, an import beside a
//!   seat logging, two seats editing one record (`conflict`).
//! - `team_crash`: the server killed during an import and single writes.
//! - `team_roles`: the roles read off the server, the spec's table row by row
//!   through a raw client and the product's store; every table's decision.
//! - `team_tls`: invites, `verify-full` against a certificate made by
//!   openssl, and the key store's remembered password (its test double).
//! - `team_users`: the people commands, hostile names and passwords, and what
//!   the tool gives and refuses a sales or front-desk login.

mod api;
mod api_calls;
mod api_funnel;
mod api_log;
mod api_pin;
mod api_roles;
mod api_team;
mod app_files;
mod architecture;
mod calls_common;
mod calls_parse;
mod calls_retention;
mod calls_store;
mod cli;
mod cli_malformed;
mod cli_team;
mod common;
mod crash;
mod csv_europe;
mod csv_import;
mod disk_full;
mod engines;
mod export_kill;
mod funnel_records;
mod import_stream;
mod live;
mod metrics_benchmarks;
mod metrics_example;
mod metrics_funnel;
mod metrics_funnel_props;
mod metrics_models;
mod metrics_oracle;
mod metrics_order;
mod metrics_periods;
mod metrics_prepared;
mod metrics_props;
#[path = "../support/pg_cluster.rs"]
mod pg;
mod pg_connect;
mod pg_schema;
mod props;
mod reliability;
mod report;
mod store;
mod store_window;
mod team_concurrency;
mod team_crash;
mod team_offline_start;
mod team_outbox;
mod team_restore;
mod team_roles;
mod team_store;
mod team_tls;
mod team_users;
mod undo;
