-- Schema version 5: the phone system's call log (shared/spec/csv.md, kind
-- `calls`). One row per call as the reader merged its legs; `call_key` is
-- what makes two calls the same call (the log's call id, or the second it
-- started with both normalised numbers), unique so that re-importing a log
-- or an overlapping later one adds only the calls not yet stored.
--
-- A call older than the owner's retention period (the setting
-- `call_retention_months`) loses its numbers: `caller`, `caller_key`,
-- `dialled` and `dialled_key` become NULL, `call_key` a digest without
-- them, and `purged_at` says when. What the figures read of it is frozen
-- on the row at that moment (`logged`, `tracked`, `mismatched`, and the
-- inquiry it matched, so that no later call can take that inquiry), so a
-- report as of an earlier date reads the same after the purge.

CREATE TABLE calls (
    id              INTEGER PRIMARY KEY,
    call_key        TEXT NOT NULL UNIQUE,
    started_at      TEXT NOT NULL,
    caller          TEXT,
    caller_key      TEXT,
    dialled         TEXT,
    dialled_key     TEXT,
    duration_s      INTEGER NOT NULL CHECK (duration_s >= 0),
    answered        INTEGER NOT NULL CHECK (answered IN (0, 1)),
    direction       TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound', 'internal')),
    extension       TEXT,
    call_id         TEXT,
    purged_at       TEXT,
    logged          INTEGER CHECK (logged IN (0, 1)),
    tracked         INTEGER CHECK (tracked IN (0, 1)),
    mismatched      INTEGER CHECK (mismatched IN (0, 1)),
    matched_inquiry TEXT,
    CHECK ((purged_at IS NULL) = (caller IS NOT NULL)),
    CHECK ((purged_at IS NULL) = (logged IS NULL)),
    CHECK ((purged_at IS NULL) = (tracked IS NULL)),
    CHECK ((purged_at IS NULL) = (mismatched IS NULL))
) STRICT;
CREATE INDEX calls_started ON calls (started_at);
