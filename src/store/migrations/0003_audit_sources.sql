-- Schema version 3: channels and sources join the audit trail. A sources
-- file may change a channel's direction (shared/spec/csv.md), which moves
-- spend and CAC between inbound and outbound, so who changed it, and when,
-- is kept like any change to spend, inquiries and deals.

CREATE TRIGGER channels_audit_insert AFTER INSERT ON channels BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, new_value)
    VALUES ((SELECT name FROM audit_actor), 'channels', NEW.id, 'insert',
        json_object('name', NEW.name, 'direction', NEW.direction));
END;
CREATE TRIGGER channels_audit_update AFTER UPDATE ON channels BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, old_value, new_value)
    VALUES ((SELECT name FROM audit_actor), 'channels', NEW.id, 'update',
        json_object('name', OLD.name, 'direction', OLD.direction),
        json_object('name', NEW.name, 'direction', NEW.direction));
END;
CREATE TRIGGER channels_audit_delete AFTER DELETE ON channels BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, old_value)
    VALUES ((SELECT name FROM audit_actor), 'channels', OLD.id, 'delete',
        json_object('name', OLD.name, 'direction', OLD.direction));
END;

CREATE TRIGGER sources_audit_insert AFTER INSERT ON sources BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, new_value)
    VALUES ((SELECT name FROM audit_actor), 'sources', NEW.id, 'insert',
        json_object('channel_id', NEW.channel_id, 'name', NEW.name, 'utm_source', NEW.utm_source,
            'utm_medium', NEW.utm_medium, 'utm_campaign', NEW.utm_campaign));
END;
CREATE TRIGGER sources_audit_update AFTER UPDATE ON sources BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, old_value, new_value)
    VALUES ((SELECT name FROM audit_actor), 'sources', NEW.id, 'update',
        json_object('channel_id', OLD.channel_id, 'name', OLD.name, 'utm_source', OLD.utm_source,
            'utm_medium', OLD.utm_medium, 'utm_campaign', OLD.utm_campaign),
        json_object('channel_id', NEW.channel_id, 'name', NEW.name, 'utm_source', NEW.utm_source,
            'utm_medium', NEW.utm_medium, 'utm_campaign', NEW.utm_campaign));
END;
CREATE TRIGGER sources_audit_delete AFTER DELETE ON sources BEGIN
    INSERT INTO audit (actor, table_name, row_key, action, old_value)
    VALUES ((SELECT name FROM audit_actor), 'sources', OLD.id, 'delete',
        json_object('channel_id', OLD.channel_id, 'name', OLD.name, 'utm_source', OLD.utm_source,
            'utm_medium', OLD.utm_medium, 'utm_campaign', OLD.utm_campaign));
END;
