-- What makes a PostgreSQL database Leadledger's, created by the migration
-- runner in the same transaction as migration 1 (never on its own, so an
-- empty database stays empty until its schema lands whole). SQLite keeps
-- the same two facts in its file header (application_id, user_version).

CREATE TABLE leadledger_meta (
    singleton      BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    application_id BIGINT NOT NULL,
    schema_version BIGINT NOT NULL CHECK (schema_version >= 0)
);

-- Which migrations ran, when and by whom: upgrading a team database is the
-- owner's act, and the owner may want to see who did it.
CREATE TABLE leadledger_migrations (
    version    BIGINT PRIMARY KEY,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_by TEXT NOT NULL DEFAULT session_user
);
