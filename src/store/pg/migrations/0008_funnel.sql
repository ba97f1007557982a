-- Schema version 8 on PostgreSQL, as src/store/migrations/0008_funnel.sql:
-- an inquiry's qualification date and the activity counts per month, source
-- and metric. The audit trigger reads the whole row, so the qualification
-- reaches the trail by itself; the new table tells listening seats of its
-- changes like the others (migration 7).

ALTER TABLE inquiries ADD COLUMN qualified_at TEXT COLLATE "C"
    CHECK (qualified_at IS NULL OR qualified_at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$');

CREATE TABLE activity (
    month     TEXT COLLATE "C" NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}-01$'),
    source_id BIGINT NOT NULL REFERENCES sources (id),
    metric    TEXT COLLATE "C" NOT NULL CHECK (metric ~ '^[a-z0-9_]{1,64}$'),
    count     BIGINT NOT NULL CHECK (count >= 0),
    PRIMARY KEY (month, source_id, metric)
);

CREATE TRIGGER activity_notify_insert AFTER INSERT ON activity REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ll_notify_rows();
CREATE TRIGGER activity_notify_update AFTER UPDATE ON activity REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ll_notify_rows();
CREATE TRIGGER activity_notify_delete AFTER DELETE ON activity REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ll_notify_rows();
