-- Schema version 8: the funnel and channel activity (shared/spec/metrics.md,
-- "The funnel" and "Channel activity"; shared/spec/csv.md). An inquiry may
-- carry the date it was qualified; an activity row is one month's count of
-- one engagement metric a source's platform reports, one row per month,
-- source and metric so that re-importing replaces the count.

ALTER TABLE inquiries ADD COLUMN qualified_at TEXT
    CHECK (qualified_at IS NULL OR qualified_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

CREATE TABLE activity (
    month     TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-01'),
    source_id INTEGER NOT NULL REFERENCES sources (id),
    metric    TEXT NOT NULL CHECK (length(metric) BETWEEN 1 AND 64 AND metric NOT GLOB '*[^a-z0-9_]*'),
    count     INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (month, source_id, metric)
) STRICT;

-- The audit trail keeps an inquiry's qualification with its other values,
-- as PostgreSQL's row-to-JSON trigger does by itself, so the trail's JSON
-- holds the same keys on both engines.
DROP TRIGGER inquiries_audit_insert;
DROP TRIGGER inquiries_audit_update;
DROP TRIGGER inquiries_audit_delete;
CREATE TRIGGER inquiries_audit_insert AFTER INSERT ON inquiries BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, new_value)
    VALUES ((SELECT name FROM audit_actor), 'inquiries', NEW.id, 'insert',
        json_object('received_at', NEW.received_at, 'kind', NEW.kind, 'company', NEW.company,
            'contact', NEW.contact, 'phone', NEW.phone, 'email', NEW.email, 'source_id', NEW.source_id,
            'is_lead', NEW.is_lead, 'status', NEW.status, 'estimated_value_minor', NEW.estimated_value_minor,
            'logged_by', NEW.logged_by, 'notes', NEW.notes, 'qualified_at', NEW.qualified_at));
END;
CREATE TRIGGER inquiries_audit_update AFTER UPDATE ON inquiries BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, old_value, new_value)
    VALUES ((SELECT name FROM audit_actor), 'inquiries', NEW.id, 'update',
        json_object('received_at', OLD.received_at, 'kind', OLD.kind, 'company', OLD.company,
            'contact', OLD.contact, 'phone', OLD.phone, 'email', OLD.email, 'source_id', OLD.source_id,
            'is_lead', OLD.is_lead, 'status', OLD.status, 'estimated_value_minor', OLD.estimated_value_minor,
            'logged_by', OLD.logged_by, 'notes', OLD.notes, 'qualified_at', OLD.qualified_at),
        json_object('received_at', NEW.received_at, 'kind', NEW.kind, 'company', NEW.company,
            'contact', NEW.contact, 'phone', NEW.phone, 'email', NEW.email, 'source_id', NEW.source_id,
            'is_lead', NEW.is_lead, 'status', NEW.status, 'estimated_value_minor', NEW.estimated_value_minor,
            'logged_by', NEW.logged_by, 'notes', NEW.notes, 'qualified_at', NEW.qualified_at));
END;
CREATE TRIGGER inquiries_audit_delete AFTER DELETE ON inquiries BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, old_value)
    VALUES ((SELECT name FROM audit_actor), 'inquiries', OLD.id, 'delete',
        json_object('received_at', OLD.received_at, 'kind', OLD.kind, 'company', OLD.company,
            'contact', OLD.contact, 'phone', OLD.phone, 'email', OLD.email, 'source_id', OLD.source_id,
            'is_lead', OLD.is_lead, 'status', OLD.status, 'estimated_value_minor', OLD.estimated_value_minor,
            'logged_by', OLD.logged_by, 'notes', OLD.notes, 'qualified_at', OLD.qualified_at));
END;
