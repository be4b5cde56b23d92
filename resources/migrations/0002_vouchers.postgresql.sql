-- 0002, PostgreSQL part: every desk hears about pushes too.
CREATE TRIGGER voucher_pushes_changed AFTER INSERT OR UPDATE OR DELETE ON voucher_pushes FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
