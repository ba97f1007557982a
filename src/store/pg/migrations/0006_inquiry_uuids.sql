-- Schema version 6 on PostgreSQL, as src/store/migrations/0006_inquiry_uuids.sql:
-- every inquiry carries the UUID it was given where it was entered, unique,
-- so that an entry sent again (a seat's outbox after a lost acknowledgement)
-- finds the stored inquiry instead of making a second one. NULL is allowed
-- as on SQLite, which cannot add the column NOT NULL; every write fills it.

ALTER TABLE inquiries ADD COLUMN uuid TEXT COLLATE "C" CHECK (uuid IS NULL OR length(uuid) = 36);

-- Existing inquiries get a random UUID; that changes nothing recorded, so
-- the audit trail's trigger is off for the statement.
ALTER TABLE inquiries DISABLE TRIGGER inquiries_audit;
UPDATE inquiries SET uuid = gen_random_uuid()::text;
ALTER TABLE inquiries ENABLE TRIGGER inquiries_audit;

CREATE UNIQUE INDEX inquiries_uuid ON inquiries (uuid);

-- The audit trail keeps the records' values, as SQLite's triggers list
-- them; the UUID, like the version, is the store's bookkeeping and is left
-- out, so the trail's JSON holds the same keys on both engines. (Every
-- prepare makes the function SECURITY DEFINER again, decision 60.)
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
            (old_json - 'id' - 'rowid' - 'version' - 'uuid')::text,
            (new_json - 'id' - 'rowid' - 'version' - 'uuid')::text);
    RETURN NULL;
END
$$;
