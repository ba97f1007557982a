-- Schema version 3 on PostgreSQL, as src/store/migrations/0003_audit_sources.sql:
-- channels and sources join the audit trail. A sources file may change a
-- channel's direction (shared/spec/csv.md), which moves spend and CAC
-- between inbound and outbound, so who changed it, and when, is kept like
-- any change to spend, inquiries and deals.

CREATE TRIGGER channels_audit AFTER INSERT OR UPDATE OR DELETE ON channels
    FOR EACH ROW EXECUTE FUNCTION ll_audit_row();
CREATE TRIGGER sources_audit AFTER INSERT OR UPDATE OR DELETE ON sources
    FOR EACH ROW EXECUTE FUNCTION ll_audit_row();
