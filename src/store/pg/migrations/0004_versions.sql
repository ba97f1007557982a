-- Schema version 4 on PostgreSQL, as src/store/migrations/0004_versions.sql:
-- every inquiry and deal carries the version it is at, 1 when it is
-- written and one more with every change the store makes to it; a save
-- from a form that names an older version is refused with `conflict`.
-- The store's UPDATE statements count it, as on SQLite.

ALTER TABLE inquiries ADD COLUMN version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE deals ADD COLUMN version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1);

-- The audit trail keeps the records' values, as SQLite's triggers list
-- them; the version is the store's bookkeeping and is left out, so the
-- trail's JSON holds the same keys on both engines.
CREATE OR REPLACE FUNCTION ll_audit_row() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    old_json JSONB;
    new_json JSONB;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        old_json := to_jsonb(OLD);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_json := to_jsonb(NEW);
    END IF;
    INSERT INTO public.audit (actor, table_name, row_key, action, old_value, new_value)
    VALUES (session_user, TG_TABLE_NAME, coalesce(new_json, old_json) ->> 'id', lower(TG_OP),
            (old_json - 'id' - 'rowid' - 'version')::text,
            (new_json - 'id' - 'rowid' - 'version')::text);
    RETURN NULL;
END
$$;
