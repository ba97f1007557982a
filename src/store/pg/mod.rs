//! Team mode's engine: a team's records on one PostgreSQL server
//! (`shared/spec/team.md`). This module holds the groundwork the store's
//! operations are built on: where the server is ([`target`]), how to reach
//! it ([`connect`], with TLS by rustls), how its failures become the product's errors
//! ([`errors`]), and the schema with its forward-only migrations
//! ([`migrate`], `migrations/*.sql`), kept in step with the SQLite schema by
//! a test (`tests/it/pg_schema.rs`).
//!
//! The schema stores exactly what the SQLite file stores: integer minor
//! units as BIGINT, dates and times as the same ISO text, flags as 0 or 1,
//! every text column under the byte-wise "C" collation so that comparisons
//! and orderings agree with SQLite's (decision 48 in `docs/decisions.md`).

pub mod connect;
pub mod errors;
pub mod invite;
pub mod listen;
pub mod migrate;
pub mod roles;
pub mod target;
pub mod tls;

pub use connect::connect;
pub use migrate::{inspect, require_current, upgrade, SchemaState, Upgraded};
pub use roles::role_of;
pub use target::{SslMode, Target};

/// The oldest PostgreSQL release Leadledger runs on: 15 is Debian 12's, and
/// the first whose `public` schema is no longer writable by every role,
/// which the roles of part 2 build on.
pub const MIN_SERVER_VERSION: i64 = 15;
