-- Schema version 7 on PostgreSQL: every change to a record table tells the
-- seats that listen (src/store/pg/listen.rs) which table changed, how, and
-- which row, so that their open screens refresh within the spec's two
-- seconds without reading the records again and again. The payload names
-- the row by its key only, never its contents: every login may listen on
-- the channel, and a front-desk seat must not learn an amount this way.
--
-- One notification per statement, not per row: an import of half a million
-- rows sends one, with the number of rows instead of an id. The statement's
-- rows are its transition table (`new_rows` for inserts and updates,
-- `old_rows` for deletes); PostgreSQL allows a transition table only on a
-- trigger for one event, hence three triggers per table. Notifications are
-- delivered when the transaction commits, and not at all when it rolls
-- back. The copy of `team push` and a restore run with the triggers off
-- and tell the listeners themselves (src/store/team.rs).
--
-- SQLite has no notifications; its migration 7 is empty, and a file's
-- changes are seen through `PRAGMA data_version` (src/store/watch.rs).

CREATE FUNCTION ll_notify_rows() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    n   BIGINT;
    one JSONB;
BEGIN
    -- Each branch names only the transition table its trigger declares;
    -- PL/pgSQL plans a statement when it first runs, so the other branch
    -- is never planned.
    IF TG_OP = 'DELETE' THEN
        SELECT count(*) INTO n FROM old_rows;
        IF n = 1 THEN
            SELECT to_jsonb(r) INTO one FROM old_rows r;
        END IF;
    ELSE
        SELECT count(*) INTO n FROM new_rows;
        IF n = 1 THEN
            SELECT to_jsonb(r) INTO one FROM new_rows r;
        END IF;
    END IF;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    PERFORM pg_notify('leadledger_changes',
        CASE WHEN n = 1 THEN
            json_build_object('table', TG_TABLE_NAME, 'op', lower(TG_OP),
                              'id', coalesce(one ->> 'id', one ->> 'key'))::text
        ELSE
            json_build_object('table', TG_TABLE_NAME, 'op', lower(TG_OP), 'rows', n)::text
        END);
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['settings', 'channels', 'sources', 'tracking_numbers', 'spend',
                             'inquiries', 'touchpoints', 'deals', 'targets', 'traffic', 'calls']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION ll_notify_rows()', t || '_notify_insert', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION ll_notify_rows()', t || '_notify_update', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION ll_notify_rows()', t || '_notify_delete', t);
    END LOOP;
END
$$;
