//! Leadledger's integration and end-to-end tests, in one binary so they link
//! once. Index:
//!
//! - `common`: helpers shared by the tests (temporary databases, data sets).
//! - `store`: opening, migrations, refusals of bad records, tracking numbers.
//! - `csv_import`: both CSV forms, round trips, idempotence, every refusal.
//! - `cli`: the `leadledger` tool end to end, as a user runs it.
//! - `metrics_example`: the spec's worked example, figure by figure.
//! - `metrics_models`: each attribution model on hand-computed scenarios.
//! - `metrics_periods`: periods, leap years, year to date, prior years.
//! - `metrics_benchmarks`: prev, delta, expected, band and status.
//! - `metrics_props`: properties that hold for any data set.
//! - `reliability`: migrations with a backup first, the audit trail, backups,
//!   restore, damaged files.
//! - `metrics_oracle`: the engine against an independent implementation.
//! - `report`: the management report PDF in five languages (qpdf, pdffonts,
//!   pdftotext, pdfinfo) and page images against references.

mod api;
mod cli;
mod common;
mod csv_import;
mod metrics_benchmarks;
mod metrics_example;
mod metrics_models;
mod metrics_oracle;
mod metrics_periods;
mod metrics_props;
mod reliability;
mod report;
mod store;
