-- 0001, PostgreSQL part: every write notifies lango_changes with the
-- table's name, so every desk refreshes when another writes.
CREATE FUNCTION lango_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('lango_changes', TG_TABLE_NAME);
    RETURN NULL;
END $$;
CREATE TRIGGER staff_changed AFTER INSERT OR UPDATE OR DELETE ON staff FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
CREATE TRIGGER routers_changed AFTER INSERT OR UPDATE OR DELETE ON routers FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
CREATE TRIGGER packages_changed AFTER INSERT OR UPDATE OR DELETE ON packages FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
CREATE TRIGGER package_routers_changed AFTER INSERT OR UPDATE OR DELETE ON package_routers FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
CREATE TRIGGER customers_changed AFTER INSERT OR UPDATE OR DELETE ON customers FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
CREATE TRIGGER voucher_batches_changed AFTER INSERT OR UPDATE OR DELETE ON voucher_batches FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
CREATE TRIGGER vouchers_changed AFTER INSERT OR UPDATE OR DELETE ON vouchers FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
CREATE TRIGGER grants_changed AFTER INSERT OR UPDATE OR DELETE ON grants FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
CREATE TRIGGER purchases_changed AFTER INSERT OR UPDATE OR DELETE ON purchases FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
CREATE TRIGGER c2b_payments_changed AFTER INSERT OR UPDATE OR DELETE ON c2b_payments FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
CREATE TRIGGER problems_changed AFTER INSERT OR UPDATE OR DELETE ON problems FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
CREATE TRIGGER callback_log_changed AFTER INSERT OR UPDATE OR DELETE ON callback_log FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
CREATE TRIGGER jobs_changed AFTER INSERT OR UPDATE OR DELETE ON jobs FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
CREATE TRIGGER audit_log_changed AFTER INSERT OR UPDATE OR DELETE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
CREATE TRIGGER office_settings_changed AFTER INSERT OR UPDATE OR DELETE ON office_settings FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
