-- Who gave which router a tunnel (or a new key) is kept even when a staff
-- login writes no entry of its own; the server's status updates are not.
CREATE TRIGGER tunnel_peers_audited AFTER INSERT OR DELETE OR UPDATE OF address, public_key ON tunnel_peers
    FOR EACH ROW EXECUTE FUNCTION lango_audit_change();
