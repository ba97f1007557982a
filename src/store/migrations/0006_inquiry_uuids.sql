-- Schema version 6: every inquiry carries a UUID given where it was
-- entered (the seat, even offline in its outbox), unique, so that sending
-- the same entry again finds the stored inquiry instead of making a second
-- one (shared/spec/team.md, "Inquiry numbers across seats"). The readable
-- number stays the store's. SQLite cannot add a NOT NULL column without a
-- default, so the column allows NULL and every write path fills it.

ALTER TABLE inquiries ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);

-- Existing inquiries get a random (version 4) UUID. Giving them one is no
-- change to what was recorded, so the audit trail's update trigger is
-- lifted for this statement and put back unchanged.
DROP TRIGGER inquiries_audit_update;
UPDATE inquiries SET uuid =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' ||
    substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' ||
    lower(hex(randomblob(6)));
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

CREATE UNIQUE INDEX inquiries_uuid ON inquiries (uuid);
