-- Schema version 4: every inquiry and deal carries the version it is at,
-- 1 when it is written and one more with every change the store makes to
-- it (shared/spec/team.md: of two seats editing the same record, the later
-- save is refused with `conflict`). A save from a form names the version
-- the form was filled from; the store refuses it when the stored one has
-- moved on. The store's UPDATE statements count it, the same on both
-- engines (SQLite's triggers cannot change the row being written).

ALTER TABLE inquiries ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE deals ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
