-- Schema version 2: the audit trail. Every change to spend, inquiries and
-- deals is recorded by triggers, with who made it (the actor the app or tool
-- set for its session), when, and the old and new row as JSON. The trail is
-- append-only: other triggers refuse to change or delete its rows.

CREATE TABLE audit_actor (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL
) STRICT;
INSERT INTO audit_actor (id, name) VALUES (1, 'unknown');

CREATE TABLE audit (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    actor      TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_key    TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    old_value  TEXT,
    new_value  TEXT
) STRICT;

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TRIGGER spend_audit_insert AFTER INSERT ON spend BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, new_value)
    VALUES ((SELECT name FROM audit_actor), 'spend', NEW.id, 'insert',
        json_object('date', NEW.date, 'amount_minor', NEW.amount_minor, 'category', NEW.category,
            'source_id', NEW.source_id, 'campaign', NEW.campaign, 'direction', NEW.direction, 'note', NEW.note));
END;
CREATE TRIGGER spend_audit_update AFTER UPDATE ON spend BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, old_value, new_value)
    VALUES ((SELECT name FROM audit_actor), 'spend', NEW.id, 'update',
        json_object('date', OLD.date, 'amount_minor', OLD.amount_minor, 'category', OLD.category,
            'source_id', OLD.source_id, 'campaign', OLD.campaign, 'direction', OLD.direction, 'note', OLD.note),
        json_object('date', NEW.date, 'amount_minor', NEW.amount_minor, 'category', NEW.category,
            'source_id', NEW.source_id, 'campaign', NEW.campaign, 'direction', NEW.direction, 'note', NEW.note));
END;
CREATE TRIGGER spend_audit_delete AFTER DELETE ON spend BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, old_value)
    VALUES ((SELECT name FROM audit_actor), 'spend', OLD.id, 'delete',
        json_object('date', OLD.date, 'amount_minor', OLD.amount_minor, 'category', OLD.category,
            'source_id', OLD.source_id, 'campaign', OLD.campaign, 'direction', OLD.direction, 'note', OLD.note));
END;

CREATE TRIGGER inquiries_audit_insert AFTER INSERT ON inquiries BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, new_value)
    VALUES ((SELECT name FROM audit_actor), 'inquiries', NEW.id, 'insert',
        json_object('received_at', NEW.received_at, 'kind', NEW.kind, 'company', NEW.company,
            'contact', NEW.contact, 'phone', NEW.phone, 'email', NEW.email, 'source_id', NEW.source_id,
            'is_lead', NEW.is_lead, 'status', NEW.status, 'estimated_value_minor', NEW.estimated_value_minor,
            'logged_by', NEW.logged_by, 'notes', NEW.notes));
END;
CREATE TRIGGER inquiries_audit_update AFTER UPDATE ON inquiries BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, old_value, new_value)
    VALUES ((SELECT name FROM audit_actor), 'inquiries', NEW.id, 'update',
        json_object('received_at', OLD.received_at, 'kind', OLD.kind, 'company', OLD.company,
            'contact', OLD.contact, 'phone', OLD.phone, 'email', OLD.email, 'source_id', OLD.source_id,
            'is_lead', OLD.is_lead, 'status', OLD.status, 'estimated_value_minor', OLD.estimated_value_minor,
            'logged_by', OLD.logged_by, 'notes', OLD.notes),
        json_object('received_at', NEW.received_at, 'kind', NEW.kind, 'company', NEW.company,
            'contact', NEW.contact, 'phone', NEW.phone, 'email', NEW.email, 'source_id', NEW.source_id,
            'is_lead', NEW.is_lead, 'status', NEW.status, 'estimated_value_minor', NEW.estimated_value_minor,
            'logged_by', NEW.logged_by, 'notes', NEW.notes));
END;
CREATE TRIGGER inquiries_audit_delete AFTER DELETE ON inquiries BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, old_value)
    VALUES ((SELECT name FROM audit_actor), 'inquiries', OLD.id, 'delete',
        json_object('received_at', OLD.received_at, 'kind', OLD.kind, 'company', OLD.company,
            'contact', OLD.contact, 'phone', OLD.phone, 'email', OLD.email, 'source_id', OLD.source_id,
            'is_lead', OLD.is_lead, 'status', OLD.status, 'estimated_value_minor', OLD.estimated_value_minor,
            'logged_by', OLD.logged_by, 'notes', OLD.notes));
END;

CREATE TRIGGER deals_audit_insert AFTER INSERT ON deals BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, new_value)
    VALUES ((SELECT name FROM audit_actor), 'deals', NEW.id, 'insert',
        json_object('inquiry_id', NEW.inquiry_id, 'company', NEW.company, 'quoted_at', NEW.quoted_at,
            'closed_at', NEW.closed_at, 'status', NEW.status, 'amount_minor', NEW.amount_minor,
            'lost_reason', NEW.lost_reason));
END;
CREATE TRIGGER deals_audit_update AFTER UPDATE ON deals BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, old_value, new_value)
    VALUES ((SELECT name FROM audit_actor), 'deals', NEW.id, 'update',
        json_object('inquiry_id', OLD.inquiry_id, 'company', OLD.company, 'quoted_at', OLD.quoted_at,
            'closed_at', OLD.closed_at, 'status', OLD.status, 'amount_minor', OLD.amount_minor,
            'lost_reason', OLD.lost_reason),
        json_object('inquiry_id', NEW.inquiry_id, 'company', NEW.company, 'quoted_at', NEW.quoted_at,
            'closed_at', NEW.closed_at, 'status', NEW.status, 'amount_minor', NEW.amount_minor,
            'lost_reason', NEW.lost_reason));
END;
CREATE TRIGGER deals_audit_delete AFTER DELETE ON deals BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, old_value)
    VALUES ((SELECT name FROM audit_actor), 'deals', OLD.id, 'delete',
        json_object('inquiry_id', OLD.inquiry_id, 'company', OLD.company, 'quoted_at', OLD.quoted_at,
            'closed_at', OLD.closed_at, 'status', OLD.status, 'amount_minor', OLD.amount_minor,
            'lost_reason', OLD.lost_reason));
END;
